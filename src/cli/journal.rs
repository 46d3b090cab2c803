//! `ruimte init | add | list | search | verify`: the journal from the command line, on the same
//! vault and domain code as the app.

use std::io::{Read, Write};
use std::sync::Arc;
use std::time::Duration;

use serde_json::json;

use super::passphrase::passphrase;
use super::{Command, Invocation, term};
use crate::content::Content;
use crate::journal::{Entry, JournalFilter, SortBy};
use crate::paths::Dirs;
use crate::session::{Session, capture};
use crate::vault::{Vault, VaultError};

/// The variable that sets how long a command that writes waits for the vault's lock.
pub const LOCK_WAIT_ENV: &str = "RUIMTE_LOCK_WAIT_SECS";
/// How long a command that writes waits for another writer (or the app) by default.
const LOCK_WAIT_SECS: u64 = 15;
/// The largest dilemma `add` takes on stdin.
const MAX_STDIN_BYTES: u64 = 1024 * 1024;

/// A failure of a journal command, printed as `ruimte: <sentence>`.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The vault said no.
    #[error("{0}")]
    Vault(#[from] VaultError),
    /// Anything else, as one sentence.
    #[error("{0}")]
    Message(String),
    /// `verify` found bad records (already listed on stdout).
    #[error("{0} record(s) could not be read or failed their check")]
    BadRecords(usize),
}

pub(super) fn msg(s: impl Into<String>) -> CliError {
    CliError::Message(s.into())
}

/// Runs a journal command. `input` is stdin (for `add`), `out` stdout, `err` stderr (for
/// warnings about records that could not be read).
pub fn run(
    inv: &Invocation,
    content: &Content,
    input: &mut dyn Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let dirs = Dirs::resolve(inv.config_dir.clone(), inv.data_dir.clone())
        .ok_or_else(|| msg("no home folder found; pass --data-dir DIR"))?;
    let dir = dirs.data.as_path();
    let write = |out: &mut dyn Write, s: String| {
        writeln!(out, "{s}").map_err(|e| msg(format!("cannot write output: {e}")))
    };
    match &inv.command {
        Command::Init => {
            if Vault::exists(dir) {
                return Err(msg(format!("{} already holds a vault", dir.display())));
            }
            let pass = passphrase(inv, true)?;
            let (vault, code) = Vault::create(dir, &pass)?;
            // The vault exists: its recovery code must be shown even if pinning fails, which
            // then happens at the first add or unlock.
            let _ = vault.with_pins(&dirs.config);
            let shown = format!("Vault created in {}.", dir.display());
            write(out, term::line(&shown).into_owned())?;
            write(
                out,
                "Recovery code (write it down now; it is shown only once):".into(),
            )?;
            write(out, format!("  {code}"))
        }
        Command::Add {
            title,
            tactics,
            tags,
        } => {
            if let Some(bad) = tactics.iter().find(|t| content.tactic(t).is_none()) {
                return Err(msg(format!("unknown tactic id {bad:?}")));
            }
            // Read before the lock: a slow or forgotten stdin must not block other writers.
            let body = read_stdin(input)?;
            let vault = open_writer(dir)?.with_pins(&dirs.config)?;
            let now = crate::clock::now();
            let mut entry = Entry::new(title, crate::clock::Zone::system().date(now));
            entry.dilemma = body.trim_end().to_owned();
            entry.tactics = tactics.clone();
            entry.tags = tags.clone();
            let id = capture(&vault, entry, now)?;
            write(out, id)
        }
        Command::List { json } => {
            let session = unlock(inv, dir)?;
            warn_unread(&session, err);
            let all = session
                .journal
                .query(&JournalFilter::default(), SortBy::DateNewest);
            let apart = super::seal::kept_apart(&session);
            print_entries(out, &all, &apart, content, *json)
        }
        Command::Search { text, json } => {
            let session = unlock(inv, dir)?;
            warn_unread(&session, err);
            let filter = JournalFilter {
                text: text.clone(),
                ..JournalFilter::default()
            };
            let found = session.journal.query(&filter, SortBy::DateNewest);
            print_entries(out, &found, &[], content, *json)
        }
        Command::Verify => super::seal::verify(&unlock(inv, dir)?, out),
        Command::Adopt { all, ids, reject } => {
            super::seal::adopt(&mut unlock(inv, dir)?, *all, ids, reject, out)
        }
        Command::Gui { .. }
        | Command::Check { .. }
        | Command::CheckJson { .. }
        | Command::Score { .. }
        | Command::Analyse { .. }
        | Command::Export(_)
        | Command::OpenExport { .. }
        | Command::Report(_)
        | Command::Resolve { .. }
        | Command::Trash(_)
        | Command::Help
        | Command::Version => Err(msg("not a journal command")),
    }
}

