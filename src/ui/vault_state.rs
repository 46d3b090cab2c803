//! The vault as the app sees it: missing, locked, busy on the worker (see `worker.rs`), open,
//! or unusable.

use std::sync::Arc;

use crate::paths::Dirs;
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
    /// Looks at the data folder: opens the vault (taking the lock) if there is one, with its
    /// recipient pinned in the config folder (so a swapped `vault.ron` refuses captures).
    pub fn detect(dirs: &Dirs) -> Self {
        if !Vault::exists(&dirs.data) {
            return VaultState::Missing;
        }
        match Vault::open(&dirs.data).and_then(|v| v.with_pins(&dirs.config)) {
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
