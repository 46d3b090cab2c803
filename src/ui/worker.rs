//! The one background worker: every slow piece of work (key derivation for unlock, create,
//! recovery, a new passphrase or recovery code; loading all records; writing an export or a
//! feedback file; importing feedback; making a PDF) runs here, never inside a frame. A job that needs the
//! session takes it along and hands it back in its [`Outcome`]; the app shows a busy state in
//! the meantime. Each outcome asks egui for a repaint, so it arrives without input. Drafts of
//! unsaved work are written here too, quietly (see `autosave.rs`): they show no busy state.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

use age::secrecy::{ExposeSecret, SecretString};

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

/// Does the work of one job.
pub fn run(job: Job) -> Outcome {
    match job {
        Job::Unlock(vault, pass) => Outcome::Opened(Session::unlock(vault, &pass)),
        Job::Recover { vault, code, pass } => Outcome::Opened(
            vault
                .unlock_with_recovery(code.expose_secret())
                .and_then(|unlocked| {
                    vault.change_passphrase(&unlocked, &pass)?;
                    Ok(Session::open(vault, unlocked))
                }),
        ),
        Job::Create(dirs, pass) => Outcome::Created(create(&dirs, &pass)),
        // The coach key's recovery code is not shown: a coach who forgets the passphrase makes
        // a new key and hands it out again (docs/SECURITY.md).
        Job::CreateCoachKey(dirs, pass) => {
            Outcome::CoachKey(create(&dirs, &pass).map(|(session, _)| session))
        }
        Job::UnlockCoachKey(vault, pass) => Outcome::CoachKey(Session::unlock(vault, &pass)),
        Job::ListInbox {
            session,
            holder,
            inbox,
            config,
        } => {
            let result = crate::export::list_inbox(&inbox, session.unlocked(), &config);
            Outcome::InboxListed(session, holder, result)
        }
        Job::ChangePassphrase(session, pass) => {
            let result = session.vault().change_passphrase(session.unlocked(), &pass);
            Outcome::PassphraseChanged(session, result)
        }
        Job::NewRecoveryCode(session) => {
            let result = session.vault().new_recovery_code(session.unlocked());
            Outcome::RecoveryCode(session, result)
        }
        Job::Export {
            mut session,
            plan,
            content,
            lang,
            now,
        } => {
            let result = export(&mut session, &plan, &content, lang, now);
            Outcome::Exported(session, plan.path, result)
        }
        Job::OpenSummary {
            session,
            holder,
            inbox,
            path,
            config,
            from,
        } => {
            let result = open_summary(&path, &session, &config, from.as_deref(), &inbox);
            Outcome::SummaryOpened(session, holder, path, result)
        }
        Job::WriteFeedback(plan, now) => Outcome::FeedbackWritten(write_feedback(plan, now)),
        Job::ImportFeedback(mut session, path, now) => {
            let result = crate::export::import_feedback_file(&path, &mut session, now);
            Outcome::FeedbackImported(session, result)
        }
        Job::Trash(mut session, job, now) => {
            let result = super::commands::trash_work(&mut session, &job, now);
            Outcome::Trash(session, job, result)
        }
        Job::Print(job) => {
            let result = job.run();
            Outcome::Printed(job.target, job.path, result)
        }
        Job::View(target, path) => Outcome::Viewed(target, crate::report::open_in_viewer(&path)),
        Job::WriteDraft {
            writer,
            id,
            body,
            now,
        } => Outcome::DraftWritten(crate::session::write_draft(&writer, &id, &body, now)),
        Job::RemoveDraft(writer, id) => Outcome::DraftRemoved(writer.remove(&id)),
        Job::ListFolder(query, generation) => {
            Outcome::Listed(generation, crate::listing::list(&query))
        }
        Job::AddQuestionnaire {
            source,
            folder,
            content,
        } => Outcome::QuestionnaireAdded(crate::own_questionnaire::add(&source, &folder, &content)),
    }
}

/// Prepares the summary, checks it is the text the user consented to, writes the file durably
/// and only then keeps the receipt (see `export::deliver`); returns its SHA-256.
fn export(
    session: &mut Session,
    plan: &ExportPlan,
    content: &Content,
    lang: Lang,
    now: i64,
) -> Result<String, ExportError> {
    let prepared = crate::export::prepare_export(
        session,
        &plan.scope,
        &plan.consent,
        &plan.output,
        content,
        lang,
        now,
    )?;
    if plan.preview != prepared.shared_text {
        return Err(ExportError::PreviewChanged);
    }
    crate::export::deliver(session, &prepared, &plan.path, false, now)?;
    Ok(prepared.record.sha256)
}

/// Creates a vault in `dirs.data`, pins its recipient in `dirs.config`, and unlocks it.
fn create(
    dirs: &crate::paths::Dirs,
    pass: &SecretString,
) -> Result<(Session, RecoveryCode), VaultError> {
    let (vault, code) = Vault::create(&dirs.data, pass)?;
    // Pinned at once, so a `vault.ron` swapped later in this run cannot redirect a capture.
    // The vault exists now: if pinning fails, its recovery code must still be shown; the next
    // start pins it.
    let vault = match vault.with_pins(&dirs.config) {
        Ok(v) => v,
        Err(_) => Vault::open(&dirs.data)?,
    };
    let session = Session::unlock(Arc::new(vault), pass)?;
    Ok((session, code))
}

/// Opens a summary and checks its sender; a summary whose sender cannot be checked against
/// the pins (the senders file is unusable) is not shown, as in the CLI. The file is kept in
/// the inbox as it arrived, unless it passes for another sender.
fn open_summary(
    path: &std::path::Path,
    session: &Session,
    config: &std::path::Path,
    from: Option<&str>,
    inbox: &std::path::Path,
) -> Result<(OpenedSummary, SummarySender), ExportError> {
    let bytes = crate::export::read_shared_file(path)?;
    let mut summary = crate::export::open_summary(&bytes, session.unlocked())?;
    let checked = crate::export::check_sender(&mut summary, config, from).and_then(|sender| {
        if !matches!(sender, SummarySender::Impostor { .. }) {
            crate::export::keep_received(inbox, &bytes)?;
        }
        Ok(sender)
    });
    match checked {
        Ok(sender) => Ok((summary, sender)),
        Err(e) => {
            zeroize::Zeroize::zeroize(&mut summary.text);
            Err(e)
        }
    }
}

fn write_feedback(mut plan: FeedbackPlan, now: i64) -> Result<(), ExportError> {
    let coach = plan.summary.header.coach.clone();
    let items = std::mem::take(&mut plan.items);
    let result = crate::export::feedback_file(&plan.summary, &coach, items, now)
        .and_then(|text| crate::export::write_text_file(&plan.path, &text, false));
    zeroize::Zeroize::zeroize(&mut plan.summary.text);
    result
}
