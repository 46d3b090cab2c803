use super::*;
use crate::assessment::simulate::{Config, Style, respondents};
use crate::assessment::{Catalogue, Dimension};
use crate::content::Content;

#[test]
fn alpha_and_item_total_match_a_hand_computed_example() {
    // Three items, four respondents; computed by hand from the covariance matrix.
    let rows = vec![
        vec![0.0, 25.0, 0.0],
        vec![25.0, 25.0, 50.0],
        vec![75.0, 50.0, 50.0],
        vec![100.0, 100.0, 75.0],
    ];
    let cov = covariance(&rows, 3);
    let a = alpha(&cov, &[0, 1, 2], 4).expect("alpha");
    // Item variances 6250/3, 1250 and 2968.75/3; the sums 25, 100, 175, 275 vary by
    // 34 218.75/3 = 11 406.25.
    let items = 6250.0 / 3.0 + 1250.0 + 2968.75 / 3.0;
    assert!((a - 1.5 * (1.0 - items / 11_406.25)).abs() < 1e-9, "{a}");
    let r = item_total(&cov, 2, &[0, 1], 4).expect("r");
    assert!(r > 0.8 && r < 1.0, "{r}");
    let [lo, hi] = feldt(a, 4, 3).expect("interval");
    assert!(lo < a && a < hi, "{lo} {a} {hi}");
}

#[test]
fn the_default_questionnaire_analyses_with_reasonable_numbers_and_flags_a_bad_item() {
    let content = Content::embedded().expect("content");
    let q = Catalogue::load(None, &content).questionnaires[0]
        .questionnaire
        .clone();
    let mut rs = respondents(&q, 600, Style::Trait, Config::default(), 5);
    // l01 answered at random: it measures nothing and must be flagged.
    for (i, r) in rs.iter_mut().enumerate() {
        r.answers.insert(
            "l01".into(),
            crate::assessment::Answer::Likert((i % 5 + 1) as u8),
        );
    }
    let answers: Vec<&Answers> = rs.iter().map(|r| &r.answers).collect();
    let a = analyse(&q, &answers);
    assert_eq!(a.dimensions.len(), Dimension::ALL.len());
    for d in &a.dimensions {
        assert_eq!(d.n, 600);
        assert!(d.items.len() >= 4, "{}", d.dimension);
        let alpha = d.alpha.expect("alpha");
        let [lo, hi] = d.alpha_ci.expect("interval");
        assert!(lo <= alpha && alpha <= hi && hi - lo < 0.2, "{d:?}");
    }
    let partner = &a.dimensions[Dimension::from_key("partner").expect("key").index()];
    let l01 = partner.items.iter().find(|i| i.id == "l01").expect("l01");
    assert_eq!(l01.flags, ["low_item_total"], "{l01:?}");
    let others_flagged = partner
        .items
        .iter()
        .filter(|i| i.id.starts_with('l') && i.id != "l01" && !i.flags.is_empty())
        .count();
    assert_eq!(others_flagged, 0, "{partner:?}");
    // Leaving out the random item raises α.
    assert!(l01.alpha_if_deleted.expect("defined") > partner.alpha.expect("alpha"));
}

#[test]
fn too_few_respondents_or_items_give_no_alpha_rather_than_nonsense() {
    let content = Content::embedded().expect("content");
    let q = Catalogue::load(None, &content).questionnaires[0]
        .questionnaire
        .clone();
    let rs = respondents(&q, 2, Style::Trait, Config::default(), 1);
    let answers: Vec<&Answers> = rs.iter().map(|r| &r.answers).collect();
    let a = analyse(&q, &answers);
    assert!(
        a.dimensions
            .iter()
            .all(|d| d.alpha.is_none() && d.alpha_ci.is_none())
    );
    let none = analyse(&q, &[]);
    assert!(
        none.dimensions
            .iter()
            .all(|d| d.n == 0 && d.alpha.is_none())
    );
}
