//! Version history: before a record is saved over, its file is copied, still encrypted and
//! sealed as it was, to `history/<id>/<version>.age`. At most [`MAX_VERSIONS`] are kept per
//! record; the oldest go first.

use std::fs;
use std::path::PathBuf;

use serde::de::DeserializeOwned;

use super::envelope::is_canonical_id;
use super::fsio::{self, MAX_RECORD_BYTES};
use super::trash::open_sealed;
use super::{Envelope, LoadFailure, Unlocked, Vault, VaultError};

/// The folder of earlier versions, one subfolder per record.
pub(crate) const HISTORY_DIR: &str = "history";
/// How many earlier versions are kept per record. Twenty saves back covers weeks of follow-ups
/// on one dilemma while a long-lived entry never grows the vault without bound.
pub const MAX_VERSIONS: usize = 20;

impl Vault {
    /// `<dir>/history/<id>`.
    fn history_dir(&self, id: &str) -> PathBuf {
        self.dir().join(HISTORY_DIR).join(id)
    }

    /// Copies `records/<id>.age`, unread, to `history/<id>/<version>.age` and drops the oldest
    /// versions beyond [`MAX_VERSIONS`]. Nothing to keep (no such file) is not an error.
    pub(crate) fn keep_version(&self, id: &str, version: u64) -> Result<(), VaultError> {
        if !is_canonical_id(id) {
            return Err(VaultError::NoSuchRecord(id.to_owned()));
        }
        let source = self.records_dir().join(format!("{id}.age"));
        let _guard = self.write_guard()?;
        if !source.is_file() {
            return Ok(());
        }
        let bytes = fsio::read_capped(&source, MAX_RECORD_BYTES)?;
        let dir = self.history_dir(id);
        fsio::create_private_dir(&self.dir().join(HISTORY_DIR))?;
        fsio::create_private_dir(&dir)?;
        fsio::write_atomic(&dir, &format!("{version}.age"), &bytes)?;
        let versions = self.version_numbers(id);
        let excess = versions.len().saturating_sub(MAX_VERSIONS);
        for old in versions.iter().take(excess) {
            let path = dir.join(format!("{old}.age"));
            fs::remove_file(&path).map_err(|e| VaultError::io(&path, e))?;
        }
        if excess > 0 {
            fsio::sync_dir(&dir)?;
        }
        Ok(())
    }

    /// The version numbers kept for `id`, oldest first.
    fn version_numbers(&self, id: &str) -> Vec<u64> {
        let Ok(entries) = fs::read_dir(self.history_dir(id)) else {
            return Vec::new();
        };
        let mut numbers: Vec<u64> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                name.strip_suffix(".age")?.parse().ok()
            })
            .collect();
        numbers.sort_unstable();
        numbers
    }

    /// Every earlier version of `id` that decrypts and carries this vault's seal, oldest first;
    /// the ones that do not are failures named `history/<id>/<file>`.
    pub fn history<T: DeserializeOwned>(
        &self,
        unlocked: &Unlocked,
        id: &str,
    ) -> (Vec<Envelope<T>>, Vec<LoadFailure>) {
        let (mut found, mut failures) = (Vec::new(), Vec::new());
        if !is_canonical_id(id) {
            return (found, failures);
        }
        let dir = self.history_dir(id);
        for n in self.version_numbers(id) {
            let name = format!("{n}.age");
            match open_sealed::<T>(&dir.join(&name), id, unlocked) {
                Ok(e) => found.push(e),
                Err(reason) => failures.push(LoadFailure {
                    file: format!("{HISTORY_DIR}/{id}/{name}"),
                    reason,
                }),
            }
        }
        found.sort_by_key(|e| (e.version, e.updated));
        (found, failures)
    }

    /// Removes every kept version of `id` (when its record leaves the trash for good).
    pub(crate) fn remove_history(&self, id: &str) -> Result<(), VaultError> {
        if !is_canonical_id(id) {
            return Ok(());
        }
        let dir = self.history_dir(id);
        match fs::remove_dir_all(&dir) {
            Ok(()) => fsio::sync_dir(&self.dir().join(HISTORY_DIR)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(VaultError::io(&dir, e)),
        }
    }
}
