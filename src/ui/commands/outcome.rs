//! What the worker reports, applied at the start of a frame: the session comes back, and the
//! result shows where the user asked for it.

use std::sync::Arc;

use zeroize::Zeroizing;

use crate::ui::app::App;
use crate::ui::errors::Explain;
use crate::ui::i18n::{S, plural};
use crate::ui::vault_state::VaultState;
use crate::ui::worker::{Outcome, WorkerStopped};

impl App {
    /// Takes the worker's reports, if it has any; never waits.
    pub(in crate::ui) fn poll_worker(&mut self, ctx: &egui::Context) {
        while let Some(report) = self.worker.poll() {
            match report {
                Ok(outcome) => self.apply_outcome(outcome, ctx),
                Err(WorkerStopped) => self.worker_stopped(),
            }
        }
    }

    fn apply_outcome(&mut self, outcome: Outcome, ctx: &egui::Context) {
        let now = crate::clock::now();
        match outcome {
            Outcome::Opened(Ok(session)) => {
                self.vault = VaultState::Open(Box::new(session));
                if let Some(tactic) = self.after_unlock.take() {
                    self.notice = None;
                    self.new_entry_with_tactic(tactic, now);
                }
            }
            Outcome::Created(Ok((mut session, code))) => {
                self.recovery.code = Some(Zeroizing::new(code.to_string()));
                // What waited for a vault in this run is kept now: exercises and finished takes.
                for entry in std::mem::take(&mut self.pending_practice) {
                    if let Err(e) = session.save_entry(None, entry, now) {
                        self.say(true, e.explain(self.lang));
                    }
                }
                for take in self.quiz.takes_to_keep(&self.catalogue, now) {
                    if let Err(e) = session.save_take(take, now) {
                        self.say(true, e.explain(self.lang));
                    }
                }
                self.vault = VaultState::Open(Box::new(session));
                if let Some(tactic) = self.after_unlock.take() {
                    self.new_entry_with_tactic(tactic, now);
                }
            }
            Outcome::Opened(Err(e)) | Outcome::Created(Err(e)) => {
                self.lock_form.error = Some(e);
                self.vault = self.fallback();
            }
            Outcome::PassphraseChanged(session, result) => {
                self.session_back(session, ctx);
                match result {
                    Ok(()) => {
                        self.pass_form.error = None;
                        self.say(false, self.t(S::PassphraseChanged));
                    }
                    Err(e) => self.pass_form.error = Some(e),
                }
            }
            Outcome::RecoveryCode(session, result) => {
                self.session_back(session, ctx);
                match result {
                    Ok(code) => {
                        self.pass_form.recovery_error = None;
                        self.recovery.code = Some(Zeroizing::new(code.to_string()));
                    }
                    Err(e) => self.pass_form.recovery_error = Some(e),
                }
            }
            Outcome::Exported(session, path, result) => self.exported(session, path, result, ctx),
            Outcome::SummaryOpened(session, holder, path, result) => {
                self.summary_opened(session, holder, path, result, ctx);
            }
            Outcome::CoachKey(Ok(session)) => {
                self.shared.key_error = None;
                self.shared.inbox_asked = false;
                self.coach_key = VaultState::Open(Box::new(session));
            }
            Outcome::CoachKey(Err(e)) => {
                self.shared.key_error = Some(e);
                self.coach_key = self.coach_fallback();
            }
            Outcome::InboxListed(session, holder, result) => {
                self.coach_session_back(session, holder, ctx);
                match result {
                    Ok(inbox) => {
                        self.shared.inbox = Some(inbox);
                        self.shared.inbox_error = None;
                    }
                    Err(e) => self.shared.inbox_error = Some(e),
                }
            }
            Outcome::FeedbackWritten(result) => match result {
                Ok(()) => {
                    self.shared.feedback_error = None;
                    self.say(false, self.t(S::FeedbackSaved));
                }
                Err(e) => self.shared.feedback_error = Some(e),
            },
            Outcome::FeedbackImported(session, result) => {
                self.feedback_imported(session, result, ctx);
            }
            Outcome::Trash(session, job, result) => self.trash_outcome(session, job, result, ctx),
            Outcome::Printed(target, path, result) => self.printed(target, path, result),
            Outcome::Viewed(target, result) => {
                if let Err(e) = result {
                    self.print_form(target).last = Some(Err(Arc::new(e)));
                }
            }
            Outcome::DraftWritten(result) | Outcome::DraftRemoved(result) => {
                self.draft_result(result);
            }
            Outcome::Listed(generation, result) => {
                if let Some(picker) = &mut self.files.picker {
                    picker.listed(generation, result);
                }
            }
            Outcome::QuestionnaireAdded(result) => self.questionnaire_added(result),
        }
    }

