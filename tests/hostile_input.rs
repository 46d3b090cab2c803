//! Input that could hang, exhaust or trick the command line: pipes, devices and folders where
//! a file is expected, a reader that goes away, a full disk, control characters in titles, file
//! names and shared summaries, a byte order mark, and passphrases with a trailing newline.
// FIFOs, /dev/full and file modes are Unix things; Windows has none of them to test.
#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use ambtelijke_ruimte::vault::{SecretString, Vault};
use common::{PASS, ruimte_cmd, run_within};

/// A vault in `root/vault` with a cheap work factor, closed again; returns its folder.
fn cheap_vault(root: &Path) -> PathBuf {
    let dir = root.join("vault");
    let pass = SecretString::from(PASS.to_owned());
    Vault::create_with_work_factor_for_tests(&dir, &pass, 10).expect("create");
    dir
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo failed");
}

/// `ruimte` with the test passphrase in the environment.
fn with_pass(dir: &Path, args: &[&str]) -> (i32, String, String) {
    run_within(ruimte_cmd(dir, args, &[("RUIMTE_PASSPHRASE", PASS)]), 10)
}

#[test]
fn pipes_devices_and_folders_are_refused_before_anything_is_read() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = cheap_vault(tmp.path());
    let fifo = tmp.path().join("fifo");
    mkfifo(&fifo);
    let folder = tmp.path().join("folder.ron");
    std::fs::create_dir(&folder).expect("folder");
    let targets = [
        fifo.to_str().expect("utf-8"),
        "/dev/zero",
        "/dev/urandom",
        folder.to_str().expect("utf-8"),
    ];
    for target in targets {
        for args in [
            vec!["check", target],
            vec!["open-export", target],
            vec!["--passphrase-file", target, "list"],
            vec!["score", target],
            vec!["analyse", target],
        ] {
            // Before: `check` read /dev/zero until memory ran out and hung on the FIFO.
            let (code, _, err) = run_within(ruimte_cmd(&dir, &args, &[]), 5);
            assert_eq!(code, 1, "{args:?}: {err}");
            assert!(err.contains("not a regular file"), "{args:?}: {err}");
            assert!(!err.contains("panicked"), "{err}");
        }
    }
}

#[test]
fn a_closed_pipe_is_quiet_and_a_full_disk_is_one_line() {
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader); // `ruimte --help | true`, with `true` already gone
    let out = Command::new(env!("CARGO_BIN_EXE_ruimte"))
        .arg("--help")
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.is_empty(), "{err}");

    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = Command::new(env!("CARGO_BIN_EXE_ruimte"))
        .arg("--help")
        .stdout(full)
        .stderr(Stdio::piped())
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "not a panic (101): {err}");
    assert!(err.starts_with("ruimte: cannot write output"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn scores_into_a_closed_pipe_end_quietly() {
    let tmp = tempfile::tempdir().expect("tmp");
    let csv = tmp.path().join("answers.csv");
    let rows: String = (0..200).map(|i| format!("r{i},3\n")).collect();
    std::fs::write(&csv, format!("respondent,l01\n{rows}")).expect("csv");
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader); // `ruimte score answers.csv | head -1`, with `head` already gone
    let out = Command::new(env!("CARGO_BIN_EXE_ruimte"))
        .arg("score")
        .arg(&csv)
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.is_empty(), "{err}");
}

/// No byte a terminal acts on: C0 but newline, C1, DEL, bidi overrides.
fn assert_inert(what: &str, text: &str) {
    let bad = text.chars().find(|&c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    });
    assert!(bad.is_none(), "{what} lets {bad:?} through: {text:?}");
}

