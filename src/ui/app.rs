//! App state, the commands screens push, and the one `apply` that changes state.

use std::collections::HashMap;

use egui::{RichText, Ui};

use super::i18n::S;
use super::screens;
use super::settings::{self, Settings, ThemeChoice};
use super::theme;
use crate::assessment::{Answer, Answers, Catalogue, Profile, Questionnaire};
use crate::content::{Content, Lang, Phase, Pole, Stance, TacticFilter};
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
    /// The journal (arrives with the vault).
    Journal,
    /// Language, theme, text size, own questionnaires.
    Settings,
}

impl Screen {
    /// In navigation order.
    pub const ALL: [Screen; 6] = [
        Screen::Welcome,
        Screen::Questionnaire,
        Screen::Profile,
        Screen::Tactics,
        Screen::Journal,
        Screen::Settings,
    ];

    fn label(self) -> S {
        match self {
            Screen::Welcome => S::NavWelcome,
            Screen::Questionnaire => S::NavQuestionnaire,
            Screen::Profile => S::NavProfile,
            Screen::Tactics => S::NavTactics,
            Screen::Journal => S::NavJournal,
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
            "settings" => Screen::Settings,
            _ => return None,
        };
        Some(Start::Screen(screen))
    }
}

/// Everything a screen may ask for; applied once per frame, after drawing.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Switch screen.
    Go(Screen),
    /// Open a tactic's page.
    ShowTactic(String),
    /// Back from a tactic's page to the grid.
    CloseTactic,
    /// The tactics grid filtered to one pole.
    ShowPole(Pole),
    /// Pick which questionnaire to take.
    SelectQuestionnaire(String),
    /// Record an answer.
    Answer(String, Answer),
    /// Move to another item (clamped).
    MoveTo(usize),
    /// Clear the answers of the current questionnaire.
    Restart,
    /// Show a stance's reading under the spectrum.
    SelectStance(Stance),
    /// The phase the repertoire is ordered for.
    SetPhase(Option<Phase>),
    /// Change the language.
    SetLang(Lang),
    /// Change the theme.
    SetTheme(ThemeChoice),
    /// Change the text size.
    SetTextScale(f32),
    /// Read the questionnaire folder again.
    Reload,
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
    commands: Vec<Command>,
}

impl App {
    /// Builds the app, restoring settings from eframe's storage.
    pub fn new(cc: &eframe::CreationContext<'_>, content: Content, dirs: Dirs) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, settings::KEY))
            .unwrap_or_default();
        let settings = settings.sanitised();
        let lang = settings.lang.unwrap_or_else(settings::os_lang);
        let catalogue = Catalogue::load(Some(&dirs.questionnaires()), &content);
        let active = catalogue
            .questionnaires
            .first()
            .map(|l| l.questionnaire.id.clone())
            .unwrap_or_default();
        theme::install(&cc.egui_ctx);
        let app = Self {
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
            commands: Vec::new(),
        };
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

    /// The profile from the active questionnaire's answers, once there are any.
    pub fn profile(&self) -> Option<Profile> {
        let q = self.questionnaire()?;
        let quiz = self.quiz().filter(|z| !z.answers.is_empty())?;
        Some(Profile::compute(q, &quiz.answers))
    }

    fn apply_look(&self, ctx: &egui::Context) {
        ctx.set_theme(match self.settings.theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
        ctx.set_zoom_factor(self.settings.text_scale);
    }

    /// Applies every queued command.
    pub fn apply_all(&mut self, ctx: &egui::Context) {
        for cmd in std::mem::take(&mut self.commands) {
            self.apply(cmd, ctx);
        }
    }

    fn apply(&mut self, cmd: Command, ctx: &egui::Context) {
        match cmd {
            Command::Go(screen) => self.screen = screen,
            Command::ShowTactic(id) => {
                self.tactics.selected = self.content.tactic(&id).map(|t| t.id.clone());
                self.screen = Screen::Tactics;
            }
            Command::CloseTactic => self.tactics.selected = None,
            Command::ShowPole(pole) => {
                self.tactics = TacticsView {
                    filter: TacticFilter {
                        pole: Some(pole),
                        ..TacticFilter::default()
                    },
                    ..TacticsView::default()
                };
                self.screen = Screen::Tactics;
            }
            Command::SelectQuestionnaire(id) => {
                if self.catalogue.get(&id).is_some() {
                    self.active = id;
                }
            }
            Command::Answer(item, answer) => {
                self.quizzes
                    .entry(self.active.clone())
                    .or_default()
                    .answers
                    .insert(item, answer);
            }
            Command::MoveTo(i) => {
                let last = self
                    .questionnaire()
                    .map_or(0, |q| q.items.len().saturating_sub(1));
                self.quizzes.entry(self.active.clone()).or_default().current = i.min(last);
            }
            Command::Restart => {
                self.quizzes.remove(&self.active);
            }
            Command::SelectStance(s) => self.stance = Some(s),
            Command::SetPhase(p) => self.phase = p,
            Command::SetLang(lang) => {
                self.lang = lang;
                self.settings.lang = Some(lang);
            }
            Command::SetTheme(t) => {
                self.settings.theme = t;
                self.apply_look(ctx);
            }
            Command::SetTextScale(s) => {
                self.settings = Settings {
                    text_scale: s,
                    ..self.settings.clone()
                }
                .sanitised();
                self.apply_look(ctx);
            }
            Command::Reload => {
                self.catalogue = Catalogue::load(Some(&self.dirs.questionnaires()), &self.content);
                if self.catalogue.get(&self.active).is_none() {
                    self.active = self
                        .catalogue
                        .questionnaires
                        .first()
                        .map(|l| l.questionnaire.id.clone())
                        .unwrap_or_default();
                }
            }
        }
    }

    fn screen_ui(&mut self, ui: &mut Ui) {
        match self.screen {
            Screen::Welcome => screens::welcome::ui(self, ui),
            Screen::Questionnaire => screens::questionnaire::ui(self, ui),
            Screen::Profile => screens::profile::ui(self, ui),
            Screen::Tactics => screens::tactics::ui(self, ui),
            Screen::Journal => screens::journal::ui(self, ui),
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
        });
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        egui::Panel::left("nav")
            .resizable(false)
            .exact_size(210.0)
            .show(ui, |ui| self.nav_ui(ui));
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt(("screen", self.screen as u8))
                .auto_shrink(false)
                .show(ui, |ui| {
                    let margin = egui::Margin {
                        left: 16,
                        right: 28,
                        top: 4,
                        bottom: 32,
                    };
                    egui::Frame::new().inner_margin(margin).show(ui, |ui| {
                        ui.set_max_width(ui.available_width().min(960.0));
                        self.screen_ui(ui);
                    });
                });
        });
        let ctx = ui.ctx().clone();
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
