//! The drafts found at unlock, offered back in a dialog: what each is, when it was last kept,
//! whether its saved record is newer, and Restore or Discard (which asks first). "Decide later"
//! closes the dialog; the drafts are offered again at the next unlock.

use egui::{RichText, Ui};

use super::commands::DraftCmd;
use super::cx::Sink;
use super::i18n::{S, fill, plural};
use super::screens::shared::Step;
use super::theme;
use crate::assessment::Catalogue;
use crate::content::{Content, Lang};
use crate::session::{DraftBody, StoredDraft};

/// What the dialog shows.
pub struct Offer<'a> {
    /// The drafts, each with whether its saved record is newer.
    pub drafts: &'a [(StoredDraft, bool)],
    /// The draft whose discard is being asked about.
    pub confirm: Option<&'a str>,
    /// For the names of questionnaires.
    pub catalogue: &'a Catalogue,
    /// For the names of practice cases.
    pub content: &'a Content,
    /// An entry with unsaved changes is open: another entry's draft waits until it is saved
    /// or discarded.
    pub entry_open: bool,
    /// The share wizard is part way: another share draft waits until it is finished or
    /// cleared.
    pub sharing_open: bool,
    /// Now, unix seconds.
    pub now: i64,
    /// The language.
    pub lang: Lang,
}

/// Draws the dialog while drafts wait for a choice.
pub fn ui(ctx: &egui::Context, offer: &Offer<'_>, out: &mut Sink) {
    let lang = offer.lang;
    let modal = egui::Modal::new(egui::Id::unique("drafts-offer")).show(ctx, |ui| {
        ui.set_max_width(theme::NOTICE_WIDTH);
        ui.label(
            RichText::new(S::DraftsTitle.get(lang))
                .size(theme::TEXT_SECTION)
                .strong(),
        );
        ui.add(egui::Label::new(S::DraftsIntro.get(lang)).wrap());
        // Many drafts at a large text size still leave the buttons below in reach.
        egui::ScrollArea::vertical()
            .max_height(ctx.content_rect().height() * 0.4)
            .show(ui, |ui| {
                for (draft, older) in offer.drafts {
                    ui.add_space(theme::SPACE_M);
                    ui.separator();
                    draft_ui(ui, offer, draft, *older, out);
                }
            });
        ui.add_space(theme::SPACE_M);
        ui.separator();
        ui.add(egui::Label::new(RichText::new(S::DraftsLaterNote.get(lang)).weak()).wrap());
        if ui.button(S::DraftsLater.get(lang)).clicked() {
            out.push(DraftCmd::Later);
        }
    });
    // Escape or a click beside it: decide later, as the button says.
    if modal.should_close() {
        out.push(if offer.confirm.is_some() {
            DraftCmd::KeepIt
        } else {
            DraftCmd::Later
        });
    }
}

fn draft_ui(ui: &mut Ui, offer: &Offer<'_>, draft: &StoredDraft, older: bool, out: &mut Sink) {
    let lang = offer.lang;
    ui.label(RichText::new(describe(draft, offer, lang)).strong());
    match &draft.body {
        DraftBody::Entry(e) if !e.entry.dilemma.trim().is_empty() => {
            ui.add(egui::Label::new(RichText::new(excerpt(&e.entry.dilemma)).italics()).wrap());
        }
        DraftBody::Share(s) => {
            let n = s.scope.entries.len();
            ui.label(plural(lang, n, S::ChosenOne, S::ChosenCount));
        }
        DraftBody::Entry(_) | DraftBody::Answers(_) | DraftBody::Exercise(_) => {}
    }
    ui.label(RichText::new(age(draft.written, offer.now, lang)).weak());
    if older {
        ui.add(
            egui::Label::new(
                RichText::new(S::DraftOlder.get(lang)).color(ui.visuals().warn_fg_color),
            )
            .wrap(),
        );
    }
    if offer.confirm == Some(draft.id.as_str()) {
        ui.add(egui::Label::new(S::DraftDiscardAsk.get(lang)).wrap());
        ui.horizontal_wrapped(|ui| {
            if ui.button(S::DraftDiscardYes.get(lang)).clicked() {
                out.push(DraftCmd::Discard(draft.id.clone()));
            }
            if ui.button(S::Cancel.get(lang)).clicked() {
                out.push(DraftCmd::KeepIt);
            }
        });
        return;
    }
    ui.horizontal_wrapped(|ui| {
        let restore = egui::Button::new(RichText::new(S::DraftRestore.get(lang)).strong());
        let blocked = match draft.body {
            DraftBody::Entry(_) => offer.entry_open.then_some(S::DraftEntryOpen),
            DraftBody::Share(_) => offer.sharing_open.then_some(S::DraftShareOpen),
            DraftBody::Answers(_) | DraftBody::Exercise(_) => None,
        };
        let response = ui
            .add_enabled(blocked.is_none(), restore)
            .on_disabled_hover_text(blocked.map_or("", |k| k.get(lang)));
        if response.clicked() {
            out.push(DraftCmd::Restore(draft.id.clone()));
        }
        if ui.button(S::DraftDiscard.get(lang)).clicked() {
            out.push(DraftCmd::AskDiscard(draft.id.clone()));
        }
    });
}

