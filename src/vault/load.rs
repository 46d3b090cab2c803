//! Loading every record in parallel: each file decrypts, parses and checks on its own, so one
//! damaged file is reported by name while the others load.

use std::collections::BTreeMap;
use std::path::Path;

use age::DecryptError;
use age::x25519;
use rayon::prelude::{IntoParallelIterator, ParallelIterator};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::crypto::{DecryptFailure, decrypt};
use super::envelope::{FileKind, classify};
use super::fsio::{self, MAX_RECORD_BYTES};
use super::{Conflict, Envelope, FORMAT, LoadFailure, LoadReport, Unlocked, Vault, VaultError};

/// The deepest nesting we accept in a record.
const RECURSION_LIMIT: usize = 64;

/// The fields checked before the body is parsed, so a newer format is refused, not misread.
#[derive(Deserialize)]
struct Head {
    id: String,
    format: u32,
}

/// What became of one file.
enum Loaded<T> {
    Record(Envelope<T>),
    Copy(String, Envelope<T>),
    Failed(LoadFailure),
}

impl Vault {
    /// Decrypts every file in `records/` in parallel. A file that fails (damaged, truncated, not
    /// ours, bad RON, a newer format, an id that is not its name) is listed in `failures` and the
    /// others still load; sync tools' conflict copies are grouped into `conflicts`. Nothing is
    /// deleted.
    pub fn load_all<T: DeserializeOwned + Send>(&self, unlocked: &Unlocked) -> LoadReport<T> {
        let dir = self.records_dir();
        let names = match self.record_files() {
            Ok(names) => names,
            Err(e) => {
                return LoadReport {
                    records: Vec::new(),
                    failures: vec![LoadFailure {
                        file: super::store::RECORDS_DIR.to_owned(),
                        reason: format!("the records folder could not be read: {e}"),
                    }],
                    conflicts: Vec::new(),
                };
            }
        };
        let identity = unlocked.identity();
        let loaded: Vec<Loaded<T>> = names
            .into_par_iter()
            .map(|name| load_one(&dir, name, identity))
            .collect();
        group(loaded)
    }
}

/// Sorts outcomes into records, failures and conflicts.
fn group<T>(loaded: Vec<Loaded<T>>) -> LoadReport<T> {
    let mut records = BTreeMap::new();
    let mut copies: BTreeMap<String, Vec<(String, Envelope<T>)>> = BTreeMap::new();
    let mut failures = Vec::new();
    for outcome in loaded {
        match outcome {
            Loaded::Record(e) => {
                records.insert(e.id.clone(), e);
            }
            Loaded::Copy(name, e) => copies.entry(e.id.clone()).or_default().push((name, e)),
            Loaded::Failed(f) => failures.push(f),
        }
    }
    let conflicts = copies
        .into_iter()
        .map(|(id, mut copies)| {
            copies.sort_by(|a, b| a.0.cmp(&b.0));
            Conflict {
                original: records.remove(&id),
                id,
                copies,
            }
        })
        .collect();
    failures.sort_by(|a: &LoadFailure, b| a.file.cmp(&b.file));
    LoadReport {
        records: records.into_values().collect(),
        failures,
        conflicts,
    }
}

/// Loads one file; any failure becomes a [`LoadFailure`] and its plaintext is wiped.
fn load_one<T: DeserializeOwned>(
    dir: &Path,
    name: String,
    identity: &x25519::Identity,
) -> Loaded<T> {
    match try_load(dir, &name, identity) {
        Ok((FileKind::ConflictCopy(_), e)) => Loaded::Copy(name, e),
        Ok((_, e)) => Loaded::Record(e),
        Err(reason) => Loaded::Failed(LoadFailure {
            file: name,
            reason: reason.to_owned(),
        }),
    }
}

/// Decrypts, parses and checks one file, or says why not.
fn try_load<T: DeserializeOwned>(
    dir: &Path,
    name: &str,
    identity: &x25519::Identity,
) -> Result<(FileKind, Envelope<T>), String> {
    let kind = classify(name);
    let id = match &kind {
        FileKind::Record(id) | FileKind::ConflictCopy(id) => id.clone(),
        FileKind::Unknown => {
            return Err("its name is not a record id followed by .age".to_owned());
        }
    };
    let bytes = read_record(&dir.join(name))?;
    let plaintext = decrypt(identity, &bytes).map_err(|f| decrypt_reason(&f).to_owned())?;
    let text = std::str::from_utf8(&plaintext)
        .map_err(|_| "its decrypted contents are not text".to_owned())?;
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    // Positions only: a RON error message can quote the record's own text.
    let ron_reason = |e: ron::error::SpannedError| {
        format!(
            "its contents are not a valid record (RON error at line {}, column {})",
            e.span.start.line, e.span.start.col
        )
    };
    let head: Head = options.from_str(text).map_err(ron_reason)?;
    if head.format > FORMAT {
        return Err(format!(
            "it was made by a newer version of the app (record format {})",
            head.format
        ));
    }
    if head.format != FORMAT {
        return Err(format!("its format version {} is not valid", head.format));
    }
    if head.id != id {
        return Err("its id does not match its file name (was it renamed?)".to_owned());
    }
    let envelope = options.from_str(text).map_err(ron_reason)?;
    Ok((kind, envelope))
}

/// A record's bytes, at most [`MAX_RECORD_BYTES`] (a larger file is named, never read whole).
fn read_record(path: &Path) -> Result<Vec<u8>, String> {
    fsio::read_capped(path, MAX_RECORD_BYTES).map_err(|e| match e {
        VaultError::TooLarge { limit, .. } => {
            format!("it is larger than {limit} bytes, more than a record can be; it was not read")
        }
        VaultError::Io { source, .. } => format!("it could not be read: {source}"),
        other => format!("it could not be read: {other}"),
    })
}

/// One sentence for a decryption failure.
fn decrypt_reason(failure: &DecryptFailure) -> &'static str {
    match failure {
        DecryptFailure::Header(DecryptError::NoMatchingKeys) => {
            "it is not encrypted to this vault's key (or its header was altered)"
        }
        DecryptFailure::Header(DecryptError::InvalidMac) => {
            "its header was altered (the header MAC does not match)"
        }
        DecryptFailure::Header(
            DecryptError::DecryptionFailed | DecryptError::KeyDecryptionFailed,
        ) => "its key stanza was altered or made for another key",
        DecryptFailure::Header(DecryptError::UnknownFormat) => {
            "it is an age file of an unknown version"
        }
        DecryptFailure::Header(_) => "it is not an age file or its header is damaged",
        DecryptFailure::Payload => "it is truncated or its contents were altered",
    }
}
