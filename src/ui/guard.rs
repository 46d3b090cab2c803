//! The guard's question, as a modal dialog: what would be lost, and Save, Discard or Cancel.
//! Escape and a click beside the dialog cancel.

use egui::{RichText, Ui};

use super::commands::{GuardCmd, JournalCmd, Leave, Unsaved};
use super::cx::Sink;
use super::i18n::{S, fill, strings};
use super::theme;
use crate::content::Lang;

strings! { enum G;
    Title => "Werk dat nog niet is opgeslagen", "Work that is not saved yet";
    Entry => "Het dilemma \u{201c}{}\u{201d} heeft wijzigingen die nog niet zijn opgeslagen.", "The dilemma \u{201c}{}\u{201d} has changes that are not saved yet.";
    AnswersOne => "1 antwoord in de vragenlijst is nog niet in je kluis bewaard.", "1 answer in the questionnaire is not kept in your vault yet.";
    AnswersMany => "{} antwoorden in de vragenlijst zijn nog niet in je kluis bewaard.", "{} answers in the questionnaire are not kept in your vault yet.";
    Exercise => "Je oefening \u{201c}{}\u{201d} is nog niet bewaard.", "Your exercise \u{201c}{}\u{201d} is not kept yet.";
    WaitingOne => "1 oefening wacht op een kluis en is nog niet bewaard.", "1 exercise is waiting for a vault and is not kept yet.";
    WaitingMany => "{} oefeningen wachten op een kluis en zijn nog niet bewaard.", "{} exercises are waiting for a vault and are not kept yet.";
    Sharing => "Je bent halverwege het delen met je coach.", "You are part way through sharing with your coach.";
    QuitNote => "Wat hierboven staat gaat verloren als je nu afsluit.", "What is listed above is lost if you quit now.";
    Discard => "Niet opslaan", "Don't save";
    SaveGo => "Opslaan en verder", "Save and continue";
    SaveQuit => "Opslaan en afsluiten", "Save and quit";
    DiscardQuit => "Afsluiten zonder opslaan", "Quit without saving";
}

/// The sentence for `n` things: `one` for exactly one, `many` (with `{}`) otherwise.
fn plural(lang: Lang, n: usize, one: G, many: G) -> String {
    if n == 1 {
        one.get(lang).to_owned()
    } else {
        fill(many.get(lang), &[&n.to_string()])
    }
}

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
    let modal = egui::Modal::new(egui::Id::unique("unsaved-guard")).show(ctx, |ui| {
        ui.set_max_width(theme::NOTICE_WIDTH);
        ui.label(
            RichText::new(G::Title.get(lang))
                .size(theme::TEXT_SECTION)
                .strong(),
        );
        ui.add_space(theme::SPACE_S);
        for item in unsaved {
            ui.add(egui::Label::new(describe(item, lang)).wrap());
        }
        let entry_only = unsaved.iter().all(|u| matches!(u, Unsaved::Entry(_)));
        if leave == Leave::Quit && !entry_only {
            ui.label(RichText::new(G::QuitNote.get(lang)).italics());
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
        let save_label = (if quitting { G::SaveQuit } else { G::SaveGo }).get(lang);
        let ready = save.is_some();
        let button = egui::Button::new(RichText::new(save_label).strong());
        if ui.add_enabled(ready, button).clicked()
            && let Some(JournalCmd::SaveEntry { id, entry }) = save
        {
            out.push(GuardCmd::Save { id, entry });
        }
        let discard = (if quitting { G::DiscardQuit } else { G::Discard }).get(lang);
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
        Unsaved::Entry(title) => fill(G::Entry.get(lang), &[title]),
        Unsaved::Answers(n) => plural(lang, *n, G::AnswersOne, G::AnswersMany),
        Unsaved::Exercise(title) => fill(G::Exercise.get(lang), &[title]),
        Unsaved::WaitingExercises(n) => plural(lang, *n, G::WaitingOne, G::WaitingMany),
        Unsaved::Sharing => G::Sharing.get(lang).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_guard_text_has_both_languages_and_counts_read_right() {
        crate::ui::i18n::assert_complete(G::ALL, G::get);
        let one = describe(&Unsaved::Answers(1), Lang::Nl);
        assert!(one.starts_with("1 antwoord in"), "{one}");
        let many = describe(&Unsaved::Answers(3), Lang::En);
        assert!(many.starts_with("3 answers"), "{many}");
    }
}
