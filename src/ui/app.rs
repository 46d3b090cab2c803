//! The app: its state (private; screens see it through [`Cx`] and their own view), the frame
//! (navigation, the screen on show, the notice, auto-lock), and the commands queued by screens
//! applied once after drawing (see `commands/`).

use std::sync::Arc;

use egui::Ui;

use super::cx::{Cx, Sink};
use super::nav::{self, Screen, Start};
use super::quiz::QuizState;
use super::screens;
use super::screens::journal::{JournalView, LockForm, RecoveryView};
use super::screens::questionnaire::QuestionnaireView;
use super::screens::settings::PassForm;
use super::screens::shared::SharedView;
use super::screens::tactics::TacticsView;
use super::screens::{ProfileView, onboarding::OnboardingState};
use super::settings::{self, Settings, ThemeChoice};
use super::theme;
use super::vault_state::VaultState;
use super::widgets::glossary::GlossaryWindow;
use super::worker::Worker;
use crate::assessment::Catalogue;
use crate::content::{Content, Lang};
use crate::paths::Dirs;

/// The read-only context of this frame, borrowing the app's fields one by one (so that a
/// view and the sink can be borrowed mutably beside it).
macro_rules! cx {
    ($app:expr) => {
        Cx {
            content: &$app.content,
            lang: $app.lang,
            vault: &$app.vault,
            coach_key: &$app.coach_key,
            catalogue: &$app.catalogue,
            quiz: &$app.quiz,
            settings: &$app.settings,
            dirs: &$app.dirs,
            now: crate::clock::now(),
            zone: &$app.zone,
            busy: $app.worker.busy(),
            waiting_exercises: $app.pending_practice.len(),
        }
    };
}

/// The application. Its fields are private to the `ui` module: screens get a [`Cx`] and
/// their own view state, and ask for every other change with a command.
pub struct App {
    pub(super) content: Arc<Content>,
    pub(super) dirs: Dirs,
    pub(super) catalogue: Catalogue,
    pub(super) settings: Settings,
    pub(super) lang: Lang,
    pub(super) screen: Screen,
    pub(super) quiz: QuizState,
    pub(super) questionnaire: QuestionnaireView,
    pub(super) profile: ProfileView,
    pub(super) tactics: TacticsView,
    pub(super) journal: JournalView,
    pub(super) lock_form: LockForm,
    pub(super) pass_form: PassForm,
    pub(super) recovery: RecoveryView,
    pub(super) shared: SharedView,
    pub(super) onboarding: OnboardingState,
    pub(super) vault: VaultState,
    /// The coach key: a vault used only for its identity, so a coach needs no journal.
    pub(super) coach_key: VaultState,
    pub(super) notice: Option<Notice>,
    /// When the notice appeared: good news goes by itself.
    pub(super) notice_clock: super::notice::NoticeClock,
    pub(super) last_activity: f64,
    /// Practice entries finished before a vault existed; saved when it is created.
    pub(super) pending_practice: Vec<crate::journal::Entry>,
    pub(super) glossary: GlossaryWindow,
    pub(super) sink: Sink,
    pub(super) worker: Worker,
    /// Where the user was going when unsaved work stopped them (the guard's question shows).
    pub(super) guard: Option<super::commands::Leave>,
    /// The user chose to quit: the close request that follows is not asked about.
    pub(super) quitting: bool,
    /// Lock as soon as the worker hands the session back.
    pub(super) lock_when_back: bool,
    /// Drafts of unsaved work: written while unlocked, offered after a crash.
    pub(super) autosave: super::autosave::Autosave,
    /// A tactic whose "start a dilemma" waits for the vault to open.
    pub(super) after_unlock: Option<String>,
    /// The file dialogs (the platform's, or the app's own picker).
    pub(super) files: super::commands::FileDialogs,
    /// The time zone that dates and times are shown in (the system's).
    pub(super) zone: crate::clock::Zone,
}

/// A message floating over the page (see `notice.rs`): good news goes by itself, an error or a
/// caution stays until closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Whether it reports a failure.
    pub error: bool,
    /// Whether it asks for care (something is not kept yet): drawn in the caution colour.
    pub caution: bool,
    /// The sentence.
    pub text: String,
}

