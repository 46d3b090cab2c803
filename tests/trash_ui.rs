//! The trash and version history through the UI, headless: delete asks first and then moves
//! the entry to the trash; the trash view restores and (after a question) empties; an older
//! version is viewed read-only and restored.

mod common;

use std::path::Path;

use ambtelijke_ruimte::clock::Zone;
use ambtelijke_ruimte::content::Lang;
use ambtelijke_ruimte::journal::{Date, Entry};
use ambtelijke_ruimte::session::Session;
use ambtelijke_ruimte::ui::{App, JournalCmd, NavCmd, Screen};
use common::{harness, nl, press, test_session, wait_for_worker};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use ambtelijke_ruimte::ui::S;

fn entry(title: &str, dilemma: &str) -> Entry {
    let now = ambtelijke_ruimte::clock::now();
    let mut e = Entry::new(title, Date::from_unix(now));
    e.dilemma = dilemma.to_owned();
    e
}

fn app(root: &Path, session: Session) -> Harness<'static, App> {
    harness(root, Some(session), Some(Screen::Journal), 1000.0, 0.25)
}

fn in_journal(h: &Harness<'_, App>, id: &str) -> bool {
    h.state()
        .vault()
        .session()
        .is_some_and(|s| s.journal.get(id).is_some())
}

#[test]
fn delete_asks_first_then_moves_the_entry_to_the_trash() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut s = test_session(tmp.path());
    let now = ambtelijke_ruimte::clock::now();
    let id = s
        .save_entry(
            None,
            entry("Warmtenet Zuid", "Wie betaalt de aansluiting?"),
            now,
        )
        .expect("save");
    let mut h = app(tmp.path(), s);
    h.state_mut().push(JournalCmd::OpenEntry(id.clone()));
    h.run();

    press(&mut h, nl(S::Delete));
    h.get_by_label_contains("naar de prullenbak verplaatsen? Het blijft daar 30 dagen");
    assert!(in_journal(&h, &id), "asking deletes nothing");
    press(&mut h, nl(S::Cancel));
    assert!(
        h.query_by_label_contains("Het blijft daar 30 dagen")
            .is_none(),
        "the question is gone"
    );
    assert!(in_journal(&h, &id));

    press(&mut h, nl(S::Delete));
    press(&mut h, nl(S::DeleteYes));
    wait_for_worker(&mut h);
    assert!(!in_journal(&h, &id), "gone from the journal");
    assert!(h.state().draft().is_none(), "back to the list");
    let notice = h.state().notice().map(|n| n.text.clone());
    assert_eq!(
        notice.as_deref(),
        Some("Naar de prullenbak verplaatst; je kunt het 30 dagen terugzetten.")
    );
    let trashed = tmp.path().join("data/trash").join(format!("{id}.age"));
    assert!(trashed.is_file(), "in the vault's trash");
}

#[test]
fn the_trash_view_restores_and_empties_after_a_question() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut s = test_session(tmp.path());
    let now = ambtelijke_ruimte::clock::now();
    let back = s
        .save_entry(None, entry("Terug te halen", "x"), now)
        .expect("save");
    let gone = s
        .save_entry(None, entry("Mag weg", "y"), now)
        .expect("save");
    s.delete(&back, now).expect("delete");
    s.delete(&gone, now).expect("delete");
    let mut h = app(tmp.path(), s);

    press(&mut h, nl(S::TrashOpen));
    wait_for_worker(&mut h);
    h.get_by_label("Terug te halen");
    h.get_by_label("Mag weg");
    assert!(h.get_all_by_label_contains("nog 30 dagen").count() >= 2);

    press(&mut h, "Terug te halen terugzetten");
    wait_for_worker(&mut h);
    assert!(in_journal(&h, &back), "restored into the journal");
    assert!(h.query_by_label("Terug te halen").is_none());
    h.get_by_label("Mag weg");

    press(&mut h, nl(S::TrashEmpty));
    h.get_by_label(nl(S::TrashEmptyAsk));
    assert!(
        tmp.path()
            .join("data/trash")
            .join(format!("{gone}.age"))
            .is_file(),
        "asking removes nothing"
    );
    press(&mut h, nl(S::TrashEmptyYes));
    wait_for_worker(&mut h);
    h.get_by_label(nl(S::TrashNothing));
    assert!(
        !tmp.path()
            .join("data/trash")
            .join(format!("{gone}.age"))
            .exists()
    );
    // Escape leaves the trash for the list, as the back button does.
    h.key_press(egui::Key::Escape);
    h.run();
    h.get_by_label_contains("Terug te halen");
    assert!(h.query_by_label(nl(S::TrashNothing)).is_none());
}

