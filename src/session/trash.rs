//! Deleting entries and takes to the trash, restoring them, emptying the trash (by hand, or at
//! an unlock by the writer after [`TRASH_DAYS`] days), and an entry's earlier versions.
//!
//! Consent receipts are evidence: [`Session::delete`] refuses them, so they never reach the
//! trash and no emptying can remove them.

use zeroize::Zeroize;

use crate::journal::Entry;
use crate::records::Record;
use crate::vault::{LoadFailure, TRASH_DAYS, TrashNote, VaultError};

use super::Session;

/// One record in the trash, as a list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrashItem {
    /// The record id.
    pub id: String,
    /// `entry` or `take`.
    pub kind: String,
    /// The entry's title, or for a take the questionnaire's id; empty if it could not be read.
    pub title: String,
    /// When it was deleted, Unix seconds.
    pub deleted: i64,
    /// Whole days before it is emptied at an unlock.
    pub days_left: i64,
    /// For a take: when the questionnaire was completed, Unix seconds.
    pub completed: Option<i64>,
}

/// One version of an entry.
#[derive(Debug, Clone)]
pub struct Version {
    /// The version number (counted by the sealing device).
    pub version: u64,
    /// When this version was saved, Unix seconds.
    pub saved: i64,
    /// The entry as it was then.
    pub entry: Entry,
    /// Whether this is the version in the journal now.
    pub current: bool,
}

impl Drop for Version {
    fn drop(&mut self) {
        self.entry.zeroize();
    }
}

/// Whether a record deleted at `deleted` is due to be emptied at `now`.
fn expired(note: &TrashNote, now: i64) -> bool {
    now.saturating_sub(note.deleted) >= TRASH_DAYS * 86_400
}

impl Session {
    /// Moves the entry or take `id` to the trash, unread and still sealed, with a sealed note of
    /// when; it leaves the journal and the profile's history. A consent receipt is refused.
    pub fn delete(&mut self, id: &str, now: i64) -> Result<(), VaultError> {
        let kind = if self.journal.get(id).is_some() {
            "entry"
        } else if self.takes.iter().any(|t| t.id == id) {
            "take"
        } else if self.consents.iter().any(|c| c.id == id) {
            return Err(VaultError::Evidence(id.to_owned()));
        } else {
            return Err(VaultError::NoSuchRecord(id.to_owned()));
        };
        let version = self.versions.get(id).copied().unwrap_or(0);
        self.vault
            .move_to_trash(&self.unlocked, id, kind, version, now)?;
        self.remove_id(id);
        self.sort();
        Ok(())
    }

    /// What is in the trash, most recently deleted first, with the files that could not be
    /// read. Decrypts each trashed record for its title (a worker's job in the app).
    pub fn trash(&self, now: i64) -> (Vec<TrashItem>, Vec<LoadFailure>) {
        let (notes, failures) = self.vault.trash_notes(&self.unlocked);
        let mut items: Vec<TrashItem> = notes
            .iter()
            .filter(|n| n.restorable())
            .map(|n| {
                let (title, completed) =
                    match self.vault.peek_trashed::<Record>(&self.unlocked, &n.id) {
                        Ok(e) => match e.body {
                            Record::Entry(mut entry) => {
                                let title = entry.title.clone();
                                entry.zeroize();
                                (title, None)
                            }
                            Record::Take(take) => (take.questionnaire, Some(take.completed)),
                            Record::Oath(_) | Record::Consent(_) | Record::Feedback(_) => {
                                (String::new(), None)
                            }
                        },
                        Err(_) => (String::new(), None),
                    };
                TrashItem {
                    id: n.id.clone(),
                    kind: n.kind.clone(),
                    title,
                    deleted: n.deleted,
                    days_left: n.days_left(now),
                    completed,
                }
            })
            .collect();
        items.sort_by(|a, b| b.deleted.cmp(&a.deleted).then(a.id.cmp(&b.id)));
        (items, failures)
    }

