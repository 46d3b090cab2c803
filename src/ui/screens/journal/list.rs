//! The list of dilemmas: filters, search, sorting, and rows drawn only where visible so that
//! ten thousand entries scroll as smoothly as ten.

use egui::{RichText, Ui};

use super::super::header;
use zeroize::Zeroize;

use super::JournalView;
use crate::journal::Status;
use crate::session::Session;
use crate::ui::commands::{JournalCmd, VaultCmd};
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::{S, fill};

/// About how much of a dilemma a row holds before it elides.
const EXCERPT_CHARS: usize = 200;

/// The label of a status.
pub fn status_label(s: Status) -> S {
    match s {
        Status::Open => S::StatusOpen,
        Status::Decided => S::StatusDecided,
        Status::Closed => S::StatusClosed,
    }
}

/// Draws the list.
pub fn ui(view: &mut JournalView, session: &Session, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let lang = cx.lang;
    header(ui, cx.t(S::JournalTitle), None);
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(RichText::new(cx.t(S::NewEntry)).strong())
            .clicked()
        {
            out.push(JournalCmd::NewEntry);
        }
        if ui.button(cx.t(S::MyOathTitle)).clicked() {
            if view.oath_open {
                view.close_oath();
            } else {
                view.oath_open = true;
                view.oath_draft = session
                    .oath
                    .as_ref()
                    .map(|o| o.body.text.clone())
                    .unwrap_or_default();
            }
        }
        if ui.button(cx.t(S::TrashOpen)).clicked() {
            out.push(crate::ui::commands::TrashCmd::Open);
        }
        if ui.button(cx.t(S::Lock)).clicked() {
            out.push(VaultCmd::Lock);
        }
    });
    // One scroll for the rest of the page: the attention panel at its full length (no box of
    // its own that hides half a line), the filters, and the rows, drawn only where visible.
    let mut open = None;
    egui::ScrollArea::vertical()
        .id_salt("journal-rows")
        .auto_shrink(false)
        .show_viewport(ui, |ui, viewport| {
            super::attention::ui(view, session, cx, out, ui);
            if view.oath_open {
                super::oath::oath_ui(view, cx, out, ui);
            }
            super::filters::ui(view, session, cx, ui);
            refresh_rows(view, session, cx);
            let rows: &[Row] = view.rows.as_ref().map_or(&[], |(_, rows)| rows.as_slice());
            ui.label(
                RichText::new(fill(
                    if session.journal.len() == 1 {
                        S::EntriesCountOne
                    } else {
                        S::EntriesCount
                    }
                    .get(lang),
                    &[&rows.len().to_string(), &session.journal.len().to_string()],
                ))
                .weak(),
            );
            if session.journal.is_empty() {
                ui.label(S::NoEntries.get(lang));
                return;
            }
            open = rows_ui(ui, cx, rows, viewport);
        });
    if let Some(id) = open {
        out.push(JournalCmd::OpenEntry(id));
    }
}

/// Derives the rows again when the entries, the filter or the order changed.
fn refresh_rows(view: &mut JournalView, session: &Session, cx: &Cx<'_>) {
    let key = (session.generation(), view.filter.clone(), view.sort);
    if view.rows.as_ref().is_some_and(|(k, _)| *k == key) {
        return;
    }
    let answered: std::collections::HashSet<&str> = session
        .feedback
        .iter()
        .map(|f| f.body.entry_id.as_str())
        .collect();
    let rows = session
        .journal
        .query(&view.filter, view.sort)
        .into_iter()
        .map(|(id, e)| Row {
            id: id.to_owned(),
            label: format!("{}    {}", e.date, e.title),
            excerpt: excerpt(&e.dilemma),
            tactics: e.tactics.clone(),
            feedback: answered.contains(id),
            status: e.status,
            open_question: e.open_boundary_question(cx.content),
            captured: e.captured_locked,
        })
        .collect();
    view.rows = Some((key, rows));
}

/// Draws the rows that lie in `viewport` (the scroll's content coordinates) and reserves the
/// height of all the others, so ten thousand rows cost a frame what a screenful does. Returns
/// the row clicked.
fn rows_ui(ui: &mut Ui, cx: &Cx<'_>, rows: &[Row], viewport: egui::Rect) -> Option<String> {
    let height = super::row::height(ui.available_width());
    let gap = ui.spacing().item_spacing.y;
    let step = height + gap;
    let top = ui.cursor().top();
    // Where the list starts in the content, and which rows the viewport reaches.
    let start = top - ui.max_rect().top();
    let index = |y: f32| ((y - start) / step).max(0.0);
    let first = (index(viewport.min.y).floor() as usize).min(rows.len());
    let last = (index(viewport.max.y).ceil() as usize + 1).min(rows.len());
    let x = ui.max_rect().x_range();
    let shown =
        egui::Rect::from_x_y_ranges(x, (top + first as f32 * step)..=(top + last as f32 * step));
    let mut open = None;
    ui.scope_builder(egui::UiBuilder::new().max_rect(shown), |ui| {
        ui.skip_ahead_auto_ids(first);
        for row in rows.get(first..last).unwrap_or_default() {
            if super::row::ui(ui, cx, row, height).clicked() {
                open = Some(row.id.clone());
            }
        }
    });
    let bottom = top + (rows.len() as f32 * step - gap).max(0.0);
    ui.advance_cursor_after_rect(egui::Rect::from_x_y_ranges(x, top..=bottom));
    open
}

/// What a list row shows, derived once per change of entries, filter or order so that a
/// frame never walks all entries.
pub struct Row {
    /// The record id.
    pub id: String,
    /// Date and title.
    pub label: String,
    /// The start of the dilemma, on one line.
    pub excerpt: String,
    /// The ids of the tactics linked, shown as chips.
    pub tactics: Vec<String>,
    /// Whether a coach's feedback on this entry was imported.
    pub feedback: bool,
    /// The status badge.
    pub status: Status,
    /// The "open boundary question" badge.
    pub open_question: bool,
    /// The "captured while locked" badge.
    pub captured: bool,
}

impl Zeroize for Row {
    fn zeroize(&mut self) {
        self.label.zeroize();
        self.excerpt.zeroize();
    }
}

/// The start of a dilemma on one line (whitespace folded), long enough to fill a wide row;
/// the row elides what does not fit.
fn excerpt(text: &str) -> String {
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() > EXCERPT_CHARS {
            out.push('…');
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
