//! Synthetic respondents with known positions, to test that scoring recovers them.
//!
//! Every respondent has a latent position on each of the ten dimensions, drawn independently
//! from a standard normal distribution. A statement is answered by an ordinal-threshold
//! (graded) model: the latent response is `a·θ` (negated for a minus-keyed statement) plus
//! logistic noise, cut at four thresholds into the answers 1–5; each item gets its own
//! discrimination `a` and a shift of its thresholds. A scenario is answered by a softmax
//! choice: each option's utility is the weighted mean of the latent positions of the
//! dimensions it scores, times a sharpness; an option that scores nothing has utility 0.
//! Two response styles stand beside it: the neutral respondent (every statement 3, options
//! at random) and the yes-sayer (every statement 5, options at random). Seeded, so a test
//! sees the same respondents every run.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::dimension::Dimension;
use super::items::option_weight;
use super::model::{Item, Key, Questionnaire};
use super::score::{Answer, Answers};

/// How the synthetic respondents answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Config {
    /// Item discriminations are drawn uniformly from this range.
    pub discrimination: (f64, f64),
    /// Each item's thresholds shift by a uniform amount within ± this.
    pub threshold_shift: f64,
    /// Multiplies the options' utilities before the softmax: higher is more decided.
    pub choice_sharpness: f64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            discrimination: (1.0, 2.0),
            threshold_shift: 0.5,
            choice_sharpness: 2.0,
        }
    }
}

/// How a respondent answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// By their latent positions.
    Trait,
    /// Every statement 3, every scenario option at random.
    Neutral,
    /// Every statement 5, every scenario option at random.
    YesSayer,
}

/// One synthetic respondent.
#[derive(Debug, Clone, PartialEq)]
pub struct Respondent {
    /// The latent position per dimension, in [`Dimension::ALL`] order.
    pub latent: [f64; 10],
    /// Their answers.
    pub answers: Answers,
}

/// The thresholds between the five answers, before an item's shift.
const THRESHOLDS: [f64; 4] = [-1.5, -0.5, 0.5, 1.5];

/// Generates `n` respondents answering `q` in `style`, from `seed`.
pub fn respondents(
    q: &Questionnaire,
    n: usize,
    style: Style,
    config: Config,
    seed: u64,
) -> Vec<Respondent> {
    let mut rng = StdRng::seed_from_u64(seed);
    let (lo, hi) = config.discrimination;
    let params: Vec<(f64, f64)> = q
        .items
        .iter()
        .map(|_| {
            let a = if hi > lo { rng.gen_range(lo..hi) } else { lo };
            let s = config.threshold_shift.abs();
            let shift = if s > 0.0 { rng.gen_range(-s..s) } else { 0.0 };
            (a, shift)
        })
        .collect();
    (0..n)
        .map(|_| {
            let latent: [f64; 10] = std::array::from_fn(|_| normal(&mut rng));
            let answers = q
                .items
                .iter()
                .zip(&params)
                .filter_map(|(item, &(a, shift))| {
                    let answer = answer(item, &latent, style, a, shift, config, &mut rng)?;
                    Some((item.id().to_owned(), answer))
                })
                .collect();
            Respondent { latent, answers }
        })
        .collect()
}

fn answer(
    item: &Item,
    latent: &[f64; 10],
    style: Style,
    a: f64,
    shift: f64,
    config: Config,
    rng: &mut StdRng,
) -> Option<Answer> {
    match item {
        Item::Likert { dimension, key, .. } => Some(Answer::Likert(match style {
            Style::Neutral => 3,
            Style::YesSayer => 5,
            Style::Trait => {
                let theta = latent[Dimension::from_key(dimension)?.index()];
                let sign = if *key == Key::Plus { 1.0 } else { -1.0 };
                let y = a * sign * theta + logistic(rng);
                1 + THRESHOLDS.iter().filter(|t| y > **t + shift).count() as u8
            }
        })),
        Item::Scenario { options, .. } => {
            if options.is_empty() {
                return None;
            }
            if style != Style::Trait {
                return Some(Answer::Option(rng.gen_range(0..options.len())));
            }
            // Softmax sampling is the argmax of utility plus Gumbel noise.
            let mut best = (f64::MIN, 0);
            for (i, o) in options.iter().enumerate() {
                let mut sum = 0.0;
                let mut weight = 0.0;
                for d in Dimension::ALL {
                    let w = f64::from(option_weight(o, d));
                    sum += w * latent[d.index()];
                    weight += w;
                }
                let utility = if weight > 0.0 { sum / weight } else { 0.0 };
                let u = config.choice_sharpness * utility + gumbel(rng);
                if u > best.0 {
                    best = (u, i);
                }
            }
            Some(Answer::Option(best.1))
        }
    }
}

/// A uniform draw in (0, 1), never exactly 0 or 1.
fn open_unit(rng: &mut StdRng) -> f64 {
    rng.gen_range(f64::EPSILON..1.0 - f64::EPSILON)
}

/// A standard normal draw (Box–Muller).
fn normal(rng: &mut StdRng) -> f64 {
    let (u1, u2) = (open_unit(rng), open_unit(rng));
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

fn logistic(rng: &mut StdRng) -> f64 {
    let u = open_unit(rng);
    (u / (1.0 - u)).ln()
}

fn gumbel(rng: &mut StdRng) -> f64 {
    -(-open_unit(rng).ln()).ln()
}

/// The respondents' answers as the CSV that `ruimte score` reads: a header
/// `respondent,<item ids…>`, then a row per respondent (`r1`, `r2`, …).
pub fn to_csv(q: &Questionnaire, respondents: &[Respondent]) -> String {
    let mut out = String::from("respondent");
    for item in &q.items {
        out.push(',');
        out.push_str(item.id());
    }
    out.push('\n');
    for (n, r) in respondents.iter().enumerate() {
        out.push_str(&format!("r{}", n + 1));
        for item in &q.items {
            out.push(',');
            match r.answers.get(item.id()) {
                Some(Answer::Likert(v)) => out.push_str(&v.to_string()),
                Some(Answer::Option(i)) => out.push_str(&(i + 1).to_string()),
                None => {}
            }
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests;
