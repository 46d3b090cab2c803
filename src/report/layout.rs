//! Text flowing down A4 pages: headings, wrapped paragraphs, list items, gaps, and room kept
//! for a figure; a new page when the next block does not fit, and a footer on every page.

use super::draw::{Op, PAGE_H, PAGE_W, Rgb};
use super::fonts::{Face, Fonts};
use super::words::{W, fill};
use crate::content::Lang;

/// The page margin, in points.
pub(super) const MARGIN: f32 = 56.0;
/// The width text may take.
pub(super) const WIDTH: f32 = PAGE_W - 2.0 * MARGIN;
/// Where a table's second column starts.
const COLUMN: f32 = 200.0;
const BOTTOM: f32 = PAGE_H - MARGIN;

/// Ink colours of print: near-black text, a grey for captions.
pub(super) const INK: Rgb = (0x1a, 0x1a, 0x1a);
/// Captions, footers.
pub(super) const MUTED: Rgb = (0x55, 0x55, 0x55);
/// Headings.
pub(super) const HEADING: Rgb = (0x1f, 0x3a, 0x5f);

/// Body text size.
pub(super) const BODY: f32 = 10.5;
/// Caption size.
pub(super) const SMALL: f32 = 8.5;

/// What a paragraph looks like.
#[derive(Debug, Clone, Copy)]
pub(super) struct Style {
    /// Font size.
    pub size: f32,
    /// Colour.
    pub colour: Rgb,
    /// Which face.
    pub face: Face,
    /// Indent from the left margin.
    pub indent: f32,
}

impl Style {
    /// Body text.
    pub(super) const BODY: Style = Style {
        size: BODY,
        colour: INK,
        face: Face::Text,
        indent: 0.0,
    };
    /// A caption under or over a figure.
    pub(super) const CAPTION: Style = Style {
        size: SMALL,
        colour: MUTED,
        face: Face::Text,
        indent: 0.0,
    };
}

/// The pages being laid out.
pub(super) struct Flow<'f> {
    /// The faces, for measuring.
    pub fonts: &'f Fonts,
    pages: Vec<Vec<Op>>,
    /// Where the next block starts (top of its first line's box).
    pub y: f32,
}

impl<'f> Flow<'f> {
    /// An empty first page.
    pub(super) fn new(fonts: &'f Fonts) -> Self {
        Self {
            fonts,
            pages: vec![Vec::new()],
            y: MARGIN,
        }
    }

    /// Draws on the current page.
    pub(super) fn push(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    /// Starts a new page unless `height` more points fit on this one.
    pub(super) fn ensure(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > MARGIN {
            self.pages.push(Vec::new());
            self.y = MARGIN;
        }
    }

    /// Vertical space.
    pub(super) fn gap(&mut self, points: f32) {
        self.y += points;
    }

    /// A heading: level 1 is the title, 2 a section, 3 a subsection. Kept with the line
    /// after it.
    pub(super) fn heading(&mut self, text: &str, level: u8) {
        let size = match level {
            1 => 20.0,
            2 => 14.0,
            _ => 12.0,
        };
        let style = Style {
            size,
            colour: HEADING,
            face: Face::Text,
            indent: 0.0,
        };
        self.ensure(size * 1.3 + BODY * 2.6);
        self.gap(if level == 1 { 0.0 } else { size * 0.6 });
        self.paragraph(text, style);
        self.gap(size * 0.2);
    }

    /// A wrapped paragraph, then a small gap.
    pub(super) fn paragraph(&mut self, text: &str, style: Style) {
        self.lines(text, style, style.indent, WIDTH - style.indent);
        self.gap(style.size * 0.5);
    }

    /// A list item: a bullet and the wrapped text beside it.
    pub(super) fn bullet(&mut self, text: &str, style: Style) {
        let indent = style.indent + 14.0;
        self.ensure(style.size * 1.4);
        self.push(Op::Text {
            x: MARGIN + style.indent + 3.0,
            y: self.y + style.size,
            size: style.size,
            face: Face::Text,
            colour: style.colour,
            text: "•".to_owned(),
        });
        self.lines(text, style, indent, WIDTH - indent);
        self.gap(style.size * 0.25);
    }

    /// A table row: a label and, in a second column, its value.
    pub(super) fn row(&mut self, label: &str, value: &str, style: Style) {
        let leading = style.size * 1.5;
        self.ensure(leading);
        for (x, text) in [(0.0, label), (COLUMN, value)] {
            self.push(Op::Text {
                x: MARGIN + x,
                y: self.y + style.size,
                size: style.size,
                face: style.face,
                colour: style.colour,
                text: text.to_owned(),
            });
        }
        self.y += leading;
    }

    /// Wrapped lines at `indent`, `width` wide, breaking pages between lines.
    fn lines(&mut self, text: &str, style: Style, indent: f32, width: f32) {
        let leading = style.size * 1.4;
        for line in self.wrap(text, style, width) {
            self.ensure(leading);
            self.push(Op::Text {
                x: MARGIN + indent,
                y: self.y + style.size,
                size: style.size,
                face: style.face,
                colour: style.colour,
                text: line,
            });
            self.y += leading;
        }
    }

    /// Splits text into lines no wider than `width`; a word wider than a line is broken.
    /// Each word is measured once and a line's width is the sum of its words and spaces.
    pub(super) fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        let measure = |s: &str| self.fonts.width(style.face, s, style.size);
        let space = measure(" ");
        let mut lines = Vec::new();
        for para in text.split('\n') {
            let (mut line, mut used) = (String::new(), 0.0);
            for word in para.split_whitespace() {
                let w = measure(word);
                let gap = if line.is_empty() { 0.0 } else { space };
                if used + gap + w <= width {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                    used += gap + w;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                used = w;
                if w <= width {
                    line.push_str(word);
                    continue;
                }
                // A word longer than the line (a long path or key) is cut where it must be.
                for c in word.chars() {
                    line.push(c);
                    if line.chars().count() > 1 && measure(&line) > width {
                        line.pop();
                        lines.push(std::mem::take(&mut line));
                        line.push(c);
                    }
                }
                used = measure(&line);
            }
            lines.push(line);
        }
        lines
    }

    /// The pages, each with its footer (`Ambtelijke Ruimte · page n of m`).
    pub(super) fn finish(mut self, lang: Lang) -> Vec<Vec<Op>> {
        let total = self.pages.len().to_string();
        for (i, page) in self.pages.iter_mut().enumerate() {
            page.push(Op::Text {
                x: MARGIN,
                y: PAGE_H - MARGIN / 2.0,
                size: SMALL,
                face: Face::Text,
                colour: MUTED,
                text: fill(W::Footer.get(lang), &[&(i + 1).to_string(), &total]),
            });
        }
        self.pages
    }
}
