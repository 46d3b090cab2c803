//! Questionnaires and what they tell: the file format, its validation, and scoring answers
//! into a [`Profile`] (a score and band per dimension, three stances side by side, a lean on
//! every board, the comfort zone and the repertoire to explore); synthetic respondents to
//! test it, and item analysis for many respondents. Pure functions; no egui, no clock.

mod analyse;
mod answers_csv;
mod dimension;
mod history;
mod items;
mod load;
mod model;
mod reading;
mod score;
pub mod simulate;
mod stats;
mod uncertainty;

pub use analyse::{Analysis, DimensionStats, ItemStats, LOW_ALPHA, LOW_ITEM_TOTAL, analyse};
pub use answers_csv::{CsvError, CsvErrorKind, Row, parse_answers};
pub use dimension::Dimension;
pub use history::{Change, Point, Take, changes, series};
pub use items::{MAX_OPTION_WEIGHT, Scoring, Unit, likert_value, option_weight, units};
pub use load::{Catalogue, Loaded, Origin, load_dir, load_file, parse_questionnaire};
pub use model::{Item, Key, Questionnaire, ScenarioOption};
pub use reading::{Lean, Level};
pub use score::{Answer, Answers, BoardPosition, DimScore, MIN_COVERAGE, Profile, repertoire};
pub use uncertainty::{
    FALLBACK_SE, PRIOR_SD, PRIOR_UNITS, RELIABLE_Z, is_reliable_change, reliable_change_index,
    standard_error,
};
