//! Completed takes of a questionnaire and what changed between two of them.

use serde::{Deserialize, Serialize};

use super::dimension::Dimension;
use super::score::{Answers, Profile};
use crate::content::{Pole, Stance};

/// A change of at least this many points on a dimension is worth mentioning.
pub const NOTABLE_POINTS: f32 = 10.0;

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
    /// A dimension moved by at least [`NOTABLE_POINTS`].
    Moved {
        /// Which dimension.
        dimension: Dimension,
        /// The earlier score.
        from: f32,
        /// The later score.
        to: f32,
    },
    /// The strongest stance is a different one.
    StanceShift {
        /// Before.
        from: Stance,
        /// After.
        to: Stance,
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
            let (from, to) = (before.score(d).value()?, after.score(d).value()?);
            ((to - from).abs() >= NOTABLE_POINTS).then_some(Change::Moved {
                dimension: d,
                from,
                to,
            })
        })
        .collect();
    moved.sort_by(|a, b| magnitude(b).total_cmp(&magnitude(a)));
    let mut out = Vec::new();
    if let (Some(a), Some(b)) = (before.stance_mix, after.stance_mix)
        && a.dominant() != b.dominant()
    {
        out.push(Change::StanceShift {
            from: a.dominant(),
            to: b.dominant(),
        });
    }
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

/// The series of one dimension over takes (oldest first), as (take index, score) points.
pub fn series(takes: &[Take], d: Dimension) -> Vec<[f64; 2]> {
    takes
        .iter()
        .enumerate()
        .filter_map(|(i, t)| Some([i as f64 + 1.0, f64::from(t.profile.score(d).value()?)]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Answer, Item, Key, Questionnaire};
    use crate::content::Text;

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
    fn notable_moves_stance_shifts_and_comfort_changes_are_named() {
        let before = profile(&[(E, 5), (N, 3), (A, 1), (P, 5), (D, 2)]);
        let after = profile(&[(E, 2), (N, 3), (A, 5), (P, 4), (D, 5)]);
        let c = changes(&before, &after);
        assert_eq!(
            c[0],
            Change::StanceShift {
                from: Stance::Engaged,
                to: Stance::Activist
            }
        );
        assert!(c.contains(&Change::EnteredComfort(Pole::Destabilise)));
        assert!(
            !c.iter().any(|x| matches!(x, Change::LeftComfort(_))),
            "partner stays at 75"
        );
        let moves: Vec<_> = c
            .iter()
            .filter(|x| matches!(x, Change::Moved { .. }))
            .collect();
        // Activist +100, engaged -75, destabilise +75, partner -25; entrepreneurial unchanged.
        assert_eq!(moves.len(), 4);
        assert_eq!(
            *moves[0],
            Change::Moved {
                dimension: A,
                from: 0.0,
                to: 100.0
            }
        );
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
        assert_eq!(series(&takes, E), vec![[1.0, 75.0]]);
        assert_eq!(series(&takes, P), vec![[1.0, 25.0], [2.0, 100.0]]);
    }
}
