//! "Print / PDF" beside what is printed (the profile, the recovery code): where the PDF goes,
//! a button that asks the worker to make it, and then the file and a way to open it. The
//! screen that shows the form turns its answer into a `PrintCmd` with its own data.

use std::path::PathBuf;
use std::sync::Arc;

use egui::{RichText, Ui};

use crate::report::ReportError;
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::{S, fill};
use crate::ui::widgets::file_picker::FileKind;
use crate::ui::widgets::path_field::{self, Field};
use crate::ui::widgets::problem;

/// The form's state: closed until asked for; then the path, and what became of the last PDF.
#[derive(Debug, Clone, Default)]
pub struct PrintForm {
    /// The form is open.
    pub open: bool,
    /// Where the PDF goes, as typed; a default in the documents folder when first opened.
    pub path: String,
    /// A PDF is being made.
    pub busy: bool,
    /// The last PDF written, or why it was not.
    pub last: Option<Result<PathBuf, Arc<ReportError>>>,
    /// What the form is about now (for a summary, its SHA-256), as its screen last said.
    pub subject: String,
    /// What the PDF being made (or last made) is of.
    pub asked_for: String,
}

impl PrintForm {
    /// Tells the form what it prints now. When that changed (the coach opened another
    /// summary), the last result and the path belong to the one before: the form closes.
    pub fn about(&mut self, subject: &str) {
        if self.subject != subject {
            self.subject = subject.to_owned();
            self.open = false;
            self.path.clear();
            self.last = None;
        }
    }

    /// Whether a result that arrives now is of what the form is about.
    pub fn still_about(&self) -> bool {
        self.asked_for == self.subject
    }
}

/// What the user asked of the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintAsk {
    /// Make the PDF at this path.
    Write(PathBuf),
    /// Open the PDF written at this path.
    Open(PathBuf),
}

/// The path fields of the three forms: the PDF writer never replaces a file, so neither may
/// the picker offer to.
pub const PROFILE_FIELD: Field = Field::save("print-profile", S::PrintPath, &[FileKind::Pdf]);
/// See [`PROFILE_FIELD`].
pub const RECOVERY_FIELD: Field = Field::save("print-recovery", S::PrintPath, &[FileKind::Pdf]);
/// See [`PROFILE_FIELD`].
pub const SUMMARY_FIELD: Field = Field::save("print-summary", S::PrintPath, &[FileKind::Pdf]);

/// Draws the button, and the form once open; `file_name` is the default file's name.
pub fn ui(
    form: &mut PrintForm,
    field: &Field,
    cx: &Cx<'_>,
    out: &mut Sink,
    ui: &mut Ui,
    file_name: &str,
) -> Option<PrintAsk> {
    if !form.open {
        if ui.button(cx.t(S::PrintPdf)).clicked() {
            form.open = true;
            if form.path.is_empty() {
                form.path = crate::report::default_pdf_path(file_name)
                    .display()
                    .to_string();
            }
        }
        return None;
    }
    let mut ask = None;
    // Typed, or chosen with "Bladeren…" (the platform's save dialog or the app's picker).
    path_field::ui(ui, &mut form.path, field, cx.lang, out);
    ui.horizontal_wrapped(|ui| {
        let ready = !form.busy && !form.path.trim().is_empty();
        if ui
            .add_enabled(ready, egui::Button::new(cx.t(S::PrintWrite)))
            .clicked()
        {
            ask = Some(PrintAsk::Write(PathBuf::from(form.path.trim())));
            form.asked_for.clone_from(&form.subject);
        }
        if ui.button(cx.t(S::Cancel)).clicked() {
            form.open = false;
            form.last = None;
        }
        if form.busy {
            ui.spinner();
            ui.label(cx.t(S::PrintBusy));
        }
    });
    match &form.last {
        Some(Ok(path)) => {
            let shown = path.display().to_string();
            ui.label(RichText::new(fill(cx.t(S::PrintDone), &[&shown])).strong());
            if ui.button(cx.t(S::PrintOpen)).clicked() {
                ask = Some(PrintAsk::Open(path.clone()));
            }
        }
        Some(Err(e)) => problem::ui(ui, Some(e.as_ref() as _), cx.lang),
        None => {}
    }
    ask
}
