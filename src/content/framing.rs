//! The report's framings: the ideas around the tactics that a reader should meet where they
//! read (the primacy of politics on Welkom, the checklist at the start of the tour, the
//! self-critical attitude beside the profile, a section for managers).

use serde::{Deserialize, Serialize};

use super::model::{Basis, Text};

/// Which framing; each appears exactly once in `assets/framings.ron`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FramingId {
    /// Politics is and stays the place where democratic choices are made.
    PrimacyOfPolitics,
    /// Room to act is being able and being allowed; the organisation enables and bounds it.
    CanAndMay,
    /// What managers and the organisation can do.
    Leaders,
    /// How large and small municipalities differ.
    LargeAndSmall,
    /// Tactics used in sequence, with coalitions as the strategy.
    SequencesAndCoalitions,
    /// The self-critical attitude the riskier tactics ask for.
    SelfCritical,
    /// The report's opening "Herken jij je …" checklist.
    Checklist,
}

impl FramingId {
    /// Every framing, in the order of `assets/framings.ron`.
    pub const ALL: [FramingId; 7] = [
        FramingId::PrimacyOfPolitics,
        FramingId::CanAndMay,
        FramingId::Leaders,
        FramingId::LargeAndSmall,
        FramingId::SequencesAndCoalitions,
        FramingId::SelfCritical,
        FramingId::Checklist,
    ];
}

/// One framing, in our own words, with the place in the report it rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Framing {
    /// Which framing.
    pub id: FramingId,
    /// A short title.
    pub title: Text,
    /// The framing in a few sentences.
    pub body: Text,
    /// Points of a list (the checklist, the managers' to-dos); may be empty.
    #[serde(default)]
    pub points: Vec<Text>,
    /// The chapter or section of the report it rests on.
    pub section: Text,
    /// Whether the report says this itself or we drew it from the report.
    pub basis: Basis,
}
