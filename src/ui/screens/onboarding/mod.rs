//! The path for new hires: a short tour of the report's ideas, then its three practice cases
//! as exercises that can be kept in the journal.

mod cases;
mod tour;

use std::collections::BTreeMap;

use egui::{RichText, Ui};

use super::header;
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::S;
use crate::ui::theme;

/// Which half of the path is on show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Part {
    /// The pages of the tour.
    #[default]
    Tour,
    /// The practice cases.
    Cases,
}

/// The work on one practice case.
#[derive(Debug, Clone, Default)]
pub struct CaseWork {
    /// Picked tactic ids, in the order picked.
    pub picked: Vec<String>,
    /// Why the user would use them.
    pub why: String,
    /// Whether the perspectives are shown.
    pub revealed: bool,
    /// Kept as a practice entry.
    pub finished: bool,
}

/// Where the new hire is on the path.
#[derive(Debug, Clone, Default)]
pub struct OnboardingState {
    /// Tour or cases.
    pub part: Part,
    /// The tour page on show (0-based).
    pub page: usize,
    /// The case on show (index into `Content::cases`).
    pub case: usize,
    /// The work per case id.
    pub work: BTreeMap<String, CaseWork>,
    /// Scroll back to the top on the next frame (after moving to another case).
    pub scroll_top: bool,
}

impl OnboardingState {
    /// Wipes what the user wrote (the why of each case) once the vault locks; which cases are
    /// finished stays, as that is not personal text.
    pub fn wipe(&mut self) {
        for w in self.work.values_mut() {
            zeroize::Zeroize::zeroize(&mut w.why);
            if !w.finished {
                w.picked.clear();
                w.revealed = false;
            }
        }
    }

    /// Whether the case with this id has been kept as an exercise.
    pub fn finished(&self, case_id: &str) -> bool {
        self.work.get(case_id).is_some_and(|w| w.finished)
    }
}

/// Draws the screen.
pub fn ui(view: &mut OnboardingState, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    header(ui, cx.t(S::NavOnboarding), None);
    let part = view.part;
    ui.horizontal_wrapped(|ui| {
        for (p, key) in [(Part::Tour, S::OnbTour), (Part::Cases, S::OnbCases)] {
            let text = RichText::new(cx.t(key)).size(theme::TEXT_LEAD);
            if ui.selectable_label(part == p, text).clicked() {
                view.part = p;
            }
        }
    });
    ui.separator();
    match part {
        Part::Tour => tour::ui(view, cx, out, ui),
        Part::Cases => cases::ui(view, cx, out, ui),
    }
}
