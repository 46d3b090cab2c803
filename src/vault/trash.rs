//! The trash: a deleted record's file moves, still encrypted and sealed as it was, from
//! `records/` to `trash/`, beside a sealed note that says when it was deleted. Restoring moves
//! it back. Emptying removes the file and keeps the note as a tombstone (marked emptied), so a
//! device manifest that still lists the record knows it went on purpose, not missing.
//!
//! Nothing here decrypts or rewrites a record to move it; only the note is written.

use std::fs;
use std::path::{Path, PathBuf};

use serde::de::{DeserializeOwned, IgnoredAny};
use serde::{Deserialize, Serialize};

use super::crypto::{decrypt, encrypt_to};
use super::envelope::is_canonical_id;
use super::load::{RECURSION_LIMIT, decrypt_reason, read_record, ron_reason};
use super::seal::{Domain, Opened};
use super::{Envelope, FORMAT, LoadFailure, Unlocked, Vault, VaultError, fsio};

/// The folder of deleted records and their notes.
pub(crate) const TRASH_DIR: &str = "trash";
/// How long a deleted record stays in the trash before the writer empties it at unlock.
pub const TRASH_DAYS: i64 = 30;
/// Kinds of record that are evidence: never moved to the trash, never emptied from it.
pub const EVIDENCE_KINDS: &[&str] = &["consent"];
/// The end of a note's file name (`<id>.note.age`).
const NOTE_SUFFIX: &str = ".note.age";
const DAY: i64 = 86_400;

/// The plaintext of a note (before its seal line).
#[derive(Serialize, Deserialize)]
struct NoteFile {
    id: String,
    kind: String,
    version: u64,
    deleted: i64,
    #[serde(default)]
    emptied: Option<i64>,
}

/// A record in the trash, as its sealed note tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrashNote {
    /// The record id.
    pub id: String,
    /// The record's kind (`entry`, `take`).
    pub kind: String,
    /// The record's version when it was deleted.
    pub version: u64,
    /// When it was deleted, Unix seconds.
    pub deleted: i64,
    /// When the trash was emptied of it (the record is gone for good); `None` while restorable.
    pub emptied: Option<i64>,
    /// Whether `trash/<id>.age` is there: this vault's sealed record of that id, at least at the
    /// version that was deleted.
    pub present: bool,
}

impl TrashNote {
    /// Whole days left before the record is emptied at an unlock (0 when due; never more than
    /// [`TRASH_DAYS`], even if the clock was set back after deleting).
    pub fn days_left(&self, now: i64) -> i64 {
        let end = self.deleted.saturating_add(TRASH_DAYS * DAY);
        let left = end.saturating_sub(now).clamp(0, TRASH_DAYS * DAY);
        (left + DAY - 1) / DAY
    }

    /// Whether the record is still in the trash and may be restored.
    pub fn restorable(&self) -> bool {
        self.emptied.is_none() && self.present
    }

    /// Whether the record is evidence, which is never emptied.
    pub fn is_evidence(&self) -> bool {
        EVIDENCE_KINDS.contains(&self.kind.as_str())
    }
}

impl Vault {
    /// `<dir>/trash`.
    pub(crate) fn trash_dir(&self) -> PathBuf {
        self.dir().join(TRASH_DIR)
    }

    /// Moves `records/<id>.age` into the trash unread, after writing its sealed note. A crash
    /// in between leaves the record where it was (a note beside a record in `records/` means
    /// nothing). Evidence is refused.
    pub(crate) fn move_to_trash(
        &self,
        unlocked: &Unlocked,
        id: &str,
        kind: &str,
        version: u64,
        now: i64,
    ) -> Result<(), VaultError> {
        if EVIDENCE_KINDS.contains(&kind) {
            return Err(VaultError::Evidence(id.to_owned()));
        }
        let name = record_name(id).ok_or_else(|| VaultError::NoSuchRecord(id.to_owned()))?;
        let records = self.records_dir();
        let trash = self.trash_dir();
        let _guard = self.write_guard()?;
        if !records.join(&name).is_file() {
            return Err(VaultError::NoSuchRecord(id.to_owned()));
        }
        fsio::create_private_dir(&trash)?;
        let note = NoteFile {
            id: id.to_owned(),
            kind: kind.to_owned(),
            version,
            deleted: now,
            emptied: None,
        };
        self.write_note(unlocked, &note)?;
        move_file(&records, &trash, &name)
    }

