//! The one background worker: every slow piece of work (key derivation for unlock, create,
//! recovery, a new passphrase or recovery code; loading all records; writing an export or a
//! feedback file; importing feedback; making a PDF) runs here, never inside a frame. A job that needs the
//! session takes it along and hands it back in its [`Outcome`]; the app shows a busy state in
//! the meantime. Each outcome asks egui for a repaint, so it arrives without input. Drafts of
//! unsaved work are written here too, quietly (see `autosave.rs`): they show no busy state.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

pub use super::jobs::run;

use age::secrecy::SecretString;

use super::commands::{ExportPlan, FeedbackPlan, PrintJob, PrintTarget, TrashDone, TrashJob};
use crate::content::{Content, Lang};
use crate::export::{ExportError, Inbox, OpenedSummary, Sender as SummarySender};
use crate::report::ReportError;
use crate::session::{DraftBody, Session};
use crate::vault::{DraftWriter, RecoveryCode, Vault, VaultError};

/// A piece of slow work.
pub enum Job {
    /// Unlock with a passphrase and load every record.
    Unlock(Arc<Vault>, SecretString),
    /// Unlock with the recovery code, set a new passphrase, load every record.
    Recover {
        /// The vault.
        vault: Arc<Vault>,
        /// The recovery code as typed.
        code: SecretString,
        /// The new passphrase.
        pass: SecretString,
    },
    /// Create a vault in the data folder, pin its recipient in the config folder, and unlock.
    Create(crate::paths::Dirs, SecretString),
    /// Set a new passphrase.
    ChangePassphrase(Box<Session>, SecretString),
    /// Replace the recovery code.
    NewRecoveryCode(Box<Session>),
    /// Prepare and write an export, keeping its receipt.
    Export {
        /// The session (its entries and profile; the receipt goes into it).
        session: Box<Session>,
        /// What to export, and where.
        plan: Box<ExportPlan>,
        /// The report's texts for the summary.
        content: Arc<Content>,
        /// The summary's language.
        lang: Lang,
        /// Now, in unix seconds.
        now: i64,
    },
    /// Open a shared summary with the coach's identity, check who sent it against the
    /// senders this coach knows (which pins a new sender: it writes the config dir), and keep
    /// the file as received in the coach's inbox.
    OpenSummary {
        /// The coach's session (its identity opens the file).
        session: Box<Session>,
        /// Whose session it is: the journal's or the coach key's.
        holder: Holder,
        /// The coach's inbox folder.
        inbox: PathBuf,
        /// The summary file.
        path: PathBuf,
        /// The config dir, where the known senders are kept.
        config: PathBuf,
        /// The name to remember a new sender by, if the coach typed one.
        from: Option<String>,
    },
    /// Write the coach's feedback file.
    WriteFeedback(FeedbackPlan, i64),
    /// Import a coach's feedback file into the session.
    ImportFeedback(Box<Session>, PathBuf, i64),
    /// Delete, restore, empty or list the trash, or an entry's versions, at a time.
    Trash(Box<Session>, TrashJob, i64),
    /// Make a PDF and write it.
    Print(Box<PrintJob>),
    /// Hand a written PDF to the system's viewer.
    View(PrintTarget, PathBuf),
    /// Write a draft of unsaved work (sealed, encrypted), replacing its earlier version.
    WriteDraft {
        /// The writer (its own copy of the seal key: the session may be locked meanwhile).
        writer: DraftWriter,
        /// The draft's id.
        id: String,
        /// The work.
        body: Box<DraftBody>,
        /// Now, in unix seconds.
        now: i64,
    },
    /// Remove a draft: its work was saved or discarded.
    RemoveDraft(DraftWriter, String),
    /// List a folder for the app's file picker; the number tells answers apart.
    ListFolder(Box<crate::listing::Query>, u64),
    /// Check a questionnaire file and copy it into the folder of own questionnaires.
    AddQuestionnaire {
        /// The file the user chose.
        source: PathBuf,
        /// The folder of own questionnaires.
        folder: PathBuf,
        /// The report's texts, which a questionnaire is checked against.
        content: Arc<Content>,
    },
    /// Create the coach key (a vault used only for its identity) in these folders, and unlock.
    CreateCoachKey(crate::paths::Dirs, SecretString),
    /// Unlock the coach key.
    UnlockCoachKey(Arc<Vault>, SecretString),
    /// List the coach's inbox, decrypting each kept summary's header.
    ListInbox {
        /// The coach's session (its identity opens the files).
        session: Box<Session>,
        /// Whose session it is.
        holder: Holder,
        /// The inbox folder.
        inbox: PathBuf,
        /// The config dir, where the known senders are kept.
        config: PathBuf,
    },
}

/// Whose session a coach's job borrowed: the journal's, or the coach key's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// The journal vault (a coachee who also coaches, or a coach from before coach keys).
    Journal,
    /// The coach key: a vault used only for its identity.
    CoachKey,
}

