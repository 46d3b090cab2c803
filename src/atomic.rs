//! The one atomic writer: every file the app writes (records, key files, manifests, exports,
//! feedback) goes to a private temp file in the same folder, is synced, and only then gets its
//! name, by a rename (replace) or a link that never replaces (new); then the folder is synced.
//! A crash leaves the old file or the new one, never a torn one. No egui, no domain types.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rand::RngCore;

/// Every temp file we write starts with this; only these are ever cleaned up as leftovers.
pub const TEMP_PREFIX: &str = ".tmp-ruimte-";

/// How the finished file takes its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Replace a file of that name, if any (a record saved again).
    Replace,
    /// Fail with [`io::ErrorKind::AlreadyExists`] if the name is taken (an export, a new key).
    New,
}

/// Options that create a file readable by the owner only (0600 on Unix; on Windows the
/// folder's ACL applies, see docs/PLATFORMS.md).
pub(crate) fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

/// Writes `bytes` to `dir/name` atomically (see the module doc).
pub fn write(dir: &Path, name: &str, bytes: &[u8], place: Place) -> io::Result<()> {
    let tmp = write_temp(dir, name, bytes)?;
    let target = dir.join(name);
    let placed = match place {
        Place::Replace => fs::rename(&tmp, &target),
        Place::New => link_new(&tmp, &target),
    };
    // Best effort: after a rename the temp name is gone; after a link, or a failure, it stays
    // until removed here (or by the vault's next open).
    let _ = fs::remove_file(&tmp);
    placed?;
    sync_dir(dir)
}

/// A synced temp file in `dir` holding `bytes`, named after `name` with a random part.
pub(crate) fn write_temp(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    let mut nonce = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let suffix: String = nonce.iter().map(|b| format!("{b:02x}")).collect();
    let tmp = dir.join(format!("{TEMP_PREFIX}{suffix}-{name}"));
    let written = (|| {
        let mut file = private_options().write(true).create_new(true).open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()
    })();
    match written {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Gives `tmp` the name `target` only if nothing has that name: a hard link where the file
/// system has them, else a rename after a check (callers that need it hold a lock).
pub(crate) fn link_new(tmp: &Path, target: &Path) -> io::Result<()> {
    match fs::hard_link(tmp, target) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) if fs::symlink_metadata(target).is_ok() => {
            Err(io::Error::new(io::ErrorKind::AlreadyExists, "it exists"))
        }
        Err(_) => fs::rename(tmp, target),
    }
}

/// Makes a rename or removal in `dir` durable. File systems that cannot sync a folder (some
/// network and FUSE mounts say "invalid argument") are taken as they are; Windows has no such
/// call and makes the rename durable itself.
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    match File::open(dir).and_then(|d| d.sync_all()) {
        Ok(()) => {}
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::InvalidInput | io::ErrorKind::Unsupported
            ) => {}
        Err(e) => return Err(e),
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("read")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn replace_overwrites_and_new_never_does_and_no_temp_file_stays() {
        let tmp = tempfile::tempdir().expect("tmp");
        write(tmp.path(), "a", b"one", Place::Replace).expect("write");
        write(tmp.path(), "a", b"two", Place::Replace).expect("replace");
        assert_eq!(fs::read(tmp.path().join("a")).expect("read"), b"two");
        let e = write(tmp.path(), "a", b"three", Place::New).expect_err("taken");
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(tmp.path().join("a")).expect("read"), b"two");
        write(tmp.path(), "b", b"new", Place::New).expect("new name");
        assert_eq!(names(tmp.path()), ["a", "b"], "no temp file left behind");
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private_to_the_owner() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().expect("tmp");
        write(tmp.path(), "s", b"x", Place::New).expect("write");
        let mode = fs::metadata(tmp.path().join("s"))
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn a_folder_that_is_missing_fails_without_a_trace() {
        let tmp = tempfile::tempdir().expect("tmp");
        let missing = tmp.path().join("nope");
        assert!(write(&missing, "a", b"x", Place::Replace).is_err());
        assert!(names(tmp.path()).is_empty());
    }
}
