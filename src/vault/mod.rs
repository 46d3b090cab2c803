//! The encrypted vault: one passphrase-protected X25519 identity and every record encrypted to its
//! public key, each file a standard age file (see DESIGN.md, "The vault (format 1)").
//!
//! Saving needs no passphrase; unlocking costs one scrypt run. Writes are atomic, a lock file keeps
//! one writer at a time, and a damaged record is reported by name while the others still load.
//! This room never imports egui.

mod crypto;
mod envelope;
mod error;
mod fsio;
mod load;
mod recovery;
mod store;
mod strength;
mod timefmt;

/// The secret string type the vault takes passphrases in (re-exported from age's `secrecy`).
pub use age::secrecy::{ExposeSecret, SecretString};
pub use crypto::{OpenFailure, Unlocked};
pub use envelope::{Conflict, Envelope, LoadFailure, LoadReport, new_id};
pub use error::VaultError;
pub use recovery::RecoveryCode;
pub use store::Vault;
pub use strength::{Strength, StrengthIssue, strength};

/// The scrypt work factor (log2 N) for the passphrase: about a second on a laptop.
pub const WORK_FACTOR: u8 = 18;
/// The highest scrypt work factor we accept when unlocking, to bound the cost of a hostile file.
pub const MAX_WORK_FACTOR: u8 = 22;
/// The vault and envelope format this version writes and reads.
pub const FORMAT: u32 = 1;
