//! Shared drawing: the six-boards figure, the stance spectrum, small badges.

pub mod badge;
pub mod boards;
pub mod combo;
pub mod date_picker;
pub mod glossary;
pub mod heat;
pub mod icons;
pub mod meter;
pub mod problem;
pub mod spectrum;
