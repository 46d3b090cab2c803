//! A format 1 vault, made by the code before format 2 (tests/fixtures/format1-vault), migrates at
//! its first unlock: its records are sealed, its capture waits in the inbox, and a later
//! `vault.ron` that claims format 1 again does not get forged records sealed.

mod common;

use std::fs;
use std::path::Path;
use std::sync::Arc;

use ambtelijke_ruimte::records::Record;
use ambtelijke_ruimte::session::Session;
use ambtelijke_ruimte::vault::{FORMAT, SecretString, Vault};
use common::{config_of, ruimte};

const FIXTURE_PASS: &str = "format-een-fixture-wachtwoordzin";

fn copy_fixture(to: &Path) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format1-vault");
    fs::create_dir_all(to.join("records")).expect("dir");
    for sub in ["", "records"] {
        for e in fs::read_dir(from.join(sub)).expect("fixture").flatten() {
            if e.path().is_file() {
                fs::copy(e.path(), to.join(sub).join(e.file_name())).expect("copy");
            }
        }
    }
}

fn open(dir: &Path) -> Session {
    let vault = Vault::open(dir)
        .and_then(|v| v.with_pins(&config_of(dir)))
        .expect("open");
    Session::unlock(Arc::new(vault), &SecretString::from(FIXTURE_PASS)).expect("unlock")
}

fn count(dir: &Path) -> usize {
    fs::read_dir(dir).map_or(0, |d| d.count())
}

#[test]
fn a_format_1_vault_is_sealed_at_its_first_unlock_and_verifies() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("data");
    copy_fixture(&dir);
    assert!(
        fs::read_to_string(dir.join("vault.ron"))
            .expect("ron")
            .contains("format: 1")
    );

    for round in 0..2 {
        let s = open(&dir);
        assert!(s.failures.is_empty(), "round {round}: {:?}", s.failures);
        assert!(
            s.unsealed.is_empty() && s.missing.is_empty(),
            "round {round}"
        );
        let mut titles: Vec<&str> = s.journal.iter().map(|(_, e)| e.title.as_str()).collect();
        titles.sort_unstable();
        assert_eq!(titles, ["Bewoners buiten spel", "Warmtenet zonder mandaat"]);
        assert_eq!(
            s.oath.as_ref().map(|o| o.body.text.as_str()),
            Some("Ik zweer trouw aan de wet.")
        );
        let waiting: Vec<String> = s
            .inbox
            .iter()
            .map(|e| match &e.body {
                Record::Entry(entry) => entry.title.clone(),
                other => other.kind().to_owned(),
            })
            .collect();
        assert_eq!(
            waiting,
            ["Snel vastgelegd op de fiets"],
            "the capture waits"
        );
        assert_eq!(s.vault().format(), FORMAT);
    }
    let vault_ron = fs::read_to_string(dir.join("vault.ron")).expect("ron");
    assert!(
        vault_ron.contains(&format!("format: {FORMAT}")),
        "{vault_ron}"
    );
    assert_eq!(count(&dir.join("records")), 3);
    assert_eq!(count(&dir.join("inbox")), 1);
    assert_eq!(count(&dir.join("manifests")), 1);

    let (code, out, err) = ruimte(&dir, &["verify"], "", Some(FIXTURE_PASS));
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("3 sealed record file(s) verified"), "{out}");
    assert!(out.contains("waiting: "), "{out}");
}

#[test]
fn a_vault_ron_set_back_to_format_1_does_not_seal_forged_records() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("data");
    copy_fixture(&dir);
    drop(open(&dir));
    // The attacker sets format 1 again and adds a format 1 record, hoping for a migration.
    let text = fs::read_to_string(dir.join("vault.ron")).expect("ron");
    fs::write(
        dir.join("vault.ron"),
        text.replace("format: 2", "format: 1"),
    )
    .expect("write");
    let start = text.find("age1").expect("recipient");
    let key: String = text[start..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let recipient: age::x25519::Recipient = key.parse().expect("key");
    let id = ambtelijke_ruimte::vault::new_id();
    let plain = format!(
        "(id:\"{id}\",kind:\"oath\",format:1,created:1,updated:1,body:Oath((text:\"Nep\")))\n"
    );
    let ct = age::encrypt(&recipient, plain.as_bytes()).expect("encrypt");
    fs::write(dir.join("records").join(format!("{id}.age")), ct).expect("write");

    let (code, out, err) = ruimte(&dir, &["verify"], "", Some(FIXTURE_PASS));
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains(&format!("unsealed: {id}")), "{out}");
    let s = open(&dir);
    assert_eq!(
        s.oath.as_ref().map(|o| o.body.text.as_str()),
        Some("Ik zweer trouw aan de wet.")
    );
}

#[test]
fn sync_conflict_copies_are_sealed_by_the_migration_too() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("data");
    copy_fixture(&dir);
    let records = dir.join("records");
    let id = "01M8RDCG43JSF0D5PSDR701TKF";
    let copy = format!("{id}.sync-conflict-20260101-120000-ABCDEFG.age");
    fs::copy(records.join(format!("{id}.age")), records.join(&copy)).expect("copy");
    for round in 0..2 {
        let s = open(&dir);
        assert!(s.unsealed.is_empty(), "round {round}: {:?}", s.unsealed);
        assert_eq!(s.conflicts.len(), 1, "round {round}");
        assert_eq!(s.conflicts[0].copies.len(), 1, "round {round}");
        assert!(s.conflicts[0].original.is_some(), "round {round}");
    }
}
