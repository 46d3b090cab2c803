//! Drafts: work the user has not saved yet, kept every few seconds while the vault is unlocked
//! so that a crash, a kill or the auto-lock loses nothing. Each draft is one file
//! `drafts/<ULID>.age`: one line of RON and a seal line (the seal key, in its own domain, so a
//! record's seal never passes for a draft's), encrypted to the vault's public key. Plain text
//! never touches the disk. A draft whose seal is missing or wrong is never read as the user's
//! (see docs/FORMAT.md).

use std::fmt::{self, Write as _};
use std::fs;
use std::path::PathBuf;
use std::sync::Arc;

use age::x25519;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::crypto::{SecretBuf, decrypt, encrypt_to};
use super::envelope::{FileKind, classify, is_canonical_id};
use super::load::{RECURSION_LIMIT, decrypt_reason, read_record, ron_reason};
use super::seal::{Domain, Opened, SealKey};
use super::{LoadFailure, Unlocked, Vault, VaultError, fsio};

/// The folder of drafts inside the data folder.
pub(crate) const DRAFTS_DIR: &str = "drafts";

/// One draft as it is written: its id (the file name), when it was written (unix seconds), and
/// what it holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft<T> {
    /// A ULID, equal to the file name without `.age`.
    pub id: String,
    /// When this version of the draft was written, unix seconds.
    pub written: i64,
    /// The unsaved work.
    pub body: T,
}

/// What the drafts folder held at unlock: the sealed drafts, and the files refused (damaged,
/// unsealed, sealed by another key, or named wrongly), each named with a reason.
#[derive(Debug)]
pub struct DraftReport<T> {
    /// Drafts whose seal verifies, oldest first.
    pub drafts: Vec<Draft<T>>,
    /// Files that are not offered, named `drafts/<file>`.
    pub refused: Vec<LoadFailure>,
}

/// Writes and removes drafts without the passphrase and without the session: the vault, its
/// public key and a copy of the seal key (wiped on drop). Cheap to clone, so a job on the
/// worker can carry one; made by [`Vault::draft_writer`].
#[derive(Clone)]
pub struct DraftWriter {
    vault: Arc<Vault>,
    recipient: x25519::Recipient,
    seal: SealKey,
}

impl fmt::Debug for DraftWriter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DraftWriter")
            .field("dir", &self.vault.dir())
            .finish_non_exhaustive()
    }
}

impl Vault {
    /// A writer of drafts for this vault, with the unlocked identity's public key and seal key.
    pub fn draft_writer(self: &Arc<Self>, unlocked: &Unlocked) -> Result<DraftWriter, VaultError> {
        self.check_ours(unlocked)?;
        Ok(DraftWriter {
            vault: Arc::clone(self),
            recipient: unlocked.identity().to_public(),
            seal: unlocked.seal_key().clone(),
        })
    }

    /// `<dir>/drafts`.
    pub(crate) fn drafts_dir(&self) -> PathBuf {
        self.dir.join(DRAFTS_DIR)
    }

    /// Decrypts every draft. Only drafts whose seal verifies are returned; every other file is
    /// named in `refused` and left where it is.
    pub fn load_drafts<T: DeserializeOwned>(&self, unlocked: &Unlocked) -> DraftReport<T> {
        let dir = self.drafts_dir();
        let mut report = DraftReport {
            drafts: Vec::new(),
            refused: Vec::new(),
        };
        let Ok(entries) = fs::read_dir(&dir) else {
            return report;
        };
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with('.'))
            .collect();
        names.sort();
        for name in names {
            match load_one(self, &name, unlocked) {
                Ok(draft) => report.drafts.push(draft),
                Err(reason) => report.refused.push(LoadFailure {
                    file: format!("{DRAFTS_DIR}/{name}"),
                    reason,
                }),
            }
        }
        report.drafts.sort_by_key(|d: &Draft<T>| d.written);
        report
    }
}

impl DraftWriter {
    /// Seals `draft`, encrypts it to the vault's public key and writes `drafts/<id>.age`
    /// atomically, replacing an earlier version of the same draft.
    pub fn write<T: Serialize>(&self, draft: &Draft<T>) -> Result<(), VaultError> {
        let name = draft_name(&draft.id)?;
        let mut plaintext = SecretBuf::with_capacity(4096);
        ron::Options::default()
            .to_writer(&mut plaintext, draft)
            .map_err(|e| VaultError::format(&name, format!("could not be serialised: {e}")))?;
        let _ = plaintext.write_char('\n');
        let line = self.seal.seal_line(Domain::Draft, plaintext.bytes());
        let _ = plaintext.write_str(&line);
        let ciphertext = encrypt_to(&self.recipient, plaintext.bytes())?;
        let dir = self.vault.drafts_dir();
        let _guard = self.vault.write_guard()?;
        fsio::create_private_dir(&dir)?;
        fsio::write_atomic(&dir, &name, &ciphertext)
    }

