//! One dilemma as the user records it: what was at stake, which tactics and boards it touched,
//! how it was weighed against the boundaries, what was decided and how it went.
//!
//! Every struct carries `#[serde(default)]`, so a record written by an older version (with
//! fewer fields) still loads, and unknown fields from a newer one are ignored.

use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

use super::date::Date;
use crate::content::{Board, Content};

/// Where a dilemma stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum Status {
    /// Still being weighed.
    #[default]
    Open,
    /// A choice was made; follow-ups may come.
    Decided,
    /// Done: nothing more to record.
    Closed,
}

impl Status {
    /// All statuses in their natural order.
    pub const ALL: [Status; 3] = [Status::Open, Status::Decided, Status::Closed];
}

/// An answer to a boundary question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum YesNo {
    /// Yes.
    Yes,
    /// No.
    No,
    /// Not sure (an answer nonetheless: the question was faced).
    Unsure,
}

/// Does the intended action fit the oath or affirmation (ambtseed / belofte)?
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OathAnswer {
    /// The answer; `None` while unanswered.
    pub fits: Option<YesNo>,
    /// Why, in the user's words.
    pub note: String,
}

/// Was the dilemma discussed with a confidant (vertrouwenspersoon) or someone you trust?
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ConfidantAnswer {
    /// The answer; `None` while unanswered.
    pub discussed: Option<YesNo>,
    /// With whom, as a role ("vertrouwenspersoon", "teamleider"), never a name.
    pub with_role: String,
}

/// The dilemma method of a moral deliberation (moreel beraad), step by step.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Deliberation {
    /// Whether a deliberation is called for; `None` while unanswered.
    pub needed: Option<YesNo>,
    /// The facts of the case.
    pub facts: String,
    /// The moral question as A versus B: the A side.
    pub option_a: String,
    /// The moral question as A versus B: the B side.
    pub option_b: String,
    /// Who is involved and which values are at stake for them.
    pub stakeholders_values: String,
    /// The courses of action considered.
    pub options: String,
    /// The choice, "I do X …".
    pub choice_do: String,
    /// "… because Y …".
    pub choice_because: String,
    /// "… despite Z".
    pub choice_despite: String,
    /// What is done to limit the harm to the values that lose out.
    pub limit_harm: String,
    /// Looking back on the deliberation itself.
    pub evaluation: String,
}

/// Coming back to a dilemma later: how it went.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct FollowUp {
    /// When this was written.
    pub date: Date,
    /// What happened.
    pub happened: String,
    /// The resistance or pushback met.
    pub pushback: String,
    /// What was adjusted in response.
    pub adjustment: String,
    /// What was learned.
    pub learned: String,
}

/// One dilemma in the journal.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Entry {
    /// A short title.
    pub title: String,
    /// The day the dilemma arose (or was written down).
    pub date: Date,
    /// The dilemma in the user's words.
    pub dilemma: String,
    /// The boards (schaakborden) in play.
    pub boards: Vec<Board>,
    /// Linked tactic ids (see [`Content::tactic`]).
    pub tactics: Vec<String>,
    /// Who is involved, as roles, never names.
    pub stakeholders: Vec<String>,
    /// The courses of action seen.
    pub options: String,
    /// What was decided.
    pub decision: String,
    /// The oath prompt.
    pub oath: OathAnswer,
    /// The confidant prompt.
    pub confidant: ConfidantAnswer,
    /// The moral deliberation prompt.
    pub deliberation: Deliberation,
    /// Later notes on how it went, oldest first.
    pub follow_ups: Vec<FollowUp>,
    /// Free labels.
    pub tags: Vec<String>,
    /// Where the dilemma stands.
    pub status: Status,
    /// Captured while the vault was locked (e.g. by `ruimte add`): to be completed later.
    pub captured_locked: bool,
    /// An onboarding exercise rather than a real dilemma.
    pub practice: bool,
}

