use super::*;
use crate::journal::{FollowUp, Journal};

fn d(year: i32, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

/// Four entries, keyed `a` to `d`, each differing in what the filters look at.
fn journal() -> Journal {
    let mut a = Entry::new("Warmtenet Zuid", d(2024, 5, 1));
    a.dilemma = "De Coöperatie wil meer tempo.".into();
    a.boards = vec![Board::Political];
    a.tactics = strings(&["traineren", "frame-normaal"]);
    a.tags = strings(&["Warmtenet"]);

    let mut b = Entry::new("begroting", d(2025, 1, 10));
    b.boards = vec![Board::Organisational];
    b.tactics = strings(&["interne-coalities"]);
    b.tags = strings(&["begroting", "raad"]);
    b.status = Status::Decided;
    b.follow_ups.push(FollowUp {
        happened: "Overleg met de coöperatie Noord".into(),
        ..FollowUp::default()
    });

    let mut c = Entry::new("Álles anders", d(2023, 12, 31));
    c.boards = vec![Board::Societal, Board::Political];
    c.tactics = strings(&["traineren", "traineren"]);
    c.tags = strings(&["Raad", " warmtenet "]);
    c.stakeholders = strings(&["netbeheerder"]);
    c.status = Status::Closed;

    let mut dd = Entry::new("oefening", d(2025, 1, 10));
    dd.practice = true;

    [("a", a), ("b", b), ("c", c), ("d", dd)]
        .into_iter()
        .map(|(id, e)| (id.to_owned(), e))
        .collect()
}

fn ids(journal: &Journal, filter: &JournalFilter, sort: SortBy) -> Vec<String> {
    let hits = journal.query(filter, sort);
    // The one-entry path must agree with the indexed one.
    for (_, e) in journal.iter() {
        let indexed = hits.iter().any(|(_, h)| std::ptr::eq(*h, e));
        assert_eq!(filter.matches(e), indexed, "{filter:?} on {}", e.title);
    }
    hits.into_iter().map(|(id, _)| id.to_owned()).collect()
}

fn run(filter: JournalFilter) -> Vec<String> {
    ids(&journal(), &filter, SortBy::DateOldest)
}

#[test]
fn an_empty_filter_passes_everything() {
    assert!(!JournalFilter::default().is_active());
    assert_eq!(run(JournalFilter::default()), ["c", "a", "b", "d"]);
}

#[test]
fn each_filter_narrows_on_its_own() {
    let board = JournalFilter {
        board: Some(Board::Political),
        ..Default::default()
    };
    assert!(board.is_active());
    assert_eq!(run(board), ["c", "a"]);
    let tactic = JournalFilter {
        tactic: Some("traineren".into()),
        ..Default::default()
    };
    assert_eq!(run(tactic), ["c", "a"]);
    let status = JournalFilter {
        status: Some(Status::Decided),
        ..Default::default()
    };
    assert_eq!(run(status), ["b"]);
    let tag = JournalFilter {
        tag: Some("RAAD".into()),
        ..Default::default()
    };
    assert_eq!(run(tag), ["c", "b"]);
    let from = JournalFilter {
        from: Some(d(2024, 5, 1)),
        ..Default::default()
    };
    assert_eq!(run(from), ["a", "b", "d"]);
    let to = JournalFilter {
        to: Some(d(2024, 5, 1)),
        ..Default::default()
    };
    assert_eq!(run(to), ["c", "a"]);
    let text = JournalFilter {
        text: "netbeheerder".into(),
        ..Default::default()
    };
    assert_eq!(run(text), ["c"]);
}

#[test]
fn empty_strings_in_a_filter_match_everything() {
    let blank = JournalFilter {
        tactic: Some(String::new()),
        tag: Some("  ".into()),
        text: " ".into(),
        ..Default::default()
    };
    assert_eq!(run(blank).len(), 4);
}

#[test]
fn filters_combine() {
    let filter = JournalFilter {
        board: Some(Board::Political),
        tactic: Some("traineren".into()),
        tag: Some("warmtenet".into()),
        from: Some(d(2024, 1, 1)),
        to: Some(d(2024, 12, 31)),
        text: "tempo".into(),
        status: Some(Status::Open),
    };
    assert_eq!(run(filter.clone()), ["a"]);
    let closed = JournalFilter {
        status: Some(Status::Closed),
        ..filter
    };
    assert!(run(closed).is_empty());
}

#[test]
fn search_ignores_case_and_diacritics_and_looks_in_follow_ups() {
    let text = |t: &str| {
        run(JournalFilter {
            text: t.into(),
            ..Default::default()
        })
    };
    assert_eq!(text("cooperatie"), ["a", "b"]);
    assert_eq!(text("COÖPERATIE noord"), ["b"]);
    assert_eq!(text("alles"), ["c"]);
    assert_eq!(text("cooperatie netbeheerder"), Vec::<String>::new());
}

#[test]
fn sort_orders() {
    let j = journal();
    let all = JournalFilter::default();
    // b and d share a date: the id (saved later: d) breaks the tie, newest first.
    assert_eq!(ids(&j, &all, SortBy::DateNewest), ["d", "b", "a", "c"]);
    assert_eq!(ids(&j, &all, SortBy::DateOldest), ["c", "a", "b", "d"]);
    // Ignoring case and diacritics: alles, begroting, oefening, warmtenet.
    assert_eq!(ids(&j, &all, SortBy::Title), ["c", "b", "d", "a"]);
    // Open (newest first), decided, closed.
    assert_eq!(ids(&j, &all, SortBy::Status), ["d", "a", "b", "c"]);
}

#[test]
fn tactic_counts_count_each_entry_once() {
    let counts = journal().tactic_counts();
    let expected: BTreeMap<String, usize> = [
        ("traineren".to_owned(), 2),
        ("frame-normaal".to_owned(), 1),
        ("interne-coalities".to_owned(), 1),
    ]
    .into_iter()
    .collect();
    assert_eq!(counts, expected);
    assert!(tactic_counts([]).is_empty());
    let mut exercise = Entry::new("oefening", d(2025, 1, 11));
    exercise.tactics = strings(&["traineren"]);
    exercise.practice = true;
    assert!(
        tactic_counts([&exercise]).is_empty(),
        "an exercise is not counted in the repertoire map"
    );
}

#[test]
fn all_tags_are_sorted_trimmed_and_unique() {
    assert_eq!(journal().all_tags(), ["begroting", "raad", "Warmtenet"]);
    assert!(all_tags([]).is_empty());
}

#[test]
fn changing_an_entry_refreshes_its_search_text() {
    let mut j = journal();
    let find = |j: &Journal, t: &str| {
        ids(
            j,
            &JournalFilter {
                text: t.into(),
                ..Default::default()
            },
            SortBy::DateNewest,
        )
    };
    assert!(j.update("d", |e| e.dilemma = "Een zienswijze".into()));
    assert_eq!(find(&j, "zienswijze"), ["d"]);
    assert!(j.upsert("d", Entry::new("Nieuw", d(2025, 1, 1))));
    assert!(find(&j, "zienswijze").is_empty());
    assert_eq!(find(&j, "nieuw"), ["d"]);
    assert!(!j.upsert("e", Entry::new("Nog een", d(2025, 1, 1))));
    assert_eq!(j.len(), 5);
    assert_eq!(j.remove("e").map(|e| e.title), Some("Nog een".into()));
    assert!(j.remove("e").is_none());
    assert!(!j.update("e", |_| {}));
    assert_eq!(j.get("a").map(|e| e.title.as_str()), Some("Warmtenet Zuid"));
}

#[test]
fn duplicate_ids_keep_the_last_and_zeroize_empties() {
    let mut j: Journal = [
        ("x".to_owned(), Entry::new("eerste", d(2025, 1, 1))),
        ("x".to_owned(), Entry::new("tweede", d(2025, 1, 1))),
    ]
    .into_iter()
    .collect();
    assert_eq!(j.len(), 1);
    assert_eq!(j.get("x").map(|e| e.title.as_str()), Some("tweede"));
    j.zeroize();
    assert!(j.is_empty());
}
