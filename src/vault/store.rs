//! The vault on disk: opening (with the lock), unlocking, repairing a lost `vault.ron`, pinning the
//! recipient and re-wrapping the identity.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use age::x25519;
use serde::{Deserialize, Serialize};

use super::crypto::parse_identity_text;
use super::fsio;
use super::pin::Known;
use super::timefmt::now_secs;
use super::{FORMAT, Unlocked, VaultError};

/// The plaintext description of a vault.
pub(crate) const VAULT_FILE: &str = "vault.ron";
/// The identity, encrypted with the passphrase.
pub(crate) const IDENTITY_FILE: &str = "identity.age";
/// The identity, encrypted with the recovery code.
pub(crate) const RECOVERY_FILE: &str = "recovery.age";
/// The folder of sealed records.
pub(crate) const RECORDS_DIR: &str = "records";
/// The folder of captures written while locked, waiting for adoption.
pub(crate) const INBOX_DIR: &str = "inbox";
/// The folder of sealed device manifests.
pub(crate) const MANIFESTS_DIR: &str = "manifests";
/// The first format, without seals; still read, and migrated at the first unlock.
pub(crate) const FORMAT_1: u32 = 1;

/// The contents of `vault.ron`.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct VaultFile {
    pub(crate) format: u32,
    pub(crate) created: i64,
    pub(crate) recipient: String,
}

impl VaultFile {
    /// The file's text.
    pub(crate) fn to_text(&self) -> Result<String, VaultError> {
        let ron = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .map_err(|e| VaultError::format(VAULT_FILE, format!("could not be written: {e}")))?;
        Ok(format!("{ron}\n"))
    }
}

/// Just the version of `vault.ron`, read first so a newer layout is refused, not misread.
#[derive(Deserialize)]
struct VaultFileHead {
    format: u32,
}

/// The vault's public key, parsed and as text.
#[derive(Debug)]
pub(crate) struct Key {
    pub(crate) recipient: x25519::Recipient,
    pub(crate) text: String,
}

/// An opened data folder. Opened by [`Vault::open`] it holds the writer lock (`.lock`) for as
/// long as it lives, so a second instance of the app gets [`VaultError::Locked`]; opened by
/// [`Vault::open_reader`] it holds none and takes the lock only for each write.
#[derive(Debug)]
pub struct Vault {
    pub(super) dir: PathBuf,
    /// From `vault.ron`; unset while `vault.ron` is missing, until an unlock repairs it.
    pub(super) key: OnceLock<Key>,
    pub(super) created: i64,
    /// The format `vault.ron` says: 1 until the first unlock migrates it.
    pub(super) format: AtomicU32,
    /// The config dir, when the recipient is pinned there.
    pub(super) pins: Option<PathBuf>,
    /// What the config dir knows about this vault.
    pub(super) known: Mutex<Option<Known>>,
    /// The writer lock for the vault's lifetime, or `None` for a reader.
    lock: Option<File>,
    /// How long a reader's write waits for the lock.
    lock_wait: Duration,
}

impl Vault {
    /// A vault value around a lock already taken (`None` for a reader, whose writes each take
    /// it, waiting up to `lock_wait`).
    pub(crate) fn from_parts(
        dir: &Path,
        recipient: Option<&str>,
        created: i64,
        format: u32,
        lock: Option<File>,
        lock_wait: Duration,
    ) -> Result<Vault, VaultError> {
        let key = OnceLock::new();
        if let Some(text) = recipient {
            let recipient = text.parse().map_err(|_| {
                VaultError::format(VAULT_FILE, "its recipient is not an age public key (age1…)")
            })?;
            let _ = key.set(Key {
                recipient,
                text: text.to_owned(),
            });
        }
        Ok(Vault {
            dir: dir.to_owned(),
            key,
            created,
            format: AtomicU32::new(format),
            pins: None,
            known: Mutex::new(None),
            lock,
            lock_wait,
        })
    }

    /// Opens the vault in `dir`: takes the lock, reads `vault.ron` and removes temp files left by
    /// an interrupted write. A vault whose `vault.ron` is missing (or a folder) opens too; its
    /// key is known again after [`Vault::unlock`], which rewrites the file. Waits only briefly
    /// for the lock (the app's "one instance" check).
    pub fn open(dir: &Path) -> Result<Vault, VaultError> {
        Self::open_waiting(dir, fsio::APP_LOCK_WAIT)
    }

