//! The numbers the scoring model promises, proved on the built-in questionnaire with
//! synthetic respondents: neutral and yes-saying respondents land in the middle,
//! independent traits stay independent, and every dimension recovers the true position.

use super::*;
use crate::assessment::{Catalogue, Profile};
use crate::content::Content;

fn default_questionnaire() -> Questionnaire {
    let content = Content::embedded().expect("valid content");
    let cat = Catalogue::load(None, &content);
    assert!(cat.errors.is_empty(), "{:?}", cat.errors);
    cat.questionnaires[0].questionnaire.clone()
}

/// Every respondent's score per dimension; panics when a complete answer set has none.
fn scores(q: &Questionnaire, rs: &[Respondent]) -> Vec<[f64; 10]> {
    rs.iter()
        .map(|r| {
            let p = Profile::compute(q, &r.answers);
            std::array::from_fn(|i| {
                let d = Dimension::ALL[i];
                f64::from(p.score(d).value().expect("every item answered"))
            })
        })
        .collect()
}

fn mean(xs: impl Iterator<Item = f64>) -> f64 {
    let v: Vec<f64> = xs.collect();
    v.iter().sum::<f64>() / v.len() as f64
}

fn pearson(xs: &[f64], ys: &[f64]) -> f64 {
    let (mx, my) = (mean(xs.iter().copied()), mean(ys.iter().copied()));
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (x, y) in xs.iter().zip(ys) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx).powi(2);
        syy += (y - my).powi(2);
    }
    sxy / (sxx * syy).sqrt()
}

fn column(rows: &[[f64; 10]], i: usize) -> Vec<f64> {
    rows.iter().map(|r| r[i]).collect()
}

fn check_style(style: Style, tolerance: f64) {
    let q = default_questionnaire();
    for seed in [1, 2] {
        let rs = respondents(&q, 400, style, Config::default(), seed);
        let s = scores(&q, &rs);
        let means: Vec<f64> = (0..10).map(|i| mean(s.iter().map(|r| r[i]))).collect();
        println!(
            "{style:?} (seed {seed}): means from {:.1} to {:.1}",
            means.iter().copied().fold(f64::MAX, f64::min),
            means.iter().copied().fold(f64::MIN, f64::max)
        );
        for (d, &m) in Dimension::ALL.iter().zip(&means) {
            assert!(
                (m - 50.0).abs() <= tolerance,
                "{style:?} respondents average {m:.1} on {d} (seed {seed})"
            );
        }
    }
}

#[test]
fn a_neutral_respondent_lands_at_50_within_5() {
    check_style(Style::Neutral, 5.0);
}

#[test]
fn a_yes_sayer_lands_at_50_within_10() {
    check_style(Style::YesSayer, 10.0);
}

/// A yes-sayer who also always picks the option in the same place (the first, the last, …)
/// stays within 50 ± 10 as well: no option position favours one dimension.
#[test]
fn a_yes_sayer_in_a_fixed_option_position_stays_within_10() {
    let q = default_questionnaire();
    for k in 0..5 {
        let answers: Answers = q
            .items
            .iter()
            .map(|item| {
                let a = match item {
                    Item::Likert { .. } => Answer::Likert(5),
                    Item::Scenario { .. } => Answer::Option(k),
                };
                (item.id().to_owned(), a)
            })
            .collect();
        let p = Profile::compute(&q, &answers);
        for d in Dimension::ALL {
            let v = p.score(d).value().expect("answered");
            assert!(
                (v - 50.0).abs() <= 10.0 + 1e-3,
                "option {}: {d} at {v:.1}",
                k + 1
            );
        }
    }
}

/// What one answer model gives on the built-in questionnaire.
#[derive(Debug)]
struct Figures {
    /// The lowest correlation of a dimension's score with its true position, and which.
    worst_recovery: (f64, Dimension),
    /// The largest |r| between two dimensions' scores.
    worst_coupling: f64,
    /// The mean over respondents of the dimension furthest from 50, for respondents at 0
    /// on every dimension answering by the model.
    centred: f64,
    /// The same for centred respondents who also lean strongly towards agreeing.
    acquiescent: f64,
}

