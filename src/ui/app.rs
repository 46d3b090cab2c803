//! App state and the frame: navigation, the screen on show, auto-lock, and the commands
//! queued by screens applied once after drawing (see `commands.rs`).

use std::collections::HashMap;

use egui::{RichText, Ui};

pub use super::commands::Command;
use super::i18n::S;
use super::screens;
use super::screens::journal::{JournalView, LockForm};
use super::settings::{self, Settings, ThemeChoice};
use super::theme;
use super::vault_state::VaultState;
use crate::assessment::{Answers, Catalogue, Profile, Questionnaire};
use crate::content::{Content, Lang, Phase, Stance, TacticFilter};
use crate::paths::Dirs;

/// The screens of the left navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    /// Introduction, stances, boards, glossary.
    #[default]
    Welcome,
    /// Taking a questionnaire.
    Questionnaire,
    /// The figures and what they mean.
    Profile,
    /// The Bijlage 1 grid and a page per tactic.
    Tactics,
    /// The encrypted journal of dilemmas (the lock screen while locked).
    Journal,
    /// Sharing with a coach, and the coach's view.
    Shared,
    /// The path for new hires: tour and practice cases.
    Onboarding,
    /// Language, theme, text size, own questionnaires.
    Settings,
}

impl Screen {
    /// In navigation order.
    pub const ALL: [Screen; 8] = [
        Screen::Welcome,
        Screen::Onboarding,
        Screen::Questionnaire,
        Screen::Profile,
        Screen::Tactics,
        Screen::Journal,
        Screen::Shared,
        Screen::Settings,
    ];

    fn label(self) -> S {
        match self {
            Screen::Welcome => S::NavWelcome,
            Screen::Questionnaire => S::NavQuestionnaire,
            Screen::Profile => S::NavProfile,
            Screen::Tactics => S::NavTactics,
            Screen::Journal => S::NavJournal,
            Screen::Shared => S::NavShared,
            Screen::Onboarding => S::NavOnboarding,
            Screen::Settings => S::NavSettings,
        }
    }
}

/// Where the app opens (`--screen`): a screen, or a tactic's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// A screen of the navigation.
    Screen(Screen),
    /// The page of one tactic, by id.
    Tactic(String),
}

impl Start {
    /// Parses `welcome`, `questionnaire`, `profile`, `tactics`, `journal`, `settings` or `tactic:ID`.
    pub fn parse(name: &str) -> Option<Self> {
        if let Some(id) = name.strip_prefix("tactic:") {
            return Some(Start::Tactic(id.to_owned()));
        }
        let screen = match name {
            "welcome" => Screen::Welcome,
            "questionnaire" => Screen::Questionnaire,
            "profile" => Screen::Profile,
            "tactics" => Screen::Tactics,
            "journal" => Screen::Journal,
            "shared" => Screen::Shared,
            "onboarding" => Screen::Onboarding,
            "settings" => Screen::Settings,
            _ => return None,
        };
        Some(Start::Screen(screen))
    }
}

/// Progress through one questionnaire; kept while the user moves around the app.
#[derive(Debug, Clone, Default)]
pub struct Quiz {
    /// The item on screen.
    pub current: usize,
    /// The answers so far.
    pub answers: Answers,
}

/// Filters and selection of the tactics screen.
#[derive(Debug, Clone, Default)]
pub struct TacticsView {
    /// The tactic whose page is open.
    pub selected: Option<String>,
    /// Board, pole, ethics, phase and text filters.
    pub filter: TacticFilter,
    /// Show only the repertoire to explore.
    pub only_repertoire: bool,
}

