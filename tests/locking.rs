//! The writer lock as several processes meet it: readers never take it (not even while scrypt
//! runs), writers wait a bounded time and then name the holder, and `add` reads its stdin
//! before it locks. Eight writers beside a reader loop lose nothing and fail nothing.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ambtelijke_ruimte::vault::Vault;
use common::{ruimte_cmd, run_within};

const PASS: &str = "kaasschaaf-windmolen-polder-2026";

/// A vault made by `ruimte init` (the real work factor, so every unlock takes a while).
fn real_vault(root: &Path) -> std::path::PathBuf {
    let dir = root.join("vault");
    let cmd = ruimte_cmd(&dir, &["init"], &[("RUIMTE_PASSPHRASE", PASS)]);
    let (code, _, err) = run_within(cmd, 30);
    assert_eq!(code, 0, "{err}");
    dir
}

fn spawn_add(dir: &Path, title: &str, env: &[(&str, &str)]) -> Child {
    let mut cmd = ruimte_cmd(dir, &["add", "--title", title], env);
    cmd.stdin(Stdio::piped());
    cmd.spawn().expect("runs")
}

fn finish(child: Child, stdin: &str) -> (i32, String, String) {
    let mut child = child;
    if let Some(mut input) = child.stdin.take() {
        input.write_all(stdin.as_bytes()).expect("stdin");
    }
    let out = child.wait_with_output().expect("finishes");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn eight_writers_beside_a_reader_loop_lose_nothing_and_fail_nothing() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = real_vault(tmp.path());
    let done = Arc::new(AtomicBool::new(false));
    let reader = {
        let (dir, done) = (dir.clone(), Arc::clone(&done));
        std::thread::spawn(move || {
            let mut runs = Vec::new();
            while !done.load(Ordering::SeqCst) || runs.is_empty() {
                let cmd = ruimte_cmd(&dir, &["list"], &[("RUIMTE_PASSPHRASE", PASS)]);
                runs.push(run_within(cmd, 30));
            }
            runs
        })
    };
    // Let the first list get into its key derivation, then start all writers at once.
    std::thread::sleep(Duration::from_millis(100));
    let writers: Vec<Child> = (0..8)
        .map(|n| spawn_add(&dir, &format!("Schrijver {n}"), &[]))
        .collect();
    let results: Vec<_> = writers
        .into_iter()
        .enumerate()
        .map(|(n, w)| finish(w, &format!("dilemma {n}")))
        .collect();
    done.store(true, Ordering::SeqCst);
    for (code, out, err) in &results {
        assert_eq!(*code, 0, "a writer failed: {err}");
        assert_eq!(out.trim().len(), 26, "{out}");
    }
    for (code, _, err) in reader.join().expect("reader") {
        assert_eq!(code, 0, "a reader failed: {err}");
    }
    let cmd = ruimte_cmd(&dir, &["list", "--json"], &[("RUIMTE_PASSPHRASE", PASS)]);
    let (code, out, err) = run_within(cmd, 30);
    assert_eq!(code, 0, "{err}");
    let list: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(list.as_array().map(Vec::len), Some(8), "{out}");
}

#[test]
fn a_writer_waits_a_bounded_time_and_names_who_holds_the_lock() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("vault");
    let pass = ambtelijke_ruimte::vault::SecretString::from(PASS.to_owned());
    let (holder, _) = Vault::create_with_work_factor_for_tests(&dir, &pass, 10).expect("create");

    // A reader does not need the lock at all, even while the app holds it.
    let cmd = ruimte_cmd(&dir, &["list"], &[("RUIMTE_PASSPHRASE", PASS)]);
    let (code, _, err) = run_within(cmd, 10);
    assert_eq!(code, 0, "{err}");

    let start = Instant::now();
    let child = spawn_add(&dir, "Wacht", &[("RUIMTE_LOCK_WAIT_SECS", "1")]);
    let (code, _, err) = finish(child, "tekst");
    assert_eq!(code, 1);
    assert!(start.elapsed() < Duration::from_secs(5), "bounded");
    assert!(
        err.contains(&format!("pid {}", std::process::id())),
        "names the holder: {err}"
    );
    assert!(err.contains("waited 1 s"), "states the wait: {err}");

    // With the default wait, a writer gets through once the holder lets go.
    let child = spawn_add(&dir, "Geduldig", &[]);
    std::thread::sleep(Duration::from_millis(300));
    drop(holder);
    let (code, _, err) = finish(child, "tekst");
    assert_eq!(code, 0, "{err}");
}

#[test]
fn add_reads_its_stdin_before_it_takes_the_lock() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("vault");
    let pass = ambtelijke_ruimte::vault::SecretString::from(PASS.to_owned());
    drop(Vault::create_with_work_factor_for_tests(&dir, &pass, 10).expect("create"));
    // The first writer is still waiting for its dilemma to be typed...
    let slow = spawn_add(&dir, "Traag", &[]);
    std::thread::sleep(Duration::from_millis(300));
    // ...and must not keep a second one out.
    let fast = spawn_add(&dir, "Snel", &[("RUIMTE_LOCK_WAIT_SECS", "1")]);
    let (code, _, err) = finish(fast, "kort");
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = finish(slow, "eindelijk");
    assert_eq!(code, 0, "{err}");
}
