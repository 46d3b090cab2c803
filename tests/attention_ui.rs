//! "Needs your attention" at the top of the journal: a capture made while locked is never lost
//! from view after unlocking; Keep seals it into the journal, Discard asks first; forged,
//! missing and unreadable files are named in plain words and never listed as entries.

mod common;

use std::path::Path;
use std::sync::Arc;

use ambtelijke_ruimte::journal::{Date, Entry};
use ambtelijke_ruimte::records::Record;
use ambtelijke_ruimte::session::{Session, capture};
use ambtelijke_ruimte::ui::{App, Screen};
use ambtelijke_ruimte::vault::{Envelope, SecretString, Vault};
use common::{PASS, click, forge_record, harness, press, test_session, type_into, wait_for_worker};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

const NOW: i64 = 1_767_225_600; // 2026-01-01

fn reopen(root: &Path) -> Session {
    let vault = Arc::new(Vault::open(&root.join("data")).expect("open"));
    Session::unlock(vault, &SecretString::from(PASS.to_owned())).expect("unlock")
}

fn session_with_captures(root: &Path, titles: &[&str]) -> Session {
    drop(test_session(root));
    {
        // The vault holds the folder's lock while it is open.
        let vault = Vault::open(&root.join("data")).expect("open");
        for t in titles {
            capture(&vault, Entry::new(*t, Date::from_unix(NOW)), NOW).expect("capture");
        }
    }
    reopen(root)
}

fn journal(root: &Path, session: Session) -> Harness<'static, App> {
    harness(root, Some(session), Some(Screen::Journal), 1000.0, 0.25)
}

/// The accessible name of the navigation's journal item.
fn nav_name(h: &Harness<'_, App>) -> String {
    h.get_all_by_role(Role::Button)
        .filter_map(|n| n.accesskit_node().label().map(|l| l.to_string()))
        .find(|l| l.starts_with("Dagboek"))
        .expect("the journal item")
}

#[test]
fn a_quick_capture_made_in_the_app_waits_after_unlock_and_keep_seals_it_into_the_journal() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(test_session(dir.path()));
    let mut h = harness(dir.path(), None, Some(Screen::Journal), 1000.0, 0.25);
    type_into(&mut h, "Titel", "Raadsvraag over warmtenet");
    type_into(&mut h, "Het dilemma", "De wethouder wil een snel antwoord.");
    click(&mut h, "Vastleggen");
    h.get_by_label("Vastgelegd en versleuteld.");

    type_into(&mut h, "Wachtwoordzin", PASS);
    click(&mut h, "Ontgrendelen");
    wait_for_worker(&mut h);
    // Not in the list yet, but in plain view above it, with the navigation saying so.
    h.get_by_label("Vraagt je aandacht");
    h.get_by_label("Raadsvraag over warmtenet");
    h.get_by_label("vastgelegd terwijl de kluis op slot was");
    let today = Date::from_unix(ambtelijke_ruimte::clock::now()).to_string();
    h.get_by_label(&today);
    h.get_by_label_contains("Nog geen dilemma's");
    assert_eq!(nav_name(&h), "Dagboek: 1 punt vraagt je aandacht");

    press(&mut h, "Bewaren: Raadsvraag over warmtenet");
    h.get_by_label("Bewaard in je dagboek.");
    assert!(h.query_by_label("Vraagt je aandacht").is_none());
    h.get_by_label_contains("1 van 1 dilemma");
    h.get_by_label_contains("Raadsvraag over warmtenet (Open, vastgelegd");
    assert_eq!(nav_name(&h), "Dagboek");
    let s = h.state().vault().session().expect("open");
    assert!(s.inbox.is_empty() && !s.needs_attention());
    drop(h);

    // Sealed on disk: a fresh unlock reads it as a genuine entry, nothing waits.
    let again = reopen(dir.path());
    assert!(!again.needs_attention(), "nothing waits after keeping");
    let titles: Vec<&str> = again
        .journal
        .iter()
        .map(|(_, e)| e.title.as_str())
        .collect();
    assert_eq!(titles, ["Raadsvraag over warmtenet"]);
    assert!(std::fs::read_dir(dir.path().join("data/inbox")).is_ok_and(|d| d.count() == 0));
}

