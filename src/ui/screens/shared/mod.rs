//! Sharing with a coach: the export wizard, the receipts of what was shared, and, for coaches,
//! opening a shared summary and sending feedback; for coachees, importing that feedback.

mod coach;
mod coach_key;
mod draft;
mod inbox;
mod preview;
mod receipts;
mod rendered;
mod sender;
mod steps;
mod wizard;

pub use coach::key_ui;

use std::path::PathBuf;

use egui::{RichText, Ui};
use zeroize::{Zeroize, Zeroizing};

use super::header;
use crate::export::{Consent, ExportError, Inbox, OpenedSummary, Scope, Sender};
use crate::journal::Date;
use crate::ui::commands::NavCmd;
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::S;
use crate::ui::nav::Screen;
use crate::ui::theme;
use crate::ui::vault_state::VaultState;
use crate::vault::VaultError;

/// The three parts of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// The export wizard.
    #[default]
    Share,
    /// Receipts of earlier exports.
    Receipts,
    /// For coaches: open a shared summary, send feedback; for coachees: import feedback.
    Coach,
}

/// The wizard's steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Step {
    /// Choose entries and parts.
    #[default]
    Choose,
    /// Words to blank out, and the preview.
    Preview,
    /// Coach, purpose, delete-after, output, the tick.
    Consent,
}

/// How the summary leaves the vault, as chosen in the wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OutputChoice {
    /// Encrypted to the coach (the default).
    #[default]
    Encrypted,
    /// Plain Markdown.
    Markdown,
    /// Plain HTML.
    Html,
}

/// State of the sharing screen. Holds decrypted text (the preview, an opened summary);
/// wiped on lock.
#[derive(Default)]
pub struct SharedView {
    /// The tab on show.
    pub tab: Tab,
    /// The wizard's step.
    pub step: Step,
    /// Entries, parts, profile, redaction words.
    pub scope: Scope,
    /// The filter text for choosing entries.
    pub filter: String,
    /// The redaction words as typed (comma-separated).
    pub redact_text: String,
    /// Coach, purpose, delete-after, the tick.
    pub consent: Consent,
    /// The delete-after field as typed.
    pub delete_after_text: String,
    /// Encrypted, Markdown or HTML.
    pub output: OutputChoice,
    /// The coach's `age1…` recipient as typed.
    pub recipient: String,
    /// The user accepted that a plain file is not encrypted.
    pub plain_understood: bool,
    /// Where the file goes.
    pub path: String,
    /// The preview text, exactly as it will be shared.
    pub preview: Option<String>,
    /// What the last export wrote (path and SHA-256).
    pub done: Option<(String, String)>,
    /// The summary file to open (coach view).
    pub open_path: String,
    /// The name to remember a new sender by (coach view).
    pub open_from: String,
    /// The opened summary.
    pub opened: Option<OpenedSummary>,
    /// "Print / PDF" for the summary on show.
    pub print: crate::ui::screens::print::PrintForm,
    /// Who sent the opened summary, as this coach's pins know it.
    pub sender: Option<Sender>,
    /// Feedback per entry id of the opened summary.
    pub feedback: Vec<(String, String)>,
    /// Where the feedback file goes.
    pub feedback_path: String,
    /// The feedback file to import (coachee).
    pub import_path: String,
    /// Why the last export failed.
    pub export_error: Option<ExportError>,
    /// Why the summary at `open_path` did not open.
    pub open_error: Option<ExportError>,
    /// Why the feedback file was not written.
    pub feedback_error: Option<ExportError>,
    /// Why the feedback file at `import_path` was not imported.
    pub import_error: Option<ExportError>,
    /// The coach key's passphrase field.
    pub key_pass: Zeroizing<String>,
    /// The coach key's confirmation field.
    pub key_confirm: Zeroizing<String>,
    /// Why the coach key was not made or unlocked.
    pub key_error: Option<VaultError>,
    /// Where the opened summary was opened from.
    pub opened_path: Option<PathBuf>,
    /// The coach's inbox as last listed; `None` before listing.
    pub inbox: Option<Inbox>,
    /// The inbox was asked for (or listed) since it last changed.
    pub inbox_asked: bool,
    /// Why the inbox could not be listed or a summary in it not deleted.
    pub inbox_error: Option<ExportError>,
    /// The kept summary the user asked to delete, waiting for a yes.
    pub confirm_delete: Option<PathBuf>,
    /// The rendered preview's layout cache.
    pub preview_cache: egui_commonmark::CommonMarkCache,
    /// The rendered summary's layout cache (coach view).
    pub summary_cache: egui_commonmark::CommonMarkCache,
    /// The wizard was restored from a draft: the note it shows until put away.
    pub restored: Option<draft::Restored>,
    /// A summary was just opened: the next frame scrolls the page to its top.
    pub reveal: bool,
}