/// Reads the dilemma from stdin, at most [`MAX_STDIN_BYTES`].
fn read_stdin(input: &mut dyn Read) -> Result<String, CliError> {
    let mut bytes = Vec::new();
    input
        .take(MAX_STDIN_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| msg(format!("cannot read the dilemma from stdin: {e}")))?;
    if bytes.len() as u64 > MAX_STDIN_BYTES {
        return Err(msg(format!(
            "the dilemma on stdin is larger than {MAX_STDIN_BYTES} bytes"
        )));
    }
    let text = String::from_utf8(bytes).map_err(|_| msg("the dilemma on stdin is not UTF-8"))?;
    Ok(crate::input::strip_bom(text.trim_end()).to_owned())
}

/// How long a write waits for the lock: [`LOCK_WAIT_ENV`] seconds, or 15.
pub(super) fn lock_wait() -> Duration {
    let secs = std::env::var(LOCK_WAIT_ENV)
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or(LOCK_WAIT_SECS);
    Duration::from_secs(secs)
}

fn no_vault(dir: &std::path::Path) -> CliError {
    msg(format!(
        "no vault in {}; create one with `ruimte init`",
        dir.display()
    ))
}

/// Opens the vault holding the writer lock (waiting for it, see [`lock_wait`]).
pub(super) fn open_writer(dir: &std::path::Path) -> Result<Vault, CliError> {
    if !Vault::exists(dir) {
        return Err(no_vault(dir));
    }
    Ok(Vault::open_waiting(dir, lock_wait())?)
}

/// Opens the vault without the lock: reading never waits for a writer, never makes a writer
/// wait (the scrypt run takes a second), and works on read-only media. Writes through it
/// take the lock one at a time.
pub(super) fn open(dir: &std::path::Path) -> Result<Vault, CliError> {
    if !Vault::exists(dir) {
        return Err(no_vault(dir));
    }
    Ok(Vault::open_reader(dir, lock_wait())?)
}

/// Unlocks a reader (see [`open`]) and decrypts every record.
pub(super) fn unlock(inv: &Invocation, dir: &std::path::Path) -> Result<Session, CliError> {
    let dirs = Dirs::resolve(inv.config_dir.clone(), inv.data_dir.clone())
        .ok_or_else(|| msg("no home folder found; pass --config-dir DIR"))?;
    let vault = Arc::new(open(dir)?.with_pins(&dirs.config)?);
    let pass = passphrase(inv, false)?;
    Ok(Session::unlock(vault, &pass)?)
}

/// Says on `err` how many records could not be read and how many entries wait on a conflict,
/// so a short list is never mistaken for the whole journal.
pub(super) fn warn_unread(session: &Session, err: &mut dyn Write) {
    let bad = session.failures.len();
    if bad > 0 {
        let _ = writeln!(
            err,
            "ruimte: warning: {bad} record(s) could not be read and are not shown; `ruimte verify` names them"
        );
    }
    let conflicts = session.conflicts.len();
    if conflicts > 0 {
        let _ = writeln!(
            err,
            "ruimte: warning: {conflicts} record(s) have sync conflict copies; `ruimte resolve` lists them"
        );
    }
}

/// Prints sealed entries, then `apart`: entries that are not sealed (captures waiting for
/// adoption, records whose seal fails), each with its state; never shown as sealed.
fn print_entries(
    out: &mut dyn Write,
    entries: &[(&str, &Entry)],
    apart: &[(&str, &Entry, &'static str)],
    content: &Content,
    json: bool,
) -> Result<(), CliError> {
    let io = |e: std::io::Error| msg(format!("cannot write output: {e}"));
    let sealed = entries.iter().map(|(id, e)| (*id, *e, "sealed"));
    let all: Vec<(&str, &Entry, &str)> = sealed.chain(apart.iter().copied()).collect();
    if json {
        let list: Vec<_> = all
            .iter()
            .map(|(id, e, state)| {
                json!({
                    "id": id,
                    "date": e.date.to_string(),
                    "title": e.title,
                    "status": format!("{:?}", e.status).to_lowercase(),
                    "tactics": e.tactics,
                    "tags": e.tags,
                    "captured_while_locked": e.captured_locked,
                    "sealed": *state == "sealed",
                    "state": state,
                    "open_boundary_question": e.open_boundary_question(content),
                })
            })
            .collect();
        let text = serde_json::to_string_pretty(&list).map_err(|e| msg(e.to_string()))?;
        return writeln!(out, "{}", term::json(&text)).map_err(io);
    }
    for (id, e, state) in &all {
        let mut marks = Vec::new();
        if *state != "sealed" {
            marks.push(*state);
        }
        if e.captured_locked {
            marks.push("captured while locked");
        }
        if e.open_boundary_question(content) {
            marks.push("open boundary question");
        }
        let marks = if marks.is_empty() {
            String::new()
        } else {
            format!("  ({})", marks.join(", "))
        };
        let status = format!("{:?}", e.status).to_lowercase();
        let title = term::line(&e.title);
        writeln!(out, "{id}  {}  {status:<7}  {title}{marks}", e.date).map_err(io)?;
    }
    Ok(())
}