impl App {
    /// Builds the app, restoring settings from eframe's storage.
    pub fn new(cc: &eframe::CreationContext<'_>, content: Content, dirs: Dirs) -> Self {
        let stored: Option<Settings> = cc.storage.and_then(|s| eframe::get_value(s, settings::KEY));
        let first_run = stored.is_none();
        let settings = stored.unwrap_or_default().sanitised();
        let lang = settings.lang.unwrap_or_else(settings::os_lang);
        let catalogue = Catalogue::load(Some(&dirs.questionnaires()), &content);
        let quiz = QuizState::new(&catalogue);
        theme::install(&cc.egui_ctx);
        // Ctrl+plus, Ctrl+minus and Ctrl+0 go through the text-size setting (see `zoom_keys`),
        // so the slider and the keys always agree.
        cc.egui_ctx.options_mut(|o| o.zoom_with_keyboard = false);
        let vault = VaultState::detect(&dirs);
        let coach_key = VaultState::detect(&dirs.coach_key());
        // A new hire's first start: no settings saved yet and no vault. Offer the tour.
        let screen = if first_run && matches!(vault, VaultState::Missing) {
            Screen::Onboarding
        } else {
            Screen::Welcome
        };
        let app = Self {
            content: Arc::new(content),
            dirs,
            catalogue,
            settings,
            lang,
            screen,
            quiz,
            questionnaire: QuestionnaireView::default(),
            profile: ProfileView::default(),
            tactics: TacticsView::default(),
            journal: JournalView::default(),
            lock_form: LockForm::default(),
            pass_form: PassForm::default(),
            recovery: RecoveryView::default(),
            shared: SharedView::default(),
            onboarding: OnboardingState::default(),
            coach_key,
            vault,
            notice: None,
            notice_clock: super::notice::NoticeClock::default(),
            last_activity: 0.0,
            pending_practice: Vec::new(),
            glossary: GlossaryWindow::default(),
            sink: Sink::default(),
            worker: Worker::start(&cc.egui_ctx),
            guard: None,
            quitting: false,
            lock_when_back: false,
            autosave: super::autosave::Autosave::default(),
            after_unlock: None,
            files: super::commands::FileDialogs::default(),
            zone: crate::clock::Zone::system(),
        };
        app.apply_look(&cc.egui_ctx);
        app
    }

    /// Opens a screen or a tactic's page (applied with the first frame).
    pub fn open(&mut self, start: Start) {
        use super::commands::NavCmd;
        self.sink.push(match start {
            Start::Screen(s) => NavCmd::Go(s),
            Start::Tactic(id) => NavCmd::ShowTactic(id),
        });
    }

