//! The trash and an entry's earlier versions: open and close their views, delete (after the
//! user confirmed), restore, empty. Every change runs on the worker with the session lent to it,
//! and the outcome comes back with the fresh list.

use zeroize::Zeroize;

use crate::session::{Session, TrashItem, Version};
use crate::ui::app::App;
use crate::ui::errors::Explain;
use crate::ui::i18n::{S, fill};
use crate::ui::screens::journal::{HistoryView, TrashView};
use crate::ui::worker::Job;
use crate::vault::VaultError;

/// Trash and history commands.
#[must_use]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrashCmd {
    /// Show the trash (listed on the worker).
    Open,
    /// Back from the trash to the list.
    Close,
    /// Move this entry or take to the trash; sent only after the user confirmed.
    Delete(String),
    /// Bring this record back from the trash.
    Restore(String),
    /// Remove everything in the trash for good; sent only after the user confirmed.
    Empty,
    /// Show the earlier versions of this entry.
    OpenHistory(String),
    /// Back from the versions to the entry.
    CloseHistory,
    /// Make an earlier version the current one; sent only after the user confirmed.
    RestoreVersion {
        /// The entry.
        id: String,
        /// The version to bring back.
        version: u64,
    },
}

/// The work a trash command hands the worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrashJob {
    /// List the trash.
    List,
    /// Delete this record to the trash.
    Delete(String),
    /// Restore this record from the trash.
    Restore(String),
    /// Empty the trash.
    Empty,
    /// List this entry's versions.
    History(String),
    /// Make version `1` of entry `0` the current one.
    RestoreVersion(String, u64),
}

/// What a trash job found: the trash as it is now, or an entry's versions.
pub enum TrashDone {
    /// The trash, most recently deleted first.
    Trash(Vec<TrashItem>),
    /// The versions of the entry, oldest first.
    History(Vec<Version>),
}

/// Does a trash job on the worker thread.
pub fn work(session: &mut Session, job: &TrashJob, now: i64) -> Result<TrashDone, VaultError> {
    let listed = |s: &Session| Ok(TrashDone::Trash(s.trash(now).0));
    match job {
        TrashJob::List => listed(session),
        TrashJob::Delete(id) => {
            session.delete(id, now)?;
            listed(session)
        }
        TrashJob::Restore(id) => {
            session.restore(id)?;
            listed(session)
        }
        TrashJob::Empty => {
            session.empty_trash(now)?;
            listed(session)
        }
        TrashJob::History(id) => Ok(TrashDone::History(session.history(id)?.0)),
        TrashJob::RestoreVersion(id, version) => {
            session.restore_version(id, *version, now)?;
            Ok(TrashDone::History(session.history(id)?.0))
        }
    }
}

impl App {
    pub(super) fn apply_trash(&mut self, cmd: TrashCmd, now: i64) {
        match cmd {
            TrashCmd::Open => {
                self.journal.trash = Some(TrashView::default());
                self.trash_job(TrashJob::List, now);
            }
            TrashCmd::Close => self.journal.close_trash(),
            TrashCmd::Delete(id) => {
                self.journal.delete_asked = false;
                self.profile.delete_take = None;
                self.trash_job(TrashJob::Delete(id), now);
            }
            TrashCmd::Restore(id) => self.trash_job(TrashJob::Restore(id), now),
            TrashCmd::Empty => {
                if let Some(t) = &mut self.journal.trash {
                    t.ask_empty = false;
                }
                self.trash_job(TrashJob::Empty, now);
            }
            TrashCmd::OpenHistory(id) => {
                self.journal.history = Some(HistoryView::new(id.clone()));
                self.trash_job(TrashJob::History(id), now);
            }
            TrashCmd::CloseHistory => self.journal.history = None,
            TrashCmd::RestoreVersion { id, version } => {
                if let Some(h) = &mut self.journal.history {
                    h.ask_restore = None;
                }
                self.trash_job(TrashJob::RestoreVersion(id, version), now);
            }
        }
    }

    /// Lends the session to the worker for `job`.
    fn trash_job(&mut self, job: TrashJob, now: i64) {
        if let Some(session) = self.lend_session() {
            self.worker.submit(Job::Trash(session, job, now));
        }
    }

    /// Takes the session back and shows what the job did.
    pub(super) fn trash_outcome(
        &mut self,
        session: Box<Session>,
        job: TrashJob,
        result: Result<TrashDone, VaultError>,
        ctx: &egui::Context,
    ) {
        self.session_back(session, ctx);
        let done = match result {
            Ok(done) => done,
            Err(e) => return self.trash_failed(e),
        };
        match (done, job) {
            (TrashDone::Trash(mut items), job) => {
                match &job {
                    TrashJob::Delete(id) => {
                        if self.journal.draft.as_ref().and_then(|d| d.0.as_deref()) == Some(id) {
                            self.journal.wipe_draft();
                        }
                        let days = crate::vault::TRASH_DAYS.to_string();
                        self.say(false, fill(self.t(S::Deleted), &[&days]));
                    }
                    TrashJob::Restore(_) => self.say(false, self.t(S::Restored)),
                    TrashJob::Empty => self.say(false, self.t(S::TrashEmptied)),
                    TrashJob::List | TrashJob::History(_) | TrashJob::RestoreVersion(..) => {}
                }
                match &mut self.journal.trash {
                    Some(t) => {
                        t.error = None;
                        t.set_items(items);
                    }
                    None => items.iter_mut().for_each(|i| i.title.zeroize()),
                }
            }
            (TrashDone::History(versions), job) => {
                if let TrashJob::RestoreVersion(id, _) = &job {
                    let restored = self
                        .vault
                        .session()
                        .and_then(|s| s.journal.get(id))
                        .cloned();
                    if let Some(entry) = restored {
                        self.journal.edit(Some(id.clone()), entry);
                    }
                    self.say(false, self.t(S::VersionRestored));
                }
                if let Some(h) = &mut self.journal.history {
                    h.error = None;
                    h.versions = Some(versions);
                }
            }
        }
    }

    /// A failed job's error goes to the view that asked, or to the notice.
    fn trash_failed(&mut self, e: VaultError) {
        if let Some(t) = &mut self.journal.trash {
            t.items.get_or_insert_with(Vec::new);
            t.error = Some(e);
        } else if let Some(h) = &mut self.journal.history {
            h.versions.get_or_insert_with(Vec::new);
            h.error = Some(e);
        } else {
            self.say(true, e.explain(self.lang));
        }
    }
}
