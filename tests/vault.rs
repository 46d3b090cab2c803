//! The vault as the app and the CLI use it: create, open, unlock, save, load, recover, and what
//! happens with damaged files, sync conflicts, crashes and the `age` command-line tool.

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use ambtelijke_ruimte::vault::{
    Envelope, ExposeSecret, FORMAT, LoadReport, RecoveryCode, SecretString, Unlocked, Vault,
    VaultError, new_id,
};
use rand::Rng;
use serde::{Deserialize, Serialize};

/// A small record body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Note {
    title: String,
    text: String,
    tags: Vec<String>,
}

const PASS: &str = "Zonnige-Kade-Fietsbel-73";
/// The cheap scrypt work factor for tests where the real one does not matter.
const TEST_LOG_N: u8 = 10;

fn secret(s: &str) -> SecretString {
    SecretString::from(s)
}

fn note(title: &str, text: &str) -> Note {
    Note {
        title: title.to_owned(),
        text: text.to_owned(),
        tags: vec!["grens".to_owned(), "regie".to_owned()],
    }
}

fn new_vault(dir: &Path) -> (Vault, RecoveryCode) {
    Vault::create_with_work_factor_for_tests(dir, &secret(PASS), TEST_LOG_N).expect("creates")
}

fn save_notes(vault: &Vault, n: usize) -> Vec<Envelope<Note>> {
    let notes: Vec<Envelope<Note>> = (0..n)
        .map(|i| Envelope::new("entry", note(&format!("note {i}"), "tekst"), 1_700_000_000))
        .collect();
    let unlocked = vault.unlock(&secret(PASS)).expect("unlocks");
    for e in &notes {
        vault.save(&unlocked, e).expect("saves");
    }
    notes
}

fn sorted(mut v: Vec<Envelope<Note>>) -> Vec<Envelope<Note>> {
    v.sort_by(|a, b| a.id.cmp(&b.id));
    v
}

fn load(vault: &Vault, unlocked: &Unlocked) -> LoadReport<Note> {
    vault.load_all(unlocked)
}

#[test]
fn round_trip_saves_and_loads_records_after_reopening() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (vault, _code) = new_vault(&dir);
    let recipient = vault.recipient().unwrap().to_owned();
    assert!(recipient.starts_with("age1"), "{recipient}");
    let notes = save_notes(&vault, 3);
    drop(vault);

    assert!(Vault::exists(&dir));
    let vault = Vault::open(&dir).unwrap();
    let unlocked = vault.unlock(&secret(PASS)).unwrap();
    assert_eq!(unlocked.recipient(), recipient);
    let report = load(&vault, &unlocked);
    assert!(report.failures.is_empty(), "{:?}", report.failures);
    assert!(report.conflicts.is_empty());
    assert_eq!(report.records, sorted(notes));
    let vault_ron = fs::read_to_string(dir.join("vault.ron")).unwrap();
    assert!(
        vault_ron.contains(&format!("\"{recipient}\"")),
        "{vault_ron}"
    );
    assert!(
        vault_ron.contains(&format!("format: {FORMAT}")),
        "{vault_ron}"
    );
    assert_eq!(vault.record_files().unwrap().len(), 3);
}

#[cfg(unix)]
#[test]
fn files_and_folders_are_private_to_the_owner() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (vault, _code) = new_vault(&dir);
    save_notes(&vault, 1);
    for (path, _, mode) in snapshot(&dir).values() {
        let want = if path.is_dir() { 0o700 } else { 0o600 };
        assert_eq!(mode & 0o777, want, "{}", path.display());
    }
    let mode = fs::metadata(&dir).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o700);
}

#[test]
fn no_plaintext_reaches_the_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (vault, _code) = new_vault(&dir);
    let unlocked = vault.unlock(&secret(PASS)).unwrap();
    let e = Envelope::new("entry", note("ZICHTBAAR-GEHEIM", "ZICHTBAAR-GEHEIM"), 1);
    vault.save(&unlocked, &e).unwrap();
    let key = unlocked.identity_file_text();
    let key_line = key.expose_secret().lines().last().unwrap().to_owned();
    for (path, bytes, _) in snapshot(&dir).values() {
        let text = String::from_utf8_lossy(bytes);
        assert!(!text.contains("ZICHTBAAR-GEHEIM"), "{}", path.display());
        assert!(!text.contains(&key_line), "{}", path.display());
        assert!(!text.contains(PASS), "{}", path.display());
    }
}