/// The application.
pub struct App {
    /// The report as data.
    pub content: Content,
    /// Where files live.
    pub dirs: Dirs,
    /// The questionnaires and the problems of broken files.
    pub catalogue: Catalogue,
    /// Persisted settings.
    pub settings: Settings,
    /// The language in use.
    pub lang: Lang,
    /// The screen on show.
    pub screen: Screen,
    /// The questionnaire being taken (by id).
    pub active: String,
    /// Progress per questionnaire id.
    pub quizzes: HashMap<String, Quiz>,
    /// Tactics screen state.
    pub tactics: TacticsView,
    /// The stance whose reading is open on the profile screen.
    pub stance: Option<Stance>,
    /// The phase the repertoire is ordered for.
    pub phase: Option<Phase>,
    /// The vault: missing, locked, busy, open or unusable.
    pub vault: VaultState,
    /// The journal screen's state (decrypted drafts live here; wiped on lock).
    pub journal: JournalView,
    /// The lock screen's fields.
    pub lock_form: LockForm,
    /// A passing message for the user (what was saved, what failed).
    pub notice: Option<Notice>,
    /// Input time of the last user activity, for auto-lock.
    pub last_activity: f64,
    /// The new hire's path.
    pub onboarding: screens::onboarding::OnboardingState,
    /// The sharing screen's state.
    pub shared: screens::shared::SharedView,
    /// Practice entries finished before a vault existed; saved when it is created.
    pub pending_practice: Vec<crate::journal::Entry>,
    /// The glossary window, reachable from every screen.
    pub glossary: super::widgets::glossary::GlossaryWindow,
    pub(super) commands: Vec<Command>,
}

/// A message shown at the top of the screen until the next action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Whether it reports a failure.
    pub error: bool,
    /// The sentence.
    pub text: String,
}

impl App {
    /// Builds the app, restoring settings from eframe's storage.
    pub fn new(cc: &eframe::CreationContext<'_>, content: Content, dirs: Dirs) -> Self {
        let stored: Option<Settings> = cc.storage.and_then(|s| eframe::get_value(s, settings::KEY));
        let first_run = stored.is_none();
        let settings = stored.unwrap_or_default();
        let settings = settings.sanitised();
        let lang = settings.lang.unwrap_or_else(settings::os_lang);
        let catalogue = Catalogue::load(Some(&dirs.questionnaires()), &content);
        let active = catalogue
            .questionnaires
            .first()
            .map(|l| l.questionnaire.id.clone())
            .unwrap_or_default();
        theme::install(&cc.egui_ctx);
        let vault = VaultState::detect(&dirs);
        let mut app = Self {
            content,
            dirs,
            catalogue,
            settings,
            lang,
            screen: Screen::Welcome,
            active,
            quizzes: HashMap::new(),
            tactics: TacticsView::default(),
            stance: None,
            phase: None,
            vault: VaultState::Missing,
            journal: JournalView::default(),
            lock_form: LockForm::default(),
            notice: None,
            last_activity: 0.0,
            onboarding: screens::onboarding::OnboardingState::default(),
            shared: screens::shared::SharedView::default(),
            pending_practice: Vec::new(),
            glossary: Default::default(),
            commands: Vec::new(),
        };
        // A new hire's first start: no settings saved yet and no vault. Offer the tour.
        if first_run && matches!(vault, VaultState::Missing) {
            app.screen = Screen::Onboarding;
        }
        app.vault = vault;
        app.apply_look(&cc.egui_ctx);
        app
    }

