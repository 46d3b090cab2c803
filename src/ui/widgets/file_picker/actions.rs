//! What the picker's keys and buttons do: move the selection, open a folder, choose a file,
//! save under a name (asking first where that would replace a file).

use std::path::PathBuf;

use egui::{Key, Modifiers};

use super::{FilePicker, Mode};
use crate::listing::Item;
use crate::ui::commands::FileCmd;
use crate::ui::cx::Sink;

/// Escape, the arrows, Enter and Backspace. Escape works even from a text field; the others
/// only while no field is being typed in.
pub(super) fn keys(ctx: &egui::Context, picker: &mut FilePicker, out: &mut Sink) {
    if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
        if picker.confirm.take().is_none() {
            out.push(FileCmd::Cancel);
        }
        return;
    }
    // A focused field or button keeps its own keys (Enter on "Cancel" cancels); the rows'
    // keys work when nothing has focus, or a row has.
    let focus_free = ctx.memory(|m| m.focused()).is_none() || picker.row_focus;
    if !focus_free || ctx.text_edit_focused() || picker.confirm.is_some() {
        return;
    }
    let rows = picker.listing.as_ref().map_or(0, |l| l.items.len());
    let (down, up, enter, back) = ctx.input_mut(|i| {
        (
            i.consume_key(Modifiers::NONE, Key::ArrowDown),
            i.consume_key(Modifiers::NONE, Key::ArrowUp),
            i.consume_key(Modifiers::NONE, Key::Enter),
            i.consume_key(Modifiers::NONE, Key::Backspace),
        )
    });
    if rows > 0 && (down || up) {
        let at = match (picker.selected, down) {
            (None, true) => 0,
            (None, false) => rows - 1,
            (Some(i), true) => (i + 1).min(rows - 1),
            (Some(i), false) => i.saturating_sub(1),
        };
        select(picker, at);
    }
    if enter && let Some(item) = selected_item(picker) {
        activate(picker, &item, out);
    }
    if back && let Some(parent) = picker.listing.as_ref().and_then(|l| l.parent.clone()) {
        go(picker, parent, out);
    }
}

pub(super) fn selected_item(picker: &FilePicker) -> Option<Item> {
    let listing = picker.listing.as_ref()?;
    listing.items.get(picker.selected?).cloned()
}

pub(super) fn select(picker: &mut FilePicker, at: usize) {
    picker.selected = Some(at);
    picker.scroll_to_selected = true;
    if picker.request.mode == Mode::Save
        && let Some(item) = selected_item(picker).filter(|i| !i.is_dir)
    {
        picker.name = item.name;
    }
}

/// Opens a folder, or chooses a file (asking first when save-as would replace it).
pub(super) fn activate(picker: &mut FilePicker, item: &Item, out: &mut Sink) {
    if item.is_dir {
        return go(picker, item.path.clone(), out);
    }
    match picker.request.mode {
        Mode::Open => out.push(FileCmd::Choose(item.path.clone())),
        Mode::Save => {
            picker.name.clone_from(&item.name);
            save(picker, out);
        }
    }
}

pub(super) fn go(picker: &mut FilePicker, path: PathBuf, out: &mut Sink) {
    out.push(FileCmd::List(picker.query(&path)));
}

/// Save-as: the name in the folder on show. A name with a folder in it is gone to first; an
/// existing file is replaced only after the question.
pub(super) fn save(picker: &mut FilePicker, out: &mut Sink) {
    let name = picker.name.trim().to_owned();
    let Some(listing) = &picker.listing else {
        return;
    };
    if name.is_empty() {
        return;
    }
    if name.contains(std::path::MAIN_SEPARATOR) || name.contains('/') {
        let typed = listing.dir.join(&name);
        return go(picker, typed, out);
    }
    let path = listing.dir.join(&name);
    let exists = listing.items.iter().any(|i| i.name == name);
    if exists {
        picker.confirm = Some(path);
    } else {
        out.push(FileCmd::Choose(path));
    }
}
