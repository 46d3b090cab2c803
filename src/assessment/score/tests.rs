use super::*;
use crate::assessment::{Item, Key, Lean, Level, ScenarioOption};
use crate::content::Stance;
use crate::content::Text;

fn likert(id: &str, dim: &str, key: Key) -> Item {
    Item::Likert {
        id: id.into(),
        text: Text::default(),
        dimension: dim.into(),
        key,
    }
}

fn scenario(id: &str, options: &[&[(&str, u8)]]) -> Item {
    Item::Scenario {
        id: id.into(),
        case: None,
        situation: Text::default(),
        options: options
            .iter()
            .map(|s| ScenarioOption {
                text: Text::default(),
                scores: s.iter().map(|(k, w)| ((*k).to_owned(), *w)).collect(),
            })
            .collect(),
    }
}

fn q(items: Vec<Item>) -> Questionnaire {
    Questionnaire {
        id: "t".into(),
        title: Text::default(),
        description: Text::default(),
        items,
    }
}

fn answers(a: &[(&str, Answer)]) -> Answers {
    a.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
}

fn value(p: &Profile, key: &str) -> f32 {
    let d = Dimension::from_key(key).expect("known key");
    p.score(d)
        .value()
        .unwrap_or_else(|| panic!("{key} has no score: {:?}", p.score(d)))
}

fn close(a: f32, b: f32) -> bool {
    (a - b).abs() < 1e-4
}

#[test]
fn likert_maps_to_0_100_with_reverse_keys() {
    let q = q(vec![
        likert("a", "engaged", Key::Plus),
        likert("b", "engaged", Key::Plus),
        likert("c", "engaged", Key::Minus),
    ]);
    // 5 on + is 100, 4 on + is 75, 2 on − is 75: the mean is 250/3.
    let p = Profile::compute(
        &q,
        &answers(&[
            ("a", Answer::Likert(5)),
            ("b", Answer::Likert(4)),
            ("c", Answer::Likert(2)),
        ]),
    );
    assert!(close(value(&p, "engaged"), 250.0 / 3.0));
    let p = Profile::compute(
        &q,
        &answers(&[
            ("a", Answer::Likert(1)),
            ("b", Answer::Likert(3)),
            ("c", Answer::Likert(5)),
        ]),
    );
    // 0, 50, 0.
    assert!(close(value(&p, "engaged"), 50.0 / 3.0));
}

#[test]
fn under_three_quarters_answered_is_too_few() {
    let q = q((0..4)
        .map(|i| likert(&format!("i{i}"), "mediate", Key::Plus))
        .collect());
    let half = answers(&[("i0", Answer::Likert(5)), ("i1", Answer::Likert(5))]);
    let p = Profile::compute(&q, &half);
    assert_eq!(
        p.score(Dimension::from_key("mediate").expect("key")),
        DimScore::TooFewAnswers {
            answered: 2,
            total: 4
        }
    );
    let three = answers(&[
        ("i0", Answer::Likert(5)),
        ("i1", Answer::Likert(3)),
        ("i2", Answer::Likert(1)),
    ]);
    assert!(close(value(&Profile::compute(&q, &three), "mediate"), 50.0));
}

#[test]
fn scenario_scores_each_dimension_against_the_mean_of_its_options() {
    let q = q(vec![scenario(
        "s",
        &[
            &[("partner", 2), ("engaged", 1)],
            &[("counter_striver", 3)],
            &[("saboteur", 1), ("partner", 1)],
        ],
    )]);
    let p = Profile::compute(&q, &answers(&[("s", Answer::Option(2))]));
    // Partner weights 2, 0, 1: mean 1, scale 1; weight 1 sits at the mean.
    assert!(close(value(&p, "partner"), 50.0));
    assert!(close(value(&p, "saboteur"), 100.0));
    // An option not chosen pulls a dimension below 50, not to 0.
    assert!(close(value(&p, "engaged"), 25.0));
    assert!(close(value(&p, "counter_striver"), 25.0));
    // A dimension no option scores is not measured by this item at all.
    assert_eq!(
        p.score(Dimension::from_key("player").expect("key")),
        DimScore::TooFewAnswers {
            answered: 0,
            total: 0
        }
    );
}

