use super::*;
use crate::content::{EthicsZone, Lang};
use std::collections::HashSet;

/// Bijlage 1 of the report, pole by pole: the names every tactic must carry exactly once.
const BIJLAGE_1: [(Pole, [&str; 4]); 7] = [
    (
        Pole::Partner,
        [
            "Maak de politiek deelgenoot van het zoekproces",
            "Maak tactisch gebruik van informatie",
            "Houd het a-politiek",
            "Frame de opgave als normaal",
        ],
    ),
    (
        Pole::CounterStriver,
        [
            "Loyale tegenspraak",
            "Legitimiteit elders halen",
            "Gemandateerde rollen en taken creëren",
            "Nieuwe verhaallijnen produceren",
        ],
    ),
    (
        Pole::Saboteur,
        [
            "Weigeren",
            "Verantwoordelijkheid volledig bij de bestuurder leggen",
            "Verdekt handelen",
            "Traineren",
        ],
    ),
    (
        Pole::BuildUp,
        [
            "Opleiden voor interne capaciteitsopbouw",
            "Interne coalities bouwen",
            "Koppel de energietransitie aan andere opgaven – en vice versa",
            "Onderhandel robuuste financiële kaders",
        ],
    ),
    (
        Pole::Destabilise,
        [
            "Stoppen en opgave begrenzen",
            "Conflict aangaan",
            "Verplaats de verantwoordelijkheid",
            "Cultuurverandering via subversieve en creatieve acties",
        ],
    ),
    (
        Pole::Mediate,
        [
            "Belangen zoeken of creëren",
            "Vertrouwen opbouwen",
            "Wat te bieden hebben",
            "De terugtrekreflex in bedwang houden",
        ],
    ),
    (
        Pole::Player,
        [
            "Bouw externe coalities",
            "Creëer een groeipad voor initiatieven",
            "Lanceer nieuwe organisaties",
            "Word asset-eigenaar",
        ],
    ),
];

pub(super) fn content() -> Content {
    match Content::embedded() {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    }
}

fn asset(name: &str) -> (&'static str, &'static str) {
    ASSETS
        .into_iter()
        .find(|(f, _)| f.ends_with(name))
        .expect("asset exists")
}

/// Loads the embedded content with one file (`name`, e.g. `tactics.ron`) replaced by `text`.
fn load_with(name: &str, text: &str) -> Result<Content, ContentError> {
    let mut src = Sources::embedded();
    let slot = match name {
        "framework.ron" => &mut src.framework,
        "tactics.ron" => &mut src.tactics,
        "cases.ron" => &mut src.cases,
        "boundaries.ron" => &mut src.boundaries,
        "glossary.ron" => &mut src.glossary,
        "framings.ron" => &mut src.framings,
        other => panic!("no asset {other}"),
    };
    let file = slot.0;
    *slot = (file, text);
    Content::from_sources(src)
}

#[test]
fn embedded_content_is_valid() {
    content();
}

#[test]
fn every_tactic_of_bijlage_1_appears_exactly_once_under_its_pole() {
    let c = content();
    assert_eq!(c.tactics().len(), 28);
    for (pole, names) in BIJLAGE_1 {
        for name in names {
            let found: Vec<_> = c.tactics().iter().filter(|t| t.name.nl == name).collect();
            assert_eq!(found.len(), 1, "{name} should appear once");
            assert_eq!(found[0].pole, pole, "{name} belongs to {pole:?}");
        }
        assert_eq!(c.tactics_of(pole).count(), 4);
    }
}

#[test]
fn ids_are_unique_and_stable_kebab_case() {
    let c = content();
    let ids: HashSet<_> = c.tactics().iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids.len(), 28);
    for id in ids {
        assert!(
            id.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-'),
            "{id}"
        );
    }
}

#[test]
fn saboteur_tactics_lie_outside_and_partner_tactics_fit() {
    let c = content();
    assert!(
        c.tactics_of(Pole::Saboteur)
            .all(|t| t.ethics == EthicsZone::Outside)
    );
    assert!(
        c.tactics_of(Pole::Partner)
            .all(|t| t.ethics == EthicsZone::Fits)
    );
}

#[test]
fn cases_reference_existing_tactics_and_are_the_three_of_bijlage_2() {
    let c = content();
    let ids: Vec<_> = c.cases().iter().map(|k| k.id.as_str()).collect();
    assert_eq!(ids, ["amerdoorn", "hertogenburg", "wassenberg"]);
    for case in c.cases() {
        assert!(!case.tactics.is_empty());
        for t in &case.tactics {
            assert!(c.tactic(t).is_some(), "{t}");
        }
    }
}

#[test]
fn every_text_exists_in_both_languages() {
    let c = content();
    let mut texts: Vec<&Text> = Vec::new();
    for s in Stance::ALL {
        texts.extend([&c.stance(s).name, &c.stance(s).summary]);
    }
    for b in Board::ALL {
        texts.extend([&c.board(b).name, &c.board(b).summary, &c.board(b).question]);
    }
    for p in Pole::ALL {
        texts.extend([&c.pole(p).name, &c.pole(p).summary]);
    }
    for t in c.tactics() {
        texts.extend([&t.name, &t.summary, &t.example, &t.prompt]);
    }
    for k in c.cases() {
        texts.extend([&k.title, &k.summary, &k.question, &k.considerations]);
    }
    for b in c.boundaries() {
        texts.extend([&b.name, &b.summary, &b.prompt]);
    }
    for g in c.glossary() {
        texts.extend([&g.term, &g.definition]);
    }
    for t in texts {
        for lang in Lang::ALL {
            assert!(!t.get(lang).trim().is_empty(), "{t:?} lacks {lang:?}");
        }
    }
}