#[test]
fn titles_file_names_and_summaries_reach_the_terminal_escaped() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = cheap_vault(tmp.path());
    // OSC 52 writes the clipboard; CSI (8-bit) and a bidi override follow.
    let title = "Subsidie\u{1b}]52;c;aGFjaw==\u{7}\u{9b}2J\u{202e}\u{7f}";
    let mut add = ruimte_cmd(&dir, &["add", "--title", title], &[]);
    add.stdin(Stdio::null());
    let (code, id, err) = run_within(add, 10);
    assert_eq!(code, 0, "{err}");
    let id = id.trim().to_owned();

    let (code, out, err) = with_pass(&dir, &["list"]);
    assert_eq!(code, 0, "{err}");
    assert_inert("list", &out);
    assert!(out.contains("Subsidie\\u{1b}]52;c;aGFjaw==\\u{7}"), "{out}");

    let (code, out, err) = with_pass(&dir, &["list", "--json"]);
    assert_eq!(code, 0, "{err}");
    assert_inert("list --json", &out);
    let list: serde_json::Value = serde_json::from_str(&out).expect("still valid JSON");
    assert_eq!(list[0]["title"], title, "the JSON value is the real title");

    // A record file whose very name carries an escape sequence.
    std::fs::write(dir.join("records").join("x\u{1b}[2J.age"), b"x").expect("write");
    let (code, out, _) = with_pass(&dir, &["verify"]);
    assert_eq!(code, 1);
    assert_inert("verify", &out);
    assert!(out.contains("x\\u{1b}[2J.age"), "{out}");

    // A capture is shared only once adopted; adopting names its title, escaped too.
    let (code, out, err) = with_pass(&dir, &["adopt", "--all"]);
    assert_eq!(code, 0, "{err}");
    assert_inert("adopt", &out);

    // A summary shared to this vault's own key, opened as the coach would.
    let recipient = recipient_of(&dir);
    let file = tmp.path().join("s.md.age");
    let file_arg = file.to_str().expect("utf-8");
    let args = [
        "export",
        "--to",
        &recipient,
        "--coach",
        "Kim",
        "--purpose",
        "p",
        "--entry",
        &id,
        "-o",
        file_arg,
    ];
    let (code, _, err) = with_pass(&dir, &args);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = with_pass(&dir, &["open-export", file_arg]);
    assert_eq!(code, 0, "{err}");
    assert_inert("open-export", &out);
    assert!(out.contains("Subsidie\\u{1b}]52"), "{out}");
}

fn recipient_of(dir: &Path) -> String {
    let text = std::fs::read_to_string(dir.join("vault.ron")).expect("vault.ron");
    let start = text.find("age1").expect("a recipient");
    text[start..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect()
}

#[test]
fn a_questionnaire_saved_with_a_byte_order_mark_checks() {
    let tmp = tempfile::tempdir().expect("tmp");
    let default = concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/default.ron");
    let text = std::fs::read_to_string(default).expect("default");
    let file = tmp.path().join("notepad.ron");
    std::fs::write(&file, format!("\u{feff}{text}")).expect("write");
    let cmd = ruimte_cmd(tmp.path(), &["check", file.to_str().expect("utf-8")], &[]);
    let (code, out, err) = run_within(cmd, 10);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(": ok ("), "{out}");
}

#[test]
fn env_and_file_passphrases_agree_and_init_keeps_a_shared_folders_mode() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("shared");
    std::fs::create_dir(&dir).expect("dir");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o1777)).expect("chmod");
    // `export RUIMTE_PASSPHRASE="$(cat file)"` keeps no newline, but a here-string does.
    let with_newline = format!("{PASS}\n");
    let cmd = ruimte_cmd(&dir, &["init"], &[("RUIMTE_PASSPHRASE", &with_newline)]);
    let (code, _, err) = run_within(cmd, 20);
    assert_eq!(code, 0, "{err}");
    let mode = std::fs::metadata(&dir).expect("meta").permissions().mode() & 0o7777;
    assert_eq!(
        mode, 0o1777,
        "init must not change a folder it did not create"
    );

    let pass_file = tmp.path().join("pass.txt");
    std::fs::write(&pass_file, PASS).expect("write");
    let file_arg = pass_file.to_str().expect("utf-8");
    let cmd = ruimte_cmd(&dir, &["list", "--passphrase-file", file_arg], &[]);
    let (code, _, err) = run_within(cmd, 20);
    assert_eq!(code, 0, "the newline was not part of the passphrase: {err}");

    std::fs::write(&pass_file, format!("{PASS}\nnog een regel\n")).expect("write");
    let cmd = ruimte_cmd(&dir, &["list", "--passphrase-file", file_arg], &[]);
    let (code, _, err) = run_within(cmd, 20);
    assert_eq!(code, 1);
    assert!(err.contains("more than one line"), "{err}");
    let two_lines = format!("{PASS}\nx");
    let cmd = ruimte_cmd(&dir, &["list"], &[("RUIMTE_PASSPHRASE", &two_lines)]);
    let (code, _, err) = run_within(cmd, 20);
    assert_eq!(code, 1);
    assert!(err.contains("more than one line"), "{err}");
}
