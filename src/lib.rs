//! Ambtelijke Ruimte: reflect on how you create room to act as a municipal civil servant in the
//! heat transition, after the report "Ambtelijke Ruimte Bouwen" (DRIFT, GovernEUR,
//! Stroomversnelling, 2023).
//!
//! The domain rooms (`content`, `assessment`, `vault`, `journal`, `session`) never import egui;
//! `ui` draws and calls into them.

pub mod assessment;
pub mod atomic;
pub mod cli;
pub mod clock;
pub mod content;
pub mod export;
pub mod input;
pub mod journal;
pub mod listing;
pub mod own_questionnaire;
pub mod paths;
pub mod records;
pub mod report;
pub mod search;
pub mod session;
pub mod source;
pub mod texts;
pub mod ui;
pub mod vault;

/// The app's id on the desktop: the window's Wayland app_id and X11 WM_CLASS, the name of the
/// desktop entry and the AppStream component in `packaging/`, and the icon's name. The project
/// owns no domain: docs/PLATFORMS.md says why this id and what changing it takes.
pub const APP_ID: &str = "nl.ambtelijkeruimte.AmbtelijkeRuimte";
