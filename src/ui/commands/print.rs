//! Printing: the profile, the recovery code or a summary the coach opened to a PDF, made and written by the worker, and
//! the PDF handed to the system's viewer. The form that asked shows the outcome.

use std::path::PathBuf;
use std::sync::Arc;

use zeroize::Zeroizing;

use crate::assessment::Profile;
use crate::content::{Content, Lang};
use crate::export::SummaryHeader;
use crate::journal::Date;
use crate::report::{ProfileReport, ReportError, SummaryReport};
use crate::ui::app::{App, Notice};
use crate::ui::errors::Explain;
use crate::ui::i18n::{S, fill};
use crate::ui::screens::print::PrintForm;
use crate::ui::worker::Job;

/// Which form asked, so the outcome shows there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintTarget {
    /// The profile screen.
    Profile,
    /// The recovery code, shown once.
    Recovery,
    /// A summary the coach opened.
    Summary,
}

/// A coachee's summary as the coach prints it.
pub struct SummaryPrint {
    /// The Markdown as shared (wiped once printed).
    pub text: Zeroizing<String>,
    /// Its header: for whom, why, until when.
    pub header: SummaryHeader,
    /// The sender's name, when the signature vouches for it.
    pub sender: Option<String>,
}

impl std::fmt::Debug for SummaryPrint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The text is the coachee's: never in a log.
        f.debug_struct("SummaryPrint").finish_non_exhaustive()
    }
}

/// Printing commands.
#[derive(Debug)]
pub enum PrintCmd {
    /// The profile as shown, to a PDF at the path.
    Profile(Box<Profile>, PathBuf),
    /// The recovery code on a sheet, to a PDF at the path.
    RecoverySheet(Zeroizing<String>, PathBuf),
    /// A summary the coach opened, to a PDF at the path.
    Summary(Box<SummaryPrint>, PathBuf),
    /// Open a PDF that was written, in the system's viewer.
    Open(PrintTarget, PathBuf),
}

/// What the worker prints.
pub enum PrintDoc {
    /// A profile.
    Profile {
        /// The profile.
        profile: Box<Profile>,
        /// Names and summaries.
        content: Arc<Content>,
    },
    /// The recovery sheet.
    Recovery(Zeroizing<String>),
    /// A coachee's summary.
    Summary(Box<SummaryPrint>),
}

/// A PDF to make and write.
pub struct PrintJob {
    /// Which form asked.
    pub target: PrintTarget,
    /// Where it goes (never over an existing file).
    pub path: PathBuf,
    /// What.
    pub doc: PrintDoc,
    /// In which language.
    pub lang: Lang,
    /// The date printed on it.
    pub date: Date,
}

impl PrintJob {
    /// Lays out, renders and writes the PDF (on the worker).
    pub fn run(&self) -> Result<(), ReportError> {
        // The bytes hold the profile or the code: wiped once written.
        let bytes = Zeroizing::new(match &self.doc {
            PrintDoc::Profile { profile, content } => crate::report::profile_pdf(&ProfileReport {
                profile,
                content,
                lang: self.lang,
                date: self.date,
                respondent: None,
            })?,
            PrintDoc::Recovery(code) => {
                crate::report::recovery_sheet_pdf(code, self.date, self.lang)?
            }
            PrintDoc::Summary(summary) => crate::report::summary_pdf(&SummaryReport {
                text: &summary.text,
                header: &summary.header,
                sender: summary.sender.as_deref(),
                lang: self.lang,
                printed: self.date,
            })?,
        });
        // Never over an existing file: the form says so and the user picks another name.
        crate::report::write_pdf(&self.path, &bytes, false)
    }
}

impl App {
    pub(super) fn apply_print(&mut self, cmd: PrintCmd, now: i64) {
        let (target, path, doc) = match cmd {
            PrintCmd::Profile(profile, path) => (
                PrintTarget::Profile,
                path,
                PrintDoc::Profile {
                    profile,
                    content: Arc::clone(&self.content),
                },
            ),
            PrintCmd::RecoverySheet(code, path) => {
                (PrintTarget::Recovery, path, PrintDoc::Recovery(code))
            }
            PrintCmd::Summary(summary, path) => {
                (PrintTarget::Summary, path, PrintDoc::Summary(summary))
            }
            PrintCmd::Open(target, path) => {
                self.worker.submit(Job::View(target, path));
                return;
            }
        };
        let form = self.print_form(target);
        form.busy = true;
        form.last = None;
        self.worker.submit(Job::Print(Box::new(PrintJob {
            target,
            path,
            doc,
            lang: self.lang,
            date: self.zone.date(now),
        })));
    }

    /// The form of the screen that asked.
    pub(super) fn print_form(&mut self, target: PrintTarget) -> &mut PrintForm {
        match target {
            PrintTarget::Profile => &mut self.profile.print,
            PrintTarget::Recovery => &mut self.recovery.print,
            PrintTarget::Summary => &mut self.shared.print,
        }
    }

    /// A PDF was written, or not: the form says so.
    pub(super) fn printed(
        &mut self,
        target: PrintTarget,
        path: PathBuf,
        result: Result<(), ReportError>,
    ) {
        let form = self.print_form(target);
        form.busy = false;
        if form.still_about() {
            form.last = Some(result.map(|()| path).map_err(Arc::new));
            return;
        }
        // The form shows another summary now: the result of the one before is a notice.
        self.notice = Some(match result {
            Ok(()) => Notice {
                error: false,
                caution: false,
                text: fill(self.t(S::PrintDone), &[&path.display().to_string()]),
            },
            Err(e) => Notice {
                error: true,
                caution: false,
                text: e.explain(self.lang),
            },
        });
    }
}
