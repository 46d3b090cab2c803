//! What a screen gets each frame besides its own view state: a read-only [`Cx`] (content,
//! language, what the vault shows, the clock) and a [`Sink`] for the commands it asks for.
//! A screen never changes anything outside its view; everything else goes through a command.

use super::commands::Command;
use super::i18n::S;
use super::quiz::QuizState;
use super::settings::Settings;
use super::vault_state::VaultState;
use crate::assessment::{Catalogue, Profile, Questionnaire};
use crate::content::{Content, Lang};
use crate::paths::Dirs;

/// The read-only context of one frame.
pub struct Cx<'a> {
    /// The report as data.
    pub content: &'a Content,
    /// The language in use.
    pub lang: Lang,
    /// The vault: missing, locked, busy, open or unusable.
    pub vault: &'a VaultState,
    /// The coach key (a vault used only for its identity): missing, locked, busy or open.
    pub coach_key: &'a VaultState,
    /// The questionnaires and the problems of broken files.
    pub catalogue: &'a Catalogue,
    /// The questionnaire being taken and the progress per questionnaire.
    pub quiz: &'a QuizState,
    /// Persisted settings.
    pub settings: &'a Settings,
    /// Where files live.
    pub dirs: &'a Dirs,
    /// Now, in unix seconds (read once per frame from `crate::clock`).
    pub now: i64,
    /// The time zone that dates and times are shown in: stored times are UTC, shown local.
    pub zone: &'a crate::clock::Zone,
    /// Whether the worker has a job queued or running.
    pub busy: bool,
    /// Practice exercises kept in memory until a vault exists.
    pub waiting_exercises: usize,
}

impl Cx<'_> {
    /// The text of a key in the current language.
    pub fn t(&self, key: S) -> &'static str {
        key.get(self.lang)
    }

    /// The questionnaire being taken.
    pub fn questionnaire(&self) -> Option<&Questionnaire> {
        self.quiz.questionnaire(self.catalogue)
    }

    /// Progress in the active questionnaire.
    pub fn quiz(&self) -> Option<&super::quiz::Quiz> {
        self.quiz.current()
    }

    /// The profile from the active questionnaire's answers, once there are any; otherwise the
    /// latest take kept in the unlocked vault.
    pub fn profile(&self) -> Option<Profile> {
        self.quiz.profile(self.catalogue, self.vault.session())
    }

    /// A spinner with a sentence, while the worker is busy.
    pub fn busy_ui(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(self.t(S::BusyWorking));
        });
    }

    /// Today's local date, by the frame's clock.
    pub fn today(&self) -> crate::journal::Date {
        self.zone.date(self.now)
    }

    /// The local date of a stored moment.
    pub fn date(&self, unix_secs: i64) -> crate::journal::Date {
        self.zone.date(unix_secs)
    }

    /// A stored moment as the local date and time of day, `YYYY-MM-DD HH:MM`.
    pub fn stamp(&self, unix_secs: i64) -> String {
        self.zone.stamp(unix_secs)
    }
}

/// Where a screen puts the commands it asks for; applied once after drawing.
#[derive(Default)]
pub struct Sink(Vec<Command>);

impl Sink {
    /// Queues a command of any area.
    pub fn push(&mut self, cmd: impl Into<Command>) {
        self.0.push(cmd.into());
    }

    /// Takes the queued commands out, in order.
    pub fn take(&mut self) -> Vec<Command> {
        std::mem::take(&mut self.0)
    }

    /// Whether nothing is queued.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
