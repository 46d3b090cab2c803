//! Drafts on disk: a planted draft is never offered, a draft survives `kill -9` of a real
//! process and opens with the standard age tool, a draft older than its record says so, and
//! one restored entry is never replaced by another draft.

use std::path::Path;
use std::time::Duration;

use egui_kittest::kittest::Queryable;

mod common;

use common::drafts::{OFFER, draft_files, locked_app, unlock, write_unsaved_entry};
use common::{PASS, press, test_session};

#[test]
fn a_planted_draft_is_never_offered_and_is_named() {
    use ambtelijke_ruimte::journal::{Date, Entry};
    use ambtelijke_ruimte::records::Record;
    use ambtelijke_ruimte::vault::{Envelope, new_id};
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let mut session = test_session(dir.path());
    let saved = session
        .save_entry(
            None,
            Entry::new("Echt", Date::from_unix(1_700_000_000)),
            1_700_000_000,
        )
        .expect("saves");
    drop(session);
    // Someone with only the public key writes drafts: without a seal, with a made-up seal,
    // and a genuine sealed record copied in as a draft.
    let drafts = data.join("drafts");
    std::fs::create_dir_all(&drafts).expect("drafts dir");
    let mut forged = Entry::new("Geplant", Date::from_unix(1_700_000_000));
    forged.dilemma = "Klik hier".into();
    let envelope = Envelope::new("entry", Record::Entry(forged), 1_700_000_000);
    for extra in ["", &format!("// seal v2 {}\n", "0".repeat(64))] {
        let id = new_id();
        common::forge_record(&data, &format!("{id}.age"), &envelope, extra);
        std::fs::rename(
            data.join("records").join(format!("{id}.age")),
            drafts.join(format!("{id}.age")),
        )
        .expect("move into drafts");
    }
    std::fs::copy(
        data.join("records").join(format!("{saved}.age")),
        drafts.join(format!("{saved}.age")),
    )
    .expect("copy a record");

    let mut h = locked_app(dir.path());
    unlock(&mut h);
    assert_eq!(h.state().drafts_offered(), 0);
    assert!(h.query_by_label(OFFER).is_none());
    let session = h.state().vault().session().expect("open");
    let named: Vec<&str> = session
        .failures
        .iter()
        .filter(|f| f.file.starts_with("drafts/"))
        .map(|f| f.file.as_str())
        .collect();
    assert_eq!(named.len(), 3, "each planted file is named: {named:?}");
    assert_eq!(draft_files(dir.path()).len(), 3, "and left where it is");
    drop(h);
    // The command line names them too, and fails.
    let (code, out, _) = common::ruimte(&data, &["verify"], "", Some(PASS));
    assert_eq!(code, 1, "{out}");
    assert_eq!(out.matches("bad: drafts/").count(), 3, "{out}");
}

/// Turns `kill_child_writes_a_draft` on, naming the folder with the vault in `data/`.
const KILL_CHILD_ENV: &str = "RUIMTE_DRAFTS_KILL_CHILD_DIR";
/// The title the child types.
const KILL_TITLE: &str = "Geschreven vlak voor kill -9";

