//! `ruimte verify` and `ruimte adopt`: what the seals and manifests say, and the captures written
//! while locked that wait for the user's word.

use std::io::Write;

use super::journal::{CliError, msg};
use super::term;
use crate::journal::Entry;
use crate::records::Record;
use crate::session::Session;

/// One line of output, control characters made visible (file names and reasons come from disk).
fn line(out: &mut dyn Write, s: &str) -> Result<(), CliError> {
    writeln!(out, "{}", term::line(s)).map_err(|e| msg(format!("cannot write output: {e}")))
}

/// The entries that are not sealed, with their state, for `list`: captures waiting for adoption
/// ("waiting for adoption") and records whose seal is missing or wrong ("not sealed").
pub(super) fn kept_apart(session: &Session) -> Vec<(&str, &Entry, &'static str)> {
    let waiting = session.inbox.iter().filter_map(|e| match &e.body {
        Record::Entry(entry) => Some((e.id.as_str(), entry, "waiting for adoption")),
        _ => None,
    });
    let unsealed = session
        .unsealed
        .iter()
        .filter_map(|u| match &u.envelope.body {
            Record::Entry(entry) => Some((u.envelope.id.as_str(), entry, "not sealed")),
            _ => None,
        });
    waiting.chain(unsealed).collect()
}

/// One line per problem and per capture waiting; exit 1 when a record fails its seal, was
/// replaced, went missing or was rolled back, or cannot be read.
pub(super) fn verify(session: &Session, out: &mut dyn Write) -> Result<(), CliError> {
    for f in &session.failures {
        line(out, &format!("bad: {}: {}", f.file, f.reason))?;
    }
    for u in &session.unsealed {
        let id = &u.envelope.id;
        let what = match (u.replaced, u.bad_seal) {
            (true, _) => {
                "replaced: {id}: a record this vault sealed was replaced by one whose seal does not verify"
            }
            (false, true) => {
                "unsealed: {id}: its seal does not verify (changed, or written without the key)"
            }
            (false, false) => {
                "unsealed: {id}: it carries no seal (written by someone with only the public key?)"
            }
        };
        line(out, &format!("{} ({})", what.replace("{id}", id), u.file))?;
    }
    for m in &session.missing {
        let text = match m.found {
            None => format!(
                "missing: {}: gone, though the manifest of device {} knows version {}",
                m.id, m.device, m.known
            ),
            Some(found) => format!(
                "rolled back: {}: version {found} found, the manifest of device {} knows version {}",
                m.id, m.device, m.known
            ),
        };
        line(out, &text)?;
    }
    for c in &session.conflicts {
        let files: Vec<&str> = c.copies.iter().map(|(f, _)| f.as_str()).collect();
        line(
            out,
            &format!("conflict: {} has sync copies: {}", c.id, files.join(", ")),
        )?;
    }
    for e in &session.inbox {
        line(
            out,
            &format!(
                "waiting: {}: captured while locked, waiting for adoption (ruimte adopt)",
                e.id
            ),
        )?;
    }
    let bad = session.failures.len() + session.unsealed.len() + session.missing.len();
    let damaged = session.failures.iter().filter(|f| !f.file.contains('/'));
    let sealed = session
        .vault()
        .record_files()?
        .len()
        .saturating_sub(session.unsealed.len() + damaged.count());
    line(
        out,
        &format!(
            "{sealed} sealed record file(s) verified; {bad} problem(s); {} capture(s) waiting",
            session.inbox.len()
        ),
    )?;
    if bad == 0 {
        Ok(())
    } else {
        Err(CliError::BadRecords(bad))
    }
}

/// The title of a capture, for the list `adopt` shows.
fn title(record: &Record) -> String {
    match record {
        Record::Entry(e) => e.title.clone(),
        other => format!("({})", other.kind()),
    }
}

/// Lists captures waiting; adopts those named (or all) or rejects those given with `--reject`.
pub(super) fn adopt(
    session: &mut Session,
    all: bool,
    ids: &[String],
    reject: &[String],
    out: &mut dyn Write,
) -> Result<(), CliError> {
    for id in reject {
        session.reject(id)?;
        line(out, &format!("rejected: {id}"))?;
    }
    if !reject.is_empty() {
        return Ok(());
    }
    if session.inbox.is_empty() {
        return line(out, "no captures are waiting for adoption");
    }
    let chosen: Vec<String> = if all {
        session.inbox.iter().map(|e| e.id.clone()).collect()
    } else {
        ids.to_vec()
    };
    if chosen.is_empty() {
        for e in &session.inbox {
            line(
                out,
                &format!("waiting: {}  {}", e.id, title(&e.body).escape_debug()),
            )?;
        }
        return line(
            out,
            "adopt them with `ruimte adopt --all` or `ruimte adopt ID...`, or remove one with `ruimte adopt --reject ID`",
        );
    }
    let now = crate::clock::now();
    for id in &chosen {
        let shown = session
            .inbox
            .iter()
            .find(|e| &e.id == id)
            .map(|e| title(&e.body));
        let new_id = session.adopt(id, now)?;
        let shown = shown.unwrap_or_default();
        let renamed = if &new_id == id {
            String::new()
        } else {
            format!(" (as {new_id}: its id was taken)")
        };
        line(
            out,
            &format!("adopted: {id}  {}{renamed}", shown.escape_debug()),
        )?;
    }
    Ok(())
}
