//! A labelled drop-down for an optional filter: "All" or one of the options.

use egui::Ui;

use crate::ui::theme;

/// Draws `label` and a combo box choosing `None` (shown as `all`) or one of `options`.
pub fn optional<T: Clone + PartialEq>(
    ui: &mut Ui,
    label: &str,
    id: &str,
    value: &mut Option<T>,
    options: &[T],
    name: impl Fn(T) -> String,
    all: &str,
) {
    // Label above its box, one block of fixed width: the pair stays together when a row of
    // filters wraps at large text sizes.
    let height = ui.text_style_height(&egui::TextStyle::Body)
        + ui.spacing().item_spacing.y
        + ui.spacing().interact_size.y;
    let size = egui::vec2(theme::COMBO_WIDTH + theme::SPACE_L, height);
    ui.allocate_ui_with_layout(size, egui::Layout::top_down(egui::Align::Min), |ui| {
        let l = ui.label(label);
        let current = value.clone().map_or_else(|| all.to_owned(), &name);
        egui::ComboBox::from_id_salt(id)
            .selected_text(current)
            .width(theme::COMBO_WIDTH)
            .show_ui(ui, |ui| {
                ui.selectable_value(value, None, all);
                for o in options {
                    ui.selectable_value(value, Some(o.clone()), name(o.clone()));
                }
            })
            .response
            .labelled_by(l.id);
    });
}
