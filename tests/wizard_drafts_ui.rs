//! The share wizard survives a crash: its choices are kept as a sealed draft, offered back
//! after unlock at the same step, with consent asked again; entries deleted meanwhile are left
//! out with a note; discarding, clearing or finishing the wizard removes the draft. And its
//! three step names stay whole and apart at text size 2.0.

use std::path::Path;
use std::sync::Arc;

use ambtelijke_ruimte::content::Lang;
use ambtelijke_ruimte::export::Parts;
use ambtelijke_ruimte::journal::{Date, Entry};
use ambtelijke_ruimte::session::{DraftBody, Session};
use ambtelijke_ruimte::ui::{App, NavCmd, Screen, SettingsCmd, VaultCmd, VaultState};
use ambtelijke_ruimte::vault::{SecretString, Vault};
use egui::accesskit::Toggled;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

mod common;

use common::drafts::{OFFER, draft_files, let_autosave_run, locked_app, unlock, wait_for_drafts};
use common::{PASS, harness_sized, press, test_session, type_into, wait_for_worker};

const FIRST: &str = "Warmtenet Wassenberg";
const SECOND: &str = "Isolatie in de Vogelbuurt";
const WORDS: &str = "Wassenberg, Anna";
const TICK: &str = "Ik deel precies deze voorvertoning";

/// A locked vault in `root/data` holding two entries; their ids, first and second.
fn vault_with_two_entries(root: &Path) -> (String, String) {
    let (_, first, second) = session_with_two_entries(root);
    (first, second)
}

/// A vault in `root/data` holding two entries, unlocked; their ids, first and second.
fn session_with_two_entries(root: &Path) -> (Session, String, String) {
    let mut session = test_session(root);
    let mut first = Entry::new(FIRST, Date::from_unix(0));
    first.dilemma = "De wethouder van Wassenberg aarzelt.".into();
    let first = session.save_entry(None, first, 1).expect("save");
    let second = Entry::new(SECOND, Date::from_unix(86_400));
    let second = session.save_entry(None, second, 2).expect("save");
    (session, first, second)
}

/// The entry's checkbox in step 1.
fn row(title: &str, day: &str) -> String {
    format!("{day}  {title}")
}

/// Unlocked, on Gedeeld: chooses both entries, leaves out the first one's reflection, blanks
/// out two words and ends at step 3 with the coach's name typed and consent ticked; lets the
/// autosave run.
fn walk_to_consent(h: &mut Harness<'_, App>) {
    press(h, "Gedeeld");
    h.get_by_label(&row(FIRST, "1970-01-01")).click();
    h.run();
    h.get_by_label(&row(SECOND, "1970-01-02")).click();
    h.run();
    h.get_by_label(&format!("{FIRST}: opties en besluit"))
        .click();
    h.run();
    press(h, "Volgende");
    type_into(
        h,
        "Woorden om weg te laten (gescheiden door komma's)",
        WORDS,
    );
    press(h, "Volgende");
    type_into(h, "Naam van je coach", "Coach Anna");
    h.get_by_label(TICK).click();
    h.run();
    assert!(
        h.state().shared().consent.confirmed,
        "ticked before the crash"
    );
    let_autosave_run(h);
}

/// Two entries in a new vault; the wizard walked to step 3 and the app crashed (dropped
/// without any save or quit); a new app on the same folder, unlocked, with the offer showing.
/// The folder, the two entry ids, and the new app.
fn crash_mid_wizard() -> (tempfile::TempDir, String, String, Harness<'static, App>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (first, second) = vault_with_two_entries(dir.path());
    let mut h = locked_app(dir.path());
    unlock(&mut h);
    walk_to_consent(&mut h);
    let files = draft_files(dir.path());
    assert_eq!(files.len(), 1, "one draft on disk");
    let bytes = std::fs::read(&files[0]).expect("the draft");
    for plain in ["Wassenberg", "Coach Anna", first.as_str()] {
        assert!(
            !bytes.windows(plain.len()).any(|w| w == plain.as_bytes()),
            "{plain} is not on disk in the clear"
        );
    }
    drop(h);
    // What the draft holds: the choices, never the preview's text nor the consent tick.
    {
        let vault = Arc::new(Vault::open(&dir.path().join("data")).expect("open"));
        let mut session = Session::unlock(vault, &SecretString::from(PASS)).expect("unlock");
        let drafts = session.take_drafts();
        let [draft] = drafts.as_slice() else {
            panic!("one draft: {drafts:?}")
        };
        let DraftBody::Share(share) = &draft.body else {
            panic!("a share draft: {draft:?}")
        };
        assert_eq!(share.step, 3);
        let text = ron::to_string(&draft.body).expect("serialises");
        for absent in ["aarzelt", "confirmed", "understood"] {
            assert!(!text.contains(absent), "{absent} in {text}");
        }
    }
    let mut h = locked_app(dir.path());
    unlock(&mut h);
    h.get_by_label(OFFER);
    (dir, first, second, h)
}

