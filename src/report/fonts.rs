//! The two faces a document uses, both already in the dependency tree through egui:
//! Ubuntu Light for text (Ubuntu Font Licence 1.0) and Hack for the recovery code (MIT and
//! Bitstream Vera licence). krilla embeds only the glyphs used; rustybuzz, the shaper krilla
//! uses, measures a line before it is placed.

use super::ReportError;

/// Which face.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Face {
    /// Ubuntu Light: every text.
    Text,
    /// Hack: the recovery code, where 0 and O must differ.
    Mono,
}

/// The faces, loaded once per document.
pub(super) struct Fonts {
    text: krilla::text::Font,
    mono: krilla::text::Font,
    text_shape: rustybuzz::Face<'static>,
    mono_shape: rustybuzz::Face<'static>,
}

impl Fonts {
    /// Loads both faces from the bytes compiled into the binary.
    pub(super) fn load() -> Result<Self, ReportError> {
        let text_bytes: &'static [u8] = epaint_default_fonts::UBUNTU_LIGHT;
        let mono_bytes: &'static [u8] = epaint_default_fonts::HACK_REGULAR;
        Ok(Self {
            text: krilla::text::Font::new(text_bytes.into(), 0).ok_or(ReportError::Font)?,
            mono: krilla::text::Font::new(mono_bytes.into(), 0).ok_or(ReportError::Font)?,
            text_shape: rustybuzz::Face::from_slice(text_bytes, 0).ok_or(ReportError::Font)?,
            mono_shape: rustybuzz::Face::from_slice(mono_bytes, 0).ok_or(ReportError::Font)?,
        })
    }

    /// The face to draw with.
    pub(super) fn font(&self, face: Face) -> krilla::text::Font {
        match face {
            Face::Text => self.text.clone(),
            Face::Mono => self.mono.clone(),
        }
    }

    /// The width of `text` on one line at `size` points.
    pub(super) fn width(&self, face: Face, text: &str, size: f32) -> f32 {
        let shaper = match face {
            Face::Text => &self.text_shape,
            Face::Mono => &self.mono_shape,
        };
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        let glyphs = rustybuzz::shape(shaper, &[], buffer);
        let advance: i64 = glyphs
            .glyph_positions()
            .iter()
            .map(|p| i64::from(p.x_advance))
            .sum();
        advance as f32 * size / shaper.units_per_em().max(1) as f32
    }
}
