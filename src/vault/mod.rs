//! The encrypted vault: one passphrase-protected X25519 identity and every record encrypted to its
//! public key, each file a standard age file (see docs/FORMAT.md).
//!
//! Records written while unlocked are sealed with a key derived from the identity and listed in a
//! sealed manifest per device; captures written while locked wait unsealed in `inbox/` until the
//! user adopts them. Creating never writes over anything; the recipient is pinned outside the
//! synced folder. Writes are atomic, a lock file keeps one writer at a time, and a damaged record
//! is reported by name while the others still load.
//! This room never imports egui.

mod create;
mod crypto;
mod drafts;
mod envelope;
mod error;
mod fsio;
mod history;
mod keys;
mod load;
mod manifest;
mod pin;
mod recovery;
mod save;
mod seal;
mod store;
mod strength;
mod timefmt;
mod trash;

/// The secret string type the vault takes passphrases in (re-exported from age's `secrecy`).
pub use age::secrecy::{ExposeSecret, SecretString};
pub use crypto::{OpenFailure, Unlocked};
pub use drafts::{Draft, DraftReport, DraftWriter};
pub use envelope::{Conflict, Envelope, LoadFailure, LoadReport, Missing, Unsealed, new_id};
pub use error::VaultError;
pub use history::MAX_VERSIONS;
pub use recovery::RecoveryCode;
pub use store::Vault;
pub use strength::{Strength, StrengthIssue, strength};
pub(crate) use timefmt::rfc3339;
pub use trash::{EVIDENCE_KINDS, TRASH_DAYS, TrashNote};

/// The scrypt work factor (log2 N) for the passphrase: about a second on a laptop.
pub const WORK_FACTOR: u8 = 18;
/// The highest scrypt work factor we accept when unlocking, to bound the cost of a hostile file.
pub const MAX_WORK_FACTOR: u8 = 22;
/// The vault and envelope format this version writes (format 2: sealed records, device
/// manifests, an inbox for captures; see docs/FORMAT.md). Format 1 vaults are read and migrated
/// at their first unlock.
pub const FORMAT: u32 = 2;
