//! A vault created in the app has its recipient pinned at once: a `vault.ron` swapped before
//! the next start cannot pass as the first use, and the next quick capture fails before
//! anything is encrypted to the swapped key.

mod common;

use ambtelijke_ruimte::ui::Screen;
use ambtelijke_ruimte::vault::Unlocked;
use common::{PASS, click, harness, type_into, wait_for_worker};
use egui_kittest::kittest::Queryable;

#[test]
fn the_create_screen_pins_the_recipient_so_a_swapped_vault_ron_gets_no_capture() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), None, Some(Screen::Journal), 1600.0, 0.25);
    type_into(&mut h, "Wachtwoordzin", PASS);
    type_into(&mut h, "Herhaal de wachtwoordzin", PASS);
    click(&mut h, "Kluis aanmaken");
    wait_for_worker(&mut h);
    let genuine = h
        .state()
        .vault()
        .session()
        .expect("created and open")
        .unlocked()
        .recipient();
    let pins = std::fs::read_to_string(dir.path().join("config/known-vaults.ron"))
        .expect("the recipient is pinned in the config folder");
    assert!(pins.contains(&genuine), "{pins}");
    h.get_by_label("Ik heb de code opgeschreven").click();
    h.run();
    click(&mut h, "Verder");
    click(&mut h, "Vergrendelen");
    drop(h);

    // Between two runs, someone with write access to the folder puts their own key in vault.ron.
    let ron = dir.path().join("data/vault.ron");
    let text = std::fs::read_to_string(&ron).expect("vault.ron");
    let attacker = Unlocked::for_tests().recipient();
    std::fs::write(&ron, text.replace(&genuine, &attacker)).expect("swap");
    let mut h = harness(dir.path(), None, Some(Screen::Journal), 1600.0, 0.25);

    type_into(&mut h, "Titel", "Gevoelig");
    type_into(&mut h, "Het dilemma", "Dit mag de aanvaller niet lezen.");
    click(&mut h, "Vastleggen");
    assert!(h.query_by_label("Vastgelegd en versleuteld.").is_none());
    let inbox = dir.path().join("data/inbox");
    let written = std::fs::read_dir(&inbox).map_or(0, Iterator::count);
    assert_eq!(written, 0, "nothing was encrypted to the swapped key");
}
