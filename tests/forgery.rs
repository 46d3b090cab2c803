//! The tamper-and-forgery matrix: someone who can write the synced folder and knows only the
//! public recipient forges, replaces, deletes or rolls back records. `ruimte verify` names each by
//! id and exits 1; nothing forged is ever shown as sealed or as a genuine entry.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ambtelijke_ruimte::export::{ConsentRecord, FeedbackRecord, Scope};
use ambtelijke_ruimte::journal::{Date, Entry, OathText};
use ambtelijke_ruimte::records::Record;
use ambtelijke_ruimte::session::Session;
use ambtelijke_ruimte::vault::{Envelope, SecretString, Vault, new_id};
use common::{PASS, forge_record as forge, ruimte};

/// A vault with three sealed entries and an oath; the folder and the entries' ids.
fn genuine(root: &Path) -> (PathBuf, Vec<String>) {
    let dir = root.join("data");
    let pass = SecretString::from(PASS.to_owned());
    let (vault, _) = Vault::create_with_work_factor_for_tests(&dir, &pass, 10).expect("create");
    let unlocked = vault.unlock(&pass).expect("unlock");
    let mut s = Session::open(Arc::new(vault), unlocked);
    let ids = ["Een", "Twee", "Drie"]
        .iter()
        .map(|t| {
            let e = Entry::new(*t, Date::from_unix(1_700_000_000));
            s.save_entry(None, e, 1_700_000_000).expect("save")
        })
        .collect();
    s.save_oath(
        OathText {
            text: "Echt".into(),
        },
        1,
    )
    .expect("oath");
    (dir, ids)
}

fn session(dir: &Path) -> Session {
    let vault = Arc::new(Vault::open(dir).expect("open"));
    Session::unlock(vault, &SecretString::from(PASS.to_owned())).expect("unlock")
}

fn forged(id: &str, body: Record) -> Envelope<Record> {
    let mut e = Envelope::new(body.kind(), body, 1_700_000_000);
    e.id = id.to_owned();
    e.version = 99;
    e
}

fn entry(title: &str) -> Record {
    Record::Entry(Entry::new(title, Date::from_unix(1_700_000_000)))
}

/// Runs `ruimte verify`; asserts exit 1 and that every `needle` is on some output line.
fn verify_names(dir: &Path, needles: &[String]) -> String {
    let (code, out, err) = ruimte(dir, &["verify"], "", Some(PASS));
    assert_eq!(code, 1, "{out}{err}");
    for n in needles {
        assert!(out.lines().any(|l| l.contains(n.as_str())), "{n}: {out}");
    }
    out
}

/// No forged title reaches the journal, and `list --json` never calls it sealed.
fn never_genuine(dir: &Path, title: &str) {
    let s = session(dir);
    assert!(
        s.journal.iter().all(|(_, e)| e.title != title),
        "{title} shown as genuine"
    );
    drop(s);
    let (code, out, err) = ruimte(dir, &["list", "--json"], "", Some(PASS));
    assert_eq!(code, 0, "{err}");
    let list: serde_json::Value = serde_json::from_str(&out).expect("json");
    for e in list.as_array().expect("array") {
        assert!(e["sealed"].is_boolean(), "{e}");
        if e["title"] == title {
            assert_eq!(e["sealed"], false, "{e}");
        }
    }
}

#[test]
fn a_new_entry_a_replacement_and_a_fake_seal_are_named_and_never_sealed() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (dir, ids) = genuine(tmp.path());
    let new = new_id();
    forge(&dir, &format!("{new}.age"), &forged(&new, entry("Nep")), "");
    forge(
        &dir,
        &format!("{}.age", ids[0]),
        &forged(&ids[0], entry("Vervangen")),
        "",
    );
    let fake = new_id();
    let seal = format!("// seal v2 {}\n", "ab".repeat(32));
    forge(
        &dir,
        &format!("{fake}.age"),
        &forged(&fake, entry("Zegel")),
        &seal,
    );
    let out = verify_names(
        &dir,
        &[
            format!("unsealed: {new}"),
            format!("replaced: {}", ids[0]),
            format!("unsealed: {fake}"),
        ],
    );
    assert!(out.contains("does not verify"), "{out}");
    for title in ["Nep", "Vervangen", "Zegel"] {
        never_genuine(&dir, title);
    }
}

