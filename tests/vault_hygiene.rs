//! The vault from the command line as it meets the real world: other programs' temp files,
//! read-only media, records that cannot be read, sync conflict copies, oversized files and a
//! damaged key file. Each is named, none is touched without the user's say.

mod common;

use std::path::{Path, PathBuf};
use std::process::Stdio;

use ambtelijke_ruimte::vault::{SecretString, Vault, new_id};
use common::{PASS, ruimte_cmd, run_within};

fn cheap_vault(root: &Path) -> PathBuf {
    let dir = root.join("vault");
    let pass = SecretString::from(PASS.to_owned());
    Vault::create_with_work_factor_for_tests(&dir, &pass, 10).expect("create");
    dir
}

fn with_pass(dir: &Path, args: &[&str]) -> (i32, String, String) {
    run_within(ruimte_cmd(dir, args, &[("RUIMTE_PASSPHRASE", PASS)]), 10)
}

/// Adds an entry as `ruimte add` does (a capture, waiting for adoption) and adopts it, so it is
/// a sealed record in `records/`.
fn add_kept(dir: &Path, title: &str) -> String {
    let id = add(dir, title);
    let (code, _, err) = with_pass(dir, &["adopt", &id]);
    assert_eq!(code, 0, "{err}");
    id
}

fn add(dir: &Path, title: &str) -> String {
    let mut cmd = ruimte_cmd(dir, &["add", "--title", title], &[]);
    cmd.stdin(Stdio::null());
    let (code, out, err) = run_within(cmd, 10);
    assert_eq!(code, 0, "{err}");
    out.trim().to_owned()
}

/// Every file under `dir` with its size and modification time.
fn listing(dir: &Path) -> Vec<(PathBuf, u64, std::time::SystemTime)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read dir").flatten() {
            let meta = e.metadata().expect("meta");
            if meta.is_dir() {
                stack.push(e.path());
            }
            out.push((e.path(), meta.len(), meta.modified().expect("mtime")));
        }
    }
    out.sort();
    out
}

#[test]
fn opening_removes_only_its_own_temp_files() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = cheap_vault(tmp.path());
    let theirs = [
        dir.join(".tmp-editor-swap"),
        dir.join("records/.tmp-sync-42"),
    ];
    let ours = dir.join(format!("records/.tmp-ruimte-00aa-{}.age", new_id()));
    for f in theirs.iter().chain([&ours]) {
        std::fs::write(f, b"half").expect("write");
    }
    add(&dir, "Iets");
    for f in &theirs {
        assert!(f.exists(), "{} is not ours to remove", f.display());
    }
    assert!(!ours.exists(), "our own leftover is cleaned up");
}

