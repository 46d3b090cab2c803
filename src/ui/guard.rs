//! The guard's question, as a modal dialog: what would be lost, and Save, Discard or Cancel.
//! Escape and a click beside the dialog cancel.

use egui::{RichText, Ui};

use super::commands::{GuardCmd, JournalCmd, Leave, Unsaved};
use super::cx::Sink;
use super::i18n::{S, fill, plural};
use super::theme;
use crate::content::Lang;

/// Draws the question for leaving towards `leave` with `unsaved` work; `save` is the command
/// that saves the open entry, when it can be saved.
pub fn ui(
    ctx: &egui::Context,
    leave: Leave,
    unsaved: &[Unsaved],
    save: Option<JournalCmd>,
    lang: Lang,
    out: &mut Sink,
) {
    let t = |k: S| k.get(lang);
    let modal = egui::Modal::new(egui::Id::unique("unsaved-guard")).show(ctx, |ui| {
        ui.set_max_width(theme::NOTICE_WIDTH);
        ui.label(
            RichText::new(t(S::GuardTitle))
                .size(theme::TEXT_SECTION)
                .strong(),
        );
        ui.add_space(theme::SPACE_S);
        for item in unsaved {
            ui.add(egui::Label::new(describe(item, lang)).wrap());
        }
        let entry_only = unsaved.iter().all(|u| matches!(u, Unsaved::Entry(_)));
        if leave == Leave::Quit && !entry_only {
            ui.label(RichText::new(t(S::GuardQuitNote)).italics());
        }
        ui.add_space(theme::SPACE_M);
        buttons_ui(ui, leave, save, lang, out);
    });
    if modal.should_close() {
        out.push(GuardCmd::Cancel);
    }
}

fn buttons_ui(ui: &mut Ui, leave: Leave, save: Option<JournalCmd>, lang: Lang, out: &mut Sink) {
    let t = |k: S| k.get(lang);
    let quitting = leave == Leave::Quit;
    ui.horizontal_wrapped(|ui| {
        let save_label = t(if quitting {
            S::GuardSaveQuit
        } else {
            S::GuardSaveGo
        });
        let ready = save.is_some();
        let button = egui::Button::new(RichText::new(save_label).strong());
        if ui.add_enabled(ready, button).clicked()
            && let Some(JournalCmd::SaveEntry { id, entry }) = save
        {
            out.push(GuardCmd::Save { id, entry });
        }
        let discard = t(if quitting {
            S::GuardDiscardQuit
        } else {
            S::GuardDiscard
        });
        if ui.button(discard).clicked() {
            out.push(GuardCmd::Discard);
        }
        if ui.button(t(S::Cancel)).clicked() {
            out.push(GuardCmd::Cancel);
        }
    });
}

/// One line per piece of work that would be lost.
pub fn describe(item: &Unsaved, lang: Lang) -> String {
    match item {
        Unsaved::Entry(title) => fill(S::GuardEntry.get(lang), &[title]),
        Unsaved::Answers(n) => plural(lang, *n, S::GuardAnswersOne, S::GuardAnswersMany),
        Unsaved::Exercise(title) => fill(S::GuardExercise.get(lang), &[title]),
        Unsaved::WaitingExercises(n) => plural(lang, *n, S::GuardWaitingOne, S::GuardWaitingMany),
        Unsaved::Sharing => S::GuardSharing.get(lang).to_owned(),
    }
}
