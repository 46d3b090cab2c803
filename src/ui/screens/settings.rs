//! Language, theme, text size and the folder for own questionnaires.

use egui::{RichText, Ui};

use super::{card, header, questionnaire::broken_files_ui, section};
use crate::content::Lang;
use crate::ui::app::{App, Command};
use crate::ui::i18n::{S, fill};
use crate::ui::settings::{TEXT_SCALE, ThemeChoice};

/// Draws the screen.
pub fn ui(app: &mut App, ui: &mut Ui) {
    header(ui, app.t(S::SettingsTitle), None);
    if app.lock_form.show_code.is_some() {
        return super::journal::recovery_code_ui(app, ui);
    }
    section(ui, app.t(S::Language));
    let mut lang = app.lang;
    ui.horizontal(|ui| {
        ui.radio_value(&mut lang, Lang::Nl, "Nederlands");
        ui.radio_value(&mut lang, Lang::En, "English");
    });
    if lang != app.lang {
        app.push(Command::SetLang(lang));
    }

    section(ui, app.t(S::Theme));
    let mut theme = app.settings.theme;
    ui.horizontal(|ui| {
        for (t, key) in [
            (ThemeChoice::System, S::ThemeSystem),
            (ThemeChoice::Light, S::ThemeLight),
            (ThemeChoice::Dark, S::ThemeDark),
        ] {
            ui.radio_value(&mut theme, t, app.t(key));
        }
    });
    if theme != app.settings.theme {
        app.push(Command::SetTheme(theme));
    }

    let label = section(ui, app.t(S::TextSize));
    let mut scale = app.settings.text_scale;
    let slider = ui
        .add(
            egui::Slider::new(&mut scale, TEXT_SCALE)
                .step_by(0.1)
                .show_value(true),
        )
        .labelled_by(label.id);
    // Apply on release so the layout does not jump under the pointer while dragging.
    if slider.drag_stopped() || (slider.changed() && !slider.dragged()) {
        app.push(Command::SetTextScale(scale));
    }

    section(ui, app.t(S::OwnQuestionnaires));
    ui.add(egui::Label::new(app.t(S::OwnQuestionnairesHint)).wrap());
    let folder = app.dirs.questionnaires().display().to_string();
    ui.label(RichText::new(folder).monospace());
    let status = fill(
        app.t(S::LoadedCount),
        &[
            &app.catalogue.questionnaires.len().to_string(),
            &app.catalogue.errors.len().to_string(),
        ],
    );
    ui.horizontal(|ui| {
        ui.label(status);
        if ui.button(app.t(S::Reload)).clicked() {
            app.push(Command::Reload);
        }
    });
    if !app.catalogue.errors.is_empty() {
        broken_files_ui(app, ui);
    }

    security_ui(app, ui);

    section(ui, app.t(S::Privacy));
    card(ui, |ui| {
        ui.add(egui::Label::new(app.t(S::PrivacyText)).wrap())
    });
}

fn security_ui(app: &mut App, ui: &mut Ui) {
    let lang = app.lang;
    section(ui, app.t(S::Security));
    let label = ui.label(app.t(S::AutoLock));
    let mut minutes = app.settings.auto_lock_minutes;
    let slider = ui
        .add(egui::Slider::new(&mut minutes, 1..=120))
        .labelled_by(label.id);
    if slider.changed() {
        app.push(Command::SetAutoLock(minutes));
    }
    ui.label(RichText::new(app.t(S::DataFolder)).strong());
    ui.label(RichText::new(app.dirs.data.display().to_string()).monospace());
    if app.vault.session().is_none() {
        return;
    }
    super::shared::key_ui(app, ui);
    let mut change = false;
    egui::CollapsingHeader::new(app.t(S::ChangePassphrase))
        .id_salt("change-pass")
        .show(ui, |ui| {
            let form = &mut app.lock_form;
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
        });
    if change {
        app.push(Command::ChangePassphrase);
    }
    ui.horizontal(|ui| {
        if ui.button(app.t(S::NewRecovery)).clicked() {
            app.push(Command::NewRecoveryCode);
        }
        ui.label(RichText::new(app.t(S::NewRecoveryHint)).small());
    });
}
