//! The entry editor: one rule for what can be saved (`Entry::validate`), told beside the
//! field in the interface's language; Ctrl+S saves.

use ambtelijke_ruimte::ui::Screen;
use egui::Role;
use egui_kittest::kittest::{NodeT, Queryable};

mod common;

use common::{harness, press, test_session, type_into};

fn save_enabled(h: &egui_kittest::Harness<'_, ambtelijke_ruimte::ui::App>) -> bool {
    !h.get_by_role_and_label(Role::Button, "Opslaan")
        .accesskit_node()
        .is_disabled()
}

#[test]
fn a_date_in_the_future_cannot_be_saved_and_the_editor_says_why_in_dutch() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = test_session(dir.path());
    let mut h = harness(
        dir.path(),
        Some(session),
        Some(Screen::Journal),
        1400.0,
        0.25,
    );
    press(&mut h, "Nieuw dilemma");
    // An empty new entry is not scolded before anything is typed.
    assert!(h.query_by_label("Geef het dilemma een titel.").is_none());
    assert!(!save_enabled(&h));
    // Typed, without a title: the entry's own check names it under the title field.
    type_into(&mut h, "Het dilemma", "Tempo of draagvlak?");
    h.get_by_label("Geef het dilemma een titel.");
    assert!(!save_enabled(&h));
    type_into(&mut h, "Titel", "Warmtenet zonder draagvlak");
    assert!(save_enabled(&h));
    // The date parses, but lies in the future: Entry::validate refuses it.
    h.get_by_label("Datum").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label("Datum").type_text("2999-01-01");
    h.run();
    h.get_by_label_contains("De datum 2999-01-01 ligt in de toekomst");
    assert!(!save_enabled(&h), "a future date is not saved");
    press(&mut h, "Opslaan");
    let saved = h.state().vault().session().expect("open").journal.len();
    assert_eq!(saved, 0);
}

#[test]
fn ctrl_s_saves_the_entry() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = test_session(dir.path());
    let mut h = harness(
        dir.path(),
        Some(session),
        Some(Screen::Journal),
        1400.0,
        0.25,
    );
    press(&mut h, "Nieuw dilemma");
    type_into(&mut h, "Titel", "Subsidie die niet landt");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    let session = h.state().vault().session().expect("open");
    assert_eq!(session.journal.len(), 1);
    h.get_by_label("Opgeslagen en versleuteld.");
}
