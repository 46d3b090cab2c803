//! Creating, unlocking and recovering the vault, and capturing while locked.

use egui::{RichText, Ui};

use super::super::{card, header, section};
use crate::ui::app::{App, Command};
use crate::ui::i18n::S;
use crate::ui::vault_state::VaultState;
use crate::ui::widgets::meter;
use crate::vault::strength;

/// Draws the lock screen for the current vault state.
pub fn ui(app: &mut App, ui: &mut Ui) {
    egui::ScrollArea::vertical()
        .id_salt("lock")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(760.0));
            header(ui, app.t(S::VaultTitle), Some(app.t(S::VaultIntro)));
            match &app.vault {
                VaultState::Missing => create_ui(app, ui),
                VaultState::Locked(_) => {
                    if app.lock_form.recovering {
                        recover_ui(app, ui);
                    } else {
                        unlock_ui(app, ui);
                    }
                    capture_ui(app, ui);
                }
                VaultState::Busy { .. } => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(app.t(S::Working));
                    });
                }
                VaultState::Unavailable(reason) => {
                    ui.label(RichText::new(app.t(S::VaultUnavailable)).strong());
                    ui.label(reason.clone());
                }
                VaultState::Open(_) => {}
            }
            if let Some(err) = &app.lock_form.error {
                ui.colored_label(ui.visuals().error_fg_color, err.clone());
            }
        });
}

fn secret_field(ui: &mut Ui, label: &str, id: &str, value: &mut String) -> egui::Response {
    let l = ui.label(label);
    ui.add(
        egui::TextEdit::singleline(value)
            .password(true)
            .id_salt(id)
            .desired_width(360.0),
    )
    .labelled_by(l.id)
}

fn create_ui(app: &mut App, ui: &mut Ui) {
    ui.label(app.t(S::PassphraseHint));
    let form = &mut app.lock_form;
    secret_field(ui, S::Passphrase.get(app.lang), "pass", &mut form.pass);
    secret_field(
        ui,
        S::PassphraseAgain.get(app.lang),
        "confirm",
        &mut form.confirm,
    );
    let s = strength(&form.pass);
    meter::ui(ui, &s, app.lang);
    let same = *form.pass == *form.confirm;
    if !same && !form.confirm.is_empty() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            S::PassphrasesDiffer.get(app.lang),
        );
    }
    let ready = same && s.score >= 3;
    if ui
        .add_enabled(
            ready,
            egui::Button::new(RichText::new(app.t(S::CreateVault)).strong()),
        )
        .clicked()
    {
        app.push(Command::CreateVault);
    }
}

fn unlock_ui(app: &mut App, ui: &mut Ui) {
    ui.label(RichText::new(app.t(S::Locked)).strong());
    let lang = app.lang;
    let r = secret_field(
        ui,
        S::Passphrase.get(lang),
        "unlock-pass",
        &mut app.lock_form.pass,
    );
    let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    // Ready to type as soon as the lock screen shows.
    if !enter && ui.memory(|m| m.focused().is_none()) {
        r.request_focus();
    }
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                !app.lock_form.pass.is_empty(),
                egui::Button::new(app.t(S::Unlock)),
            )
            .clicked()
            || enter
        {
            app.push(Command::Unlock);
        }
        if ui.link(app.t(S::Forgot)).clicked() {
            app.lock_form.recovering = true;
            app.lock_form.error = None;
        }
    });
}

fn recover_ui(app: &mut App, ui: &mut Ui) {
    let lang = app.lang;
    let form = &mut app.lock_form;
    let l = ui.label(S::RecoveryCodeLabel.get(lang));
    ui.add(
        egui::TextEdit::singleline(&mut *form.code)
            .id_salt("code")
            .desired_width(420.0),
    )
    .labelled_by(l.id);
    secret_field(ui, S::NewPassphrase.get(lang), "new-pass", &mut form.pass);
    secret_field(
        ui,
        S::PassphraseAgain.get(lang),
        "new-confirm",
        &mut form.confirm,
    );
    let s = strength(&form.pass);
    meter::ui(ui, &s, lang);
    let ready = !form.code.trim().is_empty() && *form.pass == *form.confirm && s.score >= 3;
    ui.horizontal(|ui| {
        if ui
            .add_enabled(ready, egui::Button::new(S::Recover.get(lang)))
            .clicked()
        {
            app.push(Command::Recover);
        }
        if ui.link(S::BackToUnlock.get(lang)).clicked() {
            app.lock_form.recovering = false;
        }
    });
}

fn capture_ui(app: &mut App, ui: &mut Ui) {
    section(ui, app.t(S::QuickCapture));
    let lang = app.lang;
    card(ui, |ui| {
        ui.label(RichText::new(S::QuickCaptureHint.get(lang)).small());
        let l = ui.label(S::Title.get(lang));
        ui.add(
            egui::TextEdit::singleline(&mut app.lock_form.capture_title)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
        let l = ui.label(S::Dilemma.get(lang));
        ui.add(
            egui::TextEdit::multiline(&mut app.lock_form.capture_text)
                .desired_rows(4)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
        let ready = !app.lock_form.capture_title.trim().is_empty();
        if ui
            .add_enabled(ready, egui::Button::new(S::CaptureSave.get(lang)))
            .clicked()
        {
            app.push(Command::QuickCapture);
        }
    });
}

/// Shows the recovery code once, until the user confirms writing it down.
pub fn recovery_code_ui(app: &mut App, ui: &mut Ui) {
    header(
        ui,
        app.t(S::RecoveryShowTitle),
        Some(app.t(S::RecoveryShowText)),
    );
    if let Some(code) = &app.lock_form.show_code {
        card(ui, |ui| {
            ui.label(RichText::new(code.as_str()).monospace().size(22.0).strong())
        });
    }
    let label = app.t(S::RecoveryWritten);
    ui.checkbox(&mut app.lock_form.code_written, label);
    if ui
        .add_enabled(
            app.lock_form.code_written,
            egui::Button::new(app.t(S::Continue)),
        )
        .clicked()
    {
        app.push(Command::DismissRecovery);
    }
}