/// The ids of the entries chosen in the wizard, in order.
fn chosen(h: &Harness<'_, App>) -> Vec<String> {
    let entries = &h.state().shared().scope.entries;
    entries.iter().map(|s| s.entry_id.clone()).collect()
}

/// The choices made in [`walk_to_consent`], as the wizard holds them.
fn assert_walked_choices(h: &Harness<'_, App>, first: &str, second: &str) {
    let view = h.state().shared();
    let chosen: Vec<&str> = view
        .scope
        .entries
        .iter()
        .map(|s| s.entry_id.as_str())
        .collect();
    assert_eq!(
        chosen,
        [first, second],
        "the same entries, in the same order"
    );
    let without_reflection = Parts {
        reflection: false,
        ..Parts::default()
    };
    assert_eq!(view.scope.entries[0].parts, without_reflection);
    assert_eq!(view.scope.entries[1].parts, Parts::default());
    assert_eq!(view.scope.redact, ["Wassenberg", "Anna"]);
    assert_eq!(view.redact_text, WORDS);
    assert_eq!(view.consent.coach, "Coach Anna");
}

#[test]
fn a_crash_mid_wizard_is_offered_and_restored_at_the_same_step_without_consent() {
    let (dir, first, second, mut h) = crash_mid_wizard();
    h.get_by_label("Delen met je coach, stap 3 van 3: Toestemming");
    h.get_by_label("2 dilemma's gekozen");
    press(&mut h, "Herstellen");
    assert_eq!(h.state().drafts_offered(), 0);
    assert_eq!(h.state().screen(), Screen::Shared);
    h.get_by_label("Hersteld. Er is nog niets gedeeld.");
    assert_eq!(h.state().shared().step.number(), 3, "the same step");
    assert_walked_choices(&h, &first, &second);
    // Consent is given again, and the wizard says so.
    assert!(!h.state().shared().consent.confirmed);
    let tick = h.get_by_label(TICK);
    assert_eq!(tick.accesskit_node().toggled(), Some(Toggled::False));
    h.get_by_label_contains("Je toestemming wordt nooit bewaard");
    // Back at step 2 the words are in their field, and the preview blanks them.
    press(&mut h, "Vorige");
    assert!(
        h.query_all_by_value(WORDS).next().is_some(),
        "the words as typed"
    );
    let preview = h.state().shared().preview.clone().expect("a preview");
    assert!(!preview.contains("Wassenberg"), "{preview}");
    assert_eq!(draft_files(dir.path()).len(), 1, "restored, still kept");

    // Finishing the export removes the draft.
    press(&mut h, "Volgende");
    type_into(&mut h, "Doel van het delen", "Intervisie");
    h.get_by_label("Onversleutelde Markdown").click();
    h.run();
    h.get_by_label("Ik begrijp dat dit bestand leesbaar is voor iedereen")
        .click();
    h.run();
    let file = dir.path().join("voor-anna.md");
    h.state_mut().shared_mut().path = file.display().to_string();
    h.run();
    h.get_by_label(TICK).click();
    h.run();
    press(&mut h, "Exporteren");
    wait_for_worker(&mut h);
    assert!(file.exists(), "exported");
    let_autosave_run(&mut h);
    assert!(
        draft_files(dir.path()).is_empty(),
        "the draft went with the export"
    );
}

#[test]
fn an_entry_deleted_meanwhile_is_left_out_with_a_note() {
    // After the crash the user decides later and deletes the first entry meanwhile.
    let (_dir, first, second, mut h) = crash_mid_wizard();
    press(&mut h, "Later beslissen");
    match h.state_mut().vault_mut() {
        VaultState::Open(s) => s.delete(&first, 3).expect("to the trash"),
        _ => panic!("the vault is open"),
    }
    h.state_mut().push(VaultCmd::Lock);
    h.run();
    wait_for_drafts(&mut h);
    unlock(&mut h);
    press(&mut h, "Herstellen");
    assert_eq!(chosen(&h), [second], "the deleted entry is left out");
    let step = h.state().shared().step.number();
    assert_eq!(step, 3, "what is left still goes");
    h.get_by_label("1 gekozen dilemma bestaat niet meer en is weggelaten.");
    assert!(
        h.state().notice().is_none_or(|n| !n.error),
        "a note, not an error"
    );
    press(&mut h, "Begrepen");
    assert!(h.query_by_label_contains("bestaat niet meer").is_none());
}

