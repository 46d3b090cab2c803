//! A folder's contents for the app's own file picker: folders first, then the files that
//! match the chosen extensions, hidden names left out unless asked for, and never more than
//! a bounded number of rows (the rest is counted, not kept). Runs on the UI's worker thread;
//! the picker itself never touches the disk.

use std::cmp::Ordering;
use std::path::{Path, PathBuf};

/// How many rows a listing shows at most; the rest is counted ("and N more").
pub const MAX_ROWS: usize = 5_000;

/// How many rows are kept for sorting before the rest is only counted, so that a folder of a
/// million files costs a count, not a million names in memory.
const KEEP_FOR_SORTING: usize = 100_000;

/// How many folders up from a typed path are tried before giving up.
const MAX_CLIMB: usize = 64;

/// What to list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// The folder, or a path inside one: a file, or a name that does not exist yet. The
    /// nearest existing folder above it is listed.
    pub path: PathBuf,
    /// File extensions to show, without the dot and lower case (`md.age`, `ron`); empty
    /// shows every file. Folders always show.
    pub extensions: Vec<String>,
    /// Whether names that start with a dot show.
    pub hidden: bool,
    /// At most this many rows.
    pub limit: usize,
}

/// One row: a folder or a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The name as shown (lossy where the name is not valid UTF-8).
    pub name: String,
    /// The full path.
    pub path: PathBuf,
    /// A folder (or a link to one).
    pub is_dir: bool,
}

/// The places the picker offers as shortcuts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Places {
    /// The home folder.
    pub home: Option<PathBuf>,
    /// The documents folder.
    pub documents: Option<PathBuf>,
}

/// A listed folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing {
    /// The folder that was listed.
    pub dir: PathBuf,
    /// The folder above it, if any.
    pub parent: Option<PathBuf>,
    /// Folders first, then files, each by name regardless of case.
    pub items: Vec<Item>,
    /// How many more rows matched than are shown.
    pub more: usize,
    /// The last part of the query when it was not a folder (a file, or a new name), so a
    /// typed path can select that file or fill the save-as name.
    pub rest: Option<String>,
    /// Home and documents.
    pub places: Places,
}

