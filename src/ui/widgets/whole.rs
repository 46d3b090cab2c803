//! Links and labels that keep to a box of their own in a wrapping row. egui lets text in such
//! a row start at the end of one line and wrap into the next; its box then spans both lines,
//! covers what came before it on the first and, for a link, takes its clicks. These move to
//! the next line whole, and wrap (between words) only when wider than a whole line.

use egui::{Response, TextWrapMode, Ui, WidgetText};

fn galley(ui: &Ui, text: impl Into<WidgetText>) -> std::sync::Arc<egui::Galley> {
    text.into().into_galley(
        ui,
        Some(TextWrapMode::Wrap),
        ui.available_width(),
        egui::TextStyle::Body,
    )
}

/// Adds a link reading `text`; its response, like `ui.link`.
pub fn link(ui: &mut Ui, text: impl Into<WidgetText>) -> Response {
    let galley = galley(ui, text);
    ui.add(egui::Link::new(galley))
}

/// Adds a label reading `text`, like `ui.label`.
pub fn label(ui: &mut Ui, text: impl Into<WidgetText>) -> Response {
    let galley = galley(ui, text);
    ui.add(egui::Label::new(galley))
}
