//! The repertoire map: every tactic as a cell in its pole's column, shaded by how often it was
//! linked to a dilemma; the poles of the comfort zone outlined.

use std::collections::BTreeMap;

use egui::{Align2, FontId, Pos2, Rect, Role, Sense, Stroke, Ui, WidgetInfo, vec2};

use super::super::theme;
use crate::content::{Content, Lang, Pole};

const CELL_HEIGHT: f32 = 30.0;
const HEADER_HEIGHT: f32 = 34.0;

/// Draws the map; returns the id of a clicked tactic.
pub fn ui(
    ui: &mut Ui,
    content: &Content,
    counts: &BTreeMap<String, usize>,
    comfort: &[Pole],
    lang: Lang,
    times: &str,
) -> Option<String> {
    let width = ui.available_width().min(900.0);
    let col_w = width / Pole::ALL.len() as f32;
    let (outer, _) = ui.allocate_exact_size(
        vec2(width, HEADER_HEIGHT + 4.0 * CELL_HEIGHT + 8.0),
        Sense::hover(),
    );
    let max = counts.values().copied().max().unwrap_or(0).max(1) as f32;
    let mut clicked = None;
    for (c, pole) in Pole::ALL.into_iter().enumerate() {
        let left = outer.left() + c as f32 * col_w;
        let column = Rect::from_min_size(Pos2::new(left, outer.top()), vec2(col_w, outer.height()))
            .shrink2(vec2(3.0, 0.0));
        let accent = theme::board(pole.board());
        let header = ui.painter().layout(
            content.pole(pole).name.get(lang).to_owned(),
            FontId::proportional(theme::TEXT_SMALL),
            accent,
            col_w - 8.0,
        );
        ui.painter()
            .galley(Pos2::new(column.left() + 2.0, column.top()), header, accent);
        for (r, t) in content.tactics_of(pole).enumerate() {
            let top = column.top() + HEADER_HEIGHT + r as f32 * CELL_HEIGHT;
            let cell = Rect::from_min_size(
                Pos2::new(column.left(), top),
                vec2(column.width(), CELL_HEIGHT),
            )
            .shrink(2.0);
            let n = counts.get(&t.id).copied().unwrap_or(0);
            let label = format!(
                "{}: {}",
                t.name.get(lang),
                crate::ui::i18n::fill(times, &[&n.to_string()])
            );
            let response = ui.interact(cell, ui.scope_id().with(("heat", &t.id)), Sense::click());
            response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
            let fill = theme::mix(
                ui.visuals().extreme_bg_color,
                accent,
                0.12 + 0.88 * n as f32 / max,
            );
            ui.painter().rect_filled(cell, 4.0, fill);
            if response.hovered() || response.has_focus() {
                ui.painter().rect_stroke(
                    cell,
                    4.0,
                    Stroke::new(theme::STROKE_MARK, ui.visuals().strong_text_color()),
                    egui::StrokeKind::Inside,
                );
            }
            ui.painter().text(
                cell.center(),
                Align2::CENTER_CENTER,
                n.to_string(),
                FontId::proportional(theme::TEXT_FIGURE),
                theme::on(fill),
            );
            if response.on_hover_text(&label).clicked() {
                clicked = Some(t.id.clone());
            }
        }
        if comfort.contains(&pole) {
            let frame = Rect::from_min_max(
                Pos2::new(column.left() - 2.0, column.top() + HEADER_HEIGHT - 4.0),
                Pos2::new(column.right() + 2.0, column.bottom() - 2.0),
            );
            ui.painter().rect_stroke(
                frame,
                6.0,
                Stroke::new(theme::STROKE_STRONG, accent),
                egui::StrokeKind::Outside,
            );
        }
    }
    clicked
}
