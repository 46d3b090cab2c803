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

/// The text shapes drawn in the last frame whose text is `text`: their font sizes and colours.
fn drawn(output: &egui::FullOutput, text: &str) -> Vec<(f32, egui::Color32)> {
    fn walk(shape: &Shape, text: &str, out: &mut Vec<(f32, egui::Color32)>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, text, out)),
            Shape::Text(t) if t.galley.text() == text => {
                if let Some(s) = t.galley.job.sections.first() {
                    let colour = if s.format.color == egui::Color32::PLACEHOLDER {
                        t.fallback_color
                    } else {
                        s.format.color
                    };
                    out.push((s.format.font_id.size, colour));
                }
            }
            _ => {}
        }
    }
    let mut found = Vec::new();
    for clipped in &output.shapes {
        walk(&clipped.shape, text, &mut found);
    }
    found
}

#[test]
fn a_page_title_is_larger_and_heavier_than_a_section_title() {
    use ambtelijke_ruimte::ui::S;
    let dir = tempfile::tempdir().expect("temp dir");
    let h = harness_sized(
        dir.path(),
        None,
        Some(Screen::Welcome),
        [1024.0, 700.0],
        0.25,
    );
    let title = drawn(h.output(), common::nl(S::WelcomeTitle));
    let section = drawn(h.output(), common::nl(S::FramingsWelcomeTitle));
    let (Some(t), Some(s)) = (title.first(), section.first()) else {
        panic!("title {title:?} or section {section:?} not drawn");
    };
    assert!(t.0 > s.0, "title {} pt, section {} pt", t.0, s.0);
    // Heavier: set twice a hair apart (the bundled face is a light one), sections once.
    assert_eq!((title.len(), section.len()), (2, 1));
    // In ink at least as strong as the section's: no less apart from the page.
    let page = h.ctx.global_style().visuals.panel_fill;
    let luminance = |c: egui::Color32| egui::Rgba::from(c).intensity();
    let apart = |c: egui::Color32| (luminance(c) - luminance(page)).abs();
    assert!(
        apart(t.1) >= apart(s.1),
        "title {t:?} vs section {s:?} on {page:?}"
    );
}
