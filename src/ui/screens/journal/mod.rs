//! The journal screen: the vault's lock screen while locked, otherwise the list of dilemmas or
//! one dilemma in the editor.

mod entry;
mod list;
mod lock;

pub use lock::recovery_code_ui;

use zeroize::{Zeroize, Zeroizing};

use crate::journal::{Entry, FollowUp, JournalFilter, SortBy};
use crate::ui::app::App;
use crate::ui::vault_state::VaultState;

/// State of the journal screen. Holds decrypted text while unlocked; wiped on lock.
#[derive(Default)]
pub struct JournalView {
    /// List filters.
    pub filter: JournalFilter,
    /// Sort order.
    pub sort: SortBy,
    /// Text of the from/to date fields (parsed when valid).
    pub from_text: String,
    /// See `from_text`.
    pub to_text: String,
    /// The entry being edited, with its id (`None` for a new one).
    pub draft: Option<(Option<String>, Entry)>,
    /// The date field of the editor.
    pub date_text: String,
    /// Comma-separated fields of the editor.
    pub stakeholders_text: String,
    /// See `stakeholders_text`.
    pub tags_text: String,
    /// A follow-up being written.
    pub follow_up: FollowUp,
    /// The oath editor is open.
    pub oath_open: bool,
    /// The oath text being edited.
    pub oath_draft: String,
    /// The filtered, sorted rows, with what they were computed from.
    pub rows: Option<(RowKey, Vec<list::Row>)>,
    /// All tags, with the session generation they were computed for.
    pub tags: Option<(u64, Vec<String>)>,
}

/// What the cached rows depend on: the session's generation, the filter and the order.
pub type RowKey = (u64, JournalFilter, SortBy);

impl JournalView {
    /// Wipes every piece of decrypted text.
    pub fn wipe(&mut self) {
        if let Some((_, e)) = &mut self.draft {
            e.zeroize();
        }
        self.draft = None;
        self.stakeholders_text.zeroize();
        self.tags_text.zeroize();
        self.filter.text.zeroize();
        self.follow_up.zeroize();
        self.oath_draft.zeroize();
        self.oath_open = false;
        if let Some((_, rows)) = &mut self.rows {
            rows.iter_mut().for_each(Zeroize::zeroize);
        }
        self.rows = None;
        if let Some((_, tags)) = &mut self.tags {
            tags.iter_mut().for_each(Zeroize::zeroize);
        }
        self.tags = None;
    }
}

/// The lock screen's fields. Passphrases live in `Zeroizing` and are wiped after use.
#[derive(Default)]
pub struct LockForm {
    /// Passphrase field.
    pub pass: Zeroizing<String>,
    /// Confirmation field.
    pub confirm: Zeroizing<String>,
    /// Recovery code field.
    pub code: Zeroizing<String>,
    /// Showing the recovery form instead of unlock.
    pub recovering: bool,
    /// The last failure, as a sentence.
    pub error: Option<String>,
    /// Quick capture title.
    pub capture_title: String,
    /// Quick capture text.
    pub capture_text: String,
    /// The recovery code to show once after creating the vault.
    pub show_code: Option<Zeroizing<String>>,
    /// The user confirmed writing the code down.
    pub code_written: bool,
}

impl LockForm {
    /// Wipes the secret fields.
    pub fn wipe_secrets(&mut self) {
        self.pass.zeroize();
        self.confirm.zeroize();
        self.code.zeroize();
    }
}

/// Draws the screen.
pub fn ui(app: &mut App, ui: &mut egui::Ui) {
    if app.lock_form.show_code.is_some() {
        return lock::recovery_code_ui(app, ui);
    }
    match &app.vault {
        VaultState::Open(_) => {
            if app.journal.draft.is_some() {
                entry::ui(app, ui);
            } else {
                list::ui(app, ui);
            }
        }
        _ => lock::ui(app, ui),
    }
}