    /// Like [`Vault::open`], waiting up to `wait` for another writer to finish (the command line
    /// waits; the app does not).
    pub fn open_waiting(dir: &Path, wait: Duration) -> Result<Vault, VaultError> {
        if !Self::exists(dir) {
            return Err(VaultError::NotAVault(dir.to_owned()));
        }
        let lock = fsio::lock(dir, wait)?;
        let vault = Self::from_folder(dir, Some(lock), wait)?;
        let records = dir.join(RECORDS_DIR);
        fsio::create_private_dir(&records)?;
        fsio::remove_temp_files(dir)?;
        fsio::remove_temp_files(&records)?;
        fsio::remove_temp_files(&dir.join(INBOX_DIR))?;
        fsio::remove_temp_files(&dir.join(MANIFESTS_DIR))?;
        fsio::remove_temp_files(&dir.join(super::drafts::DRAFTS_DIR))?;
        Ok(vault)
    }

    /// Opens the vault for reading: no lock, nothing created or removed, so it works beside a
    /// running app or writer and on read-only media. A write through it (a save, a migration,
    /// a repaired `vault.ron`) takes the lock for that write only, waiting up to `lock_wait`.
    pub fn open_reader(dir: &Path, lock_wait: Duration) -> Result<Vault, VaultError> {
        if !Self::exists(dir) {
            return Err(VaultError::NotAVault(dir.to_owned()));
        }
        Self::from_folder(dir, None, lock_wait)
    }

    /// The vault as `vault.ron` describes it, or with its key unknown while that file is missing.
    fn from_folder(dir: &Path, lock: Option<File>, wait: Duration) -> Result<Vault, VaultError> {
        if dir.join(VAULT_FILE).is_file() {
            let file = read_vault_file(dir)?;
            let recipient = Some(file.recipient.as_str());
            Vault::from_parts(dir, recipient, file.created, file.format, lock, wait)
        } else {
            Vault::from_parts(dir, None, now_secs(), FORMAT, lock, wait)
        }
    }

    /// The lock for one write: `None` when this vault holds it already. Every write into the
    /// data folder goes through it, so a reader's occasional write never races a writer.
    pub(crate) fn write_guard(&self) -> Result<Option<File>, VaultError> {
        self.write_guard_within(self.lock_wait)
    }

    /// Like [`Vault::write_guard`], waiting at most `wait` (zero: only if the lock is free now).
    pub(crate) fn write_guard_within(&self, wait: Duration) -> Result<Option<File>, VaultError> {
        match self.lock {
            Some(_) => Ok(None),
            None => fsio::lock(&self.dir, wait).map(Some),
        }
    }

    /// Whether this vault holds the writer lock for its lifetime (the app), not only per write.
    pub(crate) fn is_writer(&self) -> bool {
        self.lock.is_some()
    }

    /// The data folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The public key records are encrypted to, `age1…`, as `vault.ron` names it; `None` while
    /// `vault.ron` is missing.
    pub fn recipient(&self) -> Option<&str> {
        self.key.get().map(|k| k.text.as_str())
    }

    /// When the vault was created, Unix seconds.
    pub fn created(&self) -> i64 {
        self.created
    }

    /// The format `vault.ron` says (1 until the first unlock migrates it).
    pub fn format(&self) -> u32 {
        self.format.load(Ordering::Relaxed)
    }

    /// Removes `records/<file_name>`, e.g. a conflict copy the user chose to drop. Only a plain
    /// file name inside `records/` is accepted.
    pub fn delete(&self, file_name: &str) -> Result<(), VaultError> {
        let plain = !file_name.is_empty()
            && !file_name.starts_with('.')
            && !file_name.contains(['/', '\\', '\0']);
        if !plain {
            return Err(VaultError::InvalidFileName(file_name.to_owned()));
        }
        let dir = self.records_dir();
        let path = dir.join(file_name);
        let _guard = self.write_guard()?;
        let meta = fs::symlink_metadata(&path).map_err(|e| VaultError::io(&path, e))?;
        if meta.is_dir() {
            return Err(VaultError::InvalidFileName(file_name.to_owned()));
        }
        fs::remove_file(&path).map_err(|e| VaultError::io(&path, e))?;
        fsio::sync_dir(&dir)
    }

