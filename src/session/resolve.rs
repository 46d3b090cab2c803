//! Sync conflicts: keeping the original, one copy, or every copy as a record of its own.

use super::Session;
use crate::records::Record;
use crate::vault::{Conflict, Envelope, VaultError};

/// What to keep of a sync conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// The original file; the copies are removed.
    Original,
    /// The n-th copy replaces the original.
    Copy(usize),
    /// Everything: each copy becomes a record of its own.
    All,
}

impl Session {
    /// Resolves conflict `index`: keeps the original, one copy, or all (copies get new ids).
    pub fn resolve(&mut self, index: usize, keep: Keep, now: i64) -> Result<(), VaultError> {
        if index >= self.conflicts.len() {
            return Ok(());
        }
        let conflict = self.conflicts.remove(index);
        let result = self.apply_resolution(&conflict, keep, now);
        if result.is_err() {
            // Nothing was decided; show it again.
            self.conflicts.insert(index, conflict);
        }
        self.sort();
        result
    }

    fn apply_resolution(
        &mut self,
        conflict: &Conflict<Record>,
        keep: Keep,
        now: i64,
    ) -> Result<(), VaultError> {
        match keep {
            Keep::Original => {
                for (file, _) in &conflict.copies {
                    self.vault.delete(file)?;
                }
            }
            Keep::Copy(k) => {
                let Some((_, chosen)) = conflict.copies.get(k) else {
                    return Ok(());
                };
                let winner = Envelope {
                    id: conflict.id.clone(),
                    kind: chosen.body.kind().to_owned(),
                    format: crate::vault::FORMAT,
                    created: chosen.created,
                    updated: now,
                    version: self.next_version(&conflict.id).max(chosen.version + 1),
                    body: chosen.body.clone(),
                };
                self.seal(&winner)?;
                for (file, _) in &conflict.copies {
                    self.vault.delete(file)?;
                }
                self.remove_id(&conflict.id);
                self.insert(winner);
            }
            Keep::All => {
                for (file, copy) in &conflict.copies {
                    let mut fresh = Envelope::new(copy.body.kind(), copy.body.clone(), now);
                    fresh.created = copy.created;
                    self.seal(&fresh)?;
                    self.vault.delete(file)?;
                    self.insert(fresh);
                }
            }
        }
        Ok(())
    }
}
