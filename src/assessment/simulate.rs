//! Synthetic respondents with known positions, to test that scoring recovers them.
//!
//! Every respondent has a latent position on each of the ten dimensions, drawn independently
//! from a standard normal distribution or from a skewed one ([`Latent::Skewed`]). A statement
//! is answered by an ordinal-threshold (graded) model: the latent response is `a·θ` (negated
//! for a minus-keyed statement) plus logistic or normal noise, cut at four thresholds into the
//! answers 1–5; each item gets its own discrimination `a` and a shift of its thresholds. A
//! respondent may carry a response style of their own: thresholds pulled in (extreme answers)
//! or pushed out (middle answers), and a lean towards agreeing (acquiescence). A scenario is
//! answered by a noisy choice (a softmax, drawn as the argmax of utility plus Gumbel noise)
//! over a utility per option that the [`Choice`] rule works out from the latent positions of
//! the dimensions the option scores.
//! Two response styles stand beside it: the neutral respondent (every statement 3, options
//! at random) and the yes-sayer (every statement 5, options at random). Seeded, so a test
//! sees the same respondents every run.
//!
//! The answer models are deliberately varied ([`Config::default`], [`Config::graded_a1`],
//! [`Config::response_styles`], [`Config::top_dimension`], [`Config::weight_sum`],
//! [`Config::acquiescent_noise`], [`Config::skewed`]), so the tests do not prove the scoring
//! on one generator only.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::dimension::Dimension;
use super::items::{MAX_OPTION_WEIGHT, option_weight};
use super::model::{Item, Key, Questionnaire, ScenarioOption};
use super::score::{Answer, Answers};

/// The noise added to a statement's latent response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noise {
    /// Standard logistic (the graded-response model's own; variance π²/3).
    Logistic,
    /// Standard normal (the normal-ogive model).
    Normal,
}

/// How a scenario option's utility follows from the latent positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// The weighted mean of the positions of the dimensions the option scores.
    WeightedMean,
    /// The weighted sum of those positions, divided by [`MAX_OPTION_WEIGHT`]: an option that
    /// scores two dimensions weighs more.
    WeightSum,
    /// Only the position of the dimension the option weighs most (the first on a tie).
    TopDimension,
}

/// How the latent positions are spread over respondents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Latent {
    /// Standard normal.
    Normal,
    /// A standardised chi-square with three degrees of freedom (mean 0, standard deviation 1,
    /// skewness about 1.6): most respondents a little below the middle, a long tail above.
    Skewed,
}

/// How the synthetic respondents answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Config {
    /// Item discriminations are drawn uniformly from this range.
    pub discrimination: (f64, f64),
    /// Each item's thresholds shift by a uniform amount within ± this.
    pub threshold_shift: f64,
    /// Multiplies the options' utilities before the softmax: higher is more decided.
    pub choice_sharpness: f64,
    /// The noise on a statement's latent response.
    pub noise: Noise,
    /// How an option's utility is worked out.
    pub choice: Choice,
    /// Each respondent's thresholds are scaled by a uniform draw from this range: below 1
    /// they answer more at the extremes, above 1 more in the middle. `(1, 1)` is no style.
    pub threshold_scale: (f64, f64),
    /// Each respondent's lean towards agreeing, added to every latent response: a normal
    /// draw with this mean and standard deviation. `(0, 0)` is none.
    pub acquiescence: (f64, f64),
    /// How the latent positions are spread.
    pub latent: Latent,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            discrimination: (1.0, 2.0),
            threshold_shift: 0.5,
            choice_sharpness: 2.0,
            noise: Noise::Logistic,
            choice: Choice::WeightedMean,
            threshold_scale: (1.0, 1.0),
            acquiescence: (0.0, 0.0),
            latent: Latent::Normal,
        }
    }
}

impl Config {
    /// A harsh graded-response model: every statement's discrimination is 1 on the logistic
    /// scale (one statement then correlates only about 0.45 with its trait) and scenarios are
    /// chosen by a soft softmax (sharpness 1).
    pub fn graded_a1() -> Self {
        Config {
            discrimination: (1.0, 1.0),
            choice_sharpness: 1.0,
            ..Config::default()
        }
    }

    /// Respondents with response styles of their own: from strongly extreme to strongly
    /// middle-seeking, with mild acquiescence, on statements of discrimination 0.8–1.6.
    pub fn response_styles() -> Self {
        Config {
            discrimination: (0.8, 1.6),
            choice_sharpness: 1.5,
            threshold_scale: (0.4, 1.6),
            acquiescence: (0.3, 0.3),
            ..Config::default()
        }
    }

    /// Scenario options chosen only by their heaviest dimension, with a soft softmax, and
    /// statements with normal noise.
    pub fn top_dimension() -> Self {
        Config {
            discrimination: (0.8, 1.2),
            choice_sharpness: 1.0,
            noise: Noise::Normal,
            choice: Choice::TopDimension,
            ..Config::default()
        }
    }

