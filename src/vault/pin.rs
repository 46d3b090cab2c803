//! The recipient pinned outside the synced folder (like ssh's `known_hosts`): the config dir keeps,
//! per data folder, the vault's public key, this device's id and whether the vault is sealed, so
//! a swapped `vault.ron` is refused before anything is encrypted to it.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::Ordering;

use age::x25519;
use serde::{Deserialize, Serialize};

use super::store::{VAULT_FILE, VaultFile};
use super::{FORMAT, Unlocked, Vault, VaultError, fsio};

/// The file in the config dir.
pub(crate) const PIN_FILE: &str = "known-vaults.ron";

/// What this device knows about one vault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Known {
    /// The vault's public key, `age1…`, as last verified (or first seen).
    pub(crate) recipient: String,
    /// This device's id for the vault: the name of its manifest.
    pub(crate) device: String,
    /// Whether this device has seen the vault in format 2; a vault.ron that says format 1
    /// afterwards is a downgrade and is not migrated again.
    #[serde(default)]
    pub(crate) sealed: bool,
    /// Whether this device has written its manifest: from then on, a missing one is named.
    #[serde(default)]
    pub(crate) manifest: bool,
}

/// The whole file: canonical data folder path → what is known.
#[derive(Debug, Default, Serialize, Deserialize)]
struct KnownVaults {
    vaults: BTreeMap<String, Known>,
}

/// The key under which a data folder is pinned: its canonical path.
fn key(dir: &Path) -> String {
    fs::canonicalize(dir)
        .unwrap_or_else(|_| dir.to_owned())
        .display()
        .to_string()
}

fn read_all(config: &Path) -> Result<KnownVaults, VaultError> {
    let path = config.join(PIN_FILE);
    let bytes = match fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(KnownVaults::default()),
        Err(e) => return Err(VaultError::io(&path, e)),
    };
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| VaultError::format(PIN_FILE, "it is not UTF-8 text"))?;
    ron::from_str(text).map_err(|e| {
        VaultError::format(
            PIN_FILE,
            format!(
                "{}:{}: {} (it lives in the settings folder)",
                e.span.start.line, e.span.start.col, e.code
            ),
        )
    })
}

/// What this device knows about the vault in `dir`, if anything.
pub(crate) fn read(config: &Path, dir: &Path) -> Result<Option<Known>, VaultError> {
    Ok(read_all(config)?.vaults.remove(&key(dir)))
}

/// Records what this device knows about the vault in `dir` (atomically).
pub(crate) fn write(config: &Path, dir: &Path, known: &Known) -> Result<(), VaultError> {
    let mut all = read_all(config)?;
    if all.vaults.get(&key(dir)) == Some(known) {
        return Ok(());
    }
    all.vaults.insert(key(dir), known.clone());
    let text = ron::ser::to_string_pretty(&all, ron::ser::PrettyConfig::default())
        .map_err(|e| VaultError::format(PIN_FILE, format!("could not be written: {e}")))?;
    fs::create_dir_all(config).map_err(|e| VaultError::io(config, e))?;
    fsio::write_atomic(config, PIN_FILE, format!("{text}\n").as_bytes())
}

impl Vault {
    /// Pins the vault's recipient in `config` (trust on first use, like ssh's `known_hosts`) or
    /// checks it against the pin: a `vault.ron` that names another key makes every locked save
    /// fail with [`VaultError::PinMismatch`]. An unlock re-pins to the key the identity proves.
    pub fn with_pins(mut self, config: &Path) -> Result<Vault, VaultError> {
        let known = read(config, &self.dir)?;
        let known = match (known, self.key.get()) {
            (Some(k), _) => k,
            (None, Some(key)) => {
                let k = Known {
                    recipient: key.text.clone(),
                    device: super::new_id(),
                    sealed: self.format() >= FORMAT,
                    manifest: false,
                };
                write(config, &self.dir, &k)?;
                k
            }
            (None, None) => {
                self.pins = Some(config.to_owned());
                return Ok(self);
            }
        };
        self.pins = Some(config.to_owned());
        self.known = Mutex::new(Some(known));
        Ok(self)
    }

    /// What the config dir knows about this vault, if pinned.
    pub(crate) fn known(&self) -> Option<Known> {
        self.known.lock().ok().and_then(|k| k.clone())
    }