    /// An export's report: the file and its SHA-256, or why not.
    fn exported(
        &mut self,
        session: Box<crate::session::Session>,
        path: std::path::PathBuf,
        result: Result<String, crate::export::ExportError>,
        ctx: &egui::Context,
    ) {
        self.session_back(session, ctx);
        match result {
            Ok(sha) => {
                self.shared.done = Some((path.display().to_string(), sha));
                self.shared.export_error = None;
                // The next export picks a fresh default name instead of this file's.
                self.shared.path.clear();
                self.shared.wipe();
            }
            Err(e) => self.shared.export_error = Some(e),
        }
    }

    /// A summary opened for the coach, with who sent it, or why not.
    fn summary_opened(
        &mut self,
        session: Box<crate::session::Session>,
        holder: crate::ui::worker::Holder,
        path: std::path::PathBuf,
        result: Result<
            (crate::export::OpenedSummary, crate::export::Sender),
            crate::export::ExportError,
        >,
        ctx: &egui::Context,
    ) {
        self.coach_session_back(session, holder, ctx);
        match result {
            Ok((opened, sender)) => {
                self.shared.open_error = None;
                // Feedback is suggested beside the file opened, but never inside the
                // coach's own inbox: it goes back to the coachee.
                let beside = if path.starts_with(self.dirs.coach_inbox()) {
                    crate::paths::export_dir().join("summary.md.age")
                } else {
                    path.clone()
                };
                self.shared.opened(&path, &beside, opened, sender);
                // The file is kept in the inbox now: list it again.
                self.shared.inbox_asked = false;
            }
            Err(e) => {
                self.shared.opened = None;
                self.shared.sender = None;
                self.shared.open_error = Some(e);
            }
        }
    }

    /// Feedback imported: how many items were new, or why none.
    fn feedback_imported(
        &mut self,
        session: Box<crate::session::Session>,
        result: Result<usize, crate::export::ExportError>,
        ctx: &egui::Context,
    ) {
        self.session_back(session, ctx);
        match result {
            Ok(n) => {
                self.shared.import_error = None;
                let text = if n == 0 {
                    self.t(S::FeedbackNothingNew).to_owned()
                } else {
                    plural(self.lang, n, S::FeedbackImportedOne, S::FeedbackImported)
                };
                self.say(false, text);
            }
            Err(e) => self.shared.import_error = Some(e),
        }
    }

    /// The worker stopped without reporting: whatever it held is gone, so the vault is locked
    /// (or looked up again) and the user hears why.
    fn worker_stopped(&mut self) {
        self.lock_when_back = false;
        if self.vault.busy() {
            self.vault = self.fallback();
        }
        if self.coach_key.busy() {
            self.coach_key = self.coach_fallback();
        }
        self.say(true, WorkerStopped.explain(self.lang));
    }

    /// Where a failed job leaves the coach key: locked if there was one, else as on disk.
    fn coach_fallback(&self) -> VaultState {
        match &self.coach_key {
            VaultState::Busy { vault: Some(v) } => VaultState::Locked(Arc::clone(v)),
            VaultState::Missing
            | VaultState::Locked(_)
            | VaultState::Busy { vault: None }
            | VaultState::Open(_)
            | VaultState::Unavailable(_) => VaultState::detect(&self.dirs.coach_key()),
        }
    }

    /// Where a failed job leaves the vault: locked if there was one, else as found on disk.
    fn fallback(&self) -> VaultState {
        match &self.vault {
            VaultState::Busy { vault: Some(v) } => VaultState::Locked(Arc::clone(v)),
            VaultState::Missing
            | VaultState::Locked(_)
            | VaultState::Busy { vault: None }
            | VaultState::Open(_)
            | VaultState::Unavailable(_) => VaultState::detect(&self.dirs),
        }
    }
}
