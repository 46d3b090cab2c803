//! Files on disk: private folders, atomic replacement, the writer lock and temp-file cleanup.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::Path;

use rand::RngCore;

use super::VaultError;

/// Temp files start with this; `open` removes leftovers, `load_all` skips them.
pub(crate) const TEMP_PREFIX: &str = ".tmp-";
/// The lock file's name.
pub(crate) const LOCK_FILE: &str = ".lock";

/// Creates `dir` (and parents) readable by the owner only; tightens it if it exists.
pub(crate) fn create_private_dir(dir: &Path) -> Result<(), VaultError> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| VaultError::io(dir, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
            .map_err(|e| VaultError::io(dir, e))?;
    }
    Ok(())
}

/// Options for a new file readable by the owner only.
fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

/// Takes the vault's writer lock, held until the returned file is dropped.
pub(crate) fn lock(dir: &Path) -> Result<File, VaultError> {
    let path = dir.join(LOCK_FILE);
    let file = private_options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(|e| VaultError::io(&path, e))?;
    // A lock can outlive its holder by a moment: a process that just closed the vault, or one
    // forked elsewhere in this process that has not reached exec yet, still shares the open
    // file. Wait briefly before telling the user another instance has it.
    for attempt in 0..LOCK_ATTEMPTS {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(fs::TryLockError::WouldBlock) if attempt + 1 < LOCK_ATTEMPTS => {
                std::thread::sleep(std::time::Duration::from_millis(25));
            }
            Err(fs::TryLockError::WouldBlock) => return Err(VaultError::Locked),
            Err(fs::TryLockError::Error(e)) => return Err(VaultError::io(&path, e)),
        }
    }
    Err(VaultError::Locked)
}

/// How often opening tries the lock (25 ms apart) before it reports another instance.
const LOCK_ATTEMPTS: u32 = 12;

/// Replaces `dir/name` with `bytes` so that a crash leaves the old file or the new one: temp file
/// in the same folder, write, fsync, rename over, fsync the folder.
pub(crate) fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), VaultError> {
    let mut nonce = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let suffix: String = nonce.iter().map(|b| format!("{b:02x}")).collect();
    let tmp = dir.join(format!("{TEMP_PREFIX}{suffix}-{name}"));
    let target = dir.join(name);
    let written = (|| {
        let mut file = private_options().write(true).create_new(true).open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, &target)
    })();
    if let Err(e) = written {
        // Best effort: a leftover is also removed by the next `open`.
        let _ = fs::remove_file(&tmp);
        return Err(VaultError::io(&target, e));
    }
    sync_dir(dir)
}

/// Writes new files into `dir` all or nothing: each goes to a temp file first (fsync), then every
/// one is linked into place under its name, which fails if that name exists (no file is ever
/// replaced). On any failure the names already placed are removed again, so the folder is as it
/// was. Callers place the file that marks completion last.
pub(crate) fn place_all_new(dir: &Path, files: &[(&str, &[u8])]) -> Result<(), VaultError> {
    let mut temps = Vec::with_capacity(files.len());
    let result = (|| {
        for (name, bytes) in files {
            let mut nonce = [0u8; 8];
            rand::rngs::OsRng.fill_bytes(&mut nonce);
            let suffix: String = nonce.iter().map(|b| format!("{b:02x}")).collect();
            let tmp = dir.join(format!("{TEMP_PREFIX}{suffix}-{name}"));
            let mut file = private_options()
                .write(true)
                .create_new(true)
                .open(&tmp)
                .map_err(|e| VaultError::io(&tmp, e))?;
            temps.push((tmp.clone(), dir.join(name)));
            file.write_all(bytes)
                .and_then(|()| file.sync_all())
                .map_err(|e| VaultError::io(&tmp, e))?;
        }
        let mut placed = Vec::with_capacity(temps.len());
        for (tmp, target) in &temps {
            if let Err(e) = link_new(tmp, target) {
                for done in &placed {
                    let _ = fs::remove_file(done);
                }
                return Err(VaultError::io(target, e));
            }
            placed.push(target.clone());
        }
        Ok(())
    })();
    for (tmp, _) in &temps {
        // Best effort: a leftover is also removed by the next `open`.
        let _ = fs::remove_file(tmp);
    }
    result?;
    sync_dir(dir)
}

/// Gives `tmp` the name `target` only if nothing has that name: a hard link where the file
/// system has them, else a rename after a check (the caller holds the vault's lock).
fn link_new(tmp: &Path, target: &Path) -> std::io::Result<()> {
    match fs::hard_link(tmp, target) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(e),
        Err(_) if fs::symlink_metadata(target).is_ok() => Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            "it exists",
        )),
        Err(_) => fs::rename(tmp, target),
    }
}

/// Makes a rename or removal in `dir` durable.
pub(crate) fn sync_dir(dir: &Path) -> Result<(), VaultError> {
    #[cfg(unix)]
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| VaultError::io(dir, e))?;
    Ok(())
}

/// Removes temp files a crashed write left in `dir`; only safe while holding the lock.
pub(crate) fn remove_temp_files(dir: &Path) -> Result<(), VaultError> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(VaultError::io(dir, e)),
    };
    let mut removed = false;
    for entry in entries {
        let entry = entry.map_err(|e| VaultError::io(dir, e))?;
        let is_temp = entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX);
        if is_temp && entry.file_type().is_ok_and(|t| t.is_file()) {
            let path = entry.path();
            fs::remove_file(&path).map_err(|e| VaultError::io(&path, e))?;
            removed = true;
        }
    }
    if removed {
        sync_dir(dir)?;
    }
    Ok(())
}

/// Reads a whole file, naming it on failure.
pub(crate) fn read(path: &Path) -> Result<Vec<u8>, VaultError> {
    fs::read(path).map_err(|e| VaultError::io(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_the_file_and_leaves_no_temp_file() {
        let tmp = tempfile::tempdir().unwrap();
        write_atomic(tmp.path(), "a.age", b"old").unwrap();
        write_atomic(tmp.path(), "a.age", b"new").unwrap();
        assert_eq!(fs::read(tmp.path().join("a.age")).unwrap(), b"new");
        let names: Vec<_> = fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["a.age"]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(tmp.path().join("a.age"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn only_our_temp_files_are_removed() {
        let tmp = tempfile::tempdir().unwrap();
        for name in [".tmp-1-a.age", "keep.age", ".stfolder", "x.tmp-1"] {
            fs::write(tmp.path().join(name), b"x").unwrap();
        }
        remove_temp_files(tmp.path()).unwrap();
        let mut names: Vec<_> = fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, [".stfolder", "keep.age", "x.tmp-1"]);
        remove_temp_files(&tmp.path().join("missing")).unwrap();
    }

    #[test]
    fn placing_new_files_never_replaces_one_and_undoes_itself() {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join("b"), b"keep").unwrap();
        let err = place_all_new(tmp.path(), &[("a", b"new a"), ("b", b"new b")]);
        assert!(err.is_err());
        let mut names: Vec<_> = fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, ["b"], "a was removed again, no temp files");
        assert_eq!(fs::read(tmp.path().join("b")).unwrap(), b"keep");
        place_all_new(tmp.path(), &[("a", b"1"), ("c", b"2")]).unwrap();
        assert_eq!(fs::read(tmp.path().join("c")).unwrap(), b"2");
    }

    #[test]
    fn a_second_lock_on_the_same_folder_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let first = lock(tmp.path()).unwrap();
        assert!(matches!(lock(tmp.path()), Err(VaultError::Locked)));
        drop(first);
        assert!(lock(tmp.path()).is_ok());
    }
}
