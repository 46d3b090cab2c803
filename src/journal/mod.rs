//! The dilemma journal (being built).