#[test]
fn discard_asks_first_and_keep_all_keeps_the_rest() {
    let dir = tempfile::tempdir().expect("temp dir");
    let s = session_with_captures(dir.path(), &["Eerste", "Tweede", "Derde"]);
    let mut h = journal(dir.path(), s);
    assert_eq!(nav_name(&h), "Dagboek: 3 punten vragen je aandacht");
    h.get_by_label_contains("Nog geen dilemma's");
    // Folding the panel away (room for the list on a short window) decides nothing.
    press(&mut h, "Verbergen");
    assert!(h.query_by_label("Eerste").is_none());
    press(&mut h, "Tonen (3)");
    h.get_by_label("Eerste");

    press(&mut h, "Weggooien: Tweede");
    // Nothing is gone yet: the question shows, and Cancel keeps it.
    h.get_by_label_contains("‘Tweede’ weggooien?");
    assert_eq!(h.state().vault().session().expect("open").inbox.len(), 3);
    press(&mut h, "Annuleren");
    assert!(h.query_by_label_contains("‘Tweede’ weggooien?").is_none());
    assert_eq!(h.state().vault().session().expect("open").inbox.len(), 3);

    press(&mut h, "Weggooien: Tweede");
    press(&mut h, "Ja, weggooien");
    h.get_by_label("Weggegooid.");
    assert!(h.query_by_label("Tweede").is_none());
    let inbox = dir.path().join("data/inbox");
    assert_eq!(std::fs::read_dir(&inbox).expect("inbox").count(), 2);

    press(&mut h, "Alles bewaren");
    h.get_by_label("2 bewaard in je dagboek.");
    h.get_by_label_contains("2 van 2 dilemma's");
    drop(h);
    let again = reopen(dir.path());
    let mut titles: Vec<&str> = again
        .journal
        .iter()
        .map(|(_, e)| e.title.as_str())
        .collect();
    titles.sort_unstable();
    assert_eq!(titles, ["Derde", "Eerste"]);
    assert!(!again.needs_attention());
}

#[test]
fn forged_missing_and_unreadable_files_are_named_and_never_listed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let mut s = test_session(dir.path());
    let kept = s
        .save_entry(None, Entry::new("Echt dilemma", Date::from_unix(NOW)), NOW)
        .expect("save");
    let lost = s
        .save_entry(None, Entry::new("Verdwenen", Date::from_unix(NOW)), NOW)
        .expect("save");
    drop(s);
    // An attacker with only the public key adds an entry; another file goes missing; a third
    // is garbage.
    let mut forged = Envelope::new(
        "entry",
        Record::Entry(Entry::new("Vervalst dilemma", Date::from_unix(NOW))),
        NOW,
    );
    forged.version = 7;
    let forged_file = format!("{}.age", forged.id);
    forge_record(&data, &forged_file, &forged, "");
    std::fs::remove_file(data.join("records").join(format!("{lost}.age"))).expect("delete");
    let broken = format!("{kept}x.age").replace(&kept, "01J0000000000000000000BAD0");
    std::fs::write(data.join("records").join(&broken), b"no age file").expect("write");

    let h = journal(dir.path(), reopen(dir.path()));
    h.get_by_label("Vraagt je aandacht");
    h.get_by_label_contains(&format!("{forged_file}: niet verzegeld door je kluis"));
    h.get_by_label_contains(&format!("{lost}: ontbreekt."));
    h.get_by_label_contains(&format!("{broken}: kon niet worden gelezen."));
    h.get_by_label_contains("zet deze bestanden terug uit een back-up");
    h.get_by_label_contains("ruimte verify");
    assert_eq!(nav_name(&h), "Dagboek: 3 punten vragen je aandacht");
    // Only the genuine entry is in the list; the forged one appears nowhere as an entry.
    h.get_by_label_contains("1 van 1 dilemma");
    h.get_by_label_contains("Echt dilemma (Open)");
    assert!(h.query_by_label_contains("Vervalst").is_none());
    let session = h.state().vault().session().expect("open");
    assert!(
        session
            .journal
            .iter()
            .all(|(_, e)| e.title != "Vervalst dilemma")
    );
}

