//! The share wizard's file name: typed letter by letter it stays what was typed, and only a
//! newly chosen form (encrypted, Markdown, HTML) changes its extension. Found walking the
//! installed .deb (scripts/walk-deb.sh): typing "….md.age" gave "….md.age.age".

use ambtelijke_ruimte::journal::{Date, Entry};
use ambtelijke_ruimte::ui::{App, Screen, VaultState};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;

use common::{harness, press, test_session};

/// A vault with one entry, the wizard on its consent step.
fn at_consent(root: &std::path::Path) -> Harness<'static, App> {
    let mut h = harness(
        root,
        Some(test_session(root)),
        Some(Screen::Shared),
        2200.0,
        0.25,
    );
    match h.state_mut().vault_mut() {
        VaultState::Open(s) => {
            let entry = Entry::new("Warmtenet", Date::from_unix(0));
            s.save_entry(None, entry, 1).expect("save");
        }
        _ => panic!("the vault is open"),
    }
    h.run();
    h.get_by_label("1970-01-01  Warmtenet").click();
    h.run();
    press(&mut h, "Volgende");
    press(&mut h, "Volgende");
    h
}

#[test]
fn a_file_name_typed_letter_by_letter_keeps_its_extension_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = at_consent(dir.path());
    let stem = dir.path().join("voor-marieke").display().to_string();
    h.state_mut().shared_mut().path = stem.clone();
    h.run();
    let field = "Bestand";
    h.get_by_label(field).click();
    h.run();
    h.key_press(egui::Key::End);
    h.run();
    // As a person types: every letter its own frame.
    for c in ".md.age".chars() {
        h.get_by_label(field).type_text(&c.to_string());
        h.run();
    }
    assert_eq!(h.state().shared().path, format!("{stem}.md.age"));
    // Choosing another form still follows in the name.
    h.get_by_label("Onversleutelde Markdown").click();
    h.run();
    assert_eq!(h.state().shared().path, format!("{stem}.md"));
}
