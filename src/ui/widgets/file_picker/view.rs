//! The app's own picker, as a modal dialog: the folder with "up", home and documents, a
//! location to type, the file type, the rows (folders first), a name for save-as with a
//! question before an existing file is replaced, and the keys (arrows, Enter, Backspace,
//! Escape; see `actions.rs`). It reads nothing itself: every listing is a command the
//! worker answers.

use std::path::PathBuf;

use egui::{Key, RichText, Ui};

use super::actions::{activate, go, keys, save, select, selected_item};
use super::{FilePicker, Mode};
use crate::content::Lang;
use crate::ui::commands::FileCmd;
use crate::ui::cx::Sink;
use crate::ui::i18n::{S, fill, plural};
use crate::ui::theme;
use crate::ui::widgets::problem;

/// Draws the picker over the window and pushes what the user asks for.
pub fn ui(ctx: &egui::Context, picker: &mut FilePicker, lang: Lang, out: &mut Sink) {
    keys(ctx, picker, out);
    let frame = egui::Frame::popup(&ctx.global_style()).inner_margin(theme::SPACE_L);
    let screen = ctx.content_rect().size();
    // Hung from the top: a dialog anchored at the centre gets only half the window's height
    // to lay out in, and would jump as folders of other sizes are shown.
    let id = egui::Id::unique("file-picker");
    let area = egui::Modal::default_area(id)
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, theme::SPACE_XL));
    let modal = egui::Modal::new(id)
        .area(area)
        .frame(frame)
        .show(ctx, |ui| {
            ui.set_width(theme::PICKER_WIDTH.min(screen.x * 0.9));
            // The dialog never grows past the window. Its foot (Open, Cancel and the keys)
            // stays in view below the body, which scrolls at a large text size; the foot's
            // height is last frame's, which the area needs anyway to lay out.
            let tallest = screen.y - 2.0 * theme::SPACE_XXL - 2.0 * theme::SPACE_L;
            let foot_id = id.with("foot");
            let foot = ui.data(|d| d.get_temp::<f32>(foot_id)).unwrap_or(0.0);
            let body = (tallest - foot).max(theme::PICKER_ROWS_MIN);
            egui::ScrollArea::vertical()
                .id_salt("file-picker-body")
                .max_height(body)
                .show(ui, |ui| body_ui(ui, picker, lang, out));
            let top = ui.cursor().top();
            buttons_ui(ui, picker, lang, out);
            ui.add(egui::Label::new(RichText::new(S::PickKeysHint.get(lang)).small()).wrap());
            let height = ui.min_rect().bottom() - top + ui.spacing().item_spacing.y;
            ui.data_mut(|d| d.insert_temp(foot_id, height));
        });
    // A click beside the dialog closes it like Escape (which `keys` already handled).
    if modal.backdrop_response.clicked() {
        out.push(FileCmd::Cancel);
    }
}

fn body_ui(ui: &mut Ui, picker: &mut FilePicker, lang: Lang, out: &mut Sink) {
    let title = match picker.request.mode {
        Mode::Open => S::PickOpenTitle,
        Mode::Save => S::PickSaveTitle,
    };
    ui.label(
        RichText::new(title.get(lang))
            .size(theme::TEXT_SECTION)
            .strong(),
    );
    places_ui(ui, picker, lang, out);
    location_ui(ui, picker, lang, out);
    kind_ui(ui, picker, lang, out);
    rows_ui(ui, picker, lang, out);
    problem::ui(ui, picker.error.as_ref().map(|e| e as _), lang);
    if picker.request.mode == Mode::Save {
        name_ui(ui, picker, lang, out);
    }
}

fn places_ui(ui: &mut Ui, picker: &mut FilePicker, lang: Lang, out: &mut Sink) {
    let (parent, places) = match &picker.listing {
        Some(l) => (l.parent.clone(), l.places.clone()),
        None => (None, crate::listing::Places::default()),
    };
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(parent.is_some(), egui::Button::new(S::PickUp.get(lang)))
            .clicked()
            && let Some(p) = parent
        {
            go(picker, p, out);
        }
        for (key, place) in [
            (S::PickHome, places.home),
            (S::PickDocuments, places.documents),
        ] {
            if ui
                .add_enabled(place.is_some(), egui::Button::new(key.get(lang)))
                .clicked()
                && let Some(p) = place
            {
                go(picker, p, out);
            }
        }
    });
}

