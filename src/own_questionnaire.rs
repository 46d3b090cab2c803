//! Adding a questionnaire file to the folder of one's own questionnaires: the file is read
//! (bounded, a regular file only) and checked as the catalogue would check it, and only a
//! valid one is copied in, atomically and never over a file of the same name.

use std::path::{Path, PathBuf};

use crate::assessment::parse_questionnaire;
use crate::atomic::{self, Place};
use crate::content::Content;
use crate::source::{Diagnostic, decode_utf8, read_source};

/// The largest questionnaire file read (the catalogue's own limit).
const MAX_BYTES: u64 = 4 * 1024 * 1024;

/// Why a questionnaire was not added.
#[derive(Debug, thiserror::Error)]
pub enum AddError {
    /// The file could not be read, or is not a valid questionnaire; the first problem, then
    /// how many there are.
    #[error("{} ({} problem(s))", .0.first().map(ToString::to_string).unwrap_or_default(), .0.len())]
    Invalid(Vec<Diagnostic>),
    /// The folder already holds a file of that name.
    #[error("{0} already exists")]
    Exists(PathBuf),
    /// The copy could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file that was to be written.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

/// Checks the questionnaire at `source` and copies it into `folder` (made if missing) under
/// its own name; returns where it went.
pub fn add(source: &Path, folder: &Path, content: &Content) -> Result<PathBuf, AddError> {
    let name = source.display().to_string();
    let bytes = read_source(source, MAX_BYTES).map_err(|e| AddError::Invalid(vec![e]))?;
    let text = decode_utf8(&name, &bytes).map_err(|e| AddError::Invalid(vec![e]))?;
    parse_questionnaire(&name, text, content).map_err(AddError::Invalid)?;
    let file_name = source
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "vragenlijst.ron".to_owned());
    let target = folder.join(&file_name);
    let write_error = |source| AddError::Write {
        path: target.clone(),
        source,
    };
    std::fs::create_dir_all(folder).map_err(write_error)?;
    match atomic::write(folder, &file_name, &bytes, Place::New) {
        Ok(()) => Ok(target),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(AddError::Exists(target)),
        Err(e) => Err(write_error(e)),
    }
}
