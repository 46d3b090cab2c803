//! A figure's legend: a row of small swatches, each drawn the way the mark is drawn in the
//! figure, with its meaning beside it and a longer explanation as a tooltip. Legends sit
//! outside the figure they explain, so they never cover data.

use egui::{Color32, Pos2, Rect, Role, Sense, Stroke, Ui, WidgetInfo, vec2};

use super::super::theme;

/// How a legend entry's swatch is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Swatch {
    /// A filled dot with a ring, as the position and score markers.
    Dot(Color32),
    /// An open ring, as the reliable-change mark.
    Ring(Color32),
    /// A rounded outline, as the comfort zone.
    Outline(Color32),
    /// A shaded stretch, as a band of ± one standard error.
    Band(Color32),
    /// A short vertical tick, as the middle of a scale.
    Tick(Color32),
    /// A filled square, as a field or a zone's colour.
    Fill(Color32),
    /// A line with a marker, as a series in a chart; `dashed` as drawn.
    Line {
        /// The series colour.
        colour: Color32,
        /// Whether the line is dashed.
        dashed: bool,
    },
}

/// One entry: a swatch, a short text and a tooltip that says more.
pub fn item(ui: &mut Ui, swatch: Swatch, text: &str, tip: &str) -> egui::Response {
    let side = ui.text_style_height(&egui::TextStyle::Body);
    // In a wrapping row, an entry that does not fit what is left of the line starts a new
    // line as a whole (an inner `horizontal` would not wrap by itself).
    let font = egui::TextStyle::Small.resolve(ui.style());
    let width = ui
        .painter()
        .layout_no_wrap(text.to_owned(), font, Color32::PLACEHOLDER)
        .size()
        .x
        + side * 1.4
        + theme::SPACE_XS;
    if ui.layout().main_wrap && width > ui.available_size_before_wrap().x {
        ui.end_row();
    }
    let response = ui
        .horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = theme::SPACE_XS;
            let (rect, _) = ui.allocate_exact_size(vec2(side * 1.4, side), Sense::hover());
            paint(ui, rect, swatch);
            ui.label(egui::RichText::new(text).small());
        })
        .response;
    let id = ui.scope_id().with(("legend", text));
    let response = ui.interact(response.rect, id, Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::ListItem, true, format!("{text}: {tip}")));
    response.on_hover_text(tip)
}

/// A wrapping row of entries under a small heading.
pub fn row(ui: &mut Ui, heading: &str, add: impl FnOnce(&mut Ui)) {
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(heading).small().strong());
        add(ui);
    });
}

fn paint(ui: &Ui, rect: Rect, swatch: Swatch) {
    let painter = ui.painter();
    let c = rect.center();
    let r = rect.height() * 0.3;
    let halo = ui.visuals().extreme_bg_color;
    match swatch {
        Swatch::Dot(colour) => {
            painter.circle(c, r, colour, Stroke::new(theme::STROKE_MARK, halo));
        }
        Swatch::Ring(colour) => {
            painter.circle_stroke(c, r * 1.3, Stroke::new(theme::STROKE_MARK, colour));
        }
        Swatch::Outline(colour) => {
            painter.rect_stroke(
                rect.shrink(2.0),
                theme::RADIUS_SMALL,
                Stroke::new(theme::STROKE_STRONG, colour),
                egui::StrokeKind::Inside,
            );
        }
        Swatch::Band(colour) => {
            let band = Rect::from_center_size(c, vec2(rect.width() * 0.8, rect.height() * 0.5));
            painter.rect_filled(band, 2.0, colour);
        }
        Swatch::Tick(colour) => {
            painter.line_segment(
                [
                    Pos2::new(c.x, rect.top() + 1.0),
                    Pos2::new(c.x, rect.bottom() - 1.0),
                ],
                Stroke::new(theme::STROKE_MARK, colour),
            );
        }
        Swatch::Fill(colour) => {
            painter.rect_filled(
                Rect::from_center_size(c, vec2(rect.height(), rect.height()) * 0.8),
                2.0,
                colour,
            );
        }
        Swatch::Line { colour, dashed } => {
            let (a, b) = (Pos2::new(rect.left(), c.y), Pos2::new(rect.right(), c.y));
            let stroke = Stroke::new(theme::STROKE_MARK, colour);
            if dashed {
                painter.add(egui::Shape::dashed_line(&[a, b], stroke, 4.0, 3.0));
            } else {
                painter.line_segment([a, b], stroke);
            }
            painter.circle_filled(c, r * 0.8, colour);
        }
    }
}
