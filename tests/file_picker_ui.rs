//! The file picker in the app, headless: the app's own picker against a temporary folder
//! (folders first, in and up, the file-type filter, a chosen file landing in its field,
//! Escape leaving the field alone), a dropped file finding its field, and the choice between
//! the platform's dialog and the app's picker. The picker on its own: file_picker_widget_ui.rs.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use ambtelijke_ruimte::ui::file_picker::Backend;
use ambtelijke_ruimte::ui::{App, Screen, SettingsCmd};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;

use common::{harness, press, test_session, wait_for_worker};

const BROWSE_SUMMARY: &str = "Pad naar het bestand: bladeren";

/// A folder with a subfolder, two summaries, a note and a hidden summary.
fn folder(root: &Path) -> PathBuf {
    let dir = root.join("kies");
    std::fs::create_dir_all(dir.join("archief")).expect("mkdir");
    for name in ["b.md.age", "a.md.age", "notities.txt", ".verborgen.md.age"] {
        std::fs::write(dir.join(name), "x").expect("write");
    }
    std::fs::write(dir.join("archief").join("oud.md.age"), "x").expect("write");
    dir
}

/// The app with an unlocked vault on the coach tab, using its own picker when `own`.
fn coach_tab(root: &Path, own: bool) -> Harness<'static, App> {
    let mut h = harness(
        root,
        Some(test_session(root)),
        Some(Screen::Shared),
        1400.0,
        0.25,
    );
    h.state_mut().push(SettingsCmd::SetOwnFileDialog(own));
    h.run();
    press(&mut h, "Coach");
    // Opening the Coach tab lists the coach's inbox on the worker: let it finish first.
    wait_for_worker(&mut h);
    h
}

/// Presses a button of the picker. The modal dialog lies over the screen, whose buttons stay
/// in the accessibility tree; the dialog's come last.
fn in_picker(h: &mut Harness<'_, App>, label: &str) {
    h.get_all_by_role_and_label(Role::Button, label)
        .last()
        .expect("the picker has the button")
        .click_accesskit();
    h.step();
    // A listing on the worker shows a spinner: `wait_for_worker` settles it.
    if !h.state().busy() {
        h.run();
    }
}

fn names(h: &Harness<'_, App>) -> Vec<String> {
    let picker = h.state().file_picker().expect("the picker is open");
    let listing = picker.listing.as_ref().expect("listed");
    listing.items.iter().map(|i| i.name.clone()).collect()
}

fn shown_dir(h: &Harness<'_, App>) -> PathBuf {
    let picker = h.state().file_picker().expect("the picker is open");
    picker.listing.as_ref().expect("listed").dir.clone()
}

#[test]
fn the_picker_lists_folders_first_goes_in_and_up_filters_and_fills_the_field() {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = folder(root.path());
    let mut h = coach_tab(root.path(), true);
    h.state_mut().shared_mut().open_path = dir.display().to_string();
    press(&mut h, BROWSE_SUMMARY);
    wait_for_worker(&mut h);
    // Summaries only, folders first, hidden names left out.
    assert_eq!(names(&h), ["archief", "a.md.age", "b.md.age"]);
    h.get_by_label("archief/");

    h.get_by_label("archief/").click();
    h.run();
    in_picker(&mut h, "Openen");
    wait_for_worker(&mut h);
    assert_eq!(shown_dir(&h), dir.join("archief"));
    assert_eq!(names(&h), ["oud.md.age"]);

    press(&mut h, "Map hoger");
    wait_for_worker(&mut h);
    assert_eq!(shown_dir(&h), dir);

    h.get_by_label("Soort bestand").click();
    h.run();
    // Choosing a filter lists the folder again on the worker, whose spinner keeps repainting.
    h.get_by_label("Alle bestanden").click();
    h.step();
    wait_for_worker(&mut h);
    assert_eq!(
        names(&h),
        ["archief", "a.md.age", "b.md.age", "notities.txt"]
    );
    h.get_by_label("Verborgen bestanden tonen").click();
    h.step();
    wait_for_worker(&mut h);
    assert_eq!(
        names(&h),
        [
            "archief",
            ".verborgen.md.age",
            "a.md.age",
            "b.md.age",
            "notities.txt"
        ]
    );

    h.get_by_label("b.md.age").click();
    h.run();
    in_picker(&mut h, "Openen");
    h.run();
    assert!(h.state().file_picker().is_none(), "the picker closed");
    assert_eq!(
        h.state().shared().open_path,
        dir.join("b.md.age").display().to_string()
    );
}

#[test]
fn escape_closes_the_picker_and_leaves_the_field_as_it_was() {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = folder(root.path());
    let mut h = coach_tab(root.path(), true);
    let before = dir.join("a.md.age").display().to_string();
    h.state_mut().shared_mut().open_path = before.clone();
    press(&mut h, BROWSE_SUMMARY);
    wait_for_worker(&mut h);
    // The file the field named is selected; arrows move on.
    let selected = h.state().file_picker().and_then(|p| p.selected);
    assert_eq!(selected, Some(1));
    h.key_press(egui::Key::ArrowDown);
    h.run();
    assert_eq!(h.state().file_picker().and_then(|p| p.selected), Some(2));
    // After a click on a row (which takes the focus) the arrows still move the selection.
    h.get_by_label("archief/").click();
    h.run();
    h.key_press(egui::Key::ArrowDown);
    h.run();
    assert_eq!(h.state().file_picker().and_then(|p| p.selected), Some(1));
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(
        h.state().file_picker().is_none(),
        "Escape closed the picker"
    );
    assert_eq!(h.state().shared().open_path, before);
    // Escape from the location field closes it too.
    press(&mut h, BROWSE_SUMMARY);
    wait_for_worker(&mut h);
    h.get_by_label("Map of pad").click();
    h.run();
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.state().file_picker().is_none());
    assert_eq!(h.state().shared().open_path, before);
}

