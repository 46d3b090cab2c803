//! A labelled drop-down for an optional filter: "All" or one of the options.

use egui::Ui;

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
    let l = ui.label(label);
    let current = value.clone().map_or_else(|| all.to_owned(), &name);
    egui::ComboBox::from_id_salt(id)
        .selected_text(current)
        .width(150.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, all);
            for o in options {
                ui.selectable_value(value, Some(o.clone()), name(o.clone()));
            }
        })
        .response
        .labelled_by(l.id);
}