#[test]
fn create_pins_the_real_work_factor_and_unlock_accepts_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let started = Instant::now();
    let (vault, _code) = Vault::create(&dir, &secret(PASS)).unwrap();
    let created_in = started.elapsed();
    for file in ["identity.age", "recovery.age"] {
        let bytes = fs::read(dir.join(file)).unwrap();
        let header = String::from_utf8_lossy(&bytes);
        let stanza = header
            .lines()
            .find(|l| l.starts_with("-> scrypt "))
            .unwrap_or_else(|| panic!("{file} has no scrypt stanza"));
        let words: Vec<&str> = stanza.split(' ').collect();
        assert_eq!(words.len(), 4, "{stanza}");
        assert_eq!(words[3], "18", "{file}: {stanza}");
    }
    let started = Instant::now();
    let unlocked = vault.unlock(&secret(PASS)).unwrap();
    eprintln!(
        "work factor 18: create {created_in:?}, unlock {:?}",
        started.elapsed()
    );
    assert_eq!(Some(unlocked.recipient().as_str()), vault.recipient());
}

#[test]
fn create_refuses_a_weak_passphrase_and_writes_no_vault() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    for weak in [
        "welkom123",
        "qwerty123456",
        "aaaaaaaaaaaaaa",
        "Wachtwoord2024!",
    ] {
        match Vault::create(&dir, &secret(weak)) {
            Err(VaultError::WeakPassphrase(reason)) => assert!(!reason.is_empty()),
            other => panic!("{weak}: {:?}", other.map(|_| ())),
        }
        assert!(!Vault::exists(&dir));
    }
}

#[test]
fn create_refuses_an_existing_vault_and_open_refuses_a_folder_without_one() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    assert!(matches!(Vault::open(&dir), Err(VaultError::NotAVault(p)) if p == dir));
    let (vault, _code) = new_vault(&dir);
    drop(vault);
    let again = Vault::create_with_work_factor_for_tests(&dir, &secret(PASS), TEST_LOG_N);
    assert!(matches!(again, Err(VaultError::AlreadyExists)));
}

/// Every file and folder under `dir`: relative path → (path, bytes, mode).
fn snapshot(dir: &Path) -> BTreeMap<String, (PathBuf, Vec<u8>, u32)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).expect("readable folder") {
            let path = entry.expect("readable entry").path();
            let meta = fs::symlink_metadata(&path).expect("metadata");
            let rel = path
                .strip_prefix(dir)
                .expect("under dir")
                .display()
                .to_string();
            #[cfg(unix)]
            let mode = std::os::unix::fs::PermissionsExt::mode(&meta.permissions());
            #[cfg(not(unix))]
            let mode = 0;
            if meta.is_dir() {
                stack.push(path.clone());
                out.insert(rel, (path, Vec::new(), mode));
            } else {
                let bytes = fs::read(&path).expect("readable file");
                out.insert(rel, (path, bytes, mode));
            }
        }
    }
    out
}

#[test]
fn wrong_passphrase_is_refused_and_changes_nothing_on_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (vault, _code) = new_vault(&dir);
    save_notes(&vault, 2);
    drop(vault);
    let vault = Vault::open(&dir).unwrap();
    let before = snapshot(&dir);
    assert!(before.contains_key("identity.age") && before.contains_key(".lock"));
    for wrong in ["Zonnige-Kade-Fietsbel-74", "", "zonnige-kade-fietsbel-73"] {
        assert!(matches!(
            vault.unlock(&secret(wrong)),
            Err(VaultError::WrongPassphrase)
        ));
    }
    assert!(matches!(
        vault.unlock_with_recovery("00000-00000-00000-00000-00000-00000"),
        Err(VaultError::WrongRecoveryCode)
    ));
    assert!(matches!(
        vault.unlock_with_recovery("not a code"),
        Err(VaultError::WrongRecoveryCode)
    ));
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn recovery_code_unlocks_and_passphrase_can_be_changed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (vault, code) = new_vault(&dir);
    let notes = save_notes(&vault, 2);
    let shown = code.to_string();
    assert_eq!(shown, code.as_secret().expose_secret());
    assert_eq!(shown.len(), 35, "{shown}");

    let unlocked = vault.unlock_with_recovery(&shown.to_lowercase()).unwrap();
    assert_eq!(Some(unlocked.recipient().as_str()), vault.recipient());
    let spaced = shown.replace('-', " ");
    assert!(vault.unlock_with_recovery(&spaced).is_ok());

    assert!(matches!(
        vault.change_passphrase(&unlocked, &secret("welkom2024")),
        Err(VaultError::WeakPassphrase(_))
    ));
    let new = "Knotwilg-Rivierdijk-Ooievaar-9";
    vault.change_passphrase(&unlocked, &secret(new)).unwrap();
    assert!(matches!(
        vault.unlock(&secret(PASS)),
        Err(VaultError::WrongPassphrase)
    ));
    let again = vault.unlock(&secret(new)).unwrap();
    assert_eq!(load(&vault, &again).records, sorted(notes));
    // The recovery code still works after a passphrase change...
    assert!(vault.unlock_with_recovery(&shown).is_ok());
    // ...until a new one is made.
    let fresh = vault.new_recovery_code(&again).unwrap();
    assert!(matches!(
        vault.unlock_with_recovery(&shown),
        Err(VaultError::WrongRecoveryCode)
    ));
    assert!(vault.unlock_with_recovery(&fresh.to_string()).is_ok());
}

