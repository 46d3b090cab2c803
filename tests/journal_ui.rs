//! The vault and journal through the UI, headless: create a vault, write a dilemma linked to a
//! tactic outside today's ethics, see the boundary prompts, lock, unlock, find it again.

mod common;

use std::path::Path;

use ambtelijke_ruimte::content::Content;
use ambtelijke_ruimte::ui::{App, Screen, SettingsCmd};
use common::{PASS, click, harness, test_session, type_into, wait_for_worker};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The app without a vault yet, on the journal screen.
fn app(root: &Path) -> Harness<'static, App> {
    harness(root, None, Some(Screen::Journal), 1600.0, 0.25)
}

fn create_vault(h: &mut Harness<'_, App>) {
    type_into(h, "Wachtwoordzin", PASS);
    type_into(h, "Herhaal de wachtwoordzin", PASS);
    h.get_by_label_contains("Sterkte: ");
    click(h, "Kluis aanmaken");
    wait_for_worker(h);
    h.get_by_label("Je herstelcode");
    h.get_by_label("Ik heb de code opgeschreven").click();
    h.run();
    click(h, "Verder");
}

#[test]
fn create_write_a_stretching_entry_lock_unlock_and_find_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app(dir.path());
    create_vault(&mut h);
    h.get_by_label_contains("Nog geen dilemma's");

    click(&mut h, "Nieuw dilemma");
    type_into(&mut h, "Titel", "Subsidieregeling die niet werkt");
    type_into(
        &mut h,
        "Het dilemma",
        "De wethouder wil de regeling doorzetten, ik zie dat die niet werkt.",
    );
    h.get_by_label("Tactiek koppelen").click();
    h.run();
    h.get_by_label("Traineren").click_accesskit();
    h.run();
    let linked = h.state().draft().map(|e| e.tactics.clone());
    assert_eq!(linked, Some(vec!["traineren".to_owned()]));
    // The tactic lies outside today's values: the prompts are prominent and the badge shows.
    h.get_by_label_contains(
        "Je koppelt een tactiek die de ambtelijke ethiek oprekt of erbuiten valt: Traineren",
    );
    h.get_by_label("Open grensvraag");
    h.get_by_label("Past dit bij de eed of belofte die je hebt afgelegd?");
    h.get_by_label("Heb je dit besproken met iemand die je vertrouwt?");
    h.get_by_label("Hoort dit in een moreel beraad?");
    // The linked tactic shows its summary.
    let c = Content::embedded().expect("content");
    h.get_by_label(&c.tactic("traineren").expect("tactic").summary.nl);
    click(&mut h, "Opslaan");
    h.get_by_label("Opgeslagen en versleuteld.");
    click(&mut h, "Terug naar de lijst");
    h.get_by_label_contains("1 van 1 dilemma");
    h.get_by_label_contains("Subsidieregeling die niet werkt (Open, Open grensvraag)");

    click(&mut h, "Vergrendelen");
    h.get_by_label("Je kluis is vergrendeld.");
    assert!(
        h.query_by_label_contains("Subsidieregeling").is_none(),
        "no decrypted text after lock"
    );
    assert!(h.state().vault().session().is_none());

    type_into(&mut h, "Wachtwoordzin", PASS);
    click(&mut h, "Ontgrendelen");
    wait_for_worker(&mut h);
    type_into(&mut h, "Zoeken", "subsidieregeling");
    h.get_by_label_contains("1 van 1 dilemma");
    h.get_by_label_contains("Subsidieregeling die niet werkt")
        .click();
    h.run();
    h.get_by_label("Het dilemma");
}

#[test]
fn a_wrong_passphrase_says_so_and_keeps_the_vault_locked() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let mut h = app(dir.path());
        create_vault(&mut h);
    }
    let mut h = app(dir.path());
    type_into(&mut h, "Wachtwoordzin", "verkeerde-wachtwoordzin-echt");
    click(&mut h, "Ontgrendelen");
    wait_for_worker(&mut h);
    h.get_by_label("Je kluis is vergrendeld.");
    assert!(h.state().vault().session().is_none());
    assert!(h.state().lock_error().is_some());
    // In Dutch, right under the passphrase field, with what to do.
    h.get_by_label_contains("Deze wachtwoordzin opent de kluis niet.");
}

#[test]
fn a_weak_passphrase_cannot_create_a_vault() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app(dir.path());
    type_into(&mut h, "Wachtwoordzin", "welkom123");
    type_into(&mut h, "Herhaal de wachtwoordzin", "welkom123");
    h.get_by_label_contains("een veelgebruikt wachtwoord of woord");
    click(&mut h, "Kluis aanmaken");
    assert!(!h.state().busy());
    assert!(
        !dir.path().join("data/vault.ron").exists(),
        "a disabled button creates nothing"
    );
}

