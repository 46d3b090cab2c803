//! No work is lost without a question: leaving an entry, the journal or the app with unsaved
//! changes asks Save / Discard / Cancel; follow-ups are kept with their entry. Each test
//! replays the sequence that used to lose work.

use ambtelijke_ruimte::ui::{App, Screen};
use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;

use common::{harness, press, saved_titles, test_session, type_into};

const QUESTION: &str = "Werk dat nog niet is opgeslagen";

fn journal(root: &std::path::Path) -> Harness<'static, App> {
    harness(
        root,
        Some(test_session(root)),
        Some(Screen::Journal),
        1400.0,
        0.25,
    )
}

#[test]
fn back_to_the_list_with_unsaved_changes_asks_and_each_answer_does_what_it_says() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = journal(dir.path());
    press(&mut h, "Nieuw dilemma");
    type_into(&mut h, "Titel", "Warmtenet zonder draagvlak");
    // Cancel: still in the editor, the text still there.
    press(&mut h, "Terug naar de lijst");
    h.get_by_label(QUESTION);
    h.get_by_label(
        "Het dilemma \u{201c}Warmtenet zonder draagvlak\u{201d} heeft wijzigingen die nog niet zijn opgeslagen.",
    );
    press(&mut h, "Annuleren");
    assert!(!h.state().guard_open());
    assert_eq!(
        h.state().draft().map(|e| e.title.as_str()),
        Some("Warmtenet zonder draagvlak")
    );
    // Save and continue: kept, and back on the list.
    press(&mut h, "Terug naar de lijst");
    press(&mut h, "Opslaan en verder");
    assert!(h.state().draft().is_none(), "back on the list");
    assert_eq!(saved_titles(&h), ["Warmtenet zonder draagvlak"]);
    // Discard: a new entry's text goes, nothing is saved.
    press(&mut h, "Nieuw dilemma");
    type_into(&mut h, "Titel", "Weggooien");
    press(&mut h, "Terug naar de lijst");
    press(&mut h, "Niet opslaan");
    assert!(h.state().draft().is_none());
    assert_eq!(saved_titles(&h), ["Warmtenet zonder draagvlak"]);
}

#[test]
fn an_unchanged_entry_leaves_without_a_question() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = journal(dir.path());
    press(&mut h, "Nieuw dilemma");
    press(&mut h, "Terug naar de lijst");
    assert!(!h.state().guard_open());
    assert!(h.state().draft().is_none());
}

#[test]
fn leaving_the_journal_for_another_screen_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = journal(dir.path());
    press(&mut h, "Nieuw dilemma");
    type_into(&mut h, "Titel", "Half af");
    press(&mut h, "Tactieken");
    h.get_by_label(QUESTION);
    assert_eq!(h.state().screen(), Screen::Journal);
    press(&mut h, "Opslaan en verder");
    assert_eq!(h.state().screen(), Screen::Tactics);
    assert_eq!(saved_titles(&h), ["Half af"]);
}

#[test]
fn a_follow_up_is_kept_with_its_entry_after_back_to_the_list() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = journal(dir.path());
    press(&mut h, "Nieuw dilemma");
    type_into(&mut h, "Titel", "Subsidie");
    press(&mut h, "Opslaan");
    h.get_by_label("Vervolgronde toevoegen").click();
    h.run();
    type_into(
        &mut h,
        "Wat gebeurde er?",
        "De wethouder koos voor uitstel.",
    );
    press(&mut h, "Aan de draad toevoegen");
    press(&mut h, "Terug naar de lijst");
    assert!(!h.state().guard_open(), "nothing left unsaved");
    let session = h.state().vault().session().expect("open");
    let (_, entry) = session.journal.iter().next().expect("the entry");
    assert_eq!(entry.follow_ups.len(), 1);
    assert_eq!(
        entry.follow_ups[0].happened,
        "De wethouder koos voor uitstel."
    );
}

