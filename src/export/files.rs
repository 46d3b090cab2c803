//! Reading and writing the files that travel between coachee and coach, so that the UI never
//! touches the disk itself.

use std::path::Path;

use super::error::ExportError;
use super::feedback::import_feedback;
use super::open::{OpenedSummary, open_summary};
use super::prepare::write_file;
use crate::session::Session;
use crate::vault::Unlocked;

/// Shared summaries and feedback are small; anything far larger is not one of ours.
const MAX_BYTES: u64 = 32 * 1024 * 1024;

fn read(path: &Path) -> Result<Vec<u8>, ExportError> {
    let err = |source| ExportError::Read {
        path: path.to_owned(),
        source,
    };
    let len = std::fs::metadata(path).map_err(err)?.len();
    if len > MAX_BYTES {
        return Err(ExportError::NotASummary);
    }
    std::fs::read(path).map_err(err)
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
