//! The export room's error type.

use std::path::PathBuf;

use crate::vault::VaultError;

/// Everything that can go wrong when sharing a summary or reading one, as one sentence.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The consent tick is missing.
    #[error("the consent is not confirmed; tick \"I share exactly this preview\" first")]
    NotConfirmed,
    /// No coach named.
    #[error("name the coach this summary is for")]
    NoCoach,
    /// No purpose given.
    #[error("say why you share this summary")]
    NoPurpose,
    /// No entry found and no profile to share.
    #[error("choose at least one entry or the profile to share")]
    NothingSelected,
    /// The coach's `age1…` key does not parse; the reason says why.
    #[error("the coach's key is not valid: {0}")]
    BadRecipient(String),
    /// The age library failed to encrypt.
    #[error("encryption failed: {0}")]
    Encrypt(String),
    /// The vault could not keep the record or decrypt.
    #[error("{0}")]
    Vault(#[from] VaultError),
    /// The export file already exists and overwriting was not allowed.
    #[error("{} already exists; choose another name or allow overwriting", .0.display())]
    Exists(PathBuf),
    /// A file could not be written.
    #[error("could not write {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The file was altered or truncated after encryption.
    #[error("this file was changed or damaged after it was encrypted; ask for a new export")]
    Tampered,
    /// The file was encrypted to someone else's key.
    #[error("this file was encrypted for someone else; ask the sender to export it to your key")]
    NotForYou,
    /// The summary's signature does not verify: its text was changed or the signature forged.
    #[error(
        "this summary's signature does not match its text: it was changed, or someone signed it in another's name; do not answer it"
    )]
    BadSignature,
    /// The coach's list of known senders could not be read or written.
    #[error("the list of known senders ({0}) could not be used: {1}")]
    Senders(String, String),
    /// The decrypted text lacks the summary header.
    #[error("this file is not a summary from Ambtelijke Ruimte")]
    NotASummary,
    /// A file could not be read (or is no regular file, or far too large for one of ours).
    #[error("{0}")]
    Read(#[from] crate::input::ReadError),
    /// The text to share changed between the preview and the export.
    #[error("the summary changed after the preview; look at the preview again and confirm")]
    PreviewChanged,
    /// The decrypted text is not a feedback file.
    #[error("this file is not feedback from a coach")]
    NotFeedback,
}
