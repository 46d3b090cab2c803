//! How sure a score is, and when a change between two takes is a real change.
//!
//! A score is the weighted mean of a handful of units, so its band is the standard error of
//! that mean: the spread of the respondent's own unit values divided by the square root of
//! the effective number of units. Four or five values say little about a spread, so the
//! observed spread is pooled with a typical one, [`PRIOR_SD`] points (one step on the
//! five-point scale), counted as [`PRIOR_UNITS`] units. Contradictory answers (agreeing with a
//! statement and with its reverse) widen the band; consistent answers narrow it, never to
//! nothing.
//!
//! A change between two takes counts only when it passes the Jacobson–Truax reliable-change
//! test: the difference divided by the standard error of a difference, `sqrt(se₁² + se₂²)`,
//! must exceed [`RELIABLE_Z`]. (Jacobson and Truax use `sqrt(2)·SEM` with one SEM for the
//! scale; each take here carries its own standard error, which is the same idea per person.)

/// The typical spread of one unit's value, in points, assumed before seeing the answers.
pub const PRIOR_SD: f32 = 25.0;

/// How many units' worth of weight the typical spread gets when pooled with the observed one.
pub const PRIOR_UNITS: f32 = 2.0;

/// The band used for a take saved before bands were kept: the prior spread over four units.
pub const FALLBACK_SE: f32 = PRIOR_SD / 2.0;

/// The reliable-change index a difference must exceed (two-sided 95 %).
pub const RELIABLE_Z: f32 = 1.96;

/// The standard error of the weighted mean `mean` of `units` (weight, value).
pub fn standard_error(units: &[(f32, f32)], mean: f32) -> f32 {
    let w: f32 = units.iter().map(|(w, _)| w).sum();
    let w2: f32 = units.iter().map(|(w, _)| w * w).sum();
    if w <= 0.0 || w2 <= 0.0 {
        return PRIOR_SD;
    }
    // The effective number of units for a weighted mean (Kish).
    let n_eff = w * w / w2;
    let observed = units
        .iter()
        .map(|(wi, v)| wi * (v - mean).powi(2))
        .sum::<f32>()
        / w;
    // The observed (biased) variance carries n_eff units of information; Bessel's
    // correction turns it into n_eff − 1 degrees of freedom.
    let df = (n_eff - 1.0).max(0.0);
    let unbiased = if df > 0.0 { observed * n_eff / df } else { 0.0 };
    let pooled = (df * unbiased + PRIOR_UNITS * PRIOR_SD * PRIOR_SD) / (df + PRIOR_UNITS);
    (pooled / n_eff).sqrt()
}

/// The Jacobson–Truax reliable-change index of a move from `from` (band `se_from`) to `to`.
pub fn reliable_change_index(from: f32, se_from: f32, to: f32, se_to: f32) -> f32 {
    let s_diff = (se_from * se_from + se_to * se_to).sqrt();
    if s_diff > 0.0 {
        (to - from) / s_diff
    } else {
        0.0
    }
}

/// Whether a move is a reliable change.
pub fn is_reliable_change(from: f32, se_from: f32, to: f32, se_to: f32) -> bool {
    reliable_change_index(from, se_from, to, se_to).abs() > RELIABLE_Z
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consistent_answers_give_a_narrower_band_than_contradictory_ones() {
        let same = [(1.0, 75.0); 4];
        let mixed = [(1.0, 100.0), (1.0, 0.0), (1.0, 100.0), (1.0, 0.0)];
        let narrow = standard_error(&same, 75.0);
        let wide = standard_error(&mixed, 50.0);
        assert!(narrow > 5.0 && narrow < FALLBACK_SE, "{narrow}");
        assert!(wide > 20.0, "{wide}");
        // More units, smaller band.
        let eight = [(1.0, 75.0); 8];
        assert!(standard_error(&eight, 75.0) < narrow);
    }

    #[test]
    fn a_change_counts_only_beyond_the_reliable_change_threshold() {
        // s_diff = sqrt(10² + 10²) ≈ 14.1; the threshold is 1.96 × 14.1 ≈ 27.7 points.
        assert!(!is_reliable_change(40.0, 10.0, 65.0, 10.0));
        assert!(is_reliable_change(40.0, 10.0, 70.0, 10.0));
        assert!(is_reliable_change(70.0, 10.0, 40.0, 10.0));
        assert!((reliable_change_index(40.0, 3.0, 45.0, 4.0) - 1.0).abs() < 1e-6);
    }
}
