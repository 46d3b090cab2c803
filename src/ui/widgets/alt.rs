//! Numbers in words, shared by the figures' tooltips and text alternatives: a score with its
//! band ("Betrokken 62, band 55 tot 69") and where a score stands against the middle.

use crate::assessment::Level;
use crate::content::Lang;
use crate::ui::i18n::{S, fill};

/// The band of a score as whole points on the 0–100 scale: `score ± band`, clipped.
pub fn bounds(score: f32, band: f32) -> (f32, f32) {
    (
        (score - band).clamp(0.0, 100.0),
        (score + band).clamp(0.0, 100.0),
    )
}

/// A score rounded for reading.
pub fn points(v: f32) -> String {
    format!("{v:.0}")
}

/// "Name 62, band 55 tot 69".
pub fn score_band(lang: Lang, name: &str, score: f32, band: f32) -> String {
    let (lo, hi) = bounds(score, band);
    fill(
        S::FigAltScoreBand.get(lang),
        &[name, &points(score), &points(lo), &points(hi)],
    )
}

/// "Name: te weinig antwoorden".
pub fn no_score(lang: Lang, name: &str) -> String {
    fill(S::FigAltNoScore.get(lang), &[name])
}

/// Where a score stands against the middle, in words.
pub fn level(lang: Lang, level: Level) -> &'static str {
    match level {
        Level::Above => S::FigLevelAbove,
        Level::Neither => S::FigLevelNeither,
        Level::Below => S::FigLevelBelow,
    }
    .get(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_score_reads_with_its_band_clipped_to_the_scale() {
        assert_eq!(
            score_band(Lang::Nl, "Betrokken", 62.2, 7.0),
            "Betrokken 62, band 55 tot 69"
        );
        assert_eq!(
            score_band(Lang::En, "Engaged", 95.0, 8.0),
            "Engaged 95, band 87 to 100"
        );
        assert_eq!(bounds(3.0, 10.0), (0.0, 13.0));
    }
}