fn location_ui(ui: &mut Ui, picker: &mut FilePicker, lang: Lang, out: &mut Sink) {
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(S::PickLocation.get(lang));
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut picker.location)
                    .desired_width(theme::field_width(ui, theme::PICKER_WIDTH * 0.6)),
            )
            .labelled_by(l.id);
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if (ui.button(S::PickGo.get(lang)).clicked() || entered)
            && !picker.location.trim().is_empty()
        {
            let typed = PathBuf::from(picker.location.trim());
            go(picker, typed, out);
        }
    });
}

fn kind_ui(ui: &mut Ui, picker: &mut FilePicker, lang: Lang, out: &mut Sink) {
    let before = (picker.kind, picker.hidden);
    let kinds = picker.request.kinds.clone();
    let name = |i: usize| {
        kinds
            .get(i)
            .map_or(S::PickAllFiles, |k| k.label())
            .get(lang)
    };
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(S::PickKind.get(lang));
        egui::ComboBox::from_id_salt("file-picker-kind")
            .selected_text(name(picker.kind))
            .show_ui(ui, |ui| {
                for i in 0..=kinds.len() {
                    ui.selectable_value(&mut picker.kind, i, name(i));
                }
            })
            .response
            .labelled_by(l.id);
        ui.checkbox(&mut picker.hidden, S::PickHidden.get(lang));
    });
    if (picker.kind, picker.hidden) != before
        && let Some(dir) = picker.listing.as_ref().map(|l| l.dir.clone())
    {
        go(picker, dir, out);
    }
}

fn rows_ui(ui: &mut Ui, picker: &mut FilePicker, lang: Lang, out: &mut Sink) {
    let Some(listing) = picker.listing.clone() else {
        let height = theme::PICKER_ROWS_MIN;
        ui.add_sized([ui.available_width(), height], egui::Spinner::new())
            .on_hover_text(S::PickReading.get(lang));
        return;
    };
    ui.label(RichText::new(S::PickRows.get(lang)).strong());
    let mut clicked = None;
    let mut activated = None;
    let mut row_focus = false;
    let row_height = ui.spacing().interact_size.y;
    let step = row_height + ui.spacing().item_spacing.y;
    // What the body has left below what is above the rows (from the body's top, so scrolling
    // does not change it), less a line for what may follow them.
    let room = ui.clip_rect().height() - (ui.cursor().top() - ui.min_rect().top()) - 2.0 * step;
    let scroll_to = picker.selected.filter(|_| picker.scroll_to_selected);
    let mut row_ui = |ui: &mut Ui, i: usize, width: f32, on_body: bool| {
        let Some(item) = listing.items.get(i) else {
            return;
        };
        // A folder reads as one in any language: its name ends in a slash.
        let text = if item.is_dir {
            RichText::new(format!("{}/", item.name)).strong()
        } else {
            RichText::new(&item.name)
        };
        let row = ui.add(
            egui::Button::selectable(picker.selected == Some(i), text)
                .min_size(egui::vec2(width, row_height)),
        );
        if on_body && scroll_to == Some(i) {
            row.scroll_to_me(None);
        }
        row_focus |= row.has_focus();
        if row.double_clicked() {
            activated = Some(i);
        } else if row.clicked() {
            clicked = Some(i);
        }
    };
    // A steady frame: the dialog keeps its size from folder to folder.
    egui::Frame::group(ui.style()).show(ui, |ui| {
        if listing.items.is_empty() {
            ui.label(RichText::new(S::PickEmpty.get(lang)).italics());
        }
        if room >= theme::PICKER_ROWS_MIN {
            // Only the rows in view are laid out, so 5,000 of them cost no more than 20.
            let height = theme::PICKER_ROWS_HEIGHT.min(room);
            let mut area = egui::ScrollArea::vertical()
                .id_salt(("file-picker-rows", &listing.dir))
                .max_height(height)
                .min_scrolled_height(height)
                .auto_shrink(false);
            if picker.scroll_to_selected
                && let Some(i) = picker.selected
            {
                area = area.vertical_scroll_offset((i as f32 * step - height / 2.0).max(0.0));
            }
            area.show_rows(ui, row_height, listing.items.len(), |ui, range| {
                let width = ui.available_width();
                for i in range {
                    row_ui(ui, i, width, false);
                }
            });
        } else {
            // Short of height (large text): the rows go on the body, which scrolls as one, so
            // no list scrolls inside another; still only the rows in view are drawn.
            let width = ui.available_width();
            let count = listing.items.len();
            let total = (count as f32 * step - ui.spacing().item_spacing.y).max(0.0);
            let (all, _) = ui.allocate_exact_size(egui::vec2(width, total), egui::Sense::hover());
            let clip = ui.clip_rect();
            let first = ((clip.top() - all.top()) / step).floor().max(0.0) as usize;
            let last = (((clip.bottom() - all.top()) / step).ceil().max(0.0) as usize).min(count);
            for i in (first..last).chain(scroll_to.filter(|i| !(first..last).contains(i))) {
                let at = egui::Rect::from_min_size(
                    all.min + egui::vec2(0.0, i as f32 * step),
                    egui::vec2(width, row_height),
                );
                let mut child = ui.new_child(egui::UiBuilder::new().max_rect(at).id_salt(i));
                row_ui(&mut child, i, width, true);
            }
        }
    });
    picker.scroll_to_selected = false;
    picker.row_focus = row_focus;
    if listing.more > 0 {
        let more = plural(lang, listing.more, S::PickMoreOne, S::PickMore);
        ui.add(egui::Label::new(RichText::new(more).small()).wrap());
    }
    if picker.reading {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(S::PickReading.get(lang));
        });
    }
    if let Some(i) = clicked {
        select(picker, i);
    }
    if let Some(item) = activated.and_then(|i| listing.items.get(i)) {
        activate(picker, item, out);
    }
}

