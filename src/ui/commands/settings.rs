//! Settings: language, theme, text size, auto-lock, reading the questionnaire folder again.

use std::path::PathBuf;
use std::sync::Arc;

use crate::assessment::Catalogue;
use crate::content::Lang;
use crate::ui::app::App;
use crate::ui::i18n::{S, fill};
use crate::ui::settings::{Settings, ThemeChoice};
use crate::ui::worker::Job;

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
    /// Check a questionnaire file and copy it into the folder of own questionnaires.
    AddQuestionnaire(PathBuf),
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
            SettingsCmd::AddQuestionnaire(source) => self.worker.submit(Job::AddQuestionnaire {
                source,
                folder: self.dirs.questionnaires(),
                content: Arc::clone(&self.content),
            }),
            SettingsCmd::Reload => self.reload_questionnaires(),
        }
    }
}

impl App {
    /// A questionnaire was added (the folder is read again) or refused (told beside the
    /// field).
    pub(super) fn questionnaire_added(
        &mut self,
        result: Result<PathBuf, crate::own_questionnaire::AddError>,
    ) {
        match result {
            Ok(path) => {
                self.pass_form.questionnaire_error = None;
                self.pass_form.questionnaire_path.clear();
                self.reload_questionnaires();
                let text = fill(
                    self.t(S::QuestionnaireAdded),
                    &[&path.display().to_string()],
                );
                self.say(false, text);
            }
            Err(e) => self.pass_form.questionnaire_error = Some(e),
        }
    }

    fn reload_questionnaires(&mut self) {
        self.catalogue = Catalogue::load(Some(&self.dirs.questionnaires()), &self.content);
        self.quiz.reconcile(&self.catalogue);
    }
}
