//! The commands screens push, and the one `apply` that changes the app's state. Vault work that
//! costs a key derivation goes to a worker (see `vault_state.rs`); the rest is quick.

use std::sync::Arc;

use age::secrecy::SecretString;
use zeroize::{Zeroize, Zeroizing};

use super::app::{App, Notice, Screen, TacticsView};
use super::i18n::S;
use super::settings::{Settings, ThemeChoice};
use super::vault_state::{self, Outcome, VaultState};
use crate::assessment::{Answer, Catalogue, Profile, Take};
use crate::content::{Lang, Phase, Pole, Stance, TacticFilter};
use crate::journal::{Date, Entry, FollowUp, OathText};
use crate::records::Record;
use crate::session::{Keep, save_locked};

/// Everything a screen may ask for; applied once per frame, after drawing.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Switch screen.
    Go(Screen),
    /// Open a tactic's page.
    ShowTactic(String),
    /// Back from a tactic's page to the grid.
    CloseTactic,
    /// The tactics grid filtered to one pole.
    ShowPole(Pole),
    /// Pick which questionnaire to take.
    SelectQuestionnaire(String),
    /// Record an answer.
    Answer(String, Answer),
    /// Move to another item (clamped).
    MoveTo(usize),
    /// Clear the answers of the current questionnaire.
    Restart,
    /// The questionnaire is done: keep the take in the vault (if any) and show the profile.
    Finish,
    /// Show a stance's reading under the spectrum.
    SelectStance(Stance),
    /// The phase the repertoire is ordered for.
    SetPhase(Option<Phase>),
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
    /// Create the vault with the passphrase in the lock form.
    CreateVault,
    /// Unlock with the passphrase in the lock form.
    Unlock,
    /// Unlock with the recovery code and set the new passphrase.
    Recover,
    /// Lock: drop the identity and every decrypted text.
    Lock,
    /// Save the quick-capture entry without unlocking.
    QuickCapture,
    /// The user wrote the recovery code down.
    DismissRecovery,
    /// Start a new entry.
    NewEntry,
    /// Open an entry in the editor.
    OpenEntry(String),
    /// Leave the editor without saving.
    CloseEntry,
    /// Save the entry in the editor.
    SaveEntry,
    /// Add the follow-up being written to the entry in the editor.
    AddFollowUp,
    /// Open or close the oath editor.
    ToggleOath,
    /// Save the oath text.
    SaveOath,
    /// Resolve a sync conflict.
    ResolveConflict(usize, Keep),
    /// Set a new passphrase (fields of the lock form).
    ChangePassphrase,
    /// Replace the recovery code.
    NewRecoveryCode,
    /// Keep a finished onboarding exercise as a practice entry in the journal; without a vault
    /// yet, it waits in memory and is saved when the vault is created.
    SavePractice(Box<Entry>),
    /// Export the wizard's summary to the chosen file, and keep the receipt.
    Export,
    /// Open the shared summary at the coach tab's path.
    OpenSummary,
    /// Save the coach's feedback, encrypted to the coachee.
    ExportFeedback,
    /// Import a coach's feedback file.
    ImportFeedback,
}

fn split_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

impl App {
    /// Applies every queued command.
    pub fn apply_all(&mut self, ctx: &egui::Context) {
        let commands = std::mem::take(&mut self.commands);
        if commands.is_empty() {
            return;
        }
        for cmd in commands {
            self.apply(cmd, ctx);
        }
        // The frame was drawn before the change: draw the new state now, not on the next input.
        ctx.request_repaint();
    }

    fn say(&mut self, error: bool, text: impl Into<String>) {
        self.notice = Some(Notice {
            error,
            text: text.into(),
        });
    }

