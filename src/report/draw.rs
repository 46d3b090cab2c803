//! The drawing operations a page is made of, and their rendering into PDF by krilla: text
//! with an embedded, subsetted font, and rectangles, circles and lines as vector paths.
//! Nothing is ever drawn as an image.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::TextDirection;

use super::ReportError;
use super::fonts::{Face, Fonts};
use crate::content::Lang;

/// An sRGB colour.
pub(super) type Rgb = (u8, u8, u8);

/// A4 in points.
pub(super) const PAGE_W: f32 = 595.28;
/// A4 in points.
pub(super) const PAGE_H: f32 = 841.89;

/// One thing drawn on a page; coordinates in points from the top left, y downwards.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Op {
    /// Text on one line; `y` is the baseline.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline.
        y: f32,
        /// Font size in points.
        size: f32,
        /// Which face.
        face: Face,
        /// Its colour.
        colour: Rgb,
        /// The text.
        text: String,
    },
    /// A rectangle, filled and/or outlined.
    Rect {
        /// Left, top, width, height.
        at: [f32; 4],
        /// Fill colour.
        fill: Option<Rgb>,
        /// Outline colour and width.
        stroke: Option<(Rgb, f32)>,
    },
    /// A circle, filled and/or outlined.
    Circle {
        /// Centre x, centre y, radius.
        at: [f32; 3],
        /// Fill colour.
        fill: Option<Rgb>,
        /// Outline colour and width.
        stroke: Option<(Rgb, f32)>,
    },
    /// A straight line.
    Line {
        /// From x, from y, to x, to y.
        at: [f32; 4],
        /// Colour and width.
        stroke: (Rgb, f32),
    },
}

/// What the document says about itself (title and language, for readers and search).
pub(super) struct Meta {
    /// The document's title.
    pub title: String,
    /// Its language.
    pub lang: Lang,
}

/// Renders the pages into a PDF.
pub(super) fn render(
    pages: &[Vec<Op>],
    fonts: &Fonts,
    meta: &Meta,
) -> Result<Vec<u8>, ReportError> {
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(meta.title.clone())
            .language(meta.lang.code().to_owned())
            .creator("Ambtelijke Ruimte".to_owned()),
    );
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H)
        .ok_or_else(|| ReportError::Pdf("page size".into()))?;
    for ops in pages {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        for op in ops {
            draw(&mut surface, op, fonts);
        }
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| ReportError::Pdf(format!("{e:?}")))
}

fn fill(colour: Rgb) -> Fill {
    Fill {
        paint: rgb::Color::new(colour.0, colour.1, colour.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn stroke((colour, width): (Rgb, f32)) -> Stroke {
    Stroke {
        paint: rgb::Color::new(colour.0, colour.1, colour.2).into(),
        width,
        ..Stroke::default()
    }
}

fn draw(surface: &mut Surface<'_>, op: &Op, fonts: &Fonts) {
    match op {
        Op::Text {
            x,
            y,
            size,
            face,
            colour,
            text,
        } => {
            surface.set_fill(Some(fill(*colour)));
            surface.set_stroke(None);
            surface.draw_text(
                Point::from_xy(*x, *y),
                fonts.font(*face),
                *size,
                text,
                false,
                TextDirection::Auto,
            );
        }
        Op::Rect {
            at: [x, y, w, h],
            fill: f,
            stroke: s,
        } => {
            let mut path = PathBuilder::new();
            path.move_to(*x, *y);
            path.line_to(x + w, *y);
            path.line_to(x + w, y + h);
            path.line_to(*x, y + h);
            path.close();
            paint(surface, path, *f, *s);
        }
        Op::Circle {
            at: [cx, cy, r],
            fill: f,
            stroke: s,
        } => paint(surface, circle(*cx, *cy, *r), *f, *s),
        Op::Line {
            at: [x1, y1, x2, y2],
            stroke: s,
        } => {
            let mut path = PathBuilder::new();
            path.move_to(*x1, *y1);
            path.line_to(*x2, *y2);
            paint(surface, path, None, Some(*s));
        }
    }
}

fn paint(surface: &mut Surface<'_>, path: PathBuilder, f: Option<Rgb>, s: Option<(Rgb, f32)>) {
    let Some(path) = path.finish() else {
        return;
    };
    surface.set_fill(f.map(fill));
    surface.set_stroke(s.map(stroke));
    surface.draw_path(&path);
}

/// A circle from four cubic Béziers (the usual 0.5523 control distance).
fn circle(cx: f32, cy: f32, r: f32) -> PathBuilder {
    let k = 0.552_284_8 * r;
    let mut p = PathBuilder::new();
    p.move_to(cx + r, cy);
    p.cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    p.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    p.cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    p.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    p.close();
    p
}
