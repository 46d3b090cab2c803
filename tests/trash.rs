//! The trash and version history in the domain: delete → list → restore, emptying after 30 days
//! on a fake clock (receipts survive), history kept and restored, and the manifests telling a
//! trashed record from one removed behind the app's back.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use ambtelijke_ruimte::assessment::{Answers, Profile, Take};
use ambtelijke_ruimte::export::{ConsentRecord, Scope};
use ambtelijke_ruimte::journal::{Date, Entry};
use ambtelijke_ruimte::session::Session;
use ambtelijke_ruimte::vault::{MAX_VERSIONS, SecretString, TRASH_DAYS, Vault, VaultError};
use common::{PASS, test_session};

const DAY: i64 = 86_400;
/// The fake clock's "now": the real time when the tests began, fixed from then on (a writer
/// empties at unlock what was deleted 30 days before the real clock).
fn t0() -> i64 {
    static T0: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
    *T0.get_or_init(ambtelijke_ruimte::clock::now)
}

fn entry(title: &str) -> Entry {
    let mut e = Entry::new(title, Date::from_unix(t0()));
    e.dilemma = format!("{title}: de wethouder wil het anders.");
    e
}

fn data(root: &Path) -> PathBuf {
    root.join("data")
}

/// Opens the vault in `root` again, as the app (`writer`) or as a command beside it.
fn reopen(root: &Path, writer: bool) -> Session {
    let pass = SecretString::from(PASS.to_owned());
    let vault = if writer {
        Vault::open(&data(root))
    } else {
        Vault::open_reader(&data(root), Duration::from_secs(1))
    }
    .expect("open");
    Session::unlock(Arc::new(vault), &pass).expect("unlock")
}

fn receipt() -> ConsentRecord {
    ConsentRecord {
        date: t0(),
        coach: "Coach".into(),
        recipient: None,
        purpose: "intervisie".into(),
        scope: Scope::default(),
        delete_after: None,
        sha256: String::new(),
        format: "md".into(),
    }
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn delete_lists_in_the_trash_and_restores_unchanged() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut s = test_session(tmp.path());
    let id = s
        .save_entry(None, entry("Warmtenet Noord"), t0())
        .expect("save");
    let record = data(tmp.path()).join("records").join(format!("{id}.age"));
    let bytes = fs::read(&record).expect("record");

    s.delete(&id, t0() + 60).expect("delete");
    assert!(s.journal.get(&id).is_none(), "gone from the journal");
    assert!(!record.exists(), "gone from records/");
    let trashed = data(tmp.path()).join("trash").join(format!("{id}.age"));
    assert_eq!(
        fs::read(&trashed).expect("in trash/"),
        bytes,
        "moved unread"
    );
    let (items, failures) = s.trash(t0() + 60);
    assert!(failures.is_empty(), "{failures:?}");
    assert_eq!(items.len(), 1);
    assert_eq!(
        (items[0].id.as_str(), items[0].kind.as_str()),
        (id.as_str(), "entry")
    );
    assert_eq!(items[0].title, "Warmtenet Noord");
    assert_eq!(items[0].deleted, t0() + 60);
    assert_eq!(items[0].days_left, TRASH_DAYS);
    for name in files(&data(tmp.path()).join("trash")) {
        let raw = fs::read(data(tmp.path()).join("trash").join(&name)).expect("read");
        assert!(
            !String::from_utf8_lossy(&raw).contains("Warmtenet"),
            "{name}"
        );
    }
    assert!(matches!(
        s.delete(&id, t0()),
        Err(VaultError::NoSuchRecord(_))
    ));
    drop(s);

    // Still in the trash after a restart, and not missing.
    let mut s = reopen(tmp.path(), true);
    assert!(s.journal.get(&id).is_none());
    assert!(s.missing.is_empty(), "{:?}", s.missing);
    s.restore(&id).expect("restore");
    assert_eq!(
        s.journal.get(&id).map(|e| e.title.as_str()),
        Some("Warmtenet Noord")
    );
    assert_eq!(fs::read(&record).expect("back"), bytes);
    assert!(s.trash(t0()).0.is_empty());
    assert!(matches!(s.restore(&id), Err(VaultError::NotInTrash(_))));
    drop(s);
    let s = reopen(tmp.path(), true);
    assert!(s.journal.get(&id).is_some());
    assert!(
        s.missing.is_empty() && s.failures.is_empty(),
        "{:?}",
        s.missing
    );
}

