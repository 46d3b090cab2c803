//! Sharing with a coach: export the wizard's summary, open a shared summary, write feedback,
//! import feedback. All of it is file work and runs on the worker.

use std::path::PathBuf;

use std::sync::Arc;

use crate::export::{Consent, OpenedSummary, Output, Scope};
use crate::ui::app::App;
use crate::ui::worker::Job;

/// Everything an export needs, taken from the wizard when the user presses Export.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportPlan {
    /// Entries, parts, profile, redaction words.
    pub scope: Scope,
    /// Coach, purpose, delete-after, the tick.
    pub consent: Consent,
    /// Encrypted to the coach, or plain.
    pub output: Output,
    /// Where the file goes.
    pub path: PathBuf,
    /// The preview the user consented to; the export refuses if the text differs.
    pub preview: String,
}

/// The coach's feedback on an opened summary.
#[derive(Clone, PartialEq)]
pub struct FeedbackPlan {
    /// The summary it answers (for the coachee's key and the summary's hash).
    pub summary: Box<OpenedSummary>,
    /// Feedback per entry id; empty ones are left out.
    pub items: Vec<(String, String)>,
    /// Where the file goes.
    pub path: PathBuf,
}

impl std::fmt::Debug for FeedbackPlan {
    // No personal text in debug output.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FeedbackPlan")
            .field("items", &self.items.len())
            .field("path", &self.path)
            .finish()
    }
}

/// Sharing commands.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum ShareCmd {
    /// Export the summary and keep the receipt.
    Export(Box<ExportPlan>),
    /// Open the shared summary at this path and check who sent it.
    OpenSummary {
        /// The summary file.
        path: PathBuf,
        /// The name to remember a sender by that this coach has not seen before.
        from: Option<String>,
    },
    /// Save the coach's feedback, encrypted to the coachee.
    ExportFeedback(FeedbackPlan),
    /// Import a coach's feedback file.
    ImportFeedback(PathBuf),
    /// List the coach's inbox.
    ListInbox,
    /// Delete a summary kept in the coach's inbox (the user confirmed).
    DeleteFromInbox(PathBuf),
}

impl App {
    pub(super) fn apply_share(&mut self, cmd: ShareCmd, now: i64) {
        match cmd {
            // An impostor's summary asks for feedback to a key nobody pinned: none is written.
            ShareCmd::ExportFeedback(_) if self.shared.feedback_blocked() => {}
            ShareCmd::Export(plan) => {
                if let Some(session) = self.lend_session() {
                    self.worker.submit(Job::Export {
                        session,
                        plan,
                        content: Arc::clone(&self.content),
                        lang: self.lang,
                        now,
                    });
                }
            }
            ShareCmd::OpenSummary { path, from } => {
                if let Some((session, holder)) = self.lend_coach_session() {
                    self.worker.submit(Job::OpenSummary {
                        session,
                        holder,
                        inbox: self.dirs.coach_inbox(),
                        path,
                        config: self.dirs.config.clone(),
                        from,
                    });
                }
            }
            ShareCmd::ListInbox => {
                if let Some((session, holder)) = self.lend_coach_session() {
                    self.shared.inbox_asked = true;
                    self.worker.submit(Job::ListInbox {
                        session,
                        holder,
                        inbox: self.dirs.coach_inbox(),
                        config: self.dirs.config.clone(),
                    });
                }
            }
            ShareCmd::DeleteFromInbox(path) => {
                self.shared.confirm_delete = None;
                match crate::export::delete_received(&self.dirs.coach_inbox(), &path) {
                    Ok(()) => {
                        if let Some(inbox) = &mut self.shared.inbox {
                            inbox.items.retain(|i| i.path != path);
                        }
                        if self.shared.opened_path.as_deref() == Some(path.as_path()) {
                            self.shared.close_summary();
                        }
                        self.say(false, self.t(crate::ui::i18n::S::InboxDeleted));
                    }
                    Err(e) => self.shared.inbox_error = Some(e),
                }
            }
            ShareCmd::ExportFeedback(plan) => self.worker.submit(Job::WriteFeedback(plan, now)),
            ShareCmd::ImportFeedback(path) => {
                if let Some(session) = self.lend_session() {
                    self.worker.submit(Job::ImportFeedback(session, path, now));
                }
            }
        }
    }
}
