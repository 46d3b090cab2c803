//! The dilemma journal: entries linked to tactics and boards, the boundary prompts (oath,
//! confidant, moral deliberation) that become prominent when a tactic stretches today's ethics,
//! follow-ups, and filtering and search over thousands of entries.
//!
//! Pure domain logic: no egui, no files, no clock (callers pass `today`). The vault stores and
//! encrypts entries; the UI edits them through these types.

#![warn(missing_docs)]

mod date;
mod entry;
mod filter;
#[cfg(any(test, feature = "test-support"))]
mod generate;
mod index;
mod oath;
mod prompts;

pub use date::Date;
pub use entry::{
    ConfidantAnswer, Deliberation, Entry, EntryProblem, FollowUp, OathAnswer, Status, YesNo,
};
pub use filter::{JournalFilter, SortBy, all_tags, tactic_counts};
#[cfg(any(test, feature = "test-support"))]
pub use generate::generate;
pub use index::Journal;
pub use oath::{OathTemplate, OathText, oath_template_note, oath_templates};
pub use prompts::Prompt;