    fn apply(&mut self, cmd: Command, ctx: &egui::Context) {
        let now = crate::clock::now();
        match cmd {
            Command::Go(screen) => {
                self.screen = screen;
                self.notice = None;
            }
            Command::ShowTactic(id) => {
                self.tactics.selected = self.content.tactic(&id).map(|t| t.id.clone());
                self.screen = Screen::Tactics;
            }
            Command::CloseTactic => self.tactics.selected = None,
            Command::ShowPole(pole) => {
                self.tactics = TacticsView {
                    filter: TacticFilter {
                        pole: Some(pole),
                        ..TacticFilter::default()
                    },
                    ..TacticsView::default()
                };
                self.screen = Screen::Tactics;
            }
            Command::SelectQuestionnaire(id) => {
                if self.catalogue.get(&id).is_some() {
                    self.active = id;
                }
            }
            Command::Answer(item, answer) => {
                self.quizzes
                    .entry(self.active.clone())
                    .or_default()
                    .answers
                    .insert(item, answer);
            }
            Command::MoveTo(i) => {
                let last = self
                    .questionnaire()
                    .map_or(0, |q| q.items.len().saturating_sub(1));
                self.quizzes.entry(self.active.clone()).or_default().current = i.min(last);
            }
            Command::Restart => {
                self.quizzes.remove(&self.active);
            }
            Command::Finish => {
                self.keep_take(now);
                self.screen = Screen::Profile;
            }
            Command::SelectStance(s) => self.stance = Some(s),
            Command::SetPhase(p) => self.phase = p,
            Command::SetLang(lang) => {
                self.lang = lang;
                self.settings.lang = Some(lang);
            }
            Command::SetTheme(t) => {
                self.settings.theme = t;
                self.apply_look(ctx);
            }
            Command::SetTextScale(s) => {
                self.settings = Settings {
                    text_scale: s,
                    ..self.settings.clone()
                }
                .sanitised();
                self.apply_look(ctx);
            }
            Command::SetAutoLock(m) => {
                self.settings = Settings {
                    auto_lock_minutes: m,
                    ..self.settings.clone()
                }
                .sanitised();
            }
            Command::Reload => {
                self.catalogue = Catalogue::load(Some(&self.dirs.questionnaires()), &self.content);
                if self.catalogue.get(&self.active).is_none() {
                    self.active = self
                        .catalogue
                        .questionnaires
                        .first()
                        .map(|l| l.questionnaire.id.clone())
                        .unwrap_or_default();
                }
            }
            cmd => self.apply_vault(cmd, ctx, now),
        }
    }

    /// Commands that touch the vault or the journal.
    fn apply_vault(&mut self, cmd: Command, ctx: &egui::Context, now: i64) {
        match cmd {
            Command::CreateVault => {
                let pass = self.take_passphrase(ctx);
                self.vault = vault_state::create(ctx, self.dirs.data.clone(), pass);
            }
            Command::Unlock => {
                let pass = self.take_passphrase(ctx);
                if let VaultState::Locked(v) = &self.vault {
                    self.vault = vault_state::unlock(ctx, Arc::clone(v), pass);
                }
            }
            Command::Recover => {
                let code = SecretString::from(std::mem::take(&mut *self.lock_form.code));
                let pass = self.take_passphrase(ctx);
                if let VaultState::Locked(v) = &self.vault {
                    self.vault = vault_state::recover(ctx, Arc::clone(v), code, pass);
                }
            }
            Command::Lock => self.lock(ctx),
            Command::QuickCapture => {
                let Some(vault) = self.vault.vault().cloned() else {
                    return;
                };
                let mut entry =
                    Entry::new(self.lock_form.capture_title.trim(), Date::from_unix(now));
                entry.dilemma = std::mem::take(&mut self.lock_form.capture_text);
                entry.captured_locked = true;
                self.lock_form.capture_title.zeroize();
                match save_locked(&vault, Record::Entry(entry), now) {
                    Ok(_) => self.say(false, self.t(S::Captured)),
                    Err(e) => self.say(true, e.to_string()),
                }
            }
            Command::DismissRecovery => {
                self.lock_form.show_code = None;
                self.lock_form.code_written = false;
            }
            Command::NewEntry => self.edit(None, Entry::new("", Date::from_unix(now))),
            Command::OpenEntry(id) => {
                let found = self
                    .vault
                    .session()
                    .and_then(|s| s.journal.get(&id))
                    .cloned();
                if let Some(entry) = found {
                    self.edit(Some(id), entry);
                }
            }
            Command::CloseEntry => self.journal.wipe_draft(),
            Command::SaveEntry => self.save_entry(now),
            Command::AddFollowUp => {
                let mut f = std::mem::take(&mut self.journal.follow_up);
                f.date = Date::from_unix(now);
                if let Some((_, e)) = &mut self.journal.draft {
                    e.follow_ups.push(f);
                }
            }
            Command::ToggleOath => {
                self.journal.oath_open = !self.journal.oath_open;
                self.journal.oath_draft = self
                    .vault
                    .session()
                    .and_then(|s| s.oath.as_ref())
                    .map(|o| o.body.text.clone())
                    .unwrap_or_default();
            }
            Command::SaveOath => {
                let text = std::mem::take(&mut self.journal.oath_draft);
                let Some(s) = self.vault.session_mut() else {
                    return;
                };
                match s.save_oath(OathText { text }, now) {
                    Ok(()) => {
                        self.journal.oath_open = false;
                        self.say(false, self.t(S::Saved));
                    }
                    Err(e) => self.say(true, e.to_string()),
                }
            }
            Command::ResolveConflict(i, keep) => {
                let Some(s) = self.vault.session_mut() else {
                    return;
                };
                if let Err(e) = s.resolve(i, keep, now) {
                    self.say(true, e.to_string());
                }
            }
            Command::ChangePassphrase => {
                let pass = self.take_passphrase(ctx);
                let Some(s) = self.vault.session() else {
                    return;
                };
                match s.vault().change_passphrase(s.unlocked(), &pass) {
                    Ok(()) => self.say(false, self.t(S::PassphraseChanged)),
                    Err(e) => self.say(true, e.to_string()),
                }
            }
            Command::NewRecoveryCode => {
                let Some(s) = self.vault.session() else {
                    return;
                };
                match s.vault().new_recovery_code(s.unlocked()) {
                    Ok(code) => self.lock_form.show_code = Some(Zeroizing::new(code.to_string())),
                    Err(e) => self.say(true, e.to_string()),
                }
            }
            Command::SavePractice(entry) => self.save_practice(*entry, now),
            cmd @ (Command::Export
            | Command::OpenSummary
            | Command::ExportFeedback
            | Command::ImportFeedback) => {
                self.apply_sharing(cmd, now);
            }
            _ => {}
        }
    }

