//! Sharing with a coach: export the wizard's summary, open a shared summary, write feedback,
//! import feedback.

use std::path::PathBuf;

use zeroize::Zeroize;

use crate::export::{Consent, ExportError, OpenedSummary, Output, Scope};
use crate::ui::app::App;
use crate::ui::i18n::{S, fill};

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
    /// Open the shared summary at this path.
    OpenSummary(PathBuf),
    /// Save the coach's feedback, encrypted to the coachee.
    ExportFeedback(FeedbackPlan),
    /// Import a coach's feedback file.
    ImportFeedback(PathBuf),
}

impl App {
    pub(super) fn apply_share(&mut self, cmd: ShareCmd, now: i64) {
        match cmd {
            ShareCmd::Export(plan) => self.export(*plan, now),
            ShareCmd::OpenSummary(path) => {
                let Some(s) = self.vault.session() else {
                    return;
                };
                match crate::export::open_summary_file(&path, s.unlocked()) {
                    Ok(opened) => self.shared.opened(&path, opened),
                    Err(e) => {
                        self.shared.opened = None;
                        self.say(true, e.to_string());
                    }
                }
            }
            ShareCmd::ExportFeedback(mut plan) => {
                let coach = plan.summary.header.coach.clone();
                let items = std::mem::take(&mut plan.items);
                let result = crate::export::feedback_file(&plan.summary, &coach, items, now)
                    .and_then(|text| crate::export::write_text_file(&plan.path, &text, false));
                plan.summary.text.zeroize();
                match result {
                    Ok(()) => self.say(false, self.t(S::FeedbackSaved)),
                    Err(e) => self.say(true, e.to_string()),
                }
            }
            ShareCmd::ImportFeedback(path) => {
                let Some(s) = self.vault.session_mut() else {
                    return;
                };
                match crate::export::import_feedback_file(&path, s, now) {
                    Ok(n) => self.say(false, fill(self.t(S::FeedbackImported), &[&n.to_string()])),
                    Err(e) => self.say(true, e.to_string()),
                }
            }
        }
    }

    fn export(&mut self, plan: ExportPlan, now: i64) {
        let Some(session) = self.vault.session_mut() else {
            return;
        };
        let result = crate::export::export(
            session,
            &plan.scope,
            &plan.consent,
            &plan.output,
            &self.content,
            self.lang,
            now,
        )
        .and_then(|prepared| {
            if plan.preview != prepared.shared_text {
                return Err(ExportError::PreviewChanged);
            }
            crate::export::write_export(&plan.path, &prepared, false)?;
            Ok(prepared.record.sha256)
        });
        match result {
            Ok(sha) => {
                self.shared.done = Some((plan.path.display().to_string(), sha));
                self.shared.wipe();
            }
            Err(e) => self.say(true, e.to_string()),
        }
    }
}
