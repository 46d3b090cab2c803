//! The boundary prompts: the questions every dilemma meets (oath, confidant, moral
//! deliberation), made prominent when a linked tactic stretches today's civil-service ethics
//! or lies outside it (report, section 4).

use serde::{Deserialize, Serialize};

use super::entry::{Entry, YesNo};
use crate::content::{BoundaryKind, Content, EthicsZone, Tactic};

/// One boundary question an entry can leave unanswered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Prompt {
    /// Does it fit the oath or affirmation?
    Oath,
    /// Was it discussed with a confidant?
    Confidant,
    /// Is a moral deliberation needed, and if so, what was chosen?
    MoralDeliberation,
}

impl Prompt {
    /// All prompts, in the order the UI asks them.
    pub const ALL: [Prompt; 3] = [Prompt::Oath, Prompt::Confidant, Prompt::MoralDeliberation];

    /// The boundary structure whose explanation goes with this prompt.
    pub fn boundary(self) -> BoundaryKind {
        match self {
            Prompt::Oath => BoundaryKind::Oath,
            Prompt::Confidant => BoundaryKind::Confidant,
            Prompt::MoralDeliberation => BoundaryKind::MoralDeliberation,
        }
    }
}

impl Entry {
    /// The linked tactics that stretch today's ethics or lie outside them, each once, in link
    /// order. Unknown ids are skipped.
    pub fn stretching_tactics<'c>(&self, content: &'c Content) -> Vec<&'c Tactic> {
        let mut found: Vec<&Tactic> = Vec::new();
        for tactic in self.tactics.iter().filter_map(|id| content.tactic(id)) {
            if tactic.ethics != EthicsZone::Fits && !found.iter().any(|t| t.id == tactic.id) {
                found.push(tactic);
            }
        }
        found
    }

    /// Whether the boundary prompts deserve prominence: a linked tactic stretches or lies
    /// outside today's ethics.
    pub fn prompts_prominent(&self, content: &Content) -> bool {
        self.tactics
            .iter()
            .filter_map(|id| content.tactic(id))
            .any(|t| t.ethics != EthicsZone::Fits)
    }

    /// The boundary questions still open. A deliberation counts as answered when it was judged
    /// unnecessary (or unsure), or judged necessary and a choice ("I do …") was written.
    pub fn unanswered_prompts(&self) -> Vec<Prompt> {
        let mut open = Vec::new();
        if self.oath.fits.is_none() {
            open.push(Prompt::Oath);
        }
        if self.confidant.discussed.is_none() {
            open.push(Prompt::Confidant);
        }
        let deliberation_open = match self.deliberation.needed {
            None => true,
            Some(YesNo::Yes) => self.deliberation.choice_do.trim().is_empty(),
            Some(YesNo::No | YesNo::Unsure) => false,
        };
        if deliberation_open {
            open.push(Prompt::MoralDeliberation);
        }
        open
    }

    /// The "open boundary question" badge: prompts are prominent and one is still open. A
    /// practice entry (an onboarding exercise) never carries it: it is not a real dilemma.
    pub fn open_boundary_question(&self, content: &Content) -> bool {
        !self.practice && self.prompts_prominent(content) && !self.unanswered_prompts().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::Date;

    fn content() -> Content {
        Content::embedded().expect("the embedded content is valid")
    }

    fn entry(tactics: &[&str]) -> Entry {
        let mut e = Entry::new("t", Date::EPOCH);
        e.tactics = tactics.iter().map(|t| (*t).to_owned()).collect();
        e
    }

    fn answer_all(e: &mut Entry) {
        e.oath.fits = Some(YesNo::Unsure);
        e.confidant.discussed = Some(YesNo::No);
        e.deliberation.needed = Some(YesNo::No);
    }

    #[test]
    fn the_zones_used_below_are_what_the_content_says() {
        let c = content();
        let zone = |id: &str| c.tactic(id).map(|t| t.ethics);
        assert_eq!(zone("frame-normaal"), Some(EthicsZone::Fits));
        assert_eq!(zone("interne-coalities"), Some(EthicsZone::Fits));
        assert_eq!(zone("loyale-tegenspraak"), Some(EthicsZone::Stretches));
        assert_eq!(zone("traineren"), Some(EthicsZone::Outside));
    }

    #[test]
    fn fitting_tactics_only_give_no_badge_even_when_unanswered() {
        let c = content();
        let e = entry(&["frame-normaal", "interne-coalities", "no-such-tactic"]);
        assert_eq!(e.unanswered_prompts(), Prompt::ALL);
        assert!(e.stretching_tactics(&c).is_empty());
        assert!(!e.prompts_prominent(&c));
        assert!(!e.open_boundary_question(&c));
        assert!(!entry(&[]).open_boundary_question(&c));
        let mut practice = entry(&["traineren"]);
        practice.practice = true;
        assert!(
            !practice.open_boundary_question(&c),
            "an exercise carries no badge"
        );
    }

    #[test]
    fn a_stretching_or_outside_tactic_with_open_prompts_gives_a_badge() {
        let c = content();
        for id in ["loyale-tegenspraak", "traineren"] {
            let e = entry(&["frame-normaal", id, id]);
            assert!(e.prompts_prominent(&c), "{id}");
            assert!(e.open_boundary_question(&c), "{id}");
            let ids: Vec<&str> = e
                .stretching_tactics(&c)
                .iter()
                .map(|t| t.id.as_str())
                .collect();
            assert_eq!(ids, [id]);
        }
        let mut only_oath = entry(&["traineren"]);
        answer_all(&mut only_oath);
        only_oath.oath.fits = None;
        assert_eq!(only_oath.unanswered_prompts(), [Prompt::Oath]);
        assert!(only_oath.open_boundary_question(&c));
        let mut only_confidant = entry(&["traineren"]);
        answer_all(&mut only_confidant);
        only_confidant.confidant.discussed = None;
        assert_eq!(only_confidant.unanswered_prompts(), [Prompt::Confidant]);
        assert!(only_confidant.open_boundary_question(&c));
    }

    #[test]
    fn all_prompts_answered_gives_no_badge() {
        let c = content();
        let mut e = entry(&["loyale-tegenspraak", "traineren"]);
        answer_all(&mut e);
        assert!(e.unanswered_prompts().is_empty());
        assert!(e.prompts_prominent(&c));
        assert!(!e.open_boundary_question(&c));
    }

    #[test]
    fn a_needed_deliberation_without_a_choice_stays_open() {
        let c = content();
        let mut e = entry(&["traineren"]);
        answer_all(&mut e);
        e.deliberation.needed = Some(YesNo::Yes);
        assert_eq!(e.unanswered_prompts(), [Prompt::MoralDeliberation]);
        assert!(e.open_boundary_question(&c));
        e.deliberation.choice_do = "   ".into();
        assert!(e.open_boundary_question(&c));
        e.deliberation.choice_do = "Ik leg het voor aan de wethouder".into();
        assert!(e.unanswered_prompts().is_empty());
        assert!(!e.open_boundary_question(&c));
        e.deliberation.needed = None;
        assert_eq!(e.unanswered_prompts(), [Prompt::MoralDeliberation]);
    }

    #[test]
    fn every_prompt_has_its_boundary() {
        let c = content();
        for p in Prompt::ALL {
            assert_eq!(c.boundary(p.boundary()).id, p.boundary());
        }
    }
}