#[test]
fn odd_answers_are_ignored_not_fatal() {
    let q = q(vec![
        likert("a", "player", Key::Plus),
        scenario(
            "s",
            &[&[("player", 1)], &[("mediate", 1)], &[("mediate", 2)]],
        ),
    ]);
    let p = Profile::compute(
        &q,
        &answers(&[
            ("a", Answer::Likert(9)),
            ("s", Answer::Option(7)),
            ("zz", Answer::Likert(1)),
        ]),
    );
    assert_eq!(
        p.score(Dimension::from_key("player").expect("key")),
        DimScore::TooFewAnswers {
            answered: 0,
            total: 2
        }
    );
    let p = Profile::compute(
        &q,
        &answers(&[("a", Answer::Option(0)), ("s", Answer::Likert(3))]),
    );
    assert!(
        p.score(Dimension::from_key("player").expect("key"))
            .value()
            .is_none()
    );
}

/// One Likert item per dimension, answered so that the + key gives exactly `score`.
fn profile_with(scores: &[(&str, f32)]) -> Profile {
    let items = scores
        .iter()
        .map(|(k, _)| likert(k, k, Key::Plus))
        .collect();
    let mut a = Answers::new();
    for (k, s) in scores {
        // score = (v - 1) / 4 * 100, so v = s / 25 + 1; only multiples of 25 are exact.
        a.insert((*k).to_owned(), Answer::Likert((s / 25.0 + 1.0) as u8));
    }
    Profile::compute(&q(items), &a)
}

/// Four Likert items on `key`, answered with `values`.
fn four(key: &str, values: [u8; 4]) -> (Vec<Item>, Vec<(String, Answer)>) {
    let items = (0..4)
        .map(|i| likert(&format!("{key}{i}"), key, Key::Plus))
        .collect();
    let a = values
        .iter()
        .enumerate()
        .map(|(i, v)| (format!("{key}{i}"), Answer::Likert(*v)))
        .collect();
    (items, a)
}

fn profile_of(dims: &[(&str, [u8; 4])]) -> Profile {
    let mut items = Vec::new();
    let mut a = Answers::new();
    for (k, v) in dims {
        let (i, ans) = four(k, *v);
        items.extend(i);
        a.extend(ans);
    }
    Profile::compute(&q(items), &a)
}

#[test]
fn stances_are_three_independent_scores_read_against_their_bands() {
    let p = profile_of(&[
        ("engaged", [5, 5, 4, 5]),
        ("entrepreneurial", [3, 3, 2, 4]),
        ("activist", [5, 4, 5, 5]),
    ]);
    // Engaged and activist can both be high: no shares of one line.
    assert_eq!(p.clear_stances(), vec![Stance::Engaged, Stance::Activist]);
    assert_eq!(
        p.level(Dimension::Stance(Stance::Entrepreneurial)),
        Some(Level::Neither)
    );
    let band = p.band(Dimension::Stance(Stance::Engaged)).expect("scored");
    assert!(band > 0.0 && band < 15.0, "{band}");
    let low = profile_of(&[("activist", [1, 1, 2, 1])]);
    assert_eq!(
        low.level(Dimension::Stance(Stance::Activist)),
        Some(Level::Below)
    );
    assert!(low.band(Dimension::Stance(Stance::Engaged)).is_none());
}

#[test]
fn a_board_leans_only_when_its_poles_differ_by_more_than_the_uncertainty() {
    let clear = profile_of(&[("build_up", [5, 5, 4, 5]), ("destabilise", [2, 1, 2, 2])]);
    assert_eq!(
        clear.lean(Board::Organisational),
        Some(Lean::Pole(Pole::BuildUp))
    );
    let close_call = profile_of(&[("build_up", [4, 4, 3, 4]), ("destabilise", [3, 4, 3, 4])]);
    assert_eq!(
        close_call.lean(Board::Organisational),
        Some(Lean::NoClearLean)
    );
    assert_eq!(close_call.lean(Board::Societal), None, "not measured");
}

