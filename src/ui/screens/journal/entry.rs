//! One dilemma in the editor: what it is about, the tactics linked (with their summaries), the
//! boundary prompts (prominent when a tactic stretches the ethics), and the follow-up thread.

use egui::{RichText, Ui};

use super::super::{card, header, section};
use super::JournalView;
use super::fields::text_field;
use super::list::status_label;
use crate::content::Board;
use crate::journal::{Date, Entry, EntryProblem, Status};
use crate::session::Session;
use crate::ui::commands::JournalCmd;
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::S;
use crate::ui::theme;
use crate::ui::widgets::badge::badge;
use crate::ui::widgets::problem;

/// Draws the editor.
pub fn ui(view: &mut JournalView, session: &Session, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    // One rule: the entry's own validation decides whether it can be saved. A new entry
    // nobody has typed in yet shows no problems: red comes once there is something to judge.
    let untouched_new = matches!(&view.draft, Some((None, _))) && !view.unsaved();
    let problems = candidate(view)
        .filter(|_| !untouched_new)
        .map(|(_, entry)| entry.validate(cx.content, cx.today()))
        .unwrap_or_default();
    let command = savable(view, cx);
    let ready = command.is_some();
    let save_key = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::S);
    let mut save = ui.input_mut(|i| i.consume_shortcut(&save_key));
    // Back and Save stay in view above the scrolling form, however long it gets; the row
    // wraps at large text sizes so that Delete stays reachable.
    ui.horizontal_wrapped(|ui| {
        if ui.button(cx.t(S::BackToList)).clicked() {
            out.push(JournalCmd::CloseEntry);
        }
        save |= save_button(ui, cx, ready);
        super::trash::entry_bar(view, cx, out, ui);
    });
    super::trash::delete_question(view, cx, out, ui);
    problem::ui(ui, view.save_error.as_ref().map(|e| e as _), cx.lang);
    if save && let Some(cmd) = command {
        out.push(cmd);
    }
    egui::ScrollArea::vertical()
        .id_salt("entry")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(960.0));
            let title = view
                .draft
                .as_ref()
                .map(|(_, e)| e.title.clone())
                .unwrap_or_default();
            header(
                ui,
                if title.trim().is_empty() {
                    cx.t(S::NewEntry)
                } else {
                    &title
                },
                None,
            );
            basics_ui(view, cx, ui, &problems);
            tactics_ui(view, cx, ui, &problems);
            super::prompts::ui(view, session, cx, ui);
            let added = follow_ups_ui(view, cx, ui);
            feedback_ui(view, session, cx, ui);
            // A follow-up is kept with its entry at once, when the entry can be saved;
            // otherwise it waits in the draft, under the guard.
            if added && let Some(cmd) = savable(view, cx) {
                out.push(cmd);
            }
        });
}

fn save_button(ui: &mut Ui, cx: &Cx<'_>, ready: bool) -> bool {
    let button = egui::Button::new(RichText::new(cx.t(S::Save)).strong());
    ui.add_enabled(ready, button)
        .on_hover_text("Ctrl+S")
        .clicked()
}

/// The problems of the entry that concern one field, told beside it.
fn field_problems(
    ui: &mut Ui,
    cx: &Cx<'_>,
    problems: &[EntryProblem],
    field: impl Fn(&EntryProblem) -> bool,
) {
    for p in problems.iter().filter(|p| field(p)) {
        problem::ui(ui, Some(p), cx.lang);
    }
}

/// The entry as it will be saved, with its id: the draft with the date and the
/// comma-separated fields parsed; `None` while the date does not parse.
pub fn candidate(view: &JournalView) -> Option<(Option<String>, Entry)> {
    let (id, draft) = view.draft.as_ref()?;
    let mut entry = draft.clone();
    entry.date = Date::parse(view.date_text.trim())?;
    entry.stakeholders = split_list(&view.stakeholders_text);
    entry.tags = split_list(&view.tags_text);
    Some((id.clone(), entry))
}

