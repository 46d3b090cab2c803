//! "What I shared": the receipts of earlier exports, newest first. With room, a table whose
//! columns share the width and wrap their text; narrower (large text, a small window), one
//! card per receipt. Either way nothing runs past the right edge.

use egui::{RichText, Ui};

use crate::export::ConsentRecord;
use crate::session::Session;
use crate::ui::cx::Cx;
use crate::ui::i18n::{S, fill};
use crate::ui::screens::card;
use crate::ui::theme;

/// Below this width (points) the receipts show as cards instead of a table.
const TABLE_MIN_WIDTH: f32 = 640.0;
/// The columns' shares of the table's width: date, coach, purpose, scope, delete-after, hash.
const SHARES: [f32; 6] = [1.0, 1.2, 1.8, 1.5, 1.1, 1.7];

/// Draws the receipts.
pub fn ui(session: &Session, cx: &Cx<'_>, ui: &mut Ui) {
    let lang = cx.lang;
    if session.consents.is_empty() {
        ui.label(S::NoReceipts.get(lang));
        return;
    }
    let table = ui.available_width() >= TABLE_MIN_WIDTH;
    egui::Frame::new().show(ui, |ui| {
        ui.set_max_width(ui.available_width());
        if table {
            table_ui(session, cx, ui);
        } else {
            for c in session.consents.iter().rev() {
                card_ui(&c.body, cx, ui);
            }
        }
    });
}

/// The cells of one receipt, in column order.
fn cells(r: &ConsentRecord, cx: &Cx<'_>) -> [String; 6] {
    let lang = cx.lang;
    let n = r.scope.entries.len();
    let scope = if n == 1 {
        fill(S::ReceiptScopeOne.get(lang), &[r.format.as_str()])
    } else {
        fill(
            S::ReceiptScopeText.get(lang),
            &[&n.to_string(), r.format.as_str()],
        )
    };
    [
        cx.date(r.date).to_string(),
        r.coach.clone(),
        r.purpose.clone(),
        scope,
        r.delete_after.map_or_else(|| "–".into(), |d| d.to_string()),
        r.sha256.get(..16).unwrap_or(&r.sha256).to_owned(),
    ]
}

const HEADINGS: [S; 6] = [
    S::ReceiptDate,
    S::ReceiptCoach,
    S::ReceiptPurpose,
    S::ReceiptScope,
    S::ReceiptDeleteAfter,
    S::ReceiptHash,
];

fn table_ui(session: &Session, cx: &Cx<'_>, ui: &mut Ui) {
    let gap = theme::SPACE_L;
    let total: f32 = SHARES.iter().sum();
    let room = ui.available_width() - gap * (SHARES.len() as f32 - 1.0);
    let widths: Vec<f32> = SHARES.iter().map(|s| room * s / total).collect();
    let headings = HEADINGS.map(|k| k.get(cx.lang).to_owned());
    row_ui(ui, &widths, &headings, None, true);
    ui.separator();
    for (i, c) in session.consents.iter().rev().enumerate() {
        let stripe = (i % 2 == 1).then(|| ui.visuals().faint_bg_color);
        row_ui(
            ui,
            &widths,
            &cells(&c.body, cx),
            Some((&c.body.sha256, stripe)),
            false,
        );
    }
}

/// One row: each cell a wrapped label in its column's width; the last cell is the hash.
fn row_ui(
    ui: &mut Ui,
    widths: &[f32],
    cells: &[String; 6],
    hash: Option<(&str, Option<egui::Color32>)>,
    heading: bool,
) {
    let background = ui.painter().add(egui::Shape::Noop);
    let row = ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = theme::SPACE_L;
        for (i, (text, width)) in cells.iter().zip(widths).enumerate() {
            let layout = egui::Layout::top_down(egui::Align::Min);
            ui.allocate_ui_with_layout(egui::vec2(*width, 0.0), layout, |ui| {
                ui.set_width(*width);
                let mut rich = RichText::new(text);
                if heading {
                    rich = rich.strong();
                }
                if i == cells.len() - 1 && !heading {
                    rich = rich.monospace();
                }
                let label = ui.add(egui::Label::new(rich).wrap());
                if let (Some((full, _)), true) = (hash, i == cells.len() - 1) {
                    label.on_hover_text(full);
                }
            });
        }
    });
    if let Some((_, Some(fill))) = hash {
        let rect = row.response.rect.expand(theme::SPACE_XS);
        let shape = egui::Shape::rect_filled(rect, theme::RADIUS_SMALL, fill);
        ui.painter().set(background, shape);
    }
}

/// One receipt as a card: date and coach as its title, the rest as labelled lines.
fn card_ui(r: &ConsentRecord, cx: &Cx<'_>, ui: &mut Ui) {
    let lang = cx.lang;
    let [date, coach, purpose, scope, delete_after, hash] = cells(r, cx);
    card(ui, |ui| {
        ui.add(egui::Label::new(RichText::new(format!("{date} · {coach}")).strong()).wrap());
        for (key, value) in [
            (S::ReceiptPurpose, purpose),
            (S::ReceiptScope, scope),
            (S::ReceiptDeleteAfter, delete_after),
        ] {
            ui.add(egui::Label::new(format!("{}: {value}", key.get(lang))).wrap());
        }
        let hash_line = format!("{}: {hash}", S::ReceiptHash.get(lang));
        ui.add(egui::Label::new(RichText::new(hash_line).monospace()).wrap())
            .on_hover_text(&r.sha256);
    });
    ui.add_space(theme::SPACE_S);
}
