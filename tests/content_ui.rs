//! The report's framings and source marks where a reader meets them, headless: Welkom shows
//! the primacy of politics and a section for managers, the tour opens with the report's
//! checklist, the profile shows the self-critical attitude, and a tactic's phase says
//! whether the report states it.

mod common;

use ambtelijke_ruimte::content::{Basis, FramingId, Lang};
use ambtelijke_ruimte::ui::{NavCmd, S, Screen};
use common::{content, harness};
use egui_kittest::kittest::Queryable;

fn nl(key: S) -> &'static str {
    key.get(Lang::Nl)
}

#[test]
fn welcome_shows_the_primacy_of_politics_and_a_section_for_managers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), None, Some(Screen::Welcome), 4000.0, 0.1);
    h.run_steps(2);
    assert_eq!(h.state().screen(), Screen::Welcome);
    let c = content();
    let primacy = c.framing(FramingId::PrimacyOfPolitics);
    h.get_by_label(nl(S::FramingsWelcomeTitle));
    h.get_by_label(&primacy.title.nl);
    h.get_by_label(&primacy.body.nl);
    // Large against small municipalities rests on the same section of the report.
    let source = format!("Rapport: {} · volgens het rapport", primacy.section.nl);
    assert_eq!(h.query_all_by_label(&source).count(), 2);
    h.get_by_label(&c.framing(FramingId::CanAndMay).body.nl);
    // The page for managers is drawn from the report, and says so.
    let leaders = c.framing(FramingId::Leaders);
    h.get_by_label(nl(S::LeadersTitle));
    h.get_by_label(&format!("• {}", leaders.points[3].nl));
    h.get_by_label(&format!(
        "Rapport: {} · in de lijn van het rapport",
        leaders.section.nl
    ));
    h.get_by_label(&c.framing(FramingId::LargeAndSmall).body.nl);
}

#[test]
fn the_tour_opens_with_the_reports_checklist() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A first run opens the path for new hires on its first step.
    let h = harness(dir.path(), None, None, 2000.0, 0.1);
    assert_eq!(h.state().screen(), Screen::Onboarding);
    h.get_by_label("Stap 1 van 5");
    let checklist = content().framing(FramingId::Checklist).clone();
    h.get_by_label(&checklist.title.nl);
    h.get_by_label(&checklist.body.nl);
    for point in &checklist.points {
        h.get_by_label(&format!("• {}", point.nl));
    }
    // The checklist comes before the first idea of the tour.
    let list = h.get_by_label(&checklist.title.nl).rect();
    let first = h.get_by_label(nl(S::Tour1Title)).rect();
    assert!(list.top() < first.top());
}

#[test]
fn the_profile_shows_tactics_in_sequence_and_the_self_critical_attitude() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), None, Some(Screen::Welcome), 6000.0, 0.1);
    common::answer_all_and_open_the_profile(&mut h);
    assert!(h.state().profile().is_some());
    let c = content();
    h.get_by_label(nl(S::ProfileCraftTitle));
    h.get_by_label(&c.framing(FramingId::SequencesAndCoalitions).body.nl);
    h.get_by_label(&c.framing(FramingId::SelfCritical).body.nl);
}

#[test]
fn a_tactic_page_says_whether_the_report_states_its_phase() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), None, Some(Screen::Tactics), 2000.0, 0.1);
    let c = content();
    for (id, mark) in [
        ("loyale-tegenspraak", "volgens het rapport"),
        ("frame-normaal", "in de lijn van het rapport"),
    ] {
        let t = c.tactic(id).expect("tactic");
        let expected = if t.phase_basis == Basis::Stated {
            "volgens het rapport"
        } else {
            "in de lijn van het rapport"
        };
        assert_eq!(mark, expected, "{id}");
        h.state_mut().push(NavCmd::ShowTactic(id.to_owned()));
        h.run_steps(2);
        h.get_by_label(&t.summary.nl);
        h.get_by_label_contains(&format!("({mark})"));
    }
}
