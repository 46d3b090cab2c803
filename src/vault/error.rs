//! The vault's error type.

use std::io;
use std::path::PathBuf;

/// Everything that can go wrong with the vault, as a sentence that says what happened.
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    /// The folder holds no `vault.ron`.
    #[error("{} is not a vault (it has no vault.ron)", .0.display())]
    NotAVault(PathBuf),
    /// `create` was asked to create a vault where one already exists.
    #[error("a vault already exists in this folder")]
    AlreadyExists,
    /// Another running instance holds the vault's writer lock and did not let go in time.
    #[error(
        "another instance of the app is using this vault ({holder}); waited {} s for it; close it and try again",
        waited_ms.div_ceil(1000)
    )]
    Locked {
        /// Who holds it, as the holder wrote it into `.lock` (pid and command).
        holder: String,
        /// How long we waited, in milliseconds.
        waited_ms: u64,
    },
    /// A file in the vault is larger than such a file can be; it was not read.
    #[error("{} is larger than {limit} bytes, more than a vault file can be; it was not read", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The cap in bytes.
        limit: u64,
    },
    /// `create` found a key or records in the folder and wrote nothing.
    #[error(
        "this folder already holds {0}; nothing was changed (a vault whose vault.ron is missing opens with its passphrase and is repaired)"
    )]
    Occupied(String),
    /// `vault.ron` names another public key than the one this device pinned for the folder.
    #[error(
        "vault.ron names the key {found}, but this device knows this vault by the key {pinned}; nothing was saved (unlock with your passphrase to check which is right)"
    )]
    PinMismatch {
        /// The key pinned in the config dir.
        pinned: String,
        /// The key vault.ron names now.
        found: String,
    },
    /// The vault's public key is unknown until it is unlocked (`vault.ron` is missing).
    #[error("vault.ron is missing, so the vault's key is unknown; unlock it once to repair it")]
    NoRecipient,
    /// A capture waiting for adoption has no such id.
    #[error("no capture waiting for adoption has the id {0}")]
    NoSuchCapture(String),
    /// The passphrase does not open `identity.age`.
    #[error("the passphrase is not correct")]
    WrongPassphrase,
    /// A passphrase-protected key file is damaged so that no passphrase can open it.
    #[error(
        "{file} is damaged ({reason}), so no passphrase can open it; restore it from a backup or use the recovery code"
    )]
    DamagedKeyFile {
        /// `identity.age` or `recovery.age`.
        file: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The recovery code is malformed or does not open `recovery.age`.
    #[error("the recovery code is not correct")]
    WrongRecoveryCode,
    /// The new passphrase is too easy to guess; the reason says why.
    #[error("the passphrase is too easy to guess: {0}")]
    WeakPassphrase(String),
    /// A file or folder could not be read or written.
    #[error("could not access {}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said.
        source: io::Error,
    },
    /// A vault file is damaged or not what it should be.
    #[error("{file}: {reason}")]
    Format {
        /// The file's name inside the vault.
        file: String,
        /// What is wrong, in one sentence.
        reason: String,
    },
    /// `vault.ron` was written by a newer version of the app.
    #[error("this vault has format {0}, made by a newer version of the app; please update")]
    UnsupportedVersion(u32),
    /// The encryption library failed in a way that is not the user's doing.
    #[error("encryption failed: {0}")]
    Crypto(String),
    /// A file name given to `delete` is not a plain name inside `records/`.
    #[error("{0:?} is not the name of a file in records/")]
    InvalidFileName(String),
    /// No entry or completed questionnaire in the vault has this id.
    #[error("no entry or questionnaire take has the id {0:?}")]
    NoSuchRecord(String),
    /// Nothing in the trash can be restored under this id.
    #[error("nothing in the trash has the id {0:?}")]
    NotInTrash(String),
    /// The record is a consent receipt: evidence of what was shared, never deleted.
    #[error("{0} is a consent receipt, evidence of what was shared; receipts are never deleted")]
    Evidence(String),
    /// The entry has no kept version with this number.
    #[error("entry {id} has no earlier version {version}")]
    NoSuchVersion {
        /// The entry id.
        id: String,
        /// The version asked for.
        version: u64,
    },
}

impl VaultError {
    /// An I/O error on `path`.
    pub(crate) fn io(path: impl Into<PathBuf>, source: io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }

    /// A problem with the vault file `file`.
    pub(crate) fn format(file: &str, reason: impl Into<String>) -> Self {
        Self::Format {
            file: file.to_owned(),
            reason: reason.into(),
        }
    }
}
