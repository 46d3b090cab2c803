//! The six-boards figure (after the report's Afbeelding 1): three boards, each split into the
//! fields of its poles, with the user's position marked and the comfort zone outlined.

use egui::{Align2, Color32, FontId, Pos2, Rect, Role, Sense, Stroke, Ui, WidgetInfo, vec2};

use super::super::theme;
use crate::assessment::Profile;
use crate::content::{Board, Content, Lang, Pole};

const ROW_HEIGHT: f32 = 70.0;
const LABEL_WIDTH: f32 = 170.0;
const ROW_GAP: f32 = 10.0;

/// Where a position between a board's poles falls, as a fraction of the bar's width: the
/// first pole's field centre at 0, the last one's at 1.
pub fn marker_fraction(position: f32, poles: usize) -> f32 {
    let n = poles.max(1) as f32;
    let p = if position.is_finite() {
        position.clamp(0.0, 1.0)
    } else {
        0.5
    };
    (0.5 + p * (n - 1.0)) / n
}

/// Draws the figure; returns the pole whose field was clicked.
pub fn ui(
    ui: &mut Ui,
    content: &Content,
    profile: Option<&Profile>,
    lang: Lang,
    marker_label: &str,
) -> Option<Pole> {
    let width = ui.available_width().min(900.0);
    let height = Board::ALL.len() as f32 * (ROW_HEIGHT + ROW_GAP);
    let (outer, _) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    let mut clicked = None;
    for (row, board) in Board::ALL.into_iter().enumerate() {
        let top = outer.top() + row as f32 * (ROW_HEIGHT + ROW_GAP);
        let label_rect =
            Rect::from_min_size(Pos2::new(outer.left(), top), vec2(LABEL_WIDTH, ROW_HEIGHT));
        let bar = Rect::from_min_max(
            Pos2::new(outer.left() + LABEL_WIDTH, top),
            Pos2::new(outer.right(), top + ROW_HEIGHT),
        );
        paint_board_label(
            ui,
            label_rect,
            content.board(board).name.get(lang),
            theme::board(board),
        );
        if let Some(p) = fields_ui(ui, board, bar, content, profile, lang) {
            clicked = Some(p);
        }
        if let Some(position) = profile.and_then(|p| p.board(board).position) {
            let x = bar.left() + marker_fraction(position, board.poles().len()) * bar.width();
            paint_marker(ui, Pos2::new(x, bar.bottom() - 14.0), marker_label);
        }
    }
    clicked
}

fn paint_board_label(ui: &Ui, rect: Rect, name: &str, accent: Color32) {
    let painter = ui.painter();
    painter.rect_filled(
        Rect::from_min_size(rect.min, vec2(5.0, rect.height())),
        2.0,
        accent,
    );
    let galley = painter.layout(
        name.to_owned(),
        FontId::proportional(theme::TEXT_BODY),
        ui.visuals().strong_text_color(),
        rect.width() - 16.0,
    );
    let pos = Pos2::new(rect.left() + 12.0, rect.center().y - galley.size().y / 2.0);
    painter.galley(pos, galley, Color32::PLACEHOLDER);
}

fn fields_ui(
    ui: &mut Ui,
    board: Board,
    bar: Rect,
    content: &Content,
    profile: Option<&Profile>,
    lang: Lang,
) -> Option<Pole> {
    let poles = board.poles();
    let w = bar.width() / poles.len() as f32;
    let mut clicked = None;
    for (i, &pole) in poles.iter().enumerate() {
        let rect = Rect::from_min_size(
            Pos2::new(bar.left() + i as f32 * w, bar.top()),
            vec2(w, bar.height()),
        )
        .shrink(2.0);
        let name = content.pole(pole).name.get(lang);
        let response = ui.interact(
            rect,
            ui.scope_id().with(("pole-field", pole as u8)),
            Sense::click(),
        );
        let label = format!("{}: {name}", content.board(board).name.get(lang));
        response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
        let fill = theme::pole(pole, ui.visuals());
        let comfort = profile.is_some_and(|p| p.comfort_zone.contains(&pole));
        let stroke = if response.hovered() || response.has_focus() {
            Stroke::new(theme::STROKE_STRONG, ui.visuals().strong_text_color())
        } else if comfort {
            Stroke::new(theme::STROKE_STRONG, theme::board(board))
        } else {
            Stroke::new(
                theme::STROKE_HAIR,
                ui.visuals().widgets.noninteractive.bg_stroke.color,
            )
        };
        let painter = ui.painter();
        painter.rect(rect, 8.0, fill, stroke, egui::StrokeKind::Inside);
        let galley = painter.layout(
            name.to_owned(),
            FontId::proportional(theme::TEXT_FIGURE),
            theme::on(fill),
            rect.width() - 12.0,
        );
        let pos = Pos2::new(rect.center().x - galley.size().x / 2.0, rect.top() + 8.0);
        painter.galley(pos, galley, Color32::PLACEHOLDER);
        if comfort {
            painter.circle_filled(
                rect.right_top() + vec2(-10.0, 10.0),
                4.0,
                theme::board(board),
            );
        }
        if response.clicked() {
            clicked = Some(pole);
        }
    }
    clicked
}

fn paint_marker(ui: &Ui, at: Pos2, label: &str) {
    let painter = ui.painter();
    let ink = ui.visuals().strong_text_color();
    let halo = ui.visuals().extreme_bg_color;
    painter.circle(at, 8.0, ink, Stroke::new(theme::STROKE_STRONG, halo));
    painter.text(
        at + vec2(12.0, 0.0),
        Align2::LEFT_CENTER,
        label,
        FontId::proportional(theme::TEXT_SMALL),
        ink,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marker_sits_on_field_centres_at_the_ends() {
        assert!((marker_fraction(0.0, 3) - 1.0 / 6.0).abs() < 1e-6);
        assert!((marker_fraction(1.0, 3) - 5.0 / 6.0).abs() < 1e-6);
        assert!((marker_fraction(0.5, 2) - 0.5).abs() < 1e-6);
        assert!((marker_fraction(f32::NAN, 3) - 0.5).abs() < 1e-6);
    }
}