    /// The recipient a locked save may encrypt to: `vault.ron`'s, and only if it agrees with
    /// the pin; the pin's while `vault.ron` is missing.
    pub(crate) fn locked_recipient(&self) -> Result<x25519::Recipient, VaultError> {
        let pinned = self.known().map(|k| k.recipient);
        match (self.key.get(), pinned) {
            (Some(key), Some(pinned)) if key.text != pinned => Err(VaultError::PinMismatch {
                pinned,
                found: key.text.clone(),
            }),
            (Some(key), _) => Ok(key.recipient.clone()),
            (None, Some(pinned)) => pinned.parse().map_err(|_| VaultError::NoRecipient),
            (None, None) => Err(VaultError::NoRecipient),
        }
    }

    /// This device's id for the vault (its manifest's name): the pinned one, or one derived from
    /// the folder's path when no config dir is used.
    pub(crate) fn device(&self) -> String {
        if let Some(k) = self.known() {
            return k.device;
        }
        use sha2::{Digest, Sha256};
        let path = fs::canonicalize(&self.dir).unwrap_or_else(|_| self.dir.clone());
        let digest = Sha256::digest(path.display().to_string().as_bytes());
        digest.iter().take(8).map(|b| format!("{b:02X}")).collect()
    }

    /// Records in the pin that this vault is sealed (format 2), so a later `vault.ron` that
    /// claims format 1 is not migrated again; and writes format 2 into `vault.ron`.
    pub(crate) fn mark_sealed(&self, unlocked: &Unlocked) -> Result<(), VaultError> {
        if self.format() < FORMAT {
            let text = VaultFile {
                format: FORMAT,
                created: self.created,
                recipient: unlocked.recipient(),
            }
            .to_text()?;
            let _guard = self.write_guard()?;
            fsio::write_atomic(&self.dir, VAULT_FILE, text.as_bytes())?;
            self.format.store(FORMAT, Ordering::Relaxed);
        }
        self.repin(unlocked)
    }

    /// Whether a vault that says format 1 may be migrated: not when this device saw it sealed.
    pub(crate) fn may_migrate(&self) -> bool {
        self.format() < FORMAT && !self.known().is_some_and(|k| k.sealed)
    }

    /// Notes in the pin that this device's manifest exists (after it was written).
    pub(crate) fn note_manifest_written(&self) -> Result<(), VaultError> {
        let (Some(config), Some(mut known)) = (&self.pins, self.known()) else {
            return Ok(());
        };
        if known.manifest {
            return Ok(());
        }
        known.manifest = true;
        write(config, &self.dir, &known)?;
        if let Ok(mut k) = self.known.lock() {
            *k = Some(known);
        }
        Ok(())
    }

    /// Pins the key the identity proves (after an unlock).
    pub(super) fn repin(&self, unlocked: &Unlocked) -> Result<(), VaultError> {
        let Some(config) = &self.pins else {
            return Ok(());
        };
        let old = self.known();
        let known = Known {
            recipient: unlocked.recipient(),
            device: old
                .as_ref()
                .map_or_else(super::new_id, |k| k.device.clone()),
            sealed: self.format() >= FORMAT || old.as_ref().is_some_and(|k| k.sealed),
            manifest: old.is_some_and(|k| k.manifest),
        };
        write(config, &self.dir, &known)?;
        if let Ok(mut k) = self.known.lock() {
            *k = Some(known);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_are_kept_per_folder_and_survive_a_rewrite() {
        let tmp = tempfile::tempdir().unwrap();
        let (config, a, b) = (
            tmp.path().join("c"),
            tmp.path().join("a"),
            tmp.path().join("b"),
        );
        fs::create_dir_all(&a).unwrap();
        assert_eq!(read(&config, &a).unwrap(), None);
        let known = Known {
            recipient: "age1a".into(),
            device: "D".into(),
            sealed: true,
            manifest: false,
        };
        write(&config, &a, &known).unwrap();
        write(
            &config,
            &b,
            &Known {
                recipient: "age1b".into(),
                ..known.clone()
            },
        )
        .unwrap();
        assert_eq!(read(&config, &a).unwrap(), Some(known));
        assert_eq!(read(&config, &b).unwrap().unwrap().recipient, "age1b");
        fs::write(config.join(PIN_FILE), "(vaults: {").unwrap();
        assert!(matches!(read(&config, &a), Err(VaultError::Format { .. })));
    }
}