#[test]
fn a_take_goes_to_the_trash_and_back() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut s = test_session(tmp.path());
    let take = Take {
        questionnaire: "ambtelijke-ruimte-v1".into(),
        completed: t0(),
        answers: Answers::default(),
        profile: Profile {
            scores: Vec::new(),
            bands: Vec::new(),
            boards: Vec::new(),
            comfort_zone: Vec::new(),
            weakest: Vec::new(),
        },
    };
    s.save_take(take, t0()).expect("take");
    let id = s.takes[0].id.clone();
    s.delete(&id, t0()).expect("delete");
    assert!(s.takes.is_empty());
    assert_eq!(s.trash(t0()).0[0].kind, "take");
    s.restore(&id).expect("restore");
    assert_eq!(s.takes.len(), 1);
}

#[test]
fn the_trash_empties_after_30_days_and_never_takes_a_receipt() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut s = test_session(tmp.path());
    let old = s.save_entry(None, entry("Oud"), t0()).expect("save");
    let young = s.save_entry(None, entry("Jong"), t0()).expect("save");
    s.save_consent(receipt(), t0()).expect("receipt");
    let receipt_id = s.consents[0].id.clone();
    assert!(matches!(
        s.delete(&receipt_id, t0()),
        Err(VaultError::Evidence(_))
    ));
    s.delete(&old, t0()).expect("delete");
    s.delete(&young, t0() + 20 * DAY).expect("delete");

    assert_eq!(
        s.purge_expired(t0() + TRASH_DAYS * DAY - 1).expect("purge"),
        0
    );
    assert_eq!(s.trash(t0()).0.len(), 2);
    assert_eq!(s.purge_expired(t0() + TRASH_DAYS * DAY).expect("purge"), 1);
    let (left, _) = s.trash(t0() + TRASH_DAYS * DAY);
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].id, young);
    assert_eq!(left[0].days_left, 20);
    assert!(matches!(s.restore(&old), Err(VaultError::NotInTrash(_))));

    assert_eq!(s.empty_trash(t0() + 40 * DAY).expect("empty"), 1);
    assert!(s.trash(t0()).0.is_empty());
    let trash = data(tmp.path()).join("trash");
    assert!(!trash.join(format!("{young}.age")).exists());
    assert_eq!(s.consents.len(), 1, "the receipt survives every emptying");
    drop(s);
    let s = reopen(tmp.path(), true);
    assert_eq!(s.consents.len(), 1);
    assert!(s.missing.is_empty(), "emptied on purpose: {:?}", s.missing);
}

#[test]
fn only_the_writer_empties_the_trash_at_unlock() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut s = test_session(tmp.path());
    let id = s
        .save_entry(None, entry("Lang geleden"), t0())
        .expect("save");
    let long_ago = ambtelijke_ruimte::clock::now() - (TRASH_DAYS + 1) * DAY;
    s.delete(&id, long_ago).expect("delete");
    drop(s);
    let reader = reopen(tmp.path(), false);
    assert_eq!(reader.trash(t0()).0.len(), 1, "a reader never empties");
    drop(reader);
    let writer = reopen(tmp.path(), true);
    assert!(
        writer.trash(t0()).0.is_empty(),
        "the writer empties at unlock"
    );
    assert!(writer.missing.is_empty(), "{:?}", writer.missing);
}

#[test]
fn every_save_keeps_the_previous_version_and_one_can_be_restored() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut s = test_session(tmp.path());
    let id = s.save_entry(None, entry("Eerste"), t0()).expect("save");
    s.save_entry(Some(&id), entry("Tweede"), t0() + 10)
        .expect("save");
    s.save_entry(Some(&id), entry("Derde"), t0() + 20)
        .expect("save");
    let (versions, failures) = s.history(&id).expect("history");
    assert!(failures.is_empty(), "{failures:?}");
    let titles: Vec<&str> = versions.iter().map(|v| v.entry.title.as_str()).collect();
    assert_eq!(titles, ["Eerste", "Tweede", "Derde"]);
    assert_eq!(
        versions.iter().map(|v| v.saved).collect::<Vec<_>>(),
        [t0(), t0() + 10, t0() + 20]
    );
    assert!(versions[2].current && !versions[0].current);
    let first = versions[0].version;
    for name in files(&data(tmp.path()).join("history").join(&id)) {
        let raw = fs::read(data(tmp.path()).join("history").join(&id).join(&name)).expect("read");
        assert!(raw.starts_with(b"age-encryption.org/v1"), "{name}");
    }

    s.restore_version(&id, first, t0() + 30).expect("restore");
    assert_eq!(s.journal.get(&id).map(|e| e.title.as_str()), Some("Eerste"));
    let (versions, _) = s.history(&id).expect("history");
    let titles: Vec<&str> = versions.iter().map(|v| v.entry.title.as_str()).collect();
    assert_eq!(titles, ["Eerste", "Tweede", "Derde", "Eerste"]);
    assert!(matches!(
        s.restore_version(&id, 99, t0()),
        Err(VaultError::NoSuchVersion { .. })
    ));
    assert!(matches!(
        s.history("01JCX3K5ZQ8W6N2Y4T7V9B1M3D"),
        Err(VaultError::NoSuchRecord(_))
    ));
}

