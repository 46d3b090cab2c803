//! The file picker, headless: the app's own picker against a temporary folder (folders
//! first, in and up, the file-type filter, a chosen file landing in its field, Escape leaving
//! the field alone), save-as asking before it replaces a file, the bound on a listing, and
//! the choice between the platform's dialog and the app's picker.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use ambtelijke_ruimte::listing::{self, Query};
use ambtelijke_ruimte::ui::file_picker::{self, Backend, FileKind, FilePicker, Mode, Request};
use ambtelijke_ruimte::ui::{App, Command, FileCmd, Screen, SettingsCmd, Sink};
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
    h.run();
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
    h.get_by_label("Alle bestanden").click();
    h.run();
    wait_for_worker(&mut h);
    assert_eq!(
        names(&h),
        ["archief", "a.md.age", "b.md.age", "notities.txt"]
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

/// The picker alone, in save-as mode on `dir`, listed there; its commands go to a sink.
fn save_picker(dir: &Path, may_replace: bool) -> FilePicker {
    let mut picker = FilePicker::new(Request {
        field: egui::Id::unique("test-field"),
        mode: Mode::Save,
        kinds: vec![FileKind::Summary],
        start: dir.join("a.md.age"),
        may_replace,
    });
    let result = listing::list(&picker.query(&picker.request.start));
    picker.listed(0, result);
    picker
}

/// The picker drawn on its own, in Dutch, its commands kept in the sink beside it.
fn alone(picker: FilePicker) -> Harness<'static, (FilePicker, Sink)> {
    let mut h = Harness::builder().with_size([900.0, 800.0]).build_ui_state(
        |ui, (picker, sink): &mut (FilePicker, Sink)| {
            let ctx = ui.ctx().clone();
            file_picker::ui(&ctx, picker, ambtelijke_ruimte::content::Lang::Nl, sink);
        },
        (picker, Sink::default()),
    );
    h.run();
    h
}

fn chosen(sink: &mut Sink) -> Vec<PathBuf> {
    sink.take()
        .into_iter()
        .filter_map(|c| match c {
            Command::Files(FileCmd::Choose(p)) => Some(p),
            _ => None,
        })
        .collect()
}

#[test]
fn save_as_with_an_existing_name_asks_before_replacing() {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = folder(root.path());
    let mut h = alone(save_picker(&dir, true));
    assert_eq!(h.state().0.name, "a.md.age", "the field's name is offered");
    h.get_by_role_and_label(Role::Button, "Opslaan").click();
    h.run();
    h.get_by_label("“a.md.age” bestaat al in deze map. Wil je het vervangen?");
    h.get_by_role_and_label(Role::Button, "Andere naam kiezen")
        .click();
    h.run();
    assert!(
        chosen(&mut h.state_mut().1).is_empty(),
        "nothing chosen yet"
    );
    assert!(h.state().0.confirm.is_none());

    h.get_by_role_and_label(Role::Button, "Opslaan").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Vervangen").click();
    h.run();
    assert_eq!(chosen(&mut h.state_mut().1), [dir.join("a.md.age")]);

    // A new name is chosen at once.
    h.state_mut().0.name = "nieuw.md.age".into();
    h.run();
    h.get_by_role_and_label(Role::Button, "Opslaan").click();
    h.run();
    assert_eq!(chosen(&mut h.state_mut().1), [dir.join("nieuw.md.age")]);
}

#[test]
fn save_as_over_a_file_the_writer_never_replaces_asks_for_another_name() {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = folder(root.path());
    let mut h = alone(save_picker(&dir, false));
    h.get_by_role_and_label(Role::Button, "Opslaan").click();
    h.run();
    h.get_by_label_contains("schrijft de app nooit over een bestaand bestand heen");
    assert!(
        h.query_by_role_and_label(Role::Button, "Vervangen")
            .is_none(),
        "no offer to replace what the writer will not replace"
    );
    assert!(chosen(&mut h.state_mut().1).is_empty());
}

#[test]
fn enter_on_a_focused_button_belongs_to_that_button() {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = folder(root.path());
    let mut h = alone(save_picker(&dir, true));
    assert!(h.state().0.selected.is_some(), "a row is selected");
    h.get_by_role_and_label(Role::Button, "Annuleren").focus();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    let commands = h.state_mut().1.take();
    assert!(
        commands
            .iter()
            .any(|c| matches!(c, Command::Files(FileCmd::Cancel))),
        "Enter pressed Cancel"
    );
    assert!(
        h.state().0.confirm.is_none(),
        "the selected row was left alone"
    );
}

#[test]
fn the_arrows_work_while_a_row_has_the_keyboard_focus() {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = folder(root.path());
    let mut h = alone(save_picker(&dir, true));
    assert_eq!(h.state().0.selected, Some(1));
    h.get_by_label("b.md.age").focus();
    h.run();
    h.key_press(egui::Key::ArrowUp);
    h.run();
    assert_eq!(h.state().0.selected, Some(0));
}

#[test]
fn a_listing_stops_at_its_bound_and_counts_the_rest() {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = root.path();
    for i in 0..(listing::MAX_ROWS + 7) {
        std::fs::write(dir.join(format!("{i:05}.csv")), "").expect("write");
    }
    std::fs::create_dir(dir.join("zzz-map")).expect("mkdir");
    let query = Query {
        path: dir.to_path_buf(),
        extensions: vec!["csv".into()],
        hidden: false,
        limit: listing::MAX_ROWS,
    };
    let listed = listing::list(&query).expect("listed");
    assert_eq!(listed.items.len(), listing::MAX_ROWS);
    assert_eq!(listed.more, 8);
    assert_eq!(listed.items[0].name, "zzz-map", "folders come first");
    // The picker says how many more there are.
    let mut picker = FilePicker::new(Request {
        field: egui::Id::unique("test-field"),
        mode: Mode::Open,
        kinds: vec![FileKind::Csv],
        start: dir.to_path_buf(),
        may_replace: false,
    });
    picker.listed(0, Ok(listed));
    let h = alone(picker);
    h.get_by_label(
        "En nog 8 rijen die hier niet passen: typ de naam, of kies een smallere soort bestand.",
    );
}

#[test]
fn the_variable_forces_the_apps_picker_even_where_a_dialog_could_answer() {
    run_child("child_the_variable_picks_egui", "egui");
}

#[test]
fn a_platform_dialog_that_cannot_show_hands_over_to_the_apps_picker_quickly() {
    run_child("child_a_missing_portal_falls_back", "native");
}

/// Runs one ignored test of this file in a child process with `RUIMTE_FILE_DIALOG=value`
/// and a session bus address that leads nowhere (so without the variable the platform's
/// dialog would be tried, and fail). The variables stay out of this process.
fn run_child(name: &str, value: &str) {
    let out = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([name, "--exact", "--ignored", "--test-threads=1"])
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
