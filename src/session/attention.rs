//! Sealing, the manifest, the migration from format 1, and what needs the user's attention:
//! captures to adopt or reject, unsealed records, records the manifests miss.

use crate::records::Record;
use crate::vault::{Envelope, FORMAT, LoadFailure, VaultError, new_id};

use super::Session;

impl Session {
    /// Seals and saves one record, then lists its version in this device's manifest. The record
    /// is written first: a crash in between leaves a record newer than the manifest, never older.
    /// An entry saved over (an edit, or a conflict resolved for a copy) keeps its previous file
    /// among its earlier versions first.
    pub(super) fn seal(&mut self, envelope: &Envelope<Record>) -> Result<(), VaultError> {
        if envelope.version > 1 && matches!(envelope.body, Record::Entry(_)) {
            self.keep_previous(&envelope.id)?;
        }
        self.vault.save(&self.unlocked, envelope)?;
        let slot = self.versions.entry(envelope.id.clone()).or_insert(0);
        *slot = (*slot).max(envelope.version);
        self.vault.write_manifest(&self.unlocked, &self.versions)
    }

    /// The version the next save of `id` gets.
    pub(super) fn next_version(&self, id: &str) -> u64 {
        self.versions.get(id).copied().unwrap_or(0) + 1
    }

    /// Writes this device's manifest as this session knows it. Best effort and without waiting:
    /// a read-only vault, or one whose lock another process holds, still opens; the next save
    /// tries again.
    pub(super) fn refresh_manifest(&mut self) {
        if self.vault.format() >= FORMAT {
            let _ = self.vault.refresh_manifest(&self.unlocked, &self.versions);
        }
    }

    /// Migrates a format 1 vault: every record that loaded (sync conflict copies too, under
    /// their own names) is sealed again as format 2, entries that were captured while locked move
    /// to the inbox for adoption, and `vault.ron` says
    /// format 2 last, so an interrupted migration simply runs again. Returns the records to show.
    pub(super) fn migrate(&mut self, records: Vec<Envelope<Record>>) -> Vec<Envelope<Record>> {
        let mut kept = Vec::with_capacity(records.len());
        let mut error = None;
        for mut e in records {
            let captured = matches!(&e.body, Record::Entry(entry) if entry.captured_locked);
            e.format = FORMAT;
            let result = if captured {
                e.version = 0;
                let name = format!("{}.age", e.id);
                self.vault
                    .capture(&e)
                    .and_then(|()| self.vault.delete(&name))
            } else {
                e.version = e.version.max(1);
                self.vault.save(&self.unlocked, &e)
            };
            match result {
                Ok(()) if captured => {
                    self.versions.remove(&e.id);
                    self.inbox.push(e);
                }
                Ok(()) => {
                    self.versions.insert(e.id.clone(), e.version);
                    kept.push(e);
                }
                Err(err) => {
                    error.get_or_insert(err);
                    kept.push(e);
                }
            }
        }
        for c in &mut self.conflicts {
            let own = format!("{}.age", c.id);
            let copies = c.copies.iter_mut().map(|(name, e)| (name.as_str(), e));
            for (name, e) in c
                .original
                .iter_mut()
                .map(|e| (own.as_str(), e))
                .chain(copies)
            {
                e.format = FORMAT;
                e.version = e.version.max(1);
                if let Err(err) = self.vault.save_as(&self.unlocked, e, name) {
                    error.get_or_insert(err);
                }
            }
        }
        let done = match error {
            Some(e) => Err(e),
            None => self
                .vault
                .write_manifest(&self.unlocked, &self.versions)
                .and_then(|()| self.vault.mark_sealed(&self.unlocked)),
        };
        if let Err(e) = done {
            self.failures.push(LoadFailure {
                file: "vault.ron".to_owned(),
                reason: format!("the vault could not be moved to format {FORMAT} yet: {e}"),
            });
        }
        self.inbox.sort_by(|a, b| a.id.cmp(&b.id));
        kept
    }

    /// Whether anything waits for the user: captures to adopt, unsealed, missing, damaged or
    /// conflicting records.
    pub fn needs_attention(&self) -> bool {
        !(self.inbox.is_empty()
            && self.unsealed.is_empty()
            && self.missing.is_empty()
            && self.failures.is_empty()
            && self.conflicts.is_empty())
    }

    /// Adopts the capture `id` from the inbox: seals it as a record of this vault (under a new id
    /// if its own is already taken) and removes it from the inbox. Returns the record's id.
    pub fn adopt(&mut self, id: &str, now: i64) -> Result<String, VaultError> {
        let pos = self
            .inbox
            .iter()
            .position(|e| e.id == id)
            .ok_or_else(|| VaultError::NoSuchCapture(id.to_owned()))?;
        let capture = &self.inbox[pos];
        let taken = self.versions.contains_key(id)
            || self.unsealed.iter().any(|u| u.envelope.id == id)
            || self.conflicts.iter().any(|c| c.id == id);
        let record = Envelope {
            id: if taken { new_id() } else { id.to_owned() },
            // The kind follows from the body, not from what the file claims.
            kind: capture.body.kind().to_owned(),
            format: FORMAT,
            created: capture.created,
            updated: now,
            version: 1,
            body: capture.body.clone(),
        };
        self.seal(&record)?;
        self.vault.remove_capture(id)?;
        self.inbox.remove(pos);
        let new_id = record.id.clone();
        self.insert(record);
        self.sort();
        Ok(new_id)
    }

    /// Adopts every capture waiting (the app's "keep all"); returns the records' ids. Stops at
    /// the first failure, leaving the rest waiting.
    pub fn adopt_all(&mut self, now: i64) -> Result<Vec<String>, VaultError> {
        let ids: Vec<String> = self.inbox.iter().map(|e| e.id.clone()).collect();
        ids.iter().map(|id| self.adopt(id, now)).collect()
    }

    /// Rejects the capture `id`: removes it from the inbox unread.
    pub fn reject(&mut self, id: &str) -> Result<(), VaultError> {
        self.vault.remove_capture(id)?;
        if let Some(pos) = self.inbox.iter().position(|e| e.id == id) {
            let mut e = self.inbox.remove(pos);
            if let Record::Entry(entry) = &mut e.body {
                zeroize::Zeroize::zeroize(entry);
            }
        }
        Ok(())
    }
}
