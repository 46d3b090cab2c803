use super::*;
use crate::journal::Date;

fn content() -> Content {
    Content::embedded().expect("the embedded content is valid")
}

fn d(year: i32, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

/// An entry with every field set to something other than its default.
fn full() -> Entry {
    Entry {
        title: "Lening voor de coöperatie".into(),
        date: d(2026, 11, 27),
        dilemma: "De coöperatie vraagt een lening die buiten de kaders valt.".into(),
        boards: vec![Board::Political, Board::Societal],
        tactics: vec!["loyale-tegenspraak".into(), "traineren".into()],
        stakeholders: vec!["wethouder".into(), "bewonerscoöperatie".into()],
        options: "Afwijzen, of een garantie voorstellen.".into(),
        decision: "Een garantie voorstellen aan het college.".into(),
        oath: OathAnswer {
            fits: Some(YesNo::Unsure),
            note: "Integer, mits openlijk.".into(),
        },
        confidant: ConfidantAnswer {
            discussed: Some(YesNo::Yes),
            with_role: "vertrouwenspersoon".into(),
        },
        deliberation: Deliberation {
            needed: Some(YesNo::Yes),
            facts: "feiten".into(),
            option_a: "kaders volgen".into(),
            option_b: "initiatief redden".into(),
            stakeholders_values: "waarden".into(),
            options: "opties".into(),
            choice_do: "ik stel een garantie voor".into(),
            choice_because: "omdat".into(),
            choice_despite: "ondanks".into(),
            limit_harm: "schade beperken".into(),
            evaluation: "evaluatie".into(),
        },
        follow_ups: vec![FollowUp {
            date: d(2026, 12, 15),
            happened: "Het college stemde in.".into(),
            pushback: "Financiën sputterde.".into(),
            adjustment: "Looptijd verkort.".into(),
            learned: "Eerder Financiën betrekken.".into(),
        }],
        tags: vec!["warmtenet".into(), "coöperatie".into()],
        status: Status::Decided,
        captured_locked: true,
        practice: true,
    }
}

#[test]
fn new_entry_is_open_dated_today_and_blank() {
    let e = Entry::new("Titel", d(2026, 1, 2));
    assert_eq!(e.title, "Titel");
    assert_eq!(e.date, d(2026, 1, 2));
    assert_eq!(e.status, Status::Open);
    assert!(e.tactics.is_empty() && e.follow_ups.is_empty() && e.dilemma.is_empty());
    assert!(!e.captured_locked && !e.practice);
}

#[test]
fn validate_names_every_problem() {
    let c = content();
    let today = d(2026, 11, 27);
    assert_eq!(full().validate(&c, today), []);

    let mut e = Entry::new("  ", today.add_days(2));
    e.tactics = vec!["traineren".into(), "bestaat-niet".into()];
    assert_eq!(
        e.validate(&c, today),
        [
            EntryProblem::EmptyTitle,
            EntryProblem::UnknownTactic("bestaat-niet".into()),
            EntryProblem::FutureDate {
                date: d(2026, 11, 29),
                today
            },
        ]
    );
    // One day ahead is allowed: the user may sit in another time zone than the clock.
    assert_eq!(Entry::new("t", d(2026, 11, 28)).validate(&c, today), []);
    assert_eq!(Entry::new("t", d(1999, 1, 1)).validate(&c, today), []);
    assert_eq!(
        Entry::new("t", d(2026, 2, 30)).validate(&c, today),
        [EntryProblem::InvalidDate(d(2026, 2, 30))]
    );
    assert!(
        EntryProblem::UnknownTactic("x".into())
            .to_string()
            .contains("`x`")
    );
}

#[test]
fn search_text_covers_every_free_text_field() {
    let e = full();
    let text: Vec<&str> = e.search_text().collect();
    let d = &e.deliberation;
    let f = &e.follow_ups[0];
    for expected in [
        &e.title,
        &e.dilemma,
        &e.options,
        &e.decision,
        &e.oath.note,
        &e.confidant.with_role,
        &d.facts,
        &d.option_a,
        &d.option_b,
        &d.stakeholders_values,
        &d.options,
        &d.choice_do,
        &d.choice_because,
        &d.choice_despite,
        &d.limit_harm,
        &d.evaluation,
        &f.happened,
        &f.pushback,
        &f.adjustment,
        &f.learned,
        &e.stakeholders[0],
        &e.stakeholders[1],
        &e.tags[0],
        &e.tags[1],
    ] {
        assert!(text.contains(&expected.as_str()), "{expected}");
    }
    assert!(Entry::default().search_text().next().is_none());
}

#[test]
fn zeroize_wipes_every_field() {
    let mut e = full();
    e.zeroize();
    assert_eq!(e, Entry::default());
}

#[test]
fn a_full_entry_round_trips_through_ron() {
    let e = full();
    let text = ron::ser::to_string_pretty(&e, ron::ser::PrettyConfig::default()).expect("ser");
    let back: Entry = ron::from_str(&text).expect("de");
    assert_eq!(back, e);
}

#[test]
fn an_old_record_missing_newer_fields_still_loads() {
    let old = r#"(
        title: "Oud verslag",
        date: (year: 2024, month: 3, day: 1),
        dilemma: "Iets van vroeger",
        tactics: ["traineren"],
        oath: (fits: Some(No)),
        deliberation: (needed: Some(Yes), facts: "f"),
        follow_ups: [(happened: "h")],
        a_field_from_the_future: 42,
    )"#;
    let e: Entry = ron::from_str(old).expect("an old record loads");
    assert_eq!(e.title, "Oud verslag");
    assert_eq!(e.date, d(2024, 3, 1));
    assert_eq!(e.tactics, ["traineren"]);
    assert_eq!(e.oath.fits, Some(YesNo::No));
    assert_eq!(e.oath.note, "");
    assert_eq!(e.confidant, ConfidantAnswer::default());
    assert_eq!(e.deliberation.facts, "f");
    assert_eq!(e.follow_ups[0].date, Date::EPOCH);
    assert_eq!(e.status, Status::Open);
    assert!(e.tags.is_empty() && !e.practice && !e.captured_locked);
    let empty: Entry = ron::from_str("()").expect("an empty record loads");
    assert_eq!(empty, Entry::default());
}