/// The command that saves the open entry, if it can be saved: the date parses and
/// `Entry::validate` finds nothing wrong.
pub fn savable(view: &JournalView, cx: &Cx<'_>) -> Option<JournalCmd> {
    let (id, entry) = candidate(view)?;
    entry
        .validate(cx.content, cx.today())
        .is_empty()
        .then(|| JournalCmd::SaveEntry {
            id,
            entry: Box::new(entry),
        })
}

fn split_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Feedback a coach sent on this entry, imported from their file.
fn feedback_ui(view: &JournalView, session: &Session, cx: &Cx<'_>, ui: &mut Ui) {
    let lang = cx.lang;
    let Some((Some(id), _)) = &view.draft else {
        return;
    };
    let items: Vec<_> = session
        .feedback
        .iter()
        .filter(|f| &f.body.entry_id == id)
        .collect();
    if items.is_empty() {
        return;
    }
    section(ui, S::CoachFeedback.get(lang));
    for f in items {
        card(ui, |ui| {
            ui.label(
                RichText::new(format!("{} · {}", f.body.coach, cx.date(f.body.written))).weak(),
            );
            ui.add(egui::Label::new(f.body.text.as_str()).wrap());
        });
    }
}

fn basics_ui(view: &mut JournalView, cx: &Cx<'_>, ui: &mut Ui, problems: &[EntryProblem]) {
    let lang = cx.lang;
    let content = cx.content;
    let Some((_, e)) = &mut view.draft else {
        return;
    };
    text_field(ui, S::Title.get(lang), &mut e.title, false);
    field_problems(ui, cx, problems, |p| matches!(p, EntryProblem::EmptyTitle));
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(RichText::new(S::Date.get(lang)).strong());
        let named = (l.id, S::Date.get(lang));
        crate::ui::widgets::date_picker::date_edit(
            ui,
            named,
            &mut view.date_text,
            cx.today(),
            lang,
            110.0,
        );
        if Date::parse(view.date_text.trim()).is_none() {
            ui.colored_label(ui.visuals().warn_fg_color, S::BadDate.get(lang));
        }
        ui.add_space(theme::SPACE_XL);
        // The status and its three choices wrap as one group: on a new line when they do not
        // all fit after the date (a label that wraps in a wrapping row covers the date).
        let statuses = [Status::Open, Status::Decided, Status::Closed];
        let font = egui::TextStyle::Body.resolve(ui.style());
        let width = |text: &str| {
            ui.painter()
                .layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::PLACEHOLDER)
                .size()
                .x
        };
        let spacing = ui.spacing();
        let radio = spacing.icon_width + spacing.icon_spacing + spacing.item_spacing.x;
        let group = width(S::StatusLabel.get(lang))
            + statuses
                .iter()
                .map(|s| width(status_label(*s).get(lang)) + radio)
                .sum::<f32>();
        if ui.available_size_before_wrap().x < group {
            ui.end_row();
        }
        ui.add(egui::Label::new(RichText::new(S::StatusLabel.get(lang)).strong()).extend());
        for s in statuses {
            ui.radio_value(&mut e.status, s, status_label(s).get(lang));
        }
    });
    field_problems(ui, cx, problems, |p| {
        matches!(
            p,
            EntryProblem::InvalidDate(_) | EntryProblem::FutureDate { .. }
        )
    });
    text_field(ui, S::Dilemma.get(lang), &mut e.dilemma, true);
    ui.label(RichText::new(S::BoardsInvolved.get(lang)).strong());
    ui.horizontal_wrapped(|ui| {
        for b in Board::ALL {
            let mut on = e.boards.contains(&b);
            if ui
                .checkbox(&mut on, content.board(b).name.get(lang))
                .changed()
            {
                if on {
                    e.boards.push(b);
                } else {
                    e.boards.retain(|x| *x != b);
                }
            }
        }
    });
    text_field(
        ui,
        S::Stakeholders.get(lang),
        &mut view.stakeholders_text,
        false,
    );
    text_field(ui, S::OptionsConsidered.get(lang), &mut e.options, true);
    text_field(ui, S::Decision.get(lang), &mut e.decision, true);
    text_field(ui, S::Tags.get(lang), &mut view.tags_text, false);
}

