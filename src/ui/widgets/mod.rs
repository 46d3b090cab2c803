//! Shared drawing: the six-boards figure, the stance spectrum, small badges.

pub mod badge;
pub mod boards;
pub mod combo;
pub mod file_picker;
pub mod glossary;
pub mod heat;
pub mod meter;
pub mod path_field;
pub mod problem;
pub mod spectrum;