/// Run as a child by the kill test: unlocks, types a title, lets the autosave write its draft,
/// says so, and waits to be killed.
#[test]
#[ignore = "run as a child process by a_draft_on_disk_survives_kill_9_and_opens_with_age"]
fn kill_child_writes_a_draft() {
    let Some(dir) = std::env::var_os(KILL_CHILD_ENV) else {
        return;
    };
    let mut h = locked_app(Path::new(&dir));
    unlock(&mut h);
    write_unsaved_entry(&mut h, KILL_TITLE, "Niet opgeslagen.");
    println!("drafted");
    std::io::Write::flush(&mut std::io::stdout()).expect("stdout");
    loop {
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[cfg(unix)]
#[test]
fn a_draft_on_disk_survives_kill_9_and_opens_with_age() {
    use std::io::BufRead;
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().expect("temp dir");
    drop(test_session(dir.path()));
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            "kill_child_writes_a_draft",
            "--nocapture",
            "--include-ignored",
        ])
        .env(KILL_CHILD_ENV, dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the child starts");
    let stdout = child.stdout.take().expect("stdout");
    let drafted = std::io::BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .any(|l| l == "drafted");
    child.kill().expect("SIGKILL");
    child.wait().expect("reaped");
    assert!(drafted, "the child did not write its draft");
    let files = draft_files(dir.path());
    assert_eq!(files.len(), 1, "the draft is there after kill -9");
    let bytes = std::fs::read(&files[0]).expect("read");
    assert!(
        !bytes
            .windows(KILL_TITLE.len())
            .any(|w| w == KILL_TITLE.as_bytes()),
        "no plain text on disk"
    );
    // The standard age tool opens it with the vault's identity: the text is there, sealed.
    let vault =
        ambtelijke_ruimte::vault::Vault::open_reader(&dir.path().join("data"), Duration::ZERO)
            .expect("vault");
    let unlocked = vault
        .unlock(&ambtelijke_ruimte::vault::SecretString::from(
            PASS.to_owned(),
        ))
        .expect("unlock");
    let identity = dir.path().join("identity.txt");
    {
        use ambtelijke_ruimte::vault::ExposeSecret;
        std::fs::write(&identity, unlocked.identity_file_text().expose_secret()).expect("identity");
    }
    let out = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&identity)
        .arg(&files[0])
        .output()
        .expect("the age command-line tool is installed (apt install age)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(KILL_TITLE), "{text}");
    assert!(text.contains("\n// seal v2 "), "sealed: {text}");
}

#[test]
fn a_draft_older_than_its_saved_record_says_so() {
    use ambtelijke_ruimte::journal::{Date, Entry, FollowUp};
    use ambtelijke_ruimte::session::{DraftBody, EntryDraft, write_draft};
    let dir = tempfile::tempdir().expect("temp dir");
    let mut session = test_session(dir.path());
    let now = ambtelijke_ruimte::clock::now();
    let saved = Entry::new("Later opgeslagen", Date::from_unix(now));
    let id = session.save_entry(None, saved, now).expect("saves");
    // A draft of the same entry written ten minutes before that save (another device, or a
    // removal that never happened).
    let draft = DraftBody::Entry(Box::new(EntryDraft {
        record: Some(id),
        entry: Entry::new("Eerder concept", Date::from_unix(now)),
        date: Date::from_unix(now).to_string(),
        stakeholders: String::new(),
        tags: String::new(),
        follow_up: FollowUp::default(),
    }));
    let writer = session.draft_writer().expect("writer");
    write_draft(
        &writer,
        &ambtelijke_ruimte::vault::new_id(),
        &draft,
        now - 600,
    )
    .expect("writes");
    drop((writer, session));
    let mut h = locked_app(dir.path());
    unlock(&mut h);
    h.get_by_label("Het dilemma \u{201c}Eerder concept\u{201d}");
    h.get_by_label("Laatst bewaard: 10 minuten geleden");
    h.get_by_label("Let op: de opgeslagen versie van dit dilemma is nieuwer dan dit concept.");
    press(&mut h, "Herstellen");
    assert_eq!(
        h.state().draft().map(|e| e.title.as_str()),
        Some("Eerder concept")
    );
}

#[test]
fn a_second_entry_draft_waits_while_the_first_is_open_unsaved() {
    use ambtelijke_ruimte::journal::{Date, Entry, FollowUp};
    use ambtelijke_ruimte::session::{DraftBody, EntryDraft, write_draft};
    use egui::Role;
    let dir = tempfile::tempdir().expect("temp dir");
    let session = test_session(dir.path());
    let now = ambtelijke_ruimte::clock::now();
    let writer = session.draft_writer().expect("writer");
    for (title, age) in [("Eerste", 120), ("Tweede", 60)] {
        let draft = DraftBody::Entry(Box::new(EntryDraft {
            record: None,
            entry: Entry::new(title, Date::from_unix(now)),
            date: Date::from_unix(now).to_string(),
            stakeholders: String::new(),
            tags: String::new(),
            follow_up: FollowUp::default(),
        }));
        let id = ambtelijke_ruimte::vault::new_id();
        write_draft(&writer, &id, &draft, now - age).expect("writes");
    }
    drop((writer, session));
    let mut h = locked_app(dir.path());
    unlock(&mut h);
    // Oldest first: restoring it leaves the other offered, but not restorable over it.
    h.get_all_by_role_and_label(Role::Button, "Herstellen")
        .next()
        .expect("a restore button")
        .click_accesskit();
    h.run();
    assert_eq!(h.state().draft().map(|e| e.title.as_str()), Some("Eerste"));
    assert_eq!(h.state().drafts_offered(), 1);
    h.get_by_role_and_label(Role::Button, "Herstellen")
        .click_accesskit();
    h.run();
    assert_eq!(
        h.state().draft().map(|e| e.title.as_str()),
        Some("Eerste"),
        "the open entry was not replaced"
    );
    assert_eq!(h.state().drafts_offered(), 1);
}
