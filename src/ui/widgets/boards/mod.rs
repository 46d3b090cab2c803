//! The six-boards figure (after the report's Afbeelding 1): three boards, each split into the
//! fields of its poles, with the user's position marked and the comfort zone outlined. Every
//! mark has a legend entry and a tooltip, and the whole figure a text alternative that states
//! its numbers in words.

mod layout;
mod words;

use egui::{Color32, FontId, Galley, Pos2, Rect, Role, Sense, Stroke, Ui, WidgetInfo, vec2};
use std::sync::Arc;

pub use layout::{Marker, fields, place_marker};
pub use words::describe;

use super::super::theme;
use super::legend::{self, Swatch};
use crate::assessment::{Dimension, Profile};
use crate::content::{Board, Content, Lang, Pole};
use crate::ui::i18n::S;

const ROW_HEIGHT: f32 = 70.0;
const LABEL_WIDTH: f32 = 170.0;
const ROW_GAP: f32 = 10.0;
/// Below this width the board's name goes above its fields instead of beside them.
const STACK_BELOW: f32 = 560.0;

/// One board's row, laid out before anything is drawn.
struct Row {
    board: Board,
    name: Arc<Galley>,
    poles: Vec<(Pole, Arc<Galley>, Arc<Galley>)>,
    height: f32,
}

/// Draws the figure and, with a profile, its legend; returns the pole whose field was clicked.
pub fn ui(
    ui: &mut Ui,
    content: &Content,
    profile: Option<&Profile>,
    lang: Lang,
    marker_label: &str,
) -> Option<Pole> {
    let width = ui.available_width().min(900.0);
    let stacked = width < STACK_BELOW;
    let bar_width = if stacked { width } else { width - LABEL_WIDTH };
    let marker = ui.painter().layout(
        marker_label.to_owned(),
        FontId::proportional(theme::TEXT_SMALL),
        ui.visuals().strong_text_color(),
        layout::label_width(bar_width / 3.0 - layout::FIELD_GAP),
    );
    let rows: Vec<Row> = Board::ALL
        .into_iter()
        .map(|b| row_layout(ui, content, profile, lang, b, bar_width, stacked, &marker))
        .collect();
    let height: f32 = rows.iter().map(|r| r.height + ROW_GAP).sum();
    let (outer, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    let alt = describe(content, profile, lang);
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &alt));
    let mut clicked = None;
    let mut top = outer.top();
    for row in &rows {
        let name_h = if stacked {
            row.name.size().y + 4.0
        } else {
            0.0
        };
        let left = if stacked {
            outer.left()
        } else {
            outer.left() + LABEL_WIDTH
        };
        let label_rect = if stacked {
            Rect::from_min_size(Pos2::new(outer.left(), top), vec2(width, name_h))
        } else {
            Rect::from_min_size(Pos2::new(outer.left(), top), vec2(LABEL_WIDTH, row.height))
        };
        paint_board_label(ui, label_rect, row.name.clone(), theme::board(row.board));
        let bar = Rect::from_min_max(
            Pos2::new(left, top + name_h),
            Pos2::new(outer.right(), top + row.height),
        );
        let rects = fields(bar, row.poles.len());
        if let Some(p) = fields_ui(ui, row, &rects, content, profile, lang) {
            clicked = Some(p);
        }
        if let Some(position) = profile.and_then(|p| p.board(row.board).position)
            && let Some(m) = place_marker(&rects, position, marker.size())
        {
            marker_ui(ui, row.board, &m, marker.clone(), content, position, lang);
        }
        top += row.height + ROW_GAP;
    }
    if profile.is_some() {
        let entries = legend_entries(ui.visuals(), lang);
        legend::entries(ui, S::FigLegend.get(lang), &entries);
    }
    clicked
}

#[expect(
    clippy::too_many_arguments,
    reason = "one board's inputs, laid out once"
)]
fn row_layout(
    ui: &Ui,
    content: &Content,
    profile: Option<&Profile>,
    lang: Lang,
    board: Board,
    bar_width: f32,
    stacked: bool,
    marker: &Galley,
) -> Row {
    let painter = ui.painter();
    let name_width = if stacked {
        bar_width
    } else {
        LABEL_WIDTH - 16.0
    };
    let name = painter.layout(
        content.board(board).name.get(lang).to_owned(),
        FontId::proportional(theme::TEXT_BODY),
        ui.visuals().strong_text_color(),
        name_width,
    );
    let field_w = bar_width / board.poles().len() as f32 - layout::FIELD_GAP;
    let inner = layout::label_width(field_w);
    let poles: Vec<(Pole, Arc<Galley>, Arc<Galley>)> = board
        .poles()
        .iter()
        .map(|&pole| {
            let fill = theme::pole(pole, ui.visuals());
            let title = painter.layout(
                content.pole(pole).name.get(lang).to_owned(),
                FontId::proportional(theme::TEXT_FIGURE),
                theme::on(fill),
                inner,
            );
            let score = profile
                .and_then(|p| p.score_band(Dimension::Pole(pole)))
                .map(|(v, se)| format!("{v:.0} ± {se:.0}"))
                .unwrap_or_default();
            let score = painter.layout(
                score,
                FontId::proportional(theme::TEXT_SMALL),
                theme::on(fill),
                inner,
            );
            (pole, title, score)
        })
        .collect();
    let content_h = poles
        .iter()
        .map(|(_, t, s)| layout::PAD + t.size().y + s.size().y)
        .fold(0.0, f32::max);
    let lane = if profile.is_some() {
        layout::lane_height(marker.size().y)
    } else {
        layout::PAD
    };
    let stacked_name = if stacked { name.size().y + 4.0 } else { 0.0 };
    let beside = if stacked { 0.0 } else { name.size().y + 8.0 };
    let height = (stacked_name + content_h + lane)
        .max(beside)
        .max(ROW_HEIGHT);
    Row {
        board,
        name,
        poles,
        height,
    }
}

