//! Drafts: unsaved work survives a crash and the auto-lock. Each test replays a loss path on
//! the app: unlock, type, let the autosave run, drop the app without saving (a crash), open a
//! new app on the same data folder, unlock, and see the work offered back.

use ambtelijke_ruimte::ui::{Screen, SettingsCmd, VaultCmd};
use egui_kittest::kittest::Queryable;

mod common;

use common::drafts::{
    OFFER, draft_files, let_autosave_run, locked_app, restore_after_restart, unlock, unlocked_app,
    wait_for_drafts, write_unsaved_entry,
};
use common::{harness, press, test_session, type_into};

#[test]
fn after_a_crash_the_unsaved_entry_is_offered_and_restored_word_for_word() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = unlocked_app(dir.path());
    write_unsaved_entry(
        &mut h,
        "Warmtenet zonder draagvlak",
        "De buurt wil wachten, de wethouder wil tempo.",
    );
    h.get_by_label("Vervolgronde toevoegen").click();
    h.run();
    type_into(&mut h, "Wat gebeurde er?", "Een bewonersavond gepland.");
    let_autosave_run(&mut h);
    assert_eq!(draft_files(dir.path()).len(), 1, "one draft on disk");
    // The crash: the app goes without saving or quitting.
    drop(h);

    let mut h = locked_app(dir.path());
    assert!(
        h.query_by_label(OFFER).is_none(),
        "nothing offered while locked"
    );
    unlock(&mut h);
    h.get_by_label(OFFER);
    h.get_by_label("Het dilemma \u{201c}Warmtenet zonder draagvlak\u{201d}");
    h.get_by_label("Laatst bewaard: zojuist");
    press(&mut h, "Herstellen");
    assert_eq!(h.state().drafts_offered(), 0);
    let entry = h.state().draft().expect("the entry is open in the editor");
    assert_eq!(entry.title, "Warmtenet zonder draagvlak");
    assert_eq!(
        entry.dilemma,
        "De buurt wil wachten, de wethouder wil tempo."
    );
    assert_eq!(h.state().screen(), Screen::Journal);
    // Restored, not saved: the guard protects it, and the follow-up being written is back.
    press(&mut h, "Terug naar de lijst");
    assert!(
        h.state().guard_open(),
        "the restored work counts as unsaved"
    );
    press(&mut h, "Annuleren");
    // The restored follow-up is shown, not folded away under its header.
    assert!(
        h.query_all_by_value("Een bewonersavond gepland.")
            .next()
            .is_some(),
        "the follow-up being written is back"
    );
}

#[test]
fn an_untitled_entry_survives_the_auto_lock_and_is_offered_after_unlock() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = unlocked_app(dir.path());
    write_unsaved_entry(&mut h, "", "Zonder titel, maar niet zonder inhoud.");
    h.state_mut().push(SettingsCmd::SetAutoLock(1));
    h.run();
    for _ in 0..400 {
        h.step();
        if h.state().vault().session().is_none() {
            break;
        }
    }
    assert!(
        h.state().vault().session().is_none(),
        "locked after a minute idle"
    );
    assert!(h.state().draft().is_none(), "the editor was wiped");
    wait_for_drafts(&mut h);
    assert_eq!(draft_files(dir.path()).len(), 1, "the draft stayed");
    unlock(&mut h);
    h.get_by_label(OFFER);
    h.get_by_label("Een nieuw dilemma zonder titel");
    press(&mut h, "Herstellen");
    let entry = h.state().draft().expect("back in the editor");
    assert_eq!(entry.dilemma, "Zonder titel, maar niet zonder inhoud.");
}

#[test]
fn locking_right_after_typing_writes_the_draft_before_the_key_goes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = unlocked_app(dir.path());
    press(&mut h, "Nieuw dilemma");
    type_into(&mut h, "Het dilemma", "Net getypt, meteen vergrendeld.");
    assert!(
        draft_files(dir.path()).is_empty(),
        "not written yet: still typing"
    );
    h.state_mut().push(VaultCmd::Lock);
    h.step();
    assert!(h.state().vault().session().is_none());
    wait_for_drafts(&mut h);
    assert_eq!(draft_files(dir.path()).len(), 1);
    unlock(&mut h);
    press(&mut h, "Herstellen");
    assert_eq!(
        h.state().draft().map(|e| e.dilemma.as_str()),
        Some("Net getypt, meteen vergrendeld.")
    );
}

#[test]
fn discarding_an_offered_draft_asks_first_then_deletes_its_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = unlocked_app(dir.path());
    write_unsaved_entry(&mut h, "Weg ermee", "Toch niet nodig.");
    drop(h);
    let mut h = locked_app(dir.path());
    unlock(&mut h);
    press(&mut h, "Weggooien");
    h.get_by_label("Dit concept weggooien? Wat erin staat, is daarna weg.");
    assert_eq!(
        draft_files(dir.path()).len(),
        1,
        "nothing gone before the answer"
    );
    // Cancel keeps it; asking again and confirming removes it.
    press(&mut h, "Annuleren");
    assert_eq!(h.state().drafts_offered(), 1);
    press(&mut h, "Weggooien");
    press(&mut h, "Ja, weggooien");
    wait_for_drafts(&mut h);
    assert_eq!(h.state().drafts_offered(), 0);
    assert!(draft_files(dir.path()).is_empty(), "the file is gone");
}

