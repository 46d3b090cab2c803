//! Read access to the app's state for tests and benchmarks, behind the `test-support` feature
//! (the crate's own tests and benches enable it; a plain build does not have these).

use super::app::{App, Notice};
use super::commands::Command;
use super::nav::Screen;
use super::quiz::Quiz;
use super::screens::onboarding::OnboardingState;
use super::screens::shared::SharedView;
use super::settings::Settings;
use super::vault_state::VaultState;
use crate::assessment::{Catalogue, Profile, Questionnaire};
use crate::journal::Entry;

impl App {
    /// Queues a command as a screen would.
    pub fn push(&mut self, cmd: impl Into<Command>) {
        self.sink.push(cmd);
    }

    /// Shows dates and times in `zone` instead of the system's time zone.
    pub fn set_zone(&mut self, zone: crate::clock::Zone) {
        self.zone = zone;
    }

    /// The screen on show.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The vault's state.
    pub fn vault(&self) -> &VaultState {
        &self.vault
    }

    /// The vault's state, to put a test session in.
    pub fn vault_mut(&mut self) -> &mut VaultState {
        &mut self.vault
    }

    /// Whether the worker has a job queued or running.
    pub fn busy(&self) -> bool {
        self.worker.busy()
    }

    /// Whether a draft of unsaved work is being written or removed.
    pub fn keeping_drafts(&self) -> bool {
        self.worker.keeping_drafts()
    }

    /// How many drafts found at unlock wait for the user's choice.
    pub fn drafts_offered(&self) -> usize {
        self.autosave.offers.len()
    }

    /// The lock screen's last failure.
    pub fn lock_error(&self) -> Option<String> {
        use super::errors::Explain;
        self.lock_form.error.as_ref().map(|e| e.explain(self.lang))
    }

    /// The message on show.
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// The new hire's path.
    pub fn onboarding(&self) -> &OnboardingState {
        &self.onboarding
    }

    /// Practice entries waiting for a vault.
    pub fn pending_practice(&self) -> &[Entry] {
        &self.pending_practice
    }

    /// Whether the glossary window is open.
    pub fn glossary_open(&self) -> bool {
        self.glossary.open
    }

    /// The tactic whose page is open.
    pub fn selected_tactic(&self) -> Option<&str> {
        self.tactics.selected.as_deref()
    }

    /// The persisted settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The questionnaires and broken files.
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// The sharing screen's state.
    pub fn shared(&self) -> &SharedView {
        &self.shared
    }

    /// The sharing screen's state, to fill a path field.
    pub fn shared_mut(&mut self) -> &mut SharedView {
        &mut self.shared
    }

    /// The entry in the editor.
    pub fn draft(&self) -> Option<&Entry> {
        self.journal.draft.as_ref().map(|(_, e)| e)
    }

    /// Whether the user chose to quit (the window is asked to close).
    pub fn quitting(&self) -> bool {
        self.quitting
    }

    /// What eframe does when the window closes: drafts are kept or removed as the user chose.
    pub fn exit(&mut self) {
        self.drafts_on_exit();
    }

    /// Whether the guard's question about unsaved work is showing.
    pub fn guard_open(&self) -> bool {
        self.guard.is_some()
    }

    /// The questionnaire being taken.
    pub fn questionnaire(&self) -> Option<&Questionnaire> {
        self.quiz.questionnaire(&self.catalogue)
    }

    /// Progress in the active questionnaire.
    pub fn quiz(&self) -> Option<&Quiz> {
        self.quiz.current()
    }

    /// The app's own file picker, while it is open.
    pub fn file_picker(&self) -> Option<&super::widgets::file_picker::FilePicker> {
        self.files.picker.as_ref()
    }

    /// Which picker the last "Browse…" went to (before any fallback).
    pub fn file_backend(&self) -> Option<super::widgets::file_picker::Backend> {
        self.files.last_backend
    }

    /// Whether the platform's file dialog is open.
    pub fn native_dialog_open(&self) -> bool {
        self.files.native.is_some()
    }

    /// The profile the profile screen shows (the answers so far, else the latest take).
    pub fn profile(&self) -> Option<Profile> {
        self.quiz.profile(&self.catalogue, self.vault.session())
    }
}

/// The state of an unlocked vault, for tests and benchmarks that build a session themselves.
pub fn open_vault_state(session: crate::session::Session) -> VaultState {
    VaultState::Open(Box::new(session))
}
