//! `ruimte delete | trash | history`: deleting to the trash, listing, restoring and emptying it,
//! and an entry's earlier versions, on the same session code as the app.

use std::ffi::OsString;
use std::io::{BufRead, IsTerminal, Write};

use serde_json::json;

use super::journal::{CliError, msg, unlock, warn_unread};
use super::{Command, Invocation, UsageError, term};
use crate::paths::Dirs;
use crate::session::Session;
use crate::vault::{TRASH_DAYS, rfc3339};

/// What to do with the trash or the history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrashCommand {
    /// `delete ID`: move an entry or a take to the trash.
    Delete(String),
    /// `trash [--json]`: list what is in it.
    List {
        /// `--json`.
        json: bool,
    },
    /// `trash restore ID`.
    Restore(String),
    /// `trash empty [--yes]`.
    Empty {
        /// `--yes`: do not ask (for scripts).
        yes: bool,
    },
    /// `history ID [--json] [--restore N]`.
    History {
        /// The entry.
        id: String,
        /// `--json`.
        json: bool,
        /// `--restore N`: make version N the current one.
        restore: Option<u64>,
    },
}

/// Parses `delete ID`, `trash [restore ID | empty]` and `history ID [--restore N]`.
pub(super) fn parse(
    name: &str,
    values: Vec<OsString>,
    json: bool,
    yes: bool,
    restore: Option<String>,
) -> Result<Command, UsageError> {
    let usage = |s: &str| Err(UsageError(s.to_owned()));
    let words = values
        .into_iter()
        .map(|v| {
            v.into_string()
                .map_err(|v| UsageError(format!("{v:?} is not valid UTF-8")))
        })
        .collect::<Result<Vec<String>, UsageError>>()?;
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    if restore.is_some() && name != "history" {
        return usage("--restore N belongs to `ruimte history ID`");
    }
    if yes && !(name == "trash" && words.first() == Some(&"empty")) {
        return usage("--yes belongs to `ruimte trash empty`");
    }
    let command = match (name, words.as_slice()) {
        ("delete", [id]) if !json => TrashCommand::Delete((*id).to_owned()),
        ("delete", _) => return usage("delete needs exactly one ID"),
        ("trash", []) => TrashCommand::List { json },
        ("trash", ["restore", id]) if !json => TrashCommand::Restore((*id).to_owned()),
        ("trash", ["restore", ..]) => return usage("trash restore needs exactly one ID"),
        ("trash", ["empty"]) if !json => TrashCommand::Empty { yes },
        ("trash", _) => return usage("trash takes nothing, `restore ID` or `empty`"),
        ("history", [id]) => {
            let restore = match restore {
                None => None,
                Some(n) => match n.parse::<u64>() {
                    Ok(n) if !json => Some(n),
                    Ok(_) => return usage("history --restore N takes no --json"),
                    Err(_) => return usage("--restore needs a version number"),
                },
            };
            TrashCommand::History {
                id: (*id).to_owned(),
                json,
                restore,
            }
        }
        _ => return usage("history needs exactly one ID"),
    };
    Ok(Command::Trash(command))
}