/// What the draft is, in one line.
fn describe(draft: &StoredDraft, offer: &Offer<'_>, lang: Lang) -> String {
    match &draft.body {
        DraftBody::Entry(e) if e.entry.title.trim().is_empty() => {
            S::DraftEntryUntitled.get(lang).to_owned()
        }
        DraftBody::Entry(e) => fill(S::DraftEntry.get(lang), &[e.entry.title.trim()]),
        DraftBody::Answers(a) => {
            let title = offer
                .catalogue
                .get(&a.questionnaire)
                .map_or(a.questionnaire.as_str(), |l| {
                    l.questionnaire.title.get(lang)
                });
            let n = a.answers.len();
            let key = if n == 1 {
                S::DraftAnswersOne
            } else {
                S::DraftAnswersMany
            };
            fill(key.get(lang), &[&n.to_string(), title])
        }
        DraftBody::Exercise(x) => {
            let case = offer.content.cases().iter().find(|c| c.id == x.case);
            let title = case.map_or(x.case.as_str(), |c| c.title.get(lang));
            fill(S::DraftExercise.get(lang), &[title])
        }
        DraftBody::Share(s) => {
            let step = Step::from_number(s.step);
            let (n, name) = (step.number().to_string(), step.name().get(lang));
            fill(S::DraftShare.get(lang), &[&n, name])
        }
    }
}

/// The first words of a text, at most about a line and a half.
fn excerpt(text: &str) -> String {
    const MAX_CHARS: usize = 140;
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= MAX_CHARS {
        return flat;
    }
    let cut: String = flat.chars().take(MAX_CHARS).collect();
    format!("{}…", cut.trim_end())
}

/// When the draft was last kept: minutes or hours ago, or the day.
pub fn age(written: i64, now: i64, lang: Lang) -> String {
    let secs = now.saturating_sub(written).max(0);
    let (minutes, hours) = (secs / 60, secs / 3600);
    let (key, n) = match (minutes, hours) {
        (0, _) => return S::DraftAgeNow.get(lang).to_owned(),
        (1, _) => return S::DraftAgeMinute.get(lang).to_owned(),
        (m, 0) => (S::DraftAgeMinutes, m),
        (_, 1) => return S::DraftAgeHour.get(lang).to_owned(),
        (_, h) if h < 24 => (S::DraftAgeHours, h),
        _ => {
            let day = crate::clock::Zone::system().date(written).to_string();
            return fill(S::DraftAgeDay.get(lang), &[&day]);
        }
    };
    fill(key.get(lang), &[&n.to_string()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_age_of_a_draft_reads_right() {
        let now = 1_800_000_000;
        assert_eq!(age(now - 5, now, Lang::Nl), "Laatst bewaard: zojuist");
        assert_eq!(
            age(now - 60, now, Lang::Nl),
            "Laatst bewaard: 1 minuut geleden"
        );
        assert_eq!(age(now - 600, now, Lang::En), "Last kept: 10 minutes ago");
        assert_eq!(age(now - 3600, now, Lang::En), "Last kept: 1 hour ago");
        assert_eq!(
            age(now - 7200, now, Lang::Nl),
            "Laatst bewaard: 2 uur geleden"
        );
        assert!(age(now - 90_000, now, Lang::Nl).starts_with("Laatst bewaard op 20"));
    }
}
