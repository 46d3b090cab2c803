//! UI flows, headless, through AccessKit: what a user clicks and reads. egui_kittest also fails
//! any test in which an input widget lacks an accessible name.

use std::path::Path;

use ambtelijke_ruimte::assessment::Item;
use ambtelijke_ruimte::content::Lang;
use ambtelijke_ruimte::ui::{App, NavCmd, Screen};
mod common;

use common::{click, content, harness};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The app in Dutch, with its folders inside `root`.
fn app(root: &Path) -> Harness<'static, App> {
    harness(root, None, None, 1400.0, 0.25)
}

/// Answers every item by clicking: "Eens" on statements, the option `k % n` on scenarios.
fn take_questionnaire(h: &mut Harness<'_, App>) -> usize {
    click(h, "Vragenlijst");
    let items = h
        .state()
        .questionnaire()
        .expect("a questionnaire")
        .items
        .clone();
    for (k, item) in items.iter().enumerate() {
        match item {
            Item::Likert { .. } => h.get_by_label("Eens").click(),
            Item::Scenario { options, .. } => {
                h.get_by_label(&options[k % options.len()].text.nl).click()
            }
        }
        h.run();
        let next = if k + 1 == items.len() {
            "Bekijk je profiel"
        } else {
            "Volgende"
        };
        h.get_by_role_and_label(Role::Button, next).click();
        h.run();
    }
    items.len()
}

#[test]
fn taking_the_whole_questionnaire_by_clicking_leads_to_the_profile() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app(dir.path());
    let n = take_questionnaire(&mut h);
    assert_eq!(h.state().screen(), Screen::Profile);
    assert_eq!(h.state().quiz().expect("progress").answers.len(), n);
    h.get_by_label("Jouw houding");
    h.get_by_label("Jouw plek op de drie schaakborden");
    // The figure's fields are buttons named after board and pole.
    for label in [
        "Politieke ruimte: Politieke partner",
        "Organisatieruimte: Destabiliseren",
        "Maatschappelijke ruimte: Speler worden",
    ] {
        h.get_by_role_and_label(Role::Button, label);
    }
    // The plain-language readings.
    // The stances side by side, read against their bands; a lean per board, or none.
    let stances = [
        "Geen houding springt er duidelijk uit",
        "Duidelijk aanwezig",
        "Tegelijk aanwezig",
    ];
    assert!(
        stances
            .iter()
            .any(|s| h.query_all_by_label_contains(s).count() > 0)
    );
    assert_eq!(
        h.query_all_by_label_contains("je neigt naar").count()
            + h.query_all_by_label_contains("geen duidelijke voorkeur")
                .count(),
        3
    );
    h.get_by_label("Repertoire om te verkennen");
}

#[test]
fn clicking_a_pole_field_opens_that_poles_tactics() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app(dir.path());
    take_questionnaire(&mut h);
    h.get_by_role_and_label(Role::Button, "Organisatieruimte: Destabiliseren")
        .click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Tactics);
    h.get_by_role_and_label(Role::Button, "Conflict aangaan");
    assert!(
        h.query_by_role_and_label(Role::Button, "Weigeren")
            .is_none()
    );
    h.get_by_label("4 van 28 tactieken");
}

#[test]
fn clicking_a_stance_shows_its_reading() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app(dir.path());
    take_questionnaire(&mut h);
    h.get_by_role_and_label(Role::Button, "Ondernemend").click();
    h.run();
    let c = content();
    let summary = &c
        .stance(ambtelijke_ruimte::content::Stance::Entrepreneurial)
        .summary
        .nl;
    h.get_by_label_contains(&summary[..40]);
}

#[test]
fn a_first_run_without_a_vault_opens_the_path_for_new_hires() {
    let dir = tempfile::tempdir().expect("temp dir");
    let h = app(dir.path());
    assert_eq!(h.state().screen(), Screen::Onboarding);
}

#[test]
fn switching_the_language_changes_every_screen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app(dir.path());
    click(&mut h, "Welkom");
    h.get_by_label("Ruimte maken om je werk te doen");
    click(&mut h, "Instellingen");
    h.get_by_label("English").click();
    h.run();
    assert_eq!(h.state().settings().lang, Some(Lang::En));
    click(&mut h, "Welcome");
    h.get_by_label("Making room to do your work");
    click(&mut h, "Tactics");
    h.get_by_role_and_label(Role::Button, "Loyal dissent");
    assert!(
        h.query_by_role_and_label(Role::Button, "Tactieken")
            .is_none()
    );
}

#[test]
fn opening_a_tactic_from_the_grid_shows_its_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app(dir.path());
    click(&mut h, "Tactieken");
    h.get_by_role_and_label(Role::Button, "Loyale tegenspraak")
        .click();
    h.run();
    let c = content();
    let t = c.tactic("loyale-tegenspraak").expect("tactic");
    h.get_by_label("Wat het is");
    h.get_by_label(&t.summary.nl);
    h.get_by_label(&t.example.nl);
    h.get_by_label("Grens om bij stil te staan");
    h.get_by_label(&t.prompt.nl);
    h.get_by_label(&c.boundary(t.boundary).prompt.nl);
    h.get_by_role_and_label(Role::Button, "Terug naar het overzicht")
        .click();
    h.run();
    h.get_by_label("28 van 28 tactieken");
}

#[test]
fn searching_and_filtering_the_grid() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app(dir.path());
    click(&mut h, "Tactieken");
    h.get_by_label("Zoeken").click();
    h.run();
    h.get_by_label("Zoeken").type_text("TRAINEREN");
    h.run();
    h.get_by_label("1 van 28 tactieken");
    h.get_by_role_and_label(Role::Button, "Traineren");
    h.get_by_role_and_label(Role::Button, "Wis filters").click();
    h.run();
    h.get_by_label("28 van 28 tactieken");
}