fn tactics_ui(view: &mut JournalView, cx: &Cx<'_>, ui: &mut Ui, problems: &[EntryProblem]) {
    let lang = cx.lang;
    section(ui, cx.t(S::LinkedTactics));
    let content = cx.content;
    let Some((_, e)) = &mut view.draft else {
        return;
    };
    let mut remove = None;
    for id in &e.tactics {
        let Some(t) = content.tactic(id) else {
            // A tactic the catalogue no longer has: say so, and let it be removed.
            ui.horizontal_wrapped(|ui| {
                field_problems(
                    ui,
                    cx,
                    problems,
                    |p| matches!(p, EntryProblem::UnknownTactic(x) if x == id),
                );
                if ui.small_button(S::Remove.get(lang)).clicked() {
                    remove = Some(id.clone());
                }
            });
            continue;
        };
        card(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(t.name.get(lang)).strong());
                badge(
                    ui,
                    crate::ui::screens::tactics::zone_label(t.ethics).get(lang),
                    theme::zone(t.ethics),
                );
                if ui.small_button(S::Remove.get(lang)).clicked() {
                    remove = Some(id.clone());
                }
            });
            ui.add(egui::Label::new(RichText::new(t.summary.get(lang)).small()).wrap());
        });
    }
    if let Some(id) = remove {
        e.tactics.retain(|x| *x != id);
    }
    let mut add = None;
    let l = ui.label(S::AddTactic.get(lang));
    egui::ComboBox::from_id_salt("add-tactic")
        .selected_text("…")
        .width(theme::field_width(ui, 420.0))
        .show_ui(ui, |ui| {
            for t in content
                .tactics()
                .iter()
                .filter(|t| !e.tactics.contains(&t.id))
            {
                if crate::ui::widgets::zone::picker_item(ui, t.name.get(lang), t.ethics, lang)
                    .clicked()
                {
                    add = Some(t.id.clone());
                }
            }
        })
        .response
        .labelled_by(l.id);
    if let Some(id) = add {
        e.tactics.push(id);
    }
}

/// The thread of follow-ups; returns whether one was added this frame.
fn follow_ups_ui(view: &mut JournalView, cx: &Cx<'_>, ui: &mut Ui) -> bool {
    let lang = cx.lang;
    section(ui, cx.t(S::FollowUps));
    let Some((_, e)) = &view.draft else {
        return false;
    };
    for f in &e.follow_ups {
        card(ui, |ui| {
            ui.label(RichText::new(f.date.to_string()).weak());
            for (q, a) in [
                (S::FollowHappened, &f.happened),
                (S::FollowPushback, &f.pushback),
                (S::FollowAdjust, &f.adjustment),
                (S::FollowLearned, &f.learned),
            ] {
                if !a.trim().is_empty() {
                    ui.label(RichText::new(q.get(lang)).strong());
                    ui.add(egui::Label::new(a.as_str()).wrap());
                }
            }
        });
    }
    let mut add = false;
    // A follow-up with words in it (typed, or restored from a draft) is never folded away.
    let f = &view.follow_up;
    let written = [&f.happened, &f.pushback, &f.adjustment, &f.learned]
        .iter()
        .any(|s| !s.is_empty());
    egui::CollapsingHeader::new(S::FollowUpAdd.get(lang))
        .id_salt("follow-up")
        .open(written.then_some(true))
        .show(ui, |ui| {
            let f = &mut view.follow_up;
            text_field(ui, S::FollowHappened.get(lang), &mut f.happened, true);
            text_field(ui, S::FollowPushback.get(lang), &mut f.pushback, true);
            text_field(ui, S::FollowAdjust.get(lang), &mut f.adjustment, true);
            text_field(ui, S::FollowLearned.get(lang), &mut f.learned, true);
            let filled = [&f.happened, &f.pushback, &f.adjustment, &f.learned]
                .iter()
                .any(|s| !s.trim().is_empty());
            add = ui
                .add_enabled(filled, egui::Button::new(S::FollowUpSave.get(lang)))
                .clicked();
        });
    if add {
        let mut f = std::mem::take(&mut view.follow_up);
        f.date = cx.today();
        if let Some((_, e)) = &mut view.draft {
            e.follow_ups.push(f);
        }
    }
    add
}
