//! Every screen, and the states within a screen that change its layout, at every text size
//! from 0.8 to 2.0 in the smallest window (1024×700): no control or text drawn over another,
//! every control reachable (inside the window across, and in view or scrolled into it), no
//! word broken in the middle. The checker is `common::layout`; it says what it cannot see.

mod common;

use std::path::Path;

use ambtelijke_ruimte::ui::{App, NavCmd, QuizCmd, Screen};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use common::layout::{problems_at_every_size, small_window as app};
use common::{nl, press};

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

/// The pages that need no vault, in `lang`: what the checker finds.
fn pages_without_a_vault(lang: ambtelijke_ruimte::content::Lang) -> Vec<String> {
    use ambtelijke_ruimte::ui::{S, SettingsCmd};
    let dir = tempfile::tempdir().expect("temp dir");
    let mut found = Vec::new();
    let mut h = app(dir.path(), None, Screen::Welcome);
    h.state_mut().push(SettingsCmd::SetLang(lang));
    h.run();
    check(&mut h, "welcome", &mut found);
    h.state_mut().push(NavCmd::Go(Screen::Onboarding));
    h.run();
    check(&mut h, "onboarding tour, page 1", &mut found);
    for page in 2..=5 {
        press(&mut h, S::Next.get(lang));
        check(&mut h, &format!("onboarding tour, page {page}"), &mut found);
    }
    press(&mut h, S::OnbCases.get(lang));
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
    common::answer_all_and_open_the_profile(&mut h);
    check(&mut h, "profile before a vault", &mut found);
    found
}

#[test]
fn the_pages_without_a_vault_hold_at_every_text_size() {
    assert_none(&pages_without_a_vault(ambtelijke_ruimte::content::Lang::Nl));
}

#[test]
fn the_pages_without_a_vault_hold_in_english_too() {
    assert_none(&pages_without_a_vault(ambtelijke_ruimte::content::Lang::En));
}

/// A journal of three dilemmas: one with five tactics, a coach's feedback, two follow-ups and
/// an earlier version; one with long words; one in the trash. And a quick capture waiting in
/// the inbox, so the attention panel shows.
fn full_journal(root: &Path) -> (ambtelijke_ruimte::session::Session, String) {
    use ambtelijke_ruimte::export::FeedbackRecord;
    use ambtelijke_ruimte::journal::{Date, Entry, FollowUp};
    use ambtelijke_ruimte::vault::Vault;
    let now = ambtelijke_ruimte::clock::now();
    let today = Date::from_unix(now);
    let mut s = common::test_session(root);
    let mut e = Entry::new("Subsidieregeling die niet werkt", today);
    e.dilemma =
        "De wethouder wil de regeling doorzetten, terwijl bijna niemand er gebruik van maakt."
            .into();
    e.tactics = [
        "loyale-tegenspraak",
        "traineren",
        "groeipad-initiatieven",
        "belangen-zoeken",
        "interne-coalities",
    ]
    .map(String::from)
    .to_vec();
    e.stakeholders = vec!["wethouder".into(), "bewonersplatform".into()];
    let id = s.save_entry(None, e.clone(), now - 60).expect("save");
    let follow = |text: &str| FollowUp {
        date: today,
        happened: text.into(),
        pushback: "Weerstand van de afdeling financiën.".into(),
        adjustment: "Een kleinere proef voorgesteld.".into(),
        learned: "Eerst de coalitie, dan het voorstel.".into(),
    };
    e.follow_ups = vec![
        follow("Een gesprek met de wethouder."),
        follow("De raad stelde vragen."),
    ];
    s.save_entry(Some(&id), e, now).expect("save again");
    s.save_feedback(
        FeedbackRecord {
            coach: "Marieke".into(),
            entry_id: id.clone(),
            text: "Goed dat je dit opschrijft.".into(),
            written: now,
            export_sha256: String::new(),
        },
        now,
    )
    .expect("feedback");
    let mut long = Entry::new("Warmtetransitievisie-uitvoeringsprogrammering", today);
    long.dilemma = "Gemeenteraadsvergaderingsagendering van de warmtetransitievisie.".into();
    long.tactics = vec!["koppel-opgaven".into()];
    s.save_entry(None, long, now).expect("save");
    let gone = s
        .save_entry(None, Entry::new("Oude notitie over de RES", today), now)
        .expect("save");
    s.delete(&gone, now).expect("delete");
    drop(s);
    {
        // The vault holds the folder's lock while it is open.
        let vault = Vault::open(&root.join("data")).expect("open");
        ambtelijke_ruimte::session::capture(
            &vault,
            Entry::new("Raadsvraag over het warmtenet", today),
            now,
        )
        .expect("capture");
    }
    let vault = std::sync::Arc::new(Vault::open(&root.join("data")).expect("open"));
    let pass = ambtelijke_ruimte::vault::SecretString::from(common::PASS.to_owned());
    let s = ambtelijke_ruimte::session::Session::unlock(vault, &pass).expect("unlock");
    (s, id)
}

