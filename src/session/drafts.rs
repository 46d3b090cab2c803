//! Drafts of unsaved work, as the session knows them: what a draft holds (an entry being edited
//! with its form fields and a follow-up being written, questionnaire answers in progress, a
//! practice case, or the share wizard part way),
//! the drafts found at unlock, and writing or removing one (on the UI's worker thread; see
//! `vault/drafts.rs` for the file, its seal and its encryption).

use std::hash::Hasher as _;

use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

use super::Session;
use crate::assessment::Answers;
use crate::export::Scope;
use crate::journal::{Entry, FollowUp};
use crate::vault::{Draft, DraftWriter, VaultError};

/// A draft as found at unlock.
pub type StoredDraft = Draft<DraftBody>;

/// What a draft holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum DraftBody {
    /// An entry in the editor with changes not saved yet.
    Entry(Box<EntryDraft>),
    /// Answers to a questionnaire that are not kept as a take yet.
    Answers(AnswersDraft),
    /// A practice case being worked on, not kept as an exercise yet.
    Exercise(ExerciseDraft),
    /// The share wizard part way, not exported yet.
    Share(ShareDraft),
}

impl DraftBody {
    /// Which piece of work this is: one draft per entry editor, questionnaire and case.
    pub fn slot(&self) -> String {
        match self {
            DraftBody::Entry(_) => "entry".to_owned(),
            DraftBody::Answers(a) => format!("answers:{}", a.questionnaire),
            DraftBody::Exercise(e) => format!("exercise:{}", e.case),
            DraftBody::Share(_) => "share".to_owned(),
        }
    }
}

/// The share wizard part way: what is chosen and typed. It names entries by id only: the
/// preview is never kept (it is made again from the vault), and neither are the consent tick
/// and "I understand this file is readable": after a restore both are given again. Wiped when
/// dropped.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ShareDraft {
    /// The step on show: 1 choose, 2 blank out words, 3 consent.
    pub step: u8,
    /// The entries and their parts, the profile or not, the words to blank out.
    pub scope: Scope,
    /// The words to blank out as typed (comma-separated).
    pub redact_text: String,
    /// The coach's name.
    pub coach: String,
    /// Why it is shared.
    pub purpose: String,
    /// The delete-after day as typed.
    pub delete_after: String,
    /// How the summary leaves the vault.
    pub form: ShareForm,
    /// The coach's `age1…` key as typed.
    pub recipient: String,
    /// The file to write, as typed or chosen.
    pub path: String,
}

/// How a summary leaves the vault, as chosen in the share wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ShareForm {
    /// Encrypted to the coach.
    #[default]
    Encrypted,
    /// Plain Markdown.
    Markdown,
    /// Plain HTML.
    Html,
}

impl Drop for ShareDraft {
    fn drop(&mut self) {
        self.scope.redact.zeroize();
        self.redact_text.zeroize();
        self.coach.zeroize();
        self.purpose.zeroize();
        self.delete_after.zeroize();
        self.recipient.zeroize();
        self.path.zeroize();
    }
}

/// Work on one practice case. Wiped when dropped.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ExerciseDraft {
    /// The case's id.
    pub case: String,
    /// The tactic ids picked, in the order picked.
    pub picked: Vec<String>,
    /// Why the user would use them.
    pub why: String,
    /// Whether the perspectives were shown.
    pub revealed: bool,
}

impl Drop for ExerciseDraft {
    fn drop(&mut self) {
        self.why.zeroize();
    }
}

/// The journal editor as it was: the entry, the form fields parsed only on save, and a
/// follow-up being written. Wiped when dropped.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EntryDraft {
    /// The record the entry was opened from; `None` for a new entry.
    pub record: Option<String>,
    /// The entry as edited.
    pub entry: Entry,
    /// The date field as typed.
    pub date: String,
    /// The stakeholders field as typed (comma-separated).
    pub stakeholders: String,
    /// The tags field as typed (comma-separated).
    pub tags: String,
    /// A follow-up being written, not yet added to the thread.
    pub follow_up: FollowUp,
}

