//! A figure's legend: a row of small swatches, each drawn the way the mark is drawn in the
//! figure, with its meaning beside it and a longer explanation as a tooltip. Legends sit
//! outside the figure they explain, so they never cover data. A swatch that is a patch of
//! colour (a field, a cell, a band) has an edge in the theme's control-edge colour, so that it
//! shows on the page however close its fill comes to the page's colour.

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
    /// A field of a board with its number: the fill, and a "±" in the ink the numbers have.
    Field(Color32),
    /// A cell of the repertoire map: the cell's `fill` with the zone's `stripe` down its left.
    Stripe {
        /// The cell's fill.
        fill: Color32,
        /// The zone's colour.
        stripe: Color32,
    },
    /// A ramp per row, light to deep, as the map shades its cells by count: one row for each
    /// colour (from the page's colour towards it).
    Ramp([Color32; 3]),
    /// A line with a marker, as a series in a chart; `dashed` as drawn.
    Line {
        /// The series colour.
        colour: Color32,
        /// Whether the line is dashed.
        dashed: bool,
    },
}

/// One legend entry as data, so tests can check what a figure's legend holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// How the mark is drawn.
    pub swatch: Swatch,
    /// What it means, in a few words.
    pub text: String,
    /// The longer explanation.
    pub tip: String,
}

impl Entry {
    /// An entry from its swatch and texts.
    pub fn new(swatch: Swatch, text: &str, tip: &str) -> Entry {
        Entry {
            swatch,
            text: text.to_owned(),
            tip: tip.to_owned(),
        }
    }
}

/// A legend of `entries` under a small heading, wrapping.
pub fn entries(ui: &mut Ui, heading: &str, entries: &[Entry]) {
    row(ui, heading, |ui| {
        for e in entries {
            item(ui, e.swatch, &e.text, &e.tip);
        }
    });
}

/// How many swatch heights wide a swatch is.
fn width_of(swatch: Swatch) -> f32 {
    match swatch {
        Swatch::Ramp(_) => 2.4,
        _ => 1.4,
    }
}

/// One entry: a swatch, a short text and a tooltip that says more.
pub fn item(ui: &mut Ui, swatch: Swatch, text: &str, tip: &str) -> egui::Response {
    let side = ui.text_style_height(&egui::TextStyle::Body);
    let swatch_w = side * width_of(swatch);
    // In a wrapping row, an entry that does not fit what is left of the line starts a new
    // line as a whole (an inner `horizontal` would not wrap by itself).
    let font = egui::TextStyle::Small.resolve(ui.style());
    let width = ui
        .painter()
        .layout_no_wrap(text.to_owned(), font, Color32::PLACEHOLDER)
        .size()
        .x
        + swatch_w
        + theme::SPACE_XS;
    if ui.layout().main_wrap && width > ui.available_size_before_wrap().x {
        ui.end_row();
    }
    let response = ui
        .horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = theme::SPACE_XS;
            let (rect, _) = ui.allocate_exact_size(vec2(swatch_w, side), Sense::hover());
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
    let edge = Stroke::new(theme::STROKE_HAIR, theme::scheme(ui.visuals()).edge);
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
            painter.rect(band, 2.0, colour, edge, egui::StrokeKind::Outside);
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
        Swatch::Field(colour) => {
            let field = rect.shrink(1.0);
            painter.rect(field, 3.0, colour, edge, egui::StrokeKind::Inside);
            painter.text(
                c,
                egui::Align2::CENTER_CENTER,
                "±",
                egui::FontId::proportional(field.height() * 0.8),
                theme::on(colour),
            );
        }
        Swatch::Stripe { fill, stripe } => {
            let cell = rect.shrink(1.0);
            painter.rect(cell, 2.0, fill, edge, egui::StrokeKind::Inside);
            let bar = Rect::from_min_size(cell.min, vec2(cell.width() * 0.25, cell.height()));
            painter.rect_filled(bar, 2.0, stripe);
        }
        Swatch::Ramp(colours) => {
            let area = rect.shrink(1.0);
            let rows = colours.len() as f32;
            let steps = 4;
            for (r, colour) in colours.iter().enumerate() {
                for k in 0..steps {
                    let t = super::heat::shade(k, steps - 1);
                    let w = area.width() / steps as f32;
                    let h = area.height() / rows;
                    let cell = Rect::from_min_size(
                        Pos2::new(area.left() + k as f32 * w, area.top() + r as f32 * h),
                        vec2(w, h),
                    );
                    painter.rect_filled(cell, 0.0, theme::mix(halo, *colour, t));
                }
            }
            painter.rect_stroke(area, 2.0, edge, egui::StrokeKind::Outside);
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

#[cfg(test)]
#[path = "legend_tests.rs"]
mod tests;
