//! Small coloured labels for ethics zones and phases.

use egui::{Color32, RichText, Ui};

use super::super::theme;

/// A rounded label with a coloured background.
pub fn badge(ui: &mut Ui, text: &str, fill: Color32) -> egui::Response {
    egui::Frame::new()
        .fill(fill)
        .corner_radius(theme::RADIUS_SMALL)
        .inner_margin(egui::Margin::symmetric(8, 3))
        .show(ui, |ui| {
            ui.label(RichText::new(text).color(theme::on(fill)).small().strong())
        })
        .response
}
