//! `ruimte resolve`: the sync conflict copies (Syncthing, Nextcloud, Dropbox) that hide an
//! entry from `list`, `search` and `export --all`, listed and resolved from the command line
//! with the same rules as the app.

use std::ffi::OsString;
use std::io::Write;

use super::journal::{CliError, msg, unlock};
use super::{Command, Invocation, UsageError, term};
use crate::paths::Dirs;
use crate::records::Record;
use crate::session::Keep;
use crate::vault::Envelope;

/// Which side of a conflict to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeepChoice {
    /// This vault's own file; the copies are removed.
    Mine,
    /// The copy (the most recently saved one, if there are several) replaces it.
    Theirs,
    /// Both: every copy becomes an entry of its own beside the original.
    Both,
}

/// Parses `resolve [--keep mine|theirs|both ID]`.
pub(super) fn parse(keep: Option<String>, values: Vec<OsString>) -> Result<Command, UsageError> {
    let usage = |s: &str| UsageError(s.to_owned());
    let Some(keep) = keep else {
        return if values.is_empty() {
            Ok(Command::Resolve { keep: None })
        } else {
            Err(usage(
                "resolve takes an ID only with --keep mine|theirs|both",
            ))
        };
    };
    let choice = match keep.as_str() {
        "mine" => KeepChoice::Mine,
        "theirs" => KeepChoice::Theirs,
        "both" => KeepChoice::Both,
        _ => return Err(usage("--keep is mine, theirs or both")),
    };
    match <[OsString; 1]>::try_from(values) {
        Ok([id]) => {
            let id = id
                .into_string()
                .map_err(|_| usage("the ID is not valid UTF-8"))?;
            Ok(Command::Resolve {
                keep: Some((choice, id)),
            })
        }
        Err(_) => Err(usage("resolve --keep needs exactly one ID")),
    }
}

/// Lists the conflicts, or resolves one. `out` is stdout, `err` stderr.
pub fn run(inv: &Invocation, out: &mut dyn Write, err: &mut dyn Write) -> Result<(), CliError> {
    let Command::Resolve { keep } = &inv.command else {
        return Err(msg("not a resolve command"));
    };
    let dirs = Dirs::resolve(inv.config_dir.clone(), inv.data_dir.clone())
        .ok_or_else(|| msg("no home folder found; pass --data-dir DIR"))?;
    let mut session = unlock(inv, &dirs.data)?;
    let io = |e: std::io::Error| msg(format!("cannot write output: {e}"));
    let Some((choice, id)) = keep else {
        if session.conflicts.is_empty() {
            return writeln!(out, "no sync conflicts").map_err(io);
        }
        for c in &session.conflicts {
            writeln!(out, "{}", c.id).map_err(io)?;
            if let Some(mine) = &c.original {
                writeln!(
                    out,
                    "  mine:   {}",
                    describe(&format!("{}.age", c.id), mine)
                )
                .map_err(io)?;
            }
            for (file, copy) in &c.copies {
                writeln!(out, "  theirs: {}", describe(file, copy)).map_err(io)?;
            }
        }
        return Ok(());
    };
    let Some(index) = session.conflicts.iter().position(|c| &c.id == id) else {
        return Err(msg(format!(
            "{} has no sync conflict; `ruimte resolve` lists those that do",
            term::line(id)
        )));
    };
    let conflict = &session.conflicts[index];
    let keep = match choice {
        KeepChoice::Mine if conflict.original.is_none() => {
            return Err(msg(
                "this vault has no readable version of its own for that id; keep theirs or both",
            ));
        }
        KeepChoice::Mine => Keep::Original,
        KeepChoice::Both => Keep::All,
        KeepChoice::Theirs => {
            let newest = conflict
                .copies
                .iter()
                .enumerate()
                .max_by_key(|(_, (_, e))| e.updated)
                .map_or(0, |(i, _)| i);
            if conflict.copies.len() > 1 {
                let _ = writeln!(
                    err,
                    "ruimte: note: {} copies; keeping the most recently saved one",
                    conflict.copies.len()
                );
            }
            Keep::Copy(newest)
        }
    };
    session.resolve(index, keep, crate::clock::now())?;
    writeln!(out, "resolved {}", term::line(id)).map_err(io)
}

/// `file  saved YYYY-MM-DD  "title"` for one side of a conflict.
fn describe(file: &str, e: &Envelope<Record>) -> String {
    let saved = crate::clock::Zone::system().date(e.updated);
    let what = match &e.body {
        Record::Entry(entry) => format!("\"{}\"", entry.title),
        other => format!("({})", other.kind()),
    };
    term::line(&format!("{file}  saved {saved}  {what}")).into_owned()
}
