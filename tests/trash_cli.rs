//! `ruimte delete | trash | history` as a script would use them, each with a bad id.

mod common;

use std::path::Path;

use ambtelijke_ruimte::journal::{Date, Entry};
use common::{PASS, ruimte, test_session};

/// A cheap vault in `root/data` holding the entries titled `titles`; returns their ids.
fn vault_with(root: &Path, titles: &[&str]) -> Vec<String> {
    let mut s = test_session(root);
    let now = ambtelijke_ruimte::clock::now();
    titles
        .iter()
        .map(|t| {
            s.save_entry(None, Entry::new(*t, Date::from_unix(now)), now)
                .expect("save")
        })
        .collect()
}

fn run(root: &Path, args: &[&str]) -> (i32, String, String) {
    ruimte(&root.join("data"), args, "", Some(PASS))
}

/// A one-line error: `ruimte: …`, exit 1.
fn fails_with(result: (i32, String, String), words: &str) {
    let (code, _, err) = result;
    assert_eq!(code, 1, "{err}");
    assert!(
        err.starts_with("ruimte: ") && err.trim_end().lines().count() == 1,
        "{err}"
    );
    assert!(err.contains(words), "{err}");
}

#[test]
fn delete_list_restore_from_the_command_line() {
    let tmp = tempfile::tempdir().expect("tmp");
    let ids = vault_with(tmp.path(), &["Warmtevisie", "Buurtbatterij"]);
    let (code, out, err) = run(tmp.path(), &["delete", &ids[0]]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("moved to the trash"), "{out}");

    let (code, out, err) = run(tmp.path(), &["list", "--json"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        !out.contains("Warmtevisie") && out.contains("Buurtbatterij"),
        "{out}"
    );

    let (code, out, err) = run(tmp.path(), &["trash"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(&ids[0]) && out.contains("Warmtevisie") && out.contains("30 day(s) left"),
        "{out}"
    );
    let (code, out, _) = run(tmp.path(), &["trash", "--json"]);
    assert_eq!(code, 0);
    let list: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(list[0]["id"], ids[0].as_str());
    assert_eq!(list[0]["kind"], "entry");
    assert_eq!(list[0]["days_left"], 30);

    let (code, _, err) = run(tmp.path(), &["verify"]);
    assert_eq!(code, 0, "a trashed record is not missing: {err}");

    let (code, out, err) = run(tmp.path(), &["trash", "restore", &ids[0]]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("restored"), "{out}");
    let (_, out, _) = run(tmp.path(), &["list"]);
    assert!(out.contains("Warmtevisie"), "{out}");

    fails_with(
        run(tmp.path(), &["delete", "01JCX3K5ZQ8W6N2Y4T7V9B1M3D"]),
        "no entry",
    );
    fails_with(run(tmp.path(), &["delete", "../etc"]), "no entry");
    fails_with(
        run(tmp.path(), &["trash", "restore", &ids[1]]),
        "nothing in the trash",
    );
    let (code, _, err) = run(tmp.path(), &["delete"]);
    assert_eq!(code, 2, "usage: {err}");
}

#[test]
fn emptying_asks_or_needs_yes() {
    let tmp = tempfile::tempdir().expect("tmp");
    let ids = vault_with(tmp.path(), &["Weg ermee"]);
    assert_eq!(run(tmp.path(), &["delete", &ids[0]]).0, 0);
    // No terminal to ask on: refused, nothing removed.
    fails_with(run(tmp.path(), &["trash", "empty"]), "--yes");
    let (_, out, _) = run(tmp.path(), &["trash"]);
    assert!(out.contains("Weg ermee"), "{out}");

    let (code, out, err) = run(tmp.path(), &["trash", "empty", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("1 record(s) removed"), "{out}");
    let (_, out, _) = run(tmp.path(), &["trash"]);
    assert!(out.contains("The trash is empty"), "{out}");
    let (code, _, err) = run(tmp.path(), &["verify"]);
    assert_eq!(code, 0, "emptied on purpose is not missing: {err}");
    fails_with(
        run(tmp.path(), &["trash", "restore", &ids[0]]),
        "nothing in the trash",
    );
    let (code, _, _) = run(tmp.path(), &["trash", "--yes"]);
    assert_eq!(code, 2, "--yes belongs to trash empty");
}

#[test]
fn history_lists_versions_and_restores_one() {
    let tmp = tempfile::tempdir().expect("tmp");
    let id = {
        let mut s = test_session(tmp.path());
        let now = ambtelijke_ruimte::clock::now();
        let id = s
            .save_entry(None, Entry::new("Versie een", Date::from_unix(now)), now)
            .expect("save");
        s.save_entry(
            Some(&id),
            Entry::new("Versie twee", Date::from_unix(now)),
            now + 1,
        )
        .expect("save");
        id
    };
    let (code, out, err) = run(tmp.path(), &["history", &id]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].contains("Versie een") && !lines[0].contains("current"),
        "{out}"
    );
    assert!(
        lines[1].contains("Versie twee") && lines[1].ends_with("(current)"),
        "{out}"
    );

    let (code, out, _) = run(tmp.path(), &["history", &id, "--json"]);
    assert_eq!(code, 0);
    let list: serde_json::Value = serde_json::from_str(&out).expect("json");
    let first = list[0]["version"].as_u64().expect("a version number");
    assert_eq!(list[1]["current"], true);

    let (code, out, err) = run(
        tmp.path(),
        &["history", &id, "--restore", &first.to_string()],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("current one again"), "{out}");
    let (_, out, _) = run(tmp.path(), &["history", &id, "--json"]);
    let list: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(list.as_array().map(Vec::len), Some(3));
    assert_eq!(list[2]["title"], "Versie een");

    fails_with(
        run(tmp.path(), &["history", "01JCX3K5ZQ8W6N2Y4T7V9B1M3D"]),
        "no entry",
    );
    fails_with(
        run(tmp.path(), &["history", &id, "--restore", "99"]),
        "no earlier version",
    );
    let (code, _, _) = run(tmp.path(), &["history", &id, "--restore", "x"]);
    assert_eq!(code, 2);
}

#[test]
fn a_consent_receipt_cannot_be_deleted() {
    use ambtelijke_ruimte::export::{ConsentRecord, Scope};
    let tmp = tempfile::tempdir().expect("tmp");
    let receipt = {
        let mut s = test_session(tmp.path());
        let now = ambtelijke_ruimte::clock::now();
        let record = ConsentRecord {
            date: now,
            coach: "Coach".into(),
            recipient: None,
            purpose: "intervisie".into(),
            scope: Scope::default(),
            delete_after: None,
            sha256: String::new(),
            format: "md".into(),
        };
        s.save_consent(record, now).expect("receipt");
        s.consents[0].id.clone()
    };
    fails_with(run(tmp.path(), &["delete", &receipt]), "consent receipt");
    let (_, out, _) = run(tmp.path(), &["trash"]);
    assert!(out.contains("The trash is empty"), "{out}");
    let record = tmp
        .path()
        .join("data/records")
        .join(format!("{receipt}.age"));
    assert!(record.is_file(), "the receipt stays where it was");
}
