//! Reading files a user names (questionnaires, shared summaries, feedback, passphrase files):
//! regular files only, refused before anything is read, and capped by the bytes actually read,
//! never by the length the file system reports (a FIFO, `/dev/zero` or a growing file lie).

use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// The UTF-8 byte order mark that Notepad and some exporters put at the start of a text file.
pub const BOM: &str = "\u{feff}";

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// A folder, a pipe, a socket or a device: never read, so nothing can hang or fill memory.
    #[error("{} is {kind}, not a regular file", path.display())]
    NotAFile {
        /// The path as given.
        path: PathBuf,
        /// What it is instead ("a folder", "a pipe (FIFO)", "a device", …).
        kind: &'static str,
    },
    /// More than `limit` bytes: reading stopped there.
    #[error("{} is larger than {limit} bytes, more than such a file can be", path.display())]
    TooLarge {
        /// The path as given.
        path: PathBuf,
        /// The cap in bytes.
        limit: u64,
    },
    /// The operating system refused.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The path as given.
        path: PathBuf,
        /// What the operating system said.
        source: io::Error,
    },
}

/// Reads at most `limit` bytes of the regular file at `path`; a longer file is
/// [`ReadError::TooLarge`], anything but a regular file is [`ReadError::NotAFile`].
pub fn read_capped(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let io = |source| ReadError::Io {
        path: path.to_owned(),
        source,
    };
    // Looked at before opening: opening a FIFO for reading blocks until a writer comes.
    let meta = std::fs::metadata(path).map_err(io)?;
    not_a_file(path, &meta.file_type())?;
    let file = open_nonblocking(path).map_err(io)?;
    // And again on the handle, in case the path was swapped between the two looks.
    let meta = file.metadata().map_err(io)?;
    not_a_file(path, &meta.file_type())?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len().min(limit)).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            path: path.to_owned(),
            limit,
        });
    }
    Ok(bytes)
}

/// `text` without a leading UTF-8 byte order mark.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix(BOM).unwrap_or(text)
}

fn not_a_file(path: &Path, kind: &std::fs::FileType) -> Result<(), ReadError> {
    if kind.is_file() {
        return Ok(());
    }
    let kind = if kind.is_dir() {
        "a folder"
    } else {
        special_kind(kind)
    };
    Err(ReadError::NotAFile {
        path: path.to_owned(),
        kind,
    })
}

#[cfg(unix)]
fn special_kind(kind: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "a pipe (FIFO)"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "not a file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &std::fs::FileType) -> &'static str {
    "not a file"
}

/// Opens for reading without blocking on a FIFO (regular files ignore the flag).
fn open_nonblocking(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_read_up_to_its_cap_and_refused_past_it() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("f");
        std::fs::write(&path, b"12345").unwrap();
        assert_eq!(read_capped(&path, 5).unwrap(), b"12345");
        assert!(matches!(
            read_capped(&path, 4),
            Err(ReadError::TooLarge { limit: 4, .. })
        ));
    }

    #[test]
    fn folders_and_devices_are_refused_before_reading() {
        let tmp = tempfile::tempdir().unwrap();
        let err = read_capped(tmp.path(), 10).unwrap_err();
        assert!(err.to_string().contains("is a folder"), "{err}");
        #[cfg(unix)]
        {
            let err = read_capped(Path::new("/dev/zero"), 10).unwrap_err();
            assert!(err.to_string().contains("is a device"), "{err}");
        }
    }

    #[test]
    fn a_bom_is_stripped_once() {
        assert_eq!(strip_bom("\u{feff}(a)"), "(a)");
        assert_eq!(strip_bom("(a)"), "(a)");
    }
}
