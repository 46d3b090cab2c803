//! Sharing with a coach by consent: the scope of a summary, its rendering, encryption to the
//! coach, the consent receipt, and the coach's feedback coming back. No egui here.
//!
//! The flow: [`prepare`] renders exactly what the coach will read (after [`redact`]), hashes it
//! and encrypts it; [`export`] also keeps the [`ConsentRecord`] in the vault; the caller writes
//! the file with [`write_export`]. The coach opens it with [`open_summary`] and answers with
//! [`feedback_file`]; the coachee reads that back with [`import_feedback`].

mod consent;
mod crypt;
mod display;
mod error;
mod feedback;
mod files;
mod html;
mod inbox;
mod labels;
mod model;
mod open;
mod prepare;
mod redact;
mod render;

pub use consent::{check_consent, consent_problems};
pub use crypt::{
    Signed, check_signature, encrypt_armored, parse_recipient, sha256_hex, sign_summary,
};
pub use display::{Displayed, for_display, mark_redactions};
pub use error::ExportError;
pub use feedback::{FeedbackFile, feedback_file, import_feedback};
pub use files::{
    free_export_path, import_feedback_file, open_summary_file, read_shared_file, write_text_file,
};
pub use html::render_html;
pub use inbox::{Inbox, InboxItem, delete_received, keep_received, list_inbox};
pub use model::{Consent, ConsentRecord, FeedbackRecord, Output, Parts, Scope, Selection};
pub use open::{OpenedSummary, Sender, SummaryHeader, check_sender, open_summary};
pub use prepare::{Prepared, deliver, prepare, prepare_export, prepare_signed, write_export};
pub use redact::{REDACTED, redact, redact_with, redaction_ranges, redaction_ranges_with};
pub use render::{MARKER, RenderInput, render_markdown};