#[test]
fn board_positions_lie_between_the_poles() {
    let p = profile_with(&[
        ("partner", 100.0),
        ("counter_striver", 50.0),
        ("saboteur", 0.0),
        ("build_up", 75.0),
        ("destabilise", 25.0),
        ("mediate", 25.0),
    ]);
    let political = p.board(Board::Political).position.expect("scored");
    assert!(close(political, 25.0 / 150.0));
    assert_eq!(
        p.board(Board::Political).nearest_pole(),
        Some(Pole::Partner)
    );
    assert!(close(
        p.board(Board::Organisational).position.expect("scored"),
        0.25
    ));
    assert_eq!(
        p.board(Board::Societal).position,
        None,
        "player was not answered"
    );
}

#[test]
fn comfort_zone_and_weakest_poles() {
    let p = profile_with(&[
        ("partner", 75.0),
        ("counter_striver", 75.0),
        ("saboteur", 0.0),
        ("build_up", 50.0),
        ("destabilise", 25.0),
        ("mediate", 50.0),
        ("player", 100.0),
    ]);
    assert_eq!(
        p.comfort_zone,
        vec![Pole::Player, Pole::Partner, Pole::CounterStriver]
    );
    assert_eq!(p.weakest, vec![Pole::Saboteur, Pole::Destabilise]);
    // With everything strong, the two lowest are still named.
    let strong = profile_with(&[
        ("partner", 100.0),
        ("build_up", 75.0),
        ("mediate", 75.0),
        ("player", 100.0),
    ]);
    assert_eq!(
        strong.comfort_zone,
        vec![Pole::Partner, Pole::Player, Pole::BuildUp, Pole::Mediate]
    );
    assert!(strong.weakest.is_empty());
    let flat = profile_with(&[("partner", 50.0), ("build_up", 50.0), ("mediate", 25.0)]);
    assert_eq!(flat.comfort_zone, vec![Pole::Partner]);
    assert_eq!(flat.weakest, vec![Pole::Mediate, Pole::BuildUp]);
}

#[test]
fn repertoire_lists_weak_pole_tactics_by_phase_then_ethics() {
    let content = Content::embedded().expect("valid content");
    let p = profile_with(&[
        ("partner", 100.0),
        ("saboteur", 0.0),
        ("player", 25.0),
        ("build_up", 100.0),
    ]);
    assert_eq!(p.weakest, vec![Pole::Saboteur, Pole::Player]);
    let list = repertoire(&p, &content, None);
    assert_eq!(list.len(), 8);
    assert!(
        list.iter()
            .all(|t| matches!(t.pole, Pole::Saboteur | Pole::Player))
    );
    let zones: Vec<_> = list.iter().map(|t| t.ethics).collect();
    let mut sorted = zones.clone();
    sorted.sort();
    assert_eq!(zones, sorted, "ethics zone ascending without a phase");
    for phase in [Phase::BreakingOpen, Phase::Anchoring] {
        let list = repertoire(&p, &content, Some(phase));
        let fits: Vec<bool> = list.iter().map(|t| t.phase.suits(phase)).collect();
        let first_misfit = fits.iter().position(|f| !f).unwrap_or(fits.len());
        assert!(
            fits[first_misfit..].iter().all(|f| !f),
            "tactics that suit {phase:?} come first"
        );
    }
}

#[test]
fn at_most_three_weakest_poles_keep_the_repertoire_short() {
    let p = profile_with(&[
        ("partner", 100.0),
        ("counter_striver", 25.0),
        ("saboteur", 0.0),
        ("build_up", 25.0),
        ("destabilise", 0.0),
        ("mediate", 25.0),
        ("player", 25.0),
    ]);
    assert_eq!(
        p.weakest,
        vec![Pole::Destabilise, Pole::Saboteur, Pole::Player]
    );
}