impl Drop for EntryDraft {
    fn drop(&mut self) {
        self.entry.zeroize();
        self.date.zeroize();
        self.stakeholders.zeroize();
        self.tags.zeroize();
        self.follow_up.zeroize();
    }
}

/// Progress in one questionnaire.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AnswersDraft {
    /// The questionnaire's id.
    pub questionnaire: String,
    /// The item that was on screen.
    pub current: usize,
    /// The answers so far.
    pub answers: Answers,
}

/// Feeds RON text straight into a hasher, so a fingerprint makes no copy of the plain text.
struct HashWriter(std::collections::hash_map::DefaultHasher);

impl std::fmt::Write for HashWriter {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.write(s.as_bytes());
        Ok(())
    }
}

impl DraftBody {
    /// A number that changes when the work changes (never 0), to tell whether a draft on disk
    /// is behind; it is kept in memory only.
    pub fn fingerprint(&self) -> u64 {
        let mut w = HashWriter(std::collections::hash_map::DefaultHasher::new());
        // Serialising plain data into a writer that cannot fail does not fail.
        let _ = ron::Options::default().to_writer(&mut w, self);
        w.0.finish().max(1)
    }
}

/// Writes `body` as draft `id`, sealed and encrypted, stamped `now`.
pub fn write_draft(
    writer: &DraftWriter,
    id: &str,
    body: &DraftBody,
    now: i64,
) -> Result<(), VaultError> {
    writer.write(&Draft {
        id: id.to_owned(),
        written: now,
        body,
    })
}

/// Puts the drafts found in the vault into a session being opened; files that are not sealed
/// drafts join the session's failures, by name, and are never offered.
pub(super) fn load(session: &mut Session) {
    let report = session.vault.load_drafts::<DraftBody>(&session.unlocked);
    session.drafts = report.drafts;
    session.failures.extend(report.refused);
}

impl Session {
    /// A writer of drafts for this vault (it carries its own copy of the seal key, so a draft
    /// can be written on the worker while the session is lent or after it is dropped).
    pub fn draft_writer(&self) -> Result<DraftWriter, VaultError> {
        self.vault.draft_writer(&self.unlocked)
    }

    /// The drafts found at unlock, to offer back; taken out once.
    pub fn take_drafts(&mut self) -> Vec<StoredDraft> {
        std::mem::take(&mut self.drafts)
    }

    /// Whether the record a draft was opened from was saved after the draft was written.
    pub fn draft_is_older(&self, draft: &StoredDraft) -> bool {
        match &draft.body {
            DraftBody::Entry(e) => e
                .record
                .as_deref()
                .and_then(|id| self.times(id))
                .is_some_and(|(_, updated)| updated > draft.written),
            DraftBody::Answers(_) | DraftBody::Exercise(_) | DraftBody::Share(_) => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fingerprint_follows_every_change() {
        let mut d = EntryDraft::default();
        let a = DraftBody::Entry(Box::new(d.clone())).fingerprint();
        d.follow_up.learned = "x".into();
        let b = DraftBody::Entry(Box::new(d.clone())).fingerprint();
        d.tags = "y".into();
        let c = DraftBody::Entry(Box::new(d)).fingerprint();
        assert!(a != b && b != c && a != c);
        assert_ne!(a, 0);
    }

    #[test]
    fn a_share_draft_reads_back_and_holds_no_consent() {
        let mut d = ShareDraft::default();
        d.step = 2;
        d.redact_text = "Wassenberg".into();
        d.coach = "Anna".into();
        d.scope.redact = vec!["Wassenberg".into()];
        let body = DraftBody::Share(d);
        let text = ron::to_string(&body).expect("serialises");
        assert!(
            !text.contains("confirmed") && !text.contains("understood"),
            "{text}"
        );
        let back: DraftBody = ron::from_str(&text).expect("reads back");
        assert_eq!(back, body);
        assert_eq!(back.slot(), "share");
    }
}
