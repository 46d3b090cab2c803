//! Sharing through the UI, headless: the coachee's wizard (choose, blank out, consent on the
//! exact preview, export), the receipt, the coach opening the file with its consent header,
//! feedback going back and showing on the coachee's entry.

use std::path::Path;

use ambtelijke_ruimte::content::Lang;
use ambtelijke_ruimte::export::ExportError;
use ambtelijke_ruimte::journal::{Date, Entry};
use ambtelijke_ruimte::session::Session;
use ambtelijke_ruimte::ui::{App, Explain, JournalCmd, NavCmd, Screen, VaultState};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;

use common::{harness, press, test_session, type_into, wait_for_worker};

/// An app on `root` with a cheap test vault, unlocked, on the sharing screen.
fn unlocked(root: &Path) -> Harness<'static, App> {
    harness(
        root,
        Some(test_session(root)),
        Some(Screen::Shared),
        2200.0,
        0.25,
    )
}

fn session<'h>(h: &'h mut Harness<'_, App>) -> &'h mut Session {
    match h.state_mut().vault_mut() {
        VaultState::Open(s) => s,
        _ => panic!("the vault is open"),
    }
}

#[test]
fn share_with_a_coach_open_it_as_the_coach_and_send_feedback_back() {
    let coachee_dir = tempfile::tempdir().expect("temp dir");
    let coach_dir = tempfile::tempdir().expect("temp dir");
    let mut coachee = unlocked(coachee_dir.path());
    let mut coach = unlocked(coach_dir.path());
    let coach_key = match coach.state().vault() {
        VaultState::Open(s) => s.unlocked().recipient(),
        _ => panic!("open"),
    };
    // The coach sees the key to hand out, with a copy button.
    press(&mut coach, "Coach");
    wait_for_worker(&mut coach);
    coach.get_by_label("Mijn openbare sleutel, om met mij te delen");
    coach.get_by_label(&coach_key);
    coach.get_by_role_and_label(Role::Button, "Kopiëren");

    let mut shared = Entry::new("Warmtenet Wassenberg", Date::from_unix(0));
    shared.dilemma = "De wethouder van Wassenberg aarzelt.".into();
    shared.decision = "GEHEIM-BESLUIT".into();
    let mut other = Entry::new("Niet delen", Date::from_unix(0));
    other.dilemma = "NIET-GEDEELD".into();
    let id = session(&mut coachee)
        .save_entry(None, shared, 1)
        .expect("save");
    session(&mut coachee)
        .save_entry(None, other, 2)
        .expect("save");
    coachee.run();

    // 1. Choose one entry, without its reflection (options and decision).
    coachee
        .get_by_label("1970-01-01  Warmtenet Wassenberg")
        .click();
    coachee.run();
    coachee
        .get_by_label("Warmtenet Wassenberg: opties en besluit")
        .click();
    coachee.run();
    press(&mut coachee, "Volgende");
    // 2. Blank out the municipality; the preview shows exactly what goes.
    type_into(
        &mut coachee,
        "Woorden om weg te laten (gescheiden door komma's)",
        "Wassenberg",
    );
    coachee.get_by_label("Voorvertoning: precies deze tekst wordt gedeeld");
    press(&mut coachee, "Volgende");
    // 3. Consent.
    type_into(&mut coachee, "Naam van je coach", "Coach Anna");
    type_into(&mut coachee, "Doel van het delen", "Intervisie in maart");
    type_into(&mut coachee, "De sleutel van je coach (age1…)", &coach_key);
    coachee.get_by_label("Geldige sleutel.");
    let file = coachee_dir.path().join("voor-anna.md.age");
    coachee.state_mut().shared_mut().path = file.display().to_string();
    coachee.run();
    coachee
        .get_by_label("Ik deel precies deze voorvertoning")
        .click();
    coachee.run();
    let preview = coachee.state().shared().preview.clone().expect("a preview");
    assert!(
        !preview.contains("Wassenberg")
            && !preview.contains("GEHEIM-BESLUIT")
            && !preview.contains("NIET-GEDEELD"),
        "{preview}"
    );
    press(&mut coachee, "Exporteren");
    wait_for_worker(&mut coachee);
    coachee.get_by_label_contains("Geëxporteerd");
    assert!(file.exists());
    let receipt = session(&mut coachee)
        .consents
        .last()
        .expect("a receipt")
        .body
        .clone();
    assert_eq!(receipt.coach, "Coach Anna");
    assert_eq!(
        receipt.sha256,
        ambtelijke_ruimte::export::sha256_hex(&preview),
        "the receipt hashes exactly the preview"
    );
    press(&mut coachee, "Wat ik deelde");
    coachee.get_by_label("Intervisie in maart");

    // The coach opens it: consent header on top, read-only text, feedback per entry.
    coach.state_mut().shared_mut().open_path = file.display().to_string();
    coach.run();
    press(&mut coach, "Openen");
    wait_for_worker(&mut coach);
    coach.get_by_label("Gedeeld met toestemming");
    coach.get_by_label("Coach Anna");
    coach.get_by_label("Intervisie in maart");
    // Rendered Markdown: the blanked-out word splits the sentence into pieces.
    coach.get_by_label_contains("De wethouder van");
    coach.get_by_label_contains("aarzelt.");
    assert!(coach.query_by_label_contains("Wassenberg").is_none());
    type_into(
        &mut coach,
        "Feedback op: Warmtenet […]",
        "Bespreek dit eerst met je vertrouwenspersoon.",
    );
    let feedback = coach_dir.path().join("feedback.age");
    coach.state_mut().shared_mut().feedback_path = feedback.display().to_string();
    coach.run();
    press(&mut coach, "Feedback versleuteld opslaan");
    wait_for_worker(&mut coach);
    assert!(feedback.exists());

    // The coachee imports it and sees it on the entry.
    press(&mut coachee, "Coach");
    // The Coach tab lists the inbox on the worker first.
    wait_for_worker(&mut coachee);
    coachee.state_mut().shared_mut().import_path = feedback.display().to_string();
    coachee.run();
    press(&mut coachee, "Importeren");
    wait_for_worker(&mut coachee);
    coachee.get_by_label_contains("1 reactie van je coach");
    // Importing the same file again adds nothing, and says so.
    press(&mut coachee, "Importeren");
    wait_for_worker(&mut coachee);
    coachee.get_by_label_contains("Niets nieuws");
    assert_eq!(session(&mut coachee).feedback.len(), 1);
    coachee.state_mut().push(NavCmd::Go(Screen::Journal));
    coachee.state_mut().push(JournalCmd::OpenEntry(id));
    coachee.run();
    coachee.get_by_label("Feedback van je coach");
    coachee.get_by_label("Bespreek dit eerst met je vertrouwenspersoon.");
}

