//! Small coloured labels for ethics zones and phases.

use egui::{Color32, RichText, Ui};

use super::super::theme;

/// The room left and right of a badge's text, in points.
const BADGE_MARGIN_X: i8 = 8;

/// A rounded label with a coloured background.
pub fn badge(ui: &mut Ui, text: &str, fill: Color32) -> egui::Response {
    // In a wrapping row, a badge that does not fit what is left of the line starts a new line
    // instead of being squeezed into a column one letter wide (large text sizes).
    let font = egui::TextStyle::Small.resolve(ui.style());
    let margin = 2.0 * f32::from(BADGE_MARGIN_X);
    let width = ui
        .painter()
        .layout_no_wrap(text.to_owned(), font, Color32::PLACEHOLDER)
        .size()
        .x
        + margin;
    if ui.layout().main_wrap && width > ui.available_size_before_wrap().x {
        ui.end_row();
    }
    egui::Frame::new()
        .fill(fill)
        .corner_radius(theme::RADIUS_SMALL)
        .inner_margin(egui::Margin::symmetric(BADGE_MARGIN_X, 3))
        .show(ui, |ui| {
            ui.label(RichText::new(text).color(theme::on(fill)).small().strong())
        })
        .response
}
