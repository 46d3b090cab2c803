//! The list of dilemmas: filters, search, sorting, and rows drawn only where visible so that
//! ten thousand entries scroll as smoothly as ten.

use egui::{RichText, Ui};

use super::super::header;
use crate::content::{Board, Lang};
use zeroize::Zeroize;

use super::JournalView;
use crate::journal::{Date, SortBy, Status};
use crate::session::Session;
use crate::ui::commands::{JournalCmd, VaultCmd};
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::{S, fill};
use crate::ui::theme;
use crate::ui::widgets::combo;

const ROW_HEIGHT: f32 = 40.0;

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
    super::attention::ui(view, session, cx, out, ui);
    if view.oath_open {
        super::oath::oath_ui(view, cx, out, ui);
    }
    filters_ui(view, session, cx, ui);
    let key = (session.generation(), view.filter.clone(), view.sort);
    if view.rows.as_ref().is_none_or(|(k, _)| *k != key) {
        let rows = session
            .journal
            .query(&view.filter, view.sort)
            .into_iter()
            .map(|(id, e)| Row {
                id: id.to_owned(),
                label: format!("{}    {}", e.date, e.title),
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
    let mut open = None;
    egui::ScrollArea::vertical()
        .id_salt("journal-rows")
        .auto_shrink(false)
        .show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
            for row in rows.get(range).unwrap_or_default() {
                if row_ui(ui, lang, row).clicked() {
                    open = Some(row.id.clone());
                }
            }
        });
    if let Some(id) = open {
        out.push(JournalCmd::OpenEntry(id));
    }
}

/// What a list row shows, derived once per change of entries, filter or order so that a
/// frame never walks all entries.
pub struct Row {
    /// The record id.
    pub id: String,
    /// Date and title.
    pub label: String,
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
    }
}

fn row_ui(ui: &mut Ui, lang: Lang, row: &Row) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), ROW_HEIGHT - 6.0),
        egui::Sense::click(),
    );
    let mut badges = vec![(
        status_label(row.status).get(lang),
        ui.visuals().widgets.inactive.bg_fill.gamma_multiply(1.6),
    )];
    if row.open_question {
        badges.push((
            S::OpenQuestion.get(lang),
            theme::zone(crate::content::EthicsZone::Stretches),
        ));
    }
    if row.captured {
        badges.push((S::CapturedLocked.get(lang), theme::board(Board::Political)));
    }
    let visuals = ui.style().interact(&response);
    let painter = ui.painter_at(rect);
    painter.rect(
        rect,
        6.0,
        visuals.weak_bg_fill,
        visuals.bg_stroke,
        egui::StrokeKind::Inside,
    );
    // Badges from the right edge inwards; the text gets what is left.
    let mut x = rect.right() - 10.0;
    for (label, colour) in &badges {
        let galley = painter.layout_no_wrap(
            (*label).to_owned(),
            egui::FontId::proportional(theme::TEXT_SMALL),
            theme::on(*colour),
        );
        let w = galley.size().x + 12.0;
        let badge = egui::Rect::from_center_size(
            egui::pos2(x - w / 2.0, rect.center().y),
            egui::vec2(w, 20.0),
        );
        painter.rect_filled(badge, 6.0, *colour);
        painter.galley(
            badge.min + egui::vec2(6.0, (20.0 - galley.size().y) / 2.0),
            galley,
            *colour,
        );
        x -= w + 6.0;
    }
    let mut job = egui::text::LayoutJob::simple_singleline(
        row.label.clone(),
        egui::FontId::proportional(theme::TEXT_BODY),
        visuals.text_color(),
    );
    job.wrap = egui::text::TextWrapping::truncate_at_width((x - rect.left() - 20.0).max(40.0));
    let galley = painter.layout_job(job);
    painter.galley(
        egui::pos2(rect.left() + 12.0, rect.center().y - galley.size().y / 2.0),
        galley,
        visuals.text_color(),
    );
    let marks: Vec<&str> = badges.iter().map(|(l, _)| *l).collect();
    let label = format!(
        "{} ({})",
        row.label.replacen("    ", " ", 1),
        marks.join(", ")
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    response
}

fn filters_ui(view: &mut JournalView, session: &Session, cx: &Cx<'_>, ui: &mut Ui) {
    let lang = cx.lang;
    let generation = session.generation();
    if view.tags.as_ref().is_none_or(|(g, _)| *g != generation) {
        view.tags = Some((generation, session.journal.all_tags()));
    }
    let tags = view
        .tags
        .as_ref()
        .map(|(_, t)| t.clone())
        .unwrap_or_default();
    let content = cx.content;
    let all = S::All.get(lang);
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(S::Search.get(lang));
        ui.add(
            egui::TextEdit::singleline(&mut view.filter.text)
                .desired_width(theme::field_width(ui, 320.0)),
        )
        .labelled_by(l.id);
    });
    ui.horizontal_wrapped(|ui| {
        combo::optional(
            ui,
            S::FilterBoard.get(lang),
            "j-board",
            &mut view.filter.board,
            &Board::ALL,
            |b| content.board(b).name.get(lang).to_owned(),
            all,
        );
        combo::optional(
            ui,
            S::FilterStatus.get(lang),
            "j-status",
            &mut view.filter.status,
            &[Status::Open, Status::Decided, Status::Closed],
            |s| status_label(s).get(lang).to_owned(),
            all,
        );
        let tactic_ids: Vec<String> = content.tactics().iter().map(|t| t.id.clone()).collect();
        combo::optional(
            ui,
            S::FilterTactic.get(lang),
            "j-tactic",
            &mut view.filter.tactic,
            &tactic_ids,
            |id| {
                content
                    .tactic(&id)
                    .map_or(id.clone(), |t| t.name.get(lang).to_owned())
            },
            all,
        );
        if !tags.is_empty() {
            combo::optional(
                ui,
                S::FilterTag.get(lang),
                "j-tag",
                &mut view.filter.tag,
                &tags,
                |t| t,
                all,
            );
        }
    });
    ui.horizontal_wrapped(|ui| {
        date_field(
            ui,
            S::FromDate.get(lang),
            S::DateHint.get(lang),
            &mut view.from_text,
            &mut view.filter.from,
        );
        date_field(
            ui,
            S::ToDate.get(lang),
            S::DateHint.get(lang),
            &mut view.to_text,
            &mut view.filter.to,
        );
        let l = ui.label(S::SortLabel.get(lang));
        let sorts = [
            (SortBy::DateNewest, S::SortNewest),
            (SortBy::DateOldest, S::SortOldest),
            (SortBy::Title, S::SortTitle),
            (SortBy::Status, S::SortStatus),
        ];
        let current = sorts
            .iter()
            .find(|(s, _)| *s == view.sort)
            .map_or("", |(_, k)| k.get(lang));
        egui::ComboBox::from_id_salt("j-sort")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for (s, k) in sorts {
                    ui.selectable_value(&mut view.sort, s, k.get(lang));
                }
            })
            .response
            .labelled_by(l.id);
    });
}

fn date_field(ui: &mut Ui, label: &str, hint: &str, text: &mut String, value: &mut Option<Date>) {
    let l = ui.label(label);
    let r = ui
        .add(
            egui::TextEdit::singleline(text)
                .hint_text(hint)
                .desired_width(theme::field_width(ui, 125.0)),
        )
        .labelled_by(l.id);
    if r.changed() {
        *value = Date::parse(text.trim());
    }
    if !text.trim().is_empty() && value.is_none() {
        ui.colored_label(ui.visuals().warn_fg_color, "?");
    }
}
