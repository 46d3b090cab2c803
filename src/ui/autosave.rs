//! Autosave: while the vault is unlocked, unsaved work (the entry in the editor with its
//! follow-up, questionnaire answers not kept yet, a practice case in progress, the share wizard
//! part way) is written as
//! an encrypted, sealed draft [`QUIET_SECS`] after its last change, through the worker, never
//! in a frame. A draft is removed once its work is saved or discarded, and written at once
//! before the vault locks.
//! Drafts found at the next unlock are offered back (`drafts_offer.rs`).

use std::collections::BTreeMap;

use super::app::App;
use super::errors::Explain;
use super::i18n::{S, fill};
use super::worker::Job;
use crate::session::{AnswersDraft, DraftBody, EntryDraft, ExerciseDraft, StoredDraft};
use crate::vault::{DraftWriter, VaultError};

/// Seconds of quiet after the last change before a draft is written.
pub const QUIET_SECS: f64 = 3.0;

/// What autosave knows: the writer while unlocked, one slot per piece of work, and the drafts
/// found at unlock waiting for the user's choice.
#[derive(Default)]
pub struct Autosave {
    /// The session this autosave started with is open (reset when the vault locks).
    started: bool,
    writer: Option<DraftWriter>,
    /// One slot per piece of work, by [`DraftBody::slot`].
    slots: BTreeMap<String, Slot>,
    /// Drafts found at unlock, with whether their saved record is newer.
    pub(super) offers: Vec<(StoredDraft, bool)>,
    /// The offered draft whose "discard" was pressed: the question shows first.
    pub(super) confirm: Option<String>,
    /// The user chose "Save and quit": unfinished work stays as drafts instead of going.
    keep_at_exit: bool,
    /// egui's clock at the last frame.
    clock: f64,
}

/// One piece of work and its draft file.
#[derive(Default)]
pub(super) struct Slot {
    /// The draft's id, once it is written (or being written).
    id: Option<String>,
    /// The fingerprint of the work last frame, and when it last changed (egui's clock).
    seen: u64,
    changed_at: f64,
    /// The fingerprint on disk or on its way there (0: none).
    written: u64,
}

/// What a slot needs now.
enum Step {
    Write(String),
    Remove(String),
    Wait(f64),
    Nothing,
}

impl Slot {
    /// A slot for a draft restored from disk, which holds `body` already.
    pub(super) fn restored(id: String, body: &DraftBody, now: f64) -> Self {
        let fp = body.fingerprint();
        Slot {
            id: Some(id),
            seen: fp,
            changed_at: now,
            written: fp,
        }
    }

    fn step(&mut self, body: Option<&DraftBody>, now: f64, force: bool) -> Step {
        let Some(body) = body else {
            return match self.id.take() {
                Some(id) => {
                    *self = Slot::default();
                    Step::Remove(id)
                }
                None => Step::Nothing,
            };
        };
        let fp = body.fingerprint();
        if fp != self.seen {
            self.seen = fp;
            self.changed_at = now;
        }
        let quiet = now - self.changed_at;
        if fp == self.written {
            Step::Nothing
        } else if force || quiet >= QUIET_SECS {
            self.written = fp;
            let id = self.id.get_or_insert_with(crate::vault::new_id).clone();
            Step::Write(id)
        } else {
            Step::Wait(QUIET_SECS - quiet)
        }
    }
}

impl App {
    /// A session was opened: drafts can be written from now on, and those found are offered.
    fn drafts_opened(&mut self) {
        let Some(session) = self.vault.session_mut() else {
            return;
        };
        self.autosave.started = true;
        let found = session.take_drafts();
        let mut offers = Vec::new();
        let mut adopted = Vec::new();
        for draft in found {
            // Answers still in memory (the vault locked while they waited) are at least as new
            // as their draft: the draft is taken over, not offered.
            if let DraftBody::Answers(a) = &draft.body
                && self
                    .quiz
                    .quizzes
                    .get(&a.questionnaire)
                    .is_some_and(|q| !q.kept && !q.answers.is_empty())
            {
                adopted.push((draft.body.slot(), draft.id.clone()));
                continue;
            }
            let older = session.draft_is_older(&draft);
            offers.push((draft, older));
        }
        self.autosave.writer = session.draft_writer().ok();
        self.autosave.offers = offers;
        self.autosave.confirm = None;
        for (key, id) in adopted {
            let slot = Slot {
                id: Some(id),
                ..Slot::default()
            };
            self.autosave.slots.insert(key, slot);
        }
    }

    /// Whether unfinished work can be kept as drafts now (the vault is open).
    pub(super) fn drafts_can_be_kept(&self) -> bool {
        self.autosave.writer.is_some()
    }

    /// The user chose "Save and quit": what is still unfinished (answers, an exercise, an
    /// incomplete entry, a share in progress) is kept as drafts when the app closes.
    pub(super) fn keep_drafts_at_exit(&mut self) {
        self.autosave.keep_at_exit = true;
    }

