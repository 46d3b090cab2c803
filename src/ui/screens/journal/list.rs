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

/// Draws the list. Everything above the rows scrolls with the page when the window is short
/// of height (large text), so the rows always keep room for two and a half of them.
pub fn ui(view: &mut JournalView, session: &Session, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    egui::ScrollArea::vertical()
        .id_salt("journal-page")
        .auto_shrink(false)
        .show(ui, |ui| page_ui(view, session, cx, out, ui));
}

fn page_ui(view: &mut JournalView, session: &Session, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
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
    super::attention::ui(view, session, cx, out, ui);
    if view.oath_open {
        super::oath::oath_ui(view, cx, out, ui);
    }
    super::filters::ui(view, session, cx, ui);
    let key = (session.generation(), view.filter.clone(), view.sort);
    if view.rows.as_ref().is_none_or(|(k, _)| *k != key) {
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
    let height = super::row::height(ui.available_width());
    let step = height + ui.spacing().item_spacing.y;
    let room = super::filters::room_below(ui);
    // With room for two and a half rows, the rows scroll below a fixed top; short of height
    // (large text), the rows go on the page itself, which scrolls as one (one scroll area
    // inside another would leave the rows unreachable by "scroll into view").
    let open = if room >= 2.5 * step {
        let mut open = None;
        egui::ScrollArea::vertical()
            .id_salt("journal-rows")
            .auto_shrink(false)
            .max_height(room)
            .min_scrolled_height(room)
            .show_rows(ui, height, rows.len(), |ui, range| {
                for row in rows.get(range).unwrap_or_default() {
                    if super::row::ui(ui, cx, row, height).clicked() {
                        open = Some(row.id.clone());
                    }
                }
            });
        open
    } else {
        rows_on_page(ui, cx, rows, height, step)
    };
    if let Some(id) = open {
        out.push(JournalCmd::OpenEntry(id));
    }
}

/// The rows laid out on the page, drawing only those in view; returns the one clicked.
fn rows_on_page(ui: &mut Ui, cx: &Cx<'_>, rows: &[Row], height: f32, step: f32) -> Option<String> {
    let width = ui.available_width();
    let total = (rows.len() as f32 * step - ui.spacing().item_spacing.y).max(0.0);
    let (all, _) = ui.allocate_exact_size(egui::vec2(width, total), egui::Sense::hover());
    let clip = ui.clip_rect();
    let first = ((clip.top() - all.top()) / step).floor().max(0.0) as usize;
    let last = (((clip.bottom() - all.top()) / step).ceil().max(0.0) as usize).min(rows.len());
    let mut open = None;
    for (i, row) in rows.iter().enumerate().take(last).skip(first) {
        let at = egui::Rect::from_min_size(
            all.min + egui::vec2(0.0, i as f32 * step),
            egui::vec2(width, height),
        );
        let mut child = ui.new_child(egui::UiBuilder::new().max_rect(at).id_salt(("row", i)));
        if super::row::ui(&mut child, cx, row, height).clicked() {
            open = Some(row.id.clone());
        }
    }
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
