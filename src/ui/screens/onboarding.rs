//! The path for new hires: a short tour, then the report's three practice cases as exercises.
//! (Being built.)

use egui::Ui;

use super::header;
use crate::ui::app::App;
use crate::ui::i18n::S;

/// Where the new hire is on the path.
#[derive(Debug, Clone, Default)]
pub struct OnboardingState {}

/// Draws the screen.
pub fn ui(app: &mut App, ui: &mut Ui) {
    header(ui, app.t(S::NavOnboarding), None);
}