/// Why a folder could not be listed.
#[derive(Debug, thiserror::Error)]
pub enum ListError {
    /// Neither the path nor any folder above it exists.
    #[error("no folder at or above {0}")]
    NoFolder(PathBuf),
    /// The folder exists but could not be read.
    #[error("cannot read the folder {path}: {source}")]
    Unreadable {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

impl Places {
    /// Where a new file goes unless the user says otherwise: the documents folder, else home,
    /// else the current folder. Exports, feedback and PDFs all start here.
    pub fn default_folder(&self) -> PathBuf {
        self.documents
            .clone()
            .or_else(|| self.home.clone())
            .unwrap_or_else(|| PathBuf::from("."))
    }
}

/// The home and documents folders of this user.
pub fn places() -> Places {
    match directories::UserDirs::new() {
        Some(u) => {
            let home = u.home_dir();
            // Without a user-dirs file, the usual English or Dutch folder in home, if there.
            let documents = u.document_dir().map(Path::to_path_buf).or_else(|| {
                ["Documents", "Documenten"]
                    .iter()
                    .map(|name| home.join(name))
                    .find(|p| p.is_dir())
            });
            Places {
                home: Some(home.to_path_buf()),
                documents,
            }
        }
        None => Places::default(),
    }
}

/// Lists the folder the query names, or the nearest one above it.
pub fn list(query: &Query) -> Result<Listing, ListError> {
    let start = if query.path.as_os_str().is_empty() {
        let p = places();
        p.documents.or(p.home).unwrap_or_else(|| PathBuf::from("."))
    } else {
        query.path.clone()
    };
    // A relative path means the same here as where the file is later written.
    let start = std::path::absolute(&start).unwrap_or(start);
    // Without a trailing slash or `.` parts, so the folder shows as one name.
    let start: PathBuf = start.components().collect();
    let (dir, rest) = nearest_folder(&start)?;
    let entries = std::fs::read_dir(&dir).map_err(|source| ListError::Unreadable {
        path: dir.clone(),
        source,
    })?;
    let mut items = Vec::new();
    let mut matched = 0usize;
    // An entry that vanishes or cannot be read while listing is left out, not fatal.
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !query.hidden && name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let is_dir = match entry.file_type() {
            Ok(t) if t.is_symlink() => path.is_dir(),
            Ok(t) => t.is_dir(),
            Err(_) => continue,
        };
        if !is_dir && !matches_extension(&name, &query.extensions) {
            continue;
        }
        matched += 1;
        if items.len() < KEEP_FOR_SORTING {
            items.push(Item { name, path, is_dir });
        }
    }
    items.sort_by(order);
    items.truncate(query.limit);
    Ok(Listing {
        parent: dir.parent().map(Path::to_path_buf),
        dir,
        more: matched - items.len(),
        items,
        rest,
        places: places(),
    })
}

/// Whether `name` ends in one of `extensions` (lower case, no dot); none means any.
pub fn matches_extension(name: &str, extensions: &[String]) -> bool {
    if extensions.is_empty() {
        return true;
    }
    let lower = name.to_lowercase();
    extensions.iter().any(|x| {
        lower
            .strip_suffix(x.as_str())
            .is_some_and(|stem| stem.len() > 1 && stem.ends_with('.'))
    })
}

/// Folders before files, then by name without regard to case.
fn order(a: &Item, b: &Item) -> Ordering {
    b.is_dir
        .cmp(&a.is_dir)
        .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        .then_with(|| a.name.cmp(&b.name))
}

/// The path itself when it is a folder, else the nearest folder above it, with the first
/// part below that folder (a file, or a name still to be made).
fn nearest_folder(path: &Path) -> Result<(PathBuf, Option<String>), ListError> {
    let mut rest = None;
    let mut at = path;
    for _ in 0..MAX_CLIMB {
        if at.is_dir() {
            return Ok((at.to_path_buf(), rest));
        }
        rest = at.file_name().map(|n| n.to_string_lossy().into_owned());
        match at.parent() {
            Some(p) if !p.as_os_str().is_empty() => at = p,
            _ => break,
        }
    }
    Err(ListError::NoFolder(path.to_path_buf()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exts(xs: &[&str]) -> Vec<String> {
        xs.iter().map(|x| (*x).to_owned()).collect()
    }

    #[test]
    fn extensions_match_whole_suffixes_only() {
        assert!(matches_extension("a.md.age", &exts(&["md.age"])));
        assert!(matches_extension("A.MD.AGE", &exts(&["md.age"])));
        assert!(!matches_extension("a.age", &exts(&["md.age"])));
        assert!(matches_extension("a.md.age", &exts(&["age"])));
        assert!(!matches_extension("page", &exts(&["age"])));
        assert!(!matches_extension(".age", &exts(&["age"])));
        assert!(matches_extension("anything", &[]));
    }

    #[test]
    fn a_path_that_does_not_exist_lists_the_nearest_folder_and_keeps_the_name() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (found, rest) = nearest_folder(&dir.path().join("nieuw.md.age")).expect("found");
        assert_eq!(found, dir.path());
        assert_eq!(rest.as_deref(), Some("nieuw.md.age"));
        let (found, rest) = nearest_folder(&dir.path().join("a/b/c.ron")).expect("found");
        assert_eq!(found, dir.path());
        assert_eq!(rest.as_deref(), Some("a"));
    }

    #[test]
    fn a_folder_is_listed_folders_first_filtered_and_without_hidden_names() {
        let dir = tempfile::tempdir().expect("temp dir");
        for name in ["b.ron", "a.csv", ".verborgen.ron", "C.RON"] {
            std::fs::write(dir.path().join(name), "x").expect("write");
        }
        std::fs::create_dir(dir.path().join("zmap")).expect("mkdir");
        let query = Query {
            path: dir.path().to_path_buf(),
            extensions: exts(&["ron"]),
            hidden: false,
            limit: MAX_ROWS,
        };
        let listing = list(&query).expect("listed");
        let names: Vec<&str> = listing.items.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["zmap", "b.ron", "C.RON"]);
        assert_eq!(listing.more, 0);
        let all = list(&Query {
            extensions: Vec::new(),
            hidden: true,
            ..query
        })
        .expect("listed");
        assert_eq!(all.items.len(), 5);
    }
}
