//! The editor of the user's own oath or affirmation text, with templates to start from.

use egui::{RichText, Ui};

use super::super::card;
use super::JournalView;
use crate::journal::oath_templates;
use crate::ui::commands::JournalCmd;
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::{S, fill};
use crate::ui::theme;
use crate::ui::widgets::problem;

/// The editor of the user's own oath text, with templates.
pub fn oath_ui(view: &mut JournalView, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let lang = cx.lang;
    card(ui, |ui| {
        ui.label(
            RichText::new(S::MyOathTitle.get(lang))
                .strong()
                .size(theme::TEXT_CARD_TITLE),
        );
        ui.add(egui::Label::new(S::OathIntro.get(lang)).wrap());
        ui.horizontal_wrapped(|ui| {
            for t in oath_templates() {
                if ui
                    .button(fill(S::UseTemplate.get(lang), &[t.name.get(lang)]))
                    .clicked()
                {
                    view.oath_draft = t.text.get(lang).to_owned();
                }
            }
        });
        let l = ui.label(S::OathTextLabel.get(lang));
        ui.add(
            egui::TextEdit::multiline(&mut view.oath_draft)
                .desired_rows(5)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
        ui.horizontal_wrapped(|ui| {
            if ui.button(S::OathSave.get(lang)).clicked() {
                out.push(JournalCmd::SaveOath(view.oath_draft.clone()));
            }
            if ui.button(S::Cancel.get(lang)).clicked() {
                view.close_oath();
            }
        });
        problem::ui(ui, view.oath_error.as_ref().map(|e| e as _), lang);
    });
}
