//! "What I shared" lists exactly the files that exist: the export file is written (and synced)
//! first and its receipt after; a failed file leaves no receipt, a failed receipt takes the
//! file away again. A second export the same day gets a free default name.

mod common;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use ambtelijke_ruimte::content::{Content, Lang};
use ambtelijke_ruimte::export::{
    Consent, ExportError, Output, Scope, Selection, deliver, free_export_path, prepare_export,
};
use ambtelijke_ruimte::journal::{Date, Entry};
use ambtelijke_ruimte::session::Session;
use ambtelijke_ruimte::vault::{SecretString, Vault, VaultError};
use common::{PASS, ruimte_cmd, run_within};

const NOW: i64 = 1_780_000_000;

fn secret() -> SecretString {
    SecretString::from(PASS.to_owned())
}

/// A vault with one entry; returns its folder and the entry id.
fn vault_with_entry(root: &Path) -> (std::path::PathBuf, String) {
    let dir = root.join("vault");
    let (vault, _) = Vault::create_with_work_factor_for_tests(&dir, &secret(), 10).expect("create");
    let unlocked = vault.unlock(&secret()).expect("unlock");
    let mut session = Session::open(Arc::new(vault), unlocked);
    let mut entry = Entry::new("Warmtenet", Date::from_unix(NOW));
    entry.dilemma = "De wethouder aarzelt.".into();
    let id = session.save_entry(None, entry, NOW).expect("save");
    (dir, id)
}

/// A session on `dir` that holds no lock (as the command line opens it).
fn reader_session(dir: &Path) -> Session {
    let vault = Vault::open_reader(dir, Duration::from_millis(200)).expect("open");
    Session::unlock(Arc::new(vault), &secret()).expect("unlock")
}

fn consent() -> Consent {
    Consent {
        coach: "Anna".into(),
        purpose: "Intervisie".into(),
        delete_after: None,
        confirmed: true,
    }
}

fn prepared(session: &Session, id: &str) -> ambtelijke_ruimte::export::Prepared {
    let scope = Scope {
        entries: vec![Selection {
            entry_id: id.to_owned(),
            parts: ambtelijke_ruimte::export::Parts::default(),
        }],
        ..Scope::default()
    };
    let content = Content::embedded().expect("content");
    prepare_export(
        session,
        &scope,
        &consent(),
        &Output::PlainMarkdown,
        &content,
        Lang::Nl,
        NOW,
    )
    .expect("prepare")
}

fn record_count(dir: &Path) -> usize {
    std::fs::read_dir(dir.join("records"))
        .expect("records")
        .count()
}

#[test]
fn a_file_that_cannot_be_written_leaves_no_receipt() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (dir, id) = vault_with_entry(tmp.path());
    let mut session = reader_session(&dir);
    let before = record_count(&dir);
    let p = prepared(&session, &id);
    let nowhere = tmp.path().join("no-such-folder").join("s.md");
    let result = deliver(&mut session, &p, &nowhere, false, NOW);
    assert!(matches!(result, Err(ExportError::Io { .. })), "{result:?}");
    assert!(session.consents.is_empty());
    assert_eq!(record_count(&dir), before, "no receipt on disk");
}

#[test]
fn a_receipt_that_cannot_be_kept_takes_the_file_away() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (dir, id) = vault_with_entry(tmp.path());
    let mut session = reader_session(&dir);
    let p = prepared(&session, &id);
    // Another instance holds the writer lock past our wait: the receipt cannot be saved.
    let holder = Vault::open(&dir).expect("lock");
    let file = tmp.path().join("s.md");
    let result = deliver(&mut session, &p, &file, false, NOW);
    assert!(
        matches!(result, Err(ExportError::Vault(VaultError::Locked { .. }))),
        "{result:?}"
    );
    assert!(!file.exists(), "no file leaves without its receipt");
    drop(holder);
    deliver(&mut session, &p, &file, false, NOW).expect("now it works");
    assert!(file.exists());
    assert_eq!(session.consents.len(), 1);
}

#[test]
fn the_command_line_keeps_both_orders() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (dir, id) = vault_with_entry(tmp.path());
    let before = record_count(&dir);
    let export = |out: &Path, env: &[(&str, &str)]| {
        let out = out.to_str().expect("utf-8").to_owned();
        let args = [
            "export",
            "--plain",
            "--coach",
            "Anna",
            "--purpose",
            "p",
            "--entry",
            &id,
            "-o",
            &out,
        ];
        let mut all = vec![("RUIMTE_PASSPHRASE", PASS)];
        all.extend_from_slice(env);
        run_within(ruimte_cmd(&dir, &args, &all), 10)
    };
    let (code, _, err) = export(&tmp.path().join("nergens").join("s.md"), &[]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(
        record_count(&dir),
        before,
        "a failed file leaves no receipt"
    );

    let holder = Vault::open(&dir).expect("lock");
    let file = tmp.path().join("s.md");
    let (code, _, err) = export(&file, &[("RUIMTE_LOCK_WAIT_SECS", "0")]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("another instance"), "{err}");
    assert!(!file.exists(), "a failed receipt removes the file");
    drop(holder);
    let (code, _, err) = export(&file, &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(record_count(&dir), before + 1);
}

#[test]
fn a_second_export_the_same_day_gets_a_free_default_name() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (dir, id) = vault_with_entry(tmp.path());
    let mut session = reader_session(&dir);
    let p = prepared(&session, &id);
    let out = tmp.path().join("docs");
    std::fs::create_dir(&out).expect("dir");
    let stem = format!("samenvatting-{}", Date::from_unix(NOW));
    let first = free_export_path(&out, &stem, "md");
    deliver(&mut session, &p, &first, false, NOW).expect("first");
    let second = free_export_path(&out, &stem, "md");
    assert_ne!(first, second);
    assert!(
        second.ends_with(format!("{stem}-2.md")),
        "{}",
        second.display()
    );
    deliver(&mut session, &p, &second, false, NOW).expect("second");
    assert_eq!(session.consents.len(), 2);
}
