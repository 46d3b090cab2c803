//! The path for new hires, headless: the tour on first run, the practice cases kept as
//! exercises (with a vault and without one), and the glossary that explains itself.

use std::path::Path;

use ambtelijke_ruimte::content::Stance;
use ambtelijke_ruimte::ui::{App, S, Screen, VaultCmd};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;

use common::{content, harness, nl, press as click, test_session};

/// A first run: no settings, no vault.
fn fresh(root: &Path) -> Harness<'static, App> {
    harness(root, None, None, 1600.0, 0.25)
}

/// An app with a cheap unlocked vault, on the new hire's path.
fn unlocked(root: &Path) -> Harness<'static, App> {
    let mut h = harness(
        root,
        Some(test_session(root)),
        Some(Screen::Onboarding),
        1600.0,
        0.25,
    );
    // The command applies at the end of a frame; the next one draws the screen.
    h.run_steps(2);
    h
}

/// Opens the cases, ticks two tactics (one the report suggests, one it does not), writes why.
fn work_first_case(h: &mut Harness<'_, App>) -> Vec<String> {
    assert_eq!(h.state().screen(), Screen::Onboarding);
    h.get_by_label(nl(S::OnbCases)).click();
    h.run();
    let c = content();
    let case = &c.cases()[0];
    h.get_by_label(&case.summary.nl);
    h.get_by_label(&case.question.nl);
    let suggested = case.tactics[0].clone();
    let other = c
        .tactics()
        .iter()
        .find(|t| !case.tactics.contains(&t.id))
        .expect("a tactic the case does not suggest")
        .id
        .clone();
    for id in [&suggested, &other] {
        let name = &c.tactic(id).expect("tactic").name.nl;
        h.get_by_role_and_label(Role::CheckBox, name)
            .click_accesskit();
        h.run();
    }
    h.get_by_role_and_label(Role::MultilineTextInput, nl(S::CaseWhy))
        .scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, nl(S::CaseWhy))
        .click();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, nl(S::CaseWhy))
        .type_text("Eerst geld regelen, dan de rest.");
    h.run();
    vec![suggested, other]
}

#[test]
fn the_first_run_opens_the_tour_and_next_walks_every_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = fresh(dir.path());
    assert_eq!(h.state().screen(), Screen::Onboarding);
    let c = content();
    let pages = [
        (S::Tour1Title, nl(S::Tour1Body).to_owned()),
        (S::Tour2Title, c.stance(Stance::Activist).summary.nl.clone()),
        (S::Tour3Title, nl(S::Tour3Hint).to_owned()),
        (S::Tour4Title, nl(S::ZoneOutsideWhat).to_owned()),
        (S::Tour5Title, c.boundaries()[4].summary.nl.clone()),
    ];
    for (k, (title, sample)) in pages.iter().enumerate() {
        h.get_by_label(&format!("Stap {} van 5", k + 1));
        h.get_by_label(nl(*title));
        h.get_by_label(sample);
        if k + 1 < pages.len() {
            click(&mut h, nl(S::Next));
        }
    }
    assert!(
        h.query_by_label(nl(S::Next)).is_none(),
        "no Next on the last page"
    );
    click(&mut h, nl(S::StartCases));
    h.get_by_label(nl(S::CasesIntro));
    h.get_by_label("0 van 3 casussen gedaan");
}

#[test]
fn a_case_kept_as_an_exercise_lands_in_the_journal_as_practice() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = unlocked(dir.path());
    let picked = work_first_case(&mut h);
    let c = content();
    let case = &c.cases()[0];
    assert!(
        h.query_by_label(&case.considerations.nl).is_none(),
        "perspectives wait for the button"
    );
    click(&mut h, nl(S::CaseReveal));
    h.get_by_label(nl(S::CasePerspectivesIntro));
    h.get_by_label(&case.considerations.nl);
    let suggested_name = &c.tactic(&picked[0]).expect("tactic").name.nl;
    h.get_by_label(&format!(
        "Deze keuzes van jou komen ook hier voor: {suggested_name}"
    ));
    h.get_by_label_contains("Jouw keuzes die hier niet genoemd worden: ");
    click(&mut h, nl(S::CaseKeep));
    h.get_by_label(nl(S::PracticeSaved));
    h.get_by_label_contains("(Amerdoorn) · klaar");
    h.get_by_label("1 van 3 casussen gedaan");

    let session = h.state().vault().session().expect("still open");
    let entries: Vec<_> = session.journal.entries().collect();
    assert_eq!(entries.len(), 1);
    let e = entries[0];
    assert!(e.practice);
    assert_eq!(e.tactics, picked);
    assert_eq!(e.title, format!("Oefening: {}", case.title.nl));
    assert_eq!(e.tags, vec!["oefening".to_owned()]);
    assert!(e.dilemma.starts_with(&case.question.nl));
    assert!(e.dilemma.ends_with("Eerst geld regelen, dan de rest."));
}