#[test]
fn an_older_version_is_viewed_and_restored() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut s = test_session(tmp.path());
    let now = ambtelijke_ruimte::clock::now();
    let id = s
        .save_entry(None, entry("Eerste versie", "Zo begon het."), now - 60)
        .expect("save");
    s.save_entry(Some(&id), entry("Tweede versie", "Zo werd het."), now)
        .expect("save");
    let mut h = app(tmp.path(), s);
    h.state_mut().push(JournalCmd::OpenEntry(id.clone()));
    h.run();

    press(&mut h, nl(S::VersionsOpen));
    wait_for_worker(&mut h);
    // Escape goes back to the entry, and the versions open again.
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(
        h.query_by_label_contains("bewaart de app de vorige versie")
            .is_none()
    );
    assert!(h.state().draft().is_some(), "the entry stays open");
    press(&mut h, nl(S::VersionsOpen));
    wait_for_worker(&mut h);
    h.get_by_label("Eerste versie");
    // The current version is named above the list, not listed as an earlier one.
    h.get_by_label_contains("Nu geldt versie 2");
    assert!(h.query_by_label_contains("Versie 2 · opgeslagen").is_none());
    assert!(h.query_by_label("Tweede versie").is_none());
    // The list shows each version's opening words; viewing shows the whole entry read-only.
    assert_eq!(h.get_all_by_label("Zo begon het.").count(), 1);
    press(&mut h, "Versie 1 bekijken");
    h.get_by_label(nl(S::VersionReadOnly));
    assert_eq!(h.get_all_by_label("Zo begon het.").count(), 2);

    press(&mut h, "Versie 1 terugzetten");
    h.get_by_label_contains("Versie 1 weer de huidige maken?");
    let title = |h: &Harness<'_, App>| {
        h.state()
            .vault()
            .session()
            .and_then(|s| s.journal.get(&id).map(|e| e.title.clone()))
    };
    assert_eq!(
        title(&h).as_deref(),
        Some("Tweede versie"),
        "asking changes nothing"
    );
    press(&mut h, nl(S::VersionRestoreYes));
    wait_for_worker(&mut h);
    assert_eq!(title(&h).as_deref(), Some("Eerste versie"));
    assert_eq!(
        h.state().draft().map(|e| e.title.as_str()),
        Some("Eerste versie"),
        "the editor shows the restored version"
    );
    let kept = h
        .state()
        .vault()
        .session()
        .and_then(|s| s.history(&id).ok())
        .map(|(v, _)| v.len());
    assert_eq!(kept, Some(3), "the replaced version is kept in turn");
}

#[test]
fn a_completed_questionnaire_is_deleted_from_the_profile_after_a_question() {
    use ambtelijke_ruimte::assessment::{Answer, Answers, Catalogue, Item, Profile, Take};
    let tmp = tempfile::tempdir().expect("tmp");
    let mut s = test_session(tmp.path());
    let content = common::content();
    let catalogue = Catalogue::load(None, &content);
    let q = &catalogue.questionnaires[0].questionnaire;
    let answers: Answers = q
        .items
        .iter()
        .map(|i| {
            let a = match i {
                Item::Likert { .. } => Answer::Likert(3),
                Item::Scenario { .. } => Answer::Option(0),
            };
            (i.id().to_owned(), a)
        })
        .collect();
    let now = ambtelijke_ruimte::clock::now();
    let take = Take {
        questionnaire: q.id.clone(),
        completed: now,
        profile: Profile::compute(q, &answers),
        answers,
    };
    s.save_take(take, now).expect("take");
    let id = s.takes[0].id.clone();
    // Shown in local time, here Amsterdam's whatever the machine's zone.
    let amsterdam = Zone::named("Europe/Amsterdam").expect("the tz database knows Amsterdam");
    let date = amsterdam.stamp(now);
    let mut h = harness(tmp.path(), Some(s), Some(Screen::Profile), 1000.0, 0.25);
    h.state_mut().set_zone(amsterdam);
    h.run();
    let takes = |h: &Harness<'_, App>| h.state().vault().session().map(|s| s.takes.len());

    press(&mut h, &format!("Vragenlijst van {date} verwijderen"));
    h.get_by_label_contains(&format!("De vragenlijst van {date} naar de prullenbak"));
    assert_eq!(takes(&h), Some(1), "asking deletes nothing");
    press(&mut h, nl(S::DeleteYes));
    wait_for_worker(&mut h);
    assert_eq!(takes(&h), Some(0));
    // In the trash it is named by its questionnaire's title and when it was taken.
    h.state_mut().push(NavCmd::Go(Screen::Journal));
    h.run();
    press(&mut h, nl(S::TrashOpen));
    wait_for_worker(&mut h);
    h.get_by_label(&format!("{date} · {}", q.title.get(Lang::Nl)));
    assert!(
        tmp.path()
            .join("data/trash")
            .join(format!("{id}.age"))
            .is_file()
    );
}

/// A receipt made at 23:30 UTC on 31 March is dated 1 April in Amsterdam, where it was made.
#[test]
fn a_receipt_is_dated_by_the_local_calendar() {
    use ambtelijke_ruimte::export::{ConsentRecord, Scope};
    let tmp = tempfile::tempdir().expect("tmp");
    let mut s = test_session(tmp.path());
    // 2026-03-31 23:30:00 UTC.
    let late = 1_774_999_800;
    let receipt = ConsentRecord {
        date: late,
        coach: "Coach Anna".into(),
        recipient: None,
        purpose: "intervisie".into(),
        scope: Scope::default(),
        delete_after: None,
        sha256: String::new(),
        format: "md".into(),
    };
    s.save_consent(receipt, late).expect("receipt");
    let mut h = harness(tmp.path(), Some(s), Some(Screen::Shared), 1000.0, 0.25);
    h.state_mut()
        .set_zone(Zone::named("Europe/Amsterdam").expect("the tz database knows Amsterdam"));
    h.run();
    press(&mut h, "Wat ik deelde");
    h.get_by_label("2026-04-01");
    assert!(h.query_by_label("2026-03-31").is_none(), "not the UTC date");
}
