//! Columns that never break a word: side by side while every word of their texts fits a
//! column, else one under the other across the whole width (large text, a narrow window).

use egui::{Color32, FontId, Ui};

/// The width of the widest word of `text` in `font`: the narrowest a column may be.
pub fn widest_word(ui: &Ui, text: &str, font: &FontId) -> f32 {
    text.split_whitespace()
        .map(|w| {
            ui.painter()
                .layout_no_wrap(w.to_owned(), font.clone(), Color32::PLACEHOLDER)
                .size()
                .x
        })
        .fold(0.0, f32::max)
}

/// Draws `n` columns with `add(ui, i)`: side by side when each has room for the widest word
/// of `texts` (in the body font, beside a checkbox or inside a button), else stacked.
pub fn ui(ui: &mut Ui, n: usize, texts: &[&str], mut add: impl FnMut(&mut Ui, usize)) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let spacing = ui.spacing();
    let chrome = spacing.icon_width + spacing.icon_spacing + 2.0 * spacing.button_padding.x;
    let column = (ui.available_width() - spacing.item_spacing.x * (n as f32 - 1.0)) / n as f32;
    let widest = texts
        .iter()
        .map(|t| widest_word(ui, t, &font))
        .fold(0.0, f32::max);
    if widest + chrome <= column {
        ui.columns(n, |cols| {
            for (i, col) in cols.iter_mut().enumerate() {
                add(col, i);
            }
        });
    } else {
        for i in 0..n {
            ui.vertical(|ui| add(ui, i));
        }
    }
}
