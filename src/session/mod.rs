//! An unlocked vault and its decrypted records: what the journal, profile history and CLI work
//! on. No egui here; the UI runs [`Session::open`] on a worker thread because it costs a scrypt
//! run and the decryption of every record.
//!
//! Only sealed records become entries, takes, receipts and feedback. Everything else is kept
//! apart for a "needs your attention" view: unsealed records, records the manifests miss, and
//! captures waiting for adoption (see [`Session::adopt`]).

mod attention;
mod drafts;
mod resolve;
mod trash;

pub use drafts::{
    AnswersDraft, DraftBody, EntryDraft, ExerciseDraft, ShareDraft, ShareForm, StoredDraft,
    write_draft,
};

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use zeroize::Zeroize;

use crate::assessment::Take;
use crate::export::{ConsentRecord, FeedbackRecord};
use crate::journal::{Entry, Journal, OathText};
use crate::records::Record;
use crate::vault::{
    Conflict, Envelope, LoadFailure, Missing, Unlocked, Unsealed, Vault, VaultError,
};

pub use resolve::Keep;
pub use trash::{TrashItem, Version};

/// A record of one kind with its envelope fields.
pub type Stored<T> = Envelope<T>;

/// The decrypted state of a vault. Dropping it wipes the decrypted text.
pub struct Session {
    vault: Arc<Vault>,
    unlocked: Unlocked,
    /// Journal entries by record id, indexed for search.
    pub journal: Journal,
    /// Envelope times per entry id: (created, updated).
    times: HashMap<String, (i64, i64)>,
    /// Bumped on every change, so views can cache what they derive.
    generation: u64,
    /// Completed questionnaires, oldest first.
    pub takes: Vec<Stored<Take>>,
    /// The user's oath text, if written.
    pub oath: Option<Stored<OathText>>,
    /// Receipts of what was shared with a coach, oldest first.
    pub consents: Vec<Stored<ConsentRecord>>,
    /// Feedback received from coaches.
    pub feedback: Vec<Stored<FeedbackRecord>>,
    /// Records that could not be read, by file name.
    pub failures: Vec<LoadFailure>,
    /// Sync-tool conflict copies waiting for the user's decision.
    pub conflicts: Vec<Conflict<Record>>,
    /// Records without a valid seal (forged, replaced, or changed): never genuine entries.
    pub unsealed: Vec<Unsealed<Record>>,
    /// Records the device manifests know that are gone or rolled back to an older version.
    pub missing: Vec<Missing>,
    /// Captures written while locked, waiting for the user to adopt or reject them.
    pub inbox: Vec<Envelope<Record>>,
    /// Record id → version: what this device's manifest lists.
    versions: BTreeMap<String, u64>,
    /// Sealed drafts of unsaved work found at unlock (see [`Session::take_drafts`]).
    drafts: Vec<StoredDraft>,
}

/// Splits an envelope into its typed form.
fn typed<T>(e: &Envelope<Record>, body: T) -> Stored<T> {
    Envelope {
        id: e.id.clone(),
        kind: e.kind.clone(),
        format: e.format,
        created: e.created,
        updated: e.updated,
        version: e.version,
        body,
    }
}

/// An envelope's fields around a new body.
fn with_body<T>(head: Envelope<()>, body: T) -> Stored<T> {
    Envelope {
        id: head.id,
        kind: head.kind,
        format: head.format,
        created: head.created,
        updated: head.updated,
        version: head.version,
        body,
    }
}

impl Session {
    /// Unlocks with a passphrase and decrypts everything.
    pub fn unlock(
        vault: Arc<Vault>,
        passphrase: &age::secrecy::SecretString,
    ) -> Result<Self, VaultError> {
        let unlocked = vault.unlock(passphrase)?;
        Ok(Self::open(vault, unlocked))
    }

    /// Decrypts every record with an identity already unlocked; migrates a format 1 vault
    /// (sealing its records) and brings this device's manifest up to date.
    pub fn open(vault: Arc<Vault>, unlocked: Unlocked) -> Self {
        let report = vault.load_all::<Record>(&unlocked);
        let migrate = vault.may_migrate();
        let mut session = Session {
            vault,
            unlocked,
            journal: Journal::new(),
            times: HashMap::new(),
            generation: 0,
            takes: Vec::new(),
            oath: None,
            consents: Vec::new(),
            feedback: Vec::new(),
            failures: report.failures,
            conflicts: report.conflicts,
            unsealed: report.unsealed,
            missing: report.missing,
            inbox: report.inbox,
            versions: report.known,
            drafts: Vec::new(),
        };
        drafts::load(&mut session);
        let records = if migrate {
            session.migrate(report.records)
        } else {
            report.records
        };
        for e in records {
            session.insert(e);
        }
        session.sort();
        session.refresh_manifest();
        session.purge_at_unlock();
        session
    }

    /// Files a decrypted record by kind, moving its body (no copy of the text).
    fn insert(&mut self, e: Envelope<Record>) {
        let Envelope {
            id,
            kind,
            format,
            created,
            updated,
            version,
            body,
        } = e;
        let head = Envelope {
            id,
            kind,
            format,
            created,
            updated,
            version,
            body: (),
        };
        match body {
            Record::Entry(entry) => {
                self.times.insert(head.id.clone(), (created, updated));
                self.journal.upsert(head.id, entry);
            }
            Record::Take(take) => self.takes.push(with_body(head, take)),
            Record::Consent(c) => self.consents.push(with_body(head, c)),
            Record::Feedback(f) => self.feedback.push(with_body(head, f)),
            Record::Oath(text) => {
                if self.oath.as_ref().is_none_or(|o| o.updated <= updated) {
                    self.oath = Some(with_body(head, text));
                }
            }
        }
    }

