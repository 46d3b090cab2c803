//! Feedback going back: the coach writes per entry, encrypted to the coachee's key from the
//! summary's header; the coachee imports it as one record per entry.

use serde::{Deserialize, Serialize};

use super::open::decrypt;
use super::{ExportError, FeedbackRecord, OpenedSummary, encrypt_armored, parse_recipient};
use crate::session::Session;

/// The plaintext of a feedback file (RON), encrypted to the coachee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackFile {
    /// The SHA-256 of the summary it answers.
    pub export_sha256: String,
    /// The coach's name.
    pub coach: String,
    /// When it was written (unix seconds).
    pub written: i64,
    /// Feedback per entry: (entry id, text).
    pub items: Vec<(String, String)>,
}

/// Writes the coach's feedback on `summary` as an armored age file for the coachee
/// (the summary's `reply-to`). Empty items are left out.
pub fn feedback_file(
    summary: &OpenedSummary,
    coach: &str,
    items: Vec<(String, String)>,
    now: i64,
) -> Result<String, ExportError> {
    let recipient = parse_recipient(&summary.header.reply_to)?;
    let file = FeedbackFile {
        export_sha256: summary.sha256.clone(),
        coach: coach.trim().to_owned(),
        written: now,
        items: items
            .into_iter()
            .filter(|(_, text)| !text.trim().is_empty())
            .collect(),
    };
    let text = ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::default())
        .map_err(|e| ExportError::Encrypt(e.to_string()))?;
    encrypt_armored(&text, &recipient)
}

/// Decrypts a coach's feedback file with the session's identity and keeps one
/// [`FeedbackRecord`] per item whose entry exists and that the vault does not hold yet;
/// returns how many were saved. Importing the same file twice adds nothing the second time.
pub fn import_feedback(
    bytes: &[u8],
    session: &mut Session,
    now: i64,
) -> Result<usize, ExportError> {
    let plain = decrypt(bytes, session.unlocked())?;
    let text = std::str::from_utf8(&plain).map_err(|_| ExportError::NotFeedback)?;
    let file: FeedbackFile = ron::from_str(text).map_err(|_| ExportError::NotFeedback)?;
    let mut saved = 0;
    for (entry_id, text) in file.items {
        if session.journal.get(&entry_id).is_none() {
            continue;
        }
        let record = FeedbackRecord {
            coach: file.coach.clone(),
            entry_id,
            text,
            written: file.written,
            export_sha256: file.export_sha256.clone(),
        };
        if session.feedback.iter().any(|f| f.body == record) {
            continue;
        }
        session.save_feedback(record, now)?;
        saved += 1;
    }
    Ok(saved)
}
