//! How one answer scores the dimensions it touches, centred so that 50 means "neither".
//!
//! A Likert statement is one scoring unit: answers 1–5 map to 0, 25, 50, 75, 100 (reversed
//! for a minus-keyed statement), so the middle answer is 50. A scenario gives one unit for
//! every dimension its options touch: the chosen option's weight for that dimension is set
//! against the mean weight over all of the scenario's options, and scaled so the unit stays
//! within 0–100. Choosing at random therefore scores 50 on average, and an option that is not
//! chosen does not pull a dimension down. A unit counts in its dimension's mean with a weight:
//! 1 for a statement, the spread of the option weights over 3 for a scenario, so a dimension
//! that a scenario only touches lightly (weight 1 on one option) counts for a third.

use super::dimension::Dimension;
use super::model::{Item, Key, Questionnaire, ScenarioOption};
use super::score::Answer;

/// The largest weight an option may give a dimension.
pub const MAX_OPTION_WEIGHT: u8 = 3;

/// One scoring unit of an item: what it says about one dimension.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    /// The dimension scored.
    pub dimension: Dimension,
    /// How much the unit counts in the dimension's mean.
    pub weight: f32,
    /// 0–100 (50 is neither), `None` when the item is unanswered or the answer is invalid.
    pub value: Option<f32>,
}

/// A questionnaire's scoring worked out once: for every item the units it gives, and for a
/// scenario each unit's value for every option. Scoring many respondents with one
/// `Scoring` avoids redoing that work per answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Scoring {
    items: Vec<(String, Rule)>,
}

#[derive(Debug, Clone, PartialEq)]
enum Rule {
    Likert(Dimension, Key),
    /// Per unit: the dimension, its weight, and its value for each option.
    Scenario(Vec<(Dimension, f32, Vec<f32>)>),
}