    /// Moves `id` back from the trash into the journal (or the profile's history).
    pub fn restore(&mut self, id: &str) -> Result<(), VaultError> {
        let envelope = self
            .vault
            .restore_from_trash::<Record>(&self.unlocked, id)?;
        let slot = self.versions.entry(envelope.id.clone()).or_insert(0);
        *slot = (*slot).max(envelope.version);
        self.insert(envelope);
        self.sort();
        Ok(())
    }

    /// Empties the trash now: every record in it is removed for good (a consent receipt never).
    /// Returns how many were removed.
    pub fn empty_trash(&mut self, now: i64) -> Result<usize, VaultError> {
        self.empty_where(now, |_| true)
    }

    /// Empties what has been in the trash for [`TRASH_DAYS`] days or more at `now`. Returns how
    /// many were removed.
    pub fn purge_expired(&mut self, now: i64) -> Result<usize, VaultError> {
        self.empty_where(now, |n| expired(n, now))
    }

    /// At unlock, the writer (the app, which holds the lock) empties what is due; a reader (a
    /// command beside the app) never does. A failure is named among the unreadable files.
    pub(super) fn purge_at_unlock(&mut self) {
        if !self.vault.is_writer() {
            return;
        }
        if let Err(e) = self.purge_expired(crate::clock::now()) {
            self.failures.push(LoadFailure {
                file: "trash".to_owned(),
                reason: format!("the trash could not be emptied: {e}"),
            });
        }
    }

    fn empty_where(
        &mut self,
        now: i64,
        due: impl Fn(&TrashNote) -> bool,
    ) -> Result<usize, VaultError> {
        let (notes, _) = self.vault.trash_notes(&self.unlocked);
        let mut removed = 0;
        for note in notes
            .iter()
            .filter(|n| n.restorable() && !n.is_evidence() && due(n))
        {
            self.vault.empty_from_trash(&self.unlocked, note, now)?;
            self.versions.remove(&note.id);
            removed += 1;
        }
        if removed > 0 {
            self.vault.write_manifest(&self.unlocked, &self.versions)?;
        }
        Ok(removed)
    }

    /// Keeps the file of `id` as it is now among its earlier versions, before a save replaces it.
    pub(super) fn keep_previous(&self, id: &str) -> Result<(), VaultError> {
        let version = self.versions.get(id).copied().unwrap_or(0);
        self.vault.keep_version(id, version)
    }

    /// Every version of entry `id` kept, oldest first, the current one last; with the kept files
    /// that could not be read.
    pub fn history(&self, id: &str) -> Result<(Vec<Version>, Vec<LoadFailure>), VaultError> {
        let current = self
            .journal
            .get(id)
            .ok_or_else(|| VaultError::NoSuchRecord(id.to_owned()))?;
        let (old, failures) = self.vault.history::<Record>(&self.unlocked, id);
        let mut versions: Vec<Version> = old
            .into_iter()
            .filter_map(|e| match e.body {
                Record::Entry(entry) => Some(Version {
                    version: e.version,
                    saved: e.updated,
                    entry,
                    current: false,
                }),
                Record::Take(_) | Record::Oath(_) | Record::Consent(_) | Record::Feedback(_) => {
                    None
                }
            })
            .collect();
        versions.push(Version {
            version: self.versions.get(id).copied().unwrap_or(0),
            saved: self.times(id).map_or(0, |t| t.1),
            entry: current.clone(),
            current: true,
        });
        Ok((versions, failures))
    }

    /// Makes the earlier `version` of entry `id` the current one, saved anew; the version it
    /// replaces is kept in the history in turn.
    pub fn restore_version(&mut self, id: &str, version: u64, now: i64) -> Result<(), VaultError> {
        let (versions, _) = self.history(id)?;
        let chosen = versions
            .iter()
            .find(|v| v.version == version && !v.current)
            .ok_or_else(|| VaultError::NoSuchVersion {
                id: id.to_owned(),
                version,
            })?;
        let entry = chosen.entry.clone();
        self.save_entry(Some(id), entry, now)?;
        Ok(())
    }
}
