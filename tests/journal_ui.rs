//! The vault and journal through the UI, headless: create a vault, write a dilemma linked to a
//! tactic outside today's ethics, see the boundary prompts, lock, unlock, find it again.

use std::path::Path;
use std::time::Duration;

use ambtelijke_ruimte::content::{Content, Lang};
use ambtelijke_ruimte::paths::Dirs;
use ambtelijke_ruimte::ui::{App, Command, Screen};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const PASS: &str = "zonnepaneel-kastanje-fiets-regenjas";

fn app(root: &Path) -> Harness<'static, App> {
    let dirs = Dirs {
        config: root.join("config"),
        data: root.join("data"),
    };
    let mut h = Harness::builder()
        .with_size([1180.0, 1600.0])
        .with_max_steps(64)
        .build_eframe(move |cc| {
            let mut app = App::new(cc, Content::embedded().expect("content"), dirs);
            app.push(Command::SetLang(Lang::Nl));
            app.push(Command::Go(Screen::Journal));
            app
        });
    h.run();
    h
}

/// Steps until the worker thread has reported (key derivation takes a second or two).
fn wait_for_worker(h: &mut Harness<'_, App>) {
    for _ in 0..600 {
        h.step();
        if !h.state().vault.busy() {
            h.run();
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("the vault worker did not finish");
}

/// Clicks a button; a click may start the worker, whose spinner keeps repainting.
fn click(h: &mut Harness<'_, App>, label: &str) {
    h.get_by_role_and_label(Role::Button, label).scroll_to_me();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, label).click();
    h.run_steps(3);
}

fn type_into(h: &mut Harness<'_, App>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
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
    let linked = h
        .state()
        .journal
        .draft
        .as_ref()
        .map(|(_, e)| e.tactics.clone());
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
    h.get_by_label_contains("1 van 1 dilemma's");
    h.get_by_label_contains("Subsidieregeling die niet werkt (Open, Open grensvraag)");

    click(&mut h, "Vergrendelen");
    h.get_by_label("Je kluis is vergrendeld.");
    assert!(
        h.query_by_label_contains("Subsidieregeling").is_none(),
        "no decrypted text after lock"
    );
    assert!(h.state().vault.session().is_none());

    type_into(&mut h, "Wachtwoordzin", PASS);
    click(&mut h, "Ontgrendelen");
    wait_for_worker(&mut h);
    type_into(&mut h, "Zoeken", "subsidieregeling");
    h.get_by_label_contains("1 van 1 dilemma's");
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
    assert!(h.state().vault.session().is_none());
    assert!(h.state().lock_form.error.is_some());
}

#[test]
fn a_weak_passphrase_cannot_create_a_vault() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app(dir.path());
    type_into(&mut h, "Wachtwoordzin", "welkom123");
    type_into(&mut h, "Herhaal de wachtwoordzin", "welkom123");
    h.get_by_label_contains("een veelgebruikt wachtwoord of woord");
    click(&mut h, "Kluis aanmaken");
    assert!(!h.state().vault.busy());
    assert!(
        !dir.path().join("data/vault.ron").exists(),
        "a disabled button creates nothing"
    );
}
