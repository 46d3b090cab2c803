//! The looks: icons in the navigation, drawn beside names that stay the accessible names.

use ambtelijke_ruimte::ui::{Screen, SettingsCmd};
use egui::epaint::Shape;
use egui::{Rect, Role};
use egui_kittest::kittest::Queryable;

mod common;

use common::harness_sized;

/// The navigation's labels in Dutch, the glossary last.
const NAV: [&str; 9] = [
    "Welkom",
    "Inwerken",
    "Vragenlijst",
    "Profiel",
    "Tactieken",
    "Dagboek",
    "Gedeeld",
    "Instellingen",
    "Begrippen",
];

/// The bounding boxes of every shape drawn in the last frame, except text.
fn drawn_shapes(output: &egui::FullOutput) -> Vec<Rect> {
    fn walk(shape: &Shape, out: &mut Vec<Rect>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            Shape::Text(_) | Shape::Noop => {}
            other => out.push(other.visual_bounding_rect()),
        }
    }
    let mut rects = Vec::new();
    for clipped in &output.shapes {
        walk(&clipped.shape, &mut rects);
    }
    rects
}

#[test]
fn every_navigation_item_has_an_icon_before_its_name_at_text_sizes_1_and_2() {
    for scale in [1.0, 2.0] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut h = harness_sized(
            dir.path(),
            None,
            Some(Screen::Welcome),
            [1024.0, 700.0],
            0.25,
        );
        h.state_mut().push(SettingsCmd::SetTextScale(scale));
        h.run();
        let shapes = drawn_shapes(h.output());
        for label in NAV {
            // The name is the button's accessible name, and it is visible text.
            let button = h.get_by_role_and_label(Role::Button, label).rect();
            let icon_zone = Rect::from_min_max(
                button.min,
                egui::pos2(button.left() + button.height().max(40.0), button.bottom()),
            );
            let icon_parts = shapes
                .iter()
                .filter(|r| r.width() < button.width() / 2.0 && icon_zone.contains_rect(**r))
                .count();
            assert!(
                icon_parts >= 1,
                "at {scale}, {label} ({button:?}) has no icon drawn at its start"
            );
        }
    }
}
