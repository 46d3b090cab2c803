//! Language, theme, text size and the folder for own questionnaires.

use age::secrecy::SecretString;
use egui::{RichText, Ui};
use zeroize::{Zeroize, Zeroizing};

use super::{card, header, questionnaire::broken_files_ui, section};
use crate::content::Lang;
use crate::ui::commands::{SettingsCmd, VaultCmd};
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::{S, plural};
use crate::ui::settings::{TEXT_SCALE, ThemeChoice};
use crate::ui::widgets::file_picker::FileKind;
use crate::ui::widgets::path_field::{self, Field};
use crate::ui::widgets::problem;
use crate::vault::VaultError;

/// The fields for a new passphrase. Wiped after use and on lock.
#[derive(Default)]
pub struct PassForm {
    /// The new passphrase.
    pub pass: Zeroizing<String>,
    /// The new passphrase again.
    pub confirm: Zeroizing<String>,
    /// Why the last change of passphrase failed.
    pub error: Option<VaultError>,
    /// Why the last new recovery code failed.
    pub recovery_error: Option<VaultError>,
    /// A questionnaire file to add, as typed or chosen.
    pub questionnaire_path: String,
    /// Why the last questionnaire was not added.
    pub questionnaire_error: Option<crate::own_questionnaire::AddError>,
}

impl PassForm {
    /// Wipes both fields.
    pub fn wipe(&mut self) {
        self.pass.zeroize();
        self.confirm.zeroize();
    }
}

/// Draws the screen.
pub fn ui(view: &mut PassForm, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    header(ui, cx.t(S::SettingsTitle), None);
    section(ui, cx.t(S::Language));
    let mut lang = cx.lang;
    ui.horizontal_wrapped(|ui| {
        ui.radio_value(&mut lang, Lang::Nl, "Nederlands");
        ui.radio_value(&mut lang, Lang::En, "English");
    });
    if lang != cx.lang {
        out.push(SettingsCmd::SetLang(lang));
    }

    section(ui, cx.t(S::Theme));
    let mut theme = cx.settings.theme;
    ui.horizontal_wrapped(|ui| {
        for (t, key) in [
            (ThemeChoice::System, S::ThemeSystem),
            (ThemeChoice::Light, S::ThemeLight),
            (ThemeChoice::Dark, S::ThemeDark),
        ] {
            ui.radio_value(&mut theme, t, cx.t(key));
        }
    });
    if theme != cx.settings.theme {
        out.push(SettingsCmd::SetTheme(theme));
    }

    let label = section(ui, cx.t(S::TextSize));
    let mut scale = cx.settings.text_scale;
    let slider = ui
        .add(
            egui::Slider::new(&mut scale, TEXT_SCALE)
                .step_by(0.1)
                .show_value(true),
        )
        .labelled_by(label.id);
    // Apply on release so the layout does not jump under the pointer while dragging.
    if slider.drag_stopped() || (slider.changed() && !slider.dragged()) {
        out.push(SettingsCmd::SetTextScale(scale));
    }
    section(ui, cx.t(S::FileWindow));
    let mut own = cx.settings.own_file_dialog;
    if ui.checkbox(&mut own, cx.t(S::OwnFileDialog)).changed() {
        out.push(SettingsCmd::SetOwnFileDialog(own));
    }
    ui.label(RichText::new(cx.t(S::OwnFileDialogHint)).small());

    section(ui, cx.t(S::OwnQuestionnaires));
    ui.add(egui::Label::new(cx.t(S::OwnQuestionnairesHint)).wrap());
    let folder = cx.dirs.questionnaires().display().to_string();
    ui.label(RichText::new(folder).monospace());
    let (loaded, broken) = (cx.catalogue.questionnaires.len(), cx.catalogue.errors.len());
    let mut status = plural(cx.lang, loaded, S::LoadedOne, S::LoadedCount);
    if broken > 0 {
        let problems = plural(cx.lang, broken, S::LoadProblemsOne, S::LoadProblems);
        status = format!("{status} · {problems}");
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(status);
        if ui.button(cx.t(S::Reload)).clicked() {
            out.push(SettingsCmd::Reload);
        }
    });
    if !cx.catalogue.errors.is_empty() {
        broken_files_ui(cx, ui);
    }
    add_questionnaire_ui(view, cx, out, ui);

    security_ui(view, cx, out, ui);

    section(ui, cx.t(S::Privacy));
    card(ui, |ui| {
        ui.add(egui::Label::new(cx.t(S::PrivacyText)).wrap())
    });
}

