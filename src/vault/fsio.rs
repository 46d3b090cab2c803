//! Files on disk: private folders, atomic replacement, the writer lock and temp-file cleanup.

use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use super::VaultError;
use crate::atomic::{self, Place, private_options};

/// Our temp files start with this; `open` removes leftovers (only these: a sync tool's or
/// another program's `.tmp-*` is none of our business), `load_all` skips every hidden file.
pub(crate) use crate::atomic::TEMP_PREFIX;
/// The lock file's name.
pub(crate) const LOCK_FILE: &str = ".lock";

/// Creates `dir` (and parents) readable by the owner only. A folder that already exists keeps
/// its mode: the user chose it (a shared 1777 folder keeps its sticky bit), and a read-only
/// one must not fail.
pub(crate) fn create_private_dir(dir: &Path) -> Result<(), VaultError> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| VaultError::io(dir, e))?;
    // The umask may have widened what we just made; only this folder is ours to set.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
            .map_err(|e| VaultError::io(dir, e))?;
    }
    Ok(())
}

/// Takes the vault's writer lock, held until the returned file is dropped, waiting up to
/// `wait` for another holder to let go. The holder writes its pid and command into the lock
/// file, so a waiter that gives up can say who has it.
pub(crate) fn lock(dir: &Path, wait: Duration) -> Result<File, VaultError> {
    let path = dir.join(LOCK_FILE);
    let mut file = private_options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(|e| VaultError::io(&path, e))?;
    // A lock can outlive its holder by a moment (a process that just closed the vault), and a
    // writer holds it for milliseconds: poll, a little slower as time goes on.
    let start = Instant::now();
    let mut pause = Duration::from_millis(5);
    loop {
        match file.try_lock() {
            Ok(()) => {
                // Who holds it, for whoever waits next; no personal text, only the command.
                let _ = file.set_len(0).and_then(|()| {
                    write!(file, "pid {} ({})", std::process::id(), holder_command())
                });
                return Ok(file);
            }
            Err(fs::TryLockError::WouldBlock) if start.elapsed() < wait => {
                std::thread::sleep(pause.min(wait.saturating_sub(start.elapsed())));
                pause = (pause * 2).min(Duration::from_millis(100));
            }
            Err(fs::TryLockError::WouldBlock) => {
                let holder = fs::read_to_string(&path)
                    .ok()
                    .map(|s| s.chars().take(120).collect::<String>())
                    .filter(|s| !s.trim().is_empty())
                    .unwrap_or_else(|| "a process that did not say who it is".to_owned());
                return Err(VaultError::Locked {
                    holder,
                    waited_ms: u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                });
            }
            Err(fs::TryLockError::Error(e)) => return Err(VaultError::io(&path, e)),
        }
    }
}

/// How long the app waits for the lock when it opens a vault before it says another instance
/// has it: long enough for a closing instance or a command-line write to finish.
pub(crate) const APP_LOCK_WAIT: Duration = Duration::from_millis(300);

/// `ruimte add` or `ruimte (the app)`: the program and its subcommand, never its arguments
/// (a title is personal text, and the lock file sits in a synced folder).
fn holder_command() -> String {
    const COMMANDS: [&str; 12] = [
        "init",
        "add",
        "list",
        "search",
        "verify",
        "export",
        "resolve",
        "adopt",
        "open-export",
        "delete",
        "trash",
        "history",
    ];
    let sub = std::env::args()
        .skip(1)
        .find(|a| COMMANDS.contains(&a.as_str()));
    match sub {
        Some(sub) => format!("ruimte {sub}"),
        None => "ruimte, the app".to_owned(),
    }
}

/// Replaces `dir/name` with `bytes` so that a crash leaves the old file or the new one: temp file
/// in the same folder, write, fsync, rename over, fsync the folder.
pub(crate) fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), VaultError> {
    atomic::write(dir, name, bytes, Place::Replace).map_err(|e| VaultError::io(dir.join(name), e))
}