    /// Removes `drafts/<id>.age`; a draft that is not there is fine (it was never written, or
    /// is gone already).
    pub fn remove(&self, id: &str) -> Result<(), VaultError> {
        let name = draft_name(id)?;
        let dir = self.vault.drafts_dir();
        let path = dir.join(&name);
        let _guard = self.vault.write_guard()?;
        match fs::remove_file(&path) {
            Ok(()) => fsio::sync_dir(&dir),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(VaultError::io(&path, e)),
        }
    }

    /// The vault the drafts belong to.
    pub fn vault(&self) -> &Arc<Vault> {
        &self.vault
    }
}

/// `<id>.age`, for a canonical ULID only (so no name ever leaves the folder).
fn draft_name(id: &str) -> Result<String, VaultError> {
    if is_canonical_id(id) {
        Ok(format!("{id}.age"))
    } else {
        Err(VaultError::format(
            DRAFTS_DIR,
            "a draft id must be a ULID in upper case",
        ))
    }
}

/// Decrypts, checks the seal of and parses one draft; its id must be its file name.
fn load_one<T: DeserializeOwned>(
    vault: &Vault,
    name: &str,
    unlocked: &Unlocked,
) -> Result<Draft<T>, String> {
    let FileKind::Record(id) = classify(name) else {
        return Err("its name is not a draft id followed by .age".to_owned());
    };
    let bytes = read_record(&vault.drafts_dir().join(name))?;
    let plaintext = decrypt(unlocked.identity(), &bytes).map_err(|f| decrypt_reason(&f))?;
    let text = std::str::from_utf8(&plaintext)
        .map_err(|_| "its decrypted contents are not text".to_owned())?;
    let text = match unlocked.seal_key().open(Domain::Draft, text) {
        Opened::Sealed(t) => t,
        Opened::Unsealed(_) => {
            return Err("it has no seal, so it was not written by this vault's key; it is not offered as your draft".to_owned());
        }
        Opened::BadSeal(_) => {
            return Err("its seal does not verify (changed, or sealed by another key); it is not offered as your draft".to_owned());
        }
    };
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    let draft: Draft<T> = options.from_str(text).map_err(ron_reason)?;
    if draft.id != id {
        return Err("its id does not match its file name (was it renamed?)".to_owned());
    }
    Ok(draft)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::SecretString;

    fn vault(dir: &std::path::Path) -> (Arc<Vault>, Unlocked) {
        let pass = SecretString::from("zonnepaneel-kastanje-fiets-regenjas");
        let (vault, _) = Vault::create_with_work_factor_for_tests(dir, &pass, 10).expect("create");
        let unlocked = vault.unlock(&pass).expect("unlock");
        (Arc::new(vault), unlocked)
    }

    #[test]
    fn a_draft_is_written_sealed_read_back_and_removed() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let (vault, unlocked) = vault(tmp.path());
        let writer = vault.draft_writer(&unlocked).expect("writer");
        let draft = Draft {
            id: crate::vault::new_id(),
            written: 1_700_000_000,
            body: "geheime tekst".to_owned(),
        };
        writer.write(&draft).expect("writes");
        let file = vault.drafts_dir().join(format!("{}.age", draft.id));
        let bytes = fs::read(&file).expect("the file is there");
        assert!(
            !bytes.windows(7).any(|w| w == b"geheime"),
            "no plain text on disk"
        );
        let report = vault.load_drafts::<String>(&unlocked);
        assert_eq!(report.drafts, std::slice::from_ref(&draft));
        assert!(report.refused.is_empty());
        writer.remove(&draft.id).expect("removes");
        assert!(!file.exists());
        writer.remove(&draft.id).expect("removing twice is fine");
        assert!(writer.remove("../vault").is_err());
    }

    #[test]
    fn a_record_sealed_file_or_another_key_is_not_a_draft() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let (vault, unlocked) = vault(tmp.path());
        let id = crate::vault::new_id();
        let text = format!("(id:\"{id}\",written:1,body:\"geplant\")\n");
        // Sealed as a record, not as a draft.
        let record_seal = unlocked
            .seal_key()
            .seal_line(Domain::Record, text.as_bytes());
        let other = Unlocked::for_tests();
        let foreign = other.seal_key().seal_line(Domain::Draft, text.as_bytes());
        let dir = vault.drafts_dir();
        fsio::create_private_dir(&dir).expect("dir");
        let recipient = unlocked.identity().to_public();
        for (n, extra) in [record_seal.as_str(), foreign.as_str(), ""]
            .iter()
            .enumerate()
        {
            let plain = format!("{text}{extra}");
            let ct = encrypt_to(&recipient, plain.as_bytes()).expect("encrypt");
            let name = if n == 0 {
                format!("{id}.age")
            } else {
                format!("{}.age", crate::vault::new_id())
            };
            fs::write(dir.join(name), ct).expect("plant");
        }
        let report = vault.load_drafts::<String>(&unlocked);
        assert!(report.drafts.is_empty(), "{:?}", report.drafts);
        assert_eq!(report.refused.len(), 3);
    }
}
