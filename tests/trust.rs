//! Nothing destroys a vault, and a swapped recipient is refused: `init` never writes over a key
//! or a record, a lost `vault.ron` is rebuilt from the identity, and `add` refuses a `vault.ron`
//! that names another key than the one pinned in the config dir.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::sync::Arc;

use ambtelijke_ruimte::journal::{Date, Entry};
use ambtelijke_ruimte::records::Record;
use ambtelijke_ruimte::session::{Session, save_locked};
use ambtelijke_ruimte::vault::{SecretString, Vault, VaultError};
use common::{PASS, config_of, ruimte};

/// A vault in `dir` with two sealed entries, made cheaply; returns their ids.
fn vault_with_entries(dir: &Path) -> Vec<String> {
    let pass = SecretString::from(PASS.to_owned());
    let (vault, _) = Vault::create_with_work_factor_for_tests(dir, &pass, 10).expect("create");
    let unlocked = vault.unlock(&pass).expect("unlock");
    let mut session = Session::open(Arc::new(vault), unlocked);
    ["Eerste", "Tweede"]
        .iter()
        .map(|t| {
            let entry = Entry::new(*t, Date::from_unix(1_700_000_000));
            session
                .save_entry(None, entry, 1_700_000_000)
                .expect("save")
        })
        .collect()
}

/// Every file under `dir`: relative path → bytes.
/// Every file under `dir` with its bytes, but `.lock`: it names only the last writer's pid.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).expect("folder").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).expect("under").display().to_string();
                if rel != ".lock" {
                    out.insert(rel, fs::read(&p).expect("file"));
                }
            }
        }
    }
    out
}

fn titles(dir: &Path) -> String {
    let (code, out, err) = ruimte(dir, &["list"], "", Some(PASS));
    assert_eq!(code, 0, "{err}");
    out
}

#[test]
fn init_after_vault_ron_was_deleted_keeps_the_key_and_unlock_rebuilds_it() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("data");
    vault_with_entries(&dir);
    let vault_ron = fs::read_to_string(dir.join("vault.ron")).expect("vault.ron");
    fs::remove_file(dir.join("vault.ron")).expect("delete");
    let before = files(&dir);

    let (code, _, err) = ruimte(&dir, &["init"], "", Some("een-heel-sterke-nieuwe-zin-42"));
    assert_eq!(code, 1, "{err}");
    assert!(err.starts_with("ruimte: "), "{err}");
    assert_eq!(files(&dir), before, "init changed nothing");

    let shown = titles(&dir);
    assert!(
        shown.contains("Eerste") && shown.contains("Tweede"),
        "{shown}"
    );
    let rebuilt = fs::read_to_string(dir.join("vault.ron")).expect("rebuilt");
    let key = |t: &str| t.lines().find(|l| l.contains("age1")).map(str::to_owned);
    assert_eq!(
        key(&rebuilt),
        key(&vault_ron),
        "the recipient follows from the key"
    );
    let (code, out, err) = ruimte(&dir, &["verify"], "", Some(PASS));
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn init_when_vault_ron_is_a_folder_keeps_the_key_and_unlock_repairs_it() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("data");
    vault_with_entries(&dir);
    fs::remove_file(dir.join("vault.ron")).expect("delete");
    fs::create_dir(dir.join("vault.ron")).expect("folder");
    let before = files(&dir);

    let (code, _, err) = ruimte(&dir, &["init"], "", Some("een-heel-sterke-nieuwe-zin-42"));
    assert_eq!(code, 1, "{err}");
    assert_eq!(files(&dir), before, "init changed nothing");

    let shown = titles(&dir);
    assert!(shown.contains("Eerste"), "{shown}");
    assert!(dir.join("vault.ron").is_file(), "rebuilt as a file");
}

#[test]
fn init_over_records_without_an_identity_names_them_and_writes_nothing() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("data");
    vault_with_entries(&dir);
    for f in ["vault.ron", "identity.age", "recovery.age"] {
        fs::remove_file(dir.join(f)).expect("delete");
    }
    let before = files(&dir);
    let (code, out, err) = ruimte(&dir, &["init"], "", Some("een-heel-sterke-nieuwe-zin-42"));
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("2 file(s) in records/") && err.contains("nothing was changed"),
        "{err}"
    );
    assert!(
        !out.contains("Recovery code"),
        "no code for a vault that does not exist"
    );
    assert_eq!(files(&dir), before);
}

#[test]
fn create_refuses_a_folder_that_holds_a_key_and_names_it() {
    // The GUI's create screen and `init` share this function.
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("data");
    fs::create_dir_all(&dir).expect("dir");
    fs::write(dir.join("identity.age"), b"not mine to overwrite").expect("write");
    let pass = SecretString::from(PASS.to_owned());
    match Vault::create_with_work_factor_for_tests(&dir, &pass, 10) {
        Err(VaultError::Occupied(what)) => assert!(what.contains("identity.age"), "{what}"),
        other => panic!("expected Occupied, got {:?}", other.map(|_| ())),
    }
    assert_eq!(
        fs::read(dir.join("identity.age")).expect("kept"),
        b"not mine to overwrite"
    );
    assert!(!dir.join("recovery.age").exists() && !dir.join("vault.ron").exists());
}

