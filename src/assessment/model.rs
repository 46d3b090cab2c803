//! The questionnaire file format (`questionnaires/*.ron`).
//!
//! Dimensions are plain strings in the file so that an author's typo becomes a clear
//! semantic error with a position, not a cryptic deserialisation failure.

use serde::{Deserialize, Serialize};

use crate::content::Text;

/// A questionnaire as an organisation or coach writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Questionnaire {
    /// A stable id, unique among the questionnaires the app lists.
    pub id: String,
    /// Its title.
    #[serde(default)]
    pub title: Text,
    /// What it measures and how long it takes.
    #[serde(default)]
    pub description: Text,
    /// The items, in the order they are asked.
    pub items: Vec<Item>,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Item {
    /// A statement answered on five points, from "strongly disagree" to "strongly agree".
    Likert {
        /// Unique within the questionnaire.
        id: String,
        /// The statement.
        #[serde(default)]
        text: Text,
        /// The dimension it measures (see [`Dimension::key`]).
        dimension: String,
        /// Whether agreeing raises (`Plus`) or lowers (`Minus`) the dimension.
        key: Key,
    },
    /// A short situation with three to five options.
    Scenario {
        /// Unique within the questionnaire.
        id: String,
        /// The practice case of Bijlage 2 it draws on, if any (`amerdoorn`, …).
        #[serde(default)]
        case: Option<String>,
        /// The situation and the question.
        #[serde(default)]
        situation: Text,
        /// The options; each scores one or more dimensions.
        options: Vec<ScenarioOption>,
    },
}

/// The direction of a Likert item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Key {
    /// Agreeing raises the dimension.
    Plus,
    /// Agreeing lowers the dimension (a reverse-keyed item).
    Minus,
}

/// One option of a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioOption {
    /// What you would do.
    #[serde(default)]
    pub text: Text,
    /// Dimensions this option scores, each with a weight from 1 to 3.
    #[serde(default)]
    pub scores: Vec<(String, u8)>,
}
