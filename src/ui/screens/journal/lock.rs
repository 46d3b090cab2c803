//! Creating, unlocking and recovering the vault, and capturing while locked.

use age::secrecy::SecretString;
use egui::{RichText, Ui};

use super::super::print::{self, PrintAsk};
use super::super::{card, header, section};
use super::{LockForm, RecoveryView};
use crate::ui::commands::{JournalCmd, PrintCmd, PrintTarget, VaultCmd};
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::{S, fill};
use crate::ui::theme;
use crate::ui::vault_state::VaultState;
use crate::ui::widgets::{meter, problem};
use crate::vault::strength;

/// Draws the lock screen for the current vault state.
pub fn ui(form: &mut LockForm, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    egui::ScrollArea::vertical()
        .id_salt("lock")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(760.0));
            header(ui, cx.t(S::VaultTitle), Some(cx.t(S::VaultIntro)));
            match &cx.vault {
                VaultState::Missing => create_ui(form, cx, out, ui),
                VaultState::Locked(_) => {
                    if form.recovering {
                        recover_ui(form, cx, out, ui);
                    } else {
                        unlock_ui(form, cx, out, ui);
                    }
                    capture_ui(form, cx, out, ui);
                }
                VaultState::Busy { .. } => {
                    ui.horizontal_wrapped(|ui| {
                        ui.spinner();
                        ui.label(cx.t(S::Working));
                    });
                }
                VaultState::Unavailable(reason) => {
                    ui.label(RichText::new(cx.t(S::VaultUnavailable)).strong());
                    problem::ui(ui, Some(reason), cx.lang);
                }
                VaultState::Open(_) => {}
            }
        });
}

fn secret_field(ui: &mut Ui, label: &str, id: &str, value: &mut String) -> egui::Response {
    let l = ui.label(label);
    ui.add(
        egui::TextEdit::singleline(value)
            .password(true)
            .id_salt(id)
            .desired_width(theme::field_width(ui, 360.0)),
    )
    .labelled_by(l.id)
}

fn create_ui(form: &mut LockForm, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    if let Some(note) = waiting_note(cx) {
        ui.add(egui::Label::new(RichText::new(note).strong()).wrap());
        ui.add_space(theme::SPACE_S);
    }
    ui.label(cx.t(S::PassphraseHint));
    secret_field(ui, S::Passphrase.get(cx.lang), "pass", &mut form.pass);
    secret_field(
        ui,
        S::PassphraseAgain.get(cx.lang),
        "confirm",
        &mut form.confirm,
    );
    problem::ui(ui, form.error.as_ref().map(|e| e as _), cx.lang);
    let s = strength(&form.pass);
    meter::ui(ui, &s, cx.lang);
    let same = *form.pass == *form.confirm;
    if !same && !form.confirm.is_empty() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            S::PassphrasesDiffer.get(cx.lang),
        );
    }
    let ready = same && s.score >= 3;
    if ui
        .add_enabled(
            ready,
            egui::Button::new(RichText::new(cx.t(S::CreateVault)).strong()),
        )
        .clicked()
    {
        out.push(VaultCmd::Create(take_secret(form)));
    }
}

/// What the new vault will keep at once: a take finished before it and exercises waiting.
fn waiting_note(cx: &Cx<'_>) -> Option<String> {
    let lang = cx.lang;
    let take = cx
        .quiz
        .quizzes
        .values()
        .any(|q| q.finished && !q.kept && !q.answers.is_empty());
    let mut parts = Vec::new();
    if take {
        parts.push(S::KeepsTake.get(lang).to_owned());
    }
    match cx.waiting_exercises {
        0 => {}
        1 => parts.push(S::KeepsExerciseOne.get(lang).to_owned()),
        n => parts.push(fill(S::KeepsExercises.get(lang), &[&n.to_string()])),
    }
    if parts.is_empty() {
        return None;
    }
    let joined = parts.join(&format!(" {} ", S::And.get(lang)));
    Some(fill(S::CreateKeeps.get(lang), &[&joined]))
}

fn unlock_ui(form: &mut LockForm, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    ui.label(RichText::new(cx.t(S::Locked)).strong());
    let lang = cx.lang;
    let r = secret_field(ui, S::Passphrase.get(lang), "unlock-pass", &mut form.pass);
    let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    // Ready to type as soon as the lock screen shows.
    if !enter && ui.memory(|m| m.focused().is_none()) {
        r.request_focus();
    }
    problem::ui(ui, form.error.as_ref().map(|e| e as _), lang);
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(!form.pass.is_empty(), egui::Button::new(cx.t(S::Unlock)))
            .clicked()
            || enter
        {
            out.push(VaultCmd::Unlock(take_secret(form)));
        }
        if crate::ui::widgets::whole::link(ui, cx.t(S::Forgot)).clicked() {
            form.recovering = true;
            form.error = None;
        }
    });
}

fn recover_ui(form: &mut LockForm, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let lang = cx.lang;
    let l = ui.label(S::RecoveryCodeLabel.get(lang));
    ui.add(
        egui::TextEdit::singleline(&mut *form.code)
            .id_salt("code")
            .desired_width(theme::field_width(ui, 420.0)),
    )
    .labelled_by(l.id);
    secret_field(ui, S::NewPassphrase.get(lang), "new-pass", &mut form.pass);
    secret_field(
        ui,
        S::PassphraseAgain.get(lang),
        "new-confirm",
        &mut form.confirm,
    );
    problem::ui(ui, form.error.as_ref().map(|e| e as _), lang);
    let s = strength(&form.pass);
    meter::ui(ui, &s, lang);
    let ready = !form.code.trim().is_empty() && *form.pass == *form.confirm && s.score >= 3;
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(ready, egui::Button::new(S::Recover.get(lang)))
            .clicked()
        {
            let code = SecretString::from(std::mem::take(&mut *form.code));
            out.push(VaultCmd::Recover {
                code,
                pass: take_secret(form),
            });
        }
        if crate::ui::widgets::whole::link(ui, S::BackToUnlock.get(lang)).clicked() {
            form.recovering = false;
        }
    });
}

