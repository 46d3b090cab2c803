//! The parts the layout test found wanting, each held at every text size in the smallest
//! window: the file picker's buttons, the recovery code's lines, the notice's place and time,
//! the stance figure's names, the entry's status line.

use ambtelijke_ruimte::ui::{Screen, SettingsCmd};
use egui::{Key, Modifiers, Role};
use egui_kittest::kittest::{NodeT, Queryable};

mod common;

use common::layout::{SIZES, small_window};
use common::{test_session, type_into};

#[test]
fn at_text_size_2_the_file_pickers_open_and_cancel_are_in_view_without_scrolling() {
    use ambtelijke_ruimte::ui::SettingsCmd;
    let dir = tempfile::tempdir().expect("temp dir");
    let session = test_session(dir.path());
    let mut h = small_window(dir.path(), Some(session), Screen::Shared);
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
    let mut h = small_window(dir.path(), Some(session), Screen::Settings);
    common::press(&mut h, common::nl(S::NewRecovery));
    common::wait_for_worker(&mut h);
    let is_code = |s: &str| {
        let groups: Vec<&str> = s.split('-').collect();
        groups.len() == 6 && groups.iter().all(|g| g.len() == 5)
    };
    for scale in SIZES {
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
    let mut h = small_window(dir.path(), None, Screen::Questionnaire);
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
    // At every size nothing on show lies under the notice or its button (the checker clips
    // the page to its view), at the top or scrolled to the bottom, and the whole notice is
    // inside the window.
    let first: String = notice.text.chars().take(20).collect();
    let covered: Vec<String> = common::layout::problems_at_every_size(&mut h, "profile")
        .into_iter()
        .filter(|p| p.contains(&first) || p.contains("\"OK\""))
        .collect();
    assert!(covered.is_empty(), "the notice covers {covered:?}");
    let window = h.ctx.content_rect();
    for part in [
        h.get_by_label(&notice.text).rect(),
        h.get_by_role_and_label(Role::Button, "OK").rect(),
    ] {
        assert!(window.contains_rect(part), "{part:?} outside {window:?}");
    }
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
    let mut h = small_window(dir.path(), Some(session), Screen::Journal);
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
    let mut h = small_window(dir.path(), None, Screen::Questionnaire);
    common::answer_all_and_open_the_profile(&mut h);
    for scale in SIZES {
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
    let mut h = small_window(dir.path(), Some(session), Screen::Journal);
    common::press(&mut h, "Nieuw dilemma");
    for scale in SIZES {
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
