//! `ruimte init | add | list | search | verify`: the journal from the command line, on the same
//! vault and domain code as the app.

use std::io::{IsTerminal, Read, Write};
use std::sync::Arc;

use age::secrecy::{ExposeSecret, SecretString};
use serde_json::json;

use super::{Command, Invocation};
use crate::content::Content;
use crate::journal::{Date, Entry, JournalFilter, SortBy};
use crate::paths::Dirs;
use crate::session::{Session, capture};
use crate::vault::{Vault, VaultError};

/// The environment variable a script can set instead of typing the passphrase.
pub const PASSPHRASE_ENV: &str = "RUIMTE_PASSPHRASE";

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

/// Runs a journal command. `input` is stdin (for `add`), `out` stdout.
pub fn run(
    inv: &Invocation,
    content: &Content,
    input: &mut dyn Read,
    out: &mut dyn Write,
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
            write(out, format!("Vault created in {}.", dir.display()))?;
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
            let vault = open(dir)?.with_pins(&dirs.config)?;
            if let Some(bad) = tactics.iter().find(|t| content.tactic(t).is_none()) {
                return Err(msg(format!("unknown tactic id {bad:?}")));
            }
            let mut body = String::new();
            input
                .read_to_string(&mut body)
                .map_err(|e| msg(format!("cannot read the dilemma from stdin: {e}")))?;
            let now = crate::clock::now();
            let mut entry = Entry::new(title, Date::from_unix(now));
            entry.dilemma = body.trim_end().to_owned();
            entry.tactics = tactics.clone();
            entry.tags = tags.clone();
            let id = capture(&vault, entry, now)?;
            write(out, id)
        }
        Command::List { json } => {
            let session = unlock(inv, dir)?;
            let all = session
                .journal
                .query(&JournalFilter::default(), SortBy::DateNewest);
            let apart = super::seal::kept_apart(&session);
            print_entries(out, &all, &apart, content, *json)
        }
        Command::Search { text, json } => {
            let session = unlock(inv, dir)?;
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
        | Command::Export(_)
        | Command::OpenExport { .. }
        | Command::Help
        | Command::Version => Err(msg("not a journal command")),
    }
}

pub(super) fn open(dir: &std::path::Path) -> Result<Vault, CliError> {
    if !Vault::exists(dir) {
        return Err(msg(format!(
            "no vault in {}; create one with `ruimte init`",
            dir.display()
        )));
    }
    Ok(Vault::open(dir)?)
}

pub(super) fn unlock(inv: &Invocation, dir: &std::path::Path) -> Result<Session, CliError> {
    let dirs = Dirs::resolve(inv.config_dir.clone(), inv.data_dir.clone())
        .ok_or_else(|| msg("no home folder found; pass --config-dir DIR"))?;
    let vault = Arc::new(open(dir)?.with_pins(&dirs.config)?);
    let pass = passphrase(inv, false)?;
    Ok(Session::unlock(vault, &pass)?)
}

/// The passphrase from `--passphrase-file`, `RUIMTE_PASSPHRASE` or the terminal, in that order.
pub(super) fn passphrase(inv: &Invocation, confirm: bool) -> Result<SecretString, CliError> {
    if let Some(file) = &inv.passphrase_file {
        let text = zeroize::Zeroizing::new(
            std::fs::read_to_string(file)
                .map_err(|e| msg(format!("cannot read {}: {e}", file.display())))?,
        );
        let line = text.lines().next().unwrap_or("").trim_end_matches('\r');
        if line.is_empty() {
            return Err(msg(format!(
                "{} holds no passphrase on its first line",
                file.display()
            )));
        }
        return Ok(SecretString::from(line.to_owned()));
    }
    if let Ok(p) = std::env::var(PASSPHRASE_ENV) {
        if p.is_empty() {
            return Err(msg(format!("{PASSPHRASE_ENV} is empty")));
        }
        return Ok(SecretString::from(p));
    }
    if !std::io::stdin().is_terminal() {
        return Err(msg(format!(
            "no terminal to ask the passphrase; set {PASSPHRASE_ENV} or pass --passphrase-file FILE"
        )));
    }
    let ask = |prompt: &str| {
        rpassword::prompt_password(prompt).map(SecretString::from).map_err(|_| {
            msg(format!("no terminal to ask the passphrase; set {PASSPHRASE_ENV} or pass --passphrase-file FILE"))
        })
    };
    let first = ask("Passphrase: ")?;
    if confirm {
        let again = ask("Passphrase again: ")?;
        if first.expose_secret() != again.expose_secret() {
            return Err(msg("the two passphrases differ"));
        }
    }
    Ok(first)
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
        return writeln!(out, "{text}").map_err(io);
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
        writeln!(out, "{id}  {}  {status:<7}  {}{marks}", e.date, e.title).map_err(io)?;
    }
    Ok(())
}
