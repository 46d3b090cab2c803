//! The editor's small field helpers.

use egui::{RichText, Ui};

use crate::content::Lang;
use crate::journal::YesNo;
use crate::ui::i18n::S;

/// A labelled text field, one line or several.
pub fn text_field(ui: &mut Ui, label: &str, value: &mut String, multiline: bool) {
    let l = ui.label(RichText::new(label).strong());
    let edit = if multiline {
        egui::TextEdit::multiline(value).desired_rows(3)
    } else {
        egui::TextEdit::singleline(value)
    };
    ui.add(edit.desired_width(f32::INFINITY)).labelled_by(l.id);
}

/// Yes, no or unsure, as three radio buttons.
pub fn yes_no(ui: &mut Ui, lang: Lang, id: &str, value: &mut Option<YesNo>) {
    ui.push_id(id, |ui| {
        ui.horizontal_wrapped(|ui| {
            for (v, key) in [
                (YesNo::Yes, S::Yes),
                (YesNo::No, S::No),
                (YesNo::Unsure, S::Unsure),
            ] {
                if ui.radio(*value == Some(v), key.get(lang)).clicked() {
                    *value = Some(v);
                }
            }
        });
    });
}
