//! The three practice cases as exercises: read, pick tactics, say why, set perspectives from
//! the report beside that (never as the right answer), and keep it as a practice entry.

use egui::{RichText, Ui};

use super::super::tactics::zone_label;
use super::super::{card, section};
use super::{CaseWork, OnboardingState};
use crate::content::{Board, Case, Content, Lang};
use crate::journal::{Date, Entry};
use crate::ui::commands::{JournalCmd, NavCmd};
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::{S, fill};
use crate::ui::nav::Screen;
use crate::ui::theme;
use crate::ui::widgets::badge::badge;
use crate::ui::widgets::columns;
use crate::ui::widgets::glossary;

/// The tag every kept exercise carries.
const TAG: &str = "oefening";

/// Draws the case list and the case on show.
pub(super) fn ui(onboarding: &mut OnboardingState, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    {
        let (content, lang) = (cx.content, cx.lang);
        let t = |k: S| k.get(lang);
        if std::mem::take(&mut onboarding.scroll_top) {
            ui.scroll_to_cursor(Some(egui::Align::TOP));
        }
        glossary::text(ui, t(S::CasesIntro), content, lang);
        ui.add_space(theme::SPACE_M);
        picker_ui(ui, content, onboarding, lang);
        let cases = content.cases();
        if let Some(case) = cases.get(onboarding.case.min(cases.len().saturating_sub(1))) {
            let work = onboarding.work.entry(case.id.clone()).or_default();
            case_ui(ui, cx, case, work, out);
        }
        ui.add_space(theme::SECTION_GAP);
        ui.horizontal_wrapped(|ui| {
            let i = onboarding.case;
            if ui
                .add_enabled(i > 0, egui::Button::new(t(S::PrevCase)))
                .clicked()
            {
                onboarding.case = i - 1;
                onboarding.scroll_top = true;
            }
            if ui
                .add_enabled(i + 1 < cases.len(), egui::Button::new(t(S::NextCase)))
                .clicked()
            {
                onboarding.case = i + 1;
                onboarding.scroll_top = true;
            }
        });
        let all_done = cases.iter().all(|c| onboarding.finished(&c.id));
        if all_done || onboarding.case + 1 >= cases.len() {
            next_steps_ui(ui, lang, out);
        }
    }
}

/// One selectable button per case, with progress.
fn picker_ui(ui: &mut Ui, content: &Content, state: &mut OnboardingState, lang: Lang) {
    let cases = content.cases();
    ui.horizontal_wrapped(|ui| {
        for (i, case) in cases.iter().enumerate() {
            let mut text = format!("{} ({})", case.title.get(lang), case.municipality);
            if state.finished(&case.id) {
                text = format!("{text} · {}", S::CaseDoneMark.get(lang));
            }
            if ui
                .selectable_label(state.case == i, RichText::new(text).size(theme::TEXT_BODY))
                .clicked()
            {
                state.case = i;
            }
        }
    });
    let done = cases.iter().filter(|c| state.finished(&c.id)).count();
    ui.label(
        RichText::new(fill(
            S::CasesDone.get(lang),
            &[&done.to_string(), &cases.len().to_string()],
        ))
        .weak(),
    );
}

