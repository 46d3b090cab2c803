//! Drafts: unsaved work survives a crash and the auto-lock. Each test replays a loss path on
//! the app: unlock, type, let the autosave run, drop the app without saving (a crash), open a
//! new app on the same data folder, unlock, and see the work offered back.

use std::path::Path;
use std::time::Duration;

use ambtelijke_ruimte::ui::{App, Screen, SettingsCmd, VaultCmd};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;

use common::{PASS, click, harness, press, test_session, type_into, wait_for_worker};

const OFFER: &str = "Niet opgeslagen werk teruggevonden";

/// A vault in `root/data`, locked, and the app on its lock screen.
fn locked_app(root: &Path) -> Harness<'static, App> {
    harness(root, None, Some(Screen::Journal), 1400.0, 0.25)
}

fn unlock(h: &mut Harness<'_, App>) {
    type_into(h, "Wachtwoordzin", PASS);
    click(h, "Ontgrendelen");
    wait_for_worker(h);
}

/// Steps until no draft is being written or removed.
fn wait_for_drafts(h: &mut Harness<'_, App>) {
    for _ in 0..500 {
        h.step();
        if !h.state().keeping_drafts() {
            h.run();
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("the draft was not written");
}

/// Lets the app's clock pass the autosave's quiet time, then waits for the write.
fn let_autosave_run(h: &mut Harness<'_, App>) {
    h.run_steps(16);
    wait_for_drafts(h);
}

fn draft_files(root: &Path) -> Vec<std::path::PathBuf> {
    let Ok(dir) = std::fs::read_dir(root.join("data").join("drafts")) else {
        return Vec::new();
    };
    dir.filter_map(Result::ok).map(|e| e.path()).collect()
}

/// Writes a new entry's title and dilemma in an unlocked app and lets the autosave run.
fn write_unsaved_entry(h: &mut Harness<'_, App>, title: &str, dilemma: &str) {
    press(h, "Nieuw dilemma");
    if !title.is_empty() {
        type_into(h, "Titel", title);
    }
    type_into(h, "Het dilemma", dilemma);
    let_autosave_run(h);
}

#[test]
fn after_a_crash_the_unsaved_entry_is_offered_and_restored_word_for_word() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(test_session(dir.path()));
    let mut h = locked_app(dir.path());
    unlock(&mut h);
    write_unsaved_entry(
        &mut h,
        "Warmtenet zonder draagvlak",
        "De buurt wil wachten, de wethouder wil tempo.",
    );
    h.get_by_label("Vervolgronde toevoegen").click();
    h.run();
    type_into(&mut h, "Wat gebeurde er?", "Een bewonersavond gepland.");
    let_autosave_run(&mut h);
    assert_eq!(draft_files(dir.path()).len(), 1, "one draft on disk");
    // The crash: the app goes without saving or quitting.
    drop(h);

    let mut h = locked_app(dir.path());
    assert!(
        h.query_by_label(OFFER).is_none(),
        "nothing offered while locked"
    );
    unlock(&mut h);
    h.get_by_label(OFFER);
    h.get_by_label("Het dilemma \u{201c}Warmtenet zonder draagvlak\u{201d}");
    h.get_by_label("Laatst bewaard: zojuist");
    press(&mut h, "Herstellen");
    assert_eq!(h.state().drafts_offered(), 0);
    let entry = h.state().draft().expect("the entry is open in the editor");
    assert_eq!(entry.title, "Warmtenet zonder draagvlak");
    assert_eq!(
        entry.dilemma,
        "De buurt wil wachten, de wethouder wil tempo."
    );
    assert_eq!(h.state().screen(), Screen::Journal);
    // Restored, not saved: the guard protects it, and the follow-up being written is back.
    press(&mut h, "Terug naar de lijst");
    assert!(
        h.state().guard_open(),
        "the restored work counts as unsaved"
    );
    press(&mut h, "Annuleren");
    h.get_by_label("Vervolgronde toevoegen").click();
    h.run();
    assert!(
        h.query_all_by_value("Een bewonersavond gepland.")
            .next()
            .is_some(),
        "the follow-up being written is back"
    );
}

#[test]
fn an_untitled_entry_survives_the_auto_lock_and_is_offered_after_unlock() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(test_session(dir.path()));
    let mut h = locked_app(dir.path());
    unlock(&mut h);
    write_unsaved_entry(&mut h, "", "Zonder titel, maar niet zonder inhoud.");
    h.state_mut().push(SettingsCmd::SetAutoLock(1));
    h.run();
    for _ in 0..400 {
        h.step();
        if h.state().vault().session().is_none() {
            break;
        }
    }
    assert!(
        h.state().vault().session().is_none(),
        "locked after a minute idle"
    );
    assert!(h.state().draft().is_none(), "the editor was wiped");
    wait_for_drafts(&mut h);
    assert_eq!(draft_files(dir.path()).len(), 1, "the draft stayed");
    unlock(&mut h);
    h.get_by_label(OFFER);
    h.get_by_label("Een nieuw dilemma zonder titel");
    press(&mut h, "Herstellen");
    let entry = h.state().draft().expect("back in the editor");
    assert_eq!(entry.dilemma, "Zonder titel, maar niet zonder inhoud.");
}

