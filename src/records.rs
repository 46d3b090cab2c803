//! What the vault keeps for this app: journal entries, completed questionnaires and the user's
//! own oath text. One enum so every record file carries its kind inside the encryption.

use serde::{Deserialize, Serialize};

use crate::assessment::Take;
use crate::export::{ConsentRecord, FeedbackRecord};
use crate::journal::{Entry, OathText};

/// The body of one record file.
#[expect(
    clippy::large_enum_variant,
    reason = "records are decoded one at a time and moved into typed collections at once, so the size difference costs nothing worth a Box"
)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Record {
    /// A dilemma in the journal.
    Entry(Entry),
    /// A completed questionnaire.
    Take(Take),
    /// The user's own oath or affirmation wording.
    Oath(OathText),
    /// The receipt of one export to a coach.
    Consent(ConsentRecord),
    /// A coach's feedback on one entry.
    Feedback(FeedbackRecord),
}

impl Record {
    /// The kind written in the envelope, for tools that list records without parsing bodies.
    pub fn kind(&self) -> &'static str {
        match self {
            Record::Entry(_) => "entry",
            Record::Take(_) => "take",
            Record::Oath(_) => "oath",
            Record::Consent(_) => "consent",
            Record::Feedback(_) => "feedback",
        }
    }
}
