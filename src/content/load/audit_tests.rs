//! The content checked against the report: the audited corrections to tactics, boundaries,
//! cases and glossary, and the framings with their sources.

use super::tests::content;
use crate::content::{BoundaryKind, EthicsZone, Lang, Pole, Stance};

#[test]
fn the_audited_data_corrections_hold() {
    use crate::content::{Basis, Phase};
    let c = content();
    let t = |id: &str| c.tactic(id).unwrap_or_else(|| panic!("{id}"));
    // Section 4: counter-striving fits breaking open; mandated roles are counter-striving.
    assert_eq!(t("gemandateerde-rollen").phase, Phase::BreakingOpen);
    assert_eq!(t("gemandateerde-rollen").phase_basis, Basis::Stated);
    // Becoming a player stretches the municipality's role, coalitions included.
    assert_eq!(t("externe-coalities").ethics, EthicsZone::Stretches);
    assert!(
        c.tactics_of(Pole::Player)
            .all(|t| t.ethics == EthicsZone::Stretches)
    );
    // Trust-building is a continuous process: either phase.
    assert_eq!(t("vertrouwen-opbouwen").phase, Phase::Both);
    assert_eq!(t("vertrouwen-opbouwen").phase_basis, Basis::Stated);
    // Building up takes enterprise.
    assert_eq!(c.pole(Pole::BuildUp).stance, Stance::Entrepreneurial);
}

#[test]
fn phases_the_report_states_are_marked_stated_and_the_rest_inferred() {
    use crate::content::Basis;
    let c = content();
    let stated: Vec<&str> = c
        .tactics()
        .iter()
        .filter(|t| t.phase_basis == Basis::Stated)
        .map(|t| t.id.as_str())
        .collect();
    // Every tactic of the two poles section 4 places in the breaking-open phase.
    for pole in [Pole::CounterStriver, Pole::Destabilise] {
        assert!(
            c.tactics_of(pole).all(|t| t.phase_basis == Basis::Stated),
            "{pole:?}"
        );
    }
    // The report says nothing about when partner or saboteur tactics fit.
    for pole in [Pole::Partner, Pole::Saboteur] {
        assert!(
            c.tactics_of(pole).all(|t| t.phase_basis == Basis::Inferred),
            "{pole:?}"
        );
    }
    assert_eq!(stated.len(), 14, "{stated:?}");
}

#[test]
fn boundaries_keep_to_what_the_report_says_and_credit_the_dilemma_method() {
    let c = content();
    for b in c.boundaries() {
        for lang in Lang::ALL {
            let text = format!("{} {}", b.summary.get(lang), b.prompt.get(lang)).to_lowercase();
            // The oath is something to discuss, not a hard floor; other routes stay legitimate.
            for invented in ["ondergrens", "sluipweg", "lower limit", "back door"] {
                assert!(!text.contains(invented), "{:?} {lang:?}: {invented}", b.id);
            }
        }
    }
    let oath = &c.boundary(BoundaryKind::Oath).summary;
    assert!(oath.nl.contains("samenleving") && oath.en.contains("society"));
    let delib = &c.boundary(BoundaryKind::MoralDeliberation).summary;
    assert!(delib.nl.contains("VU medisch centrum"), "{}", delib.nl);
    assert!(
        delib.en.contains("VU University Medical Center"),
        "{}",
        delib.en
    );
    // Policy disagreement is not integrity reporting.
    for id in ["loyale-tegenspraak", "conflict-aangaan"] {
        let t = c.tactic(id).expect("tactic");
        assert_ne!(t.boundary, BoundaryKind::Confidant, "{id}");
    }
}

#[test]
fn the_cases_keep_the_facts_of_bijlage_2() {
    let c = content();
    let case = |id: &str| c.case(id).unwrap_or_else(|| panic!("{id}")).summary.clone();
    let wassenberg = case("wassenberg");
    assert!(
        wassenberg.nl.contains("veel en goedkope nieuwbouw"),
        "{}",
        wassenberg.nl
    );
    assert!(!wassenberg.nl.contains("betaalbare") && !wassenberg.nl.contains("snel veel"));
    assert!(
        wassenberg.en.contains("cheap new build"),
        "{}",
        wassenberg.en
    );
    let hertogenburg = case("hertogenburg");
    assert!(
        hertogenburg.nl.contains("slim en vocaal"),
        "{}",
        hertogenburg.nl
    );
    assert!(!hertogenburg.nl.contains("georganiseerd"));
    assert!(
        hertogenburg.en.contains("smart and vocal"),
        "{}",
        hertogenburg.en
    );
    // Amerdoorn: other departments are no longer involved at all; B&W only half listens.
    let amerdoorn = case("amerdoorn");
    assert!(
        amerdoorn.nl.contains("helemaal niet meer"),
        "{}",
        amerdoorn.nl
    );
    assert!(amerdoorn.nl.contains("maar half"), "{}", amerdoorn.nl);
    assert!(
        amerdoorn
            .en
            .contains("no longer involve other departments at all")
    );
    assert!(amerdoorn.en.contains("half listen"));
}

#[test]
fn the_glossary_has_the_audited_terms_and_facts() {
    let c = content();
    let term = |id: &str| {
        c.glossary()
            .iter()
            .find(|t| t.id == id)
            .unwrap_or_else(|| panic!("glossary lacks {id}"))
    };
    for id in [
        "wgiw",
        "warmteprogramma",
        "portefeuillehouder",
        "griffie",
        "warmtekavel",
        "cdoke",
        "paw",
        "prestatieafspraken",
    ] {
        term(id);
    }
    let bedrijf = &term("warmtebedrijf").definition;
    assert!(
        bedrijf.nl.contains("publiek meerderheidsbelang"),
        "{}",
        bedrijf.nl
    );
    assert!(
        bedrijf.en.contains("majority publicly owned"),
        "{}",
        bedrijf.en
    );
    let tvw = &term("tvw").definition;
    assert!(tvw.nl.contains("gemeenteraad stelt het vast") && tvw.nl.contains("warmteprogramma"));
    assert!(tvw.en.contains("council adopts it") && tvw.en.contains("warmteprogramma"));
    assert!(term("lt-warmte").definition.nl.contains("cv-ketel levert"));
}

#[test]
fn every_framing_has_both_languages_and_a_report_section() {
    use crate::content::FramingId;
    let c = content();
    assert_eq!(c.framings().len(), FramingId::ALL.len());
    for id in FramingId::ALL {
        let f = c.framing(id);
        assert_eq!(f.id, id);
        let mut texts = vec![&f.title, &f.body, &f.section];
        texts.extend(&f.points);
        for t in texts {
            for lang in Lang::ALL {
                assert!(
                    !t.get(lang).trim().is_empty(),
                    "{id:?} {t:?} lacks {lang:?}"
                );
            }
        }
    }
    let checklist = c.framing(FramingId::Checklist);
    assert_eq!(
        checklist.points.len(),
        6,
        "the report's opening list has six points"
    );
    assert!(
        c.framing(FramingId::PrimacyOfPolitics)
            .body
            .nl
            .contains("politiek")
    );
}

#[test]
fn framings_are_marked_stated_or_inferred() {
    use crate::content::{Basis, FramingId};
    let c = content();
    // The report does not address managers; that page is our reading of it.
    assert_eq!(c.framing(FramingId::Leaders).basis, Basis::Inferred);
    for id in [
        FramingId::PrimacyOfPolitics,
        FramingId::CanAndMay,
        FramingId::Checklist,
    ] {
        assert_eq!(c.framing(id).basis, Basis::Stated, "{id:?}");
    }
}