#[test]
fn without_a_vault_the_exercise_waits_for_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = fresh(dir.path());
    let picked = work_first_case(&mut h);
    click(&mut h, nl(S::CaseReveal));
    click(&mut h, nl(S::CaseKeep));
    h.get_by_label(nl(S::PracticeWaiting));
    // The notice asks for care: drawn in the caution colour, not the green of "kept".
    let notice = h.state().notice().expect("a notice");
    assert!(notice.caution && !notice.error, "{notice:?}");
    // Not the green "kept" while it only waits in memory.
    h.get_by_label(nl(S::CaseWaiting));
    assert!(h.query_by_label(nl(S::CaseKept)).is_none());
    let pending = h.state().pending_practice();
    assert_eq!(pending.len(), 1);
    assert!(pending[0].practice);
    assert_eq!(pending[0].tactics, picked);
    assert!(h.state().onboarding().finished(&content().cases()[0].id));
}

#[test]
fn the_glossary_opens_from_the_navigation_and_its_search_filters() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = fresh(dir.path());
    click(&mut h, nl(S::NavTactics));
    assert_eq!(h.state().screen(), Screen::Tactics);
    let c = content();
    let def = |id: &str| {
        c.glossary()
            .iter()
            .find(|t| t.id == id)
            .expect("term")
            .definition
            .nl
            .clone()
    };
    assert!(h.query_by_label(&def("warmtenet")).is_none());
    click(&mut h, nl(S::Glossary));
    assert!(h.state().glossary_open());
    h.get_by_label(&def("warmtenet"));
    h.get_by_label(&def("moreel-beraad"));
    let search = h.get_by_role_and_label(Role::TextInput, nl(S::GlossarySearch));
    search.click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, nl(S::GlossarySearch))
        .type_text("warmtenet");
    h.run();
    h.get_by_label(&def("warmtenet"));
    assert!(h.query_by_label(&def("moreel-beraad")).is_none());
    // The same button closes it again.
    click(&mut h, nl(S::Glossary));
    assert!(!h.state().glossary_open());
    assert!(h.query_by_label(&def("warmtenet")).is_none());
}

#[test]
fn hovering_a_glossary_term_in_a_text_shows_its_definition() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = fresh(dir.path());
    let c = content();
    let def = &c
        .glossary()
        .iter()
        .find(|t| t.id == "ambtelijke-ruimte")
        .expect("term")
        .definition
        .nl;
    // The first page's lead opens with the term "Ambtelijke ruimte".
    let body = nl(S::Tour1Body);
    assert!(body.starts_with("Ambtelijke ruimte"));
    assert!(h.query_by_label(def).is_none());
    let rect = h.get_by_label(body).rect();
    h.hover_at(rect.left_top() + egui::vec2(24.0, rect.height().min(20.0) / 2.0));
    h.run_steps(8);
    h.get_by_label(def);
    // Away from any text, the definition goes.
    h.hover_at(egui::pos2(1100.0, 1550.0));
    h.run_steps(4);
    assert!(h.query_by_label(def).is_none());
}

#[test]
fn locking_wipes_what_was_written_in_an_unfinished_exercise() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = unlocked(dir.path());
    work_first_case(&mut h);
    let case = content().cases()[0].id.clone();
    assert!(!h.state().onboarding().work[&case].why.is_empty());
    h.state_mut().push(VaultCmd::Lock);
    h.run();
    let work = &h.state().onboarding().work[&case];
    assert!(work.why.is_empty() && work.picked.is_empty(), "{work:?}");
}
