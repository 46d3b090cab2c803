//! The guard: leaving an entry, the journal screen or the app with unsaved work asks first
//! (Save, Discard, Cancel). The commands that leave check `App::unsaved_work`; this area
//! answers the question.

use crate::journal::Entry;
use crate::ui::app::App;
use crate::ui::nav::Screen;

use super::{JournalCmd, NavCmd};

/// Where the user was going when unsaved work stopped them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leave {
    /// Another screen.
    Screen(Screen),
    /// Back to the list of dilemmas.
    List,
    /// Out of the app (Ctrl+Q or the window's close button).
    Quit,
}

/// Work that would be lost, as the guard lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unsaved {
    /// The open entry has changes (its title).
    Entry(String),
    /// Answers in a questionnaire that are not kept in the vault (how many).
    Answers(usize),
    /// A practice case being worked on (its title).
    Exercise(String),
    /// Kept exercises waiting in memory for a vault (how many).
    WaitingExercises(usize),
    /// The sharing wizard is part way.
    Sharing,
}

/// The guard's commands.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum GuardCmd {
    /// Leave the app: asks first when work would be lost.
    Quit,
    /// Save what can be saved, then go on: the open entry when it is complete, and, when
    /// quitting with the vault open, the rest of the unfinished work as encrypted drafts that
    /// the next unlock offers back.
    Save {
        /// The open entry to save: its record id (for an entry saved before) and the entry as
        /// edited.
        entry: Option<(Option<String>, Box<Entry>)>,
    },
    /// Drop the unsaved work, then go on.
    Discard,
    /// Stay where you are.
    Cancel,
}

impl App {
    pub(super) fn apply_guard(&mut self, cmd: GuardCmd, ctx: &egui::Context, now: i64) {
        match cmd {
            GuardCmd::Quit => {
                if self.unsaved_work().is_empty() {
                    self.quit(ctx);
                } else {
                    self.guard = Some(Leave::Quit);
                }
            }
            GuardCmd::Save { entry } => {
                let Some(leave) = self.guard.take() else {
                    return;
                };
                if let Some((id, entry)) = entry {
                    self.apply_journal(JournalCmd::SaveEntry { id, entry }, now);
                    // A failed save stays put, its reason beside the Save button.
                    if self.journal.save_error.is_some() {
                        return;
                    }
                }
                if leave == Leave::Quit {
                    // What could not be saved as a record stays as a draft for the next unlock.
                    self.keep_drafts_at_exit();
                }
                self.go_on(leave, ctx);
            }
            GuardCmd::Discard => {
                if let Some(leave) = self.guard.take() {
                    self.journal.wipe_draft();
                    self.go_on(leave, ctx);
                }
            }
            GuardCmd::Cancel => self.guard = None,
        }
    }

    /// Leaving the editor with unsaved changes: ask first. Returns whether the guard stopped it.
    pub(super) fn stopped_by_guard(&mut self, leave: Leave) -> bool {
        let leaving_editor = match leave {
            Leave::Screen(s) => self.screen == Screen::Journal && s != Screen::Journal,
            Leave::List => true,
            Leave::Quit => false,
        };
        if leaving_editor && self.journal.unsaved() {
            self.guard = Some(leave);
            return true;
        }
        false
    }

    fn go_on(&mut self, leave: Leave, ctx: &egui::Context) {
        match leave {
            Leave::Screen(s) => self.apply_nav(NavCmd::Go(s)),
            Leave::List => self.journal.wipe_draft(),
            Leave::Quit => self.quit(ctx),
        }
    }

    /// Closes the window; the close request that follows is not asked about again.
    fn quit(&mut self, ctx: &egui::Context) {
        self.quitting = true;
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }

    /// Everything that quitting now would lose.
    pub(in crate::ui) fn unsaved_work(&self) -> Vec<Unsaved> {
        let mut work = Vec::new();
        if self.journal.unsaved() {
            let title = self.journal.draft_title().unwrap_or_default();
            work.push(Unsaved::Entry(title.to_owned()));
        }
        let answers: usize = self
            .quiz
            .quizzes
            .values()
            .filter(|q| !q.kept)
            .map(|q| q.answers.len())
            .sum();
        if answers > 0 {
            work.push(Unsaved::Answers(answers));
        }
        for (id, w) in &self.onboarding.work {
            if !w.finished && (!w.why.trim().is_empty() || !w.picked.is_empty()) {
                let title = self
                    .content
                    .cases()
                    .iter()
                    .find(|c| &c.id == id)
                    .map_or(id.clone(), |c| c.title.get(self.lang).to_owned());
                work.push(Unsaved::Exercise(title));
            }
        }
        if !self.pending_practice.is_empty() {
            work.push(Unsaved::WaitingExercises(self.pending_practice.len()));
        }
        if self.shared.in_progress() {
            work.push(Unsaved::Sharing);
        }
        work
    }
}
