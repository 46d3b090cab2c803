//! The vault on disk: creating, opening (with the lock), unlocking, re-wrapping and saving.

use std::fmt::Write as _;
use std::fs::{self, File};
use std::path::{Path, PathBuf};

use age::secrecy::{ExposeSecret, SecretString};
use age::x25519;
use serde::{Deserialize, Serialize};

use super::crypto::{
    SecretBuf, decrypt_with_passphrase, encrypt_to, encrypt_with_passphrase, parse_identity_text,
    scrypt_work_factor,
};
use super::envelope::is_canonical_id;
use super::fsio;
use super::timefmt::now_secs;
use super::{
    Envelope, FORMAT, MAX_WORK_FACTOR, RecoveryCode, Unlocked, VaultError, WORK_FACTOR, strength,
};

/// The plaintext description of a vault.
pub(crate) const VAULT_FILE: &str = "vault.ron";
/// The identity, encrypted with the passphrase.
pub(crate) const IDENTITY_FILE: &str = "identity.age";
/// The identity, encrypted with the recovery code.
pub(crate) const RECOVERY_FILE: &str = "recovery.age";
/// The folder of records.
pub(crate) const RECORDS_DIR: &str = "records";

/// The contents of `vault.ron`.
#[derive(Debug, Serialize, Deserialize)]
struct VaultFile {
    format: u32,
    created: i64,
    recipient: String,
}

/// Just the version of `vault.ron`, read first so a newer layout is refused, not misread.
#[derive(Deserialize)]
struct VaultFileHead {
    format: u32,
}

/// An opened data folder. It holds the writer lock (`.lock`) for as long as it lives, so a second
/// instance of the app gets [`VaultError::Locked`].
#[derive(Debug)]
pub struct Vault {
    dir: PathBuf,
    recipient: x25519::Recipient,
    recipient_text: String,
    created: i64,
    _lock: File,
}

impl Vault {
    /// Whether `dir` holds a vault (`vault.ron`).
    pub fn exists(dir: &Path) -> bool {
        dir.join(VAULT_FILE).is_file()
    }

    /// Creates a vault in `dir` protected by `passphrase`, and returns it opened with its recovery
    /// code (show it once). Refuses a passphrase that scores below 3.
    pub fn create(
        dir: &Path,
        passphrase: &SecretString,
    ) -> Result<(Vault, RecoveryCode), VaultError> {
        check_strength(passphrase)?;
        Self::create_inner(dir, passphrase, WORK_FACTOR)
    }

    /// Like [`Vault::create`] with a cheaper scrypt work factor and no strength check; for tests
    /// (the `test-support` feature).
    #[cfg(any(test, feature = "test-support"))]
    pub fn create_with_work_factor_for_tests(
        dir: &Path,
        passphrase: &SecretString,
        log_n: u8,
    ) -> Result<(Vault, RecoveryCode), VaultError> {
        Self::create_inner(dir, passphrase, log_n)
    }

