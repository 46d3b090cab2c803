//! Settings: language, theme, text size, auto-lock, reading the questionnaire folder again.

use crate::assessment::Catalogue;
use crate::content::Lang;
use crate::ui::app::App;
use crate::ui::settings::{Settings, ThemeChoice};

/// Settings commands.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum SettingsCmd {
    /// Change the language.
    SetLang(Lang),
    /// Change the theme.
    SetTheme(ThemeChoice),
    /// Change the text size.
    SetTextScale(f32),
    /// Change the auto-lock delay.
    SetAutoLock(u32),
    /// Read the questionnaire folder again.
    Reload,
    /// Use the app's own file picker (true) or the platform's dialog.
    SetOwnFileDialog(bool),
}

impl App {
    pub(super) fn apply_settings(&mut self, cmd: SettingsCmd, ctx: &egui::Context) {
        match cmd {
            SettingsCmd::SetLang(lang) => {
                self.lang = lang;
                self.settings.lang = Some(lang);
            }
            SettingsCmd::SetTheme(t) => {
                self.settings.theme = t;
                self.apply_look(ctx);
            }
            SettingsCmd::SetTextScale(s) => {
                self.settings = Settings {
                    text_scale: s,
                    ..self.settings.clone()
                }
                .sanitised();
                self.apply_look(ctx);
            }
            SettingsCmd::SetAutoLock(m) => {
                self.settings = Settings {
                    auto_lock_minutes: m,
                    ..self.settings.clone()
                }
                .sanitised();
            }
            SettingsCmd::SetOwnFileDialog(own) => self.settings.own_file_dialog = own,
            SettingsCmd::Reload => {
                self.catalogue = Catalogue::load(Some(&self.dirs.questionnaires()), &self.content);
                self.quiz.reconcile(&self.catalogue);
            }
        }
    }
}
