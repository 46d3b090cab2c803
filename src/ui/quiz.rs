//! Progress through the questionnaires: which one is being taken and the answers per
//! questionnaire, kept while the user moves around the app.

use std::collections::HashMap;

use crate::assessment::{Answers, Catalogue, Profile, Questionnaire, Take};
use crate::session::Session;

/// Progress through one questionnaire.
#[derive(Debug, Clone, Default)]
pub struct Quiz {
    /// The item on screen.
    pub current: usize,
    /// The answers so far.
    pub answers: Answers,
    /// The answers as they are now are kept in the vault (as a take).
    pub kept: bool,
    /// The user pressed Finish on these answers.
    pub finished: bool,
}

/// The questionnaire being taken and the progress in each.
#[derive(Debug, Clone, Default)]
pub struct QuizState {
    /// The questionnaire being taken (by id).
    pub active: String,
    /// Progress per questionnaire id.
    pub quizzes: HashMap<String, Quiz>,
}

impl QuizState {
    /// Starts on the catalogue's first questionnaire.
    pub fn new(catalogue: &Catalogue) -> Self {
        Self {
            active: first_id(catalogue),
            quizzes: HashMap::new(),
        }
    }

    /// The questionnaire being taken.
    pub fn questionnaire<'a>(&self, catalogue: &'a Catalogue) -> Option<&'a Questionnaire> {
        catalogue.get(&self.active).map(|l| &l.questionnaire)
    }

    /// Progress in the active questionnaire.
    pub fn current(&self) -> Option<&Quiz> {
        self.quizzes.get(&self.active)
    }

    /// Progress in the active questionnaire, created when missing.
    pub fn current_mut(&mut self) -> &mut Quiz {
        self.quizzes.entry(self.active.clone()).or_default()
    }

    /// The profile from the active answers, once there are any; otherwise the latest take
    /// kept in the unlocked session.
    pub fn profile(&self, catalogue: &Catalogue, session: Option<&Session>) -> Option<Profile> {
        let current = self
            .questionnaire(catalogue)
            .zip(self.current().filter(|z| !z.answers.is_empty()));
        match current {
            Some((q, quiz)) => Some(Profile::compute(q, &quiz.answers)),
            None => session?.takes.last().map(|t| t.body.profile.clone()),
        }
    }

    /// The finished takes no vault holds yet, ready to keep; marks them kept.
    pub fn takes_to_keep(&mut self, catalogue: &Catalogue, now: i64) -> Vec<Take> {
        let mut takes = Vec::new();
        for (id, quiz) in &mut self.quizzes {
            let Some(q) = catalogue.get(id).map(|l| &l.questionnaire) else {
                continue;
            };
            if quiz.finished && !quiz.kept && !quiz.answers.is_empty() {
                takes.push(Take {
                    questionnaire: q.id.clone(),
                    completed: now,
                    answers: quiz.answers.clone(),
                    profile: Profile::compute(q, &quiz.answers),
                });
                quiz.kept = true;
            }
        }
        takes
    }

    /// After the catalogue was read again: keep the active questionnaire if it is still there.
    pub fn reconcile(&mut self, catalogue: &Catalogue) {
        if catalogue.get(&self.active).is_none() {
            self.active = first_id(catalogue);
        }
    }
}

fn first_id(catalogue: &Catalogue) -> String {
    catalogue
        .questionnaires
        .first()
        .map(|l| l.questionnaire.id.clone())
        .unwrap_or_default()
}