#[test]
fn locking_right_after_typing_writes_the_draft_before_the_key_goes() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(test_session(dir.path()));
    let mut h = locked_app(dir.path());
    unlock(&mut h);
    press(&mut h, "Nieuw dilemma");
    type_into(&mut h, "Het dilemma", "Net getypt, meteen vergrendeld.");
    assert!(
        draft_files(dir.path()).is_empty(),
        "not written yet: still typing"
    );
    h.state_mut().push(VaultCmd::Lock);
    h.step();
    assert!(h.state().vault().session().is_none());
    wait_for_drafts(&mut h);
    assert_eq!(draft_files(dir.path()).len(), 1);
    unlock(&mut h);
    press(&mut h, "Herstellen");
    assert_eq!(
        h.state().draft().map(|e| e.dilemma.as_str()),
        Some("Net getypt, meteen vergrendeld.")
    );
}

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
}

#[test]
fn discarding_an_offered_draft_asks_first_then_deletes_its_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(test_session(dir.path()));
    let mut h = locked_app(dir.path());
    unlock(&mut h);
    write_unsaved_entry(&mut h, "Weg ermee", "Toch niet nodig.");
    drop(h);
    let mut h = locked_app(dir.path());
    unlock(&mut h);
    press(&mut h, "Weggooien");
    h.get_by_label("Dit concept weggooien? Wat erin staat, is daarna weg.");
    assert_eq!(
        draft_files(dir.path()).len(),
        1,
        "nothing gone before the answer"
    );
    // Cancel keeps it; asking again and confirming removes it.
    press(&mut h, "Annuleren");
    assert_eq!(h.state().drafts_offered(), 1);
    press(&mut h, "Weggooien");
    press(&mut h, "Ja, weggooien");
    wait_for_drafts(&mut h);
    assert_eq!(h.state().drafts_offered(), 0);
    assert!(draft_files(dir.path()).is_empty(), "the file is gone");
}

#[test]
fn escape_or_decide_later_closes_the_offer_and_keeps_the_draft_for_the_next_unlock() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(test_session(dir.path()));
    let mut h = locked_app(dir.path());
    unlock(&mut h);
    write_unsaved_entry(&mut h, "Nog even niet", "Later kijk ik ernaar.");
    drop(h);
    let mut h = locked_app(dir.path());
    unlock(&mut h);
    h.key_press(egui::Key::Escape);
    h.run();
    assert_eq!(h.state().drafts_offered(), 0, "Escape closes the question");
    assert_eq!(draft_files(dir.path()).len(), 1, "the draft stays");
    drop(h);
    let mut h = locked_app(dir.path());
    unlock(&mut h);
    press(&mut h, "Later beslissen");
    assert_eq!(h.state().drafts_offered(), 0);
    assert_eq!(
        draft_files(dir.path()).len(),
        1,
        "offered again, and kept again"
    );
}

