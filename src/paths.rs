//! Where the app keeps its files: the platform's config and data folders, or folders the user
//! names with `--config-dir` / `--data-dir` (tests always do).

use std::path::{Path, PathBuf};

/// The app's folders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dirs {
    /// Settings and the user's own questionnaires.
    pub config: PathBuf,
    /// Personal data: the vault.
    pub data: PathBuf,
}

impl Dirs {
    /// The platform's folders, overridden where given; `None` when the platform has no home.
    pub fn resolve(config: Option<PathBuf>, data: Option<PathBuf>) -> Option<Self> {
        let project =
            directories::ProjectDirs::from("nl", "Ambtelijke Ruimte", "ambtelijke-ruimte");
        let config = config.or_else(|| project.as_ref().map(|p| p.config_dir().to_path_buf()))?;
        let data = data.or_else(|| project.as_ref().map(|p| p.data_dir().to_path_buf()))?;
        Some(Self { config, data })
    }

    /// The folder in which users put their own questionnaires.
    pub fn questionnaires(&self) -> PathBuf {
        questionnaire_dir(&self.config)
    }

    /// The folders of the coach key: a vault of its own, used only for its identity, so a
    /// coach needs no journal. Inside the app's folders, beside the journal's files.
    pub fn coach_key(&self) -> Self {
        Self {
            config: self.config.join("coach-key"),
            data: self.data.join("coach-key"),
        }
    }

    /// Where a coach keeps the summaries they opened, still encrypted, as received.
    pub fn coach_inbox(&self) -> PathBuf {
        self.data.join("coach-inbox")
    }
}

/// `<config>/questionnaires`.
pub fn questionnaire_dir(config: &Path) -> PathBuf {
    config.join("questionnaires")
}

/// A file named `name` in the folder of `path` (for suggesting where a reply goes).
pub fn sibling(path: &Path, name: &str) -> PathBuf {
    path.parent()
        .map_or_else(|| PathBuf::from(name), |p| p.join(name))
}

/// Where exports go by default: the user's documents folder, else home, else the current one.
pub fn export_dir() -> PathBuf {
    crate::listing::places().default_folder()
}