#[test]
fn a_second_open_is_locked_until_the_first_is_dropped() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (first, _code) = new_vault(&dir);
    let locked = Vault::open(&dir).unwrap_err();
    assert!(matches!(locked, VaultError::Locked { .. }));
    let message = locked.to_string();
    assert!(message.contains("another instance"), "{message}");
    drop(first);
    let second = Vault::open(&dir).unwrap();
    assert!(matches!(Vault::open(&dir), Err(VaultError::Locked { .. })));
    drop(second);
    assert!(Vault::open(&dir).is_ok());
}

/// Where the STREAM payload starts: after the header's `--- <mac>` line and the 16-byte nonce.
fn payload_start(ciphertext: &[u8]) -> (usize, usize) {
    let mac_line = ciphertext
        .windows(4)
        .position(|w| w == b"\n---")
        .expect("an age header")
        + 1;
    let header_end = mac_line
        + ciphertext[mac_line..]
            .iter()
            .position(|&b| b == b'\n')
            .expect("a MAC line")
        + 1;
    (mac_line, header_end + 16)
}

#[test]
fn a_tampered_or_truncated_record_fails_alone_and_leaks_no_plaintext() {
    const MARKER: &str = "PLAINTEXT-MARKER-7Q";
    const CHUNK: usize = 64 * 1024 + 16;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (vault, _code) = new_vault(&dir);
    let unlocked = vault.unlock(&secret(PASS)).unwrap();
    let others = save_notes(&vault, 3);
    // Over 150 KiB of plaintext: three STREAM chunks.
    let big = Envelope::new("entry", note("big", &format!("{MARKER} ").repeat(8000)), 1);
    vault.save(&unlocked, &big).unwrap();
    let name = format!("{}.age", big.id);
    let path = dir.join("records").join(&name);
    let original = fs::read(&path).unwrap();
    let (mac_line, payload) = payload_start(&original);
    assert!(original.len() > payload + 2 * CHUNK, "spans three chunks");

    // The untouched file loads, so the marker check below means something.
    let report = load(&vault, &unlocked);
    assert_eq!(report.records.len(), 4);
    assert!(format!("{report:?}").contains(MARKER));

    let flip = |at: usize| {
        let mut b = original.clone();
        b[at] ^= 0x01;
        b
    };
    let mut cases: Vec<(String, Vec<u8>)> = Vec::new();
    let mut boundary = payload;
    while boundary < original.len() {
        cases.push((
            format!("truncated at chunk boundary {boundary}"),
            original[..boundary].to_vec(),
        ));
        boundary += CHUNK;
    }
    cases.push((
        "truncated before the nonce".to_owned(),
        original[..payload - 16].to_vec(),
    ));
    cases.push((
        "one byte short".to_owned(),
        original[..original.len() - 1].to_vec(),
    ));
    // "age-encryption.org/v1\n-> X25519 <ephemeral key>\n<wrapped file key>\n--- <mac>\n"
    cases.push(("flipped in the stanza type".to_owned(), flip(30)));
    cases.push(("flipped in the ephemeral key".to_owned(), flip(40)));
    let body_line = original.iter().skip(22).position(|&b| b == b'\n').unwrap() + 23;
    cases.push((
        "flipped in the wrapped file key".to_owned(),
        flip(body_line + 5),
    ));
    cases.push(("flipped in the header MAC".to_owned(), flip(mac_line + 6)));
    cases.push(("flipped in the nonce".to_owned(), flip(payload - 3)));
    cases.push(("flipped in the first chunk".to_owned(), flip(payload + 10)));
    cases.push((
        "flipped in the second chunk".to_owned(),
        flip(payload + CHUNK + 10),
    ));
    cases.push((
        "flipped in the last tag".to_owned(),
        flip(original.len() - 1),
    ));
    let mut appended = original.clone();
    appended.push(b'x');
    cases.push(("one byte appended".to_owned(), appended));
    let mut appended = original.clone();
    appended.extend_from_slice(&[0; CHUNK]);
    cases.push(("a chunk of zeros appended".to_owned(), appended));

    for (what, bytes) in cases {
        fs::write(&path, &bytes).unwrap();
        let report = load(&vault, &unlocked);
        assert_eq!(report.failures.len(), 1, "{what}: {:?}", report.failures);
        assert_eq!(report.failures[0].file, name, "{what}");
        assert!(!report.failures[0].reason.is_empty(), "{what}");
        assert_eq!(report.records, sorted(others.clone()), "{what}");
        assert!(
            !format!("{report:?}").contains(MARKER),
            "{what}: partial plaintext in the report"
        );
        eprintln!("{what}: {}", report.failures[0].reason);
    }
}