    fn create_inner(
        dir: &Path,
        passphrase: &SecretString,
        log_n: u8,
    ) -> Result<(Vault, RecoveryCode), VaultError> {
        if Self::exists(dir) {
            return Err(VaultError::AlreadyExists);
        }
        fsio::create_private_dir(dir)?;
        let lock = fsio::lock(dir)?;
        // Another instance may have created it between the check and the lock.
        if Self::exists(dir) {
            return Err(VaultError::AlreadyExists);
        }
        let created = now_secs();
        let unlocked = Unlocked::new(x25519::Identity::generate(), created);
        let text = unlocked.identity_file_text();
        let text = text.expose_secret().as_bytes();
        let code = RecoveryCode::generate();
        let identity_age = encrypt_with_passphrase(passphrase, log_n, text)?;
        let recovery_age = encrypt_with_passphrase(code.as_secret(), log_n, text)?;
        fsio::write_atomic(dir, IDENTITY_FILE, &identity_age)?;
        fsio::write_atomic(dir, RECOVERY_FILE, &recovery_age)?;
        fsio::create_private_dir(&dir.join(RECORDS_DIR))?;
        let recipient_text = unlocked.recipient();
        let file = VaultFile {
            format: FORMAT,
            created,
            recipient: recipient_text.clone(),
        };
        let ron = ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::default())
            .map_err(|e| VaultError::format(VAULT_FILE, format!("could not be written: {e}")))?;
        // Written last: until it exists, the folder is not a vault and `create` may start over.
        fsio::write_atomic(dir, VAULT_FILE, format!("{ron}\n").as_bytes())?;
        let recipient = recipient_text
            .parse()
            .map_err(|e: &str| VaultError::Crypto(e.to_owned()))?;
        let vault = Vault {
            dir: dir.to_owned(),
            recipient,
            recipient_text,
            created,
            _lock: lock,
        };
        Ok((vault, code))
    }

    /// Opens the vault in `dir`: takes the lock, reads `vault.ron` and removes temp files left by
    /// an interrupted write.
    pub fn open(dir: &Path) -> Result<Vault, VaultError> {
        if !Self::exists(dir) {
            return Err(VaultError::NotAVault(dir.to_owned()));
        }
        let lock = fsio::lock(dir)?;
        let file = read_vault_file(dir)?;
        let recipient = file.recipient.parse().map_err(|_| {
            VaultError::format(VAULT_FILE, "its recipient is not an age public key (age1…)")
        })?;
        let records = dir.join(RECORDS_DIR);
        fsio::create_private_dir(&records)?;
        fsio::remove_temp_files(dir)?;
        fsio::remove_temp_files(&records)?;
        Ok(Vault {
            dir: dir.to_owned(),
            recipient,
            recipient_text: file.recipient,
            created: file.created,
            _lock: lock,
        })
    }

    /// The data folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The public key records are encrypted to, `age1…`.
    pub fn recipient(&self) -> &str {
        &self.recipient_text
    }

    /// When the vault was created, Unix seconds.
    pub fn created(&self) -> i64 {
        self.created
    }

    /// Decrypts the identity with the passphrase. A wrong passphrase changes nothing on disk.
    pub fn unlock(&self, passphrase: &SecretString) -> Result<Unlocked, VaultError> {
        let bytes = fsio::read(&self.dir.join(IDENTITY_FILE))?;
        let text = decrypt_with_passphrase(IDENTITY_FILE, passphrase, &bytes)?
            .ok_or(VaultError::WrongPassphrase)?;
        self.check_identity(IDENTITY_FILE, &text)
    }

    /// Decrypts the identity with the recovery code, typed in any case, with or without dashes.
    pub fn unlock_with_recovery(&self, code: &str) -> Result<Unlocked, VaultError> {
        let code = RecoveryCode::parse(code).ok_or(VaultError::WrongRecoveryCode)?;
        let bytes = fsio::read(&self.dir.join(RECOVERY_FILE))?;
        let text = decrypt_with_passphrase(RECOVERY_FILE, code.as_secret(), &bytes)?
            .ok_or(VaultError::WrongRecoveryCode)?;
        self.check_identity(RECOVERY_FILE, &text)
    }

    /// Re-encrypts `identity.age` with a new passphrase (atomically); records are untouched.
    pub fn change_passphrase(
        &self,
        unlocked: &Unlocked,
        new: &SecretString,
    ) -> Result<(), VaultError> {
        self.check_ours(unlocked)?;
        check_strength(new)?;
        self.rewrap(IDENTITY_FILE, unlocked, new)
    }

    /// Makes a new recovery code and re-encrypts `recovery.age` with it; the old code stops working.
    pub fn new_recovery_code(&self, unlocked: &Unlocked) -> Result<RecoveryCode, VaultError> {
        self.check_ours(unlocked)?;
        let code = RecoveryCode::generate();
        self.rewrap(RECOVERY_FILE, unlocked, code.as_secret())?;
        Ok(code)
    }

    /// Encrypts a record to the vault's key and writes `records/<id>.age` atomically. Needs no
    /// passphrase, so it works while the vault is locked; no plaintext touches the disk.
    pub fn save<T: Serialize>(&self, envelope: &Envelope<T>) -> Result<(), VaultError> {
        if !is_canonical_id(&envelope.id) {
            return Err(VaultError::format(
                RECORDS_DIR,
                "a record id must be a ULID in upper case",
            ));
        }
        let name = format!("{}.age", envelope.id);
        if envelope.format != FORMAT {
            return Err(VaultError::format(
                &name,
                format!("this version writes record format {FORMAT} only"),
            ));
        }
        let mut plaintext = SecretBuf::with_capacity(4096);
        ron::Options::default()
            .to_writer(&mut plaintext, envelope)
            .map_err(|e| VaultError::format(&name, format!("could not be serialised: {e}")))?;
        let _ = plaintext.write_char('\n');
        let ciphertext = encrypt_to(&self.recipient, plaintext.bytes())?;
        fsio::write_atomic(&self.records_dir(), &name, &ciphertext)
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

    /// Parses a decrypted identity and makes sure it is this vault's.
    fn check_identity(&self, file: &str, text: &[u8]) -> Result<Unlocked, VaultError> {
        let unlocked = parse_identity_text(file, text, self.created)?;
        if unlocked.recipient() != self.recipient_text {
            return Err(VaultError::format(
                file,
                "it holds the key of another vault (its public key differs from vault.ron)",
            ));
        }
        Ok(unlocked)
    }

    /// Refuses an identity that is not this vault's.
    fn check_ours(&self, unlocked: &Unlocked) -> Result<(), VaultError> {
        if unlocked.recipient() == self.recipient_text {
            Ok(())
        } else {
            Err(VaultError::Crypto(
                "this key does not belong to this vault".to_owned(),
            ))
        }
    }

    /// Re-encrypts the identity into `file` with `secret`, keeping the file's work factor (a
    /// vault made for tests stays cheap; a real one stays at [`WORK_FACTOR`] or above).
    fn rewrap(
        &self,
        file: &str,
        unlocked: &Unlocked,
        secret: &SecretString,
    ) -> Result<(), VaultError> {
        let current = fs::read(self.dir.join(file))
            .ok()
            .and_then(|bytes| scrypt_work_factor(&bytes))
            .unwrap_or(WORK_FACTOR)
            .min(MAX_WORK_FACTOR);
        let text = unlocked.identity_file_text();
        let ciphertext = encrypt_with_passphrase(secret, current, text.expose_secret().as_bytes())?;
        fsio::write_atomic(&self.dir, file, &ciphertext)
    }
}

/// Refuses a passphrase that scores below 3, naming the first issue.
fn check_strength(passphrase: &SecretString) -> Result<(), VaultError> {
    let s = strength(passphrase.expose_secret());
    if s.score >= 3 {
        return Ok(());
    }
    let reason = s
        .issues
        .first()
        .map_or("it is too easy to guess", |i| i.reason());
    Err(VaultError::WeakPassphrase(reason.to_owned()))
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
    if head.format != FORMAT {
        return Err(VaultError::format(
            VAULT_FILE,
            format!("format {} is not a valid vault format", head.format),
        ));
    }
    ron::from_str(text).map_err(ron_error)
}
