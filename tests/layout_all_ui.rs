//! Every screen, and the states within a screen that change its layout, at every text size
//! from 0.8 to 2.0 in the smallest window (1024×700): no control or text drawn over another,
//! every control reachable (inside the window across, and in view or scrolled into it), no
//! word broken in the middle. The checker is `common::layout`; it says what it cannot see.

mod common;

use std::path::Path;

use ambtelijke_ruimte::ui::{App, NavCmd, QuizCmd, Screen};
use egui_kittest::Harness;

use common::layout::{WINDOW, problems_at_every_size};
use common::{harness_sized, nl, press};

/// An app in the smallest window, on `screen`, with `session` unlocked if given.
fn app(
    root: &Path,
    session: Option<ambtelijke_ruimte::session::Session>,
    screen: Screen,
) -> Harness<'static, App> {
    harness_sized(root, session, Some(screen), WINDOW, 0.25)
}

/// Runs the checker on the state on show and adds what it finds to `found`.
fn check(h: &mut Harness<'_, App>, what: &str, found: &mut Vec<String>) {
    found.extend(problems_at_every_size(h, what));
}

fn assert_none(found: &[String]) {
    assert!(
        found.is_empty(),
        "{} problems:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_pages_without_a_vault_hold_at_every_text_size() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut found = Vec::new();
    let mut h = app(dir.path(), None, Screen::Welcome);
    check(&mut h, "welcome", &mut found);
    h.state_mut().push(NavCmd::Go(Screen::Onboarding));
    h.run();
    check(&mut h, "onboarding tour", &mut found);
    press(&mut h, nl(ambtelijke_ruimte::ui::S::OnbCases));
    check(&mut h, "practice case", &mut found);
    h.state_mut().push(NavCmd::Go(Screen::Tactics));
    h.run();
    check(&mut h, "tactics grid", &mut found);
    h.state_mut()
        .push(NavCmd::ShowTactic("loyale-tegenspraak".to_owned()));
    h.run();
    check(&mut h, "tactic page", &mut found);
    h.state_mut().push(NavCmd::Go(Screen::Settings));
    h.run();
    check(&mut h, "settings without a vault", &mut found);
    h.state_mut().push(NavCmd::Go(Screen::Journal));
    h.run();
    check(&mut h, "creating a vault", &mut found);
    h.state_mut().push(NavCmd::Go(Screen::Questionnaire));
    h.run();
    check(&mut h, "questionnaire statement", &mut found);
    let situation = h
        .state()
        .questionnaire()
        .and_then(|q| {
            q.items
                .iter()
                .position(|i| matches!(i, ambtelijke_ruimte::assessment::Item::Scenario { .. }))
        })
        .expect("a situation");
    h.state_mut().push(QuizCmd::MoveTo(situation));
    h.run();
    check(&mut h, "questionnaire situation", &mut found);
    assert_none(&found);
}
