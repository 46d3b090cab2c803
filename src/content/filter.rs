//! Choosing tactics by board, pole, ethics zone, phase and free text.

use super::model::{Board, EthicsZone, Lang, Phase, Pole, Tactic};
use crate::search;

/// A filter over the catalogue; `None` fields match everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TacticFilter {
    /// Only this board.
    pub board: Option<Board>,
    /// Only this pole.
    pub pole: Option<Pole>,
    /// Only this ethics zone.
    pub ethics: Option<EthicsZone>,
    /// Only tactics that suit this phase.
    pub phase: Option<Phase>,
    /// Words that must all occur in the name, summary or example (either language).
    pub text: String,
}

impl TacticFilter {
    /// Whether a tactic passes.
    pub fn matches(&self, t: &Tactic) -> bool {
        self.board.is_none_or(|b| t.pole.board() == b)
            && self.pole.is_none_or(|p| t.pole == p)
            && self.ethics.is_none_or(|z| t.ethics == z)
            && self.phase.is_none_or(|p| t.phase.suits(p))
            && search::matches(
                &self.text,
                Lang::ALL
                    .iter()
                    .flat_map(|&l| [t.name.get(l), t.summary.get(l), t.example.get(l)]),
            )
    }

    /// Whether any field is set.
    pub fn is_active(&self) -> bool {
        *self != Self::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;

    #[test]
    fn filters_combine() {
        let c = Content::embedded().expect("valid");
        let count = |f: &TacticFilter| c.tactics().iter().filter(|t| f.matches(t)).count();
        assert_eq!(count(&TacticFilter::default()), 28);
        assert_eq!(
            count(&TacticFilter {
                board: Some(Board::Political),
                ..Default::default()
            }),
            12
        );
        assert_eq!(
            count(&TacticFilter {
                pole: Some(Pole::Player),
                ..Default::default()
            }),
            4
        );
        assert_eq!(
            count(&TacticFilter {
                ethics: Some(EthicsZone::Outside),
                ..Default::default()
            }),
            4
        );
        let text = TacticFilter {
            text: "TRAINEREN".into(),
            ..Default::default()
        };
        assert_eq!(
            c.tactics()
                .iter()
                .filter(|t| text.matches(t))
                .map(|t| t.id.as_str())
                .collect::<Vec<_>>(),
            ["traineren"]
        );
        let diacritics = TacticFilter {
            text: "creeer groeipad".into(),
            ..Default::default()
        };
        assert_eq!(count(&diacritics), 1);
        let english = TacticFilter {
            text: "loyal dissent".into(),
            ..Default::default()
        };
        assert_eq!(count(&english), 1);
        let none = TacticFilter {
            board: Some(Board::Societal),
            pole: Some(Pole::Partner),
            ..Default::default()
        };
        assert_eq!(count(&none), 0);
    }
}