    /// Moves `trash/<id>.age` back into `records/` and returns it, after checking that it is
    /// this vault's sealed record of that id and the version its note names. Refuses when a
    /// record of that id is already in `records/`.
    pub(crate) fn restore_from_trash<T: DeserializeOwned>(
        &self,
        unlocked: &Unlocked,
        id: &str,
    ) -> Result<Envelope<T>, VaultError> {
        let not_there = || VaultError::NotInTrash(id.to_owned());
        let name = record_name(id).ok_or_else(not_there)?;
        let trash = self.trash_dir();
        let _guard = self.write_guard()?;
        let note = self
            .read_note(unlocked, id)
            .filter(|n| n.emptied.is_none())
            .ok_or_else(not_there)?;
        if !trash.join(&name).is_file() {
            return Err(not_there());
        }
        if self.records_dir().join(&name).exists() {
            return Err(VaultError::format(
                &name,
                "a record with this id is already in records/; the one in the trash was left there",
            ));
        }
        let envelope: Envelope<T> = open_sealed(&trash.join(&name), id, unlocked)
            .map_err(|reason| VaultError::format(&format!("{TRASH_DIR}/{name}"), reason))?;
        if envelope.version < note.version {
            return Err(VaultError::format(
                &format!("{TRASH_DIR}/{name}"),
                "its version is not the one that was deleted (an older copy was put back)",
            ));
        }
        move_file(&trash, &self.records_dir(), &name)?;
        let note_path = trash.join(note_name(id));
        fs::remove_file(&note_path).map_err(|e| VaultError::io(&note_path, e))?;
        fsio::sync_dir(&trash)?;
        Ok(envelope)
    }

    /// Removes a trashed record for good (and its history), keeping its note as a tombstone
    /// marked emptied `now`. Evidence is refused.
    pub(crate) fn empty_from_trash(
        &self,
        unlocked: &Unlocked,
        note: &TrashNote,
        now: i64,
    ) -> Result<(), VaultError> {
        if note.is_evidence() {
            return Err(VaultError::Evidence(note.id.clone()));
        }
        let name = record_name(&note.id).ok_or_else(|| VaultError::NotInTrash(note.id.clone()))?;
        let trash = self.trash_dir();
        let _guard = self.write_guard()?;
        let tombstone = NoteFile {
            id: note.id.clone(),
            kind: note.kind.clone(),
            version: note.version,
            deleted: note.deleted,
            emptied: Some(now),
        };
        self.write_note(unlocked, &tombstone)?;
        let path = trash.join(&name);
        match fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(VaultError::io(&path, e)),
        }
        fsio::sync_dir(&trash)?;
        self.remove_history(&note.id)
    }

    /// Decrypts a trashed record for showing it (its title), without moving it.
    pub(crate) fn peek_trashed<T: DeserializeOwned>(
        &self,
        unlocked: &Unlocked,
        id: &str,
    ) -> Result<Envelope<T>, String> {
        let name = record_name(id).ok_or_else(|| "not a record id".to_owned())?;
        open_sealed(&self.trash_dir().join(name), id, unlocked)
    }

    /// Every note in `trash/` whose record is not back in `records/` (a note left beside a
    /// restored or never-moved record is stale and skipped), sorted by id. A note that does not
    /// decrypt, verify or match its name is a failure named `trash/<file>`.
    pub fn trash_notes(&self, unlocked: &Unlocked) -> (Vec<TrashNote>, Vec<LoadFailure>) {
        let trash = self.trash_dir();
        let Ok(entries) = fs::read_dir(&trash) else {
            return (Vec::new(), Vec::new());
        };
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(NOTE_SUFFIX) && !n.starts_with('.'))
            .collect();
        names.sort();
        let (mut notes, mut failures) = (Vec::new(), Vec::new());
        for name in names {
            let id = name.trim_end_matches(NOTE_SUFFIX);
            match read_note_file(&trash.join(&name), id, unlocked) {
                Ok(note) => {
                    let file = format!("{id}.age");
                    if self.records_dir().join(&file).exists() {
                        continue;
                    }
                    // There only if it is this vault's sealed record of that id, at least at
                    // the version deleted: an older copy put in its place is not the record.
                    let present = note.emptied.is_none()
                        && open_sealed::<IgnoredAny>(&trash.join(&file), id, unlocked)
                            .is_ok_and(|e| e.version >= note.version);
                    notes.push(TrashNote {
                        id: note.id,
                        kind: note.kind,
                        version: note.version,
                        deleted: note.deleted,
                        emptied: note.emptied,
                        present,
                    });
                }
                Err(reason) => failures.push(LoadFailure {
                    file: format!("{TRASH_DIR}/{name}"),
                    reason,
                }),
            }
        }
        (notes, failures)
    }

    /// The note of `id`, if it reads and verifies.
    fn read_note(&self, unlocked: &Unlocked, id: &str) -> Option<NoteFile> {
        read_note_file(&self.trash_dir().join(note_name(id)), id, unlocked).ok()
    }

    /// Seals, encrypts and writes a note; the caller holds the lock.
    fn write_note(&self, unlocked: &Unlocked, note: &NoteFile) -> Result<(), VaultError> {
        self.check_ours(unlocked)?;
        let name = note_name(&note.id);
        let mut text = ron::to_string(note)
            .map_err(|e| VaultError::format(&name, format!("could not be written: {e}")))?;
        text.push('\n');
        let line = unlocked.seal_key().seal_line(Domain::Note, text.as_bytes());
        text.push_str(&line);
        let ciphertext = encrypt_to(&unlocked.identity().to_public(), text.as_bytes())?;
        fsio::write_atomic(&self.trash_dir(), &name, &ciphertext)
    }
}

