//! Taking a questionnaire: answers, moving between items, starting over, finishing.

use crate::assessment::{Answer, Profile, Take};
use crate::records::Record;
use crate::session::save_locked;
use crate::ui::app::App;
use crate::ui::errors::Explain;
use crate::ui::i18n::S;
use crate::ui::nav::Screen;
use crate::ui::vault_state::VaultState;

/// Questionnaire commands.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum QuizCmd {
    /// Pick which questionnaire to take.
    Select(String),
    /// Record an answer to the item with this id.
    Answer(String, Answer),
    /// Move to another item (clamped).
    MoveTo(usize),
    /// Clear the answers of the current questionnaire.
    Restart,
    /// The questionnaire is done: keep the take in the vault (if any) and show the profile.
    Finish,
}

impl App {
    pub(super) fn apply_quiz(&mut self, cmd: QuizCmd, now: i64) {
        match cmd {
            QuizCmd::Select(id) => {
                if self.catalogue.get(&id).is_some() {
                    self.quiz.active = id;
                }
            }
            QuizCmd::Answer(item, answer) => {
                let quiz = self.quiz.current_mut();
                quiz.answers.insert(item, answer);
                quiz.kept = false;
            }
            QuizCmd::MoveTo(i) => {
                let last = self
                    .quiz
                    .questionnaire(&self.catalogue)
                    .map_or(0, |q| q.items.len().saturating_sub(1));
                self.quiz.current_mut().current = i.min(last);
            }
            QuizCmd::Restart => {
                let active = self.quiz.active.clone();
                self.quiz.quizzes.remove(&active);
            }
            QuizCmd::Finish => {
                self.keep_take(now);
                self.screen = Screen::Profile;
            }
        }
    }

    /// Keeps the finished questionnaire in the vault: through the session when unlocked, or
    /// encrypted to the vault's public key when locked.
    fn keep_take(&mut self, now: i64) {
        let (Some(q), Some(quiz)) = (
            self.quiz.questionnaire(&self.catalogue),
            self.quiz.current(),
        ) else {
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
        // Finished, kept or not: a vault made later in this run keeps it (see `outcome.rs`).
        self.quiz.current_mut().finished = true;
        let result = match &mut self.vault {
            VaultState::Open(s) => s.save_take(take, now),
            VaultState::Locked(v) => save_locked(v, Record::Take(take), now).map(|_| ()),
            VaultState::Missing | VaultState::Busy { .. } | VaultState::Unavailable(_) => {
                return self.say_caution(self.t(S::TakeWaiting));
            }
        };
        match result {
            Ok(()) => {
                self.quiz.current_mut().kept = true;
                self.say(false, self.t(S::TakeSaved));
            }
            Err(e) => self.say(true, e.explain(self.lang)),
        }
    }

    /// Shows a passing message.
    pub(super) fn say(&mut self, error: bool, text: impl Into<String>) {
        self.notice = Some(crate::ui::app::Notice {
            error,
            caution: false,
            text: text.into(),
        });
    }

    /// Shows a message that asks for care (something is not kept yet), in the caution colour.
    pub(super) fn say_caution(&mut self, text: impl Into<String>) {
        self.notice = Some(crate::ui::app::Notice {
            error: false,
            caution: true,
            text: text.into(),
        });
    }
}
