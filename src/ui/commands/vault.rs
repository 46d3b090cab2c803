//! The vault: create, unlock, recover, lock; a new passphrase and a new recovery code. Key
//! derivation runs on the worker (see `worker.rs`); its outcome arrives in `outcome.rs`.

use std::sync::Arc;

use age::secrecy::SecretString;

use crate::session::Session;
use crate::ui::app::App;
use crate::ui::vault_state::VaultState;
use crate::ui::worker::{Holder, Job};

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
    /// Make the coach key (a vault used only for its identity) with this passphrase.
    CreateCoachKey(SecretString),
    /// Unlock the coach key.
    UnlockCoachKey(SecretString),
}

impl App {
    pub(super) fn apply_vault(&mut self, cmd: VaultCmd, ctx: &egui::Context) {
        match cmd {
            VaultCmd::Create(pass) => {
                forget_fields(ctx);
                self.lock_form.error = None;
                if matches!(self.vault, VaultState::Missing) {
                    self.vault = VaultState::Busy { vault: None };
                    self.worker.submit(Job::Create(self.dirs.clone(), pass));
                }
            }
            VaultCmd::Unlock(pass) => {
                forget_fields(ctx);
                self.lock_form.error = None;
                if let VaultState::Locked(v) = &self.vault {
                    let v = Arc::clone(v);
                    self.vault = VaultState::Busy {
                        vault: Some(Arc::clone(&v)),
                    };
                    self.worker.submit(Job::Unlock(v, pass));
                }
            }
            VaultCmd::Recover { code, pass } => {
                forget_fields(ctx);
                self.lock_form.error = None;
                if let VaultState::Locked(v) = &self.vault {
                    let vault = Arc::clone(v);
                    self.vault = VaultState::Busy {
                        vault: Some(Arc::clone(&vault)),
                    };
                    self.worker.submit(Job::Recover { vault, code, pass });
                }
            }
            VaultCmd::Lock => self.lock(ctx),
            VaultCmd::ChangePassphrase(pass) => {
                forget_fields(ctx);
                if let Some(session) = self.lend_session() {
                    self.worker.submit(Job::ChangePassphrase(session, pass));
                }
            }
            VaultCmd::NewRecoveryCode => {
                if let Some(session) = self.lend_session() {
                    self.worker.submit(Job::NewRecoveryCode(session));
                }
            }
            VaultCmd::DismissRecovery => {
                self.recovery.code = None;
                self.recovery.written = false;
                self.recovery.copied = false;
                self.recovery.print = Default::default();
            }
            VaultCmd::CreateCoachKey(pass) => {
                forget_fields(ctx);
                self.shared.key_error = None;
                if matches!(self.coach_key, VaultState::Missing) {
                    self.coach_key = VaultState::Busy { vault: None };
                    self.worker
                        .submit(Job::CreateCoachKey(self.dirs.coach_key(), pass));
                }
            }
            VaultCmd::UnlockCoachKey(pass) => {
                forget_fields(ctx);
                self.shared.key_error = None;
                if let VaultState::Locked(v) = &self.coach_key {
                    let v = Arc::clone(v);
                    self.coach_key = VaultState::Busy {
                        vault: Some(Arc::clone(&v)),
                    };
                    self.worker.submit(Job::UnlockCoachKey(v, pass));
                }
            }
        }
    }

    /// Hands the open session to the worker: the vault shows as busy until it comes back.
    pub(super) fn lend_session(&mut self) -> Option<Box<Session>> {
        lend(&mut self.vault)
    }

    /// Hands the coach's session to the worker: the coach key's when there is one, else the
    /// journal's.
    pub(super) fn lend_coach_session(&mut self) -> Option<(Box<Session>, Holder)> {
        if matches!(self.coach_key, VaultState::Missing) {
            self.lend_session().map(|s| (s, Holder::Journal))
        } else {
            lend(&mut self.coach_key).map(|s| (s, Holder::CoachKey))
        }
    }