/// `<id>.age` for a canonical id.
fn record_name(id: &str) -> Option<String> {
    is_canonical_id(id).then(|| format!("{id}.age"))
}

/// `<id>.note.age`.
fn note_name(id: &str) -> String {
    format!("{id}{NOTE_SUFFIX}")
}

/// Renames `from/name` to `to/name` and makes both folders durable. Both folders are in the
/// vault, so the rename never copies and a crash leaves the file in one of the two.
fn move_file(from: &Path, to: &Path, name: &str) -> Result<(), VaultError> {
    let source = from.join(name);
    fs::rename(&source, to.join(name)).map_err(|e| VaultError::io(&source, e))?;
    fsio::sync_dir(to)?;
    fsio::sync_dir(from)
}

/// Decrypts, verifies and parses one note; its id must be its file name.
fn read_note_file(path: &Path, id: &str, unlocked: &Unlocked) -> Result<NoteFile, String> {
    if !is_canonical_id(id) {
        return Err("its name is not a record id followed by .note.age".to_owned());
    }
    let bytes = read_record(path)?;
    let plaintext = decrypt(unlocked.identity(), &bytes).map_err(|f| decrypt_reason(&f))?;
    let text = std::str::from_utf8(&plaintext)
        .map_err(|_| "its decrypted contents are not text".to_owned())?;
    let text = match unlocked.seal_key().open(Domain::Note, text) {
        Opened::Sealed(t) => t,
        Opened::Unsealed(_) => return Err("it carries no seal".to_owned()),
        Opened::BadSeal(_) => {
            return Err("its seal does not verify (changed, or written without the key)".into());
        }
    };
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    let note: NoteFile = options.from_str(text).map_err(ron_reason)?;
    if note.id != id {
        return Err("its id does not match its file name (was it renamed?)".to_owned());
    }
    Ok(note)
}

/// Decrypts one record file outside `records/` (trash, history) and accepts it only sealed,
/// of id `id`, and of a format this version reads.
pub(crate) fn open_sealed<T: DeserializeOwned>(
    path: &Path,
    id: &str,
    unlocked: &Unlocked,
) -> Result<Envelope<T>, String> {
    let bytes = read_record(path)?;
    let plaintext = decrypt(unlocked.identity(), &bytes).map_err(|f| decrypt_reason(&f))?;
    let text = std::str::from_utf8(&plaintext)
        .map_err(|_| "its decrypted contents are not text".to_owned())?;
    let text = match unlocked.seal_key().open(Domain::Record, text) {
        Opened::Sealed(t) => t,
        Opened::Unsealed(_) => return Err("it carries no seal".to_owned()),
        Opened::BadSeal(_) => {
            return Err("its seal does not verify (changed, or written without the key)".into());
        }
    };
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    let envelope: Envelope<T> = options.from_str(text).map_err(ron_reason)?;
    if envelope.id != id {
        return Err("its id is not the record's (was it copied from another?)".to_owned());
    }
    if envelope.format > FORMAT {
        return Err(format!(
            "it was made by a newer version of the app (record format {})",
            envelope.format
        ));
    }
    Ok(envelope)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_left_count_whole_days_down_to_zero_and_never_past_the_limit() {
        let note = TrashNote {
            id: "01JCX3K5ZQ8W6N2Y4T7V9B1M3D".into(),
            kind: "entry".into(),
            version: 1,
            deleted: 1_000_000,
            emptied: None,
            present: true,
        };
        let at = |secs: i64| note.days_left(note.deleted + secs);
        assert_eq!(at(0), TRASH_DAYS);
        assert_eq!(at(1), TRASH_DAYS, "a started day still counts");
        assert_eq!(at(DAY), TRASH_DAYS - 1);
        assert_eq!(at(TRASH_DAYS * DAY - 1), 1);
        assert_eq!(at(TRASH_DAYS * DAY), 0);
        assert_eq!(at(90 * DAY), 0);
        assert_eq!(
            at(-5 * DAY),
            TRASH_DAYS,
            "a clock set back shows no more than the limit"
        );
        assert_eq!(note.days_left(i64::MIN), TRASH_DAYS);
        assert_eq!(note.days_left(i64::MAX), 0);
    }
}
