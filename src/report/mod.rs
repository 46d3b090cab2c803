//! Printing: a profile, a coach's summary and a recovery-code sheet laid out as PDF, with the
//! fonts embedded (subsetted) and the figures drawn as vector paths. Pure layout over the
//! domain (`assessment`, `content`); no egui. Writing goes through `atomic.rs`.
//!
//! Layout is two steps: the documents below produce pages of drawing operations
//! ([`draw::Op`]), and [`draw::render`] turns those into PDF with krilla. The words of the
//! profile's reading live in [`reading`], shared with the profile screen.

mod draw;
mod figures;
mod files;
mod fonts;
mod layout;
mod profile;
pub mod reading;
mod recovery;
mod summary;
mod words;

pub use files::{default_pdf_path, open_in_viewer, safe_file_name, write_pdf};
pub use profile::{ProfileReport, profile_pdf};
pub use recovery::recovery_sheet_pdf;
pub use summary::{Block, SummaryReport, summary_blocks, summary_pdf};

use std::path::PathBuf;

/// What went wrong while printing.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The PDF library refused the document (a font it cannot embed, say).
    #[error("the PDF could not be made: {0}")]
    Pdf(String),
    /// The embedded font did not load (a build problem).
    #[error("the built-in font could not be loaded")]
    Font,
    /// The file exists and replacing it was not asked for.
    #[error("{} already exists; choose another name", .0.display())]
    Exists(PathBuf),
    /// The file or its folder could not be written.
    #[error("could not write {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The path names no file (it ends in `..`, or it is empty).
    #[error("{} is not a file name", .0.display())]
    NotAFile(PathBuf),
    /// The system's PDF viewer could not be started.
    #[error("the PDF viewer could not be started: {0}")]
    Viewer(std::io::Error),
}
