//! Shared drawing: the six-boards figure, the stance spectrum, small badges.

pub mod alt;
pub mod badge;
pub mod boards;
pub mod columns;
pub mod combo;
pub mod date_picker;
pub mod file_picker;
pub mod glossary;
pub mod heat;
pub mod history;
pub mod icons;
pub mod legend;
pub mod measure;
pub mod meter;
pub mod path_field;
pub mod problem;
pub mod spectrum;
pub mod whole;
pub mod zone;
