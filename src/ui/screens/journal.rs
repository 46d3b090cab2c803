//! The journal's place in the navigation. The journal itself arrives with the encrypted vault;
//! until then this screen says so and shows the boundaries every dilemma will pass.

use egui::{RichText, Ui};

use super::{card, header};
use crate::ui::app::App;
use crate::ui::i18n::S;

/// Draws the screen.
pub fn ui(app: &mut App, ui: &mut Ui) {
    let lang = app.lang;
    header(ui, app.t(S::JournalTitle), Some(app.t(S::JournalComing)));
    ui.label(RichText::new(app.t(S::JournalMeanwhile)).strong());
    for b in app.content.boundaries() {
        card(ui, |ui| {
            let kind = app.t(if b.hard { S::Hard } else { S::Soft });
            ui.label(RichText::new(format!("{} ({kind})", b.name.get(lang))).strong());
            ui.add(egui::Label::new(b.summary.get(lang)).wrap());
            ui.add(egui::Label::new(RichText::new(b.prompt.get(lang)).italics()).wrap());
        });
    }
}