/// Writes new files into `dir` all or nothing: each goes to a temp file first (fsync), then every
/// one is linked into place under its name, which fails if that name exists (no file is ever
/// replaced). On any failure the names already placed are removed again, so the folder is as it
/// was. Callers place the file that marks completion last.
pub(crate) fn place_all_new(dir: &Path, files: &[(&str, &[u8])]) -> Result<(), VaultError> {
    let mut temps = Vec::with_capacity(files.len());
    let result = (|| {
        for (name, bytes) in files {
            let tmp = atomic::write_temp(dir, name, bytes).map_err(|e| VaultError::io(dir, e))?;
            temps.push((tmp, dir.join(name)));
        }
        let mut placed = Vec::with_capacity(temps.len());
        for (tmp, target) in &temps {
            if let Err(e) = atomic::link_new(tmp, target) {
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

/// Makes a rename or removal in `dir` durable.
pub(crate) fn sync_dir(dir: &Path) -> Result<(), VaultError> {
    atomic::sync_dir(dir).map_err(|e| VaultError::io(dir, e))
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

/// The largest record file we read (an entry is a few KiB); a larger one is a
/// [`VaultError::TooLarge`] and is never read into memory whole.
pub(crate) const MAX_RECORD_BYTES: u64 = 8 * 1024 * 1024;
/// The largest `vault.ron`, `identity.age` or `recovery.age` we read (each is under 1 KiB).
const MAX_SMALL_FILE_BYTES: u64 = 64 * 1024;

/// Reads a whole vault file (`vault.ron`, `identity.age`, …), naming it on failure.
pub(crate) fn read(path: &Path) -> Result<Vec<u8>, VaultError> {
    read_capped(path, MAX_SMALL_FILE_BYTES)
}

/// Reads at most `limit` bytes of a regular file: the cap counts bytes read, not the length the
/// file system reports, and a folder, pipe or device is refused before it is opened.
pub(crate) fn read_capped(path: &Path, limit: u64) -> Result<Vec<u8>, VaultError> {
    let meta = fs::metadata(path).map_err(|e| VaultError::io(path, e))?;
    if !meta.is_file() {
        return Err(VaultError::io(
            path,
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a regular file"),
        ));
    }
    let too_large = || VaultError::TooLarge {
        path: path.to_owned(),
        limit,
    };
    if meta.len() > limit {
        return Err(too_large());
    }
    let file = File::open(path).map_err(|e| VaultError::io(path, e))?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| VaultError::io(path, e))?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
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
        for name in [
            ".tmp-ruimte-1-a.age",
            ".tmp-other",
            "keep.age",
            ".stfolder",
            "x.tmp-1",
        ] {
            fs::write(tmp.path().join(name), b"x").unwrap();
        }
        remove_temp_files(tmp.path()).unwrap();
        let mut names: Vec<_> = fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, [".stfolder", ".tmp-other", "keep.age", "x.tmp-1"]);
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
    fn a_second_lock_on_the_same_folder_is_refused_naming_the_holder() {
        let tmp = tempfile::tempdir().unwrap();
        let wait = Duration::from_millis(50);
        let first = lock(tmp.path(), wait).unwrap();
        let Err(VaultError::Locked { holder, waited_ms }) = lock(tmp.path(), wait) else {
            panic!("the second lock must be refused");
        };
        assert!(
            holder.contains(&format!("pid {}", std::process::id())),
            "{holder}"
        );
        assert_eq!(waited_ms, 50);
        drop(first);
        assert!(lock(tmp.path(), wait).is_ok());
    }

    #[test]
    fn a_waiting_writer_gets_the_lock_once_it_is_free() {
        let tmp = tempfile::tempdir().unwrap();
        let first = lock(tmp.path(), Duration::ZERO).unwrap();
        let dir = tmp.path().to_owned();
        let waiter = std::thread::spawn(move || lock(&dir, Duration::from_secs(10)).is_ok());
        std::thread::sleep(Duration::from_millis(200));
        drop(first);
        assert!(waiter.join().unwrap());
    }

    #[test]
    #[cfg(unix)]
    fn an_existing_folder_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let shared = tmp.path().join("shared");
        fs::create_dir(&shared).unwrap();
        fs::set_permissions(&shared, fs::Permissions::from_mode(0o1777)).unwrap();
        create_private_dir(&shared).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o7777;
        assert_eq!(mode(&shared), 0o1777);
        create_private_dir(&shared.join("new")).unwrap();
        assert_eq!(mode(&shared.join("new")), 0o700);
    }

    #[test]
    fn reads_are_capped_by_bytes_and_refuse_what_is_not_a_file() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("r.age");
        fs::write(&path, vec![0u8; 100]).unwrap();
        assert_eq!(read_capped(&path, 100).unwrap().len(), 100);
        assert!(matches!(
            read_capped(&path, 99),
            Err(VaultError::TooLarge { limit: 99, .. })
        ));
        assert!(read_capped(tmp.path(), 99).is_err());
        assert!(read_capped(Path::new("/dev/zero"), 99).is_err());
    }
}