fn name_field_id() -> egui::Id {
    egui::Id::unique("file-picker-name")
}

fn name_ui(ui: &mut Ui, picker: &mut FilePicker, lang: Lang, out: &mut Sink) {
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(S::PickFileName.get(lang));
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut picker.name)
                    .id(name_field_id())
                    .desired_width(theme::field_width(ui, theme::PICKER_WIDTH * 0.6)),
            )
            .labelled_by(l.id);
        if field.changed() {
            picker.confirm = None;
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            save(picker, out);
        }
    });
    let Some(path) = picker.confirm.clone() else {
        return;
    };
    // The question replaces nothing itself: "Replace" chooses the path, the writer writes. A
    // writer that never replaces gets no such offer, only the plain fact.
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let replace = picker.request.may_replace;
    let question = if replace {
        S::PickOverwrite
    } else {
        S::PickExists
    };
    ui.colored_label(
        ui.visuals().warn_fg_color,
        fill(question.get(lang), &[&name]),
    );
    ui.horizontal_wrapped(|ui| {
        if replace && ui.button(S::PickReplace.get(lang)).clicked() {
            picker.confirm = None;
            out.push(FileCmd::Choose(path));
        }
        if ui.button(S::PickOtherName.get(lang)).clicked() {
            picker.confirm = None;
            ui.memory_mut(|m| m.request_focus(name_field_id()));
        }
    });
}

fn buttons_ui(ui: &mut Ui, picker: &mut FilePicker, lang: Lang, out: &mut Sink) {
    ui.add_space(theme::SPACE_S);
    ui.horizontal_wrapped(|ui| {
        let (label, ready) = match picker.request.mode {
            Mode::Open => (S::PickOpen, picker.selected.is_some()),
            Mode::Save => (
                S::PickSave,
                picker.listing.is_some() && !picker.name.trim().is_empty(),
            ),
        };
        let ready = ready && picker.confirm.is_none();
        let button = egui::Button::new(RichText::new(label.get(lang)).strong());
        if ui.add_enabled(ready, button).clicked() {
            match picker.request.mode {
                Mode::Open => {
                    if let Some(item) = selected_item(picker) {
                        activate(picker, &item, out);
                    }
                }
                Mode::Save => save(picker, out),
            }
        }
        if ui.button(S::PickCancel.get(lang)).clicked() {
            out.push(FileCmd::Cancel);
        }
    });
}
