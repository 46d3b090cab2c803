//! What a record holds (the envelope around a body) and what loading them reports.

use serde::{Deserialize, Serialize};

use super::FORMAT;

/// One record: an id that matches its file name, what kind of thing it is, and the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope<T> {
    /// A ULID, also the file name `records/<id>.age`.
    pub id: String,
    /// What the body is (`entry`, `assessment`, `consent`, …), for the rooms that read it.
    pub kind: String,
    /// The envelope format version; a newer one is refused, not misread.
    pub format: u32,
    /// When the record was first made, Unix seconds.
    pub created: i64,
    /// When the record was last saved, Unix seconds.
    pub updated: i64,
    /// How often the record was saved, counted by the sealing device (1 for a new record, 0 for
    /// a capture waiting for adoption); a manifest that knows a higher number names a rollback.
    /// Format 1 records have none and read as 0.
    #[serde(default)]
    pub version: u64,
    /// The record itself.
    pub body: T,
}

impl<T> Envelope<T> {
    /// A new record with a fresh id, created and updated `now` (Unix seconds).
    pub fn new(kind: &str, body: T, now: i64) -> Self {
        Self {
            id: new_id(),
            kind: kind.to_owned(),
            format: FORMAT,
            created: now,
            updated: now,
            version: 1,
            body,
        }
    }
}

/// A fresh record id: a ULID, sortable by creation time and unique across devices.
pub fn new_id() -> String {
    ulid::Ulid::new().to_string()
}

/// Whether `id` is a ULID written the canonical way (26 upper-case Crockford characters).
pub(crate) fn is_canonical_id(id: &str) -> bool {
    ulid::Ulid::from_string(id).is_ok_and(|u| u.to_string() == id)
}

/// What `load_all` found: the sealed records, the files that did not load, sync conflicts,
/// unsealed records, what the manifests miss, and captures waiting for adoption.
#[derive(Debug)]
pub struct LoadReport<T> {
    /// Sealed records that loaded and have no conflict copies, sorted by id (so by creation
    /// time). In a format 1 vault not yet migrated: every record that loaded.
    pub records: Vec<Envelope<T>>,
    /// Records in `records/` that decrypt but carry no valid seal: never genuine entries.
    pub unsealed: Vec<Unsealed<T>>,
    /// Records a manifest knows that are gone or older than it knows.
    pub missing: Vec<Missing>,
    /// Captures written while locked, waiting in `inbox/` for the user to adopt them.
    pub inbox: Vec<Envelope<T>>,
    /// Id → version of every sealed record and everything the manifests know (the highest
    /// version seen): what this device's manifest should list.
    pub known: std::collections::BTreeMap<String, u64>,
    /// Records in the trash (deleted in the app, restorable): neither loaded nor missing.
    pub trashed: Vec<super::TrashNote>,
    /// Files that could not be loaded, sorted by file name.
    pub failures: Vec<LoadFailure>,
    /// Records with conflict copies made by a sync tool, for the user to choose; such a record
    /// appears here and not in `records`.
    pub conflicts: Vec<Conflict<T>>,
}

/// A file in `records/` that could not be loaded. Its plaintext, if any, is not kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadFailure {
    /// The file name inside `records/`.
    pub file: String,
    /// What is wrong, in one sentence.
    pub reason: String,
}

/// A record in `records/` without a valid seal: written by someone who has only the public
/// key, changed, or left from format 1. Its body is shown to the user only as such.
#[derive(Debug)]
pub struct Unsealed<T> {
    /// The file name inside `records/`.
    pub file: String,
    /// What the file claims.
    pub envelope: Envelope<T>,
    /// Whether a manifest knew this id: a genuine record was replaced.
    pub replaced: bool,
    /// Whether a seal line was there but does not verify (else there was none).
    pub bad_seal: bool,
}

/// A record a manifest knows that is gone, or older than the manifest knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    /// The record id.
    pub id: String,
    /// The version the manifest knows.
    pub known: u64,
    /// The sealed version found, if any (`None`: the record is gone).
    pub found: Option<u64>,
    /// The device whose manifest knows it.
    pub device: String,
}

/// A record and the conflict copies a sync tool made of it.
#[derive(Debug)]
pub struct Conflict<T> {
    /// The record id.
    pub id: String,
    /// The record under its own name, if that file exists and loaded.
    pub original: Option<Envelope<T>>,
    /// Each copy that loaded, with its file name (pass it to `Vault::delete` to drop it).
    pub copies: Vec<(String, Envelope<T>)>,
}

/// What a file name in `records/` says about the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FileKind {
    /// `<id>.age`.
    Record(String),
    /// A sync tool's conflict copy of `<id>.age`.
    ConflictCopy(String),
    /// Not a name the vault writes or a sync tool makes from one.
    Unknown,
}

/// Classifies a file name in `records/`.
///
/// Conflict copies: Syncthing `<id>.sync-conflict-YYYYMMDD-HHMMSS-XXXXXXX.age`, Nextcloud
/// `<id> (conflicted copy YYYY-MM-DD HHMMSS).age`, Dropbox `<id> (Name's conflicted copy
/// YYYY-MM-DD).age`.
pub(crate) fn classify(name: &str) -> FileKind {
    let (Some(id), Some(rest)) = (name.get(..26), name.get(26..)) else {
        return FileKind::Unknown;
    };
    if !is_canonical_id(id) {
        return FileKind::Unknown;
    }
    let id = id.to_owned();
    if rest == ".age" {
        return FileKind::Record(id);
    }
    let Some(marker) = rest.strip_suffix(".age") else {
        return FileKind::Unknown;
    };
    let syncthing = marker.starts_with(".sync-conflict-");
    let in_parens = marker.starts_with(" (") && marker.ends_with(')');
    let nextcloud_or_dropbox = in_parens && marker.contains("conflicted copy");
    if syncthing || nextcloud_or_dropbox {
        FileKind::ConflictCopy(id)
    } else {
        FileKind::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "01JCX3K5ZQ8W6N2Y4T7V9B1M3D";

    #[test]
    fn new_envelopes_have_canonical_fresh_ids() {
        let a = Envelope::new("entry", (), 5);
        let b = Envelope::new("entry", (), 5);
        assert!(is_canonical_id(&a.id), "{}", a.id);
        assert_ne!(a.id, b.id);
        assert_eq!((a.created, a.updated, a.format), (5, 5, FORMAT));
        assert!(!is_canonical_id(&a.id.to_lowercase()));
        assert!(!is_canonical_id("../../etc/passwd"));
    }

    #[test]
    fn file_names_are_classified() {
        let record = FileKind::Record(ID.to_owned());
        let copy = FileKind::ConflictCopy(ID.to_owned());
        assert_eq!(classify(&format!("{ID}.age")), record);
        for name in [
            format!("{ID}.sync-conflict-20240101-120000-ABCDEFG.age"),
            format!("{ID} (conflicted copy 2024-01-01 120000).age"),
            format!("{ID} (Anne's conflicted copy 2024-01-01).age"),
        ] {
            assert_eq!(classify(&name), copy, "{name}");
        }
        for name in [
            format!("{ID}.age.bak"),
            format!("{ID} copy.age"),
            format!("{}.age", ID.to_lowercase()),
            "notes.txt".to_owned(),
            "x.age".to_owned(),
            "é".repeat(20),
        ] {
            assert_eq!(classify(&name), FileKind::Unknown, "{name}");
        }
    }
}
