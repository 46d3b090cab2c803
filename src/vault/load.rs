//! Loading every record in parallel: each file decrypts, checks its seal, parses and checks on
//! its own, so one damaged file is reported by name while the others load; then the manifests
//! name what is missing or rolled back.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use age::DecryptError;
use rayon::prelude::{IntoParallelIterator, ParallelIterator};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::crypto::{DecryptFailure, decrypt};
use super::envelope::{FileKind, classify};
use super::fsio::{self, MAX_RECORD_BYTES};
use super::manifest::Knowledge;
use super::seal::{Domain, Opened};
use super::{
    Conflict, Envelope, FORMAT, LoadFailure, LoadReport, Missing, TrashNote, Unlocked, Unsealed,
    Vault, VaultError,
};

/// The deepest nesting we accept in a record.
pub(crate) const RECURSION_LIMIT: usize = 64;

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
    Unsealed(Unsealed<T>),
    Failed(LoadFailure),
}

/// What the last line of a record's plaintext said.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SealState {
    Sealed,
    None,
    Bad,
}

impl Vault {
    /// Decrypts every file in `records/` in parallel. A file that fails (damaged, truncated, not
    /// ours, bad RON, a newer format, an id that is not its name) is listed in `failures` and the
    /// others still load; sync tools' conflict copies are grouped into `conflicts`. Nothing is
    /// deleted.
    pub fn load_all<T: DeserializeOwned + Send>(&self, unlocked: &Unlocked) -> LoadReport<T> {
        let dir = self.records_dir();
        // The inbox, the manifests and the trash notes are read beside the records.
        let (
            (
                (inbox, mut inbox_failures),
                (knowledge, mut manifest_failures),
                (notes, mut trash_failures),
            ),
            listed,
        ) = rayon::join(
            || {
                (
                    self.load_inbox(unlocked),
                    self.read_manifests(unlocked),
                    self.trash_notes(unlocked),
                )
            },
            || {
                self.record_files()
                    .map(|names| self.load_records::<T>(&dir, names, unlocked))
            },
        );
        let (present, loaded) = match listed {
            Ok(listed) => listed,
            Err(e) => {
                return LoadReport {
                    records: Vec::new(),
                    unsealed: Vec::new(),
                    missing: Vec::new(),
                    inbox,
                    known: BTreeMap::new(),
                    trashed: Vec::new(),
                    failures: vec![LoadFailure {
                        file: super::store::RECORDS_DIR.to_owned(),
                        reason: format!("the records folder could not be read: {e}"),
                    }],
                    conflicts: Vec::new(),
                };
            }
        };
        let mut report = group(loaded, &knowledge, &present, &notes);
        report.inbox = inbox;
        report.trashed = notes.into_iter().filter(TrashNote::restorable).collect();
        report.failures.append(&mut inbox_failures);
        report.failures.append(&mut manifest_failures);
        report.failures.append(&mut trash_failures);
        report
    }

    /// Loads the named files in parallel, with the ids that have any file at all (such a record
    /// is damaged or in conflict, not missing).
    fn load_records<T: DeserializeOwned + Send>(
        &self,
        dir: &Path,
        names: Vec<String>,
        unlocked: &Unlocked,
    ) -> (BTreeSet<String>, Vec<Loaded<T>>) {
        let present: BTreeSet<String> = names
            .iter()
            .filter_map(|n| match classify(n) {
                FileKind::Record(id) | FileKind::ConflictCopy(id) => Some(id),
                FileKind::Unknown => None,
            })
            .collect();
        let legacy = self.may_migrate();
        let loaded = names
            .into_par_iter()
            .map(|name| load_one(dir, name, unlocked, legacy))
            .collect();
        (present, loaded)
    }
}

/// Compares the manifests' knowledge with the sealed records: what is gone or older, and the
/// id → version list this device's manifest should hold. A record the manifests know that sits
/// in the trash at that version is trashed, not missing; one whose trash was emptied is gone on
/// purpose and leaves the list. Anything else that is gone (deleted outside the app) is missing.
fn compare<T>(
    records: &BTreeMap<String, Envelope<T>>,
    knowledge: &Knowledge,
    present: &BTreeSet<String>,
    notes: &[TrashNote],
) -> (Vec<Missing>, BTreeMap<String, u64>) {
    let mut known: BTreeMap<String, u64> = records
        .iter()
        .map(|(id, e)| (id.clone(), e.version))
        .collect();
    let mut missing = Vec::new();
    for (id, (version, device)) in knowledge {
        let found = records.get(id).map(|e| e.version);
        let gone = found.is_none() && !present.contains(id);
        let note = notes.iter().find(|n| n.id == *id && n.version >= *version);
        if gone && note.is_some_and(|n| n.emptied.is_some()) {
            continue;
        }
        let trashed = gone && note.is_some_and(TrashNote::restorable);
        if (gone && !trashed) || found.is_some_and(|f| f < *version) {
            missing.push(Missing {
                id: id.clone(),
                known: *version,
                found,
                device: device.clone(),
            });
        }
        let slot = known.entry(id.clone()).or_insert(*version);
        *slot = (*slot).max(*version);
    }
    (missing, known)
}

