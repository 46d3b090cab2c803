//! Adding one's own questionnaire from Settings: chosen with the app's picker, checked, copied
//! into the folder and loaded; a second copy of the same name and a broken file are refused
//! with a sentence beside the field, and nothing in the folder changes.

use std::path::Path;

use ambtelijke_ruimte::ui::{App, Screen, SettingsCmd};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;

use common::{harness, press, type_into, wait_for_worker};

const FIELD: &str = "Een vragenlijst toevoegen";

fn settings(root: &Path) -> Harness<'static, App> {
    let mut h = harness(root, None, Some(Screen::Settings), 1600.0, 0.25);
    h.state_mut().push(SettingsCmd::SetOwnFileDialog(true));
    h.run();
    h
}

/// Presses the last button of that name (the picker's lie over the screen's).
fn press_last(h: &mut Harness<'_, App>, label: &str) {
    h.get_all_by_role_and_label(Role::Button, label)
        .last()
        .expect("the button is there")
        .click_accesskit();
    h.step();
    // A listing on the worker shows a spinner: `wait_for_worker` settles it.
    if !h.state().busy() {
        h.run();
    }
}

#[test]
fn a_questionnaire_chosen_in_the_picker_is_checked_copied_and_loaded() {
    let root = tempfile::tempdir().expect("temp dir");
    let source = root.path().join("bron");
    std::fs::create_dir_all(&source).expect("mkdir");
    let default = include_str!("../questionnaires/default.ron");
    let own = default.replacen("id: \"default\"", "id: \"eigen\"", 1);
    std::fs::write(source.join("eigen.ron"), &own).expect("write");
    std::fs::write(source.join("kapot.ron"), "(id: \"kapot\",").expect("write");
    let mut h = settings(root.path());
    let before = h.state().catalogue().questionnaires.len();

    // Choose the file with the picker; the path lands in the field.
    let field = format!("{FIELD}: bladeren");
    type_into(&mut h, FIELD, &source.display().to_string());
    press(&mut h, &field);
    wait_for_worker(&mut h);
    h.get_by_label("eigen.ron").click();
    h.run();
    press_last(&mut h, "Openen");
    assert!(h.state().file_picker().is_none());
    press(&mut h, "Toevoegen");
    wait_for_worker(&mut h);
    let copied = ambtelijke_ruimte::paths::questionnaire_dir(&root.path().join("config"));
    assert_eq!(
        std::fs::read_to_string(copied.join("eigen.ron")).expect("copied"),
        own
    );
    assert_eq!(h.state().catalogue().questionnaires.len(), before + 1);
    assert!(h.state().notice().is_some_and(|n| !n.error));

    // The same name again: refused, the copy stays as it was.
    type_into(
        &mut h,
        FIELD,
        &source.join("eigen.ron").display().to_string(),
    );
    press(&mut h, "Toevoegen");
    wait_for_worker(&mut h);
    h.get_by_label_contains("staat al een vragenlijst met de naam");

    // A broken file, chosen with the picker (it replaces the field's text): refused with
    // where it breaks.
    press(&mut h, &field);
    wait_for_worker(&mut h);
    h.get_by_label("kapot.ron").click();
    h.run();
    press_last(&mut h, "Openen");
    press(&mut h, "Toevoegen");
    wait_for_worker(&mut h);
    h.get_by_label_contains("kapot.ron, regel 1");
    h.get_by_label_contains("Het bestand is niet toegevoegd");
    assert!(!copied.join("kapot.ron").exists());
}
