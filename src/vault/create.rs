//! Creating a vault: never over anything that is there, and all or nothing.

use std::fs;
use std::path::Path;

use age::secrecy::{ExposeSecret, SecretString};
use age::x25519;

use super::crypto::encrypt_with_passphrase;
use super::fsio;
use super::keys::check_strength;
use super::store::{
    IDENTITY_FILE, INBOX_DIR, MANIFESTS_DIR, RECORDS_DIR, RECOVERY_FILE, VAULT_FILE, VaultFile,
};
use super::timefmt::now_secs;
use super::{FORMAT, RecoveryCode, Unlocked, Vault, VaultError, WORK_FACTOR};

impl Vault {
    /// Whether `dir` holds a vault: a `vault.ron`, or an `identity.age` whose `vault.ron` went
    /// missing (it is rebuilt at the next unlock).
    pub fn exists(dir: &Path) -> bool {
        dir.join(VAULT_FILE).is_file() || fs::symlink_metadata(dir.join(IDENTITY_FILE)).is_ok()
    }

    /// Creates a vault in `dir` protected by `passphrase`, and returns it opened with its recovery
    /// code (show it once). Refuses a passphrase that scores below 3, and any folder that already
    /// holds a key or a record ([`VaultError::Occupied`]): nothing is ever written over.
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
        refuse_occupied(dir)?;
        fsio::create_private_dir(dir)?;
        let lock = fsio::lock(dir, fsio::APP_LOCK_WAIT)?;
        // Another instance may have created it between the check and the lock.
        refuse_occupied(dir)?;
        let created = now_secs();
        let unlocked = Unlocked::new(x25519::Identity::generate(), created);
        let text = unlocked.identity_file_text();
        let text = text.expose_secret().as_bytes();
        let code = RecoveryCode::generate();
        let identity_age = encrypt_with_passphrase(passphrase, log_n, text)?;
        let recovery_age = encrypt_with_passphrase(code.as_secret(), log_n, text)?;
        let recipient = unlocked.recipient();
        let vault_ron = VaultFile {
            format: FORMAT,
            created,
            recipient: recipient.clone(),
        }
        .to_text()?;
        fsio::create_private_dir(&dir.join(RECORDS_DIR))?;
        // vault.ron last: a folder with a key but no vault.ron opens and is rebuilt at unlock.
        fsio::place_all_new(
            dir,
            &[
                (IDENTITY_FILE, &identity_age),
                (RECOVERY_FILE, &recovery_age),
                (VAULT_FILE, vault_ron.as_bytes()),
            ],
        )?;
        let vault = Vault::from_parts(
            dir,
            Some(&recipient),
            created,
            FORMAT,
            Some(lock),
            fsio::APP_LOCK_WAIT,
        )?;
        Ok((vault, code))
    }
}

/// Refuses a folder that holds a vault file or any record, naming what is there.
fn refuse_occupied(dir: &Path) -> Result<(), VaultError> {
    if dir.join(VAULT_FILE).is_file() {
        return Err(VaultError::AlreadyExists);
    }
    let mut found = Vec::new();
    for name in [VAULT_FILE, IDENTITY_FILE, RECOVERY_FILE] {
        if let Ok(meta) = fs::symlink_metadata(dir.join(name)) {
            let what = if meta.is_dir() { " (a folder)" } else { "" };
            found.push(format!("{name}{what}"));
        }
    }
    for sub in [RECORDS_DIR, INBOX_DIR, MANIFESTS_DIR] {
        let path = dir.join(sub);
        let count = match fs::read_dir(&path) {
            Ok(entries) => entries
                .filter_map(Result::ok)
                .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                .count(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => 0,
            Err(e) => return Err(VaultError::io(&path, e)),
        };
        if count > 0 {
            found.push(format!("{count} file(s) in {sub}/"));
        }
    }
    if found.is_empty() {
        Ok(())
    } else {
        Err(VaultError::Occupied(found.join(", ")))
    }
}