/// `vault.ron` with its recipient replaced by a fresh key's.
fn swap_recipient(dir: &Path) -> (String, String) {
    let text = fs::read_to_string(dir.join("vault.ron")).expect("vault.ron");
    let start = text.find("age1").expect("recipient");
    let old: String = text[start..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let attacker = age::x25519::Identity::generate().to_public().to_string();
    fs::write(dir.join("vault.ron"), text.replace(&old, &attacker)).expect("write");
    (old, attacker)
}

#[test]
fn add_refuses_a_swapped_recipient_and_writes_nothing() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("data");
    vault_with_entries(&dir);
    // First use pins the recipient in the config dir.
    let (code, _, err) = ruimte(&dir, &["add", "--title", "Eerst"], "tekst", None);
    assert_eq!(code, 0, "{err}");
    let pins = fs::read_to_string(config_of(&dir).join("known-vaults.ron")).expect("pinned");

    let (old, attacker) = swap_recipient(&dir);
    assert!(pins.contains(&old), "{pins}");
    let before = files(&dir);
    let (code, out, err) = ruimte(&dir, &["add", "--title", "Geheim"], "geheim", None);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains(&old) && err.contains(&attacker), "{err}");
    assert_eq!(files(&dir), before, "nothing was encrypted to the attacker");

    // The GUI's capture while locked takes the same path.
    let vault = Vault::open(&dir)
        .and_then(|v| v.with_pins(&config_of(&dir)))
        .expect("opens");
    let entry = Entry::new("Snel", Date::from_unix(1_700_000_000));
    let refused = save_locked(&vault, Record::Entry(entry), 1_700_000_000);
    assert!(
        matches!(refused, Err(VaultError::PinMismatch { .. })),
        "{refused:?}"
    );
    assert_eq!(files(&dir), before);
}

#[test]
fn adopting_seals_a_capture_and_never_lets_it_replace_a_record() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("data");
    let ids = vault_with_entries(&dir);
    let vault = Vault::open(&dir).expect("open");
    let mine = Entry::new("Op de fiets", Date::from_unix(1_700_000_000));
    let mine = save_locked(&vault, Record::Entry(mine), 1_700_000_000).expect("capture");
    // A capture forged under the id of a sealed entry, hoping adoption replaces it.
    let mut hijack = ambtelijke_ruimte::vault::Envelope::new(
        "entry",
        Record::Entry(Entry::new("Kaping", Date::from_unix(1_700_000_000))),
        1,
    );
    hijack.id = ids[0].clone();
    hijack.version = 0;
    vault.capture(&hijack).expect("forged capture");

    let mut s =
        Session::unlock(Arc::new(vault), &SecretString::from(PASS.to_owned())).expect("unlock");
    assert_eq!(s.inbox.len(), 2);
    assert!(s.needs_attention());
    assert!(
        s.journal.iter().all(|(_, e)| e.title != "Op de fiets"),
        "not before adoption"
    );
    let adopted = s.adopt_all(2).expect("adopt");
    assert!(adopted.contains(&mine), "{adopted:?}");
    assert!(
        !adopted.contains(&ids[0]),
        "a taken id gets a new one: {adopted:?}"
    );
    assert!(s.inbox.is_empty() && !s.needs_attention());
    let title = |id: &str| s.journal.get(id).map(|e| e.title.clone());
    assert_eq!(
        title(&ids[0]).as_deref(),
        Some("Eerste"),
        "the sealed entry stays"
    );
    assert_eq!(title(&mine).as_deref(), Some("Op de fiets"));
    drop(s);

    let (code, out, err) = ruimte(&dir, &["verify"], "", Some(PASS));
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("4 sealed record file(s) verified"), "{out}");

    let vault = Vault::open(&dir).expect("open");
    let gone = Entry::new("Weg ermee", Date::from_unix(1_700_000_000));
    let gone = save_locked(&vault, Record::Entry(gone), 3).expect("capture");
    drop(vault);
    let (code, out, err) = ruimte(&dir, &["adopt", "--reject", &gone], "", Some(PASS));
    assert_eq!(code, 0, "{out}{err}");
    assert!(!dir.join("inbox").join(format!("{gone}.age")).exists());
}

#[test]
fn without_vault_ron_a_capture_uses_the_pinned_key() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("data");
    vault_with_entries(&dir);
    let (code, _, err) = ruimte(&dir, &["add", "--title", "Eerst"], "tekst", None);
    assert_eq!(code, 0, "{err}");
    fs::remove_file(dir.join("vault.ron")).expect("delete");
    let (code, id, err) = ruimte(&dir, &["add", "--title", "Zonder vault.ron"], "", None);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = ruimte(&dir, &["list", "--json"], "", Some(PASS));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(id.trim()) && out.contains("Zonder vault.ron"),
        "{out}"
    );
    assert!(dir.join("vault.ron").is_file(), "rebuilt at unlock");
}
