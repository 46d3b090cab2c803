//! An error told next to the field or button it concerns, in the interface's language.

use egui::{RichText, Ui};

use crate::content::Lang;
use crate::ui::errors::Explain;

/// Draws the explanation of `error`, if any, in the error colour, wrapped.
pub fn ui(ui: &mut Ui, error: Option<&dyn Explain>, lang: Lang) {
    if let Some(e) = error {
        let colour = ui.visuals().error_fg_color;
        ui.add(egui::Label::new(RichText::new(e.explain(lang)).color(colour)).wrap());
    }
}