impl SharedView {
    /// Wipes decrypted text.
    pub fn wipe(&mut self) {
        if let Some(p) = &mut self.preview {
            p.zeroize();
        }
        self.preview = None;
        if let Some(o) = &mut self.opened {
            o.text.zeroize();
        }
        self.opened = None;
        self.sender = None;
        for (_, f) in &mut self.feedback {
            f.zeroize();
        }
        self.feedback.clear();
        self.redact_text.zeroize();
        self.scope = Scope::default();
        self.step = Step::Choose;
        self.restored = None;
        self.key_pass.zeroize();
        self.key_confirm.zeroize();
        self.inbox = None;
        self.inbox_asked = false;
        self.confirm_delete = None;
    }

    /// Closes the opened summary, wiping its text.
    pub fn close_summary(&mut self) {
        if let Some(o) = &mut self.opened {
            o.text.zeroize();
        }
        self.opened = None;
        self.opened_path = None;
        self.sender = None;
        for (_, f) in &mut self.feedback {
            f.zeroize();
        }
        self.feedback.clear();
    }

    /// Whether the wizard holds choices not exported yet.
    pub fn in_progress(&self) -> bool {
        !self.scope.entries.is_empty() || self.scope.profile || self.step != Step::Choose
    }

    /// Whether feedback on the opened summary is refused: it comes from an unknown key that
    /// passes for a known sender, so its reply key is not one this coach pinned.
    pub fn feedback_blocked(&self) -> bool {
        matches!(self.sender, Some(Sender::Impostor { .. }))
    }

    /// Shows the summary opened from `path` and who sent it, with a feedback path beside
    /// `beside` unless one was typed.
    pub fn opened(
        &mut self,
        path: &std::path::Path,
        beside: &std::path::Path,
        opened: OpenedSummary,
        sender: Sender,
    ) {
        self.sender = Some(sender);
        for (_, f) in &mut self.feedback {
            f.zeroize();
        }
        self.feedback.clear();
        self.opened_path = Some(path.to_owned());
        if self.feedback_path.is_empty() {
            self.feedback_path = crate::paths::sibling(beside, "feedback.age")
                .display()
                .to_string();
        }
        self.opened = Some(opened);
        self.reveal = true;
    }
}

/// Parses a day typed as YYYY-MM-DD; empty is `None`.
pub fn parse_day(text: &str) -> Result<Option<Date>, ()> {
    let t = text.trim();
    if t.is_empty() {
        Ok(None)
    } else {
        Date::parse(t).map(Some).ok_or(())
    }
}

/// Draws the screen.
pub fn ui(view: &mut SharedView, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    // Without a journal this screen is the coach's: it speaks to the coach.
    let (title, intro) = if matches!(cx.vault, VaultState::Missing) {
        (S::CoachTitle, S::CoachIntro)
    } else {
        (S::SharedTitle, S::SharedIntro)
    };
    header(ui, cx.t(title), Some(cx.t(intro)));
    if cx.vault.busy() {
        return cx.busy_ui(ui);
    }
    let VaultState::Open(session) = cx.vault else {
        let no_journal = matches!(cx.vault, VaultState::Missing);
        let coach_key = !matches!(cx.coach_key, VaultState::Missing);
        // Nobody is asked to unlock a vault they do not have: without a journal the coach's
        // side shows (a coach needs only a coach key); with a coach key, it shows too.
        let text = if no_journal && coach_key {
            S::SharedNoJournalHasKey
        } else if no_journal {
            S::SharedNoJournal
        } else if coach_key {
            S::SharedJournalLocked
        } else {
            S::SharedLocked
        };
        ui.add(egui::Label::new(cx.t(text)).wrap());
        if ui.button(cx.t(S::NavJournal)).clicked() {
            out.push(NavCmd::Go(Screen::Journal));
        }
        if no_journal || coach_key {
            coach::ui(view, cx, out, ui);
        }
        return;
    };
    let lang = cx.lang;
    ui.horizontal_wrapped(|ui| {
        for (tab, key) in [
            (Tab::Share, S::TabShare),
            (Tab::Receipts, S::TabReceipts),
            (Tab::Coach, S::TabCoach),
        ] {
            if ui
                .selectable_label(
                    view.tab == tab,
                    RichText::new(key.get(lang)).size(theme::TEXT_LEAD),
                )
                .clicked()
            {
                view.tab = tab;
            }
        }
    });
    ui.separator();
    match view.tab {
        Tab::Share => wizard::ui(view, session, cx, out, ui),
        Tab::Receipts => receipts::ui(session, cx, ui),
        Tab::Coach => coach::ui(view, cx, out, ui),
    }
}
