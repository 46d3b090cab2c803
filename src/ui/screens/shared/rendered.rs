//! A summary drawn as a reader sees it: the consent header as a table of its own, then the
//! Markdown rendered (headings, bold, lists) by egui_commonmark. What to show comes from the
//! domain (`export::for_display`); nothing here parses the file.

use egui::{RichText, TextStyle, Ui};
use egui_commonmark::{CommonMarkCache, CommonMarkViewer};

use crate::content::Lang;
use crate::ui::i18n::S;
use crate::ui::theme;

/// Renders `markdown` in the page, without a scroll box of its own. Its headings sit below the
/// page's: egui_commonmark sizes them between the body and the `Heading` text style, which is
/// the page title's size, so here that style is set to the summary's own top size.
pub fn body(ui: &mut Ui, cache: &mut CommonMarkCache, markdown: &str) {
    ui.scope(|ui| {
        ui.set_width(ui.available_width());
        if let Some(font) = ui.style_mut().text_styles.get_mut(&TextStyle::Heading) {
            font.size = theme::TEXT_RENDERED_HEADING;
        }
        CommonMarkViewer::new().show(ui, cache, markdown);
    });
}

/// The header rows as a two-column table: a label, and its value in bold ("–" when empty).
pub fn header_grid(ui: &mut Ui, id: &str, rows: &[(S, String)], lang: Lang) {
    egui::Grid::new(id).num_columns(2).show(ui, |ui| {
        for (key, value) in rows {
            ui.label(key.get(lang));
            let value = if value.trim().is_empty() {
                "–"
            } else {
                value.as_str()
            };
            ui.add(egui::Label::new(RichText::new(value).strong()).wrap());
            ui.end_row();
        }
    });
}

/// A day as shown, or "–".
pub fn day(d: Option<crate::journal::Date>) -> String {
    d.map_or_else(|| "–".to_owned(), |d| d.to_string())
}