#[test]
fn ctrl_q_with_an_unsaved_entry_asks_and_save_and_quit_keeps_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = journal(dir.path());
    press(&mut h, "Nieuw dilemma");
    type_into(&mut h, "Titel", "Voor het afsluiten");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    h.get_by_label(QUESTION);
    assert!(!h.state().quitting());
    // Escape cancels the question.
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().guard_open());
    assert!(!h.state().quitting());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    press(&mut h, "Opslaan en afsluiten");
    assert!(h.state().quitting());
    assert_eq!(saved_titles(&h), ["Voor het afsluiten"]);
}

#[test]
fn quitting_with_answers_that_are_not_kept_names_them_and_can_still_quit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), None, Some(Screen::Questionnaire), 1400.0, 0.25);
    h.get_by_label("Eens").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    h.get_by_label(QUESTION);
    h.get_by_label("1 antwoord in de vragenlijst is nog niet in je kluis bewaard.");
    assert!(
        h.query_by_role_and_label(Role::Button, "Opslaan en afsluiten")
            .is_some(),
        "the button is there, disabled: there is no entry to save"
    );
    press(&mut h, "Afsluiten zonder opslaan");
    assert!(h.state().quitting());
}

#[test]
fn without_unsaved_work_ctrl_q_quits_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = journal(dir.path());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    assert!(!h.state().guard_open());
    assert!(h.state().quitting());
}

#[test]
fn escape_returns_from_an_entry_to_the_list_and_asks_when_there_are_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = journal(dir.path());
    press(&mut h, "Nieuw dilemma");
    h.key_press(Key::Escape);
    h.run();
    assert!(
        h.state().draft().is_none(),
        "unchanged: straight back to the list"
    );
    press(&mut h, "Nieuw dilemma");
    type_into(&mut h, "Titel", "Bijna vergeten");
    // Escape leaves the entry even from a text field; with changes, the guard asks.
    h.key_press(Key::Escape);
    h.run();
    h.get_by_label(QUESTION);
    press(&mut h, "Opslaan en verder");
    assert_eq!(saved_titles(&h), ["Bijna vergeten"]);
}

#[test]
fn escape_closes_the_glossary_and_a_tactics_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), None, Some(Screen::Tactics), 1400.0, 0.25);
    press(&mut h, "Begrippen");
    assert!(h.state().glossary_open());
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().glossary_open());
    h.state_mut()
        .push(ambtelijke_ruimte::ui::NavCmd::ShowTactic(
            "traineren".into(),
        ));
    h.run();
    assert_eq!(h.state().selected_tactic(), Some("traineren"));
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().selected_tactic(), None);
}

#[test]
fn start_over_asks_first_and_cancel_keeps_the_answers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), None, Some(Screen::Questionnaire), 1400.0, 0.25);
    h.get_by_label("Eens").click();
    h.run();
    press(&mut h, "Opnieuw beginnen");
    h.get_by_label("Je ene antwoord wordt gewist. Dat kun je niet terugdraaien.");
    press(&mut h, "Annuleren");
    assert_eq!(h.state().quiz().map(|q| q.answers.len()), Some(1));
    press(&mut h, "Opnieuw beginnen");
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(
        h.state().quiz().map(|q| q.answers.len()),
        Some(1),
        "Escape cancels"
    );
    press(&mut h, "Opnieuw beginnen");
    press(&mut h, "Ja, alles wissen");
    assert!(h.state().quiz().is_none_or(|q| q.answers.is_empty()));
}

#[test]
fn newest_first_holds_within_one_day() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = journal(dir.path());
    for title in ["Eerste van vandaag", "Tweede van vandaag"] {
        press(&mut h, "Nieuw dilemma");
        type_into(&mut h, "Titel", title);
        press(&mut h, "Opslaan");
        press(&mut h, "Terug naar de lijst");
        // Distinct save moments for the ids.
        std::thread::sleep(std::time::Duration::from_millis(3));
    }
    let first = h.get_by_label_contains("Eerste van vandaag").rect();
    let second = h.get_by_label_contains("Tweede van vandaag").rect();
    assert!(
        second.top() < first.top(),
        "the later one is listed first: {second:?} above {first:?}"
    );
}

