//! Reading and writing the files that travel between coachee and coach, so that the UI never
//! touches the disk itself.

use std::path::{Path, PathBuf};

use super::error::ExportError;
use super::feedback::import_feedback;
use super::open::{OpenedSummary, open_summary};
use super::prepare::write_file;
use crate::session::Session;
use crate::vault::Unlocked;

/// Shared summaries and feedback are small; anything far larger is not one of ours.
const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// Reads a file a coach or coachee sent: regular files only, at most 32 MiB read.
pub fn read_shared_file(path: &Path) -> Result<Vec<u8>, ExportError> {
    read(path)
}

fn read(path: &Path) -> Result<Vec<u8>, ExportError> {
    crate::input::read_capped(path, MAX_BYTES).map_err(ExportError::from)
}

/// `dir/stem.extension`, or `dir/stem-2.extension`, `-3`, … : the first name no file has yet,
/// so a second export on the same day does not fail on the default name.
pub fn free_export_path(dir: &Path, stem: &str, extension: &str) -> PathBuf {
    let first = dir.join(format!("{stem}.{extension}"));
    if !first.exists() {
        return first;
    }
    (2..1000)
        .map(|n| dir.join(format!("{stem}-{n}.{extension}")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

/// Opens a shared summary file with the vault's identity.
pub fn open_summary_file(path: &Path, unlocked: &Unlocked) -> Result<OpenedSummary, ExportError> {
    open_summary(&read(path)?, unlocked)
}

/// Imports a coach's feedback file into the session; returns how many items were kept.
pub fn import_feedback_file(
    path: &Path,
    session: &mut Session,
    now: i64,
) -> Result<usize, ExportError> {
    import_feedback(&read(path)?, session, now)
}

/// Writes a text file (a feedback file) atomically with mode 0600, never over an existing one
/// unless `overwrite`.
pub fn write_text_file(path: &Path, text: &str, overwrite: bool) -> Result<(), ExportError> {
    write_file(path, text.as_bytes(), overwrite)
}
