//! The ten dimensions a questionnaire measures: the three stances and the seven poles.

use std::fmt;

use crate::content::{Pole, Stance};

/// A dimension of the profile.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Dimension {
    /// One of the three stances.
    Stance(Stance),
    /// One of the seven poles.
    Pole(Pole),
}

impl Dimension {
    /// All ten, stances first.
    pub const ALL: [Dimension; 10] = [
        Dimension::Stance(Stance::Engaged),
        Dimension::Stance(Stance::Entrepreneurial),
        Dimension::Stance(Stance::Activist),
        Dimension::Pole(Pole::Partner),
        Dimension::Pole(Pole::CounterStriver),
        Dimension::Pole(Pole::Saboteur),
        Dimension::Pole(Pole::BuildUp),
        Dimension::Pole(Pole::Destabilise),
        Dimension::Pole(Pole::Mediate),
        Dimension::Pole(Pole::Player),
    ];

    /// The key a questionnaire file uses for this dimension.
    pub fn key(self) -> &'static str {
        match self {
            Dimension::Stance(Stance::Engaged) => "engaged",
            Dimension::Stance(Stance::Entrepreneurial) => "entrepreneurial",
            Dimension::Stance(Stance::Activist) => "activist",
            Dimension::Pole(Pole::Partner) => "partner",
            Dimension::Pole(Pole::CounterStriver) => "counter_striver",
            Dimension::Pole(Pole::Saboteur) => "saboteur",
            Dimension::Pole(Pole::BuildUp) => "build_up",
            Dimension::Pole(Pole::Destabilise) => "destabilise",
            Dimension::Pole(Pole::Mediate) => "mediate",
            Dimension::Pole(Pole::Player) => "player",
        }
    }

    /// The dimension a file's key names, if any.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.key() == key)
    }

    /// Its place in [`Dimension::ALL`].
    pub fn index(self) -> usize {
        match self {
            Dimension::Stance(s) => s as usize,
            Dimension::Pole(p) => 3 + p as usize,
        }
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_index_matches_all() {
        for (i, d) in Dimension::ALL.into_iter().enumerate() {
            assert_eq!(Dimension::from_key(d.key()), Some(d));
            assert_eq!(d.index(), i);
        }
        assert_eq!(Dimension::from_key("Engaged"), None);
    }
}