#[test]
fn saving_an_unchanged_entry_adds_no_version() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut s = test_session(tmp.path());
    let id = s.save_entry(None, entry("Eerste"), t0()).expect("save");
    s.save_entry(Some(&id), entry("Tweede"), t0() + 10)
        .expect("save");
    // Ctrl+S twice, or Save on an entry that was not touched.
    for later in [20, 30] {
        let same = s
            .save_entry(Some(&id), entry("Tweede"), t0() + later)
            .expect("save");
        assert_eq!(same, id);
    }
    let (versions, _) = s.history(&id).expect("history");
    let titles: Vec<&str> = versions.iter().map(|v| v.entry.title.as_str()).collect();
    assert_eq!(titles, ["Eerste", "Tweede"]);
    assert_eq!(versions[1].saved, t0() + 10, "the saved time stays");
}

#[test]
fn history_keeps_a_bounded_number_of_versions() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut s = test_session(tmp.path());
    let id = s.save_entry(None, entry("v0"), t0()).expect("save");
    for n in 1..=MAX_VERSIONS + 4 {
        s.save_entry(Some(&id), entry(&format!("v{n}")), t0() + n as i64)
            .expect("save");
    }
    let (versions, _) = s.history(&id).expect("history");
    assert_eq!(
        versions.len(),
        MAX_VERSIONS + 1,
        "the bound plus the current one"
    );
    assert_eq!(versions[0].entry.title, "v4", "the oldest went first");
}

#[test]
fn a_manifest_calls_a_trashed_record_trashed_and_a_removed_one_missing() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut s = test_session(tmp.path());
    let trashed = s.save_entry(None, entry("Prullenbak"), t0()).expect("save");
    let removed = s.save_entry(None, entry("Weggehaald"), t0()).expect("save");
    s.delete(&trashed, t0()).expect("delete");
    s.delete(&removed, t0()).expect("delete");
    drop(s);
    // Removed straight from the folder, outside the app.
    fs::remove_file(
        data(tmp.path())
            .join("trash")
            .join(format!("{removed}.age")),
    )
    .expect("rm");

    let s = reopen(tmp.path(), false);
    let missing: Vec<&str> = s.missing.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(missing, [removed.as_str()], "only the one removed by hand");
    let report = s
        .vault()
        .load_all::<ambtelijke_ruimte::records::Record>(s.unlocked());
    let in_trash: Vec<&str> = report.trashed.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(in_trash, [trashed.as_str()]);
    drop(s);

    // Restored, it is present again; a record deleted from records/ directly is missing.
    let mut s = reopen(tmp.path(), true);
    s.restore(&trashed).expect("restore");
    let kept = s.save_entry(None, entry("Blijft"), t0()).expect("save");
    drop(s);
    fs::remove_file(data(tmp.path()).join("records").join(format!("{kept}.age"))).expect("rm");
    let s = reopen(tmp.path(), false);
    assert!(s.journal.get(&trashed).is_some());
    let mut missing: Vec<&str> = s.missing.iter().map(|m| m.id.as_str()).collect();
    missing.sort_unstable();
    let mut expected = [removed.as_str(), kept.as_str()];
    expected.sort_unstable();
    assert_eq!(missing, expected);
}

#[test]
fn an_older_copy_put_in_the_trash_is_refused_and_named() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut s = test_session(tmp.path());
    let id = s.save_entry(None, entry("Oud"), t0()).expect("save");
    s.save_entry(Some(&id), entry("Nieuw"), t0() + 1)
        .expect("save");
    s.delete(&id, t0() + 2).expect("delete");
    drop(s);
    // Someone with write access swaps the trashed file for the older version kept in history.
    let data = data(tmp.path());
    fs::copy(
        data.join("history").join(&id).join("1.age"),
        data.join("trash").join(format!("{id}.age")),
    )
    .expect("swap");
    let mut s = reopen(tmp.path(), false);
    let missing: Vec<&str> = s.missing.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(missing, [id.as_str()], "rolled back in the trash");
    assert!(s.trash(t0()).0.is_empty(), "not offered for restoring");
    let refused = s.restore(&id);
    assert!(
        matches!(&refused, Err(VaultError::Format { reason, .. }) if reason.contains("older copy")),
        "{refused:?}"
    );
    assert!(s.journal.get(&id).is_none());
}
