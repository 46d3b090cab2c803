//! Everyday ease: the journal list's rows (excerpt, tactic chips, feedback mark) and folded
//! filters, the date picker, "start a dilemma with this tactic", and receipts that fit.

use ambtelijke_ruimte::content::Lang;
use ambtelijke_ruimte::export::{ConsentRecord, FeedbackRecord, Scope};
use ambtelijke_ruimte::journal::{Date, Entry};
use ambtelijke_ruimte::session::Session;
use ambtelijke_ruimte::ui::{NavCmd, S, Screen, SettingsCmd};
use egui::Role;
use egui_kittest::kittest::{NodeT, Queryable};

mod common;

use common::{PASS, click, harness_sized, nl, press, test_session, type_into, wait_for_worker};

const SIZE: [f32; 2] = [1024.0, 700.0];
const DILEMMA: &str =
    "De wethouder wil de regeling doorzetten, terwijl bijna niemand er gebruik van maakt.";

/// A vault with two entries, the first with two tactics and a coach's feedback.
fn seeded(root: &std::path::Path) -> Session {
    let mut s = test_session(root);
    let now = ambtelijke_ruimte::clock::now();
    let mut a = Entry::new("Subsidieregeling", Date::from_unix(now));
    a.dilemma = format!("{DILEMMA}\n\nEn   verder."); // whitespace folds in the excerpt
    a.tactics = vec!["traineren".into(), "loyale-tegenspraak".into()];
    let id = s.save_entry(None, a, now).expect("save");
    let b = Entry::new("Straat open", Date::from_unix(now));
    s.save_entry(None, b, now).expect("save");
    let feedback = FeedbackRecord {
        coach: "Marieke".into(),
        entry_id: id,
        text: "Goed dat je dit opschrijft.".into(),
        written: now,
        export_sha256: String::new(),
    };
    s.save_feedback(feedback, now).expect("feedback");
    s
}

/// Every text drawn in the last frame.
fn drawn_texts(output: &egui::FullOutput) -> Vec<String> {
    fn walk(shape: &egui::epaint::Shape, out: &mut Vec<String>) {
        match shape {
            egui::epaint::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            egui::epaint::Shape::Text(t) => out.push(t.galley.text().to_owned()),
            _ => {}
        }
    }
    let mut texts = Vec::new();
    for clipped in &output.shapes {
        walk(&clipped.shape, &mut texts);
    }
    texts
}

#[test]
fn a_journal_row_shows_an_excerpt_tactic_chips_and_the_coachs_feedback_mark() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = seeded(dir.path());
    let mut h = harness_sized(dir.path(), Some(session), Some(Screen::Journal), SIZE, 0.25);
    h.run_steps(2);
    let row = h.get_by_label_contains("Subsidieregeling (Open");
    let name = row.accesskit_node().label().unwrap_or_default();
    assert!(name.contains(", Feedback van je coach)"), "{name}");
    assert!(name.contains(&format!("{DILEMMA} En verder.")), "{name}");
    assert!(
        name.contains("Tactieken: Traineren, Loyale tegenspraak"),
        "{name}"
    );
    // The entry without feedback carries no mark.
    let other = h.get_by_label_contains("Straat open (Open)");
    let other = other.accesskit_node().label().unwrap_or_default();
    assert!(!other.contains("Feedback"), "{other}");
    // And it is visible text, not only a name for screen readers.
    let texts = drawn_texts(h.output());
    for wanted in ["Traineren", "Loyale tegenspraak", nl(S::FeedbackMark)] {
        assert!(
            texts.iter().any(|t| t == wanted),
            "{wanted} not drawn: {texts:?}"
        );
    }
    assert!(
        texts.iter().any(|t| t.starts_with("De wethouder wil")),
        "no excerpt drawn: {texts:?}"
    );
}

#[test]
fn at_text_size_2_the_filters_fold_behind_one_button() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = seeded(dir.path());
    let mut h = harness_sized(dir.path(), Some(session), Some(Screen::Journal), SIZE, 0.25);
    h.get_by_label("Bord");
    h.state_mut().push(SettingsCmd::SetTextScale(2.0));
    h.run();
    assert!(h.query_by_label("Bord").is_none(), "board filter folded");
    press(&mut h, nl(S::FiltersToggle));
    h.get_by_label("Bord");
}

