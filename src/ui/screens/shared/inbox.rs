//! The coach's inbox: the summaries this coach opened, kept encrypted as received, listed by
//! coachee, date and delete-after date. An overdue one is marked; deleting asks first.

use egui::{RichText, Ui};

use super::{SharedView, rendered};
use crate::export::InboxItem;
use crate::ui::commands::ShareCmd;
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::{S, fill, plural};
use crate::ui::screens::section;
use crate::ui::widgets::problem;

/// Draws the inbox; asks the worker for the list when it is not known yet.
pub fn ui(view: &mut SharedView, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let lang = cx.lang;
    section(ui, S::InboxTitle.get(lang));
    if !view.inbox_asked && !cx.busy {
        out.push(ShareCmd::ListInbox);
    }
    problem::ui(ui, view.inbox_error.as_ref().map(|e| e as _), lang);
    let Some(inbox) = &view.inbox else {
        if view.inbox_error.is_none() {
            cx.busy_ui(ui);
        }
        return;
    };
    if inbox.items.is_empty() {
        ui.label(RichText::new(S::InboxEmpty.get(lang)).weak());
    }
    let today = cx.today();
    let mut delete_asked = None;
    let mut delete_done = None;
    let mut cancel = false;
    // One wrapping row per summary (a grid squeezes its buttons at large text sizes).
    for item in &inbox.items {
        let name = sender_name(item, cx);
        let which = format!("{name}, {}", rendered::day(item.shared));
        ui.separator();
        ui.horizontal_wrapped(|ui| {
            // Each text whole: one that wraps in a wrapping row covers the texts before it.
            crate::ui::widgets::whole::label(ui, RichText::new(&name).strong());
            crate::ui::widgets::whole::label(ui, RichText::new(S::SharedOn.get(lang)).weak());
            crate::ui::widgets::whole::label(ui, rendered::day(item.shared));
            crate::ui::widgets::whole::label(
                ui,
                RichText::new(S::HeaderDeleteAfter.get(lang)).weak(),
            );
            let after = rendered::day(item.delete_after);
            if item.overdue(today) {
                let overdue = RichText::new(fill(S::InboxOverdue.get(lang), &[&after]))
                    .strong()
                    .color(ui.visuals().error_fg_color);
                crate::ui::widgets::whole::label(ui, overdue);
            } else {
                crate::ui::widgets::whole::label(ui, after);
            }
        });
        // While the worker opens or lists, the buttons wait.
        ui.add_enabled_ui(!cx.busy, |ui| {
            ui.horizontal_wrapped(|ui| {
                if view.confirm_delete.as_ref() == Some(&item.path) {
                    crate::ui::widgets::whole::label(ui, S::InboxDeleteAsk.get(lang));
                    if named_button(ui, S::InboxDeleteYes.get(lang), &which).clicked() {
                        delete_done = Some(item.path.clone());
                    }
                    if ui.button(S::Cancel.get(lang)).clicked() {
                        cancel = true;
                    }
                } else {
                    if named_button(ui, S::OpenButton.get(lang), &which).clicked() {
                        out.push(ShareCmd::OpenSummary {
                            path: item.path.clone(),
                            from: None,
                        });
                    }
                    if named_button(ui, S::InboxDelete.get(lang), &which).clicked() {
                        delete_asked = Some(item.path.clone());
                    }
                }
            });
        });
    }
    if !inbox.unreadable.is_empty() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            plural(
                lang,
                inbox.unreadable.len(),
                S::InboxUnreadableOne,
                S::InboxUnreadable,
            ),
        );
    }
    if let Some(path) = delete_done {
        out.push(ShareCmd::DeleteFromInbox(path));
    }
    if cancel {
        view.confirm_delete = None;
    }
    if delete_asked.is_some() {
        view.confirm_delete = delete_asked;
    }
}

/// Whose summary a row is: the pinned name, or "unknown".
fn sender_name(item: &InboxItem, cx: &Cx<'_>) -> String {
    item.sender
        .clone()
        .unwrap_or_else(|| S::SenderUnknown.get(cx.lang).to_owned())
}

/// A button showing `text`, named for screen readers (and tests) with the row it acts on.
fn named_button(ui: &mut Ui, text: &str, which: &str) -> egui::Response {
    let name = format!("{text}: {which}");
    let r = ui.button(text);
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    r
}
