//! The journal screen: the vault's lock screen while locked, otherwise the list of dilemmas or
//! one dilemma in the editor.

mod attention;
mod entry;
mod fields;
mod filters;
mod history;
mod list;
mod lock;
mod oath;
mod problems;
mod prompts;
mod row;
mod trash;

pub use attention::count as attention_count;
pub use entry::{candidate, savable};
pub use history::HistoryView;
pub use lock::recovery_code_ui;
pub use trash::{TrashView, takes_ui};

use zeroize::{Zeroize, Zeroizing};

use crate::journal::{Entry, FollowUp, JournalFilter, SortBy};
use crate::ui::cx::{Cx, Sink};
use crate::ui::vault_state::VaultState;
use crate::vault::VaultError;

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
    /// Why the last save of the entry failed.
    pub save_error: Option<VaultError>,
    /// The editor's fields as last opened or saved: what "unsaved changes" compares with.
    pub baseline: Option<Form>,
    /// Why the last save of the oath failed.
    pub oath_error: Option<VaultError>,
    /// The capture whose "discard" the user pressed: the question shows before anything goes.
    pub discard_asked: Option<String>,
    /// The user folded the attention panel away (its title and count stay).
    pub attention_folded: bool,
    /// The trash, while it is on show.
    pub trash: Option<TrashView>,
    /// The open entry's earlier versions, while they are on show.
    pub history: Option<HistoryView>,
    /// The user pressed "Verwijderen" on the open entry: the question shows.
    pub delete_asked: bool,
    /// The folded filters (large text, short window) are open.
    pub filters_open: bool,
}

/// The editor's fields: the entry and the text fields parsed on save.
pub type Form = (Entry, String, String, String);

/// What the cached rows depend on: the session's generation, the filter and the order.
pub type RowKey = (u64, JournalFilter, SortBy);

impl JournalView {
    /// Wipes every piece of decrypted text.
    pub fn wipe(&mut self) {
        self.wipe_draft();
        self.stakeholders_text.zeroize();
        self.tags_text.zeroize();
        self.filter.text.zeroize();
        self.follow_up.zeroize();
        self.oath_draft.zeroize();
        self.oath_open = false;
        self.discard_asked = None;
        self.close_trash();
        self.history = None;
        if let Some((_, rows)) = &mut self.rows {
            rows.iter_mut().for_each(Zeroize::zeroize);
        }
        self.rows = None;
        if let Some((_, tags)) = &mut self.tags {
            tags.iter_mut().for_each(Zeroize::zeroize);
        }
        self.tags = None;
    }

    /// The editor's fields now, if an entry is open.
    pub fn form(&self) -> Option<Form> {
        let (_, entry) = self.draft.as_ref()?;
        Some((
            entry.clone(),
            self.date_text.clone(),
            self.stakeholders_text.clone(),
            self.tags_text.clone(),
        ))
    }

    /// Whether the open entry has changes that are not saved (a follow-up being written
    /// counts too).
    pub fn unsaved(&self) -> bool {
        let Some(form) = self.form() else {
            return false;
        };
        let f = &self.follow_up;
        let writing = [&f.happened, &f.pushback, &f.adjustment, &f.learned]
            .iter()
            .any(|s| !s.trim().is_empty());
        writing || self.baseline.as_ref() != Some(&form)
    }

    /// The title of the open entry, for the guard's question.
    pub fn draft_title(&self) -> Option<&str> {
        self.draft.as_ref().map(|(_, e)| e.title.as_str())
    }

    /// Wipes the editor's draft only.
    pub fn wipe_draft(&mut self) {
        if let Some((_, e)) = &mut self.draft {
            e.zeroize();
        }
        self.draft = None;
        self.follow_up.zeroize();
        self.stakeholders_text.zeroize();
        self.tags_text.zeroize();
        if let Some((e, ..)) = &mut self.baseline {
            e.zeroize();
        }
        self.baseline = None;
        self.delete_asked = false;
        self.history = None;
    }

    /// Opens `entry` in the editor.
    pub fn edit(&mut self, id: Option<String>, entry: Entry) {
        self.wipe_draft();
        self.save_error = None;
        self.date_text = entry.date.to_string();
        self.stakeholders_text = entry.stakeholders.join(", ");
        self.tags_text = entry.tags.join(", ");
        self.draft = Some((id, entry));
        self.baseline = self.form();
    }

    /// After a save: the editor holds the entry as saved, under its id.
    pub fn saved(&mut self, id: String, entry: Entry) {
        self.save_error = None;
        if let Some((_, old)) = &mut self.draft {
            old.zeroize();
        }
        self.draft = Some((Some(id), entry));
        self.baseline = self.form();
    }

    /// Closes the trash and wipes the titles it showed.
    pub fn close_trash(&mut self) {
        if let Some(t) = &mut self.trash {
            t.wipe();
        }
        self.trash = None;
    }

    /// Closes the oath editor and wipes its text.
    pub fn close_oath(&mut self) {
        self.oath_error = None;
        self.oath_open = false;
        self.oath_draft.zeroize();
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
    /// Why the last create, unlock or recovery failed.
    pub error: Option<VaultError>,
    /// Why the last quick capture failed.
    pub capture_error: Option<VaultError>,
    /// Quick capture title.
    pub capture_title: String,
    /// Quick capture text.
    pub capture_text: String,
}

/// The recovery code, shown once after creating the vault or asking for a new one.
#[derive(Default)]
pub struct RecoveryView {
    /// The code to show.
    pub code: Option<Zeroizing<String>>,
    /// The user confirmed writing the code down.
    pub written: bool,
    /// The code was copied to the clipboard.
    pub copied: bool,
    /// "Print / PDF" of the code.
    pub print: crate::ui::screens::print::PrintForm,
}

impl LockForm {
    /// Empties the quick-capture fields after a save.
    pub fn wipe_capture(&mut self) {
        self.capture_title.zeroize();
        self.capture_text.zeroize();
        self.capture_error = None;
    }

    /// Wipes the secret fields.
    pub fn wipe_secrets(&mut self) {
        self.pass.zeroize();
        self.confirm.zeroize();
        self.code.zeroize();
    }
}

/// Draws the screen: the editor or the list while unlocked, the lock screen otherwise.
pub fn ui(
    view: &mut JournalView,
    form: &mut LockForm,
    cx: &Cx<'_>,
    out: &mut Sink,
    ui: &mut egui::Ui,
) {
    match cx.vault {
        VaultState::Open(session) => {
            let unsaved = view.unsaved();
            if let Some(t) = &mut view.trash {
                trash::ui(t, cx, out, ui);
            } else if let Some(h) = &mut view.history {
                history::ui(h, unsaved, cx, out, ui);
            } else if view.draft.is_some() {
                entry::ui(view, session, cx, out, ui);
            } else {
                list::ui(view, session, cx, out, ui);
            }
        }
        VaultState::Missing
        | VaultState::Locked(_)
        | VaultState::Busy { .. }
        | VaultState::Unavailable(_) => lock::ui(form, cx, out, ui),
    }
}