#[test]
fn a_practice_exercise_kept_while_locked_says_where_it_waits_and_shows_after_unlock() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(test_session(dir.path()));
    let mut h = harness(dir.path(), None, Some(Screen::Journal), 1000.0, 0.25);
    let exercise = Entry::new("Oefening: Amerdoorn", Date::from_unix(NOW));
    h.state_mut()
        .push(ambtelijke_ruimte::ui::JournalCmd::SavePractice(Box::new(
            exercise,
        )));
    h.run();
    h.get_by_label_contains("onder ‘Vraagt je aandacht’, om te bewaren");
    type_into(&mut h, "Wachtwoordzin", PASS);
    click(&mut h, "Ontgrendelen");
    wait_for_worker(&mut h);
    h.get_by_label("Vraagt je aandacht");
    press(&mut h, "Bewaren: Oefening: Amerdoorn");
    let s = h.state().vault().session().expect("open");
    assert!(
        s.journal
            .iter()
            .any(|(_, e)| e.practice && e.title == "Oefening: Amerdoorn")
    );
}

#[test]
fn thousands_of_captures_draw_fifty_rows_and_count_the_rest() {
    let dir = tempfile::tempdir().expect("temp dir");
    let titles: Vec<String> = (0..120).map(|i| format!("Vastgelegd {i:03}")).collect();
    let refs: Vec<&str> = titles.iter().map(String::as_str).collect();
    let session = session_with_captures(dir.path(), &refs);
    let h = journal(dir.path(), session);
    // One "Bewaren" per drawn capture: fifty, not a hundred and twenty.
    let keeps = h
        .get_all_by_role(Role::Button)
        .filter(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("Bewaren: Vastgelegd"))
        })
        .count();
    assert_eq!(keeps, 50);
    h.get_by_label_contains("En nog 70 meer.");
    h.get_by_label("Alles bewaren");
}

/// Many files that do not check out, in a window of a laptop's height: the panel shows every
/// line at its full length, above the search field, in the page's one scroll (no box of its
/// own that cuts lines in half); the list is reached by scrolling that page.
#[test]
fn many_file_lines_sit_in_the_pages_scroll_not_a_box_of_their_own() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut s = test_session(dir.path());
    s.save_entry(None, Entry::new("Echt dilemma", Date::from_unix(NOW)), NOW)
        .expect("save");
    drop(s);
    let records = dir.path().join("data").join("records");
    for i in 0..15 {
        let name = format!("01J00000000000000000000B{i:02}.age");
        std::fs::write(records.join(name), b"no age file").expect("write");
    }
    let mut h = common::harness_sized(
        dir.path(),
        Some(reopen(dir.path())),
        Some(Screen::Journal),
        [1024.0, 700.0],
        0.25,
    );
    let last_line = h
        .get_by_label_contains("zet deze bestanden terug uit een back-up")
        .rect();
    let search = h.get_by_label("Zoeken").rect();
    assert!(
        last_line.max.y <= search.min.y,
        "the panel's last line at {last_line:?} lies below the search field at {search:?}"
    );
    // The entry below it is reached by scrolling the page.
    h.get_by_label_contains("Echt dilemma").scroll_to_me();
    h.run();
    let row = h.get_by_label_contains("Echt dilemma").rect();
    let window = h.ctx.content_rect();
    assert!(
        row.min.y >= window.min.y && row.max.y <= window.max.y,
        "{row:?}"
    );
}

/// Below the panel, in the same scroll, the list still draws only the rows in view, not all.
#[test]
fn the_list_below_the_panel_draws_only_the_rows_in_view() {
    let dir = tempfile::tempdir().expect("temp dir");
    let titles: Vec<String> = (0..60).map(|i| format!("Dilemma {i:03}")).collect();
    let mut s = session_with_captures(dir.path(), &["Nog te bewaren"]);
    for t in &titles {
        s.save_entry(None, Entry::new(t, Date::from_unix(NOW)), NOW)
            .expect("save");
    }
    let h = journal(dir.path(), s);
    h.get_by_label("Vraagt je aandacht");
    let drawn = h.query_all_by_label_contains("Dilemma ").count();
    assert!((1..30).contains(&drawn), "{drawn} rows drawn of 60");
}
