//! The coach's inbox: every summary a coach opened is kept in the data folder exactly as it
//! arrived (still encrypted to the coach's key), and listed by coachee, date and delete-after
//! date. Listing decrypts each file with the coach's identity; nothing decrypted is written.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use zeroize::Zeroize;

use super::open::{known_sender, open_summary};
use super::prepare::write_file;
use super::{ExportError, read_shared_file};
use crate::journal::Date;
use crate::vault::Unlocked;

/// What a kept summary's file name ends with.
const EXTENSION: &str = ".md.age";

/// One summary in the inbox, as listed (no text of the summary itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxItem {
    /// The kept file.
    pub path: PathBuf,
    /// The name its signer is pinned under on this device; `None` when unsigned or not pinned.
    pub sender: Option<String>,
    /// The day it was shared.
    pub shared: Option<Date>,
    /// The coach is asked to delete it after this day.
    pub delete_after: Option<Date>,
    /// How many entries it holds.
    pub entries: usize,
}

impl InboxItem {
    /// Whether its delete-after day has passed on `today`.
    pub fn overdue(&self, today: Date) -> bool {
        self.delete_after.is_some_and(|d| today > d)
    }
}

/// The inbox as listed: what opened, in order (by sender, then newest first), and the files
/// that could not be opened.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Inbox {
    /// The summaries.
    pub items: Vec<InboxItem>,
    /// Files in the inbox that did not open with this key.
    pub unreadable: Vec<PathBuf>,
}

/// Keeps a received file (its bytes as they arrived) in `dir`, named by its content's hash so
/// the same file is kept once. Returns where it is.
pub fn keep_received(dir: &Path, bytes: &[u8]) -> Result<PathBuf, ExportError> {
    let digest: String = Sha256::digest(bytes)
        .iter()
        .take(12)
        .map(|b| format!("{b:02x}"))
        .collect();
    let path = dir.join(format!("{digest}{EXTENSION}"));
    if path.is_file() {
        return Ok(path);
    }
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Io {
        path: dir.to_owned(),
        source,
    })?;
    match write_file(&path, bytes, false) {
        Ok(()) | Err(ExportError::Exists(_)) => Ok(path),
        Err(e) => Err(e),
    }
}

/// Lists the inbox in `dir`: each kept summary decrypted with `unlocked` just long enough to
/// read its header, its sender looked up (never pinned) in `config`'s known senders.
pub fn list_inbox(dir: &Path, unlocked: &Unlocked, config: &Path) -> Result<Inbox, ExportError> {
    let mut inbox = Inbox::default();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(inbox),
        Err(source) => {
            return Err(ExportError::Io {
                path: dir.to_owned(),
                source,
            });
        }
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if !path.to_string_lossy().ends_with(EXTENSION) {
            continue;
        }
        let opened = read_shared_file(&path).and_then(|bytes| open_summary(&bytes, unlocked));
        match opened {
            Ok(mut summary) => {
                let sender = match &summary.signer {
                    Some(signer) => known_sender(config, signer)?,
                    None => None,
                };
                inbox.items.push(InboxItem {
                    path,
                    sender,
                    shared: summary.header.shared,
                    delete_after: summary.header.delete_after,
                    entries: summary.entries.len(),
                });
                summary.text.zeroize();
            }
            Err(_) => inbox.unreadable.push(path),
        }
    }
    inbox.items.sort_by(|a, b| {
        (
            a.sender.is_none(),
            &a.sender,
            std::cmp::Reverse(a.shared),
            &a.path,
        )
            .cmp(&(
                b.sender.is_none(),
                &b.sender,
                std::cmp::Reverse(b.shared),
                &b.path,
            ))
    });
    inbox.unreadable.sort();
    Ok(inbox)
}

/// Deletes a kept summary; only a file directly inside the inbox `dir`.
pub fn delete_received(dir: &Path, path: &Path) -> Result<(), ExportError> {
    let inside = path.parent() == Some(dir)
        && path.to_string_lossy().ends_with(EXTENSION)
        && std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file());
    if !inside {
        return Err(ExportError::Io {
            path: path.to_owned(),
            source: std::io::ErrorKind::InvalidInput.into(),
        });
    }
    std::fs::remove_file(path).map_err(|source| ExportError::Io {
        path: path.to_owned(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_kept_once_and_only_inbox_files_are_deleted() {
        let tmp = tempfile::tempdir().expect("tmp");
        let dir = tmp.path().join("inbox");
        let a = keep_received(&dir, b"age bytes").expect("keep");
        assert_eq!(keep_received(&dir, b"age bytes").expect("again"), a);
        assert_eq!(std::fs::read(&a).expect("read"), b"age bytes");
        let outside = tmp.path().join("other.md.age");
        std::fs::write(&outside, b"x").expect("write");
        assert!(delete_received(&dir, &outside).is_err());
        assert!(outside.exists());
        delete_received(&dir, &a).expect("delete");
        assert!(!a.exists());
    }
}