    /// Keeps a finished exercise: through the session, encrypted while locked, or held in
    /// memory until a vault exists.
    fn save_practice(&mut self, mut entry: Entry, now: i64) {
        entry.practice = true;
        let result = match &mut self.vault {
            VaultState::Open(s) => s.save_entry(None, entry, now).map(|_| ()),
            VaultState::Locked(v) => save_locked(v, Record::Entry(entry), now).map(|_| ()),
            _ => {
                self.pending_practice.push(entry);
                return self.say(false, self.t(S::PracticeWaiting));
            }
        };
        match result {
            Ok(()) => self.say(false, self.t(S::PracticeSaved)),
            Err(e) => self.say(true, e.to_string()),
        }
    }

    /// Sharing with a coach: export, open a summary, send and import feedback.
    fn apply_sharing(&mut self, cmd: Command, now: i64) {
        match cmd {
            Command::Export => self.export(now),
            Command::OpenSummary => {
                let Some(s) = self.vault.session() else {
                    return;
                };
                let path = std::path::PathBuf::from(self.shared.open_path.trim());
                match crate::export::open_summary_file(&path, s.unlocked()) {
                    Ok(opened) => {
                        self.shared.feedback.clear();
                        if self.shared.feedback_path.is_empty() {
                            self.shared.feedback_path =
                                crate::paths::sibling(&path, "feedback.age")
                                    .display()
                                    .to_string();
                        }
                        self.shared.opened = Some(opened);
                    }
                    Err(e) => {
                        self.shared.opened = None;
                        self.say(true, e.to_string());
                    }
                }
            }
            Command::ExportFeedback => {
                let Some(opened) = &self.shared.opened else {
                    return;
                };
                let items: Vec<(String, String)> = self
                    .shared
                    .feedback
                    .iter()
                    .filter(|(_, t)| !t.trim().is_empty())
                    .cloned()
                    .collect();
                let coach = opened.header.coach.clone();
                let path = std::path::PathBuf::from(self.shared.feedback_path.trim());
                let result = crate::export::feedback_file(opened, &coach, items, now)
                    .and_then(|text| crate::export::write_text_file(&path, &text, false));
                match result {
                    Ok(()) => self.say(false, self.t(S::FeedbackSaved)),
                    Err(e) => self.say(true, e.to_string()),
                }
            }
            Command::ImportFeedback => {
                let path = std::path::PathBuf::from(self.shared.import_path.trim());
                let Some(s) = self.vault.session_mut() else {
                    return;
                };
                match crate::export::import_feedback_file(&path, s, now) {
                    Ok(n) => self.say(
                        false,
                        crate::ui::i18n::fill(self.t(S::FeedbackImported), &[&n.to_string()]),
                    ),
                    Err(e) => self.say(true, e.to_string()),
                }
            }
            _ => {}
        }
    }

    fn export(&mut self, now: i64) {
        use super::screens::shared::OutputChoice;
        use crate::export::Output;
        let view = &self.shared;
        let output = match view.output {
            OutputChoice::Encrypted => Output::Encrypted {
                recipient: view.recipient.trim().to_owned(),
            },
            OutputChoice::Markdown => Output::PlainMarkdown,
            OutputChoice::Html => Output::Html,
        };
        let (scope, consent, path, preview) = (
            view.scope.clone(),
            view.consent.clone(),
            view.path.clone(),
            view.preview.clone(),
        );
        let Some(session) = self.vault.session_mut() else {
            return;
        };
        let result = crate::export::prepare_export(
            session,
            &scope,
            &consent,
            &output,
            &self.content,
            self.lang,
            now,
        )
        .and_then(|prepared| {
            if preview.as_deref() != Some(prepared.shared_text.as_str()) {
                return Err(crate::export::ExportError::PreviewChanged);
            }
            // The file first, durably; the receipt only once it is there.
            let file = std::path::Path::new(path.trim());
            crate::export::deliver(session, &prepared, file, false, now)?;
            Ok(prepared.record.sha256)
        });
        match result {
            Ok(sha) => {
                self.shared.done = Some((path, sha));
                // The next export picks a fresh default name instead of this file's.
                self.shared.path.clear();
                self.shared.wipe();
            }
            Err(e) => self.say(true, e.to_string()),
        }
    }

