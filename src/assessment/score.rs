//! Turning answers into a profile. Every function here is pure and total: odd answers (an
//! option that does not exist, a Likert value out of range) are ignored, never a panic.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::dimension::Dimension;
use super::items::Scoring;
use super::model::Questionnaire;
use super::uncertainty::standard_error;
use crate::content::{Board, Content, EthicsZone, Phase, Pole, Tactic};

/// A dimension shows a score only when at least this share of its items (by weight) was
/// answered.
pub const MIN_COVERAGE: f32 = 0.75;

/// Poles scoring at least this are part of the comfort zone.
const COMFORT_THRESHOLD: f32 = 60.0;

/// Poles scoring below this are weak; at least [`MIN_WEAK_POLES`] and at most
/// [`MAX_WEAK_POLES`] are named, so the repertoire to explore stays a short list.
const WEAK_THRESHOLD: f32 = 50.0;
const MIN_WEAK_POLES: usize = 2;
const MAX_WEAK_POLES: usize = 3;

/// One answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// A Likert answer, 1 (strongly disagree) to 5 (strongly agree).
    Likert(u8),
    /// The index of the chosen scenario option.
    Option(usize),
}

/// Answers by item id.
pub type Answers = BTreeMap<String, Answer>;

/// The score of one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum DimScore {
    /// 0 to 100.
    Score(f32),
    /// Fewer than [`MIN_COVERAGE`] of the items were answered.
    TooFewAnswers {
        /// Items answered.
        answered: usize,
        /// Items measuring the dimension.
        total: usize,
    },
}

impl DimScore {
    /// The score, when there is one.
    pub fn value(self) -> Option<f32> {
        match self {
            DimScore::Score(v) => Some(v),
            DimScore::TooFewAnswers { .. } => None,
        }
    }
}

/// Where someone stands on one board.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BoardPosition {
    /// Which board.
    pub board: Board,
    /// 0 at the board's first pole, 1 at its last; `None` with too few answers.
    pub position: Option<f32>,
}

impl BoardPosition {
    /// The pole whose field the position falls in.
    pub fn nearest_pole(&self) -> Option<Pole> {
        let poles = self.board.poles();
        let p = self.position?;
        let steps = (poles.len() - 1) as f32;
        // Round to the nearest pole; the clamp keeps the index in range for any float.
        let i = (p.clamp(0.0, 1.0) * steps).round() as usize;
        poles.get(i).copied()
    }
}

/// What a completed (or partly completed) questionnaire says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Scores in [`Dimension::ALL`] order.
    pub scores: Vec<DimScore>,
    /// The band (standard error, in points) of each score, in [`Dimension::ALL`] order;
    /// empty in takes saved before bands existed (see [`Profile::band`]).
    #[serde(default)]
    pub bands: Vec<Option<f32>>,
    /// A position on each board, in [`Board::ALL`] order.
    pub boards: Vec<BoardPosition>,
    /// The poles you lean on, strongest first.
    pub comfort_zone: Vec<Pole>,
    /// Your weakest poles, weakest first: where the repertoire to explore lies.
    pub weakest: Vec<Pole>,
}

impl Profile {
    /// Scores the answers to a questionnaire: per dimension the weighted mean of its units
    /// (see [`units`]) and its band.
    pub fn compute(q: &Questionnaire, answers: &Answers) -> Self {
        Self::compute_with(&Scoring::new(q), answers)
    }

    /// [`Profile::compute`] with the scoring worked out beforehand, for many respondents.
    pub fn compute_with(scoring: &Scoring, answers: &Answers) -> Self {
        let mut per_dim: Vec<Vec<(f32, f32)>> = vec![Vec::new(); Dimension::ALL.len()];
        let mut total = [0f32; 10];
        let mut counts = [(0usize, 0usize); 10];
        for item in 0..scoring.len() {
            scoring.for_each_unit(item, answers.get(scoring.id(item)), |u| {
                let i = u.dimension.index();
                total[i] += u.weight;
                counts[i].1 += 1;
                if let Some(v) = u.value {
                    per_dim[i].push((u.weight, v));
                    counts[i].0 += 1;
                }
            });
        }
        let mut scores = Vec::with_capacity(10);
        let mut bands = Vec::with_capacity(10);
        for (i, units) in per_dim.iter().enumerate() {
            let answered: f32 = units.iter().map(|(w, _)| w).sum();
            let enough = total[i] > 0.0 && answered >= MIN_COVERAGE * total[i] - 1e-4;
            match weighted_mean(units).filter(|_| enough) {
                Some(mean) => {
                    scores.push(DimScore::Score(mean));
                    bands.push(Some(standard_error(units, mean)));
                }
                None => {
                    scores.push(DimScore::TooFewAnswers {
                        answered: counts[i].0,
                        total: counts[i].1,
                    });
                    bands.push(None);
                }
            }
        }
        let score = |d: Dimension| scores.get(d.index()).and_then(|s| s.value());
        let boards = Board::ALL
            .iter()
            .map(|&board| BoardPosition {
                board,
                position: weighted_position(
                    board.poles().iter().map(|&p| score(Dimension::Pole(p))),
                ),
            })
            .collect();
        let pole_scores: Vec<(Pole, f32)> = Pole::ALL
            .into_iter()
            .filter_map(|p| Some((p, score(Dimension::Pole(p))?)))
            .collect();
        let (comfort_zone, weakest) = zones(&pole_scores);
        Profile {
            scores,
            bands,
            boards,
            comfort_zone,
            weakest,
        }
    }