#[test]
fn discarding_the_offer_or_clearing_the_wizard_removes_its_draft() {
    let (dir, _, _, mut h) = crash_mid_wizard();
    press(&mut h, "Weggooien");
    press(&mut h, "Ja, weggooien");
    wait_for_drafts(&mut h);
    assert!(draft_files(dir.path()).is_empty(), "discarded");
    assert!(!h.state().shared().in_progress());

    // Cancelling: everything chosen is cleared again in step 1.
    press(&mut h, "Gedeeld");
    h.get_by_label(&row(SECOND, "1970-01-02")).click();
    h.run();
    let_autosave_run(&mut h);
    assert_eq!(draft_files(dir.path()).len(), 1, "kept while part way");
    press(&mut h, "Niets selecteren");
    let_autosave_run(&mut h);
    assert!(draft_files(dir.path()).is_empty(), "cleared, so gone");
}

#[test]
fn locking_mid_wizard_writes_its_draft_before_the_key_goes() {
    let dir = tempfile::tempdir().expect("temp dir");
    vault_with_two_entries(dir.path());
    let mut h = locked_app(dir.path());
    unlock(&mut h);
    press(&mut h, "Gedeeld");
    h.get_by_label(&row(SECOND, "1970-01-02")).click();
    h.run();
    press(&mut h, "Volgende");
    assert!(
        draft_files(dir.path()).is_empty(),
        "not written yet: just chosen"
    );
    h.state_mut().push(VaultCmd::Lock);
    h.step();
    assert!(
        !h.state().shared().in_progress(),
        "the lock wiped the wizard"
    );
    wait_for_drafts(&mut h);
    assert_eq!(draft_files(dir.path()).len(), 1);
    h.state_mut().push(NavCmd::Go(Screen::Journal));
    h.run();
    unlock(&mut h);
    h.get_by_label("Delen met je coach, stap 2 van 3: Laat woorden weg");
    h.get_by_label("1 dilemma gekozen");
    press(&mut h, "Herstellen");
    assert_eq!(h.state().shared().step.number(), 2);
    assert_eq!(chosen(&h).len(), 1);
}

const STEPS: [(Lang, [&str; 3]); 2] = [
    (
        Lang::Nl,
        [
            "1. Kies wat je deelt",
            "2. Laat woorden weg",
            "3. Toestemming",
        ],
    ),
    (
        Lang::En,
        [
            "1. Choose what to share",
            "2. Blank out words",
            "3. Consent",
        ],
    ),
];

/// The three step names on show do not overlap and end inside the window.
fn assert_steps_apart_and_inside(h: &Harness<'_, App>, names: [&str; 3], at: &str) {
    let width = h.ctx.content_rect().width();
    let rects: Vec<(&str, egui::Rect)> = names
        .iter()
        .map(|n| (*n, h.get_by_label(n).rect()))
        .collect();
    for (i, (a, ra)) in rects.iter().enumerate() {
        assert!(
            ra.left() >= 0.0 && ra.right() <= width,
            "{a} {ra:?} leaves the window ({width} wide) at {at}"
        );
        for (b, rb) in &rects[i + 1..] {
            let overlap = ra.intersect(*rb);
            assert!(
                overlap.width() <= 0.5 || overlap.height() <= 0.5,
                "{a} {ra:?} overlaps {b} {rb:?} at {at}"
            );
        }
    }
}

#[test]
fn at_text_size_2_the_step_names_stay_apart_and_inside_the_window() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (session, _, _) = session_with_two_entries(dir.path());
    let mut h = harness_sized(
        dir.path(),
        Some(session),
        Some(Screen::Shared),
        [1024.0, 700.0],
        0.25,
    );
    h.state_mut().push(SettingsCmd::SetTextScale(2.0));
    h.run();
    h.get_by_label(&row(FIRST, "1970-01-01")).click_accesskit();
    h.run();
    for (lang, names) in STEPS {
        h.state_mut().push(SettingsCmd::SetLang(lang));
        h.run();
        let next = if lang == Lang::Nl { "Volgende" } else { "Next" };
        let back = if lang == Lang::Nl { "Vorige" } else { "Back" };
        for step in 1..=3 {
            if step > 1 {
                press(&mut h, next);
            }
            assert_eq!(h.state().shared().step.number(), step);
            assert_steps_apart_and_inside(&h, names, &format!("{lang:?} step {step}"));
        }
        press(&mut h, back);
        press(&mut h, back);
    }
}
