//! Drafts found at unlock: restore one into its screen (unsaved, so the guard protects it),
//! discard one after the user confirmed, or decide later (they are offered again at the next
//! unlock).

use crate::journal::{Date, Entry};
use crate::session::DraftBody;
use crate::ui::app::App;
use crate::ui::i18n::S;
use crate::ui::nav::Screen;
use crate::ui::quiz::Quiz;
use crate::ui::screens::onboarding::{CaseWork, Part};

use super::NavCmd;

/// Commands of the drafts dialog.
#[must_use]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftCmd {
    /// Open the draft with this id in its screen.
    Restore(String),
    /// The user pressed "discard": ask first.
    AskDiscard(String),
    /// Discard the draft with this id; sent only after the user confirmed.
    Discard(String),
    /// Keep the draft after all (the question closes).
    KeepIt,
    /// Close the dialog; the drafts stay on disk and are offered at the next unlock.
    Later,
}

impl App {
    pub(super) fn apply_drafts(&mut self, cmd: DraftCmd, ctx: &egui::Context) {
        match cmd {
            DraftCmd::Restore(id) => self.restore_draft(&id, ctx.input(|i| i.time)),
            DraftCmd::AskDiscard(id) => self.autosave.confirm = Some(id),
            DraftCmd::Discard(id) => {
                self.autosave.confirm = None;
                self.autosave.offers.retain(|(d, _)| d.id != id);
                self.remove_offered(id);
                self.say(false, self.t(S::DraftDiscarded));
            }
            DraftCmd::KeepIt => self.autosave.confirm = None,
            DraftCmd::Later => {
                self.autosave.confirm = None;
                self.autosave.offers.clear();
            }
        }
    }

    /// Puts a draft back where it was made; its slot keeps the file, so saving or discarding
    /// the work removes it.
    fn restore_draft(&mut self, id: &str, clock: f64) {
        let Some(pos) = self.autosave.offers.iter().position(|(d, _)| d.id == id) else {
            return;
        };
        // An entry with unsaved changes stays open: the other entry's draft waits. So does a
        // second share draft while the wizard is part way.
        let busy = match self.autosave.offers[pos].0.body {
            DraftBody::Entry(_) => self.journal.unsaved(),
            DraftBody::Share(_) => self.shared.in_progress(),
            DraftBody::Answers(_) | DraftBody::Exercise(_) => false,
        };
        if busy {
            return;
        }
        let (draft, _) = self.autosave.offers.remove(pos);
        self.autosave.confirm = None;
        match &draft.body {
            DraftBody::Entry(e) => {
                // The saved record, if it still exists, is what "unsaved" compares with.
                let saved = e.record.as_ref().and_then(|r| {
                    let s = self.vault.session()?;
                    s.journal.get(r).cloned().map(|entry| (r.clone(), entry))
                });
                match saved {
                    Some((record, entry)) => self.journal.edit(Some(record), entry),
                    None => self
                        .journal
                        .edit(None, Entry::new("", Date::from_unix(draft.written))),
                }
                if let Some((_, open)) = &mut self.journal.draft {
                    *open = e.entry.clone();
                }
                self.journal.date_text = e.date.clone();
                self.journal.stakeholders_text = e.stakeholders.clone();
                self.journal.tags_text = e.tags.clone();
                self.journal.follow_up = e.follow_up.clone();
                self.apply_nav(NavCmd::Go(Screen::Journal));
            }
            DraftBody::Answers(a) => {
                let quiz = Quiz {
                    current: a.current,
                    answers: a.answers.clone(),
                    kept: false,
                    finished: false,
                };
                self.quiz.quizzes.insert(a.questionnaire.clone(), quiz);
                if self.catalogue.get(&a.questionnaire).is_some() {
                    self.quiz.active = a.questionnaire.clone();
                }
                self.apply_nav(NavCmd::Go(Screen::Questionnaire));
            }
            DraftBody::Exercise(x) => {
                let work = CaseWork {
                    picked: x.picked.clone(),
                    why: x.why.clone(),
                    revealed: x.revealed,
                    finished: false,
                };
                self.onboarding.work.insert(x.case.clone(), work);
                self.onboarding.part = Part::Cases;
                if let Some(i) = self.content.cases().iter().position(|c| c.id == x.case) {
                    self.onboarding.case = i;
                }
                self.apply_nav(NavCmd::Go(Screen::Onboarding));
            }
            DraftBody::Share(s) => {
                // Entries deleted since the draft was written are dropped, with a note.
                let session = self.vault.session();
                let exists = |id: &str| session.is_some_and(|s| s.journal.get(id).is_some());
                self.shared.restore(s, exists);
                self.apply_nav(NavCmd::Go(Screen::Shared));
            }
        }
        self.draft_restored(draft.id.clone(), &draft.body, clock);
        // Restored work is not saved; a restored wizard has shared nothing yet.
        let said = match draft.body {
            DraftBody::Share(_) => S::DraftRestoredShare,
            DraftBody::Entry(_) | DraftBody::Answers(_) | DraftBody::Exercise(_) => {
                S::DraftRestored
            }
        };
        self.say(false, self.t(said));
    }
}
