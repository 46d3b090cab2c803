//! The app's own file picker drawn on its own, against a temporary folder: save-as asks before
//! replacing a file (or says the writer never will), the keys respect the focus, and a
//! listing stops at its bound and says how many rows are left out.

use std::path::{Path, PathBuf};

use ambtelijke_ruimte::listing::{self, Query};
use ambtelijke_ruimte::ui::file_picker::{self, FileKind, FilePicker, Mode, Request};
use ambtelijke_ruimte::ui::{Command, FileCmd, Sink};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// A folder with a subfolder and two summaries.
fn folder(root: &Path) -> PathBuf {
    let dir = root.join("kies");
    std::fs::create_dir_all(dir.join("archief")).expect("mkdir");
    for name in ["b.md.age", "a.md.age"] {
        std::fs::write(dir.join(name), "x").expect("write");
    }
    dir
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
