//! Where a PDF goes: a safe name from a respondent's id, a default place in the documents
//! folder, the atomic write, and handing the file to the system's viewer.

use std::path::{Path, PathBuf};

use super::ReportError;
use crate::atomic::{self, Place};

/// A file name from an id: letters, digits, `-` and `_` kept, anything else (path separators,
/// dots, spaces, control characters) made `_`; at most 64 characters, never empty.
pub fn safe_file_name(id: &str) -> String {
    let mut name: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect();
    if name.trim_matches('_').is_empty() {
        name = format!("respondent{name}");
    }
    name
}

/// A PDF called `name` in the user's documents folder (else the home folder, else here): the
/// folder the file picker offers as "Documents", found the same way.
pub fn default_pdf_path(name: &str) -> PathBuf {
    crate::listing::places().default_folder().join(name)
}

/// Writes the PDF atomically; an existing file is replaced only with `replace`.
pub fn write_pdf(path: &Path, bytes: &[u8], replace: bool) -> Result<(), ReportError> {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return Err(ReportError::NotAFile(path.to_owned()));
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let place = if replace { Place::Replace } else { Place::New };
    atomic::write(dir, name, bytes, place).map_err(|source| {
        if source.kind() == std::io::ErrorKind::AlreadyExists {
            ReportError::Exists(path.to_owned())
        } else {
            ReportError::Io {
                path: path.to_owned(),
                source,
            }
        }
    })
}

/// Opens the file in the system's viewer and returns at once (the viewer runs on its own).
pub fn open_in_viewer(path: &Path) -> Result<(), ReportError> {
    #[cfg(target_os = "windows")]
    let mut command = {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    };
    #[cfg(target_os = "macos")]
    let mut command = std::process::Command::new("open");
    #[cfg(not(any(target_os = "windows", target_os = "macos")))]
    let mut command = std::process::Command::new("xdg-open");
    command
        .arg(path)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(|mut child| {
            // Reaped off the caller's thread, so no zombie is left and nobody waits.
            std::thread::spawn(move || child.wait());
        })
        .map_err(ReportError::Viewer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_from_ids_cannot_leave_the_folder() {
        assert_eq!(safe_file_name("r-01_b"), "r-01_b");
        assert_eq!(safe_file_name("../../etc/passwd"), "______etc_passwd");
        assert_eq!(safe_file_name(".."), "respondent__");
        assert_eq!(safe_file_name(""), "respondent");
        assert_eq!(safe_file_name("Anne Café"), "Anne_Café");
        assert_eq!(safe_file_name(&"x".repeat(100)).len(), 64);
    }
}
