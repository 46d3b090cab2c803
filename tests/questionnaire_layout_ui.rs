//! Every answer keeps its key number beside it: at text sizes 0.8 to 2.0, and when an option
//! fills the line, the number shares a row with the radio button it picks, left of it.

use ambtelijke_ruimte::assessment::{Catalogue, Item};
use ambtelijke_ruimte::ui::{QuizCmd, Screen, SettingsCmd};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;

use common::{content, harness_sized};

/// The answers of the item on screen, as the screen reader names them.
fn answer_labels(item: &Item) -> Vec<String> {
    match item {
        Item::Likert { .. } => [
            "Helemaal oneens",
            "Oneens",
            "Neutraal",
            "Eens",
            "Helemaal eens",
        ]
        .map(String::from)
        .to_vec(),
        Item::Scenario { options, .. } => options.iter().map(|o| o.text.nl.clone()).collect(),
    }
}

fn check_rows(h: &Harness<'_, ambtelijke_ruimte::ui::App>, item: &Item, scale: f32) {
    for (i, label) in answer_labels(item).iter().enumerate() {
        let radio = h.get_by_role_and_label(Role::RadioButton, label).rect();
        let key = (i + 1).to_string();
        let numbers: Vec<egui::Rect> = h
            .query_all_by_role_and_label(Role::Label, &key)
            .map(|n| n.rect())
            .collect();
        // The number that belongs to this answer is the nearest one to its left on its row.
        let beside = numbers.iter().any(|n| {
            let same_row = n.top() < radio.bottom() && radio.top() < n.bottom();
            let left_of = n.right() <= radio.left() + 0.5 && radio.left() - n.right() < 40.0;
            same_row && left_of
        });
        assert!(
            beside,
            "{} answer {key} at text size {scale}: radio {radio:?}, numbers {numbers:?}",
            item.id()
        );
        // On a row of answers, a number sits nearer its own button than the answer before
        // it, so "Helemaal oneens 2 (o) Oneens" cannot read as "2" belonging to the first.
        if i > 0 {
            let before = h
                .get_by_role_and_label(Role::RadioButton, &answer_labels(item)[i - 1])
                .rect();
            for n in &numbers {
                let same_row = n.top() < before.bottom() && before.top() < n.bottom();
                let between = before.right() <= n.left() && n.right() <= radio.left() + 0.5;
                if same_row && between {
                    let to_own = radio.left() - n.right();
                    let to_previous = n.left() - before.right();
                    assert!(
                        to_previous > 2.0 * to_own,
                        "{} answer {key} at text size {scale}: {to_previous} from the answer \
                         before, {to_own} from its own",
                        item.id()
                    );
                }
            }
        }
    }
}

#[test]
fn the_key_number_stays_beside_its_answer_at_every_text_size() {
    let c = content();
    let cat = Catalogue::load(None, &c);
    let q = &cat.questionnaires[0].questionnaire;
    let first_likert = q
        .items
        .iter()
        .position(|i| matches!(i, Item::Likert { .. }))
        .expect("a statement");
    let scenarios: Vec<usize> = q
        .items
        .iter()
        .enumerate()
        .filter(|(_, i)| matches!(i, Item::Scenario { .. }))
        .map(|(n, _)| n)
        .collect();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness_sized(
        dir.path(),
        None,
        Some(Screen::Questionnaire),
        [1024.0, 700.0],
        0.25,
    );
    for scale in [0.8, 1.0, 1.5, 2.0] {
        h.state_mut().push(SettingsCmd::SetTextScale(scale));
        h.run();
        // Every situation at the largest size, where options fill the line; the first at
        // the others, and a statement's five answers at each.
        let items: Vec<usize> = if scale >= 2.0 {
            scenarios.clone()
        } else {
            scenarios.iter().take(1).copied().collect()
        };
        for index in std::iter::once(first_likert).chain(items) {
            h.state_mut().push(QuizCmd::MoveTo(index));
            h.run_steps(2);
            check_rows(&h, &q.items[index], scale);
        }
    }
}