fn case_ui(ui: &mut Ui, cx: &Cx<'_>, case: &Case, work: &mut CaseWork, out: &mut Sink) {
    let (content, lang) = (cx.content, cx.lang);
    let t = |k: S| k.get(lang);
    section(ui, case.title.get(lang));
    ui.label(RichText::new(fill(t(S::CaseMunicipality), &[&case.municipality])).weak());
    glossary::text(ui, case.summary.get(lang), content, lang);
    card(ui, |ui| {
        ui.label(RichText::new(t(S::CaseQuestion)).strong());
        let look = glossary::Look {
            size: Some(16.0),
            italics: true,
        };
        glossary::text_with(ui, case.question.get(lang), content, lang, look);
    });

    section(ui, t(S::CasePick));
    ui.label(RichText::new(t(S::CasePickHint)).weak());
    tactic_checkboxes(ui, content, work, lang);

    let why = section(ui, t(S::CaseWhy));
    ui.add(
        egui::TextEdit::multiline(&mut work.why)
            .desired_rows(4)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(why.id);
    ui.add_space(theme::SPACE_M);
    if !work.revealed && ui.button(t(S::CaseReveal)).clicked() {
        work.revealed = true;
    }
    if work.revealed {
        perspectives_ui(ui, cx, case, work, out);
    }
}

/// Checkboxes for all tactics, per board and per pole; the accessible names are the names.
fn tactic_checkboxes(ui: &mut Ui, content: &Content, work: &mut CaseWork, lang: Lang) {
    for board in Board::ALL {
        ui.add_space(theme::SPACE_S);
        ui.label(
            RichText::new(content.board(board).name.get(lang))
                .strong()
                .color(theme::readable(
                    theme::board(board),
                    ui.visuals().panel_fill,
                )),
        );
        let poles = board.poles();
        let texts: Vec<&str> = poles
            .iter()
            .map(|p| content.pole(*p).name.get(lang))
            .chain(
                poles
                    .iter()
                    .flat_map(|p| content.tactics_of(*p))
                    .map(|t| t.name.get(lang)),
            )
            .collect();
        columns::ui(ui, poles.len(), &texts, |col, i| {
            let Some(&pole) = poles.get(i) else {
                return;
            };
            col.label(RichText::new(content.pole(pole).name.get(lang)).strong());
            for tactic in content.tactics_of(pole) {
                let mut on = work.picked.contains(&tactic.id);
                if col.checkbox(&mut on, tactic.name.get(lang)).changed() {
                    if on {
                        work.picked.push(tactic.id.clone());
                    } else {
                        work.picked.retain(|id| id != &tactic.id);
                    }
                }
            }
        });
    }
}

fn perspectives_ui(ui: &mut Ui, cx: &Cx<'_>, case: &Case, work: &mut CaseWork, out: &mut Sink) {
    let (content, lang) = (cx.content, cx.lang);
    let t = |k: S| k.get(lang);
    section(ui, t(S::CasePerspectives));
    ui.add(egui::Label::new(RichText::new(t(S::CasePerspectivesIntro)).italics()).wrap());
    card(ui, |ui| {
        glossary::text(ui, case.considerations.get(lang), content, lang);
    });
    ui.add_space(theme::SPACE_S);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(t(S::CaseBoardsInPlay)).strong());
        for &board in &case.boards {
            badge(ui, content.board(board).name.get(lang), theme::board(board));
        }
    });
    ui.add_space(theme::SPACE_S);
    ui.label(RichText::new(t(S::CaseSuggested)).strong());
    for id in &case.tactics {
        let Some(tactic) = content.tactic(id) else {
            continue;
        };
        card(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                if crate::ui::widgets::whole::link(ui, tactic.name.get(lang)).clicked() {
                    out.push(NavCmd::ShowTactic(tactic.id.clone()));
                }
                badge(ui, t(zone_label(tactic.ethics)), theme::zone(tactic.ethics));
                if work.picked.contains(id) {
                    badge(ui, t(S::CaseYourPick), ui.visuals().selection.bg_fill);
                }
            });
            glossary::text(ui, tactic.example.get(lang), content, lang);
        });
    }
    overlap_ui(ui, content, case, work, lang);
    ui.add_space(theme::SPACE_M);
    let keep = ui.add_enabled(
        !work.finished,
        egui::Button::new(RichText::new(t(S::CaseKeep)).strong()),
    );
    if keep.clicked() {
        out.push(JournalCmd::SavePractice(Box::new(practice_entry(
            case,
            work,
            lang,
            cx.today(),
        ))));
        work.finished = true;
    }
    if work.finished {
        // Honest: without a vault the exercise only waits in memory.
        let waiting = matches!(cx.vault, crate::ui::vault_state::VaultState::Missing);
        let (text, colour) = if waiting {
            (t(S::CaseWaiting), theme::caution_text(ui.visuals()))
        } else {
            (t(S::CaseKept), theme::ok_text(ui.visuals()))
        };
        ui.add(egui::Label::new(RichText::new(text).color(colour)).wrap());
    }
}

/// Which picks the report's suggestions share, and which are the user's own; no score.
fn overlap_ui(ui: &mut Ui, content: &Content, case: &Case, work: &CaseWork, lang: Lang) {
    let name = |id: &String| {
        content
            .tactic(id)
            .map_or(id.clone(), |t| t.name.get(lang).to_owned())
    };
    let (shared, own): (Vec<&String>, Vec<&String>) =
        work.picked.iter().partition(|id| case.tactics.contains(id));
    ui.add_space(theme::SPACE_S);
    if work.picked.is_empty() {
        ui.label(S::CaseNoPicks.get(lang));
        return;
    }
    let list = |ids: &[&String]| ids.iter().map(|id| name(id)).collect::<Vec<_>>().join(", ");
    if shared.is_empty() {
        ui.add(egui::Label::new(S::CaseNoOverlap.get(lang)).wrap());
    } else {
        ui.add(egui::Label::new(fill(S::CaseOverlap.get(lang), &[&list(&shared)])).wrap());
    }
    if !own.is_empty() {
        ui.add(egui::Label::new(fill(S::CaseOwnPicks.get(lang), &[&list(&own)])).wrap());
    }
}

/// The journal entry for a finished exercise (the command marks it as practice).
fn practice_entry(case: &Case, work: &CaseWork, lang: Lang, today: Date) -> Entry {
    let title = fill(S::CaseEntryTitle.get(lang), &[case.title.get(lang)]);
    let mut entry = Entry::new(title, today);
    let question = case.question.get(lang);
    let why = work.why.trim();
    entry.dilemma = if why.is_empty() {
        question.to_owned()
    } else {
        format!("{question}\n\n{why}")
    };
    entry.boards = case.boards.clone();
    entry.tactics = work.picked.clone();
    entry.tags = vec![TAG.to_owned()];
    entry
}

fn next_steps_ui(ui: &mut Ui, lang: Lang, out: &mut Sink) {
    let t = |k: S| k.get(lang);
    section(ui, t(S::OnbNextSteps));
    card(ui, |ui| {
        ui.add(egui::Label::new(t(S::OnbNextStepsBody)).wrap());
        ui.horizontal_wrapped(|ui| {
            if ui.button(t(S::OnbToQuestionnaire)).clicked() {
                out.push(NavCmd::Go(Screen::Questionnaire));
            }
            if ui.button(t(S::OnbToJournal)).clicked() {
                out.push(NavCmd::Go(Screen::Journal));
            }
        });
    });
}