    /// Takes the passphrase out of the form and wipes the fields and their undo history.
    fn take_passphrase(&mut self, ctx: &egui::Context) -> SecretString {
        let pass = SecretString::from(std::mem::take(&mut *self.lock_form.pass));
        self.lock_form.wipe_secrets();
        ctx.data_mut(|d| d.remove_by_type::<egui::text_edit::TextEditState>());
        self.lock_form.error = None;
        pass
    }

    fn edit(&mut self, id: Option<String>, entry: Entry) {
        self.journal.date_text = entry.date.to_string();
        self.journal.stakeholders_text = entry.stakeholders.join(", ");
        self.journal.tags_text = entry.tags.join(", ");
        self.journal.draft = Some((id, entry));
    }

    fn save_entry(&mut self, now: i64) {
        let Some((id, mut entry)) = self.journal.draft.clone() else {
            return;
        };
        let Some(date) = Date::parse(self.journal.date_text.trim()) else {
            return;
        };
        entry.date = date;
        entry.stakeholders = split_list(&self.journal.stakeholders_text);
        entry.tags = split_list(&self.journal.tags_text);
        let Some(s) = self.vault.session_mut() else {
            return;
        };
        match s.save_entry(id.as_deref(), entry.clone(), now) {
            Ok(new_id) => {
                self.journal.draft = Some((Some(new_id), entry));
                self.say(false, self.t(S::Saved));
            }
            Err(e) => self.say(true, e.to_string()),
        }
    }

    /// Keeps the finished questionnaire in the vault: through the session when unlocked, or
    /// encrypted to the vault's public key when locked.
    fn keep_take(&mut self, now: i64) {
        let (Some(q), Some(quiz)) = (self.questionnaire(), self.quiz()) else {
            return;
        };
        if quiz.answers.is_empty() {
            return;
        }
        let take = Take {
            questionnaire: q.id.clone(),
            completed: now,
            answers: quiz.answers.clone(),
            profile: Profile::compute(q, &quiz.answers),
        };
        let result = match &mut self.vault {
            VaultState::Open(s) => s.save_take(take, now),
            VaultState::Locked(v) => save_locked(v, Record::Take(take), now).map(|_| ()),
            _ => return,
        };
        match result {
            Ok(()) => self.say(false, self.t(S::TakeSaved)),
            Err(e) => self.say(true, e.to_string()),
        }
    }

    /// Drops the session (its Drop wipes the decrypted text) and every draft.
    pub fn lock(&mut self, ctx: &egui::Context) {
        self.journal.wipe();
        self.shared.wipe();
        self.onboarding.wipe();
        self.lock_form.wipe_secrets();
        ctx.data_mut(|d| d.remove_by_type::<egui::text_edit::TextEditState>());
        let state = std::mem::replace(&mut self.vault, VaultState::Missing);
        self.vault = match state {
            VaultState::Open(session) => VaultState::Locked(Arc::clone(session.vault())),
            other => other,
        };
    }

    /// Takes the worker's report, if it has one.
    pub fn poll_worker(&mut self) {
        let Some(result) = vault_state::poll(&self.vault) else {
            return;
        };
        let fallback = match &self.vault {
            VaultState::Busy { vault: Some(v), .. } => VaultState::Locked(Arc::clone(v)),
            _ => VaultState::detect(&self.dirs),
        };
        match result {
            Ok(Outcome::Opened(Ok(session))) => self.vault = VaultState::Open(Box::new(session)),
            Ok(Outcome::Created(Ok((mut session, code)))) => {
                self.lock_form.show_code = Some(Zeroizing::new(code.to_string()));
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
    pub fn auto_lock(&mut self, ctx: &egui::Context) {
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

impl super::screens::journal::JournalView {
    /// Wipes the editor's draft only.
    pub fn wipe_draft(&mut self) {
        if let Some((_, e)) = &mut self.draft {
            e.zeroize();
        }
        self.draft = None;
        self.follow_up = FollowUp::default();
    }
}