impl Scoring {
    /// Works out the scoring of every item of `q`; items naming an unknown dimension give
    /// no units.
    pub fn new(q: &Questionnaire) -> Self {
        let items = q
            .items
            .iter()
            .map(|item| {
                let rule = match item {
                    Item::Likert { dimension, key, .. } => match Dimension::from_key(dimension) {
                        Some(d) => Rule::Likert(d, *key),
                        None => Rule::Scenario(Vec::new()),
                    },
                    Item::Scenario { options, .. } => Rule::Scenario(
                        scenario_dimensions(options)
                            .into_iter()
                            .filter_map(|d| {
                                let weight = scenario_unit(options, d, None)?.weight;
                                let values = (0..options.len())
                                    .filter_map(|i| scenario_unit(options, d, Some(i))?.value)
                                    .collect();
                                Some((d, weight, values))
                            })
                            .collect(),
                    ),
                };
                (item.id().to_owned(), rule)
            })
            .collect();
        Scoring { items }
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there are no items.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The id of item `i` (empty when out of range).
    pub fn id(&self, i: usize) -> &str {
        self.items.get(i).map_or("", |(id, _)| id.as_str())
    }

    /// Calls `f` with every unit of item `i` given its answer; odd answers give units
    /// without a value.
    pub fn for_each_unit(&self, i: usize, answer: Option<&Answer>, mut f: impl FnMut(Unit)) {
        let Some((_, rule)) = self.items.get(i) else {
            return;
        };
        match rule {
            Rule::Likert(d, key) => f(Unit {
                dimension: *d,
                weight: 1.0,
                value: match answer {
                    Some(Answer::Likert(v @ 1..=5)) => Some(likert_value(*v, *key)),
                    _ => None,
                },
            }),
            Rule::Scenario(units) => {
                let chosen = match answer {
                    Some(Answer::Option(o)) => Some(*o),
                    _ => None,
                };
                for (d, weight, values) in units {
                    f(Unit {
                        dimension: *d,
                        weight: *weight,
                        value: chosen.and_then(|o| values.get(o).copied()),
                    });
                }
            }
        }
    }
}

/// The units of one item, given its answer (if any). Odd answers give `value: None`.
pub fn units(item: &Item, answer: Option<&Answer>) -> Vec<Unit> {
    match item {
        Item::Likert { dimension, key, .. } => {
            let Some(d) = Dimension::from_key(dimension) else {
                return Vec::new();
            };
            let value = match answer {
                Some(Answer::Likert(v @ 1..=5)) => Some(likert_value(*v, *key)),
                _ => None,
            };
            vec![Unit {
                dimension: d,
                weight: 1.0,
                value,
            }]
        }
        Item::Scenario { options, .. } => {
            let chosen = match answer {
                Some(Answer::Option(i)) if *i < options.len() => Some(*i),
                _ => None,
            };
            scenario_dimensions(options)
                .into_iter()
                .filter_map(|d| scenario_unit(options, d, chosen))
                .collect()
        }
    }
}

/// The 0–100 value of a Likert answer 1–5.
pub fn likert_value(v: u8, key: Key) -> f32 {
    let agree = f32::from(v.clamp(1, 5) - 1) * 25.0;
    match key {
        Key::Plus => agree,
        Key::Minus => 100.0 - agree,
    }
}

/// The dimensions a scenario's options touch, in order of first appearance.
pub fn scenario_dimensions(options: &[ScenarioOption]) -> Vec<Dimension> {
    let mut dims: Vec<Dimension> = Vec::new();
    for (key, _) in options.iter().flat_map(|o| &o.scores) {
        if let Some(d) = Dimension::from_key(key)
            && !dims.contains(&d)
        {
            dims.push(d);
        }
    }
    dims
}

/// The weight an option gives a dimension (0 when it does not touch it).
pub fn option_weight(option: &ScenarioOption, d: Dimension) -> u8 {
    option
        .scores
        .iter()
        .filter(|(k, _)| Dimension::from_key(k) == Some(d))
        .map(|(_, w)| (*w).min(MAX_OPTION_WEIGHT))
        .max()
        .unwrap_or(0)
}

/// The unit a scenario gives dimension `d`; `None` when all options weigh it the same (then
/// the choice says nothing about it).
fn scenario_unit(options: &[ScenarioOption], d: Dimension, chosen: Option<usize>) -> Option<Unit> {
    let weights: Vec<f32> = options
        .iter()
        .map(|o| f32::from(option_weight(o, d)))
        .collect();
    let n = weights.len() as f32;
    let mean = weights.iter().sum::<f32>() / n;
    let max = weights.iter().copied().fold(f32::MIN, f32::max);
    let min = weights.iter().copied().fold(f32::MAX, f32::min);
    let scale = (max - mean).max(mean - min);
    if scale.is_nan() || scale <= 0.0 {
        return None;
    }
    let value = chosen
        .and_then(|i| weights.get(i))
        .map(|w| 50.0 + 50.0 * (w - mean) / scale);
    Some(Unit {
        dimension: d,
        weight: (max - min) / f32::from(MAX_OPTION_WEIGHT),
        value,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Text;

    fn option(scores: &[(&str, u8)]) -> ScenarioOption {
        ScenarioOption {
            text: Text::default(),
            scores: scores.iter().map(|(k, w)| ((*k).to_owned(), *w)).collect(),
        }
    }

    fn scenario(options: &[&[(&str, u8)]]) -> Item {
        Item::Scenario {
            id: "s".into(),
            case: None,
            situation: Text::default(),
            options: options.iter().map(|o| option(o)).collect(),
        }
    }

    #[test]
    fn likert_is_centred_on_the_middle_answer_and_reversed_for_minus() {
        assert_eq!(likert_value(3, Key::Plus), 50.0);
        assert_eq!(likert_value(3, Key::Minus), 50.0);
        assert_eq!(likert_value(5, Key::Plus), 100.0);
        assert_eq!(likert_value(5, Key::Minus), 0.0);
        assert_eq!(likert_value(2, Key::Plus), 25.0);
    }

    #[test]
    fn a_random_scenario_choice_averages_50_on_every_dimension() {
        let item = scenario(&[
            &[("partner", 3), ("engaged", 1)],
            &[("saboteur", 2)],
            &[("mediate", 1)],
            &[("partner", 1)],
        ]);
        let mut sums = std::collections::BTreeMap::<Dimension, (f32, usize)>::new();
        for i in 0..4 {
            for u in units(&item, Some(&Answer::Option(i))) {
                let v = u.value.expect("answered");
                assert!((0.0..=100.0).contains(&v), "{v} in range");
                let e = sums.entry(u.dimension).or_default();
                e.0 += v;
                e.1 += 1;
            }
        }
        assert_eq!(sums.len(), 4);
        for (d, (sum, n)) in sums {
            assert_eq!(n, 4);
            assert!((sum / 4.0 - 50.0).abs() < 1e-4, "{d}: {}", sum / 4.0);
        }
    }

    #[test]
    fn the_chosen_option_scores_highest_and_weights_follow_the_spread() {
        let item = scenario(&[&[("partner", 3)], &[("saboteur", 1)], &[]]);
        let u = units(&item, Some(&Answer::Option(0)));
        let partner = u
            .iter()
            .find(|u| u.dimension == Dimension::from_key("partner").expect("key"))
            .expect("partner unit");
        assert_eq!(partner.value, Some(100.0));
        assert!((partner.weight - 1.0).abs() < 1e-6);
        let saboteur = u
            .iter()
            .find(|u| u.dimension == Dimension::from_key("saboteur").expect("key"))
            .expect("saboteur unit");
        assert!(saboteur.value.expect("answered") < 50.0);
        assert!((saboteur.weight - 1.0 / 3.0).abs() < 1e-6);
        // No answer, or an option that does not exist: units without a value.
        assert!(units(&item, None).iter().all(|u| u.value.is_none()));
        assert!(
            units(&item, Some(&Answer::Option(9)))
                .iter()
                .all(|u| u.value.is_none())
        );
    }

    #[test]
    fn worked_out_scoring_gives_the_same_units_as_scoring_each_item() {
        let content = crate::content::Content::embedded().expect("content");
        let q = crate::assessment::Catalogue::load(None, &content).questionnaires[0]
            .questionnaire
            .clone();
        let scoring = Scoring::new(&q);
        assert_eq!(scoring.len(), q.items.len());
        let answers = [
            None,
            Some(Answer::Likert(1)),
            Some(Answer::Likert(4)),
            Some(Answer::Option(0)),
            Some(Answer::Option(4)),
            Some(Answer::Option(9)),
        ];
        for (i, item) in q.items.iter().enumerate() {
            assert_eq!(scoring.id(i), item.id());
            for a in &answers {
                let mut fast = Vec::new();
                scoring.for_each_unit(i, a.as_ref(), |u| fast.push(u));
                assert_eq!(fast, units(item, a.as_ref()), "{} {a:?}", item.id());
            }
        }
    }
}
