//! The trash view (what was deleted, when, how long it stays; restore; empty after a question),
//! and the delete buttons with their questions: on an entry in the editor and on each completed
//! questionnaire in the profile.

use egui::{RichText, Ui};
use zeroize::Zeroize;

use super::super::header;
use super::JournalView;
use super::attention::named_button;
use crate::session::TrashItem;
use crate::ui::commands::TrashCmd;
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::{S, fill, plural};
use crate::ui::theme;
use crate::ui::widgets::problem;
use crate::vault::{TRASH_DAYS, VaultError};

/// State of the trash view.
#[derive(Default)]
pub struct TrashView {
    /// What is in the trash, once the worker listed it.
    pub items: Option<Vec<TrashItem>>,
    /// The user pressed "Prullenbak legen": the question shows.
    pub ask_empty: bool,
    /// Why the last job failed.
    pub error: Option<VaultError>,
}

impl TrashView {
    /// Shows `items`, wiping the titles shown before.
    pub fn set_items(&mut self, items: Vec<TrashItem>) {
        self.wipe();
        self.items = Some(items);
    }

    /// Wipes the titles.
    pub fn wipe(&mut self) {
        if let Some(items) = &mut self.items {
            items.iter_mut().for_each(|i| i.title.zeroize());
        }
        self.items = None;
    }
}

/// Draws the trash.
pub fn ui(view: &mut TrashView, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    if ui.button(cx.t(S::BackToList)).clicked() {
        out.push(TrashCmd::Close);
    }
    let lead = fill(cx.t(S::TrashLead), &[&TRASH_DAYS.to_string()]);
    header(ui, cx.t(S::TrashTitle), Some(&lead));
    problem::ui(ui, view.error.as_ref().map(|e| e as _), cx.lang);
    let Some(items) = &view.items else {
        cx.busy_ui(ui);
        return;
    };
    if items.is_empty() {
        ui.label(cx.t(S::TrashNothing));
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("trash")
        .auto_shrink(false)
        .show(ui, |ui| {
            for item in items {
                item_ui(item, cx, out, ui);
            }
            ui.add_space(theme::SPACE_M);
            if view.ask_empty {
                ui.add(
                    egui::Label::new(
                        RichText::new(cx.t(S::TrashEmptyAsk)).color(theme::attention_problem()),
                    )
                    .wrap(),
                );
                ui.horizontal_wrapped(|ui| {
                    if ui.button(cx.t(S::TrashEmptyYes)).clicked() {
                        out.push(TrashCmd::Empty);
                    }
                    if ui.button(cx.t(S::Cancel)).clicked() {
                        view.ask_empty = false;
                    }
                });
            } else if ui.button(cx.t(S::TrashEmpty)).clicked() {
                view.ask_empty = true;
            }
        });
}

/// One deleted record: its title, what it is, when it was deleted, the days it has left.
fn item_ui(item: &TrashItem, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let name = match item.completed {
        // A take: the questionnaire's title and when it was completed.
        Some(completed) => take_name(&item.title, completed, cx),
        None if item.title.trim().is_empty() => cx.t(S::Untitled).to_owned(),
        None => item.title.clone(),
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.add(egui::Label::new(RichText::new(&name).strong()).wrap());
        let kind = if item.kind == "take" {
            S::TrashKindTake
        } else {
            S::TrashKindEntry
        };
        let deleted = fill(
            cx.t(S::TrashDeletedOn),
            &[&cx.date(item.deleted).to_string()],
        );
        let left = match usize::try_from(item.days_left) {
            Ok(0) | Err(_) => cx.t(S::TrashDueNow).to_owned(),
            Ok(n) => plural(cx.lang, n, S::TrashDayLeft, S::TrashDaysLeft),
        };
        let line = format!("{} · {deleted} · {left}", cx.t(kind));
        ui.add(egui::Label::new(line).wrap());
        let named = fill(cx.t(S::TrashRestoreNamed), &[&name]);
        if named_button(ui, cx.t(S::TrashRestore), named) {
            out.push(TrashCmd::Restore(item.id.clone()));
        }
    });
}

/// A completed questionnaire by when and what: its title from the catalogue (its id if the
/// questionnaire is gone), after the time it was completed.
fn take_name(questionnaire: &str, completed: i64, cx: &Cx<'_>) -> String {
    let title = cx
        .catalogue
        .get(questionnaire)
        .map_or(questionnaire, |q| q.questionnaire.title.get(cx.lang));
    fill(cx.t(S::TakeLine), &[&cx.stamp(completed), title])
}

/// The buttons of a saved entry in the editor's top bar: its earlier versions, and delete.
pub fn entry_bar(view: &mut JournalView, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let Some(id) = view.draft.as_ref().and_then(|(id, _)| id.clone()) else {
        return;
    };
    if ui.button(cx.t(S::VersionsOpen)).clicked() {
        out.push(TrashCmd::OpenHistory(id));
    }
    if ui.button(cx.t(S::Delete)).clicked() {
        view.delete_asked = true;
    }
}

/// The question after "Verwijderen" on an entry: nothing goes to the trash without it.
pub fn delete_question(view: &mut JournalView, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let Some(id) = view.draft.as_ref().and_then(|(id, _)| id.clone()) else {
        return;
    };
    if !view.delete_asked {
        return;
    }
    let mut text = fill(cx.t(S::DeleteEntryAsk), &[&TRASH_DAYS.to_string()]);
    if view.unsaved() {
        text = format!("{text} {}", cx.t(S::DeleteUnsaved));
    }
    ui.add(egui::Label::new(RichText::new(text).color(theme::attention_problem())).wrap());
    ui.horizontal_wrapped(|ui| {
        if ui.button(cx.t(S::DeleteYes)).clicked() {
            out.push(TrashCmd::Delete(id));
        }
        if ui.button(cx.t(S::Cancel)).clicked() {
            view.delete_asked = false;
        }
    });
}

/// The completed questionnaires kept in the vault, newest first, each with a delete button that
/// asks first. `asked` is the take whose question shows.
pub fn takes_ui(asked: &mut Option<String>, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let Some(session) = cx.vault.session() else {
        return;
    };
    if session.takes.is_empty() {
        return;
    }
    super::super::section(ui, cx.t(S::TakesTitle));
    for take in session.takes.iter().rev() {
        let date = cx.stamp(take.body.completed);
        ui.horizontal_wrapped(|ui| {
            ui.label(take_name(&take.body.questionnaire, take.body.completed, cx));
            let named = fill(cx.t(S::TakeDeleteNamed), &[&date]);
            if named_button(ui, cx.t(S::Delete), named) {
                *asked = Some(take.id.clone());
            }
        });
        if asked.as_deref() == Some(take.id.as_str()) {
            let text = fill(cx.t(S::TakeDeleteAsk), &[&date, &TRASH_DAYS.to_string()]);
            ui.add(egui::Label::new(RichText::new(text).color(theme::attention_problem())).wrap());
            ui.horizontal_wrapped(|ui| {
                if ui.button(cx.t(S::DeleteYes)).clicked() {
                    out.push(TrashCmd::Delete(take.id.clone()));
                }
                if ui.button(cx.t(S::Cancel)).clicked() {
                    *asked = None;
                }
            });
        }
    }
}
