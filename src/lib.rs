//! Ambtelijke Ruimte: reflect on how you create room to act as a municipal civil servant in the
//! heat transition, after the report "Ambtelijke Ruimte Bouwen" (DRIFT, GovernEUR,
//! Stroomversnelling, 2023).
//!
//! The domain rooms (`content`, `assessment`, `vault`, `journal`, `session`) never import egui;
//! `ui` draws and calls into them.

pub mod assessment;
pub mod cli;
pub mod clock;
pub mod content;
pub mod export;
pub mod input;
pub mod journal;
pub mod paths;
pub mod records;
pub mod search;
pub mod session;
pub mod source;
pub mod ui;
pub mod vault;