/// What a job reports. Jobs that took the session hand it back.
pub enum Outcome {
    /// Unlocked (by passphrase or recovery code).
    Opened(Result<Session, VaultError>),
    /// A vault was created and unlocked; the recovery code is shown once.
    Created(Result<(Session, RecoveryCode), VaultError>),
    /// The passphrase was changed, or not.
    PassphraseChanged(Box<Session>, Result<(), VaultError>),
    /// A new recovery code, or why not.
    RecoveryCode(Box<Session>, Result<RecoveryCode, VaultError>),
    /// The export was written to the path (its SHA-256), or why not.
    Exported(Box<Session>, PathBuf, Result<String, ExportError>),
    /// The summary at the path, opened, with who sent it, or why not.
    SummaryOpened(
        Box<Session>,
        Holder,
        PathBuf,
        Result<(OpenedSummary, SummarySender), ExportError>,
    ),
    /// The coach key was created or unlocked, or why not.
    CoachKey(Result<Session, VaultError>),
    /// The coach's inbox, listed, or why not.
    InboxListed(Box<Session>, Holder, Result<Inbox, ExportError>),
    /// The feedback file was written, or why not.
    FeedbackWritten(Result<(), ExportError>),
    /// How many feedback items were kept, or why none.
    FeedbackImported(Box<Session>, Result<usize, ExportError>),
    /// What a trash job did, or why not.
    Trash(Box<Session>, TrashJob, Result<TrashDone, VaultError>),
    /// The PDF was written to the path, or why not.
    Printed(PrintTarget, PathBuf, Result<(), ReportError>),
    /// The viewer was started, or why not.
    Viewed(PrintTarget, Result<(), ReportError>),
    /// A draft was written, or why not.
    DraftWritten(Result<(), VaultError>),
    /// A draft was removed, or why not.
    DraftRemoved(Result<(), VaultError>),
    /// A folder for the file picker (with the number of the request), or why not.
    Listed(
        u64,
        Result<crate::listing::Listing, crate::listing::ListError>,
    ),
    /// Where the questionnaire was copied to, or why not.
    QuestionnaireAdded(Result<PathBuf, crate::own_questionnaire::AddError>),
}

impl Job {
    /// Whether the job keeps a draft: quiet work that shows no busy state.
    fn is_draft(&self) -> bool {
        matches!(self, Job::WriteDraft { .. } | Job::RemoveDraft(..))
    }
}

/// The worker thread did not report: it stopped (a job panicked). Whatever it held is gone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkerStopped;

/// The handle to the worker thread.
pub struct Worker {
    ctx: egui::Context,
    jobs: Sender<Job>,
    outcomes: Receiver<Outcome>,
    pending: usize,
    /// Of `pending`, the draft jobs (they do not make the app busy).
    drafts: usize,
}

impl Worker {
    /// Starts the thread; outcomes repaint `ctx`.
    pub fn start(ctx: &egui::Context) -> Self {
        let (jobs, outcomes) = spawn(ctx.clone());
        Self {
            ctx: ctx.clone(),
            jobs,
            outcomes,
            pending: 0,
            drafts: 0,
        }
    }

    /// Queues a job. If the thread has stopped, a new one takes the job.
    pub fn submit(&mut self, job: Job) {
        self.pending += 1;
        self.drafts += usize::from(job.is_draft());
        if let Err(std::sync::mpsc::SendError(job)) = self.jobs.send(job) {
            self.restart();
            // A fresh thread has just started; if it is gone already, `poll` reports it.
            let _ = self.jobs.send(job);
        }
    }

    /// Whether a job other than a draft is queued or running.
    pub fn busy(&self) -> bool {
        self.pending > self.drafts
    }

    /// Whether a draft is being written or removed.
    pub fn keeping_drafts(&self) -> bool {
        self.drafts > 0
    }

    /// Waits up to `limit` for the draft jobs queued so far (when the app closes, so that a
    /// draft of work the user saved or discarded is removed before the process ends).
    pub fn finish_drafts(&mut self, limit: std::time::Duration) -> Vec<Outcome> {
        let start = std::time::Instant::now();
        let mut done = Vec::new();
        while self.drafts > 0 && start.elapsed() < limit {
            match self
                .outcomes
                .recv_timeout(limit.saturating_sub(start.elapsed()))
            {
                Ok(outcome) => {
                    self.count_done(&outcome);
                    done.push(outcome);
                }
                Err(_) => break,
            }
        }
        done
    }

    fn count_done(&mut self, outcome: &Outcome) {
        self.pending = self.pending.saturating_sub(1);
        if matches!(
            outcome,
            Outcome::DraftWritten(..) | Outcome::DraftRemoved(..)
        ) {
            self.drafts = self.drafts.saturating_sub(1);
        }
    }

    /// The next outcome, if one is ready; never waits.
    pub fn poll(&mut self) -> Option<Result<Outcome, WorkerStopped>> {
        if self.pending == 0 {
            return None;
        }
        match self.outcomes.try_recv() {
            Ok(outcome) => {
                self.count_done(&outcome);
                Some(Ok(outcome))
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.pending = 0;
                self.drafts = 0;
                self.restart();
                Some(Err(WorkerStopped))
            }
        }
    }

    fn restart(&mut self) {
        (self.jobs, self.outcomes) = spawn(self.ctx.clone());
    }
}

fn spawn(ctx: egui::Context) -> (Sender<Job>, Receiver<Outcome>) {
    let (jobs, job_rx) = channel::<Job>();
    let (out_tx, outcomes) = channel();
    std::thread::spawn(move || {
        for job in job_rx {
            let outcome = run(job);
            // A draft kept changes nothing on screen: it is taken in with the next frame.
            let quiet = matches!(
                outcome,
                Outcome::DraftWritten(Ok(())) | Outcome::DraftRemoved(Ok(()))
            );
            // The app may have closed meanwhile; then nobody listens and the loop ends.
            if out_tx.send(outcome).is_err() {
                break;
            }
            if !quiet {
                ctx.request_repaint();
            }
        }
    });
    (jobs, outcomes)
}