/// A file dropped on the window, as the window system hands it to egui.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_dropped_file_goes_to_the_field_that_takes_its_kind() {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = folder(root.path());
    let mut h = coach_tab(root.path(), true);
    let feedback = dir.join("feedback.age");
    std::fs::write(&feedback, "x").expect("write");
    for path in [feedback.clone(), dir.join("a.md.age")] {
        h.input_mut()
            .dropped_files
            .push(std::sync::Arc::new(Dropped(path)));
    }
    h.run();
    let shared = h.state().shared();
    assert_eq!(shared.open_path, dir.join("a.md.age").display().to_string());
    assert_eq!(shared.import_path, feedback.display().to_string());
}

#[test]
fn the_variable_forces_the_apps_picker_even_where_a_dialog_could_answer() {
    run_child("child_the_variable_picks_egui", "egui", &[]);
}

#[test]
fn a_platform_dialog_that_cannot_show_hands_over_to_the_apps_picker_quickly() {
    run_child("child_a_missing_portal_falls_back", "native", &[]);
}

#[test]
fn home_and_documents_take_the_picker_there() {
    let home = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(home.path().join("Documents")).expect("mkdir");
    let home = home.path().display().to_string();
    let config = format!("{home}/.config");
    let env = [
        ("HOME", home.as_str()),
        ("XDG_CONFIG_HOME", config.as_str()),
    ];
    run_child("child_home_and_documents", "egui", &env);
}

/// Runs one ignored test of this file in a child process with `RUIMTE_FILE_DIALOG=value`
/// and a session bus address that leads nowhere (so without the variable the platform's
/// dialog would be tried, and fail), and `env` besides. The variables stay out of this
/// process.
fn run_child(name: &str, value: &str, env: &[(&str, &str)]) {
    let out = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([name, "--exact", "--ignored", "--test-threads=1"])
        .env_remove("XDG_DOCUMENTS_DIR")
        .envs(env.iter().copied())
        .env("RUIMTE_FILE_DIALOG", value)
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .env("RUIMTE_PICKER_CHILD", "1")
        .output()
        .expect("runs the child test");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("1 passed"), "{text}");
}

#[test]
#[ignore = "run by the_variable_forces_the_apps_picker_even_where_a_dialog_could_answer"]
fn child_the_variable_picks_egui() {
    assert_eq!(std::env::var("RUIMTE_PICKER_CHILD").as_deref(), Ok("1"));
    let root = tempfile::tempdir().expect("temp dir");
    let mut h = coach_tab(root.path(), false);
    h.get_by_role_and_label(Role::Button, BROWSE_SUMMARY)
        .click_accesskit();
    h.step();
    assert_eq!(h.state().file_backend(), Some(Backend::Egui));
    assert!(h.state().file_picker().is_some());
    assert!(!h.state().native_dialog_open());
}

#[test]
#[ignore = "run by a_platform_dialog_that_cannot_show_hands_over_to_the_apps_picker_quickly"]
fn child_a_missing_portal_falls_back() {
    assert_eq!(std::env::var("RUIMTE_PICKER_CHILD").as_deref(), Ok("1"));
    let root = tempfile::tempdir().expect("temp dir");
    let mut h = coach_tab(root.path(), false);
    h.get_by_role_and_label(Role::Button, BROWSE_SUMMARY)
        .click_accesskit();
    h.step();
    assert_eq!(h.state().file_backend(), Some(Backend::Native));
    let began = Instant::now();
    while h.state().file_picker().is_none() {
        assert!(
            began.elapsed() < Duration::from_secs(3),
            "the app's picker did not take over"
        );
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    assert!(!h.state().native_dialog_open());
}

#[test]
#[ignore = "run by home_and_documents_take_the_picker_there, with HOME in a temp folder"]
fn child_home_and_documents() {
    assert_eq!(std::env::var("RUIMTE_PICKER_CHILD").as_deref(), Ok("1"));
    let home = PathBuf::from(std::env::var("HOME").expect("HOME is set"));
    let root = tempfile::tempdir().expect("temp dir");
    let dir = folder(root.path());
    let mut h = coach_tab(root.path(), false);
    h.state_mut().shared_mut().open_path = dir.display().to_string();
    press(&mut h, BROWSE_SUMMARY);
    wait_for_worker(&mut h);
    in_picker(&mut h, "Thuismap");
    wait_for_worker(&mut h);
    assert_eq!(shown_dir(&h), home);
    in_picker(&mut h, "Documenten");
    wait_for_worker(&mut h);
    assert_eq!(shown_dir(&h), home.join("Documents"));
}