/// The app with a cheap test vault already unlocked.
fn unlocked_app(root: &Path) -> Harness<'static, App> {
    unlocked_app_with_step(root, 0.25)
}

/// As [`unlocked_app`], each step advancing the clock by `step_secs`.
fn unlocked_app_with_step(root: &Path, step_secs: f32) -> Harness<'static, App> {
    harness(root, Some(test_session(root)), None, 1600.0, step_secs)
}

/// Takes the questionnaire: `high` agrees fully with plus-keyed statements and disagrees
/// fully with minus-keyed ones (every dimension high); otherwise the reverse.
fn take_all(h: &mut Harness<'_, App>, high: bool, option: usize) {
    use ambtelijke_ruimte::assessment::{Item, Key};
    h.get_by_role_and_label(Role::Button, "Vragenlijst").click();
    h.run();
    // Disabled (a no-op) before the first take; clears the answers before the second.
    click(h, "Opnieuw beginnen");
    // Starting over asks first.
    if h.query_by_label("Ja, alles wissen").is_some() {
        common::press(h, "Ja, alles wissen");
    }
    let items = h
        .state()
        .questionnaire()
        .expect("questionnaire")
        .items
        .clone();
    for (k, item) in items.iter().enumerate() {
        match item {
            Item::Likert { key, .. } => {
                let agree = (*key == Key::Plus) == high;
                let answer = if agree {
                    "Helemaal eens"
                } else {
                    "Helemaal oneens"
                };
                h.get_by_label(answer).click();
            }
            Item::Scenario { options, .. } => h
                .get_by_label(&options[option % options.len()].text.nl)
                .click(),
        }
        h.run();
        let next = if k + 1 == items.len() {
            "Bekijk je profiel"
        } else {
            "Volgende"
        };
        click(h, next);
    }
}

#[test]
fn each_take_is_kept_and_the_profile_shows_what_changed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = unlocked_app(dir.path());
    take_all(&mut h, true, 0);
    h.get_by_label("Je uitslag is versleuteld bewaard in je kluis.");
    h.get_by_label("Na je volgende afname zie je hier wat er veranderd is.");
    take_all(&mut h, false, 3);
    assert_eq!(h.state().vault().session().expect("open").takes.len(), 2);
    h.get_by_label("Scores per afname, met een band van ± één standaardfout");
    h.get_by_label("Wat is er veranderd sinds de vorige keer");
    // Every dimension went from high to low, far beyond the reliable-change threshold.
    assert!(h.query_all_by_label_contains(": van ").count() >= 1);
    // The takes are records in the vault.
    let records = std::fs::read_dir(dir.path().join("data/records"))
        .expect("records")
        .count();
    assert_eq!(records, 2);
}

#[test]
fn the_repertoire_map_counts_linked_tactics() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = unlocked_app(dir.path());
    {
        let session = match h.state_mut().vault_mut() {
            ambtelijke_ruimte::ui::VaultState::Open(s) => s,
            _ => panic!("open"),
        };
        for (title, tactics) in [
            ("Een", vec!["weigeren", "interne-coalities"]),
            ("Twee", vec!["weigeren"]),
        ] {
            let mut e = ambtelijke_ruimte::journal::Entry::new(
                title,
                ambtelijke_ruimte::journal::Date::from_unix(0),
            );
            e.tactics = tactics.into_iter().map(str::to_owned).collect();
            session.save_entry(None, e, 1).expect("save");
        }
    }
    h.get_by_role_and_label(Role::Button, "Tactieken").click();
    h.run();
    h.get_by_label("Jouw repertoirekaart");
    h.get_by_role_and_label(Role::Button, "Weigeren: 2× gekoppeld");
    h.get_by_role_and_label(Role::Button, "Interne coalities bouwen: 1× gekoppeld");
    h.get_by_role_and_label(Role::Button, "Traineren: 0× gekoppeld")
        .click();
    h.run();
    assert_eq!(h.state().selected_tactic(), Some("traineren"));
}

#[test]
fn the_vault_locks_itself_after_the_idle_minutes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = unlocked_app_with_step(dir.path(), 20.0);
    h.state_mut().push(SettingsCmd::SetAutoLock(1));
    h.step();
    assert!(
        h.state().vault().session().is_some(),
        "40 s idle: still open"
    );
    h.step();
    h.step();
    h.step();
    assert!(
        h.state().vault().session().is_none(),
        "over a minute idle: locked"
    );
    assert!(matches!(
        h.state().vault(),
        ambtelijke_ruimte::ui::VaultState::Locked(_)
    ));
}
