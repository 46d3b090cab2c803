//! The measurement behind the README's table: per dimension, how many statements and
//! situations score it, its reliability, its recovery under every answer model, and what
//! Spearman–Brown predicts for one more item. Run with `--nocapture` to print the table.

use super::*;
use crate::assessment::analyse;

/// Every answer model the tests run, by the name the README uses.
fn models() -> Vec<(&'static str, Config)> {
    vec![
        ("default", Config::default()),
        (
            "decided",
            Config {
                discrimination: (1.2, 2.5),
                threshold_shift: 0.8,
                choice_sharpness: 3.0,
                ..Config::default()
            },
        ),
        (
            "soft",
            Config {
                discrimination: (1.0, 1.6),
                threshold_shift: 0.3,
                choice_sharpness: 1.0,
                ..Config::default()
            },
        ),
        ("styles", Config::response_styles()),
        ("top dim.", Config::top_dimension()),
        ("weight sum", Config::weight_sum()),
        ("acq. noise", Config::acquiescent_noise()),
        ("skewed", Config::skewed()),
        ("graded a=1", Config::graded_a1()),
    ]
}

/// Spearman–Brown: the reliability of a test `factor` times as long as one of reliability `rho`.
fn spearman_brown(rho: f64, factor: f64) -> f64 {
    factor * rho / (1.0 + (factor - 1.0) * rho)
}

/// Per dimension: statements, situations, and the correlation of its score with the true
/// position under each model (in [`models`] order).
struct Row {
    statements: usize,
    situations: usize,
    recovery: Vec<f64>,
    alpha: f64,
}

fn rows(q: &Questionnaire) -> Vec<Row> {
    let scoring = crate::assessment::Scoring::new(q);
    let mut counts = [(0usize, 0usize); 10];
    for (i, item) in q.items.iter().enumerate() {
        scoring.for_each_unit(i, None, |u| match item {
            Item::Likert { .. } => counts[u.dimension.index()].0 += 1,
            Item::Scenario { .. } => counts[u.dimension.index()].1 += 1,
        });
    }
    let mut recovery = vec![Vec::new(); 10];
    let mut alpha = [0.0; 10];
    for (name, config) in models() {
        let rs = respondents(q, 2000, Style::Trait, config, 7);
        let s: Vec<[f64; 10]> = rs
            .iter()
            .map(|r| {
                let p = Profile::compute_with(&scoring, &r.answers);
                std::array::from_fn(|i| {
                    f64::from(p.score(Dimension::ALL[i]).value().expect("all answered"))
                })
            })
            .collect();
        let latent: Vec<[f64; 10]> = rs.iter().map(|r| r.latent).collect();
        for (i, rec) in recovery.iter_mut().enumerate() {
            rec.push(pearson(&column(&s, i), &column(&latent, i)));
        }
        if name == "graded a=1" {
            let answers: Vec<&Answers> = rs.iter().map(|r| &r.answers).collect();
            for (i, d) in analyse(q, &answers).dimensions.iter().enumerate() {
                alpha[i] = d.alpha.unwrap_or(0.0);
            }
        }
    }
    (0..10)
        .map(|i| Row {
            statements: counts[i].0,
            situations: counts[i].1,
            recovery: recovery[i].clone(),
            alpha: alpha[i],
        })
        .collect()
}

/// Every dimension rests on at least four items and follows its true position at r ≥ 0.75
/// under every answer model; one more item would help, as Spearman–Brown says. Prints the
/// table for the README.
#[test]
#[ignore = "prints the README's table and takes about 7 s in a debug build; the promise itself is checked per model by the check_model tests"]
fn every_dimension_recovers_at_075_under_every_model_and_the_table_prints() {
    let q = default_questionnaire();
    let rows = rows(&q);
    let names: Vec<&str> = models().iter().map(|(n, _)| *n).collect();
    println!(
        "| Dimension | Statements | Situations | α (graded a=1) | {} | r² (graded a=1) | r with one more item |",
        names.join(" | ")
    );
    println!("|---|---|---|---|{}---|---|", "---|".repeat(names.len()));
    for (d, row) in Dimension::ALL.iter().zip(&rows) {
        let harsh = *row.recovery.last().expect("the harshest model is last");
        let k = (row.statements + row.situations) as f64;
        let rho = harsh * harsh;
        let more = spearman_brown(rho, (k + 1.0) / k).sqrt();
        let rs: Vec<String> = row.recovery.iter().map(|r| format!("{r:.3}")).collect();
        println!(
            "| {d} | {} | {} | {:.2} | {} | {rho:.3} | {more:.3} |",
            row.statements,
            row.situations,
            row.alpha,
            rs.join(" | ")
        );
        assert!(row.statements + row.situations >= 4, "{d}");
        assert!(more > harsh && more < 1.0, "{d}: {more}");
        for (name, r) in names.iter().zip(&row.recovery) {
            assert!(*r >= 0.75, "{d} under {name}: r = {r:.3}");
        }
    }
}

#[test]
fn spearman_brown_doubles_a_test_as_the_textbook_says() {
    // A test of reliability 0.5 doubled: 2·0.5 / (1 + 0.5) = 2/3.
    assert!((spearman_brown(0.5, 2.0) - 2.0 / 3.0).abs() < 1e-12);
    assert!((spearman_brown(0.5, 1.0) - 0.5).abs() < 1e-12);
}
