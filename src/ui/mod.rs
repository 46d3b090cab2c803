//! The desktop app (egui). Screens draw with their own view state and a read-only [`Cx`],
//! and push [`Command`]s; one `apply` per area changes state (see docs/ARCHITECTURE.md).
//! Nothing in here reads files or touches keys: it calls the domain rooms for that.

mod app;
mod autosave;
mod commands;
mod cx;
mod drafts_offer;
mod errors;
mod guard;
mod i18n;
mod icon;
#[cfg(feature = "test-support")]
mod inspect;
mod jobs;
mod keys;
mod nav;
mod notice;
mod quiz;
mod screens;
mod settings;
mod theme;
mod vault_state;
mod widgets;
mod worker;

pub use app::{App, Notice};
pub use commands::{
    Command, DraftCmd, ExportPlan, FeedbackPlan, FileCmd, JournalCmd, NavCmd, QuizCmd, SettingsCmd,
    ShareCmd, VaultCmd,
};
pub use cx::{Cx, Sink};
pub use errors::{E, Explain};
pub use i18n::S;
pub use nav::{Screen, Start};
pub use quiz::{Quiz, QuizState};
pub use settings::{Settings, ThemeChoice};
pub use vault_state::VaultState;
pub use widgets::file_picker;

#[cfg(feature = "test-support")]
pub use inspect::open_vault_state;

use crate::content::Content;
use crate::paths::Dirs;

/// The window's options. The window's size is not remembered: eframe keeps it in points and
/// restores it as pixels, so at text size 2.0 every restart halved the window (below its
/// minimum, seen under Xvfb). Settings are still kept in `app.ron`.
fn native_options(dirs: &Dirs) -> eframe::NativeOptions {
    eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Ambtelijke Ruimte")
            .with_app_id(crate::APP_ID)
            .with_inner_size([1180.0, 800.0])
            .with_min_inner_size([760.0, 520.0])
            .with_icon(icon::icon()),
        persistence_path: Some(dirs.config.join("app.ron")),
        persist_window: false,
        ..Default::default()
    }
}

/// Opens the window and runs until it closes.
pub fn run(content: Content, dirs: Dirs, start: Option<Start>) -> Result<(), eframe::Error> {
    let options = native_options(&dirs);
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

#[cfg(test)]
mod window_tests {
    #[test]
    fn the_window_size_is_not_restored_so_large_text_cannot_shrink_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let dirs = crate::paths::Dirs {
            config: dir.path().join("config"),
            data: dir.path().join("data"),
        };
        let options = super::native_options(&dirs);
        assert!(!options.persist_window);
        assert_eq!(
            options.viewport.min_inner_size,
            Some(egui::vec2(760.0, 520.0))
        );
    }
}
