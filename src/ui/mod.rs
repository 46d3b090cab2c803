//! The desktop app (egui). Screens draw and push [`Command`]s; one `apply` changes state.
//! Nothing in here reads files or touches keys: it calls the domain rooms for that.

mod app;
mod commands;
mod i18n;
mod icon;
mod screens;
mod settings;
mod theme;
mod vault_state;
mod widgets;

pub use app::{App, Command, Screen, Start};
pub use i18n::S;
pub use settings::{Settings, ThemeChoice};
pub use vault_state::VaultState;

/// The state of an unlocked vault, for tests and benchmarks that build a session themselves.
pub fn open_vault_state(session: crate::session::Session) -> VaultState {
    VaultState::Open(Box::new(session))
}

use crate::content::Content;
use crate::paths::Dirs;

/// Opens the window and runs until it closes.
pub fn run(content: Content, dirs: Dirs, start: Option<Start>) -> Result<(), eframe::Error> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Ambtelijke Ruimte")
            .with_app_id(crate::APP_ID)
            .with_inner_size([1180.0, 800.0])
            .with_min_inner_size([760.0, 520.0])
            .with_icon(icon::icon()),
        persistence_path: Some(dirs.config.join("app.ron")),
        ..Default::default()
    };
    eframe::run_native(
        "Ambtelijke Ruimte",
        options,
        Box::new(move |cc| {
            let mut app = App::new(cc, content, dirs);
            if let Some(start) = start {
                app.open(start);
            }
            Ok(Box::new(app))
        }),
    )
}