fn paint_board_label(ui: &Ui, rect: Rect, galley: Arc<Galley>, accent: Color32) {
    let painter = ui.painter();
    painter.rect_filled(
        Rect::from_min_size(rect.min, vec2(5.0, rect.height())),
        2.0,
        accent,
    );
    let pos = Pos2::new(rect.left() + 12.0, rect.center().y - galley.size().y / 2.0);
    painter.galley(pos, galley, Color32::PLACEHOLDER);
}

fn fields_ui(
    ui: &mut Ui,
    row: &Row,
    rects: &[Rect],
    content: &Content,
    profile: Option<&Profile>,
    lang: Lang,
) -> Option<Pole> {
    let mut clicked = None;
    for ((pole, title, score), &rect) in row.poles.iter().zip(rects) {
        let pole = *pole;
        let response = ui.interact(
            rect,
            ui.scope_id().with(("pole-field", pole as u8)),
            Sense::click(),
        );
        let label = format!(
            "{}: {}",
            content.board(row.board).name.get(lang),
            content.pole(pole).name.get(lang)
        );
        response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
        let fill = theme::pole(pole, ui.visuals());
        let comfort = profile.is_some_and(|p| p.comfort_zone.contains(&pole));
        let stroke = if comfort {
            Stroke::new(theme::STROKE_STRONG, theme::comfort_outline())
        } else {
            Stroke::new(
                theme::STROKE_HAIR,
                ui.visuals().widgets.noninteractive.bg_stroke.color,
            )
        };
        let painter = ui.painter();
        painter.rect(rect, 8.0, fill, stroke, egui::StrokeKind::Inside);
        if response.hovered() || response.has_focus() {
            painter.rect_stroke(
                rect.shrink(theme::STROKE_STRONG + 1.0),
                6.0,
                Stroke::new(theme::STROKE_MARK, ui.visuals().strong_text_color()),
                egui::StrokeKind::Inside,
            );
        }
        let top = rect.top() + layout::PAD;
        let pos = Pos2::new(rect.center().x - title.size().x / 2.0, top);
        painter.galley(pos, title.clone(), Color32::PLACEHOLDER);
        let pos = Pos2::new(rect.center().x - score.size().x / 2.0, top + title.size().y);
        painter.galley(pos, score.clone(), Color32::PLACEHOLDER);
        let tip = words::field_tip(content, profile, lang, row.board, pole);
        if response.on_hover_text(tip).clicked() {
            clicked = Some(pole);
        }
    }
    clicked
}

fn marker_ui(
    ui: &mut Ui,
    board: Board,
    m: &Marker,
    label: Arc<Galley>,
    content: &Content,
    position: f32,
    lang: Lang,
) {
    let painter = ui.painter();
    let ink = ui.visuals().strong_text_color();
    let halo = ui.visuals().extreme_bg_color;
    painter.circle(
        m.dot,
        layout::DOT_RADIUS,
        ink,
        Stroke::new(theme::STROKE_STRONG, halo),
    );
    let pos = Pos2::new(m.label.center().x - label.size().x / 2.0, m.label.top());
    painter.galley(pos, label, ink);
    let tip = words::dot_tip(content, lang, board, position);
    let area = Rect::from_center_size(m.dot, vec2(3.0, 3.0) * layout::DOT_RADIUS).union(m.label);
    let response = ui.interact(
        area,
        ui.scope_id().with(("position", board as u8)),
        Sense::hover(),
    );
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &tip));
    response.on_hover_text(tip);
}

/// The legend under the figure: the dot, a field with its numbers, and the outline.
pub fn legend_entries(visuals: &egui::Visuals, lang: Lang) -> Vec<legend::Entry> {
    vec![
        legend::Entry::new(
            Swatch::Dot(visuals.strong_text_color()),
            S::YourPosition.get(lang),
            S::FigBoardsLegendDotTip.get(lang),
        ),
        legend::Entry::new(
            Swatch::Field(theme::pole(Pole::Partner, visuals)),
            S::FigBoardsLegendScore.get(lang),
            S::FigBoardsLegendScoreTip.get(lang),
        ),
        legend::Entry::new(
            Swatch::Outline(theme::comfort_outline()),
            S::FigBoardsLegendComfort.get(lang),
            S::FigBoardsLegendComfortTip.get(lang),
        ),
    ]
}