    /// The app closes because the user chose to quit. After "Save and quit" every piece of
    /// unfinished work is written as a draft now, for the next unlock to offer; otherwise
    /// whatever was unsaved was saved or discarded through the guard, so this run's drafts go.
    /// Waits up to five seconds for the worker.
    pub(super) fn drafts_on_exit(&mut self) {
        if self.autosave.keep_at_exit {
            self.keep_drafts(self.autosave.clock, true);
        } else if let Some(writer) = self.autosave.writer.clone() {
            let slots = self.autosave.slots.values_mut();
            let ids: Vec<String> = slots.filter_map(|s| s.id.take()).collect();
            for id in ids {
                self.worker.submit(Job::RemoveDraft(writer.clone(), id));
            }
        }
        self.autosave = Autosave::default();
        if self.worker.keeping_drafts() {
            // What they report no longer matters: the window is gone.
            drop(self.worker.finish_drafts(std::time::Duration::from_secs(5)));
        }
    }

    /// Once a frame: writes the drafts that are due, removes those whose work is gone.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        if !self.autosave.started {
            self.drafts_opened();
        }
        let now = ctx.input(|i| i.time);
        self.autosave.clock = now;
        if let Some(wait) = self.keep_drafts(now, false) {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait.max(0.05)));
        }
    }

    /// Before the vault locks: every draft that is behind is queued now (each job carries its
    /// own copy of the seal key, so it is written after the session is gone), then autosave
    /// stops until the next unlock.
    pub(super) fn flush_drafts(&mut self, now: f64) {
        self.keep_drafts(now, true);
        self.autosave = Autosave::default();
    }

    /// Steps every slot; returns how long until the next draft is due, if one is waiting.
    fn keep_drafts(&mut self, now: f64, force: bool) -> Option<f64> {
        let writer = self.autosave.writer.clone()?;
        let mut due: Option<f64> = None;
        let mut jobs = Vec::new();
        let mut work: BTreeMap<String, DraftBody> = self
            .entry_draft()
            .into_iter()
            .chain(self.answers_drafts())
            .chain(self.exercise_drafts())
            .chain(self.shared.draft().map(DraftBody::Share))
            .map(|body| (body.slot(), body))
            .collect();
        let keys: std::collections::BTreeSet<String> = work
            .keys()
            .chain(self.autosave.slots.keys())
            .cloned()
            .collect();
        for key in keys {
            let body = work.remove(&key);
            let slot = self.autosave.slots.entry(key.clone()).or_default();
            let step = slot.step(body.as_ref(), now, force);
            if body.is_none() {
                self.autosave.slots.remove(&key);
            }
            jobs.push((step, body));
        }
        let stamp = crate::clock::now();
        for (step, body) in jobs {
            match (step, body) {
                (Step::Write(id), Some(body)) => self.worker.submit(Job::WriteDraft {
                    writer: writer.clone(),
                    id,
                    body: Box::new(body),
                    now: stamp,
                }),
                (Step::Remove(id), _) => self.worker.submit(Job::RemoveDraft(writer.clone(), id)),
                (Step::Wait(w), _) => due = Some(due.map_or(w, |d| d.min(w))),
                (Step::Write(..) | Step::Nothing, _) => {}
            }
        }
        due
    }

    /// The editor's unsaved work, if any.
    fn entry_draft(&self) -> Option<DraftBody> {
        if !self.journal.unsaved() {
            return None;
        }
        let (record, entry) = self.journal.draft.as_ref()?;
        Some(DraftBody::Entry(Box::new(EntryDraft {
            record: record.clone(),
            entry: entry.clone(),
            date: self.journal.date_text.clone(),
            stakeholders: self.journal.stakeholders_text.clone(),
            tags: self.journal.tags_text.clone(),
            follow_up: self.journal.follow_up.clone(),
        })))
    }

    /// Answers not kept as a take, per questionnaire.
    fn answers_drafts(&self) -> Vec<DraftBody> {
        self.quiz
            .quizzes
            .iter()
            .filter(|(_, q)| !q.kept && !q.answers.is_empty())
            .map(|(id, q)| {
                DraftBody::Answers(AnswersDraft {
                    questionnaire: id.clone(),
                    current: q.current,
                    answers: q.answers.clone(),
                })
            })
            .collect()
    }

    /// Practice cases worked on and not kept yet (what the guard counts as unsaved).
    fn exercise_drafts(&self) -> Vec<DraftBody> {
        self.onboarding
            .work
            .iter()
            .filter(|(_, w)| !w.finished && (!w.why.trim().is_empty() || !w.picked.is_empty()))
            .map(|(case, w)| {
                DraftBody::Exercise(ExerciseDraft {
                    case: case.clone(),
                    picked: w.picked.clone(),
                    why: w.why.clone(),
                    revealed: w.revealed,
                })
            })
            .collect()
    }

    /// A restored draft: its slot knows its file, so saving or discarding removes it.
    pub(super) fn draft_restored(&mut self, id: String, body: &DraftBody, now: f64) {
        let slot = Slot::restored(id, body, now);
        self.autosave.slots.insert(body.slot(), slot);
    }

    /// Removes an offered draft the user chose to discard.
    pub(super) fn remove_offered(&mut self, id: String) {
        if let Some(writer) = self.autosave.writer.clone() {
            self.worker.submit(Job::RemoveDraft(writer, id));
        }
    }

    /// A draft job's report: a failure is told (a draft that is not written protects nothing).
    pub(super) fn draft_result(&mut self, result: Result<(), VaultError>) {
        if let Err(e) = result {
            let text = fill(self.t(S::DraftNotKept), &[&e.explain(self.lang)]);
            self.notice = Some(super::app::Notice {
                error: true,
                caution: false,
                text,
            });
        }
    }
}
