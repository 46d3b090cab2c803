//! No part of a summary is announced without something under it.

use super::*;
use crate::content::Board;
use crate::export::Selection;
use crate::journal::{Date, FollowUp, YesNo};

const NOW: i64 = 1_780_000_000;

/// Every combination of the six parts.
fn all_parts() -> impl Iterator<Item = Parts> {
    (0u8..64).map(|bits| Parts {
        title: bits & 1 != 0,
        dilemma: bits & 2 != 0,
        tactics: bits & 4 != 0,
        boundaries: bits & 8 != 0,
        follow_ups: bits & 16 != 0,
        reflection: bits & 32 != 0,
    })
}

/// An entry with nothing filled in but its title, one with only the oath answered, and one
/// with every field filled.
fn entries() -> Vec<Entry> {
    let day = Date::from_unix(NOW);
    let empty = Entry::new("Leeg", day);
    let mut oath_only = Entry::new("Alleen de eed", day);
    oath_only.oath.fits = Some(YesNo::Unsure);
    let mut full = Entry::new("Vol", day);
    full.dilemma = "De wethouder aarzelt.".into();
    full.stakeholders = vec!["wethouder".into()];
    full.tactics = vec!["loyale-tegenspraak".into()];
    full.boards = vec![Board::Political];
    full.options = "Wachten of doorgaan.".into();
    full.decision = "Doorgaan.".into();
    full.oath.note = "Past bij mijn eed.".into();
    full.confidant.discussed = Some(YesNo::Yes);
    full.deliberation.facts = "De feiten.".into();
    full.follow_ups = vec![FollowUp {
        date: day,
        happened: "Het ging door.".into(),
        ..FollowUp::default()
    }];
    vec![empty, oath_only, full]
}

fn render(entry: &Entry, parts: Parts, lang: Lang) -> String {
    let content = Content::embedded().expect("embedded content");
    let scope = Scope {
        entries: vec![Selection {
            entry_id: "e1".into(),
            parts,
        }],
        ..Scope::default()
    };
    let consent = Consent::default();
    let input = RenderInput {
        scope: &scope,
        consent: &consent,
        entries: vec![("e1", entry)],
        profile: None,
        content: &content,
        lang,
        coachee_recipient: "",
        now: NOW,
    };
    render_markdown(&input)
}

/// The `###` headings with nothing under them before the next heading or the end.
fn empty_sections(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines
        .iter()
        .enumerate()
        .filter(|(i, l)| {
            l.starts_with("### ") && lines.get(i + 1).is_none_or(|next| next.starts_with('#'))
        })
        .map(|(_, l)| (*l).to_owned())
        .collect()
}

#[test]
fn no_part_shows_a_heading_with_nothing_under_it() {
    for entry in entries() {
        for parts in all_parts() {
            for lang in [Lang::Nl, Lang::En] {
                let text = render(&entry, parts, lang);
                let empty = empty_sections(&text);
                assert!(
                    empty.is_empty(),
                    "{:?} with {parts:?}: empty {empty:?} in\n{text}",
                    entry.title
                );
            }
        }
    }
}

#[test]
fn boundaries_show_only_when_a_boundary_question_was_answered() {
    let [empty, oath_only, full] = <[Entry; 3]>::try_from(entries()).expect("three entries");
    let grenzen = |e: &Entry| render(e, Parts::default(), Lang::Nl).contains("### Grenzen");
    assert!(!grenzen(&empty), "nothing answered, no heading");
    assert!(grenzen(&oath_only), "one answer is enough");
    assert!(grenzen(&full));
    // The parts that hold something keep their headings.
    let text = render(&full, Parts::default(), Lang::En);
    for heading in ["Boundaries", "Tactics", "Reflection"] {
        assert!(
            text.contains(&format!("### {heading}")),
            "{heading} in {text}"
        );
    }
}
