//! A link that keeps to a box of its own. egui lets a link in a row of links start at the end
//! of one row and wrap into the next; its box then spans both rows, covers the links before
//! it and takes their clicks. This one moves to the next row whole, and wraps (between
//! words) only when it is wider than a whole row.

use egui::{Response, TextWrapMode, Ui};

/// Adds a link reading `text`; its response, like `ui.link`.
pub fn ui(ui: &mut Ui, text: &str) -> Response {
    let galley = egui::WidgetText::from(text).into_galley(
        ui,
        Some(TextWrapMode::Wrap),
        ui.available_width(),
        egui::TextStyle::Body,
    );
    ui.add(egui::Link::new(galley))
}
