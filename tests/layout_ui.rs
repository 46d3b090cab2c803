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

#[test]
fn at_text_size_2_the_file_pickers_open_and_cancel_are_in_view_without_scrolling() {
    use ambtelijke_ruimte::ui::SettingsCmd;
    let dir = tempfile::tempdir().expect("temp dir");
    let session = test_session(dir.path());
    let mut h = harness_sized(
        dir.path(),
        Some(session),
        Some(Screen::Shared),
        [1024.0, 700.0],
        0.25,
    );
    h.state_mut().push(SettingsCmd::SetOwnFileDialog(true));
    h.state_mut().push(SettingsCmd::SetTextScale(2.0));
    h.run();
    common::press(&mut h, "Coach");
    common::wait_for_worker(&mut h);
    h.state_mut().shared_mut().open_path = dir.path().display().to_string();
    h.run();
    common::press(&mut h, "Pad naar het bestand: bladeren");
    common::wait_for_worker(&mut h);
    assert!(h.state().file_picker().is_some(), "the picker is open");
    let window = h.ctx.content_rect();
    // The dialog's buttons come last in the tree (the screen's own lie under it).
    for label in ["Openen", "Annuleren"] {
        let button = h
            .get_all_by_role_and_label(Role::Button, label)
            .last()
            .expect("the picker's button")
            .rect();
        assert!(
            window.contains_rect(button),
            "{label} at {button:?}, the window {window:?}"
        );
    }
}

#[test]
fn the_recovery_code_breaks_only_between_groups_in_even_lines_at_every_text_size() {
    use ambtelijke_ruimte::ui::{S, SettingsCmd};
    let dir = tempfile::tempdir().expect("temp dir");
    let session = test_session(dir.path());
    let mut h = harness_sized(
        dir.path(),
        Some(session),
        Some(Screen::Settings),
        [1024.0, 700.0],
        0.25,
    );
    common::press(&mut h, common::nl(S::NewRecovery));
    common::wait_for_worker(&mut h);
    let is_code = |s: &str| {
        let groups: Vec<&str> = s.split('-').collect();
        groups.len() == 6 && groups.iter().all(|g| g.len() == 5)
    };
    for scale in [0.8, 1.0, 1.25, 1.5, 1.75, 2.0] {
        h.state_mut().push(SettingsCmd::SetTextScale(scale));
        h.run();
        let label = h
            .get_all_by_role(Role::Label)
            .find(|n| n.accesskit_node().value().is_some_and(|l| is_code(&l)))
            .expect("the code is read out whole, dashes and all");
        let lines: Vec<usize> = label
            .children()
            .filter(|r| r.accesskit_node().role() == Role::TextRun)
            .map(|r| {
                let row = r.accesskit_node().value().unwrap_or_default();
                let groups: Vec<String> = row.trim().split('-').map(str::to_owned).collect();
                assert!(
                    groups.iter().all(|g| g.len() == 5),
                    "at {scale} a line holds a broken group: {row:?}"
                );
                groups.len()
            })
            .collect();
        assert!(!lines.is_empty(), "at {scale} the code shows");
        assert!(
            lines.iter().all(|n| *n == lines[0]) && 6 % lines[0] == 0,
            "at {scale} the lines are uneven: {lines:?}"
        );
    }
}

#[test]
fn a_notice_sits_clear_of_the_pages_title_and_buttons_and_escape_closes_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness_sized(
        dir.path(),
        None,
        Some(Screen::Questionnaire),
        [1024.0, 700.0],
        0.25,
    );
    common::answer_all_and_open_the_profile(&mut h);
    h.state_mut().push(ambtelijke_ruimte::ui::QuizCmd::Finish);
    h.run();
    assert_eq!(h.state().screen(), Screen::Profile);
    let notice = h
        .state()
        .notice()
        .expect("a take without a vault says so")
        .clone();
    assert!(notice.caution, "{notice:?}");
    // Nothing on show lies under the notice or its button (the checker clips the page to
    // its view), at the top or when scrolled to the bottom.
    let first: String = notice.text.chars().take(20).collect();
    let covered: Vec<String> = common::layout::problems(&mut h, "profile")
        .into_iter()
        .filter(|p| p.contains(&first) || p.contains("\"OK\""))
        .collect();
    assert!(covered.is_empty(), "the notice covers {covered:?}");
    // A caution stays until closed; Escape closes it.
    h.run_steps(60);
    assert!(
        h.state().notice().is_some(),
        "a caution does not go by itself"
    );
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().notice().is_none(), "Escape closed it");
}

#[test]
fn good_news_goes_by_itself_after_a_few_seconds() {
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
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.get_by_label("Opgeslagen en versleuteld.");
    // Each step is a quarter of a second.
    h.run_steps(40);
    assert!(h.state().notice().is_none(), "after ten seconds it is gone");
}

#[test]
fn the_stance_figure_never_breaks_a_stance_name_in_the_middle() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness_sized(
        dir.path(),
        None,
        Some(Screen::Questionnaire),
        [1024.0, 700.0],
        0.25,
    );
    common::answer_all_and_open_the_profile(&mut h);
    for scale in [0.8, 1.0, 1.25, 1.5, 1.75, 2.0] {
        h.state_mut().push(SettingsCmd::SetTextScale(scale));
        h.run();
        for name in ["Geëngageerd", "Ondernemend", "Activistisch"] {
            // The name is painted in the body size (15) with 4 points either side.
            let word = h.ctx.fonts_mut(|f| {
                f.layout_no_wrap(
                    name.to_owned(),
                    egui::FontId::proportional(15.0),
                    egui::Color32::PLACEHOLDER,
                )
                .size()
                .x
            });
            let column = h.get_by_role_and_label(Role::Button, name).rect();
            assert!(
                column.width() - 8.0 >= word,
                "at {scale} {name} ({word:.0} wide) gets a column {:.0} wide",
                column.width()
            );
        }
    }
}

#[test]
fn the_status_keeps_its_choices_on_its_line_where_the_line_holds_them() {
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
    for scale in [0.8, 1.0, 1.25, 1.5, 1.75, 2.0] {
        h.state_mut().push(SettingsCmd::SetTextScale(scale));
        h.run();
        let label = h.get_by_role_and_label(Role::Label, "Status").rect();
        // Up to 1.5 the line holds all three; above, at least the first stays with it.
        let held = if scale <= 1.5 { 3 } else { 1 };
        for choice in ["Open", "Besloten", "Afgesloten"].into_iter().take(held) {
            let radio = h.get_by_role_and_label(Role::RadioButton, choice).rect();
            assert!(
                radio.top() < label.bottom() && label.top() < radio.bottom(),
                "at {scale} {choice} {radio:?} is not on the line of Status {label:?}"
            );
        }
    }
}