    /// Scenario options chosen by the weighted sum of their positions, with a soft softmax,
    /// and statements of discrimination 1–1.5.
    pub fn weight_sum() -> Self {
        Config {
            discrimination: (1.0, 1.5),
            choice_sharpness: 1.0,
            choice: Choice::WeightSum,
            ..Config::default()
        }
    }

    /// Respondents who lean towards agreeing by very different amounts (a lean with mean 0.5
    /// and standard deviation 0.8 on the latent scale, so some disagree by habit), on
    /// statements of discrimination 0.8–1.4, choosing with sharpness 1.2. The lean is noise
    /// shared by all of one respondent's statements.
    pub fn acquiescent_noise() -> Self {
        Config {
            discrimination: (0.8, 1.4),
            choice_sharpness: 1.2,
            acquiescence: (0.5, 0.8),
            ..Config::default()
        }
    }

    /// The harsh [`Config::graded_a1`] model on a skewed population ([`Latent::Skewed`]).
    pub fn skewed() -> Self {
        Config {
            latent: Latent::Skewed,
            ..Config::graded_a1()
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
    /// At 0 on every dimension (no lean anywhere), answering by the answer model with its
    /// noise and response styles.
    Centred,
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
            let mut latent: [f64; 10] = std::array::from_fn(|_| match config.latent {
                Latent::Normal => normal(&mut rng),
                Latent::Skewed => skewed(&mut rng),
            });
            if style == Style::Centred {
                latent = [0.0; 10];
            }
            let own = own_style(config, &mut rng);
            let answers = q
                .items
                .iter()
                .zip(&params)
                .filter_map(|(item, &(a, shift))| {
                    let answer = answer(item, &latent, style, (a, shift), own, config, &mut rng)?;
                    Some((item.id().to_owned(), answer))
                })
                .collect();
            Respondent { latent, answers }
        })
        .collect()
}

/// A respondent's own response style: the scale of their thresholds and their lean towards
/// agreeing. Draws nothing when the config has no styles, so older seeds give the same
/// respondents.
fn own_style(config: Config, rng: &mut StdRng) -> (f64, f64) {
    let (lo, hi) = config.threshold_scale;
    let scale = if hi > lo { rng.gen_range(lo..hi) } else { lo };
    let (mean, sd) = config.acquiescence;
    let lean = if sd > 0.0 {
        mean + sd * normal(rng)
    } else {
        mean
    };
    (scale, lean)
}

fn answer(
    item: &Item,
    latent: &[f64; 10],
    style: Style,
    (a, shift): (f64, f64),
    (scale, lean): (f64, f64),
    config: Config,
    rng: &mut StdRng,
) -> Option<Answer> {
    match item {
        Item::Likert { dimension, key, .. } => Some(Answer::Likert(match style {
            Style::Neutral => 3,
            Style::YesSayer => 5,
            Style::Trait | Style::Centred => {
                let theta = latent[Dimension::from_key(dimension)?.index()];
                let sign = if *key == Key::Plus { 1.0 } else { -1.0 };
                let noise = match config.noise {
                    Noise::Logistic => logistic(rng),
                    Noise::Normal => normal(rng),
                };
                let y = a * sign * theta + noise + lean;
                1 + THRESHOLDS
                    .iter()
                    .filter(|t| y > **t * scale + shift)
                    .count() as u8
            }
        })),
        Item::Scenario { options, .. } => {
            if options.is_empty() {
                return None;
            }
            if matches!(style, Style::Neutral | Style::YesSayer) {
                return Some(Answer::Option(rng.gen_range(0..options.len())));
            }
            // Softmax sampling is the argmax of utility plus Gumbel noise.
            let mut best = (f64::MIN, 0);
            for (i, o) in options.iter().enumerate() {
                let utility = utility(o, latent, config.choice);
                let u = config.choice_sharpness * utility + gumbel(rng);
                if u > best.0 {
                    best = (u, i);
                }
            }
            Some(Answer::Option(best.1))
        }
    }
}

/// The utility of option `o` to a respondent at `latent`, by the rule `choice`.
fn utility(o: &ScenarioOption, latent: &[f64; 10], choice: Choice) -> f64 {
    let mut sum = 0.0;
    let mut weight = 0.0;
    let mut top = (0.0, 0.0);
    for d in Dimension::ALL {
        let w = f64::from(option_weight(o, d));
        sum += w * latent[d.index()];
        weight += w;
        if w > top.0 {
            top = (w, latent[d.index()]);
        }
    }
    match choice {
        Choice::WeightedMean if weight > 0.0 => sum / weight,
        Choice::WeightedMean => 0.0,
        Choice::WeightSum => sum / f64::from(MAX_OPTION_WEIGHT),
        Choice::TopDimension => top.1,
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

/// A standardised chi-square draw with three degrees of freedom.
fn skewed(rng: &mut StdRng) -> f64 {
    let sum: f64 = (0..3).map(|_| normal(rng).powi(2)).sum();
    (sum - 3.0) / 6f64.sqrt()
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
