//! The keys of a vault: unlocking with the passphrase or the recovery code, a new passphrase,
//! a new recovery code.

use std::fs;

use age::secrecy::{ExposeSecret, SecretString};

use super::crypto::{decrypt_with_passphrase, encrypt_with_passphrase, scrypt_work_factor};
use super::fsio;
use super::store::{IDENTITY_FILE, RECOVERY_FILE};
use super::{MAX_WORK_FACTOR, RecoveryCode, Unlocked, Vault, VaultError, WORK_FACTOR, strength};

impl Vault {
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
        let _guard = self.write_guard()?;
        fsio::write_atomic(&self.dir, file, &ciphertext)
    }
}

/// Refuses a passphrase that scores below 3, naming the first issue.
pub(crate) fn check_strength(passphrase: &SecretString) -> Result<(), VaultError> {
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
