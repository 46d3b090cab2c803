//! What a profile says in words: each stance on its own (clearly present, neither, or clearly
//! absent), and each board's lean, all judged against the scores' bands.

use serde::{Deserialize, Serialize};

use super::dimension::Dimension;
use super::score::Profile;
use super::uncertainty::FALLBACK_SE;
use crate::content::{Board, Pole, Stance};

/// Where a score stands against the middle (50), given its band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Level {
    /// More than its band above 50.
    Above,
    /// Within its band of 50: neither clearly present nor clearly absent.
    Neither,
    /// More than its band below 50.
    Below,
}

impl Level {
    /// The key used in JSON output.
    pub fn key(self) -> &'static str {
        match self {
            Level::Above => "above",
            Level::Neither => "neither",
            Level::Below => "below",
        }
    }
}

/// Which way a board leans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lean {
    /// This pole beats the runner-up by more than the uncertainty of their difference.
    Pole(Pole),
    /// The poles differ by less than the uncertainty.
    NoClearLean,
}

impl Profile {
    /// The band (standard error) of a dimension's score; takes saved before bands existed
    /// get [`FALLBACK_SE`]. `None` when there is no score.
    pub fn band(&self, d: Dimension) -> Option<f32> {
        self.score(d).value()?;
        Some(
            self.bands
                .get(d.index())
                .copied()
                .flatten()
                .unwrap_or(FALLBACK_SE),
        )
    }

    /// A dimension's score and band together.
    pub fn score_band(&self, d: Dimension) -> Option<(f32, f32)> {
        Some((self.score(d).value()?, self.band(d)?))
    }

    /// Where a dimension stands against the middle.
    pub fn level(&self, d: Dimension) -> Option<Level> {
        let (v, se) = self.score_band(d)?;
        Some(if v - 50.0 > se {
            Level::Above
        } else if 50.0 - v > se {
            Level::Below
        } else {
            Level::Neither
        })
    }

    /// The stances clearly present (above the middle by more than their band), in order.
    pub fn clear_stances(&self) -> Vec<Stance> {
        Stance::ALL
            .into_iter()
            .filter(|s| self.level(Dimension::Stance(*s)) == Some(Level::Above))
            .collect()
    }

    /// A board's lean; `None` when a pole of it has too few answers.
    pub fn lean(&self, b: Board) -> Option<Lean> {
        let mut poles: Vec<(Pole, f32, f32)> = b
            .poles()
            .iter()
            .map(|&p| {
                let (v, se) = self.score_band(Dimension::Pole(p))?;
                Some((p, v, se))
            })
            .collect::<Option<_>>()?;
        poles.sort_by(|a, b| b.1.total_cmp(&a.1));
        let (first, second) = (poles.first()?, poles.get(1)?);
        let uncertainty = (first.2 * first.2 + second.2 * second.2).sqrt();
        Some(if first.1 - second.1 > uncertainty {
            Lean::Pole(first.0)
        } else {
            Lean::NoClearLean
        })
    }
}
