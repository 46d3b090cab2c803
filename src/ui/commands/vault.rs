//! The vault: create, unlock, recover, lock; a new passphrase and a new recovery code. Key
//! derivation runs on the worker (see `vault_state.rs`); its outcome arrives in `poll_worker`.

use std::sync::Arc;

use age::secrecy::SecretString;
use zeroize::Zeroizing;

use crate::ui::app::App;
use crate::ui::i18n::S;
use crate::ui::vault_state::{self, Outcome, VaultState};

/// Vault commands. Secrets travel in `SecretString`, taken out of the form by the screen.
#[must_use]
#[derive(Debug)]
pub enum VaultCmd {
    /// Create the vault with this passphrase.
    Create(SecretString),
    /// Unlock with this passphrase.
    Unlock(SecretString),
    /// Unlock with the recovery code and set the new passphrase.
    Recover {
        /// The recovery code as typed.
        code: SecretString,
        /// The new passphrase.
        pass: SecretString,
    },
    /// Lock: drop the identity and every decrypted text.
    Lock,
    /// Set a new passphrase.
    ChangePassphrase(SecretString),
    /// Replace the recovery code.
    NewRecoveryCode,
    /// The user wrote the recovery code down.
    DismissRecovery,
}

impl App {
    pub(super) fn apply_vault(&mut self, cmd: VaultCmd, ctx: &egui::Context) {
        match cmd {
            VaultCmd::Create(pass) => {
                forget_fields(ctx);
                self.lock_form.error = None;
                self.vault = vault_state::create(ctx, self.dirs.data.clone(), pass);
            }
            VaultCmd::Unlock(pass) => {
                forget_fields(ctx);
                self.lock_form.error = None;
                if let VaultState::Locked(v) = &self.vault {
                    self.vault = vault_state::unlock(ctx, Arc::clone(v), pass);
                }
            }
            VaultCmd::Recover { code, pass } => {
                forget_fields(ctx);
                self.lock_form.error = None;
                if let VaultState::Locked(v) = &self.vault {
                    self.vault = vault_state::recover(ctx, Arc::clone(v), code, pass);
                }
            }
            VaultCmd::Lock => self.lock(ctx),
            VaultCmd::ChangePassphrase(pass) => {
                forget_fields(ctx);
                let Some(s) = self.vault.session() else {
                    return;
                };
                match s.vault().change_passphrase(s.unlocked(), &pass) {
                    Ok(()) => self.say(false, self.t(S::PassphraseChanged)),
                    Err(e) => self.say(true, e.to_string()),
                }
            }
            VaultCmd::NewRecoveryCode => {
                let Some(s) = self.vault.session() else {
                    return;
                };
                match s.vault().new_recovery_code(s.unlocked()) {
                    Ok(code) => self.recovery.code = Some(Zeroizing::new(code.to_string())),
                    Err(e) => self.say(true, e.to_string()),
                }
            }
            VaultCmd::DismissRecovery => {
                self.recovery.code = None;
                self.recovery.written = false;
            }
        }
    }

    /// Drops the session (its Drop wipes the decrypted text) and every draft.
    pub(in crate::ui) fn lock(&mut self, ctx: &egui::Context) {
        self.journal.wipe();
        self.shared.wipe();
        self.onboarding.wipe();
        self.lock_form.wipe_secrets();
        self.pass_form.wipe();
        forget_fields(ctx);
        let state = std::mem::replace(&mut self.vault, VaultState::Missing);
        self.vault = match state {
            VaultState::Open(session) => VaultState::Locked(Arc::clone(session.vault())),
            other => other,
        };
    }

    /// Takes the worker's report, if it has one.
    pub(in crate::ui) fn poll_worker(&mut self) {
        let Some(result) = vault_state::poll(&self.vault) else {
            return;
        };
        let fallback = match &self.vault {
            VaultState::Busy { vault: Some(v), .. } => VaultState::Locked(Arc::clone(v)),
            _ => VaultState::detect(&self.dirs.data),
        };
        match result {
            Ok(Outcome::Opened(Ok(session))) => self.vault = VaultState::Open(Box::new(session)),
            Ok(Outcome::Created(Ok((mut session, code)))) => {
                self.recovery.code = Some(Zeroizing::new(code.to_string()));
                let now = crate::clock::now();
                for entry in std::mem::take(&mut self.pending_practice) {
                    if let Err(e) = session.save_entry(None, entry, now) {
                        self.say(true, e.to_string());
                    }
                }
                self.vault = VaultState::Open(Box::new(session));
            }
            Ok(Outcome::Opened(Err(e)) | Outcome::Created(Err(e))) => {
                self.lock_form.error = Some(e.to_string());
                self.vault = fallback;
            }
            Err(e) => {
                self.lock_form.error = Some(e);
                self.vault = fallback;
            }
        }
    }

    /// Locks after the configured idle minutes; any input counts as activity.
    pub(in crate::ui) fn auto_lock(&mut self, ctx: &egui::Context) {
        let (now, active) = ctx.input(|i| (i.time, !i.events.is_empty() || i.pointer.is_moving()));
        if active || self.last_activity == 0.0 {
            self.last_activity = now;
        }
        if !matches!(self.vault, VaultState::Open(_)) {
            return;
        }
        let limit = f64::from(self.settings.auto_lock_minutes) * 60.0;
        if now - self.last_activity >= limit {
            self.lock(ctx);
        } else {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                (limit - (now - self.last_activity)).max(1.0),
            ));
        }
    }
}

/// Drops egui's text-edit states (their undo history can hold a passphrase).
fn forget_fields(ctx: &egui::Context) {
    ctx.data_mut(|d| d.remove_by_type::<egui::text_edit::TextEditState>());
}