#[test]
fn a_take_finished_before_a_vault_is_kept_when_the_vault_is_made() {
    use ambtelijke_ruimte::assessment::Answer;
    use ambtelijke_ruimte::ui::QuizCmd;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), None, Some(Screen::Questionnaire), 1400.0, 0.25);
    let item = h.state().questionnaire().expect("a questionnaire").items[0]
        .id()
        .to_owned();
    h.state_mut().push(QuizCmd::Answer(item, Answer::Likert(4)));
    h.state_mut().push(QuizCmd::Finish);
    h.run();
    // Honest: not kept yet.
    h.get_by_label_contains("Je uitslag is nog niet bewaard: er is nog geen kluis.");
    h.state_mut()
        .push(ambtelijke_ruimte::ui::NavCmd::Go(Screen::Journal));
    h.run();
    // The create screen says the waiting take goes into the new vault.
    h.get_by_label_contains("komt hierin ook wat nu nog wacht: je uitslag van de vragenlijst.");
    type_into(&mut h, "Wachtwoordzin", common::PASS);
    type_into(&mut h, "Herhaal de wachtwoordzin", common::PASS);
    common::click(&mut h, "Kluis aanmaken");
    common::wait_for_worker(&mut h);
    let session = h.state().vault().session().expect("open");
    assert_eq!(
        session.takes.len(),
        1,
        "the take made before the vault is kept"
    );
}

#[test]
fn auto_lock_saves_the_open_entry_before_it_wipes_it() {
    use ambtelijke_ruimte::session::Session;
    use ambtelijke_ruimte::ui::{SettingsCmd, VaultState};
    use ambtelijke_ruimte::vault::SecretString;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = journal(dir.path());
    press(&mut h, "Nieuw dilemma");
    type_into(&mut h, "Titel", "Weggelopen van de laptop");
    h.state_mut().push(SettingsCmd::SetAutoLock(1));
    h.run();
    for _ in 0..400 {
        h.step();
        if h.state().vault().session().is_none() {
            break;
        }
    }
    let VaultState::Locked(vault) = h.state().vault() else {
        panic!("locked after a minute idle");
    };
    let vault = std::sync::Arc::clone(vault);
    h.run();
    h.get_by_label_contains("Je open dilemma is eerst versleuteld opgeslagen.");
    let session =
        Session::unlock(vault, &SecretString::from(common::PASS.to_owned())).expect("unlock");
    let titles: Vec<&str> = session
        .journal
        .iter()
        .map(|(_, e)| e.title.as_str())
        .collect();
    assert_eq!(titles, ["Weggelopen van de laptop"]);
}

#[test]
fn ctrl_and_a_digit_opens_a_screen_and_asks_first_when_an_entry_is_unsaved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = journal(dir.path());
    // Ctrl+5 is the fifth item of the navigation: Tactieken.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num5);
    h.run();
    assert_eq!(h.state().screen(), Screen::Tactics);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num6);
    h.run();
    assert_eq!(h.state().screen(), Screen::Journal);
    press(&mut h, "Nieuw dilemma");
    type_into(&mut h, "Titel", "Niet zomaar weg");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num8);
    h.run();
    h.get_by_label(QUESTION);
    assert_eq!(h.state().screen(), Screen::Journal);
    press(&mut h, "Annuleren");
    assert_eq!(
        h.state().draft().map(|e| e.title.as_str()),
        Some("Niet zomaar weg")
    );
}

/// After a restart the profile must not say "never taken" while the takes sit in the locked
/// vault: it says where they are and leads to the unlock.
#[test]
fn a_locked_vault_profile_points_to_the_unlock_instead_of_saying_never_taken() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(test_session(dir.path()));
    let mut h = harness(dir.path(), None, Some(Screen::Profile), 1400.0, 0.25);
    h.get_by_label_contains("Je kluis is op slot");
    assert!(
        h.query_by_label_contains("nog niet ingevuld").is_none(),
        "not 'never taken' while locked"
    );
    press(&mut h, "Naar Dagboek om te ontgrendelen");
    assert_eq!(h.state().screen(), Screen::Journal);
}