#[test]
fn a_tampered_summary_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut coach = unlocked(dir.path());
    let file = dir.path().join("kapot.md.age");
    std::fs::write(&file, "-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBi\n-----END AGE ENCRYPTED FILE-----\n").expect("write");
    press(&mut coach, "Coach");
    wait_for_worker(&mut coach);
    coach.state_mut().shared_mut().open_path = file.display().to_string();
    coach.run();
    press(&mut coach, "Openen");
    wait_for_worker(&mut coach);
    assert!(coach.state().shared().opened.is_none());
    // Said in Dutch, under the path field it concerns, with what to do.
    let error = coach
        .state()
        .shared()
        .open_error
        .as_ref()
        .expect("an error");
    assert!(matches!(
        error,
        ExportError::Tampered | ExportError::NotASummary
    ));
    let text = error.explain(Lang::Nl);
    assert!(
        text.contains("Vraag om een nieuwe export") || text.contains("Kies het .md.age-bestand"),
        "{text}"
    );
    coach.get_by_label(&text);
}

/// Step 3 does not scold an empty purpose before the user has done anything; once they give
/// consent with it empty, it says what is missing and Export stays off.
#[test]
fn the_consent_step_tells_a_missing_purpose_only_once_consent_is_given() {
    const MISSING: &str = "Schrijf op waarom je deze samenvatting deelt.";
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = unlocked(dir.path());
    session(&mut h)
        .save_entry(None, Entry::new("Warmtenet", Date::from_unix(0)), 1)
        .expect("save");
    h.run();
    h.get_by_label("1970-01-01  Warmtenet").click();
    h.run();
    press(&mut h, "Volgende");
    press(&mut h, "Volgende");
    type_into(&mut h, "Naam van je coach", "Kim");
    assert!(h.query_by_label(MISSING).is_none(), "not before consent");
    h.get_by_label_contains("Ik deel precies deze voorvertoning")
        .click();
    h.run();
    h.get_by_label(MISSING);
}
