//! The vault as the app sees it: missing, locked, busy on a worker thread, open, or unusable.
//! Key derivation and decryption never run inside a frame: they run here on a thread that
//! reports back through a channel and asks for a repaint.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use age::secrecy::SecretString;

use crate::paths::Dirs;
use crate::session::Session;
use crate::vault::{RecoveryCode, Vault, VaultError};

/// What a worker thread reports.
pub enum Outcome {
    /// Unlocked (after create, unlock or recovery).
    Opened(Result<Session, VaultError>),
    /// A vault was created and unlocked; the recovery code is shown once.
    Created(Result<(Session, RecoveryCode), VaultError>),
}

/// The vault's state.
pub enum VaultState {
    /// No vault in the data folder yet.
    Missing,
    /// Opened (this instance holds the lock) but not unlocked.
    Locked(Arc<Vault>),
    /// A worker is busy; the vault to fall back to when it fails.
    Busy {
        /// The locked vault, if there was one.
        vault: Option<Arc<Vault>>,
        /// Where the worker reports.
        rx: Receiver<Outcome>,
    },
    /// Unlocked.
    Open(Box<Session>),
    /// Cannot be used; the sentence says why.
    Unavailable(String),
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
            Err(e) => VaultState::Unavailable(e.to_string()),
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

/// Runs `job` on a worker thread; the returned state is `Busy` until it reports.
pub fn spawn(
    ctx: &egui::Context,
    vault: Option<Arc<Vault>>,
    job: impl FnOnce() -> Outcome + Send + 'static,
) -> VaultState {
    let (tx, rx) = channel();
    let ctx = ctx.clone();
    std::thread::spawn(move || {
        let outcome = job();
        // The receiver may be gone if the app closed meanwhile; nothing to do then.
        let _ = tx.send(outcome);
        ctx.request_repaint();
    });
    VaultState::Busy { vault, rx }
}

/// Unlocks on a worker.
pub fn unlock(ctx: &egui::Context, vault: Arc<Vault>, passphrase: SecretString) -> VaultState {
    let v = Arc::clone(&vault);
    spawn(ctx, Some(vault), move || {
        Outcome::Opened(Session::unlock(v, &passphrase))
    })
}

/// Unlocks with the recovery code and sets a new passphrase, on a worker.
pub fn recover(
    ctx: &egui::Context,
    vault: Arc<Vault>,
    code: SecretString,
    new: SecretString,
) -> VaultState {
    let v = Arc::clone(&vault);
    spawn(ctx, Some(vault), move || {
        use age::secrecy::ExposeSecret;
        Outcome::Opened(
            v.unlock_with_recovery(code.expose_secret())
                .and_then(|unlocked| {
                    v.change_passphrase(&unlocked, &new)?;
                    Ok(Session::open(v, unlocked))
                }),
        )
    })
}

/// Creates a vault and unlocks it, on a worker.
pub fn create(
    ctx: &egui::Context,
    dir: std::path::PathBuf,
    passphrase: SecretString,
) -> VaultState {
    spawn(ctx, None, move || {
        Outcome::Created(Vault::create(&dir, &passphrase).and_then(|(vault, code)| {
            let vault = Arc::new(vault);
            let session = Session::unlock(vault, &passphrase)?;
            Ok((session, code))
        }))
    })
}

/// Polls a busy state; returns the outcome once the worker is done.
pub fn poll(state: &VaultState) -> Option<Result<Outcome, String>> {
    let VaultState::Busy { rx, .. } = state else {
        return None;
    };
    match rx.try_recv() {
        Ok(outcome) => Some(Ok(outcome)),
        Err(TryRecvError::Empty) => None,
        Err(TryRecvError::Disconnected) => {
            Some(Err("the background task stopped unexpectedly".into()))
        }
    }
}