    fn sort(&mut self) {
        self.takes.sort_by_key(|t| t.body.completed);
        self.consents.sort_by_key(|c| c.body.date);
        self.feedback.sort_by_key(|f| f.body.written);
        self.generation += 1;
    }

    /// Changes with every save or resolved conflict.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// When an entry was created and last saved (unix seconds).
    pub fn times(&self, id: &str) -> Option<(i64, i64)> {
        self.times.get(id).copied()
    }

    /// The vault this session reads.
    pub fn vault(&self) -> &Arc<Vault> {
        &self.vault
    }

    /// The unlocked identity (for changing the passphrase or a new recovery code).
    pub fn unlocked(&self) -> &Unlocked {
        &self.unlocked
    }

    /// Saves an entry, new (`id` None) or changed; returns its id. An entry equal to its
    /// saved version is not written again.
    pub fn save_entry(
        &mut self,
        id: Option<&str>,
        entry: Entry,
        now: i64,
    ) -> Result<String, VaultError> {
        let known = id.and_then(|id| self.times.get(id).map(|t| (id.to_owned(), t.0)));
        // Saving what is already saved writes nothing: no identical version in the history.
        if let Some((id, _)) = &known
            && self.journal.get(id) == Some(&entry)
        {
            return Ok(id.clone());
        }
        let envelope = match known {
            Some((id, created)) => Envelope {
                version: self.next_version(&id),
                id,
                kind: "entry".into(),
                format: crate::vault::FORMAT,
                created,
                updated: now,
                body: Record::Entry(entry.clone()),
            },
            None => Envelope::new("entry", Record::Entry(entry.clone()), now),
        };
        self.seal(&envelope)?;
        self.times
            .insert(envelope.id.clone(), (envelope.created, envelope.updated));
        self.journal.upsert(envelope.id.clone(), entry);
        self.sort();
        Ok(envelope.id)
    }

    /// Saves a completed questionnaire.
    pub fn save_take(&mut self, take: Take, now: i64) -> Result<(), VaultError> {
        let stored = self.seal_new("take", take, Record::Take, now)?;
        self.takes.push(stored);
        self.sort();
        Ok(())
    }

    /// Keeps the receipt of an export.
    pub fn save_consent(&mut self, record: ConsentRecord, now: i64) -> Result<(), VaultError> {
        let stored = self.seal_new("consent", record, Record::Consent, now)?;
        self.consents.push(stored);
        self.sort();
        Ok(())
    }

    /// Keeps a coach's feedback on an entry.
    pub fn save_feedback(&mut self, record: FeedbackRecord, now: i64) -> Result<(), VaultError> {
        let stored = self.seal_new("feedback", record, Record::Feedback, now)?;
        self.feedback.push(stored);
        self.sort();
        Ok(())
    }

    /// Seals a new record of `kind` around `body` and returns it typed, for its list.
    fn seal_new<T: Clone>(
        &mut self,
        kind: &str,
        body: T,
        wrap: fn(T) -> Record,
        now: i64,
    ) -> Result<Stored<T>, VaultError> {
        let envelope = Envelope::new(kind, wrap(body.clone()), now);
        self.seal(&envelope)?;
        Ok(typed(&envelope, body))
    }

    /// Saves the user's oath text, replacing the earlier one.
    pub fn save_oath(&mut self, text: OathText, now: i64) -> Result<(), VaultError> {
        let envelope = match &self.oath {
            Some(old) => Envelope {
                id: old.id.clone(),
                kind: "oath".into(),
                version: self.next_version(&old.id),
                format: crate::vault::FORMAT,
                created: old.created,
                updated: now,
                body: Record::Oath(text.clone()),
            },
            None => Envelope::new("oath", Record::Oath(text.clone()), now),
        };
        self.seal(&envelope)?;
        self.oath = Some(typed(&envelope, text));
        Ok(())
    }

    fn remove_id(&mut self, id: &str) {
        if let Some(mut e) = self.journal.remove(id) {
            e.zeroize();
        }
        self.times.remove(id);
        self.takes.retain(|t| t.id != id);
        self.consents.retain(|c| c.id != id);
        self.feedback.retain(|f| f.id != id);
        if self.oath.as_ref().is_some_and(|o| o.id == id) {
            self.oath = None;
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let ids: Vec<String> = self.journal.iter().map(|(id, _)| id.to_owned()).collect();
        for id in ids {
            if let Some(mut e) = self.journal.remove(&id) {
                e.zeroize();
            }
        }
        if let Some(o) = &mut self.oath {
            o.body.text.zeroize();
        }
        let kept_apart = self
            .inbox
            .iter_mut()
            .chain(self.unsealed.iter_mut().map(|u| &mut u.envelope));
        for e in kept_apart {
            match &mut e.body {
                Record::Entry(entry) => entry.zeroize(),
                Record::Oath(o) => o.text.zeroize(),
                _ => {}
            }
        }
    }
}

/// Saves a record without unlocking: encrypted to the vault's public key, into the inbox, where
/// it waits to be adopted at the next unlock. Returns the new id.
pub fn save_locked(vault: &Vault, record: Record, now: i64) -> Result<String, VaultError> {
    let mut envelope = Envelope::new(record.kind(), record, now);
    envelope.version = 0;
    vault.capture(&envelope)?;
    Ok(envelope.id)
}

/// Saves an entry without unlocking, marked as captured while locked. Returns the new id.
pub fn capture(vault: &Vault, mut entry: Entry, now: i64) -> Result<String, VaultError> {
    entry.captured_locked = true;
    save_locked(vault, Record::Entry(entry), now)
}
