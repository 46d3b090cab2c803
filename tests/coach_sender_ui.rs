//! The coach view says who sent a summary: a new sender is pinned under the name the coach
//! types, the same sender is known the next time, a summary that asks for feedback to another
//! key gets a warning and the feedback still goes to the pinned key, and another coachee's key
//! using a known name is an impostor: warned, and no feedback can be written.

mod common;

use common::sharing::open_as_coach;

use std::path::{Path, PathBuf};

use ambtelijke_ruimte::export::{
    encrypt_armored, import_feedback_file, parse_recipient, sign_summary,
};
use ambtelijke_ruimte::journal::{Date, Entry};
use ambtelijke_ruimte::session::Session;
use ambtelijke_ruimte::ui::{App, Screen};
use common::{harness, press, test_session, type_into, wait_for_worker};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const NOW: i64 = 1_780_000_000;

/// `from` shares one entry with the coach's key; returns the armored file text.
fn share(from: &mut Session, coach_key: &str) -> String {
    let entry = Entry::new("Warmtenet", Date::from_unix(NOW));
    common::sharing::shared_text(from, entry, coach_key, &common::sharing::kim(None), NOW)
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

/// Writes feedback on the opened summary to `path`.
fn feedback(h: &mut Harness<'_, App>, path: &Path) {
    type_into(h, "Feedback op: Warmtenet", "Goed dat je dit opschrijft.");
    h.state_mut().shared_mut().feedback_path = path.display().to_string();
    h.run();
    press(h, "Feedback versleuteld opslaan");
    wait_for_worker(h);
    assert!(path.exists(), "feedback written");
}

#[test]
fn the_coach_sees_who_sent_each_summary_and_feedback_goes_only_to_the_pinned_key() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut anne = test_session(&tmp.path().join("anne"));
    let mut bert = test_session(&tmp.path().join("bert"));
    let coach_root = tmp.path().join("coach");
    let coach = test_session(&coach_root);
    let key = coach.unlocked().recipient();
    let mut h = harness(&coach_root, Some(coach), Some(Screen::Shared), 2200.0, 0.25);
    press(&mut h, "Coach");
    wait_for_worker(&mut h);

    // 1. Anne's first summary: a new sender, remembered under the name typed.
    let first = write(tmp.path(), "anne-1.md.age", &share(&mut anne, &key));
    open_as_coach(&mut h, &first, "Anne");
    h.get_by_label_contains("een afzender die je nog niet kende. Onthouden als ‘Anne’");
    assert!(coach_root.join("config/known-senders.ron").exists());
    let to_anne = tmp.path().join("to-anne.age");
    feedback(&mut h, &to_anne);
    assert_eq!(import_feedback_file(&to_anne, &mut anne, NOW).ok(), Some(1));

    // 2. Anne again: known.
    let second = write(tmp.path(), "anne-2.md.age", &share(&mut anne, &key));
    open_as_coach(&mut h, &second, "");
    h.get_by_label_contains("Van Anne, een afzender die je kent");

    // 3. Anne's key, but asking for feedback to Bert's key: a warning, and the feedback goes
    //    to Anne's pinned key all the same (Bert cannot read it).
    let opened = h.state().shared().opened.clone().expect("Anne's summary");
    let moved = opened
        .text
        .replace(&anne.unlocked().recipient(), &bert.unlocked().recipient());
    let resigned = sign_summary(&moved, anne.unlocked());
    let armored = encrypt_armored(&resigned, &parse_recipient(&key).expect("key")).expect("enc");
    let third = write(tmp.path(), "anne-3.md.age", &armored);
    open_as_coach(&mut h, &third, "");
    h.get_by_label_contains("Let op: van Anne");
    h.get_by_label_contains("Je reactie gaat alleen naar de sleutel die je van Anne kent.");
    let redirected = tmp.path().join("redirected.age");
    feedback(&mut h, &redirected);
    assert!(import_feedback_file(&redirected, &mut bert, NOW).is_err());
    assert_eq!(
        import_feedback_file(&redirected, &mut anne, NOW).ok(),
        Some(1)
    );

    // 4. Bert's own key calling itself Anne: an impostor, warned, and no feedback possible.
    let fake = write(tmp.path(), "bert-as-anne.md.age", &share(&mut bert, &key));
    open_as_coach(&mut h, &fake, "Anne");
    h.get_by_label_contains("Deze samenvatting komt niet van de Anne die je kent");
    assert!(
        h.query_by_role_and_label(Role::Button, "Feedback versleuteld opslaan")
            .is_none(),
        "no feedback to an impostor"
    );
}