    /// The text of a key in the current language.
    pub fn t(&self, key: S) -> &'static str {
        key.get(self.lang)
    }

    /// Opens a screen or a tactic's page (applied with the first frame).
    pub fn open(&mut self, start: Start) {
        self.push(match start {
            Start::Screen(s) => Command::Go(s),
            Start::Tactic(id) => Command::ShowTactic(id),
        });
    }

    /// Queues a command for the end of the frame.
    pub fn push(&mut self, cmd: Command) {
        self.commands.push(cmd);
    }

    /// The questionnaire being taken.
    pub fn questionnaire(&self) -> Option<&Questionnaire> {
        self.catalogue.get(&self.active).map(|l| &l.questionnaire)
    }

    /// Progress in the active questionnaire.
    pub fn quiz(&self) -> Option<&Quiz> {
        self.quizzes.get(&self.active)
    }

    /// The profile from the active questionnaire's answers, once there are any; otherwise the
    /// latest take kept in the unlocked vault.
    pub fn profile(&self) -> Option<Profile> {
        let current = self
            .questionnaire()
            .zip(self.quiz().filter(|z| !z.answers.is_empty()));
        match current {
            Some((q, quiz)) => Some(Profile::compute(q, &quiz.answers)),
            None => self
                .vault
                .session()?
                .takes
                .last()
                .map(|t| t.body.profile.clone()),
        }
    }

    pub(super) fn apply_look(&self, ctx: &egui::Context) {
        ctx.set_theme(match self.settings.theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
        ctx.set_zoom_factor(self.settings.text_scale);
    }

    fn screen_ui(&mut self, ui: &mut Ui) {
        match self.screen {
            Screen::Welcome => screens::welcome::ui(self, ui),
            Screen::Questionnaire => screens::questionnaire::ui(self, ui),
            Screen::Profile => screens::profile::ui(self, ui),
            Screen::Tactics => screens::tactics::ui(self, ui),
            Screen::Journal => {}
            Screen::Shared => screens::shared::ui(self, ui),
            Screen::Onboarding => screens::onboarding::ui(self, ui),
            Screen::Settings => screens::settings::ui(self, ui),
        }
    }

    fn nav_ui(&mut self, ui: &mut Ui) {
        ui.add_space(12.0);
        ui.label(RichText::new(self.t(S::AppTitle)).heading().strong());
        ui.add_space(12.0);
        for screen in Screen::ALL {
            let selected = self.screen == screen;
            let text = RichText::new(self.t(screen.label())).size(16.0);
            let button = egui::Button::selectable(selected, text)
                .min_size(egui::vec2(ui.available_width(), 32.0));
            if ui.add(button).clicked() {
                self.push(Command::Go(screen));
            }
        }
        ui.with_layout(egui::Layout::bottom_up(egui::Align::LEFT), |ui| {
            ui.add_space(8.0);
            ui.add(egui::Label::new(RichText::new(self.t(S::Credit)).small().weak()).wrap());
            ui.add_space(8.0);
            let text = RichText::new(self.t(S::Glossary)).size(16.0);
            let button = egui::Button::selectable(self.glossary.open, text)
                .min_size(egui::vec2(ui.available_width(), 32.0));
            if ui.add(button).clicked() {
                self.glossary.open = !self.glossary.open;
            }
        });
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.poll_worker();
        self.auto_lock(&ctx);
        egui::Panel::left("nav")
            .resizable(false)
            .exact_size(210.0)
            .show(ui, |ui| self.nav_ui(ui));
        egui::CentralPanel::default().show(ui, |ui| {
            let margin = egui::Margin {
                left: 16,
                right: 28,
                top: 4,
                bottom: 16,
            };
            if let Some(notice) = self.notice.clone() {
                egui::Frame::new()
                    .inner_margin(margin)
                    .show(ui, |ui| notice_ui(ui, &notice, &mut self.notice));
            }
            if self.screen == Screen::Journal {
                // The journal scrolls its own list (only visible rows are drawn).
                egui::Frame::new()
                    .inner_margin(margin)
                    .show(ui, |ui| screens::journal::ui(self, ui));
                return;
            }
            egui::ScrollArea::vertical()
                .id_salt(("screen", self.screen as u8))
                .auto_shrink(false)
                .show(ui, |ui| {
                    egui::Frame::new().inner_margin(margin).show(ui, |ui| {
                        ui.set_max_width(ui.available_width().min(960.0));
                        self.screen_ui(ui);
                    });
                });
        });
        super::widgets::glossary::window(&ctx, &mut self.glossary, &self.content, self.lang);
        self.apply_all(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, settings::KEY, &self.settings);
    }

    /// egui's memory can hold text-field contents; we persist settings only.
    fn persist_egui_memory(&self) -> bool {
        false
    }
}

fn notice_ui(ui: &mut Ui, notice: &Notice, slot: &mut Option<Notice>) {
    let colour = if notice.error {
        ui.visuals().error_fg_color
    } else {
        theme::zone(crate::content::EthicsZone::Fits)
    };
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.5, colour))
        .corner_radius(8.0)
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.colored_label(colour, &notice.text);
                if ui.small_button("OK").clicked() {
                    *slot = None;
                }
            });
        });
}