#[test]
#[cfg(unix)]
fn a_read_only_vault_is_listed_and_verified_without_a_write() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = cheap_vault(tmp.path());
    add_kept(&dir, "Op een cd-rom");
    std::fs::remove_file(dir.join(".lock")).expect("the last writer's lock file");
    let set = |mode: u32| {
        for (p, _, _) in listing(&dir)
            .into_iter()
            .chain([(dir.clone(), 0, std::time::UNIX_EPOCH)])
        {
            let m = if p.is_dir() { mode | 0o100 } else { mode };
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(m)).expect("chmod");
        }
    };
    set(0o400);
    let before = listing(&dir);
    // Root ignores the modes, so "nothing was written" is checked on the listing as well.
    let (code, out, err) = with_pass(&dir, &["list"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Op een cd-rom"), "{out}");
    let (code, out, err) = with_pass(&dir, &["verify"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("1 sealed record file(s) verified"), "{out}");
    assert_eq!(
        before,
        listing(&dir),
        "reading wrote nothing (not even .lock)"
    );
    set(0o700);
}

#[test]
fn unreadable_records_and_conflicts_are_warned_about_and_resolved() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = cheap_vault(tmp.path());
    let id = add_kept(&dir, "Warmtenet");
    let other = add_kept(&dir, "Tweede");
    let records = dir.join("records");
    std::fs::write(records.join(format!("{}.age", new_id())), b"not age").expect("write");
    // Syncthing's conflict copy of the first entry hides it from list.
    let copy = records.join(format!("{id}.sync-conflict-20260101-120000-ABCDEFG.age"));
    std::fs::copy(records.join(format!("{id}.age")), &copy).expect("copy");

    for args in [vec!["list"], vec!["search", "tweede"]] {
        let (code, out, err) = with_pass(&dir, &args);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains(&other), "{out}");
        assert!(
            err.contains("1 record(s) could not be read"),
            "{args:?}: {err}"
        );
        assert!(err.contains("ruimte resolve"), "{args:?}: {err}");
    }
    let (code, out, err) = with_pass(&dir, &["resolve"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(&id) && out.contains("mine:") && out.contains("theirs:"),
        "{out}"
    );
    assert!(out.contains("\"Warmtenet\""), "{out}");

    let (code, _, err) = with_pass(&dir, &["resolve", "--keep", "mine", &other]);
    assert_eq!(code, 1, "no conflict there");
    assert!(err.contains("has no sync conflict"), "{err}");
    let (code, _, err) = with_pass(&dir, &["resolve", "--keep", "mine", &id]);
    assert_eq!(code, 0, "{err}");
    assert!(!copy.exists(), "the copy was removed");
    let (_, out, err) = with_pass(&dir, &["list"]);
    assert!(out.contains(&id), "the entry is back: {out}");
    assert!(!err.contains("resolve"), "{err}");

    // Both: the copy becomes an entry of its own.
    std::fs::copy(records.join(format!("{id}.age")), &copy).expect("copy");
    let (code, _, err) = with_pass(&dir, &["resolve", "--keep", "both", &id]);
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = with_pass(&dir, &["list"]);
    assert_eq!(out.matches("Warmtenet").count(), 2, "{out}");
    let (code, _, _) = with_pass(&dir, &["resolve", "--keep", "nobody", &id]);
    assert_eq!(code, 2, "a usage error");
}

#[test]
fn a_record_over_the_size_cap_is_named_and_not_read() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = cheap_vault(tmp.path());
    add(&dir, "Klein");
    let big = dir.join("records").join(format!("{}.age", new_id()));
    let file = std::fs::File::create(&big).expect("create");
    file.set_len(9 * 1024 * 1024).expect("a sparse 9 MiB file");
    let (code, out, _) = with_pass(&dir, &["verify"]);
    assert_eq!(code, 1);
    assert!(out.contains("more than a record can be"), "{out}");
    let (code, out, err) = with_pass(&dir, &["list"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Klein"), "{out}");
}

#[test]
fn a_damaged_key_file_is_not_reported_as_a_wrong_passphrase() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = cheap_vault(tmp.path());
    let identity = dir.join("identity.age");
    let good = std::fs::read(&identity).expect("read");
    let text = String::from_utf8_lossy(&good).into_owned();
    // The scrypt stanza's work factor is no number any more; the body is cut short.
    let stanza_end = text.find("\n---").expect("header");
    let header = &text[..stanza_end];
    let damaged_header = header.replacen(" 10\n", " 1x\n", 1);
    assert_ne!(header, damaged_header, "the stanza names work factor 10");
    for damaged in [
        format!("{damaged_header}{}", &text[stanza_end..]).into_bytes(),
        good[..good.len() - 7].to_vec(),
    ] {
        std::fs::write(&identity, &damaged).expect("write");
        let (code, _, err) = with_pass(&dir, &["list"]);
        assert_eq!(code, 1);
        assert!(
            !err.contains("passphrase is not correct"),
            "case {}: {err}",
            damaged.len()
        );
        assert!(err.contains("identity.age is damaged"), "{err}");
        assert!(err.contains("recovery code"), "says what to do: {err}");
    }
    std::fs::write(&identity, &good).expect("write");
    let (code, _, err) = with_pass(&dir, &["list"]);
    assert_eq!(code, 0, "{err}");
    let cmd = ruimte_cmd(
        &dir,
        &["list"],
        &[("RUIMTE_PASSPHRASE", "een-andere-zin-die-niet-past")],
    );
    let (code, _, err) = run_within(cmd, 10);
    assert_eq!(code, 1);
    assert!(err.contains("passphrase is not correct"), "{err}");
}
