//! What each of the worker's jobs does (see `worker.rs` for the thread that runs them).

use std::sync::Arc;

use age::secrecy::{ExposeSecret, SecretString};

use super::commands::{ExportPlan, FeedbackPlan};
use super::worker::{Job, Outcome};
use crate::content::{Content, Lang};
use crate::export::{ExportError, OpenedSummary, Sender as SummarySender};
use crate::session::Session;
use crate::vault::{RecoveryCode, Vault, VaultError};

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
