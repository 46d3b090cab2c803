//! The share wizard as a draft: taken from the view while it is part way (the autosave seals
//! it), and put back after a crash. Consent is never carried over, and entries deleted
//! meanwhile are dropped with a note.

use egui::{RichText, Ui};
use zeroize::Zeroize;

use super::{OutputChoice, SharedView, Step, parse_day};
use crate::content::Lang;
use crate::session::{ShareDraft, ShareForm};
use crate::ui::i18n::{S, plural};
use crate::ui::screens::card;

/// What the wizard says after a restore, until it is finished or wiped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Restored {
    /// How many chosen entries no longer exist and were dropped.
    pub dropped: usize,
}

impl Step {
    /// The step's number as the wizard shows it, 1 to 3.
    pub fn number(self) -> u8 {
        match self {
            Step::Choose => 1,
            Step::Preview => 2,
            Step::Consent => 3,
        }
    }

    /// The step's name.
    pub fn name(self) -> S {
        match self {
            Step::Choose => S::StepChoose,
            Step::Preview => S::StepRedact,
            Step::Consent => S::StepConsent,
        }
    }

    /// The step with this number; anything else is the first.
    pub fn from_number(n: u8) -> Self {
        match n {
            2 => Step::Preview,
            3 => Step::Consent,
            _ => Step::Choose,
        }
    }
}

impl SharedView {
    /// The wizard as a draft while it is part way (what the guard counts as unsaved); never
    /// the preview, the consent tick or "I understand".
    pub fn draft(&self) -> Option<ShareDraft> {
        if !self.in_progress() {
            return None;
        }
        Some(ShareDraft {
            step: self.step.number(),
            scope: self.scope.clone(),
            redact_text: self.redact_text.clone(),
            coach: self.consent.coach.clone(),
            purpose: self.consent.purpose.clone(),
            delete_after: self.delete_after_text.clone(),
            form: match self.output {
                OutputChoice::Encrypted => ShareForm::Encrypted,
                OutputChoice::Markdown => ShareForm::Markdown,
                OutputChoice::Html => ShareForm::Html,
            },
            recipient: self.recipient.clone(),
            path: self.path.clone(),
        })
    }

    /// Puts a draft back into the wizard, on the Share tab. Entries for which `exists` says no
    /// are dropped (and counted in the note); with nothing left to share the wizard starts at
    /// its first step. Consent and "I understand" start unticked.
    pub fn restore(&mut self, draft: &ShareDraft, exists: impl Fn(&str) -> bool) {
        if let Some(p) = &mut self.preview {
            p.zeroize();
        }
        self.preview = None;
        let mut scope = draft.scope.clone();
        let before = scope.entries.len();
        scope.entries.retain(|s| exists(&s.entry_id));
        let dropped = before - scope.entries.len();
        let nothing = scope.entries.is_empty() && !scope.profile;
        self.step = if nothing {
            Step::Choose
        } else {
            Step::from_number(draft.step)
        };
        self.scope = scope;
        self.redact_text.zeroize();
        self.redact_text = draft.redact_text.clone();
        self.consent.coach = draft.coach.clone();
        self.consent.purpose = draft.purpose.clone();
        self.consent.delete_after = parse_day(&draft.delete_after).ok().flatten();
        self.consent.confirmed = false;
        self.delete_after_text = draft.delete_after.clone();
        self.output = match draft.form {
            ShareForm::Encrypted => OutputChoice::Encrypted,
            ShareForm::Markdown => OutputChoice::Markdown,
            ShareForm::Html => OutputChoice::Html,
        };
        self.plain_understood = false;
        self.recipient = draft.recipient.clone();
        self.path = draft.path.clone();
        self.tab = super::Tab::Share;
        self.done = None;
        self.export_error = None;
        self.restored = Some(Restored { dropped });
    }
}

/// The note after a restore: consent is asked again, and entries deleted meanwhile are gone.
/// Returns whether the user put it away.
pub fn restored_ui(ui: &mut Ui, restored: Restored, lang: Lang) -> bool {
    card(ui, |ui| {
        ui.add(egui::Label::new(RichText::new(S::ShareRestored.get(lang)).strong()).wrap());
        ui.add(egui::Label::new(S::ShareRestoredConsent.get(lang)).wrap());
        if restored.dropped > 0 {
            let text = plural(
                lang,
                restored.dropped,
                S::ShareRestoredDroppedOne,
                S::ShareRestoredDropped,
            );
            ui.add(egui::Label::new(RichText::new(text).color(ui.visuals().warn_fg_color)).wrap());
        }
        ui.button(S::ShareRestoredOk.get(lang)).clicked()
    })
}
