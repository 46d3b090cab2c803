//! Measuring text before a figure is laid out, so that its columns can be chosen to fit.

use egui::{Color32, FontId, Ui};

/// The width in points of the widest single word of `texts` at `size`: a column narrower
/// than this would break a word in two.
pub fn widest_word<'a>(ui: &Ui, texts: impl Iterator<Item = &'a str>, size: f32) -> f32 {
    texts
        .flat_map(str::split_whitespace)
        .map(|w| {
            ui.painter()
                .layout_no_wrap(
                    w.to_owned(),
                    FontId::proportional(size),
                    Color32::PLACEHOLDER,
                )
                .size()
                .x
        })
        .fold(0.0, f32::max)
}
