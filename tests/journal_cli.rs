//! `ruimte init | add | list | search | verify` as a script would use them.

mod common;

use std::path::Path;

use common::ruimte;

const PASS: &str = "kaasschaaf-windmolen-polder-2026";

#[test]
fn init_add_list_search_verify() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("vault");
    let (code, out, err) = ruimte(&dir, &["init"], "", Some(PASS));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Recovery code"), "{out}");
    let (code, _, err) = ruimte(&dir, &["init"], "", Some(PASS));
    assert_eq!(code, 1);
    assert!(
        err.starts_with("ruimte: ") && err.contains("already holds a vault"),
        "{err}"
    );

    // add needs no passphrase at all.
    let (code, id, err) = ruimte(
        &dir,
        &[
            "add",
            "--title",
            "Coöperatie wil eigen warmtenet",
            "--tactic",
            "groeipad-initiatieven",
            "--tag",
            "wijk",
        ],
        "De bewoners vragen steun.\n",
        None,
    );
    assert_eq!(code, 0, "{err}");
    let id = id.trim().to_owned();
    assert_eq!(id.len(), 26, "a ULID: {id}");
    let (code, _, _) = ruimte(
        &dir,
        &["add", "--title", "Tweede", "--tactic", "weigeren"],
        "Nee zeggen.",
        None,
    );
    assert_eq!(code, 0);

    let (code, out, err) = ruimte(&dir, &["list", "--json"], "", Some(PASS));
    assert_eq!(code, 0, "{err}");
    let list: serde_json::Value = serde_json::from_str(&out).expect("json");
    let list = list.as_array().expect("array");
    assert_eq!(list.len(), 2);
    let first = list
        .iter()
        .find(|e| e["id"] == id.as_str())
        .expect("our entry");
    assert_eq!(first["captured_while_locked"], true);
    assert_eq!(first["sealed"], false, "a capture waits for adoption");
    assert_eq!(first["tags"][0], "wijk");
    let second = list
        .iter()
        .find(|e| e["title"] == "Tweede")
        .expect("second");
    assert_eq!(
        second["open_boundary_question"], true,
        "weigeren lies outside today's ethics"
    );

    // Captures wait for the user's word: verify lists them and passes; adopt seals them.
    let (code, out, err) = ruimte(&dir, &["verify"], "", Some(PASS));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&format!("waiting: {id}")), "{out}");
    let (code, out, err) = ruimte(&dir, &["adopt"], "", Some(PASS));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Coöperatie wil eigen warmtenet"), "{out}");
    let (code, out, err) = ruimte(&dir, &["adopt", "--all"], "", Some(PASS));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&format!("adopted: {id}")), "{out}");

    let (code, out, _) = ruimte(&dir, &["search", "cooperatie"], "", Some(PASS));
    assert_eq!(code, 0);
    assert!(out.contains(&id) && !out.contains("Tweede"), "{out}");

    let (code, out, err) = ruimte(&dir, &["verify"], "", Some(PASS));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("2 sealed record file(s) verified"), "{out}");

    // A damaged record is named, the rest still reads, exit 1.
    let file = dir.join("records").join(format!("{id}.age"));
    let mut bytes = std::fs::read(&file).expect("record");
    let last = bytes.len() - 1;
    bytes[last] ^= 0x55;
    std::fs::write(&file, bytes).expect("write");
    let (code, out, err) = ruimte(&dir, &["verify"], "", Some(PASS));
    assert_eq!(code, 1);
    assert!(out.contains(&format!("bad: {id}.age")), "{out}");
    assert!(err.contains("1 record(s) could not be read"), "{err}");
}

#[test]
fn passphrase_sources_and_errors() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("vault");
    let pass_file = tmp.path().join("pass.txt");
    std::fs::write(&pass_file, format!("{PASS}\n")).expect("write");
    let file_arg = pass_file.to_str().expect("utf-8 path");
    let (code, _, err) = ruimte(&dir, &["init", "--passphrase-file", file_arg], "", None);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = ruimte(&dir, &["list", "--passphrase-file", file_arg], "", None);
    assert_eq!(code, 0, "{err}");
    let before = snapshot(&dir);
    let (code, _, err) = ruimte(&dir, &["list"], "", Some("niet-de-goede-zin"));
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 1, "one clear line: {err}");
    assert!(err.starts_with("ruimte: "), "{err}");
    assert_eq!(before, snapshot(&dir), "a wrong passphrase changes nothing");
    // No terminal and no other source: a clear error, not a hang.
    let (code, _, err) = ruimte(&dir, &["list"], "", None);
    assert_eq!(code, 1);
    assert!(err.contains("RUIMTE_PASSPHRASE"), "{err}");
    let (code, _, err) = ruimte(&tmp.path().join("none"), &["list"], "", Some(PASS));
    assert_eq!(code, 1);
    assert!(err.contains("ruimte init"), "{err}");
    let (code, _, err) = ruimte(
        &dir,
        &["add", "--title", "x", "--tactic", "bestaat-niet"],
        "",
        None,
    );
    assert_eq!(code, 1);
    assert!(err.contains("unknown tactic id"), "{err}");
    let (code, _, _) = ruimte(&dir, &["add"], "", None);
    assert_eq!(code, 2, "usage error");
}

fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((p.display().to_string(), std::fs::read(&p).expect("read")));
            }
        }
    }
    out.sort();
    out
}
