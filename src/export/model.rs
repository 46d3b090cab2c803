//! What a user chooses to share, the consent they give, and what the vault keeps of it.

use serde::{Deserialize, Serialize};

use crate::journal::Date;

/// The parts of one entry that go into a summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Parts {
    /// The title and date.
    pub title: bool,
    /// The dilemma text.
    pub dilemma: bool,
    /// The linked tactics (names and ethics zones).
    pub tactics: bool,
    /// The answers to the boundary prompts (oath, confidant, moral deliberation).
    pub boundaries: bool,
    /// The follow-up rounds.
    pub follow_ups: bool,
    /// The reflection: options considered and the decision.
    pub reflection: bool,
}

impl Default for Parts {
    fn default() -> Self {
        Self {
            title: true,
            dilemma: true,
            tactics: true,
            boundaries: true,
            follow_ups: true,
            reflection: true,
        }
    }
}

/// One entry chosen for the summary, with its parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selection {
    /// The entry's record id.
    pub entry_id: String,
    /// What of it goes.
    pub parts: Parts,
}

/// Everything the user chose: entries and parts, the profile or not, words to blank out.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Scope {
    /// The entries, in the order they appear in the summary.
    pub entries: Vec<Selection>,
    /// Include the latest questionnaire profile.
    pub profile: bool,
    /// Words (names of people, places, the municipality) replaced in the output.
    pub redact: Vec<String>,
    /// Blank a word only where it stands whole ("Wassenberg", not inside "Wassenbergse").
    /// Off by default: a name inside a longer word is blanked too (the safer choice).
    pub whole_words: bool,
}

/// The consent given in the wizard's last step.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Consent {
    /// The coach's name.
    pub coach: String,
    /// Why it is shared.
    pub purpose: String,
    /// The coach is asked to delete it after this day.
    pub delete_after: Option<Date>,
    /// The tick: "I share exactly this preview".
    pub confirmed: bool,
}

/// How the summary leaves the vault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Output {
    /// Markdown encrypted with age to the coach's recipient, armored (`.md.age`).
    Encrypted {
        /// The coach's `age1…` recipient.
        recipient: String,
    },
    /// Plain Markdown, after an explicit warning.
    PlainMarkdown,
    /// Plain HTML, after an explicit warning.
    Html,
}

/// What the vault keeps of every export: the receipt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentRecord {
    /// When it was exported (unix seconds).
    pub date: i64,
    /// The coach's name.
    pub coach: String,
    /// The coach's recipient, when encrypted.
    pub recipient: Option<String>,
    /// Why.
    pub purpose: String,
    /// Which entries and parts, the profile or not, how many redaction words.
    pub scope: Scope,
    /// Delete-after day, if set.
    pub delete_after: Option<Date>,
    /// SHA-256 (hex) of exactly the shared text (the Markdown or HTML before encryption).
    pub sha256: String,
    /// `md.age`, `md` or `html`.
    pub format: String,
}

/// Feedback from a coach on one shared entry, as the coachee keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackRecord {
    /// The coach's name.
    pub coach: String,
    /// The entry it is about (the coachee's record id).
    pub entry_id: String,
    /// The feedback.
    pub text: String,
    /// When the coach wrote it (unix seconds).
    pub written: i64,
    /// The SHA-256 of the export it answers.
    pub export_sha256: String,
}
