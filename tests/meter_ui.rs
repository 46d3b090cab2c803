//! The passphrase strength meter's word stays readable: it is its own line of text on the page,
//! never drawn over the bar's fill, at the weakest strength as at the strongest.

mod common;

use ambtelijke_ruimte::ui::{S, Screen};
use common::{harness, nl, type_into};
use egui::Role;
use egui_kittest::kittest::Queryable;

#[test]
fn the_strength_word_sits_beside_the_bar_not_on_its_fill() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), None, Some(Screen::Journal), 900.0, 0.1);
    h.run();
    for (typed, word) in [
        ("", S::Strength0),
        ("zonnepaneel-kastanje-fiets-regenjas", S::Strength4),
    ] {
        if !typed.is_empty() {
            type_into(&mut h, nl(S::Passphrase), typed);
        }
        let label = format!("{}: {}", nl(S::Strength), nl(word));
        let text = h.get_by_role_and_label(Role::Label, &label).rect();
        let bar = h
            .get_by_role_and_label(Role::ProgressIndicator, nl(S::Strength))
            .rect();
        assert!(
            !text.intersects(bar),
            "{label}: the word {text:?} overlaps the bar {bar:?}"
        );
        assert!(bar.width() > 4.0 * bar.height(), "a bar: {bar:?}");
    }
}