/// Something wrong with an entry that the user should fix before saving.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EntryProblem {
    /// The title is empty or only whitespace.
    #[error("the entry has no title")]
    EmptyTitle,
    /// A linked tactic id is not in the catalogue.
    #[error("the linked tactic `{0}` does not exist")]
    UnknownTactic(String),
    /// The date does not exist (a damaged record: month 13, 30 February).
    #[error("the date {0} does not exist")]
    InvalidDate(Date),
    /// The date lies more than a day after today.
    #[error("the date {date} lies in the future (today is {today})")]
    FutureDate {
        /// The entry's date.
        date: Date,
        /// The day it was checked against.
        today: Date,
    },
}

impl Entry {
    /// A blank, open entry with a title, dated today.
    pub fn new(title: impl Into<String>, today: Date) -> Entry {
        Entry {
            title: title.into(),
            date: today,
            ..Entry::default()
        }
    }

    /// Every problem with this entry; empty when it can be saved. One day of slack on the date
    /// absorbs time zones.
    pub fn validate(&self, content: &Content, today: Date) -> Vec<EntryProblem> {
        let mut problems = Vec::new();
        if self.title.trim().is_empty() {
            problems.push(EntryProblem::EmptyTitle);
        }
        for id in &self.tactics {
            if content.tactic(id).is_none() {
                problems.push(EntryProblem::UnknownTactic(id.clone()));
            }
        }
        if !self.date.is_valid() {
            problems.push(EntryProblem::InvalidDate(self.date));
        } else if self.date > today.add_days(1) {
            problems.push(EntryProblem::FutureDate {
                date: self.date,
                today,
            });
        }
        problems
    }

    /// All free text of the entry, including stakeholders, boundary answers, follow-ups and
    /// tags: what a text search looks through.
    pub fn search_text(&self) -> impl Iterator<Item = &str> {
        let d = &self.deliberation;
        let fixed = [
            &self.title,
            &self.dilemma,
            &self.options,
            &self.decision,
            &self.oath.note,
            &self.confidant.with_role,
            &d.facts,
            &d.option_a,
            &d.option_b,
            &d.stakeholders_values,
            &d.options,
            &d.choice_do,
            &d.choice_because,
            &d.choice_despite,
            &d.limit_harm,
            &d.evaluation,
        ];
        let follow_ups = self
            .follow_ups
            .iter()
            .flat_map(|f| [&f.happened, &f.pushback, &f.adjustment, &f.learned]);
        fixed
            .into_iter()
            .chain(self.stakeholders.iter())
            .chain(follow_ups)
            .chain(self.tags.iter())
            .map(String::as_str)
            .filter(|s| !s.is_empty())
    }
}

impl Zeroize for OathAnswer {
    fn zeroize(&mut self) {
        self.fits = None;
        self.note.zeroize();
    }
}

impl Zeroize for ConfidantAnswer {
    fn zeroize(&mut self) {
        self.discussed = None;
        self.with_role.zeroize();
    }
}

impl Zeroize for Deliberation {
    fn zeroize(&mut self) {
        self.needed = None;
        for s in [
            &mut self.facts,
            &mut self.option_a,
            &mut self.option_b,
            &mut self.stakeholders_values,
            &mut self.options,
            &mut self.choice_do,
            &mut self.choice_because,
            &mut self.choice_despite,
            &mut self.limit_harm,
            &mut self.evaluation,
        ] {
            s.zeroize();
        }
    }
}

impl Zeroize for FollowUp {
    fn zeroize(&mut self) {
        self.date = Date::default();
        for s in [
            &mut self.happened,
            &mut self.pushback,
            &mut self.adjustment,
            &mut self.learned,
        ] {
            s.zeroize();
        }
    }
}

impl Zeroize for Entry {
    /// Overwrites every text with zeros and resets every other field, for lock.
    fn zeroize(&mut self) {
        self.title.zeroize();
        self.date = Date::default();
        self.dilemma.zeroize();
        self.boards.clear();
        self.tactics.zeroize();
        self.stakeholders.zeroize();
        self.options.zeroize();
        self.decision.zeroize();
        self.oath.zeroize();
        self.confidant.zeroize();
        self.deliberation.zeroize();
        self.follow_ups.zeroize();
        self.tags.zeroize();
        self.status = Status::default();
        self.captured_locked = false;
        self.practice = false;
    }
}

#[cfg(test)]
mod tests;
