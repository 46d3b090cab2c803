//! The journal: capture while locked, keep or discard those captures after unlocking, open,
//! save and close entries, the oath, sync conflicts, practice entries from the onboarding cases.

use zeroize::Zeroize;

use crate::journal::{Entry, OathText};
use crate::records::Record;
use crate::session::{Keep, save_locked};
use crate::ui::app::App;
use crate::ui::errors::Explain;
use crate::ui::i18n::{S, plural};
use crate::ui::vault_state::VaultState;

/// Journal commands.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum JournalCmd {
    /// Save a dilemma captured without unlocking.
    QuickCapture {
        /// Its title.
        title: String,
        /// Its text.
        text: String,
    },
    /// Start a new entry.
    NewEntry,
    /// Start a new entry with this tactic linked (from a tactic's page); while the vault is
    /// locked, it opens right after the unlock.
    StartWithTactic(String),
    /// Open an entry in the editor.
    OpenEntry(String),
    /// Leave the editor without saving.
    CloseEntry,
    /// Save this entry (a new one when `id` is `None`).
    SaveEntry {
        /// The record id, for an entry saved before.
        id: Option<String>,
        /// The entry as edited.
        entry: Box<Entry>,
    },
    /// Save the user's oath text.
    SaveOath(String),
    /// Keep the capture with this id (made while locked): seal it into the journal.
    Adopt(String),
    /// Keep every capture waiting.
    AdoptAll,
    /// Discard the capture with this id; sent only after the user confirmed.
    Discard(String),
    /// Resolve the sync conflict at this index.
    ResolveConflict(usize, Keep),
    /// Keep a finished onboarding exercise as a practice entry in the journal; without a vault
    /// yet, it waits in memory and is saved when the vault is created.
    SavePractice(Box<Entry>),
}

impl App {
    pub(super) fn apply_journal(&mut self, cmd: JournalCmd, now: i64) {
        match cmd {
            JournalCmd::QuickCapture { title, text } => {
                let Some(vault) = self.vault.vault().cloned() else {
                    return;
                };
                let mut entry = Entry::new(title.trim(), self.zone.date(now));
                entry.dilemma = text;
                entry.captured_locked = true;
                match save_locked(&vault, Record::Entry(entry), now) {
                    Ok(_) => {
                        self.lock_form.wipe_capture();
                        self.say(false, self.t(S::Captured));
                    }
                    Err(e) => self.lock_form.capture_error = Some(e),
                }
            }
            JournalCmd::NewEntry => self.journal.edit(None, Entry::new("", self.zone.date(now))),
            JournalCmd::StartWithTactic(id) => self.start_with_tactic(id, now),
            JournalCmd::OpenEntry(id) => {
                let found = self
                    .vault
                    .session()
                    .and_then(|s| s.journal.get(&id))
                    .cloned();
                if let Some(entry) = found {
                    self.journal.edit(Some(id), entry);
                }
            }
            JournalCmd::CloseEntry => {
                if !self.stopped_by_guard(super::Leave::List) {
                    self.journal.wipe_draft();
                }
            }
            JournalCmd::SaveEntry { id, entry } => {
                let Some(s) = self.vault.session_mut() else {
                    return;
                };
                match s.save_entry(id.as_deref(), (*entry).clone(), now) {
                    Ok(new_id) => {
                        self.journal.saved(new_id, *entry);
                        self.say(false, self.t(S::Saved));
                    }
                    Err(e) => self.journal.save_error = Some(e),
                }
            }
            JournalCmd::SaveOath(mut text) => {
                let Some(s) = self.vault.session_mut() else {
                    text.zeroize();
                    return;
                };
                match s.save_oath(OathText { text }, now) {
                    Ok(()) => {
                        self.journal.close_oath();
                        self.say(false, self.t(S::Saved));
                    }
                    Err(e) => self.journal.oath_error = Some(e),
                }
            }
            JournalCmd::ResolveConflict(i, keep) => {
                let Some(s) = self.vault.session_mut() else {
                    return;
                };
                if let Err(e) = s.resolve(i, keep, now) {
                    self.say(true, e.explain(self.lang));
                }
            }
            JournalCmd::Adopt(id) => {
                let Some(s) = self.vault.session_mut() else {
                    return;
                };
                match s.adopt(&id, now) {
                    Ok(_) => self.say(false, self.t(S::CaptureKept)),
                    Err(e) => self.say(true, e.explain(self.lang)),
                }
            }
            JournalCmd::AdoptAll => {
                let Some(s) = self.vault.session_mut() else {
                    return;
                };
                match s.adopt_all(now) {
                    Ok(ids) => {
                        let text = plural(self.lang, ids.len(), S::CaptureKept, S::CapturesKept);
                        self.say(false, text);
                    }
                    Err(e) => self.say(true, e.explain(self.lang)),
                }
            }
            JournalCmd::Discard(id) => {
                self.journal.discard_asked = None;
                let Some(s) = self.vault.session_mut() else {
                    return;
                };
                match s.reject(&id) {
                    Ok(()) => self.say(false, self.t(S::CaptureDiscarded)),
                    Err(e) => self.say(true, e.explain(self.lang)),
                }
            }
            JournalCmd::SavePractice(entry) => self.save_practice(*entry, now),
        }
    }

    /// A new entry with `tactic` linked, on the journal screen. Work open in the editor is not
    /// replaced; without an open vault the entry waits for the unlock.
    fn start_with_tactic(&mut self, tactic: String, now: i64) {
        self.screen = crate::ui::nav::Screen::Journal;
        if self.journal.unsaved() {
            return self.say_caution(self.t(S::TacticEntryBusy));
        }
        self.notice = None;
        if self.vault.session().is_some() {
            self.new_entry_with_tactic(tactic, now);
        } else {
            self.after_unlock = Some(tactic);
            self.say_caution(self.t(S::TacticAfterUnlock));
        }
    }

    /// Opens a new entry in the editor with `tactic` ticked.
    pub(super) fn new_entry_with_tactic(&mut self, tactic: String, now: i64) {
        let mut entry = Entry::new("", self.zone.date(now));
        entry.tactics.push(tactic);
        self.journal.edit(None, entry);
    }

    /// Keeps a finished exercise: through the session, encrypted while locked, or held in
    /// memory until a vault exists.
    fn save_practice(&mut self, mut entry: Entry, now: i64) {
        entry.practice = true;
        let result = match &mut self.vault {
            VaultState::Open(s) => s.save_entry(None, entry, now).map(|_| S::PracticeSaved),
            // Into the inbox: it is in the journal only once the user keeps it.
            VaultState::Locked(v) => {
                save_locked(v, Record::Entry(entry), now).map(|_| S::PracticeCaptured)
            }
            VaultState::Missing | VaultState::Busy { .. } | VaultState::Unavailable(_) => {
                self.pending_practice.push(entry);
                return self.say_caution(self.t(S::PracticeWaiting));
            }
        };
        match result {
            Ok(said) => self.say(false, self.t(said)),
            Err(e) => self.say(true, e.explain(self.lang)),
        }
    }
}
