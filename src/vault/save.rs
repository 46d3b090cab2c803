//! Writing records: sealed into `records/` while unlocked; unsealed into `inbox/` while locked,
//! where they wait until the user adopts or rejects them at the next unlock.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use rayon::prelude::{IntoParallelIterator, ParallelIterator};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::crypto::{SecretBuf, decrypt, encrypt_to};
use super::envelope::{FileKind, classify, is_canonical_id};
use super::load::{RECURSION_LIMIT, decrypt_reason, read_record, ron_reason};
use super::seal::{Domain, Opened};
use super::store::{INBOX_DIR, RECORDS_DIR};
use super::{Envelope, FORMAT, LoadFailure, Unlocked, Vault, VaultError, fsio};

/// The file name of a record, after checking its id and format.
fn checked_name<T>(envelope: &Envelope<T>) -> Result<String, VaultError> {
    if !is_canonical_id(&envelope.id) {
        return Err(VaultError::format(
            RECORDS_DIR,
            "a record id must be a ULID in upper case",
        ));
    }
    let name = format!("{}.age", envelope.id);
    if envelope.format != FORMAT {
        return Err(VaultError::format(
            &name,
            format!("this version writes record format {FORMAT} only"),
        ));
    }
    Ok(name)
}

/// The envelope as one line of RON and a newline, in a buffer wiped on drop.
fn serialise<T: Serialize>(name: &str, envelope: &Envelope<T>) -> Result<SecretBuf, VaultError> {
    let mut plaintext = SecretBuf::with_capacity(4096);
    ron::Options::default()
        .to_writer(&mut plaintext, envelope)
        .map_err(|e| VaultError::format(name, format!("could not be serialised: {e}")))?;
    let _ = plaintext.write_char('\n');
    Ok(plaintext)
}

impl Vault {
    /// Seals a record with the unlocked identity (over its id, kind, version, times and body),
    /// encrypts it to the identity's own public key and writes `records/<id>.age` atomically.
    /// No plaintext touches the disk.
    pub fn save<T: Serialize>(
        &self,
        unlocked: &Unlocked,
        envelope: &Envelope<T>,
    ) -> Result<(), VaultError> {
        let name = checked_name(envelope)?;
        self.save_as(unlocked, envelope, &name)
    }

    /// Seals `envelope` into `records/<name>`: its own name, or (when migrating) the name of a
    /// sync conflict copy of it.
    pub(crate) fn save_as<T: Serialize>(
        &self,
        unlocked: &Unlocked,
        envelope: &Envelope<T>,
        name: &str,
    ) -> Result<(), VaultError> {
        self.check_ours(unlocked)?;
        checked_name(envelope)?;
        let name = name.to_owned();
        let mut plaintext = serialise(&name, envelope)?;
        let line = unlocked
            .seal_key()
            .seal_line(Domain::Record, plaintext.bytes());
        let _ = plaintext.write_str(&line);
        let ciphertext = encrypt_to(&unlocked.identity().to_public(), plaintext.bytes())?;
        let _guard = self.write_guard()?;
        fsio::write_atomic(&self.records_dir(), &name, &ciphertext)
    }

    /// Saves a capture without unlocking: encrypted to the vault's public key, unsealed, into
    /// `inbox/<id>.age`, where it waits for the user to adopt it. Refuses, before anything is
    /// encrypted, when `vault.ron` names another key than the pinned one.
    pub fn capture<T: Serialize>(&self, envelope: &Envelope<T>) -> Result<(), VaultError> {
        let recipient = self.locked_recipient()?;
        let name = checked_name(envelope)?;
        let plaintext = serialise(&name, envelope)?;
        let ciphertext = encrypt_to(&recipient, plaintext.bytes())?;
        let inbox = self.dir().join(INBOX_DIR);
        let _guard = self.write_guard()?;
        fsio::create_private_dir(&inbox)?;
        fsio::write_atomic(&inbox, &name, &ciphertext)
    }

    /// Removes the capture `id` from `inbox/` (after it was adopted, or because the user
    /// rejected it).
    pub fn remove_capture(&self, id: &str) -> Result<(), VaultError> {
        if !is_canonical_id(id) {
            return Err(VaultError::NoSuchCapture(id.to_owned()));
        }
        let inbox = self.dir().join(INBOX_DIR);
        let path = inbox.join(format!("{id}.age"));
        let _guard = self.write_guard()?;
        match fs::remove_file(&path) {
            Ok(()) => fsio::sync_dir(&inbox),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Err(VaultError::NoSuchCapture(id.to_owned()))
            }
            Err(e) => Err(VaultError::io(&path, e)),
        }
    }

    /// Decrypts every capture in `inbox/`: the ones that load, and the files that do not (named
    /// `inbox/<file>`).
    pub(crate) fn load_inbox<T: DeserializeOwned + Send>(
        &self,
        unlocked: &Unlocked,
    ) -> (Vec<Envelope<T>>, Vec<LoadFailure>) {
        let inbox = self.dir().join(INBOX_DIR);
        let names: Vec<String> = match fs::read_dir(&inbox) {
            Ok(entries) => entries
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !n.starts_with('.'))
                .collect(),
            Err(_) => Vec::new(),
        };
        let outcomes: Vec<Result<Envelope<T>, LoadFailure>> = names
            .into_par_iter()
            .map(|name| {
                load_capture(&inbox, &name, unlocked).map_err(|reason| LoadFailure {
                    file: format!("{INBOX_DIR}/{name}"),
                    reason,
                })
            })
            .collect();
        let (mut ok, mut failed) = (Vec::new(), Vec::new());
        for outcome in outcomes {
            match outcome {
                Ok(e) => ok.push(e),
                Err(f) => failed.push(f),
            }
        }
        ok.sort_by(|a: &Envelope<T>, b| a.id.cmp(&b.id));
        failed.sort_by(|a: &LoadFailure, b| a.file.cmp(&b.file));
        (ok, failed)
    }
}

/// Decrypts and parses one capture; its id must be its file name.
fn load_capture<T: DeserializeOwned>(
    inbox: &Path,
    name: &str,
    unlocked: &Unlocked,
) -> Result<Envelope<T>, String> {
    let FileKind::Record(id) = classify(name) else {
        return Err("its name is not a record id followed by .age".to_owned());
    };
    let bytes = read_record(&inbox.join(name))?;
    let plaintext = decrypt(unlocked.identity(), &bytes).map_err(|f| decrypt_reason(&f))?;
    let text = std::str::from_utf8(&plaintext)
        .map_err(|_| "its decrypted contents are not text".to_owned())?;
    // A capture is unsealed by nature; a seal line, if any, is ignored.
    let text = match unlocked.seal_key().open(Domain::Record, text) {
        Opened::Sealed(t) | Opened::Unsealed(t) | Opened::BadSeal(t) => t,
    };
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    let envelope: Envelope<T> = options.from_str(text).map_err(ron_reason)?;
    if envelope.id != id {
        return Err("its id does not match its file name (was it renamed?)".to_owned());
    }
    if envelope.format > FORMAT {
        return Err(format!(
            "it was made by a newer version of the app (record format {})",
            envelope.format
        ));
    }
    Ok(envelope)
}
