//! Slow work runs on the background worker: the frame that asks for it returns at once with a
//! busy state, and the outcome arrives later with a repaint.

use std::sync::Arc;

use ambtelijke_ruimte::ui::Screen;
use ambtelijke_ruimte::vault::SecretString;
use egui::Role;
use egui_kittest::kittest::Queryable;

mod common;

use common::{harness, test_session, type_into, wait_for_worker};

const NEW_PASS: &str = "dakisolatie-vlonder-pompstation-gieter";

#[test]
fn changing_the_passphrase_runs_on_the_worker_and_the_new_one_unlocks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = test_session(dir.path());
    let mut h = harness(
        dir.path(),
        Some(session),
        Some(Screen::Settings),
        1600.0,
        0.25,
    );
    h.get_by_label("Wachtwoordzin wijzigen").click();
    h.run();
    type_into(&mut h, "Nieuwe wachtwoordzin", NEW_PASS);
    type_into(&mut h, "Herhaal de wachtwoordzin", NEW_PASS);
    h.get_by_role_and_label(Role::Button, "Wachtwoordzin wijzigen")
        .click_accesskit();
    // The frame that applies the command hands the work to the worker and returns.
    h.step();
    assert!(
        h.state().busy(),
        "the key derivation is not done in the frame"
    );
    assert!(
        h.state().vault().session().is_none(),
        "the session is lent out"
    );
    wait_for_worker(&mut h);
    h.get_by_label("Je wachtwoordzin is gewijzigd.");
    assert!(h.state().vault().session().is_some(), "the session is back");
    // The vault on disk now opens with the new passphrase only.
    let vault = h.state().vault().vault().map(Arc::clone).expect("a vault");
    assert!(
        vault
            .unlock(&SecretString::from(NEW_PASS.to_owned()))
            .is_ok()
    );
    assert!(
        vault
            .unlock(&SecretString::from(common::PASS.to_owned()))
            .is_err()
    );
}

#[test]
fn a_new_recovery_code_is_made_on_the_worker_and_shown_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = test_session(dir.path());
    let mut h = harness(
        dir.path(),
        Some(session),
        Some(Screen::Settings),
        1600.0,
        0.25,
    );
    h.get_by_role_and_label(Role::Button, "Nieuwe herstelcode maken")
        .click_accesskit();
    h.step();
    assert!(
        h.state().busy(),
        "the key derivation is not done in the frame"
    );
    wait_for_worker(&mut h);
    h.get_by_label("Ik heb de code opgeschreven");
}
