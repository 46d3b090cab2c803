//! Device manifests: each device keeps, sealed, the ids and versions of the records it knows in
//! `manifests/<device>.age`. Every device writes only its own file, so sync tools never see two
//! writers; together the manifests name a record that went missing or was rolled back.

use std::collections::BTreeMap;
use std::fs;

use serde::{Deserialize, Serialize};

use super::crypto::{decrypt, encrypt_to};
use super::load::{RECURSION_LIMIT, decrypt_reason, read_record, ron_reason};
use super::seal::{Domain, Opened};
use super::store::MANIFESTS_DIR;
use super::timefmt::now_secs;
use super::{LoadFailure, Unlocked, Vault, VaultError, fsio};

/// The plaintext of a manifest (before its seal line).
#[derive(Serialize, Deserialize)]
struct Manifest {
    /// The device that wrote it; also its file name.
    device: String,
    /// When it was written, Unix seconds.
    written: i64,
    /// Record id → the highest version this device saw sealed.
    records: BTreeMap<String, u64>,
}

/// What all manifests together know: record id → (highest version, a device that knows it).
pub(crate) type Knowledge = BTreeMap<String, (u64, String)>;

impl Vault {
    /// Seals and writes this device's manifest listing `records` (id → version).
    pub(crate) fn write_manifest(
        &self,
        unlocked: &Unlocked,
        records: &BTreeMap<String, u64>,
    ) -> Result<(), VaultError> {
        let _guard = self.write_guard()?;
        self.write_manifest_locked(unlocked, records)
    }

    /// Writes this device's manifest only if the lock is free right now: for the refresh at
    /// unlock, which must never make a reader (`ruimte list` beside the app) wait.
    pub(crate) fn refresh_manifest(
        &self,
        unlocked: &Unlocked,
        records: &BTreeMap<String, u64>,
    ) -> Result<(), VaultError> {
        let own = self
            .dir()
            .join(MANIFESTS_DIR)
            .join(format!("{}.age", self.device()));
        if read_one(&own, unlocked).is_ok_and(|m| &m.records == records) {
            // Nothing new: a vault on read-only media, or beside a writer, stays untouched.
            return Ok(());
        }
        let _guard = self.write_guard_within(std::time::Duration::ZERO)?;
        self.write_manifest_locked(unlocked, records)
    }

    /// Seals and writes the manifest; the caller holds the lock.
    fn write_manifest_locked(
        &self,
        unlocked: &Unlocked,
        records: &BTreeMap<String, u64>,
    ) -> Result<(), VaultError> {
        self.check_ours(unlocked)?;
        let device = self.device();
        let name = format!("{device}.age");
        let manifest = Manifest {
            device,
            written: now_secs(),
            records: records.clone(),
        };
        let mut text = ron::to_string(&manifest)
            .map_err(|e| VaultError::format(&name, format!("could not be written: {e}")))?;
        text.push('\n');
        let line = unlocked
            .seal_key()
            .seal_line(Domain::Manifest, text.as_bytes());
        text.push_str(&line);
        let ciphertext = encrypt_to(&unlocked.identity().to_public(), text.as_bytes())?;
        let dir = self.dir().join(MANIFESTS_DIR);
        fsio::create_private_dir(&dir)?;
        fsio::write_atomic(&dir, &name, &ciphertext)?;
        // Best effort: the manifest is written; a pin that cannot note it only means a deleted
        // manifest goes unnamed on this device.
        let _ = self.note_manifest_written();
        Ok(())
    }

    /// Reads every manifest; one that fails to decrypt or whose seal does not verify is a
    /// failure named `manifests/<file>`, and what it claims is ignored.
    pub(crate) fn read_manifests(&self, unlocked: &Unlocked) -> (Knowledge, Vec<LoadFailure>) {
        let dir = self.dir().join(MANIFESTS_DIR);
        let mut knowledge = Knowledge::new();
        let mut failures = Vec::new();
        let own = format!("{}.age", self.device());
        if self.known().is_some_and(|k| k.manifest) && !dir.join(&own).is_file() {
            failures.push(LoadFailure {
                file: format!("{MANIFESTS_DIR}/{own}"),
                reason: "this device's manifest is gone (deleted, or the folder was emptied)"
                    .to_owned(),
            });
        }
        let Ok(entries) = fs::read_dir(&dir) else {
            return (knowledge, failures);
        };
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with('.'))
            .collect();
        names.sort();
        for name in names {
            match read_one(&dir.join(&name), unlocked) {
                Ok(m) => {
                    for (id, version) in m.records {
                        let slot = knowledge.entry(id).or_insert((0, m.device.clone()));
                        if version > slot.0 {
                            *slot = (version, m.device.clone());
                        }
                    }
                }
                Err(reason) => failures.push(LoadFailure {
                    file: format!("{MANIFESTS_DIR}/{name}"),
                    reason,
                }),
            }
        }
        (knowledge, failures)
    }
}

/// Decrypts, checks the seal of and parses one manifest.
fn read_one(path: &std::path::Path, unlocked: &Unlocked) -> Result<Manifest, String> {
    let bytes = read_record(path)?;
    let plaintext = decrypt(unlocked.identity(), &bytes).map_err(|f| decrypt_reason(&f))?;
    let text = std::str::from_utf8(&plaintext)
        .map_err(|_| "its decrypted contents are not text".to_owned())?;
    let text = match unlocked.seal_key().open(Domain::Manifest, text) {
        Opened::Sealed(t) => t,
        Opened::Unsealed(_) => return Err("it carries no seal".to_owned()),
        Opened::BadSeal(_) => {
            return Err("its seal does not verify (changed, or written without the key)".into());
        }
    };
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    options.from_str(text).map_err(ron_reason)
}