#[test]
fn glossary_covers_the_terms_a_new_hire_meets() {
    let c = content();
    let all: String = c
        .glossary()
        .iter()
        .map(|t| t.term.nl.to_lowercase() + "\n")
        .collect();
    for needle in [
        "b&w",
        "raad",
        "wethouder",
        "res",
        "wcw",
        "wijkuitvoeringsplan",
        "transitievisie warmte",
        "inhuur",
    ] {
        assert!(all.contains(needle), "glossary lacks {needle}");
    }
}

#[test]
fn missing_translation_is_reported_with_its_position() {
    let tactics = asset("tactics.ron").1;
    // Blank the first English name: the first `en: "…"` after the first id.
    let first = tactics.find("en: \"").expect("an en text");
    let end = tactics[first + 5..].find('"').expect("closing quote") + first + 5;
    let broken = format!("{}en: \"{}", &tactics[..first], &tactics[end..]);
    let err = load_with("tactics.ron", &broken).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("assets/tactics.ron:"), "{text}");
    assert!(text.contains("has no en text"), "{text}");
}

#[test]
fn a_missing_tactic_and_an_unknown_case_reference_are_both_reported() {
    let tactics = asset("tactics.ron").1;
    let start = tactics.find("Tactic(").expect("a tactic");
    let next = tactics[start + 1..]
        .find("Tactic(")
        .expect("a second tactic")
        + start
        + 1;
    let without_first = format!("{}{}", &tactics[..start], &tactics[next..]);
    let cases = asset("cases.ron")
        .1
        .replacen("tactics: [", "tactics: [\"no-such-tactic\", ", 1);
    let mut src = Sources::embedded();
    src.tactics.1 = &without_first;
    src.cases.1 = &cases;
    let err = Content::from_sources(src).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("has 3 tactics"), "{text}");
    assert!(
        text.contains("assets/cases.ron:") && text.contains("unknown tactic id \"no-such-tactic\""),
        "{text}"
    );
}

#[test]
fn syntax_errors_in_content_name_file_line_and_column() {
    let err = load_with("tactics.ron", "[\n  Tactic(id: ,)\n]").unwrap_err();
    assert!(err.to_string().contains("assets/tactics.ron:2:"), "{err}");
}

#[test]
fn a_tactic_without_its_source_mark_is_rejected_with_a_position() {
    let tactics = asset("tactics.ron").1;
    let line = tactics
        .lines()
        .find(|l| l.trim_start().starts_with("phase_basis:"))
        .expect("a phase_basis line");
    let broken = tactics.replacen(&format!("{line}\n"), "", 1);
    assert_ne!(broken, tactics);
    let err = load_with("tactics.ron", &broken).unwrap_err().to_string();
    assert!(err.contains("assets/tactics.ron:"), "{err}");
    assert!(err.contains("phase_basis"), "{err}");
}

#[test]
fn an_unknown_source_mark_is_rejected() {
    let tactics = asset("tactics.ron").1;
    let broken = tactics.replacen("phase_basis: Stated", "phase_basis: Rumoured", 1);
    let err = load_with("tactics.ron", &broken).unwrap_err().to_string();
    assert!(err.contains("assets/tactics.ron:"), "{err}");
}

#[test]
fn hostile_framings_are_reported_not_panicked() {
    let framings = asset("framings.ron").1;
    // A framing without its source mark does not load.
    let no_basis = framings.replacen("        basis: Stated,\n", "", 1);
    let err = load_with("framings.ron", &no_basis)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("assets/framings.ron:") && err.contains("basis"),
        "{err}"
    );
    // A missing English section is named with its place.
    let no_en = framings.replacen(
        "en: \"Chapter 1, Politics: partners or counter-striving\"",
        "en: \"  \"",
        1,
    );
    let err = load_with("framings.ron", &no_en).unwrap_err().to_string();
    assert!(
        err.contains("framing PrimacyOfPolitics section has no en text"),
        "{err}"
    );
    // A duplicate and, so, a missing framing.
    let dup = framings.replacen("id: CanAndMay", "id: PrimacyOfPolitics", 1);
    let err = load_with("framings.ron", &dup).unwrap_err().to_string();
    assert!(
        err.contains("appears twice") && err.contains("CanAndMay is missing"),
        "{err}"
    );
    // An unknown framing id, an empty checklist, garbage and non-RON.
    let unknown = framings.replacen("id: CanAndMay", "id: Manifesto", 1);
    assert!(load_with("framings.ron", &unknown).is_err());
    let start = framings.find("        points: [").expect("points");
    let checklist_at = framings.find("id: Checklist").expect("checklist");
    let list_at = framings[checklist_at..]
        .find("        points: [")
        .expect("list")
        + checklist_at;
    let end = framings[list_at..].find("        ],\n").expect("end") + list_at + 11;
    let no_points = format!("{}{}", &framings[..list_at], &framings[end..]);
    assert!(start < list_at);
    let err = load_with("framings.ron", &no_points)
        .unwrap_err()
        .to_string();
    assert!(err.contains("framing Checklist needs its points"), "{err}");
    for junk in ["", "[", "(((", "[Framing(id: 7)]", "\u{feff}💥"] {
        assert!(load_with("framings.ron", junk).is_err(), "{junk:?}");
    }
}
