//! Ambtelijke Ruimte: reflect on how you create room to act as a municipal civil servant in the
//! heat transition, after the report "Ambtelijke Ruimte Bouwen" (DRIFT, GovernEUR,
//! Stroomversnelling, 2023).
//!
//! The domain rooms (`content`, `assessment`) never import egui; `ui` draws and calls into them.

pub mod assessment;
pub mod cli;
pub mod content;
pub mod journal;
pub mod paths;
pub mod search;
pub mod source;
pub mod ui;
pub mod vault;