fn figures(q: &Questionnaire, config: Config, n: usize, seed: u64) -> Figures {
    let scoring = crate::assessment::Scoring::new(q);
    let score_all = |rs: &[Respondent]| -> Vec<[f64; 10]> {
        rs.iter()
            .map(|r| {
                let p = Profile::compute_with(&scoring, &r.answers);
                std::array::from_fn(|i| {
                    f64::from(p.score(Dimension::ALL[i]).value().expect("all answered"))
                })
            })
            .collect()
    };
    let rs = respondents(q, n, Style::Trait, config, seed);
    let s = score_all(&rs);
    let latent: Vec<[f64; 10]> = rs.iter().map(|r| r.latent).collect();
    let mut worst_recovery = (1.0, Dimension::ALL[0]);
    let mut worst_coupling: f64 = 0.0;
    for i in 0..10 {
        let r = pearson(&column(&s, i), &column(&latent, i));
        if r < worst_recovery.0 {
            worst_recovery = (r, Dimension::ALL[i]);
        }
        for j in i + 1..10 {
            worst_coupling = worst_coupling.max(pearson(&column(&s, i), &column(&s, j)).abs());
        }
    }
    let furthest = |config: Config| {
        let s = score_all(&respondents(q, n / 4, Style::Centred, config, seed + 1));
        (0..10)
            .map(|i| mean(s.iter().map(|r| r[i])))
            .max_by(|a, b| (a - 50.0).abs().total_cmp(&(b - 50.0).abs()))
            .unwrap_or(50.0)
    };
    Figures {
        worst_recovery,
        worst_coupling,
        centred: furthest(config),
        acquiescent: furthest(Config {
            acquiescence: (2.0, 0.5),
            ..config
        }),
    }
}

/// Under one answer model: independent traits give nearly independent scores and every score
/// follows its own trait at `floor` or better. Respondents at 0 everywhere, answering by the
/// model, land within 10 of 50, leaning to agreeing or not: not the 5 of the neutral
/// respondent (who answers 3), because the model gives every statement a difficulty of its
/// own that no scoring can know, and with four statements a dimension's shifts need not
/// cancel. Prints the figures (run with `--nocapture`) for the README's table.
fn check_model(name: &str, config: Config, floor: f64) {
    let q = default_questionnaire();
    let f = figures(&q, config, 2000, 7);
    println!(
        "{name}: worst recovery r = {:.3} ({}), worst |r| between dimensions = {:.3}, \
         centred respondent furthest at {:.1}, acquiescent at {:.1}",
        f.worst_recovery.0, f.worst_recovery.1, f.worst_coupling, f.centred, f.acquiescent
    );
    assert!(f.worst_recovery.0 >= floor, "{name}: {f:?}");
    assert!(f.worst_coupling <= 0.3, "{name}: {f:?}");
    assert!((f.centred - 50.0).abs() <= 10.0, "{name}: {f:?}");
    assert!((f.acquiescent - 50.0).abs() <= 10.0, "{name}: {f:?}");
}

#[test]
fn the_default_answer_model_recovers_every_dimension() {
    check_model("default", Config::default(), 0.8);
}

#[test]
fn a_decided_answer_model_recovers_every_dimension() {
    check_model(
        "decided",
        Config {
            discrimination: (1.2, 2.5),
            threshold_shift: 0.8,
            choice_sharpness: 3.0,
            ..Config::default()
        },
        0.8,
    );
}

#[test]
fn a_soft_answer_model_recovers_every_dimension() {
    check_model(
        "soft",
        Config {
            discrimination: (1.0, 1.6),
            threshold_shift: 0.3,
            choice_sharpness: 1.0,
            ..Config::default()
        },
        0.75,
    );
}

/// The harshest model: at discrimination 1 one statement correlates only about 0.46 with its
/// trait, so a dimension needs its situations as well as its statements to reach 0.75 (see the
/// README's table).
#[test]
fn a_graded_model_with_discrimination_1_recovers_every_dimension_at_075() {
    check_model("graded a=1", Config::graded_a1(), 0.75);
}

#[test]
fn respondents_who_lean_to_agreeing_by_different_amounts_are_recovered() {
    check_model("acquiescent noise", Config::acquiescent_noise(), 0.75);
}

#[test]
fn a_skewed_population_under_the_harsh_graded_model_is_recovered() {
    check_model("skewed", Config::skewed(), 0.75);
}

#[test]
fn respondents_with_their_own_response_styles_are_recovered() {
    check_model("response styles", Config::response_styles(), 0.75);
}

#[test]
fn choosing_scenario_options_by_their_heaviest_dimension_is_recovered() {
    check_model("top dimension", Config::top_dimension(), 0.75);
}

#[test]
fn choosing_scenario_options_by_their_weight_sum_is_recovered() {
    check_model("weight sum", Config::weight_sum(), 0.75);
}

mod table;

#[test]
fn generated_answers_are_seeded_and_valid() {
    let q = default_questionnaire();
    let a = respondents(&q, 20, Style::Trait, Config::default(), 3);
    let b = respondents(&q, 20, Style::Trait, Config::default(), 3);
    assert_eq!(a, b, "same seed, same respondents");
    for r in &a {
        assert_eq!(r.answers.len(), q.items.len());
        for item in &q.items {
            match (item, r.answers.get(item.id())) {
                (Item::Likert { .. }, Some(Answer::Likert(v))) => assert!((1..=5).contains(v)),
                (Item::Scenario { options, .. }, Some(Answer::Option(i))) => {
                    assert!(*i < options.len());
                }
                other => panic!("mismatched answer {other:?}"),
            }
        }
    }
    let csv = to_csv(&q, &a);
    assert_eq!(csv.lines().count(), 21);
    assert!(csv.starts_with("respondent,"));
}
