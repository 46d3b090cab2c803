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
        for (i, d) in Dimension::ALL.iter().enumerate() {
            let m = mean(s.iter().map(|r| r[i]));
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

/// Under several answer models, independent traits give nearly independent scores, and
/// each score follows its own trait.
#[test]
fn independent_traits_stay_independent_and_every_dimension_recovers_its_trait() {
    let q = default_questionnaire();
    let configs = [
        Config::default(),
        Config {
            discrimination: (1.2, 2.5),
            threshold_shift: 0.8,
            choice_sharpness: 3.0,
        },
        Config {
            discrimination: (1.0, 1.6),
            threshold_shift: 0.3,
            choice_sharpness: 1.0,
        },
    ];
    let mut report = Vec::new();
    for (c, config) in configs.into_iter().enumerate() {
        let rs = respondents(&q, 1500, Style::Trait, config, 7 + c as u64);
        let s = scores(&q, &rs);
        let latent: Vec<[f64; 10]> = rs.iter().map(|r| r.latent).collect();
        for i in 0..10 {
            let r = pearson(&column(&s, i), &column(&latent, i));
            if r < 0.75 {
                report.push(format!(
                    "config {c}: {} recovers at r = {r:.2}",
                    Dimension::ALL[i]
                ));
            }
            for j in i + 1..10 {
                let r = pearson(&column(&s, i), &column(&s, j));
                if r.abs() > 0.3 {
                    report.push(format!(
                        "config {c}: {} and {} correlate at r = {r:.2}",
                        Dimension::ALL[i],
                        Dimension::ALL[j]
                    ));
                }
            }
        }
    }
    assert!(report.is_empty(), "{report:#?}");
}

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
