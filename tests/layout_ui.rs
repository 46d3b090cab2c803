//! Layout at every text size: the navigation never overlaps itself and Settings stays
//! reachable at 1024×700; notices float over the page; the keys and the slider agree.

use ambtelijke_ruimte::ui::{Screen, SettingsCmd};
use egui::{Key, Modifiers, Role};
use egui_kittest::kittest::{NodeT, Queryable};

mod common;

use common::{harness_sized, test_session, type_into};

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

#[test]
fn at_every_text_size_the_navigation_items_do_not_overlap_and_settings_is_reachable() {
    for scale in [0.8, 1.0, 1.5, 1.8, 2.0] {
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
        let rects: Vec<(&str, egui::Rect)> = NAV
            .iter()
            .map(|label| (*label, h.get_by_role_and_label(Role::Button, label).rect()))
            .collect();
        for (i, (a, ra)) in rects.iter().enumerate() {
            assert!(ra.width() > 0.0 && ra.height() > 0.0, "{a} at {scale}");
            for (b, rb) in &rects[i + 1..] {
                let overlap = ra.intersect(*rb);
                assert!(
                    overlap.width() <= 0.5 || overlap.height() <= 0.5,
                    "at text size {scale} {a} {ra:?} overlaps {b} {rb:?}"
                );
            }
        }
        // The screens all fit without scrolling, even at 2.0 on 700 pixels.
        let settings = h.get_by_role_and_label(Role::Button, "Instellingen").rect();
        let height = h.ctx.content_rect().height();
        assert!(
            settings.bottom() <= height,
            "at text size {scale} Settings ends at {} of {height}",
            settings.bottom()
        );
        // A real pointer click, after scrolling it into view: nothing covers it.
        h.get_by_role_and_label(Role::Button, "Instellingen")
            .scroll_to_me();
        h.run();
        h.get_by_role_and_label(Role::Button, "Instellingen")
            .click();
        h.run();
        assert_eq!(h.state().screen(), Screen::Settings, "at text size {scale}");
    }
}

#[test]
fn ctrl_0_and_the_slider_agree_on_the_text_size() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness_sized(
        dir.path(),
        None,
        Some(Screen::Settings),
        [1024.0, 700.0],
        0.25,
    );
    h.state_mut().push(SettingsCmd::SetTextScale(1.5));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run();
    assert_eq!(h.state().settings().text_scale, 1.0);
    assert_eq!(h.ctx.zoom_factor(), 1.0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    h.run();
    assert!((h.state().settings().text_scale - 1.1).abs() < 1e-4);
    assert!((h.ctx.zoom_factor() - 1.1).abs() < 1e-4);
    // The slider shows the same value.
    let slider = h.get_by_role_and_label(Role::Slider, "Tekstgrootte");
    let shown = slider.accesskit_node().numeric_value().expect("a value");
    assert!((shown - 1.1).abs() < 1e-4, "the slider shows {shown}");
}

#[test]
fn a_notice_floats_over_the_page_and_moves_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = test_session(dir.path());
    let mut h = harness_sized(
        dir.path(),
        Some(session),
        Some(Screen::Journal),
        [1024.0, 700.0],
        0.25,
    );
    common::press(&mut h, "Nieuw dilemma");
    type_into(&mut h, "Titel", "Een dilemma");
    let before = h.get_by_label("Titel").rect();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.get_by_label("Opgeslagen en versleuteld.");
    let after = h.get_by_label("Titel").rect();
    assert_eq!(before, after, "the page did not move");
}

#[test]
fn at_text_size_2_the_entry_form_stays_inside_the_window() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = test_session(dir.path());
    let mut h = harness_sized(
        dir.path(),
        Some(session),
        Some(Screen::Journal),
        [1024.0, 700.0],
        0.25,
    );
    h.state_mut().push(SettingsCmd::SetTextScale(2.0));
    h.run();
    common::press(&mut h, "Nieuw dilemma");
    let width = h.ctx.content_rect().width();
    let mut outside = Vec::new();
    for role in [
        Role::TextInput,
        Role::MultilineTextInput,
        Role::Button,
        Role::RadioButton,
        Role::CheckBox,
        Role::ComboBox,
    ] {
        for node in h.query_all_by_role(role) {
            let rect = node.rect();
            if rect.right() > width + 1.0 {
                outside.push(format!(
                    "{role:?} {:?} ends at {}",
                    node.accesskit_node().label(),
                    rect.right()
                ));
            }
        }
    }
    assert!(outside.is_empty(), "wider than {width}: {outside:#?}");
}

#[test]
fn at_text_size_2_every_screen_stays_inside_the_window() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = test_session(dir.path());
    let mut h = harness_sized(dir.path(), Some(session), None, [1024.0, 700.0], 0.25);
    h.state_mut().push(SettingsCmd::SetTextScale(2.0));
    h.run();
    let width = h.ctx.content_rect().width();
    let mut outside = Vec::new();
    for screen in Screen::ALL {
        h.state_mut()
            .push(ambtelijke_ruimte::ui::NavCmd::Go(screen));
        h.run();
        for role in [
            Role::TextInput,
            Role::MultilineTextInput,
            Role::Button,
            Role::RadioButton,
            Role::CheckBox,
            Role::ComboBox,
            Role::Slider,
        ] {
            for node in h.query_all_by_role(role) {
                let rect = node.rect();
                if rect.right() > width + 1.0 {
                    outside.push(format!(
                        "{screen:?}: {role:?} {:?} ends at {}",
                        node.accesskit_node().label(),
                        rect.right()
                    ));
                }
            }
        }
    }
    assert!(outside.is_empty(), "wider than {width}: {outside:#?}");
}

#[test]
fn a_tactics_page_opens_at_its_top_even_from_a_scrolled_grid() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness_sized(
        dir.path(),
        None,
        Some(Screen::Tactics),
        [1024.0, 420.0],
        0.25,
    );
    let content = common::content();
    let last = content.tactics().last().expect("tactics").name.nl.clone();
    h.get_by_role_and_label(Role::Button, &last).scroll_to_me();
    h.run();
    assert!(
        h.get_by_role_and_label(Role::Button, "Welkom").rect().top() >= 0.0,
        "the navigation did not move"
    );
    h.get_by_role_and_label(Role::Button, &last).click();
    h.run();
    assert!(h.state().selected_tactic().is_some(), "the page opened");
    let heading = h.get_by_label(&last).rect();
    assert!(
        (0.0..200.0).contains(&heading.top()),
        "the page starts at its top, not where the grid was scrolled: {heading:?}"
    );
}

#[test]
fn at_text_size_2_a_tactics_badges_wrap_as_whole_badges() {
    use ambtelijke_ruimte::ui::NavCmd;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness_sized(
        dir.path(),
        None,
        Some(Screen::Tactics),
        [1024.0, 700.0],
        0.25,
    );
    h.state_mut().push(SettingsCmd::SetTextScale(2.0));
    h.state_mut()
        .push(NavCmd::ShowTactic("loyale-tegenspraak".to_owned()));
    h.run();
    // Before: the third badge was squeezed into the last few pixels of the row and stood one
    // letter wide and many lines tall.
    let phase = h.get_by_label("Openbreken · volgens het rapport").rect();
    assert!(
        phase.width() > 3.0 * phase.height(),
        "the phase badge reads along one line: {phase:?}"
    );
}
