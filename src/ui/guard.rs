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
    QuitNote => "Zonder open kluis kan dit niet bewaard worden: wat hierboven staat gaat verloren als je nu afsluit.", "Without an open vault this cannot be kept: what is listed above is lost if you quit now.";
    KeepNote => "\u{201c}Opslaan en afsluiten\u{201d} bewaart wat nog niet af is als versleuteld concept in je kluis. Na het ontgrendelen ga je verder waar je was.", "\u{201c}Save and quit\u{201d} keeps what is unfinished as an encrypted draft in your vault. After unlocking you carry on where you left off.";
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

/// What the guard's Save can do.
#[derive(Debug, Clone)]
pub struct Saving {
    /// The command that saves the open entry, when it can be saved.
    pub entry: Option<JournalCmd>,
    /// The vault is open, so unfinished work can be kept as drafts when quitting.
    pub drafts: bool,
}

/// Draws the question for leaving towards `leave` with `unsaved` work.
pub fn ui(
    ctx: &egui::Context,
    leave: Leave,
    unsaved: &[Unsaved],
    save: Saving,
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
            let note = if save.drafts {
                G::KeepNote
            } else {
                G::QuitNote
            };
            ui.add(egui::Label::new(RichText::new(note.get(lang)).italics()).wrap());
        }
        ui.add_space(theme::SPACE_M);
        buttons_ui(ui, leave, save, lang, out);
    });
    if modal.should_close() {
        out.push(GuardCmd::Cancel);
    }
}

fn buttons_ui(ui: &mut Ui, leave: Leave, save: Saving, lang: Lang, out: &mut Sink) {
    let t = |k: S| k.get(lang);
    let quitting = leave == Leave::Quit;
    ui.horizontal_wrapped(|ui| {
        let save_label = (if quitting { G::SaveQuit } else { G::SaveGo }).get(lang);
        // Quitting with the vault open, everything can be kept: a complete entry as a record,
        // the rest as drafts. Otherwise only a complete entry can be saved.
        let ready = save.entry.is_some() || (quitting && save.drafts);
        let button = egui::Button::new(RichText::new(save_label).strong());
        if ui.add_enabled(ready, button).clicked() {
            let entry = match save.entry {
                Some(JournalCmd::SaveEntry { id, entry }) => Some((id, entry)),
                _ => None,
            };
            out.push(GuardCmd::Save { entry });
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