#[test]
fn answers_are_kept_while_moving_around_the_app() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app(dir.path());
    click(&mut h, "Vragenlijst");
    h.get_by_label("Helemaal eens").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Volgende").click();
    h.run();
    click(&mut h, "Tactieken");
    click(&mut h, "Vragenlijst");
    h.get_by_label_contains("1 van 45 beantwoord");
    h.get_by_label("Vraag 2 van 45");
    h.get_by_role_and_label(Role::Button, "Vorige").click();
    h.run();
    h.get_by_label("Vraag 1 van 45");
}

#[test]
fn the_keyboard_answers_and_moves_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app(dir.path());
    click(&mut h, "Vragenlijst");
    h.key_press(egui::Key::Num4);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_label("Vraag 2 van 45");
    h.get_by_label_contains("1 van 45 beantwoord");
    h.key_press(egui::Key::ArrowLeft);
    h.run();
    h.get_by_label("Vraag 1 van 45");
}

#[test]
fn a_broken_questionnaire_file_shows_an_error_and_the_others_still_work() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("config/questionnaires");
    std::fs::create_dir_all(&folder).expect("folder");
    std::fs::write(
        folder.join("kapot.ron"),
        "Questionnaire(\n    id: \"kapot\",\n    items: [,]\n)\n",
    )
    .expect("write");
    let mut h = app(dir.path());
    click(&mut h, "Vragenlijst");
    h.get_by_label("Sommige vragenlijsten konden niet worden geladen");
    h.get_by_label_contains("kapot.ron, regel 3, kolom 13: RON syntax");
    h.get_by_label("Eens").click();
    h.run();
    h.get_by_label_contains("1 van 45 beantwoord");
}

#[test]
fn own_questionnaires_are_listed_and_reloaded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app(dir.path());
    assert_eq!(h.state().catalogue().questionnaires.len(), 1);
    let folder = dir.path().join("config/questionnaires");
    std::fs::create_dir_all(&folder).expect("folder");
    let own = include_str!("../questionnaires/default.ron").replacen(
        "id: \"default\"",
        "id: \"eigen\"",
        1,
    );
    std::fs::write(folder.join("eigen.ron"), own).expect("write");
    click(&mut h, "Instellingen");
    h.get_by_role_and_label(Role::Button, "Opnieuw laden")
        .click();
    h.run();
    assert_eq!(h.state().catalogue().questionnaires.len(), 2);
    h.get_by_label("2 vragenlijsten geladen");
}

#[test]
fn the_journal_without_a_vault_offers_to_create_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app(dir.path());
    click(&mut h, "Dagboek");
    h.get_by_label("Je kluis");
    h.get_by_label_contains("Niemand anders kan ze lezen");
    h.get_by_label("Wachtwoordzin");
    h.get_by_role_and_label(Role::Button, "Kluis aanmaken");
    assert!(
        !dir.path().join("data").exists(),
        "looking creates nothing on disk"
    );
}

/// Records what eframe would write to `app.ron`.
#[derive(Default)]
struct Recorder(Vec<(String, String)>);

impl eframe::Storage for Recorder {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.push((key.to_owned(), value));
    }
    fn remove_string(&mut self, key: &str) {
        self.0.retain(|(k, _)| k != key);
    }
    fn flush(&mut self) {}
}

#[test]
fn only_settings_are_persisted_never_answers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app(dir.path());
    take_questionnaire(&mut h);
    let mut storage = Recorder::default();
    eframe::App::save(h.state_mut(), &mut storage);
    assert!(!eframe::App::persist_egui_memory(h.state()));
    let keys: Vec<_> = storage.0.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["settings"]);
    let value = &storage.0[0].1;
    assert!(value.starts_with("(lang:Some(Nl)"), "{value}");
    assert!(
        !value.contains("Likert") && !value.contains("Option"),
        "{value}"
    );
}

#[test]
fn the_boards_figure_works_from_the_keyboard() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app(dir.path());
    take_questionnaire(&mut h);
    h.get_by_role_and_label(Role::Button, "Maatschappelijke ruimte: Bemiddelen")
        .focus();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(h.state().screen(), Screen::Tactics);
    h.get_by_role_and_label(Role::Button, "Vertrouwen opbouwen");
}

#[test]
fn a_command_is_drawn_at_once_without_waiting_for_more_input() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app(dir.path());
    h.state_mut().push(NavCmd::Go(Screen::Tactics));
    // One frame applies the command; the repaint it asks for draws the tactics screen.
    h.run();
    h.get_by_label("De 28 tactieken");
}

#[test]
fn counts_are_written_with_proper_dutch_plurals() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("config/questionnaires");
    std::fs::create_dir_all(&folder).expect("folder");
    std::fs::write(folder.join("kapot.ron"), "Questionnaire(").expect("write");
    let mut h = app(dir.path());
    click(&mut h, "Instellingen");
    h.get_by_label("1 vragenlijst geladen · 1 bestand met een probleem");
    assert!(
        h.query_by_label_contains("vragenlijst(en)").is_none(),
        "no (en) plurals"
    );
}

#[test]
fn the_answers_show_the_number_key_that_picks_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app(dir.path());
    click(&mut h, "Vragenlijst");
    for n in ["1", "2", "3", "4", "5"] {
        h.get_by_label(n);
    }
    h.key_press(egui::Key::Num3);
    h.run();
    let quiz = h.state().quiz().expect("progress");
    assert_eq!(
        quiz.answers.values().next().copied(),
        Some(ambtelijke_ruimte::assessment::Answer::Likert(3)),
        "3 is Neutraal"
    );
}