    /// The score of one dimension.
    pub fn score(&self, d: Dimension) -> DimScore {
        self.scores
            .get(d.index())
            .copied()
            .unwrap_or(DimScore::TooFewAnswers {
                answered: 0,
                total: 0,
            })
    }

    /// The position on one board.
    pub fn board(&self, b: Board) -> BoardPosition {
        self.boards
            .get(b as usize)
            .copied()
            .unwrap_or(BoardPosition {
                board: b,
                position: None,
            })
    }
}

fn weighted_mean(units: &[(f32, f32)]) -> Option<f32> {
    let w: f32 = units.iter().map(|(w, _)| w).sum();
    (w > 0.0).then(|| units.iter().map(|(w, v)| w * v).sum::<f32>() / w)
}

/// A weighted position between a board's poles, spread evenly from 0 to 1.
fn weighted_position(scores: impl ExactSizeIterator<Item = Option<f32>>) -> Option<f32> {
    let n = scores.len();
    let steps = n.saturating_sub(1).max(1) as f32;
    let mut weight = 0.0;
    let mut sum = 0.0;
    for (i, s) in scores.enumerate() {
        let s = s?;
        weight += s;
        sum += s * i as f32 / steps;
    }
    Some(if weight > 0.0 { sum / weight } else { 0.5 })
}

fn zones(pole_scores: &[(Pole, f32)]) -> (Vec<Pole>, Vec<Pole>) {
    let mut by_score = pole_scores.to_vec();
    by_score.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut comfort: Vec<Pole> = by_score
        .iter()
        .filter(|(_, s)| *s >= COMFORT_THRESHOLD)
        .map(|(p, _)| *p)
        .collect();
    if comfort.is_empty()
        && let Some((p, _)) = by_score.first()
    {
        comfort.push(*p);
    }
    let ascending: Vec<(Pole, f32)> = by_score
        .iter()
        .rev()
        .filter(|(p, _)| !comfort.contains(p))
        .copied()
        .collect();
    let mut weakest: Vec<Pole> = ascending
        .iter()
        .filter(|(_, s)| *s < WEAK_THRESHOLD)
        .map(|(p, _)| *p)
        .take(MAX_WEAK_POLES)
        .collect();
    for (p, _) in &ascending {
        if weakest.len() >= MIN_WEAK_POLES {
            break;
        }
        if !weakest.contains(p) {
            weakest.push(*p);
        }
    }
    (comfort, weakest)
}

/// The tactics to explore: those of the weakest poles, the ones that suit the current phase
/// first, then from the zone that fits today's ethics to the one outside it, weakest pole first.
pub fn repertoire<'c>(
    profile: &Profile,
    content: &'c Content,
    phase: Option<Phase>,
) -> Vec<&'c Tactic> {
    let mut out: Vec<&Tactic> = content
        .tactics()
        .iter()
        .filter(|t| profile.weakest.contains(&t.pole))
        .collect();
    let rank = |t: &Tactic| {
        let misfit = phase.is_some_and(|p| !t.phase.suits(p));
        let zone = EthicsZone::ALL
            .iter()
            .position(|z| *z == t.ethics)
            .unwrap_or(usize::MAX);
        let pole = profile
            .weakest
            .iter()
            .position(|p| *p == t.pole)
            .unwrap_or(usize::MAX);
        (misfit, zone, pole)
    };
    // A stable sort keeps Bijlage 1 order within equal ranks.
    out.sort_by_key(|t| rank(t));
    out
}

#[cfg(test)]
mod tests;
