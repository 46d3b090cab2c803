//! Sharing with a coach: the export wizard, the receipts of what was shared, and for coaches
//! opening a shared summary and sending feedback. (Being built.)

use egui::Ui;

use super::header;
use crate::ui::app::App;
use crate::ui::i18n::S;

/// Draws the screen.
pub fn ui(app: &mut App, ui: &mut Ui) {
    header(ui, app.t(S::NavShared), None);
}