#[test]
fn leftover_temp_files_are_removed_when_opening() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (vault, _code) = new_vault(&dir);
    save_notes(&vault, 1);
    drop(vault);
    let leftovers = [
        dir.join(".tmp-ruimte-0123456789abcdef-identity.age"),
        dir.join("records")
            .join(format!(".tmp-ruimte-0011223344556677-{}.age", new_id())),
    ];
    for l in &leftovers {
        fs::write(l, b"half a write").unwrap();
    }
    let vault = Vault::open(&dir).unwrap();
    for l in &leftovers {
        assert!(!l.exists(), "{}", l.display());
    }
    let unlocked = vault.unlock(&secret(PASS)).unwrap();
    let report = load(&vault, &unlocked);
    assert_eq!((report.records.len(), report.failures.len()), (1, 0));
}

#[test]
fn files_that_are_not_ours_renamed_or_newer_are_failures() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (vault, _code) = new_vault(&dir);
    let unlocked = vault.unlock(&secret(PASS)).unwrap();
    let notes = save_notes(&vault, 2);
    let records = dir.join("records");

    let random_name = format!("{}.age", new_id());
    let random: Vec<u8> = (0..500).map(|_| rand::random::<u8>()).collect();
    fs::write(records.join(&random_name), random).unwrap();

    let foreign_name = format!("{}.age", new_id());
    let other_key = age::x25519::Identity::generate();
    let foreign = Envelope::new("entry", note("x", "y"), 1);
    let mut foreign_ron = ron::to_string(&foreign).unwrap();
    foreign_ron = foreign_ron.replace(&foreign.id, foreign_name.trim_end_matches(".age"));
    let ct = age::encrypt(&other_key.to_public(), foreign_ron.as_bytes()).unwrap();
    fs::write(records.join(&foreign_name), ct).unwrap();

    let renamed_name = format!("{}.age", new_id());
    fs::copy(
        records.join(format!("{}.age", notes[0].id)),
        records.join(&renamed_name),
    )
    .unwrap();

    let newer_name = format!("{}.age", new_id());
    let mut newer = Envelope::new("entry", note("from the future", ""), 1);
    newer.id = newer_name.trim_end_matches(".age").to_owned();
    newer.format = FORMAT + 1;
    let recipient: age::x25519::Recipient = vault.recipient().unwrap().parse().unwrap();
    let ct = age::encrypt(&recipient, ron::to_string(&newer).unwrap().as_bytes()).unwrap();
    fs::write(records.join(&newer_name), ct).unwrap();

    // A newer record whose body this version cannot read is named as newer, not as bad RON.
    let newest_name = format!("{}.age", new_id());
    let newest = format!(
        "(id: \"{}\", kind: \"entry\", format: {}, created: 1, updated: 1, body: Future(shape: 3))",
        newest_name.trim_end_matches(".age"),
        FORMAT + 1
    );
    let ct = age::encrypt(&recipient, newest.as_bytes()).unwrap();
    fs::write(records.join(&newest_name), ct).unwrap();

    let bad_ron_name = format!("{}.age", new_id());
    let ct = age::encrypt(&recipient, b"(id: \"oops\", this is not ron").unwrap();
    fs::write(records.join(&bad_ron_name), ct).unwrap();

    fs::write(records.join("notes.txt"), b"hello").unwrap();

    let report = load(&vault, &unlocked);
    assert_eq!(report.records, sorted(notes));
    let reasons: BTreeMap<String, String> = report
        .failures
        .iter()
        .map(|f| (f.file.clone(), f.reason.clone()))
        .collect();
    assert_eq!(reasons.len(), 7, "{reasons:#?}");
    assert!(
        reasons[&random_name].contains("not an age file"),
        "{reasons:#?}"
    );
    assert!(
        reasons[&foreign_name].contains("not encrypted to this vault"),
        "{reasons:#?}"
    );
    assert!(
        reasons[&renamed_name].contains("does not match its file name"),
        "{reasons:#?}"
    );
    assert!(
        reasons[&newer_name].contains("newer version of the app"),
        "{reasons:#?}"
    );
    assert!(
        reasons[&newest_name].contains("newer version of the app"),
        "{reasons:#?}"
    );
    assert!(
        reasons[&bad_ron_name].contains("not a valid record"),
        "{reasons:#?}"
    );
    assert!(
        reasons["notes.txt"].contains("not a record id"),
        "{reasons:#?}"
    );
}

