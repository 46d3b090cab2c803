//! The three stances side by side: for each a 0–100 scale with the middle (50) marked, the
//! score as a dot and its band (± one standard error) as a shaded stretch. Each stance is
//! clickable. The report sees the stances as coexisting, so there is no single line.

use egui::{Align2, FontId, Pos2, Rect, Role, Sense, Stroke, Ui, WidgetInfo, vec2};

use super::super::theme;
use crate::assessment::{Dimension, Profile};
use crate::content::{Content, Lang, Stance};

const BAR_HEIGHT: f32 = 14.0;

/// Draws the three stances; returns the stance that was clicked.
pub fn ui(
    ui: &mut Ui,
    content: &Content,
    profile: Option<&Profile>,
    lang: Lang,
    selected: Option<Stance>,
) -> Option<Stance> {
    let width = ui.available_width().min(900.0);
    let (outer, _) = ui.allocate_exact_size(vec2(width, 84.0), Sense::hover());
    let third = width / 3.0;
    let mut clicked = None;
    for (i, stance) in Stance::ALL.into_iter().enumerate() {
        let column = Rect::from_min_size(
            Pos2::new(outer.left() + i as f32 * third, outer.top()),
            vec2(third, outer.height()),
        )
        .shrink(6.0);
        let name = content.stance(stance).name.get(lang);
        let response = ui.interact(column, ui.scope_id().with(("stance", i)), Sense::click());
        response.widget_info(|| {
            WidgetInfo::selected(Role::Button, true, selected == Some(stance), name)
        });
        let colour = theme::stance(stance);
        let active = response.hovered() || response.has_focus() || selected == Some(stance);
        let painter = ui.painter();
        if active {
            painter.rect_stroke(
                column,
                6.0,
                Stroke::new(theme::STROKE_MARK, colour),
                egui::StrokeKind::Outside,
            );
        }
        painter.text(
            Pos2::new(column.left() + 4.0, column.top() + 10.0),
            Align2::LEFT_CENTER,
            name,
            FontId::proportional(theme::TEXT_BODY),
            ui.visuals().strong_text_color(),
        );
        let bar = Rect::from_min_size(
            Pos2::new(column.left() + 4.0, column.top() + 30.0),
            vec2(column.width() - 8.0, BAR_HEIGHT),
        );
        painter.rect_filled(bar, 3.0, ui.visuals().faint_bg_color);
        painter.rect_stroke(
            bar,
            3.0,
            Stroke::new(theme::STROKE_HAIR, theme::axis()),
            egui::StrokeKind::Inside,
        );
        let x_of = |v: f32| bar.left() + v.clamp(0.0, 100.0) / 100.0 * bar.width();
        painter.line_segment(
            [
                Pos2::new(x_of(50.0), bar.top() - 3.0),
                Pos2::new(x_of(50.0), bar.bottom() + 3.0),
            ],
            Stroke::new(theme::STROKE_HAIR, ui.visuals().weak_text_color()),
        );
        let score = profile.and_then(|p| p.score_band(Dimension::Stance(stance)));
        let label = match score {
            Some((v, se)) => {
                let band = Rect::from_x_y_ranges(x_of(v - se)..=x_of(v + se), bar.y_range());
                painter.rect_filled(band, 3.0, theme::mix(colour, ui.visuals().panel_fill, 0.5));
                painter.circle(
                    Pos2::new(x_of(v), bar.center().y),
                    7.0,
                    colour,
                    Stroke::new(theme::STROKE_MARK, ui.visuals().extreme_bg_color),
                );
                format!("{v:.0} ± {se:.0}")
            }
            None => "–".to_owned(),
        };
        painter.text(
            Pos2::new(column.left() + 4.0, bar.bottom() + 14.0),
            Align2::LEFT_CENTER,
            label,
            FontId::proportional(theme::TEXT_MONO),
            ui.visuals().text_color(),
        );
        if response.clicked() {
            clicked = Some(stance);
        }
    }
    clicked
}