#[test]
fn saving_or_discarding_the_work_removes_its_draft() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(
        dir.path(),
        Some(test_session(dir.path())),
        Some(Screen::Journal),
        1400.0,
        0.25,
    );
    write_unsaved_entry(&mut h, "Bewaard", "Dit wordt opgeslagen.");
    assert_eq!(draft_files(dir.path()).len(), 1);
    press(&mut h, "Opslaan");
    wait_for_drafts(&mut h);
    assert!(draft_files(dir.path()).is_empty(), "saved: the draft went");
    press(&mut h, "Terug naar de lijst");
    write_unsaved_entry(&mut h, "Weggegooid", "Dit niet.");
    assert_eq!(draft_files(dir.path()).len(), 1);
    press(&mut h, "Terug naar de lijst");
    press(&mut h, "Niet opslaan");
    wait_for_drafts(&mut h);
    assert!(
        draft_files(dir.path()).is_empty(),
        "discarded: the draft went"
    );
}

#[test]
fn questionnaire_answers_in_progress_survive_a_crash() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(test_session(dir.path()));
    let mut h = locked_app(dir.path());
    unlock(&mut h);
    press(&mut h, "Vragenlijst");
    h.get_by_label("Eens").click();
    h.run();
    let_autosave_run(&mut h);
    let answered = h.state().quiz().expect("answers").answers.clone();
    assert_eq!(answered.len(), 1);
    assert_eq!(
        draft_files(dir.path()).len(),
        1,
        "the answers draft is on disk: {:?}",
        h.state().notice()
    );
    drop(h);

    let mut h = locked_app(dir.path());
    unlock(&mut h);
    h.get_by_label(OFFER);
    h.get_by_label_contains("1 antwoord in de vragenlijst");
    press(&mut h, "Herstellen");
    assert_eq!(h.state().screen(), Screen::Questionnaire);
    assert_eq!(h.state().quiz().expect("restored").answers, answered);
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
fn a_practice_case_in_progress_survives_a_crash() {
    use ambtelijke_ruimte::ui::{NavCmd, S};
    use common::{content, nl};
    use egui::Role;
    let dir = tempfile::tempdir().expect("temp dir");
    drop(test_session(dir.path()));
    let mut h = locked_app(dir.path());
    unlock(&mut h);
    h.state_mut().push(NavCmd::Go(Screen::Onboarding));
    h.run();
    h.get_by_label(nl(S::OnbCases)).click();
    h.run();
    let c = content();
    let case = &c.cases()[0];
    let tactic = &c.tactic(&case.tactics[0]).expect("tactic").name.nl;
    h.get_by_role_and_label(Role::CheckBox, tactic)
        .click_accesskit();
    h.run();
    let why = h.get_by_role_and_label(Role::MultilineTextInput, nl(S::CaseWhy));
    why.scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, nl(S::CaseWhy))
        .click();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, nl(S::CaseWhy))
        .type_text("Eerst de raad meenemen.");
    h.run();
    let_autosave_run(&mut h);
    drop(h);

    let mut h = locked_app(dir.path());
    unlock(&mut h);
    h.get_by_label(&format!("De oefening \u{201c}{}\u{201d}", case.title.nl));
    press(&mut h, "Herstellen");
    assert_eq!(h.state().screen(), Screen::Onboarding);
    let work = &h.state().onboarding().work[&case.id];
    assert_eq!(work.why, "Eerst de raad meenemen.");
    assert_eq!(work.picked, [case.tactics[0].clone()]);
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