#[test]
fn save_refuses_ids_that_are_not_ulids() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (vault, _code) = new_vault(&dir);
    let unlocked = vault.unlock(&secret(PASS)).unwrap();
    for id in ["../vault", "", "01jcx3k5zq8w6n2y4t7v9b1m3d"] {
        let mut e = Envelope::new("entry", note("x", "y"), 1);
        e.id = id.to_owned();
        assert!(
            matches!(vault.save(&unlocked, &e), Err(VaultError::Format { .. })),
            "{id}"
        );
    }
    assert!(vault.record_files().unwrap().is_empty());
}

#[test]
fn sync_conflict_copies_are_reported_and_never_deleted() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (vault, _code) = new_vault(&dir);
    let unlocked = vault.unlock(&secret(PASS)).unwrap();
    let records = dir.join("records");
    let plain = save_notes(&vault, 1);

    // One record edited on two devices: the copies hold the old version.
    let mut edited = Envelope::new("entry", note("v1", "first"), 1);
    vault.save(&unlocked, &edited).unwrap();
    let id = edited.id.clone();
    let old_bytes = fs::read(records.join(format!("{id}.age"))).unwrap();
    let copies = [
        format!("{id}.sync-conflict-20250102-103000-ABCDEF7.age"),
        format!("{id} (conflicted copy 2025-01-02 103000).age"),
        format!("{id} (Anne's conflicted copy 2025-01-02).age"),
    ];
    for c in &copies {
        fs::write(records.join(c), &old_bytes).unwrap();
    }
    edited.body = note("v2", "second");
    edited.updated = 2;
    vault.save(&unlocked, &edited).unwrap();

    // A conflict copy whose original is gone.
    let orphan = Envelope::new("entry", note("orphan", ""), 1);
    vault.save(&unlocked, &orphan).unwrap();
    let orphan_copy = format!("{} (conflicted copy 2025-01-03 090000).age", orphan.id);
    fs::rename(
        records.join(format!("{}.age", orphan.id)),
        records.join(&orphan_copy),
    )
    .unwrap();

    let before = vault.record_files().unwrap();
    let report = load(&vault, &unlocked);
    assert!(report.failures.is_empty(), "{:?}", report.failures);
    assert_eq!(report.records, plain);
    assert_eq!(report.conflicts.len(), 2);
    let mut sorted_copies = copies.to_vec();
    sorted_copies.sort();
    let c = report.conflicts.iter().find(|c| c.id == id).unwrap();
    assert_eq!(c.original.as_ref().map(|e| &e.body), Some(&edited.body));
    let names: Vec<&String> = c.copies.iter().map(|(n, _)| n).collect();
    assert_eq!(names, sorted_copies.iter().collect::<Vec<_>>());
    assert!(c.copies.iter().all(|(_, e)| e.body.title == "v1"));
    let o = report.conflicts.iter().find(|c| c.id == orphan.id).unwrap();
    assert!(o.original.is_none());
    assert_eq!(o.copies.len(), 1);
    assert_eq!(o.copies[0].0, orphan_copy);
    assert_eq!(
        vault.record_files().unwrap(),
        before,
        "load_all deletes nothing"
    );

    // The user keeps the newest: the copies are deleted by name.
    for c in &copies {
        vault.delete(c).unwrap();
    }
    let report = load(&vault, &unlocked);
    assert_eq!(report.conflicts.len(), 1);
    assert_eq!(report.records.len(), 2);
}