#[test]
fn the_date_picker_sets_the_entry_date() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = seeded(dir.path());
    let mut h = harness_sized(dir.path(), Some(session), Some(Screen::Journal), SIZE, 0.25);
    press(&mut h, "Nieuw dilemma");
    click(&mut h, "Datum: kies in de kalender");
    // The calendar opens on this month; go one back and take its first day.
    let today = Date::from_unix(ambtelijke_ruimte::clock::now());
    let (year, month) = if today.month == 1 {
        (today.year - 1, 12)
    } else {
        (today.year, today.month - 1)
    };
    let months: Vec<&str> = S::MonthNames.get(Lang::Nl).split_whitespace().collect();
    click(&mut h, nl(S::PrevMonth));
    let day = format!("1 {} {year}", months[usize::from(month) - 1]);
    click(&mut h, &day);
    let field = h.get_by_role_and_label(Role::TextInput, "Datum");
    let wanted = format!("{year:04}-{month:02}-01");
    assert_eq!(
        field.accesskit_node().value().as_deref(),
        Some(wanted.as_str())
    );
    // Typing stays possible.
    assert!(
        h.query_by_label(&day).is_none(),
        "the calendar closed after the pick"
    );
    type_into(&mut h, "Titel", "Met datum");
    click(&mut h, "Opslaan");
    assert_eq!(h.state().draft().map(|e| e.date.to_string()), Some(wanted));
}

#[test]
fn a_tactic_page_starts_a_dilemma_with_that_tactic_linked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = test_session(dir.path());
    let mut h = harness_sized(dir.path(), Some(session), None, SIZE, 0.25);
    h.state_mut().push(NavCmd::ShowTactic("traineren".into()));
    h.run();
    click(&mut h, nl(S::StartWithTactic));
    assert_eq!(h.state().screen(), Screen::Journal);
    let draft = h.state().draft().expect("a new entry is open");
    assert_eq!(draft.tactics, vec!["traineren".to_owned()]);
    assert!(draft.title.is_empty());
}

#[test]
fn with_the_vault_locked_the_tactics_dilemma_opens_after_the_unlock() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(test_session(dir.path()));
    let mut h = harness_sized(dir.path(), None, None, SIZE, 0.25);
    h.state_mut()
        .push(NavCmd::ShowTactic("loyale-tegenspraak".into()));
    h.run();
    click(&mut h, nl(S::StartWithTactic));
    assert_eq!(h.state().screen(), Screen::Journal);
    assert!(h.state().draft().is_none());
    h.get_by_label(nl(S::TacticAfterUnlock));
    type_into(&mut h, "Wachtwoordzin", PASS);
    click(&mut h, "Ontgrendelen");
    wait_for_worker(&mut h);
    let draft = h
        .state()
        .draft()
        .expect("the entry opened after the unlock");
    assert_eq!(draft.tactics, vec!["loyale-tegenspraak".to_owned()]);
}

#[test]
fn the_receipts_stay_inside_the_window_at_text_sizes_1_and_2() {
    let purpose =
        "Voorbereiding op ons intervisiegesprek van volgende week over de subsidieregeling";
    for scale in [1.0, 2.0] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut session = test_session(dir.path());
        let now = ambtelijke_ruimte::clock::now();
        let record = ConsentRecord {
            date: now,
            coach: "Marieke de Vries".into(),
            recipient: None,
            purpose: purpose.into(),
            scope: Scope::default(),
            delete_after: Some(Date::from_unix(now).add_days(90)),
            sha256: "9360980ab7de5dbdd2b07ce136106459417b1c859e42f20a4c54aa399959e45c".into(),
            format: "md".into(),
        };
        session.save_consent(record, now).expect("receipt");
        let mut h = harness_sized(dir.path(), Some(session), Some(Screen::Shared), SIZE, 0.25);
        h.state_mut().push(SettingsCmd::SetTextScale(scale));
        h.run();
        press(&mut h, nl(S::TabReceipts));
        let right = h.ctx.content_rect().right();
        for text in [purpose, "Marieke de Vries"] {
            let r = h.get_by_label_contains(text).rect();
            assert!(
                r.right() <= right,
                "at {scale}, {text} ends at {} of {right}",
                r.right()
            );
        }
        let hash = h.get_by_label_contains("9360980ab7de").rect();
        assert!(
            hash.right() <= right,
            "at {scale}, the hash ends at {}",
            hash.right()
        );
    }
}
