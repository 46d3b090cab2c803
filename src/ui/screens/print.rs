//! "Print / PDF" beside what is printed (the profile, the recovery code): where the PDF goes,
//! a button that asks the worker to make it, and then the file and a way to open it. The
//! screen that shows the form turns its answer into a `PrintCmd` with its own data.

use std::path::PathBuf;
use std::sync::Arc;

use egui::{RichText, Ui};

use crate::report::ReportError;
use crate::ui::cx::Cx;
use crate::ui::i18n::{S, fill};
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
}

/// What the user asked of the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintAsk {
    /// Make the PDF at this path.
    Write(PathBuf),
    /// Open the PDF written at this path.
    Open(PathBuf),
}

/// Draws the button, and the form once open; `file_name` is the default file's name.
pub fn ui(form: &mut PrintForm, cx: &Cx<'_>, ui: &mut Ui, file_name: &str) -> Option<PrintAsk> {
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
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(cx.t(S::PrintPath));
        ui.add(
            egui::TextEdit::singleline(&mut form.path)
                .desired_width(crate::ui::theme::field_width(ui, 520.0)),
        )
        .labelled_by(label.id);
    });
    ui.horizontal_wrapped(|ui| {
        let ready = !form.busy && !form.path.trim().is_empty();
        if ui
            .add_enabled(ready, egui::Button::new(cx.t(S::PrintWrite)))
            .clicked()
        {
            ask = Some(PrintAsk::Write(PathBuf::from(form.path.trim())));
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
