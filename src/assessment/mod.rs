//! Questionnaires and what they tell: the file format, its validation, and scoring answers into
//! a [`Profile`] (scores per dimension, the stance mix, a position on every board, the comfort
//! zone and the repertoire to explore). Pure functions; no egui, no clock.

mod dimension;
mod history;
mod load;
mod model;
mod score;

pub use dimension::Dimension;
pub use history::{Change, NOTABLE_POINTS, Take, changes, series};
pub use load::{Catalogue, Loaded, Origin, load_dir, load_file, parse_questionnaire};
pub use model::{Item, Key, Questionnaire, ScenarioOption};
pub use score::{
    Answer, Answers, BoardPosition, DimScore, MIN_COVERAGE, Profile, StanceMix, repertoire,
};
