//! Small line icons drawn with the painter from simple shapes (lines, circles, rectangles),
//! so they need no font glyph that might be missing and scale with the text size. An icon
//! is decoration beside a visible label: the label stays the accessible name.

use egui::{Color32, Painter, Pos2, Rect, Shape, Stroke, StrokeKind, vec2};

use super::super::theme;

/// The icons of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    /// A house: the welcome page.
    Home,
    /// A compass: the path for new hires.
    Compass,
    /// A list with tick boxes: the questionnaire.
    Checklist,
    /// Three bars: the profile.
    Bars,
    /// Four tiles: the tactics grid.
    Tiles,
    /// A notebook: the journal.
    Notebook,
    /// Three joined dots: sharing with a coach.
    Share,
    /// Three sliders: the settings.
    Sliders,
    /// An open book: the glossary.
    Book,
    /// A calendar sheet: the date picker.
    Calendar,
    /// A speech bubble: a coach's feedback.
    Speech,
}

/// Draws `icon` inside `rect` (square is best) in `colour`.
pub fn paint(painter: &Painter, rect: Rect, icon: Icon, colour: Color32) {
    let side = rect.width().min(rect.height());
    let frame = Rect::from_center_size(rect.center(), vec2(side, side));
    // Points in the icon's own unit square, 0 to 1 from the top left.
    let p = |x: f32, y: f32| frame.min + vec2(x, y) * side;
    let stroke = Stroke::new(theme::STROKE_ICON, colour);
    let line = |points: &[Pos2]| painter.add(Shape::line(points.to_vec(), stroke));
    let sq = |x: f32, y: f32, w: f32, h: f32| Rect::from_min_max(p(x, y), p(x + w, y + h));
    let radius = side * 0.08;
    match icon {
        Icon::Home => {
            line(&[p(0.08, 0.5), p(0.5, 0.12), p(0.92, 0.5)]);
            line(&[p(0.2, 0.42), p(0.2, 0.9), p(0.8, 0.9), p(0.8, 0.42)]);
            painter.rect_stroke(sq(0.42, 0.62, 0.16, 0.28), 0.0, stroke, StrokeKind::Middle);
        }
        Icon::Compass => {
            painter.circle_stroke(p(0.5, 0.5), side * 0.42, stroke);
            let needle = vec![p(0.66, 0.34), p(0.56, 0.56), p(0.34, 0.66), p(0.44, 0.44)];
            painter.add(Shape::convex_polygon(needle, colour, Stroke::NONE));
        }
        Icon::Checklist => {
            for (i, y) in [0.14f32, 0.42, 0.7].into_iter().enumerate() {
                let bx = sq(0.06, y, 0.2, 0.2);
                painter.rect_stroke(bx, radius * 0.5, stroke, StrokeKind::Middle);
                if i < 2 {
                    line(&[p(0.1, y + 0.1), p(0.15, y + 0.16), p(0.24, y + 0.04)]);
                }
                line(&[p(0.38, y + 0.1), p(0.94, y + 0.1)]);
            }
        }
        Icon::Bars => {
            for (x, top) in [(0.12f32, 0.5f32), (0.4, 0.18), (0.68, 0.36)] {
                painter.rect_filled(sq(x, top, 0.2, 0.86 - top), radius * 0.5, colour);
            }
            line(&[p(0.04, 0.92), p(0.96, 0.92)]);
        }
        Icon::Tiles => {
            for (x, y) in [(0.08f32, 0.08f32), (0.54, 0.08), (0.08, 0.54), (0.54, 0.54)] {
                painter.rect_stroke(sq(x, y, 0.38, 0.38), radius, stroke, StrokeKind::Middle);
            }
        }
        Icon::Notebook => {
            painter.rect_stroke(
                sq(0.16, 0.06, 0.7, 0.88),
                radius,
                stroke,
                StrokeKind::Middle,
            );
            line(&[p(0.32, 0.06), p(0.32, 0.94)]);
            line(&[p(0.44, 0.32), p(0.74, 0.32)]);
            line(&[p(0.44, 0.5), p(0.74, 0.5)]);
        }
        Icon::Share => {
            let (a, b, c) = (p(0.74, 0.2), p(0.26, 0.5), p(0.74, 0.8));
            line(&[a, b, c]);
            for dot in [a, b, c] {
                painter.circle_filled(dot, side * 0.13, colour);
            }
        }
        Icon::Sliders => {
            for (y, knob) in [(0.2f32, 0.3f32), (0.5, 0.7), (0.8, 0.45)] {
                line(&[p(0.06, y), p(0.94, y)]);
                painter.circle_filled(p(knob, y), side * 0.11, colour);
            }
        }
        Icon::Book => {
            line(&[p(0.5, 0.24), p(0.5, 0.9)]);
            line(&[p(0.5, 0.24), p(0.3, 0.14), p(0.06, 0.18), p(0.06, 0.82)]);
            line(&[
                p(0.06, 0.82),
                p(0.3, 0.78),
                p(0.5, 0.9),
                p(0.7, 0.78),
                p(0.94, 0.82),
            ]);
            line(&[p(0.94, 0.82), p(0.94, 0.18), p(0.7, 0.14), p(0.5, 0.24)]);
        }
        Icon::Speech => {
            painter.rect_stroke(
                sq(0.06, 0.12, 0.88, 0.58),
                radius * 2.0,
                stroke,
                StrokeKind::Middle,
            );
            line(&[p(0.3, 0.7), p(0.24, 0.92), p(0.5, 0.7)]);
        }
        Icon::Calendar => {
            painter.rect_stroke(
                sq(0.08, 0.16, 0.84, 0.76),
                radius,
                stroke,
                StrokeKind::Middle,
            );
            line(&[p(0.08, 0.38), p(0.92, 0.38)]);
            line(&[p(0.3, 0.06), p(0.3, 0.24)]);
            line(&[p(0.7, 0.06), p(0.7, 0.24)]);
            for (x, y) in [(0.3f32, 0.56f32), (0.5, 0.56), (0.7, 0.56), (0.3, 0.76)] {
                painter.circle_filled(p(x, y), side * 0.05, colour);
            }
        }
    }
}

/// An atom for a button or label: `icon` at the size of an icon, in the text's colour.
pub fn atom<'a>(icon: Icon) -> egui::Atom<'a> {
    egui::Atom::paint(vec2(theme::ICON_SIZE, theme::ICON_SIZE), move |ui, args| {
        paint(ui.painter(), args.rect, icon, args.fallback_text_color);
    })
}