    /// The worker handed a coach's session back to its holder.
    pub(super) fn coach_session_back(
        &mut self,
        session: Box<Session>,
        holder: Holder,
        ctx: &egui::Context,
    ) {
        match holder {
            Holder::Journal => self.session_back(session, ctx),
            Holder::CoachKey => {
                self.coach_key = VaultState::Open(session);
                if std::mem::take(&mut self.lock_when_back) {
                    self.lock(ctx);
                }
            }
        }
    }

    /// The worker handed the session back: open again, or locked if the user asked for that
    /// meanwhile.
    pub(super) fn session_back(&mut self, session: Box<Session>, ctx: &egui::Context) {
        self.vault = VaultState::Open(session);
        if std::mem::take(&mut self.lock_when_back) {
            self.lock(ctx);
        }
    }

    /// Drops the session (its Drop wipes the decrypted text) and every draft.
    pub(in crate::ui) fn lock(&mut self, ctx: &egui::Context) {
        // Unsaved work is queued as drafts before any of it is wiped.
        self.flush_drafts(ctx.input(|i| i.time));
        self.journal.wipe();
        self.shared.wipe();
        self.onboarding.wipe();
        self.lock_form.wipe_secrets();
        self.pass_form.wipe();
        forget_fields(ctx);
        // A session lent to the worker is locked when it comes back.
        self.lock_when_back = self.vault.busy() || self.coach_key.busy();
        for state in [&mut self.vault, &mut self.coach_key] {
            *state = match std::mem::replace(state, VaultState::Missing) {
                VaultState::Open(session) => VaultState::Locked(Arc::clone(session.vault())),
                other => other,
            };
        }
    }

    /// Auto-lock wipes every decrypted text: an open entry with unsaved changes that can be
    /// saved is saved (encrypted) first, so walking away does not lose it.
    fn keep_draft_before_lock(&mut self) {
        if !self.journal.unsaved() {
            return;
        }
        let now = crate::clock::now();
        let Some((id, entry)) = crate::ui::screens::journal::candidate(&self.journal) else {
            return;
        };
        if !entry
            .validate(&self.content, self.zone.date(now))
            .is_empty()
        {
            return;
        }
        let entry = Box::new(entry);
        self.apply_journal(super::JournalCmd::SaveEntry { id, entry }, now);
        if self.journal.save_error.is_none() {
            self.say(false, self.t(crate::ui::i18n::S::SavedBeforeLock));
        }
    }

    /// Locks after the configured idle minutes; any input counts as activity.
    pub(in crate::ui) fn auto_lock(&mut self, ctx: &egui::Context) {
        let (now, active) = ctx.input(|i| (i.time, !i.events.is_empty() || i.pointer.is_moving()));
        if active || self.last_activity == 0.0 {
            self.last_activity = now;
        }
        if !matches!(self.vault, VaultState::Open(_))
            && !matches!(self.coach_key, VaultState::Open(_))
        {
            return;
        }
        let limit = f64::from(self.settings.auto_lock_minutes) * 60.0;
        if now - self.last_activity >= limit {
            self.keep_draft_before_lock();
            self.lock(ctx);
        } else {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                (limit - (now - self.last_activity)).max(1.0),
            ));
        }
    }
}

/// Takes an open session out of `state` for the worker, leaving it busy.
fn lend(state: &mut VaultState) -> Option<Box<Session>> {
    match std::mem::replace(state, VaultState::Missing) {
        VaultState::Open(session) => {
            *state = VaultState::Busy {
                vault: Some(Arc::clone(session.vault())),
            };
            Some(session)
        }
        other => {
            *state = other;
            None
        }
    }
}

/// Drops egui's text-edit states (their undo history can hold a passphrase).
pub(super) fn forget_fields(ctx: &egui::Context) {
    ctx.data_mut(|d| d.remove_by_type::<egui::text_edit::TextEditState>());
}