#[test]
fn the_journal_holds_at_every_text_size() {
    use ambtelijke_ruimte::ui::{JournalCmd, S, VaultCmd};
    let dir = tempfile::tempdir().expect("temp dir");
    let (session, id) = full_journal(dir.path());
    let mut found = Vec::new();
    let mut h = app(dir.path(), Some(session), Screen::Journal);
    check(&mut h, "journal list with the attention panel", &mut found);
    h.state_mut().push(JournalCmd::OpenEntry(id));
    h.run();
    check(&mut h, "entry with follow-ups", &mut found);
    press(&mut h, nl(S::VersionsOpen));
    common::wait_for_worker(&mut h);
    check(&mut h, "versions", &mut found);
    h.key_press(egui::Key::Escape);
    h.run();
    h.state_mut().push(JournalCmd::CloseEntry);
    h.run();
    press(&mut h, nl(S::TrashOpen));
    common::wait_for_worker(&mut h);
    check(&mut h, "trash", &mut found);
    h.key_press(egui::Key::Escape);
    h.state_mut().push(VaultCmd::Lock);
    h.run();
    check(&mut h, "the lock screen", &mut found);
    assert_none(&found);
}

#[test]
fn the_profile_settings_and_recovery_code_hold_at_every_text_size() {
    use ambtelijke_ruimte::ui::S;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut found = Vec::new();
    let session = common::test_session(dir.path());
    let mut h = app(dir.path(), Some(session), Screen::Questionnaire);
    common::answer_all_and_open_the_profile(&mut h);
    check(&mut h, "profile with a take", &mut found);
    press(&mut h, nl(S::PrintPdf));
    check(&mut h, "profile with its print form", &mut found);
    h.state_mut().push(NavCmd::Go(Screen::Settings));
    h.run();
    check(&mut h, "settings with a vault", &mut found);
    press(&mut h, nl(S::NewRecovery));
    common::wait_for_worker(&mut h);
    check(&mut h, "new recovery code", &mut found);
    assert_none(&found);
}

#[test]
fn sharing_holds_at_every_text_size() {
    use ambtelijke_ruimte::ui::{S, SettingsCmd};
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("anne");
    let mut found = Vec::new();
    let (session, _) = full_journal(&root);
    let mut h = app(&root, Some(session), Screen::Shared);
    // The wizard's three steps: one entry chosen, then words to blank out, then consent.
    check(&mut h, "share wizard, step 1", &mut found);
    let label = h
        .query_all_by_role(egui::accesskit::Role::CheckBox)
        .filter_map(|n| n.accesskit_node().label())
        .find(|l| l.ends_with("Subsidieregeling die niet werkt"))
        .expect("the entry's box in step 1");
    h.get_by_label(&label).click();
    h.run();
    check(&mut h, "share wizard, step 1 with a choice", &mut found);
    press(&mut h, "Volgende");
    check(&mut h, "share wizard, step 2", &mut found);
    press(&mut h, "Volgende");
    check(&mut h, "share wizard, step 3", &mut found);
    press(&mut h, nl(S::TabReceipts));
    check(&mut h, "receipts", &mut found);
    drop(h);

    // The coach: a coach key, no journal.
    let coach = dir.path().join("coach");
    let pass = ambtelijke_ruimte::vault::SecretString::from(common::PASS.to_owned());
    let (key, _) = ambtelijke_ruimte::vault::Vault::create_with_work_factor_for_tests(
        &coach.join("data/coach-key"),
        &pass,
        10,
    )
    .expect("coach key");
    drop(key);
    let mut h = app(&coach, None, Screen::Shared);
    check(&mut h, "coach key locked", &mut found);
    common::type_into(&mut h, "Wachtwoordzin", common::PASS);
    press(&mut h, "Coachsleutel ontgrendelen");
    common::wait_for_worker(&mut h);
    h.run();
    common::wait_for_worker(&mut h);
    check(&mut h, "coach key and inbox", &mut found);
    let recipient = {
        let text = std::fs::read_to_string(coach.join("data/coach-key/vault.ron")).expect("ron");
        let start = text.find("age1").expect("recipient");
        text[start..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
    };
    let mut anne = common::test_session(&dir.path().join("anne2"));
    let file = common::sharing::summary_for(&mut anne, &recipient, dir.path());
    h.state_mut().push(SettingsCmd::SetOwnFileDialog(true));
    h.state_mut().shared_mut().open_path = dir.path().display().to_string();
    h.run();
    press(&mut h, "Pad naar het bestand: bladeren");
    common::wait_for_worker(&mut h);
    check(&mut h, "file picker", &mut found);
    h.key_press(egui::Key::Escape);
    h.run();
    common::sharing::open_as_coach(&mut h, &file, "Anne");
    check(&mut h, "coach with an opened summary", &mut found);
    assert_none(&found);
}

#[test]
fn the_guard_and_the_drafts_offer_hold_at_every_text_size() {
    use common::drafts::{let_autosave_run, unlock};
    let dir = tempfile::tempdir().expect("temp dir");
    drop(common::test_session(dir.path()));
    let mut found = Vec::new();
    let mut h = app(dir.path(), None, Screen::Journal);
    unlock(&mut h);
    press(&mut h, "Nieuw dilemma");
    common::type_into(&mut h, "Titel", "Warmtenet zonder draagvlak");
    common::type_into(
        &mut h,
        "Het dilemma",
        "De buurt wil wachten, de wethouder wil tempo.",
    );
    let_autosave_run(&mut h);
    press(&mut h, "Terug naar de lijst");
    assert!(h.state().guard_open(), "unsaved work is asked about");
    check(&mut h, "the guard's question", &mut found);
    // The crash: the app goes without saving or quitting; the next unlock offers the draft.
    drop(h);
    let mut h = app(dir.path(), None, Screen::Journal);
    unlock(&mut h);
    assert_eq!(h.state().drafts_offered(), 1);
    check(&mut h, "the drafts offer", &mut found);
    assert_none(&found);
}