#[test]
fn forged_oath_consent_feedback_and_conflict_copy_are_named_and_ignored() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (dir, ids) = genuine(tmp.path());
    let consent = ConsentRecord {
        date: 1,
        coach: "Nep".into(),
        recipient: None,
        purpose: "p".into(),
        scope: Scope::default(),
        delete_after: None,
        sha256: String::new(),
        format: "md".into(),
    };
    let feedback = FeedbackRecord {
        coach: "Nep".into(),
        entry_id: ids[1].clone(),
        text: "Nep".into(),
        written: 1,
        export_sha256: String::new(),
    };
    let bodies = [
        Record::Oath(OathText { text: "Nep".into() }),
        Record::Consent(consent),
        Record::Feedback(feedback),
    ];
    let mut needles = Vec::new();
    for body in bodies {
        let id = new_id();
        forge(&dir, &format!("{id}.age"), &forged(&id, body), "");
        needles.push(format!("unsealed: {id}"));
    }
    let copy = format!("{}.sync-conflict-20260101-120000-ABCDEFG.age", ids[1]);
    forge(&dir, &copy, &forged(&ids[1], entry("Kopie")), "");
    needles.push(format!("unsealed: {}", ids[1]));
    verify_names(&dir, &needles);
    let s = session(&dir);
    assert_eq!(s.oath.as_ref().map(|o| o.body.text.as_str()), Some("Echt"));
    assert!(s.consents.is_empty() && s.feedback.is_empty());
    assert!(
        s.conflicts.is_empty(),
        "a forged copy is no conflict to resolve"
    );
    drop(s);
    never_genuine(&dir, "Kopie");
}

#[test]
fn a_deleted_record_a_rollback_and_an_emptied_folder_are_named() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (dir, ids) = genuine(tmp.path());
    let record = |id: &str| dir.join("records").join(format!("{id}.age"));

    // Roll back: keep version 1, save version 2, put version 1 back.
    let old = fs::read(record(&ids[1])).expect("v1");
    let mut s = session(&dir);
    let e = Entry::new("Twee, herzien", Date::from_unix(1_700_000_000));
    s.save_entry(Some(&ids[1]), e, 1_700_000_100).expect("v2");
    drop(s);
    fs::write(record(&ids[1]), old).expect("roll back");
    fs::remove_file(record(&ids[0])).expect("delete");
    verify_names(
        &dir,
        &[
            format!("missing: {}", ids[0]),
            format!("rolled back: {}: version 1 found", ids[1]),
        ],
    );

    for e in fs::read_dir(dir.join("records"))
        .expect("records")
        .flatten()
    {
        fs::remove_file(e.path()).expect("empty");
    }
    let out = verify_names(
        &dir,
        &ids.iter()
            .map(|id| format!("missing: {id}"))
            .collect::<Vec<_>>(),
    );
    assert!(!out.contains("0 problem(s)"), "{out}");
}

#[test]
fn a_forged_manifest_and_a_deleted_one_are_named() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (dir, ids) = genuine(tmp.path());
    // The CLI pins the vault and writes its device's manifest.
    let (code, out, err) = ruimte(&dir, &["verify"], "", Some(PASS));
    assert_eq!(code, 0, "{out}{err}");
    let manifests = dir.join("manifests");
    let forged_manifest = manifests.join(format!("{}.age", new_id()));
    let plain = format!("(device:\"X\",written:1,records:{{\"{}\":1}})\n", ids[0]);
    let text = fs::read_to_string(dir.join("vault.ron")).expect("vault.ron");
    let start = text.find("age1").expect("recipient");
    let key: String = text[start..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let recipient: age::x25519::Recipient = key.parse().expect("key");
    let ct = age::encrypt(&recipient, plain.as_bytes()).expect("encrypt");
    fs::write(&forged_manifest, ct).expect("write");
    verify_names(&dir, &["bad: manifests/".to_owned()]);

    // Everything the attacker can delete at once: records and manifests.
    fs::remove_dir_all(&manifests).expect("manifests");
    fs::remove_dir_all(dir.join("records")).expect("records");
    fs::create_dir(dir.join("records")).expect("records");
    let out = verify_names(&dir, &["manifest is gone".to_owned()]);
    assert!(out.contains("bad: manifests/"), "{out}");
}