    /// The names of the files in `records/` (hidden and temp files left out), sorted.
    pub fn record_files(&self) -> Result<Vec<String>, VaultError> {
        let dir = self.records_dir();
        let mut names = Vec::new();
        for entry in fs::read_dir(&dir).map_err(|e| VaultError::io(&dir, e))? {
            let entry = entry.map_err(|e| VaultError::io(&dir, e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let is_file = entry.file_type().is_ok_and(|t| t.is_file());
            if is_file && !name.starts_with('.') {
                names.push(name);
            }
        }
        names.sort();
        Ok(names)
    }

    /// `<dir>/records`.
    pub(crate) fn records_dir(&self) -> PathBuf {
        self.dir.join(RECORDS_DIR)
    }

    /// Parses a decrypted identity and makes sure it is this vault's; repairs a missing
    /// `vault.ron` from it and pins its key.
    pub(super) fn check_identity(&self, file: &str, text: &[u8]) -> Result<Unlocked, VaultError> {
        let unlocked = parse_identity_text(file, text, self.created)?;
        match self.key.get() {
            Some(key) if key.text != unlocked.recipient() => {
                return Err(VaultError::format(
                    file,
                    "it holds the key of another vault (its public key differs from vault.ron)",
                ));
            }
            Some(_) => {}
            None => self.rebuild(&unlocked)?,
        }
        // Best effort: the identity proves the key, so a config dir that cannot be written
        // must not lock the user out; captures keep checking against the old pin until then.
        let _ = self.repin(&unlocked);
        Ok(unlocked)
    }

    /// Writes `vault.ron` again from the identity: the recipient follows from the key. Format 2
    /// if this device or a manifest saw the vault sealed, else format 1 (migrated next).
    fn rebuild(&self, unlocked: &Unlocked) -> Result<(), VaultError> {
        let _guard = self.write_guard()?;
        let path = self.dir.join(VAULT_FILE);
        if path.is_dir() {
            fs::remove_dir(&path).map_err(|_| {
                VaultError::format(
                    VAULT_FILE,
                    "it is a folder with files in it; move it away and unlock again",
                )
            })?;
        }
        let has_manifests =
            fs::read_dir(self.dir.join(MANIFESTS_DIR)).is_ok_and(|mut d| d.next().is_some());
        let sealed = has_manifests || self.known().is_some_and(|k| k.sealed);
        let format = if sealed { FORMAT } else { FORMAT_1 };
        let recipient = unlocked.recipient();
        let text = VaultFile {
            format,
            created: self.created,
            recipient: recipient.clone(),
        }
        .to_text()?;
        fsio::place_all_new(&self.dir, &[(VAULT_FILE, text.as_bytes())])?;
        self.format.store(format, Ordering::Relaxed);
        let parsed = recipient
            .parse()
            .map_err(|e: &str| VaultError::Crypto(e.to_owned()))?;
        let _ = self.key.set(Key {
            recipient: parsed,
            text: recipient,
        });
        Ok(())
    }

    /// Refuses an identity that is not this vault's.
    pub(crate) fn check_ours(&self, unlocked: &Unlocked) -> Result<(), VaultError> {
        if self
            .key
            .get()
            .is_some_and(|k| k.text == unlocked.recipient())
        {
            Ok(())
        } else {
            Err(VaultError::Crypto(
                "this key does not belong to this vault".to_owned(),
            ))
        }
    }
}

/// Reads and checks `vault.ron`.
fn read_vault_file(dir: &Path) -> Result<VaultFile, VaultError> {
    let bytes = fsio::read(&dir.join(VAULT_FILE))?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| VaultError::format(VAULT_FILE, "it is not UTF-8 text"))?;
    let ron_error = |e: ron::error::SpannedError| {
        VaultError::format(
            VAULT_FILE,
            format!("{}:{}: {}", e.span.start.line, e.span.start.col, e.code),
        )
    };
    let head: VaultFileHead = ron::from_str(text).map_err(ron_error)?;
    if head.format > FORMAT {
        return Err(VaultError::UnsupportedVersion(head.format));
    }
    if head.format != FORMAT && head.format != FORMAT_1 {
        return Err(VaultError::format(
            VAULT_FILE,
            format!("format {} is not a valid vault format", head.format),
        ));
    }
    ron::from_str(text).map_err(ron_error)
}