#[test]
fn delete_accepts_only_plain_names_inside_records() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (vault, _code) = new_vault(&dir);
    for bad in [
        "../vault.ron",
        "..",
        ".",
        "",
        "/etc/passwd",
        ".lock",
        "a/b.age",
    ] {
        assert!(
            matches!(vault.delete(bad), Err(VaultError::InvalidFileName(_))),
            "{bad}"
        );
    }
    assert!(matches!(
        vault.delete("01JCX3K5ZQ8W6N2Y4T7V9B1M3D.age"),
        Err(VaultError::Io { .. })
    ));
    assert!(dir.join("vault.ron").exists());
}

/// Turns `crash_child_rewrites_one_record` on, naming the vault folder it writes to.
const CHILD_DIR_ENV: &str = "RUIMTE_VAULT_CRASH_CHILD_DIR";
/// The record id the child rewrites.
const CHILD_ID_ENV: &str = "RUIMTE_VAULT_CRASH_CHILD_ID";
/// The child's first `updated` value; its parity picks the first version.
const CHILD_START_ENV: &str = "RUIMTE_VAULT_CRASH_CHILD_START";
/// Characters in the child's record body: big enough that a write takes a moment.
const CRASH_BODY_LEN: usize = 200_000;

/// A record body in one of two versions, all `A` or all `B`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Blob {
    text: String,
}

/// Run as a child by the crash test: opens the vault and rewrites one record forever, alternating
/// between two versions, until it is killed.
#[test]
#[ignore = "run as a child process by crash_during_writes_leaves_the_old_or_the_new_record"]
fn crash_child_rewrites_one_record() {
    let (Some(dir), Ok(id)) = (std::env::var_os(CHILD_DIR_ENV), std::env::var(CHILD_ID_ENV)) else {
        return;
    };
    let start: i64 = std::env::var(CHILD_START_ENV)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let vault = Vault::open(Path::new(&dir)).expect("the child opens the vault");
    let unlocked = vault.unlock(&secret(PASS)).expect("the child unlocks");
    println!("ready");
    std::io::stdout().flush().expect("stdout");
    for i in start.. {
        let letter = if i % 2 == 0 { "A" } else { "B" };
        let envelope = Envelope {
            id: id.clone(),
            kind: "blob".to_owned(),
            format: FORMAT,
            created: 0,
            updated: i,
            version: 1,
            body: Blob {
                text: letter.repeat(CRASH_BODY_LEN),
            },
        };
        vault.save(&unlocked, &envelope).expect("the child saves");
        if i == start {
            println!("wrote");
            std::io::stdout().flush().expect("stdout");
        }
    }
}

