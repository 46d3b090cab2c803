//! The coach's key: which identity the Coach tab uses, and, for a coach without a journal,
//! making and unlocking a coach key (a vault used only for its identity). The key work itself
//! runs on the worker; here are only the fields and the commands.

use age::secrecy::SecretString;
use egui::{RichText, Ui};

use super::SharedView;
use crate::session::Session;
use crate::ui::commands::VaultCmd;
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::S;
use crate::ui::screens::{card, section};
use crate::ui::theme;
use crate::ui::vault_state::VaultState;
use crate::ui::widgets::{meter, problem};
use crate::vault::strength;

/// The identity the coach's side works with.
pub enum Identity<'a> {
    /// This session's identity opens summaries.
    Ready(&'a Session),
    /// The worker holds the coach key (opening or listing): the page stays, without the key.
    Working,
    /// No key to open summaries with yet: what makes or unlocks one was drawn.
    Absent,
}

/// The session whose identity opens summaries: the coach key's when one exists, else the
/// journal's. Without one, draws what makes or unlocks the coach key.
pub fn identity<'a>(
    view: &mut SharedView,
    cx: &'a Cx<'_>,
    out: &mut Sink,
    ui: &mut Ui,
) -> Identity<'a> {
    match cx.coach_key {
        VaultState::Open(session) => Identity::Ready(session),
        VaultState::Locked(_) => {
            unlock_ui(view, cx, out, ui);
            Identity::Absent
        }
        VaultState::Busy { vault: Some(_) } => {
            cx.busy_ui(ui);
            Identity::Working
        }
        VaultState::Busy { vault: None } => {
            cx.busy_ui(ui);
            Identity::Absent
        }
        VaultState::Unavailable(reason) => {
            problem::ui(ui, Some(reason), cx.lang);
            Identity::Absent
        }
        VaultState::Missing => {
            if let VaultState::Open(session) = cx.vault {
                return Identity::Ready(session);
            }
            create_ui(view, cx, out, ui);
            Identity::Absent
        }
    }
}

/// The public half of the coach's key, to hand to coachees, worded for where it lives.
pub fn key_card(ui: &mut Ui, cx: &Cx<'_>, key: &str) {
    let lang = cx.lang;
    let own_key = !matches!(cx.coach_key, VaultState::Missing);
    let (title, hint) = if own_key {
        (S::CoachKeyMine, S::CoachKeyMineHint)
    } else {
        (S::MyCoachKey, S::MyCoachKeyHint)
    };
    card(ui, |ui| {
        ui.label(RichText::new(title.get(lang)).strong());
        ui.label(RichText::new(hint.get(lang)).small());
        ui.horizontal_wrapped(|ui| {
            crate::ui::widgets::whole::label(ui, RichText::new(key).monospace());
            if ui.button(S::CopyKey.get(lang)).clicked() {
                ui.ctx().copy_text(key.to_owned());
            }
        });
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

/// Takes the passphrase out of the fields and wipes both.
fn take_secret(view: &mut SharedView) -> SecretString {
    let pass = SecretString::from(std::mem::take(&mut *view.key_pass));
    zeroize::Zeroize::zeroize(&mut *view.key_confirm);
    pass
}

fn create_ui(view: &mut SharedView, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let lang = cx.lang;
    section(ui, S::CoachKeyMakeTitle.get(lang));
    ui.add(egui::Label::new(S::CoachKeyIntro.get(lang)).wrap());
    ui.label(RichText::new(S::PassphraseHint.get(lang)).small());
    secret_field(
        ui,
        S::Passphrase.get(lang),
        "coach-pass",
        &mut view.key_pass,
    );
    secret_field(
        ui,
        S::PassphraseAgain.get(lang),
        "coach-confirm",
        &mut view.key_confirm,
    );
    let s = strength(&view.key_pass);
    meter::ui(ui, &s, lang);
    let same = *view.key_pass == *view.key_confirm;
    if !same && !view.key_confirm.is_empty() {
        ui.colored_label(ui.visuals().warn_fg_color, S::PassphrasesDiffer.get(lang));
    }
    problem::ui(ui, view.key_error.as_ref().map(|e| e as _), lang);
    if ui
        .add_enabled(
            same && s.score >= 3,
            egui::Button::new(RichText::new(S::CoachKeyMake.get(lang)).strong()),
        )
        .clicked()
    {
        out.push(VaultCmd::CreateCoachKey(take_secret(view)));
    }
}

fn unlock_ui(view: &mut SharedView, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let lang = cx.lang;
    section(ui, S::CoachKeyLocked.get(lang));
    let r = secret_field(
        ui,
        S::Passphrase.get(lang),
        "coach-unlock",
        &mut view.key_pass,
    );
    let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    problem::ui(ui, view.key_error.as_ref().map(|e| e as _), lang);
    if ui
        .add_enabled(
            !view.key_pass.is_empty(),
            egui::Button::new(S::CoachKeyUnlock.get(lang)),
        )
        .clicked()
        || (enter && !view.key_pass.is_empty())
    {
        out.push(VaultCmd::UnlockCoachKey(take_secret(view)));
    }
}