/// Runs a trash or history command. `input` answers the question of `trash empty` on a
/// terminal; `out` is stdout, `err` stderr.
pub fn run(
    inv: &Invocation,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let Command::Trash(command) = &inv.command else {
        return Err(msg("not a trash command"));
    };
    let dirs = Dirs::resolve(inv.config_dir.clone(), inv.data_dir.clone())
        .ok_or_else(|| msg("no home folder found; pass --data-dir DIR"))?;
    let io = |e: std::io::Error| msg(format!("cannot write output: {e}"));
    if let TrashCommand::Empty { yes: false } = command
        && !std::io::stdin().is_terminal()
    {
        return Err(msg(
            "emptying the trash removes its records for good; pass --yes to do it without a question",
        ));
    }
    let mut session = unlock(inv, &dirs.data)?;
    warn_unread(&session, err);
    let now = crate::clock::now();
    match command {
        TrashCommand::Delete(id) => {
            session.delete(id, now)?;
            writeln!(
                out,
                "{id}: moved to the trash for {TRASH_DAYS} days; `ruimte trash restore {id}` brings it back"
            )
            .map_err(io)
        }
        TrashCommand::List { json } => list(&session, *json, now, out),
        TrashCommand::Restore(id) => {
            session.restore(id)?;
            writeln!(out, "{id}: restored").map_err(io)
        }
        TrashCommand::Empty { yes } => {
            let count = session.trash(now).0.len();
            if count == 0 {
                return writeln!(out, "The trash is empty.").map_err(io);
            }
            if !yes {
                write!(
                    out,
                    "Remove {count} record(s) from the trash for good? Consent receipts are never removed. [y/N] "
                )
                .map_err(io)?;
                out.flush().map_err(io)?;
                let mut answer = String::new();
                input
                    .read_line(&mut answer)
                    .map_err(|e| msg(format!("cannot read the answer: {e}")))?;
                if !matches!(answer.trim(), "y" | "Y" | "yes" | "j" | "ja") {
                    return writeln!(out, "Nothing was removed.").map_err(io);
                }
            }
            let removed = session.empty_trash(now)?;
            writeln!(
                out,
                "Emptied the trash: {removed} record(s) removed for good."
            )
            .map_err(io)
        }
        TrashCommand::History { id, json, restore } => match restore {
            Some(n) => {
                session.restore_version(id, *n, now)?;
                writeln!(
                    out,
                    "{id}: version {n} is the current one again; the version it replaced is kept in the history"
                )
                .map_err(io)
            }
            None => history(&session, id, *json, out),
        },
    }
}

/// Prints the trash, most recently deleted first.
fn list(session: &Session, json: bool, now: i64, out: &mut dyn Write) -> Result<(), CliError> {
    let io = |e: std::io::Error| msg(format!("cannot write output: {e}"));
    let (items, failures) = session.trash(now);
    if json {
        let list: Vec<_> = items
            .iter()
            .map(|i| {
                json!({
                    "id": i.id,
                    "kind": i.kind,
                    "title": i.title,
                    "deleted": rfc3339(i.deleted),
                    "days_left": i.days_left,
                    "completed": i.completed.map(rfc3339),
                })
            })
            .collect();
        let text = serde_json::to_string_pretty(&list).map_err(|e| msg(e.to_string()))?;
        return writeln!(out, "{}", term::json(&text)).map_err(io);
    }
    if items.is_empty() {
        writeln!(out, "The trash is empty.").map_err(io)?;
    }
    for i in &items {
        let title = match i.completed {
            Some(c) => format!("questionnaire {} completed {}", i.title, rfc3339(c)),
            None => i.title.clone(),
        };
        let title = term::line(&title);
        writeln!(
            out,
            "{}  {:<5}  deleted {}  {} day(s) left  {title}",
            i.id,
            i.kind,
            rfc3339(i.deleted),
            i.days_left
        )
        .map_err(io)?;
    }
    for f in &failures {
        writeln!(out, "unreadable: {}: {}", f.file, term::line(&f.reason)).map_err(io)?;
    }
    Ok(())
}

/// Prints an entry's versions, oldest first, the current one last.
fn history(session: &Session, id: &str, json: bool, out: &mut dyn Write) -> Result<(), CliError> {
    let io = |e: std::io::Error| msg(format!("cannot write output: {e}"));
    let (versions, failures) = session.history(id)?;
    if json {
        let list: Vec<_> = versions
            .iter()
            .map(|v| {
                json!({
                    "version": v.version,
                    "saved": rfc3339(v.saved),
                    "title": v.entry.title,
                    "current": v.current,
                })
            })
            .collect();
        let text = serde_json::to_string_pretty(&list).map_err(|e| msg(e.to_string()))?;
        return writeln!(out, "{}", term::json(&text)).map_err(io);
    }
    for v in &versions {
        let mark = if v.current { "  (current)" } else { "" };
        let title = term::line(&v.entry.title);
        writeln!(out, "{:>4}  {}  {title}{mark}", v.version, rfc3339(v.saved)).map_err(io)?;
    }
    for f in &failures {
        writeln!(out, "unreadable: {}: {}", f.file, term::line(&f.reason)).map_err(io)?;
    }
    Ok(())
}