/// Sorts outcomes into records, unsealed records, failures and conflicts.
fn group<T>(
    loaded: Vec<Loaded<T>>,
    knowledge: &Knowledge,
    present: &BTreeSet<String>,
    notes: &[TrashNote],
) -> LoadReport<T> {
    let mut records = BTreeMap::new();
    let mut unsealed = Vec::new();
    let mut copies: BTreeMap<String, Vec<(String, Envelope<T>)>> = BTreeMap::new();
    let mut failures = Vec::new();
    for outcome in loaded {
        match outcome {
            Loaded::Record(e) => {
                records.insert(e.id.clone(), e);
            }
            Loaded::Copy(name, e) => copies.entry(e.id.clone()).or_default().push((name, e)),
            Loaded::Unsealed(mut u) => {
                // A replacement sits under the record's own name; a forged copy beside it is
                // only unsealed.
                u.replaced = knowledge.contains_key(&u.envelope.id)
                    && u.file == format!("{}.age", u.envelope.id);
                unsealed.push(u);
            }
            Loaded::Failed(f) => failures.push(f),
        }
    }
    let (missing, known) = compare(&records, knowledge, present, notes);
    unsealed.sort_by(|a: &Unsealed<T>, b| a.file.cmp(&b.file));
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
        unsealed,
        missing,
        inbox: Vec::new(),
        known,
        trashed: Vec::new(),
        failures,
        conflicts,
    }
}

/// Loads one file; any failure becomes a [`LoadFailure`] and its plaintext is wiped. A record
/// without a valid seal is [`Loaded::Unsealed`], except a format 1 record in a vault not yet
/// migrated (`legacy`).
fn load_one<T: DeserializeOwned>(
    dir: &Path,
    name: String,
    unlocked: &Unlocked,
    legacy: bool,
) -> Loaded<T> {
    match try_load(dir, &name, unlocked) {
        Ok((kind, e, seal)) => {
            let trusted =
                seal == SealState::Sealed || (legacy && seal == SealState::None && e.format == 1);
            match (trusted, kind) {
                (true, FileKind::ConflictCopy(_)) => Loaded::Copy(name, e),
                (true, _) => Loaded::Record(e),
                (false, _) => Loaded::Unsealed(Unsealed {
                    file: name,
                    envelope: e,
                    replaced: false,
                    bad_seal: seal == SealState::Bad,
                }),
            }
        }
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
    unlocked: &Unlocked,
) -> Result<(FileKind, Envelope<T>, SealState), String> {
    let kind = classify(name);
    let id = match &kind {
        FileKind::Record(id) | FileKind::ConflictCopy(id) => id.clone(),
        FileKind::Unknown => {
            return Err("its name is not a record id followed by .age".to_owned());
        }
    };
    let bytes = read_record(&dir.join(name))?;
    let plaintext = decrypt(unlocked.identity(), &bytes).map_err(|f| decrypt_reason(&f))?;
    let text = std::str::from_utf8(&plaintext)
        .map_err(|_| "its decrypted contents are not text".to_owned())?;
    let (text, seal) = match unlocked.seal_key().open(Domain::Record, text) {
        Opened::Sealed(t) => (t, SealState::Sealed),
        Opened::Unsealed(t) => (t, SealState::None),
        Opened::BadSeal(t) => (t, SealState::Bad),
    };
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    // One parse on the happy path (RON parsing is a third of the load). Only when the whole
    // record does not parse is the head read alone, so that a newer format is named as such
    // rather than reported as a parse error.
    let (head, envelope) = match options.from_str::<Envelope<T>>(text) {
        Ok(e) => (
            Head {
                id: e.id.clone(),
                format: e.format,
            },
            Ok(e),
        ),
        Err(full) => (
            options.from_str::<Head>(text).map_err(ron_reason)?,
            Err(full),
        ),
    };
    check_head(&head, &id)?;
    let envelope = envelope.map_err(ron_reason)?;
    Ok((kind, envelope, seal))
}

/// Refuses a newer or unknown format and an id that is not the file's name.
fn check_head(head: &Head, id: &str) -> Result<(), String> {
    if head.format > FORMAT {
        return Err(format!(
            "it was made by a newer version of the app (record format {})",
            head.format
        ));
    }
    if head.format != FORMAT && head.format != 1 {
        return Err(format!("its format version {} is not valid", head.format));
    }
    if head.id != id {
        return Err("its id does not match its file name (was it renamed?)".to_owned());
    }
    Ok(())
}

/// A RON error by position only: its message can quote the record's own text.
pub(crate) fn ron_reason(e: ron::error::SpannedError) -> String {
    format!(
        "its contents are not a valid record (RON error at line {}, column {})",
        e.span.start.line, e.span.start.col
    )
}

/// A record's bytes, at most [`MAX_RECORD_BYTES`] (a larger file is named, never read whole).
pub(crate) fn read_record(path: &Path) -> Result<Vec<u8>, String> {
    fsio::read_capped(path, MAX_RECORD_BYTES).map_err(|e| match e {
        VaultError::TooLarge { limit, .. } => {
            format!("it is larger than {limit} bytes, more than a record can be; it was not read")
        }
        VaultError::Io { source, .. } => format!("it could not be read: {source}"),
        other => format!("it could not be read: {other}"),
    })
}

/// One sentence for a decryption failure.
pub(crate) fn decrypt_reason(failure: &DecryptFailure) -> String {
    let reason = match failure {
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
    };
    reason.to_owned()
}