#[cfg(unix)]
#[test]
fn crash_during_writes_leaves_the_old_or_the_new_record() {
    const RUNS: usize = 200;
    let started = Instant::now();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (vault, _code) = new_vault(&dir);
    drop(vault);
    let id = new_id();
    let exe = std::env::current_exe().unwrap();
    let mut rng = rand::thread_rng();
    let (mut seen_first, mut interrupted, mut versions) = (false, 0, BTreeMap::new());
    for run in 0..RUNS {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "crash_child_rewrites_one_record",
                "--nocapture",
                "--include-ignored",
            ])
            .env(CHILD_DIR_ENV, &dir)
            .env(CHILD_ID_ENV, &id)
            // Each run starts with the other version, so both get written and overwritten.
            .env(CHILD_START_ENV, (run * 1000 + run % 2).to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines().map_while(Result::ok);
        let ready = lines.any(|l| l == "ready");
        assert!(ready, "run {run}: the child did not open the vault");
        // The first run lets one write finish: on a loaded machine a 200 KB write in a debug
        // build can outlast the longest pause below, and then no run would ever see a record.
        if run == 0 {
            assert!(lines.any(|l| l == "wrote"), "the child did not write");
        }
        std::thread::sleep(Duration::from_millis(rng.gen_range(1..=40)));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();

        let leftovers = fs::read_dir(dir.join("records"))
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.file_name().to_string_lossy().starts_with(".tmp-"))
            })
            .count();
        interrupted += usize::from(leftovers > 0);
        let vault = Vault::open(&dir).unwrap();
        let unlocked = vault.unlock(&secret(PASS)).unwrap();
        let names = vault.record_files().unwrap();
        let report: LoadReport<Blob> = vault.load_all(&unlocked);
        assert!(
            report.failures.is_empty(),
            "run {run}: {:?}",
            report.failures
        );
        assert!(report.conflicts.is_empty(), "run {run}");
        assert!(
            names.len() <= 1 && names.iter().all(|n| *n == format!("{id}.age")),
            "run {run}: {names:?}"
        );
        match report.records.as_slice() {
            [] => assert!(!seen_first, "run {run}: the record vanished"),
            [record] => {
                seen_first = true;
                let text = &record.body.text;
                assert_eq!(text.len(), CRASH_BODY_LEN, "run {run}");
                let version = text.chars().next().unwrap();
                assert!(text.chars().all(|c| c == version), "run {run}: torn");
                assert_eq!(
                    version,
                    if record.updated % 2 == 0 { 'A' } else { 'B' },
                    "run {run}"
                );
                *versions.entry(version).or_insert(0) += 1;
            }
            more => panic!("run {run}: {} records", more.len()),
        }
        drop(vault);
    }
    eprintln!(
        "{RUNS} kills in {:?}: versions seen {versions:?}, {interrupted} left a temp file",
        started.elapsed()
    );
    assert!(seen_first, "the child never finished a write");
}

/// Finds a tool on the usual paths; `None` means the test skips that part.
fn tool(name: &str) -> Option<PathBuf> {
    ["/usr/bin", "/usr/local/bin", "/bin"]
        .iter()
        .map(|d| Path::new(d).join(name))
        .find(|p| p.is_file())
}

#[cfg(unix)]
#[test]
fn the_age_cli_reads_records_and_the_identity() {
    use std::os::unix::fs::OpenOptionsExt;
    // CI installs Debian's age (see .ci/run); without it this test fails rather than pass unseen.
    let age_cli = tool("age").expect("the age CLI is needed: apt-get install age");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (vault, code) = new_vault(&dir);
    let unlocked = vault.unlock(&secret(PASS)).unwrap();
    let saved = Envelope::new("entry", note("interop", "gelezen door age"), 1_700_000_000);
    vault.save(&unlocked, &saved).unwrap();

    // A record, with the identity file as age-keygen would write it.
    let identity_txt = tmp.path().join("identity.txt");
    let text = unlocked.identity_file_text();
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&identity_txt)
        .and_then(|mut f| f.write_all(text.expose_secret().as_bytes()))
        .unwrap();
    let out = Command::new(&age_cli)
        .arg("-d")
        .arg("-i")
        .arg(&identity_txt)
        .arg(dir.join("records").join(format!("{}.age", saved.id)))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let read: Envelope<Note> = ron::from_str(&String::from_utf8(out.stdout).unwrap()).unwrap();
    assert_eq!(read, saved);

    // identity.age and recovery.age with their passphrases: age reads those from the terminal,
    // so run it under `script`, which gives it one and forwards our stdin.
    let script =
        tool("script").expect("script (Debian's bsdutils) is needed for the passphrase part");
    let key_line = text.expose_secret().lines().last().unwrap().to_owned();
    let recovery = code.to_string();
    for (file, passphrase) in [("identity.age", PASS), ("recovery.age", recovery.as_str())] {
        let command = format!("{} -d {}", age_cli.display(), dir.join(file).display());
        let mut child = Command::new(&script)
            .args(["-qec", &command, "/dev/null"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Kept open until age is done: at end of input `script` may close the session early.
        let mut stdin = child.stdin.take().unwrap();
        stdin
            .write_all(format!("{passphrase}\n").as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        drop(stdin);
        let shown = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
        assert!(
            shown.contains(&format!("# public key: {}\n", vault.recipient().unwrap())),
            "{file}: {shown}"
        );
        assert!(
            shown.contains(&key_line),
            "{file}: the secret key is missing"
        );
    }
}