    pub(super) fn t(&self, key: super::i18n::S) -> &'static str {
        key.get(self.lang)
    }

    pub(super) fn apply_look(&self, ctx: &egui::Context) {
        ctx.set_theme(match self.settings.theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
        ctx.set_zoom_factor(self.settings.text_scale);
    }

    /// Which page is on show, finer than the screen: a tactic's page, a tour page, a case, a
    /// sharing tab or step. Each page keeps its own scroll position, so a page never opens
    /// scrolled to where the previous one was.
    fn page_key(&self) -> (u8, Option<&str>, usize, usize, u8, u8) {
        let on = &self.onboarding;
        let sub = match self.screen {
            Screen::Tactics => (self.tactics.selected.as_deref(), 0, 0, 0, 0),
            Screen::Onboarding => (None, on.part as usize, on.page * 16 + on.case, 0, 0),
            Screen::Shared => (None, 0, 0, self.shared.tab as u8, self.shared.step as u8),
            Screen::Welcome
            | Screen::Questionnaire
            | Screen::Profile
            | Screen::Journal
            | Screen::Settings => (None, 0, 0, 0, 0),
        };
        (self.screen as u8, sub.0, sub.1, sub.2, sub.3, sub.4)
    }

    /// Draws the screen on show with its view, the context and the sink.
    fn screen_ui(&mut self, ui: &mut Ui) {
        let cx = cx!(self);
        let out = &mut self.sink;
        if self.recovery.code.is_some() {
            // The recovery code shows once, over whichever screen asked for it.
            return screens::journal::recovery_code_ui(&mut self.recovery, &cx, out, ui);
        }
        match self.screen {
            Screen::Welcome => screens::welcome::ui(&cx, out, ui),
            Screen::Questionnaire => {
                screens::questionnaire::ui(&mut self.questionnaire, &cx, out, ui);
            }
            Screen::Profile => screens::profile::ui(&mut self.profile, &cx, out, ui),
            Screen::Tactics => screens::tactics::ui(&mut self.tactics, &cx, out, ui),
            Screen::Journal => {
                screens::journal::ui(&mut self.journal, &mut self.lock_form, &cx, out, ui);
            }
            Screen::Shared => screens::shared::ui(&mut self.shared, &cx, out, ui),
            Screen::Onboarding => screens::onboarding::ui(&mut self.onboarding, &cx, out, ui),
            Screen::Settings => screens::settings::ui(&mut self.pass_form, &cx, out, ui),
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.poll_worker(&ctx);
        self.poll_files(&ctx);
        self.auto_lock(&ctx);
        self.zoom_keys(&ctx);
        self.nav_keys(&ctx);
        self.quit_keys(&ctx);
        self.escape_key(&ctx);
        let nav_frame = egui::Frame::side_top_panel(&ctx.global_style())
            .fill(theme::scheme(&ctx.global_style().visuals).nav);
        egui::Panel::left("nav")
            .resizable(false)
            .frame(nav_frame)
            .exact_size(theme::nav_width(ctx.zoom_factor()))
            .show(ui, |ui| {
                let attention = self
                    .vault
                    .session()
                    .map_or(0, screens::journal::attention_count);
                nav::ui(
                    ui,
                    self.lang,
                    self.screen,
                    attention,
                    &mut self.glossary,
                    &mut self.sink,
                );
            });
        super::notice::ui(ui, &mut self.notice, &mut self.notice_clock, self.lang);
        egui::CentralPanel::default().show(ui, |ui| {
            let margin = egui::Margin {
                left: 16,
                right: 28,
                top: 4,
                bottom: 16,
            };
            if self.screen == Screen::Journal && self.recovery.code.is_none() {
                // The journal scrolls its own list (only visible rows are drawn).
                egui::Frame::new()
                    .inner_margin(margin)
                    .show(ui, |ui| self.screen_ui(ui));
                return;
            }
            egui::ScrollArea::vertical()
                .id_salt(("screen", self.page_key()))
                .auto_shrink(false)
                .show(ui, |ui| {
                    egui::Frame::new().inner_margin(margin).show(ui, |ui| {
                        ui.set_max_width(ui.available_width().min(960.0));
                        self.screen_ui(ui);
                    });
                });
        });
        super::widgets::glossary::window(&ctx, &mut self.glossary, &self.content, self.lang);
        if let Some(leave) = self.guard {
            let unsaved = self.unsaved_work();
            let save = super::guard::Saving {
                entry: screens::journal::savable(&self.journal, &cx!(self)),
                drafts: self.drafts_can_be_kept(),
            };
            super::guard::ui(&ctx, leave, &unsaved, save, self.lang, &mut self.sink);
        } else if !self.autosave.offers.is_empty() {
            let offer = super::drafts_offer::Offer {
                drafts: &self.autosave.offers,
                confirm: self.autosave.confirm.as_deref(),
                catalogue: &self.catalogue,
                content: &self.content,
                entry_open: self.journal.unsaved(),
                sharing_open: self.shared.in_progress(),
                now: crate::clock::now(),
                lang: self.lang,
            };
            super::drafts_offer::ui(&ctx, &offer, &mut self.sink);
        }
        self.files_ui(&ctx);
        self.apply_all(&ctx);
        self.autosave(&ctx);
    }

    /// The user chose to quit (nothing unsaved, or saved or discarded through the guard): the
    /// drafts of this run are obsolete and go, waiting briefly for the worker to remove them.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.drafts_on_exit();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, settings::KEY, &self.settings);
    }

    /// egui's memory can hold text-field contents; we persist settings only.
    fn persist_egui_memory(&self) -> bool {
        false
    }
}