#[test]
fn escape_or_decide_later_closes_the_offer_and_keeps_the_draft_for_the_next_unlock() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = unlocked_app(dir.path());
    write_unsaved_entry(&mut h, "Nog even niet", "Later kijk ik ernaar.");
    drop(h);
    let mut h = locked_app(dir.path());
    unlock(&mut h);
    h.key_press(egui::Key::Escape);
    h.run();
    assert_eq!(h.state().drafts_offered(), 0, "Escape closes the question");
    assert_eq!(draft_files(dir.path()).len(), 1, "the draft stays");
    drop(h);
    let mut h = locked_app(dir.path());
    unlock(&mut h);
    press(&mut h, "Later beslissen");
    assert_eq!(h.state().drafts_offered(), 0);
    assert_eq!(
        draft_files(dir.path()).len(),
        1,
        "offered again, and kept again"
    );
}

#[test]
fn saving_or_discarding_the_work_removes_its_draft() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(
        dir.path(),
        Some(test_session(dir.path())),
        Some(Screen::Journal),
        1400.0,
        0.25,
    );
    write_unsaved_entry(&mut h, "Bewaard", "Dit wordt opgeslagen.");
    assert_eq!(draft_files(dir.path()).len(), 1);
    press(&mut h, "Opslaan");
    wait_for_drafts(&mut h);
    assert!(draft_files(dir.path()).is_empty(), "saved: the draft went");
    press(&mut h, "Terug naar de lijst");
    write_unsaved_entry(&mut h, "Weggegooid", "Dit niet.");
    assert_eq!(draft_files(dir.path()).len(), 1);
    press(&mut h, "Terug naar de lijst");
    press(&mut h, "Niet opslaan");
    wait_for_drafts(&mut h);
    assert!(
        draft_files(dir.path()).is_empty(),
        "discarded: the draft went"
    );
}

#[test]
fn questionnaire_answers_in_progress_survive_a_crash() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = unlocked_app(dir.path());
    press(&mut h, "Vragenlijst");
    h.get_by_label("Eens").click();
    h.run();
    let_autosave_run(&mut h);
    let answered = h.state().quiz().expect("answers").answers.clone();
    assert_eq!(answered.len(), 1);
    assert_eq!(
        draft_files(dir.path()).len(),
        1,
        "the answers draft is on disk: {:?}",
        h.state().notice()
    );
    drop(h);

    let h = restore_after_restart(dir.path(), "1 antwoord in de vragenlijst");
    assert_eq!(h.state().screen(), Screen::Questionnaire);
    assert_eq!(h.state().quiz().expect("restored").answers, answered);
}

#[test]
fn a_practice_case_in_progress_survives_a_crash() {
    use ambtelijke_ruimte::ui::{NavCmd, S};
    use common::{content, nl};
    use egui::Role;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = unlocked_app(dir.path());
    h.state_mut().push(NavCmd::Go(Screen::Onboarding));
    h.run();
    h.get_by_label(nl(S::OnbCases)).click();
    h.run();
    let c = content();
    let case = &c.cases()[0];
    let tactic = &c.tactic(&case.tactics[0]).expect("tactic").name.nl;
    h.get_by_role_and_label(Role::CheckBox, tactic)
        .click_accesskit();
    h.run();
    let why = h.get_by_role_and_label(Role::MultilineTextInput, nl(S::CaseWhy));
    why.scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, nl(S::CaseWhy))
        .click();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, nl(S::CaseWhy))
        .type_text("Eerst de raad meenemen.");
    h.run();
    let_autosave_run(&mut h);
    drop(h);

    let mut h = locked_app(dir.path());
    unlock(&mut h);
    h.get_by_label(&format!("De oefening \u{201c}{}\u{201d}", case.title.nl));
    press(&mut h, "Herstellen");
    assert_eq!(h.state().screen(), Screen::Onboarding);
    let work = &h.state().onboarding().work[&case.id];
    assert_eq!(work.why, "Eerst de raad meenemen.");
    assert_eq!(work.picked, [case.tactics[0].clone()]);
}

/// The walk that lost work: answers and an entry unsaved, Ctrl+Q, "Opslaan en afsluiten". The
/// entry is saved as a record, the answers stay as a draft that the next unlock offers back.
#[test]
fn save_and_quit_keeps_unfinished_answers_as_a_draft_for_the_next_unlock() {
    use egui::{Key, Modifiers};
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = unlocked_app(dir.path());
    press(&mut h, "Vragenlijst");
    h.get_by_label("Eens").click();
    h.run();
    let answered = h.state().quiz().expect("answers").answers.clone();
    h.state_mut()
        .push(ambtelijke_ruimte::ui::NavCmd::Go(Screen::Journal));
    h.run();
    write_unsaved_entry(&mut h, "Voor het weekend", "Nog even ordenen.");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    h.get_by_label_contains("versleuteld concept");
    press(&mut h, "Opslaan en afsluiten");
    assert!(h.state().quitting());
    h.state_mut().exit();
    assert_eq!(
        common::saved_titles(&h),
        ["Voor het weekend"],
        "the entry is a record"
    );
    assert_eq!(draft_files(dir.path()).len(), 1, "only the answers wait");
    drop(h);

    let h = restore_after_restart(dir.path(), "1 antwoord in de vragenlijst");
    assert_eq!(h.state().quiz().expect("restored").answers, answered);
}

/// Quitting without "Save" (the user said don't save) still removes this run's drafts.
#[test]
fn quit_without_saving_leaves_no_draft_behind() {
    use egui::{Key, Modifiers};
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = unlocked_app(dir.path());
    write_unsaved_entry(&mut h, "Weg ermee", "Niet nodig.");
    assert_eq!(draft_files(dir.path()).len(), 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    press(&mut h, "Afsluiten zonder opslaan");
    h.state_mut().exit();
    assert!(
        draft_files(dir.path()).is_empty(),
        "{:?}",
        draft_files(dir.path())
    );
}
