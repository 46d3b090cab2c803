//! Completed takes of a questionnaire and what changed between two of them. A score moved
//! only when the move passes the Jacobson–Truax reliable-change test (see
//! [`super::uncertainty`]); smaller moves are within what answering again could give anyway.

use serde::{Deserialize, Serialize};

use super::dimension::Dimension;
use super::score::{Answers, Profile};
use super::uncertainty::is_reliable_change;
use crate::content::Pole;

/// One completed questionnaire, as kept in the vault.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Take {
    /// The questionnaire's id.
    pub questionnaire: String,
    /// When it was completed (unix seconds).
    pub completed: i64,
    /// The answers given.
    pub answers: Answers,
    /// The profile as computed then; kept because a questionnaire file may change later.
    pub profile: Profile,
}

/// One thing that changed between two takes.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Change {
    /// A dimension moved by more than the reliable-change threshold.
    Moved {
        /// Which dimension.
        dimension: Dimension,
        /// The earlier score.
        from: f32,
        /// The later score.
        to: f32,
    },
    /// A pole joined the comfort zone.
    EnteredComfort(Pole),
    /// A pole left the comfort zone.
    LeftComfort(Pole),
}

/// What changed from `before` to `after`, largest movements first.
pub fn changes(before: &Profile, after: &Profile) -> Vec<Change> {
    let mut moved: Vec<Change> = Dimension::ALL
        .into_iter()
        .filter_map(|d| {
            let (from, se_from) = before.score_band(d)?;
            let (to, se_to) = after.score_band(d)?;
            is_reliable_change(from, se_from, to, se_to).then_some(Change::Moved {
                dimension: d,
                from,
                to,
            })
        })
        .collect();
    moved.sort_by(|a, b| magnitude(b).total_cmp(&magnitude(a)));
    let mut out = Vec::new();
    out.extend(
        after
            .comfort_zone
            .iter()
            .filter(|p| !before.comfort_zone.contains(p))
            .map(|p| Change::EnteredComfort(*p)),
    );
    out.extend(
        before
            .comfort_zone
            .iter()
            .filter(|p| !after.comfort_zone.contains(p))
            .map(|p| Change::LeftComfort(*p)),
    );
    out.extend(moved);
    out
}

fn magnitude(c: &Change) -> f32 {
    match c {
        Change::Moved { from, to, .. } => (to - from).abs(),
        _ => 0.0,
    }
}

/// One take's score of one dimension, for the history chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// When the take was completed (unix seconds).
    pub when: i64,
    /// The score.
    pub score: f32,
    /// Its band (standard error).
    pub band: f32,
}

/// The series of one dimension over takes, in the order given (oldest first); takes without
/// a score for it are skipped.
pub fn series(takes: &[Take], d: Dimension) -> Vec<Point> {
    takes
        .iter()
        .filter_map(|t| {
            let (score, band) = t.profile.score_band(d)?;
            Some(Point {
                when: t.completed,
                score,
                band,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Answer, Item, Key, Questionnaire};
    use crate::content::{Stance, Text};

    /// A profile with one Likert item per dimension answered `v` (1-5).
    fn profile(values: &[(Dimension, u8)]) -> Profile {
        let items = values
            .iter()
            .map(|(d, _)| Item::Likert {
                id: d.key().into(),
                text: Text::default(),
                dimension: d.key().into(),
                key: Key::Plus,
            })
            .collect();
        let q = Questionnaire {
            id: "t".into(),
            title: Text::default(),
            description: Text::default(),
            items,
        };
        let answers = values
            .iter()
            .map(|(d, v)| (d.key().to_owned(), Answer::Likert(*v)))
            .collect();
        Profile::compute(&q, &answers)
    }

    const E: Dimension = Dimension::Stance(Stance::Engaged);
    const N: Dimension = Dimension::Stance(Stance::Entrepreneurial);
    const A: Dimension = Dimension::Stance(Stance::Activist);
    const P: Dimension = Dimension::Pole(Pole::Partner);
    const D: Dimension = Dimension::Pole(Pole::Destabilise);

    #[test]
    fn only_reliable_moves_and_comfort_changes_are_named() {
        // One statement per dimension: each band is the prior 25 points, so a move must
        // exceed 1.96 × sqrt(25² + 25²) ≈ 69.3 points to count.
        let before = profile(&[(E, 5), (N, 3), (A, 1), (P, 5), (D, 2)]);
        let after = profile(&[(E, 2), (N, 3), (A, 5), (P, 4), (D, 5)]);
        let c = changes(&before, &after);
        assert_eq!(c[0], Change::EnteredComfort(Pole::Destabilise));
        assert!(
            !c.iter().any(|x| matches!(x, Change::LeftComfort(_))),
            "partner stays at 75"
        );
        let moves: Vec<_> = c
            .iter()
            .filter(|x| matches!(x, Change::Moved { .. }))
            .collect();
        // Activist +100, engaged −75, destabilise +75 pass; partner −25 and
        // entrepreneurial 0 do not.
        assert_eq!(moves.len(), 3, "{moves:?}");
        assert_eq!(
            *moves[0],
            Change::Moved {
                dimension: A,
                from: 0.0,
                to: 100.0
            }
        );
        assert!(!moves.iter().any(
            |m| matches!(m, Change::Moved { dimension, .. } if *dimension == P || *dimension == N)
        ));
    }

    #[test]
    fn same_profile_means_no_change_and_series_skips_missing_scores() {
        let p = profile(&[(E, 4), (P, 2)]);
        assert!(changes(&p, &p).is_empty());
        let takes = vec![
            Take {
                questionnaire: "t".into(),
                completed: 1,
                answers: Answers::new(),
                profile: p.clone(),
            },
            Take {
                questionnaire: "t".into(),
                completed: 2,
                answers: Answers::new(),
                profile: profile(&[(P, 5)]),
            },
        ];
        let points = |d| {
            series(&takes, d)
                .iter()
                .map(|p| (p.when, p.score))
                .collect::<Vec<_>>()
        };
        assert_eq!(points(E), vec![(1, 75.0)]);
        assert_eq!(points(P), vec![(1, 25.0), (2, 100.0)]);
        assert!(series(&takes, P).iter().all(|p| p.band > 0.0));
    }

    #[test]
    fn a_take_saved_before_bands_still_loads_and_gets_the_fallback_band() {
        // As the vault kept it before this version: a stance mix, no bands.
        let old = r#"(
            questionnaire: "default",
            completed: 1700000000,
            answers: {"l01": Likert(4)},
            profile: (
                scores: [Score(75.0), Score(50.0), TooFewAnswers(answered: 0, total: 3),
                         Score(10.0), Score(20.0), Score(30.0), Score(40.0), Score(50.0),
                         Score(60.0), Score(70.0)],
                stance_mix: Some((shares: (0.6, 0.4, 0.0), position: 0.2)),
                boards: [(board: Political, position: Some(0.5))],
                comfort_zone: [Player],
                weakest: [Partner],
            ),
        )"#;
        let take: Take = ron::from_str(old).expect("an old take loads");
        assert!(take.profile.bands.is_empty());
        assert_eq!(take.profile.band(E), Some(crate::assessment::FALLBACK_SE));
        assert_eq!(take.profile.band(A), None, "no score, no band");
        let newer = profile(&[(E, 1)]);
        // 75 → 0 against bands 12.5 and 25: 75 / 27.95 ≈ 2.7 > 1.96, a reliable change.
        assert!(changes(&take.profile, &newer).contains(&Change::Moved {
            dimension: E,
            from: 75.0,
            to: 0.0
        }));
    }
}