const QUESTIONNAIRE_FIELD: Field = Field::open(
    "add-questionnaire",
    S::QuestionnaireFile,
    &[FileKind::Questionnaire],
);

/// A questionnaire file from anywhere, checked and copied into the folder.
fn add_questionnaire_ui(view: &mut PassForm, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let path = &mut view.questionnaire_path;
    ui.horizontal_wrapped(|ui| {
        path_field::ui(ui, path, &QUESTIONNAIRE_FIELD, cx.lang, out);
        let ready = !path.trim().is_empty() && !cx.busy;
        if ui
            .add_enabled(ready, egui::Button::new(cx.t(S::AddQuestionnaire)))
            .clicked()
        {
            out.push(SettingsCmd::AddQuestionnaire(path.trim().into()));
        }
    });
    let error = view.questionnaire_error.as_ref();
    problem::ui(ui, error.map(|e| e as _), cx.lang);
}

fn security_ui(form: &mut PassForm, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let lang = cx.lang;
    section(ui, cx.t(S::Security));
    let label = ui.label(cx.t(S::AutoLock));
    let mut minutes = cx.settings.auto_lock_minutes;
    let slider = ui
        .add(egui::Slider::new(&mut minutes, 1..=120))
        .labelled_by(label.id);
    if slider.changed() {
        out.push(SettingsCmd::SetAutoLock(minutes));
    }
    ui.label(RichText::new(cx.t(S::DataFolder)).strong());
    ui.label(RichText::new(cx.dirs.data.display().to_string()).monospace());
    if cx.vault.busy() {
        return cx.busy_ui(ui);
    }
    if cx.vault.session().is_none() {
        return;
    }
    super::shared::key_ui(cx, ui);
    let mut change = false;
    egui::CollapsingHeader::new(cx.t(S::ChangePassphrase))
        .id_salt("change-pass")
        .show(ui, |ui| {
            let l = ui.label(S::NewPassphrase.get(lang));
            ui.add(
                egui::TextEdit::singleline(&mut *form.pass)
                    .password(true)
                    .id_salt("set-pass"),
            )
            .labelled_by(l.id);
            let l = ui.label(S::PassphraseAgain.get(lang));
            ui.add(
                egui::TextEdit::singleline(&mut *form.confirm)
                    .password(true)
                    .id_salt("set-confirm"),
            )
            .labelled_by(l.id);
            let s = crate::vault::strength(&form.pass);
            crate::ui::widgets::meter::ui(ui, &s, lang);
            let ready = s.score >= 3 && *form.pass == *form.confirm;
            if ui
                .add_enabled(ready, egui::Button::new(S::ChangePassphrase.get(lang)))
                .clicked()
            {
                change = true;
            }
            problem::ui(ui, form.error.as_ref().map(|e| e as _), lang);
        });
    if change {
        let pass = SecretString::from(std::mem::take(&mut *form.pass));
        form.wipe();
        out.push(VaultCmd::ChangePassphrase(pass));
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(cx.t(S::NewRecovery)).clicked() {
            out.push(VaultCmd::NewRecoveryCode);
        }
        crate::ui::widgets::whole::label(ui, RichText::new(cx.t(S::NewRecoveryHint)).small());
    });
    problem::ui(ui, form.recovery_error.as_ref().map(|e| e as _), lang);
}