fn capture_ui(form: &mut LockForm, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    section(ui, cx.t(S::QuickCapture));
    let lang = cx.lang;
    card(ui, |ui| {
        ui.label(RichText::new(S::QuickCaptureHint.get(lang)).small());
        let l = ui.label(S::Title.get(lang));
        ui.add(egui::TextEdit::singleline(&mut form.capture_title).desired_width(f32::INFINITY))
            .labelled_by(l.id);
        let l = ui.label(S::Dilemma.get(lang));
        ui.add(
            egui::TextEdit::multiline(&mut form.capture_text)
                .desired_rows(4)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
        let ready = !form.capture_title.trim().is_empty();
        if ui
            .add_enabled(ready, egui::Button::new(S::CaptureSave.get(lang)))
            .clicked()
        {
            // The fields keep the text until the save succeeds.
            out.push(JournalCmd::QuickCapture {
                title: form.capture_title.clone(),
                text: form.capture_text.clone(),
            });
        }
        problem::ui(ui, form.capture_error.as_ref().map(|e| e as _), lang);
    });
}

/// Takes the passphrase out of the form and wipes every secret field.
fn take_secret(form: &mut LockForm) -> SecretString {
    let pass = SecretString::from(std::mem::take(&mut *form.pass));
    form.wipe_secrets();
    pass
}

/// Shows the recovery code once, until the user confirms writing it down.
pub fn recovery_code_ui(view: &mut RecoveryView, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    header(
        ui,
        cx.t(S::RecoveryShowTitle),
        Some(cx.t(S::RecoveryShowText)),
    );
    if let Some(code) = &view.code {
        card(ui, |ui| {
            // Whole groups to a line, as many as fit in one of the even splits (6, 3, 2 or 1
            // a line), so the code never breaks inside a group or leaves one hanging.
            let font = egui::FontId::monospace(theme::TEXT_CODE);
            let groups: Vec<&str> = code.split('-').collect();
            let width = |n: usize| {
                let line = groups[..n.min(groups.len())].join("-");
                ui.painter()
                    .layout_no_wrap(line, font.clone(), egui::Color32::PLACEHOLDER)
                    .size()
                    .x
            };
            let room = ui.available_width();
            let per_line = [6, 3, 2, 1]
                .into_iter()
                .find(|n| width(*n) <= room)
                .unwrap_or(1);
            let text = RichText::new(code_lines(code, per_line))
                .monospace()
                .size(theme::TEXT_CODE)
                .strong();
            let shown = ui.add(egui::Label::new(text).extend());
            // Read out as the one code it is.
            shown.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, code.as_str()));
        });
        keep_code_ui(view, cx, out, ui);
    }
    ui.checkbox(&mut view.written, cx.t(S::RecoveryWritten));
    if ui
        .add_enabled(view.written, egui::Button::new(cx.t(S::Continue)))
        .clicked()
    {
        out.push(VaultCmd::DismissRecovery);
    }
}

/// The recovery code with `per_line` of its dash-separated groups to a line.
fn code_lines(code: &str, per_line: usize) -> String {
    let groups: Vec<&str> = code.split('-').collect();
    groups
        .chunks(per_line.max(1))
        .map(|line| line.join("-"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Copy and print for the recovery code, with the warning that paper and file are as secret
/// as the passphrase.
fn keep_code_ui(view: &mut RecoveryView, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let Some(code) = &view.code else {
        return;
    };
    if ui.button(cx.t(S::RecoveryCopy)).clicked() {
        ui.ctx().copy_text(code.to_string());
        view.copied = true;
    }
    if view.copied {
        ui.add(egui::Label::new(cx.t(S::RecoveryCopied)).wrap());
    }
    ui.add(egui::Label::new(RichText::new(cx.t(S::RecoveryPaperSecret)).strong()).wrap());
    let ask = print::ui(
        &mut view.print,
        &print::RECOVERY_FIELD,
        cx,
        out,
        ui,
        cx.t(S::PrintFileRecovery),
    );
    match ask {
        Some(PrintAsk::Write(path)) => out.push(PrintCmd::RecoverySheet(
            zeroize::Zeroizing::new(code.to_string()),
            path,
        )),
        Some(PrintAsk::Open(path)) => out.push(PrintCmd::Open(PrintTarget::Recovery, path)),
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::code_lines;

    #[test]
    fn the_recovery_code_breaks_only_between_groups() {
        let code = "PV030-TBZ08-TYJP6-AXN99-5XA8T-EDSS2";
        assert_eq!(code_lines(code, 6), code);
        assert_eq!(code_lines(code, 3), "PV030-TBZ08-TYJP6\nAXN99-5XA8T-EDSS2");
        assert_eq!(code_lines(code, 2), "PV030-TBZ08\nTYJP6-AXN99\n5XA8T-EDSS2");
        assert_eq!(code_lines(code, 1).lines().count(), 6);
    }
}
