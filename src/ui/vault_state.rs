//! The vault as the app sees it: missing, locked, busy on the worker (see `worker.rs`), open,
//! or unusable.

use std::path::Path;
use std::sync::Arc;

use crate::session::Session;
use crate::vault::{Vault, VaultError};

/// The vault's state.
pub enum VaultState {
    /// No vault in the data folder yet.
    Missing,
    /// Opened (this instance holds the lock) but not unlocked.
    Locked(Arc<Vault>),
    /// The worker holds the vault or the session; the vault to fall back to if it stops.
    Busy {
        /// The vault, if there was one.
        vault: Option<Arc<Vault>>,
    },
    /// Unlocked.
    Open(Box<Session>),
    /// Cannot be used; the sentence says why.
    Unavailable(VaultError),
}

impl VaultState {
    /// Looks at the data folder: opens the vault (taking the lock) if there is one.
    pub fn detect(dir: &Path) -> Self {
        if !Vault::exists(dir) {
            return VaultState::Missing;
        }
        match Vault::open(dir) {
            Ok(v) => VaultState::Locked(Arc::new(v)),
            Err(e) => VaultState::Unavailable(e),
        }
    }

    /// The session, when unlocked.
    pub fn session(&self) -> Option<&Session> {
        match self {
            VaultState::Open(s) => Some(s),
            _ => None,
        }
    }

    /// The session, mutably.
    pub fn session_mut(&mut self) -> Option<&mut Session> {
        match self {
            VaultState::Open(s) => Some(s),
            _ => None,
        }
    }

    /// The vault, locked or open.
    pub fn vault(&self) -> Option<&Arc<Vault>> {
        match self {
            VaultState::Locked(v) => Some(v),
            VaultState::Open(s) => Some(s.vault()),
            VaultState::Busy { vault, .. } => vault.as_ref(),
            VaultState::Missing | VaultState::Unavailable(_) => None,
        }
    }

    /// Whether a worker is running.
    pub fn busy(&self) -> bool {
        matches!(self, VaultState::Busy { .. })
    }
}
