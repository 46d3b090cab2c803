//! Helpers for the drafts tests: an app on a locked vault, unlocking it, and letting the
//! autosave run.

use std::path::{Path, PathBuf};
use std::time::Duration;

use ambtelijke_ruimte::ui::{App, Screen};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::{PASS, click, harness, press, type_into, wait_for_worker};

/// The title of the dialog that offers drafts back.
pub const OFFER: &str = "Niet opgeslagen werk teruggevonden";

/// A vault in `root/data`, locked, and the app on its lock screen.
pub fn locked_app(root: &Path) -> Harness<'static, App> {
    harness(root, None, Some(Screen::Journal), 1400.0, 0.25)
}

/// A new vault in `root/data` and the app unlocking it, as after a start.
pub fn unlocked_app(root: &Path) -> Harness<'static, App> {
    drop(super::test_session(root));
    let mut h = locked_app(root);
    unlock(&mut h);
    h
}

pub fn unlock(h: &mut Harness<'_, App>) {
    type_into(h, "Wachtwoordzin", PASS);
    click(h, "Ontgrendelen");
    wait_for_worker(h);
}

/// Steps until no draft is being written or removed.
pub fn wait_for_drafts(h: &mut Harness<'_, App>) {
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
pub fn let_autosave_run(h: &mut Harness<'_, App>) {
    h.run_steps(16);
    wait_for_drafts(h);
}

/// The files in the vault's `drafts/` folder.
pub fn draft_files(root: &Path) -> Vec<PathBuf> {
    let Ok(dir) = std::fs::read_dir(root.join("data").join("drafts")) else {
        return Vec::new();
    };
    dir.filter_map(Result::ok).map(|e| e.path()).collect()
}

/// Writes a new entry's title and dilemma in an unlocked app and lets the autosave run.
pub fn write_unsaved_entry(h: &mut Harness<'_, App>, title: &str, dilemma: &str) {
    press(h, "Nieuw dilemma");
    if !title.is_empty() {
        type_into(h, "Titel", title);
    }
    type_into(h, "Het dilemma", dilemma);
    let_autosave_run(h);
}

/// After a crash or a quit: a new app on `root`, unlocked, restoring the offered draft whose
/// line contains `what`.
pub fn restore_after_restart(root: &Path, what: &str) -> Harness<'static, App> {
    let mut h = locked_app(root);
    unlock(&mut h);
    h.get_by_label(OFFER);
    h.get_by_label_contains(what);
    press(&mut h, "Herstellen");
    h
}
