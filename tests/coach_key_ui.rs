//! A coach needs no journal: the Shared screen offers a coach key instead of asking to unlock
//! a vault that does not exist, the key opens summaries, and it is unlocked again after a
//! restart. Every summary opened is kept in the inbox, listed by coachee with its dates;
//! opening one from the list shows it, deleting one asks first.

mod common;

use common::sharing::open_as_coach;

use std::path::{Path, PathBuf};

use ambtelijke_ruimte::journal::{Date, Entry};
use ambtelijke_ruimte::session::Session;
use ambtelijke_ruimte::ui::Screen;
use ambtelijke_ruimte::vault::{SecretString, Vault};
use common::{PASS, harness, press, test_session, type_into, wait_for_worker};
use egui::Role;
use egui_kittest::kittest::Queryable;

const NOW: i64 = 1_780_000_000;

/// `from` shares an entry titled `title` with `coach_key`, to be deleted after `delete_after`.
fn share(
    from: &mut Session,
    title: &str,
    coach_key: &str,
    delete_after: &str,
    dir: &Path,
) -> PathBuf {
    let entry = Entry::new(title, Date::from_unix(NOW));
    let consent = common::sharing::kim(Date::parse(delete_after));
    let text = common::sharing::shared_text(from, entry, coach_key, &consent, NOW);
    let path = dir.join(format!("{title}.md.age"));
    std::fs::write(&path, text).expect("write");
    path
}

/// The coach key's public part, as `vault.ron` of the coach key records it.
fn coach_recipient(root: &Path) -> String {
    let text = std::fs::read_to_string(root.join("data/coach-key/vault.ron")).expect("vault.ron");
    let start = text.find("age1").expect("a recipient");
    text[start..].split('"').next().expect("quoted").to_owned()
}

#[test]
fn a_coach_without_a_journal_makes_a_coach_key_and_opens_a_summary() {
    let tmp = tempfile::tempdir().expect("tmp");
    let root = tmp.path().join("coach");
    let mut h = harness(&root, None, Some(Screen::Shared), 2200.0, 0.25);
    assert!(
        h.query_by_label_contains("Ontgrendel je kluis").is_none(),
        "nobody is asked to unlock a vault they do not have"
    );
    h.get_by_label("Een coachsleutel maken");
    type_into(&mut h, "Wachtwoordzin", PASS);
    type_into(&mut h, "Herhaal de wachtwoordzin", PASS);
    press(&mut h, "Coachsleutel maken");
    wait_for_worker(&mut h);
    h.get_by_label("Mijn coachsleutel");
    assert!(!root.join("data/vault.ron").exists(), "no journal was made");
    let key = coach_recipient(&root);
    h.get_by_label(&key);

    let mut anne = test_session(&tmp.path().join("anne"));
    let file = share(&mut anne, "Warmtenet", &key, "2099-01-01", tmp.path());
    open_as_coach(&mut h, &file, "Anne");
    h.get_by_label("Samenvatting van Anne");
}

#[test]
fn a_locked_coach_key_unlocks_with_its_passphrase_and_lists_its_inbox() {
    let tmp = tempfile::tempdir().expect("tmp");
    let root = tmp.path().join("coach");
    let pass = SecretString::from(PASS.to_owned());
    let (vault, _) =
        Vault::create_with_work_factor_for_tests(&root.join("data/coach-key"), &pass, 10)
            .expect("coach key");
    drop(vault);
    let mut h = harness(&root, None, Some(Screen::Shared), 2200.0, 0.25);
    assert!(h.query_by_label_contains("Ontgrendel je kluis").is_none());
    h.get_by_label("Je coachsleutel is vergrendeld");
    type_into(&mut h, "Wachtwoordzin", PASS);
    press(&mut h, "Coachsleutel ontgrendelen");
    wait_for_worker(&mut h);
    h.run();
    wait_for_worker(&mut h);
    h.get_by_label("Mijn coachsleutel");
    h.get_by_label(&coach_recipient(&root));
    h.get_by_label_contains("Nog niets ontvangen");
}

#[test]
fn the_inbox_lists_summaries_by_coachee_and_dates_opens_one_and_deletes_after_asking() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut anne = test_session(&tmp.path().join("anne"));
    let mut bert = test_session(&tmp.path().join("bert"));
    let root = tmp.path().join("coach");
    let coach = test_session(&root);
    let key = coach.unlocked().recipient();
    let mut h = harness(&root, Some(coach), Some(Screen::Shared), 2200.0, 0.25);
    press(&mut h, "Coach");
    wait_for_worker(&mut h);
    let day = Date::from_unix(NOW).to_string();
    let from_anne = share(&mut anne, "Warmtenet", &key, "2099-01-01", tmp.path());
    let from_bert = share(&mut bert, "Wijkaanpak", &key, "2020-01-01", tmp.path());
    open_as_coach(&mut h, &from_anne, "Anne");
    open_as_coach(&mut h, &from_bert, "Bert");
    // The received files are kept in the inbox, still encrypted.
    let kept: Vec<_> = std::fs::read_dir(root.join("data/coach-inbox"))
        .expect("inbox")
        .filter_map(Result::ok)
        .collect();
    assert_eq!(kept.len(), 2);
    for file in &kept {
        let bytes = std::fs::read(file.path()).expect("read");
        assert!(bytes.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----"));
    }
    h.get_by_label("Ontvangen samenvattingen");
    h.get_by_label("2099-01-01");
    h.get_by_label("2020-01-01 (verlopen)");
    h.get_by_role_and_label(Role::Button, &format!("Openen: Bert, {day}"));

    press(&mut h, &format!("Openen: Anne, {day}"));
    wait_for_worker(&mut h);
    h.run();
    wait_for_worker(&mut h);
    h.get_by_label("Samenvatting van Anne");
    h.get_by_label("Warmtenet");

    // Deleting asks first; only then is the file gone.
    press(&mut h, &format!("Verwijderen: Bert, {day}"));
    h.get_by_label("Deze samenvatting echt verwijderen? Dat kan niet ongedaan worden.");
    assert_eq!(
        std::fs::read_dir(root.join("data/coach-inbox"))
            .expect("inbox")
            .count(),
        2
    );
    press(&mut h, &format!("Ja, verwijderen: Bert, {day}"));
    assert_eq!(
        std::fs::read_dir(root.join("data/coach-inbox"))
            .expect("inbox")
            .count(),
        1
    );
    assert!(
        h.query_by_role_and_label(Role::Button, &format!("Openen: Bert, {day}"))
            .is_none()
    );
}
