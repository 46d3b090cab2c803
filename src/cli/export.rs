//! `ruimte export | open-export`: sharing a summary with a coach, and reading one as the coach,
//! on the same domain code as the app's wizard.

use std::io::Write;
use std::path::PathBuf;

use super::journal::{CliError, msg, open, unlock, warn_unread};
use super::passphrase::passphrase;
use super::{Command, Invocation, UsageError, term};
use crate::content::{Content, Lang};
use crate::export::{
    Consent, Output, Parts, Scope, Selection, deliver, open_summary, parse_recipient,
    prepare_export, read_shared_file,
};
use crate::journal::{Date, JournalFilter, SortBy};
use crate::paths::Dirs;

/// What `ruimte export` was asked to share. Running the command is the consent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportArgs {
    /// `--coach NAME`.
    pub coach: String,
    /// `--purpose TEXT`.
    pub purpose: String,
    /// `--entry ID`, repeatable, in order.
    pub entries: Vec<String>,
    /// `--all`: every entry, oldest first.
    pub all: bool,
    /// `--redact WORD`, repeatable.
    pub redact: Vec<String>,
    /// `--whole-word`: blank only whole words, not a word inside a longer one.
    pub whole_words: bool,
    /// `--profile` (off by default, or with `--no-profile`).
    pub profile: bool,
    /// `--delete-after YYYY-MM-DD`.
    pub delete_after: Option<Date>,
    /// Encrypted to `--to`, or `--plain` / `--html`.
    pub output: Output,
    /// `-o FILE`.
    pub file: PathBuf,
    /// `--force`: replace an existing file.
    pub force: bool,
    /// `--lang nl|en`: the summary's language (default nl).
    pub lang: Lang,
}

/// The export flags as they come, checked by [`ExportFlags::build`].
#[derive(Debug, Default)]
pub(super) struct ExportFlags {
    to: Option<String>,
    coach: Option<String>,
    purpose: Option<String>,
    entries: Vec<String>,
    all: bool,
    redact: Vec<String>,
    whole_words: bool,
    profile: Option<bool>,
    delete_after: Option<String>,
    plain: bool,
    html: bool,
    file: Option<PathBuf>,
    force: bool,
    lang: Option<String>,
}

/// Export flags that take a value.
pub(super) const VALUE_FLAGS: [&str; 8] = [
    "to",
    "coach",
    "purpose",
    "entry",
    "redact",
    "delete-after",
    "output",
    "lang",
];
/// Export flags that are switches.
pub(super) const SWITCHES: [&str; 7] = [
    "all",
    "profile",
    "no-profile",
    "plain",
    "html",
    "force",
    "whole-word",
];

impl ExportFlags {
    /// Records `--name value` (one of [`VALUE_FLAGS`]).
    pub(super) fn set(&mut self, name: &str, value: String) {
        match name {
            "to" => self.to = Some(value),
            "coach" => self.coach = Some(value),
            "purpose" => self.purpose = Some(value),
            "entry" => self.entries.push(value),
            "redact" => self.redact.push(value),
            "delete-after" => self.delete_after = Some(value),
            "output" => self.file = Some(value.into()),
            _ => self.lang = Some(value),
        }
    }

    /// Records a switch (one of [`SWITCHES`]).
    pub(super) fn switch(&mut self, name: &str) {
        match name {
            "all" => self.all = true,
            "profile" => self.profile = Some(true),
            "no-profile" => self.profile = Some(false),
            "plain" => self.plain = true,
            "html" => self.html = true,
            "whole-word" => self.whole_words = true,
            _ => self.force = true,
        }
    }

    /// `-o FILE`, for the commands that share the flag (`report`, `open-export`).
    pub(super) fn file(&self) -> Option<PathBuf> {
        self.file.clone()
    }

    /// `--lang`, as given.
    pub(super) fn lang(&self) -> Option<&str> {
        self.lang.as_deref()
    }

    /// `--force`.
    pub(super) fn force(&self) -> bool {
        self.force
    }

    /// Checks the combination and builds the command.
    pub(super) fn build(self) -> Result<Command, UsageError> {
        let usage = |s: &str| UsageError(s.to_owned());
        let file = self.file.ok_or_else(|| usage("export needs -o FILE"))?;
        let coach = self
            .coach
            .filter(|c| !c.trim().is_empty())
            .ok_or_else(|| usage("export needs --coach NAME"))?;
        let purpose = self
            .purpose
            .filter(|p| !p.trim().is_empty())
            .ok_or_else(|| usage("export needs --purpose TEXT"))?;
        let profile = self.profile.unwrap_or(false);
        if self.all && !self.entries.is_empty() {
            return Err(usage("use --entry ID or --all, not both"));
        }
        if self.entries.is_empty() && !self.all && !profile {
            return Err(usage("export needs --entry ID, --all or --profile"));
        }
        let output = match (self.plain, self.html, self.to) {
            (true, true, _) => return Err(usage("choose one of --plain and --html")),
            (true, _, Some(_)) | (_, true, Some(_)) => {
                return Err(usage(
                    "--to encrypts the file; leave it out with --plain or --html",
                ));
            }
            (true, false, None) => Output::PlainMarkdown,
            (false, true, None) => Output::Html,
            (false, false, None) => {
                return Err(usage(
                    "export needs --to age1… (the coach's key), or --plain or --html for a file that is not encrypted",
                ));
            }
            (false, false, Some(to)) => {
                let key = parse_recipient(&to).map_err(|e| UsageError(format!("--to: {e}")))?;
                Output::Encrypted {
                    recipient: key.to_string(),
                }
            }
        };
        let delete_after = match self.delete_after {
            None => None,
            Some(d) => Some(
                Date::parse(&d)
                    .ok_or_else(|| usage("--delete-after needs an existing date YYYY-MM-DD"))?,
            ),
        };
        let lang = match self.lang.as_deref() {
            None | Some("nl") => Lang::Nl,
            Some("en") => Lang::En,
            Some(_) => return Err(usage("--lang is nl or en")),
        };
        Ok(Command::Export(ExportArgs {
            coach,
            purpose,
            entries: self.entries,
            all: self.all,
            redact: self.redact,
            whole_words: self.whole_words,
            profile,
            delete_after,
            output,
            file,
            force: self.force,
            lang,
        }))
    }
}

/// Runs `export` or `open-export`. `out` is stdout, `err` stderr (for warnings).
pub fn run(
    inv: &Invocation,
    content: &Content,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let dirs = Dirs::resolve(inv.config_dir.clone(), inv.data_dir.clone())
        .ok_or_else(|| msg("no home folder found; pass --data-dir DIR"))?;
    let dir = dirs.data.as_path();
    let io = |e: std::io::Error| msg(format!("cannot write output: {e}"));
    match &inv.command {
        Command::Export(args) => {
            // Checked before the passphrase, so a wrong name costs no unlock and no receipt.
            if !args.force && args.file.exists() {
                return Err(msg(format!(
                    "{} already exists; choose another name or pass --force",
                    args.file.display()
                )));
            }
            let mut session = unlock(inv, dir)?;
            warn_unread(&session, err);
            let ids: Vec<String> = if args.all {
                session
                    .journal
                    .query(&JournalFilter::default(), SortBy::DateOldest)
                    .into_iter()
                    .map(|(id, _)| id.to_owned())
                    .collect()
            } else {
                if let Some(bad) = args
                    .entries
                    .iter()
                    .find(|id| session.journal.get(id).is_none())
                {
                    return Err(msg(format!("no entry with id {bad:?} in this vault")));
                }
                args.entries.clone()
            };
            let scope = Scope {
                entries: ids
                    .into_iter()
                    .map(|entry_id| Selection {
                        entry_id,
                        parts: Parts::default(),
                    })
                    .collect(),
                profile: args.profile,
                redact: args.redact.clone(),
                whole_words: args.whole_words,
            };
            let consent = Consent {
                coach: args.coach.clone(),
                purpose: args.purpose.clone(),
                delete_after: args.delete_after,
                confirmed: true,
            };
            if !matches!(args.output, Output::Encrypted { .. }) {
                writeln!(
                    err,
                    "ruimte: warning: {} is NOT encrypted; anyone who gets this file can read it",
                    args.file.display()
                )
                .map_err(io)?;
            }
            let now = crate::clock::now();
            let prepared = prepare_export(
                &session,
                &scope,
                &consent,
                &args.output,
                content,
                args.lang,
                now,
            )
            .map_err(|e| msg(e.to_string()))?;
            // The file first, durably; the receipt only once it is there.
            deliver(&mut session, &prepared, &args.file, args.force, now)
                .map_err(|e| msg(e.to_string()))?;
            let shown = args.file.display().to_string();
            writeln!(out, "{}", term::line(&shown)).map_err(io)?;
            writeln!(out, "sha256 {}", prepared.record.sha256).map_err(io)
        }
        Command::OpenExport {
            file,
            from,
            pdf,
            lang,
            force,
        } => {
            // Read (bounded, regular files only) before the passphrase is asked or derived.
            let bytes = read_shared_file(file).map_err(|e| msg(e.to_string()))?;
            let key_dir = reader_dir(&dirs);
            if !crate::vault::Vault::exists(&key_dir) {
                return Err(msg(format!(
                    "no coach key and no vault in {}; make a coach key in the app (Gedeeld, tab Coach) or a vault with `ruimte init`",
                    dirs.data.display()
                )));
            }
            let vault = open(&key_dir)?;
            let unlocked = vault.unlock(&passphrase(inv, false)?)?;
            let mut summary = open_summary(&bytes, &unlocked).map_err(|e| msg(e.to_string()))?;
            let sender = crate::export::check_sender(&mut summary, &dirs.config, from.as_deref())
                .map_err(|e| msg(e.to_string()))?;
            // The sender's name comes from the file: nothing in it may drive the terminal.
            let note = sender_note(&sender, &summary);
            writeln!(err, "ruimte: {}", term::line(&note)).map_err(io)?;
            let today = crate::clock::today();
            if summary.expired(today)
                && let Some(day) = summary.header.delete_after
            {
                writeln!(
                    err,
                    "ruimte: note: the sender asked you to delete this summary after {day}"
                )
                .map_err(io)?;
            }
            if let Some(pdf) = pdf {
                super::report::summary_to_pdf(&summary, &sender, pdf, *lang, *force)
                    .map_err(|e| msg(e.to_string()))?;
                return writeln!(out, "{}", term::line(&pdf.display().to_string())).map_err(io);
            }
            // The summary is someone else's text: nothing in it may drive the terminal.
            write!(out, "{}", term::text(&summary.text)).map_err(io)
        }
        _ => Err(msg("not an export command")),
    }
}

/// The vault whose key opens a summary: the coach key when there is one, as in the app (it is
/// the key a coach with a coach key hands out), else the journal's.
fn reader_dir(dirs: &Dirs) -> PathBuf {
    let coach_key = dirs.coach_key().data;
    if crate::vault::Vault::exists(&coach_key) {
        coach_key
    } else {
        dirs.data.clone()
    }
}

/// One sentence about who sent a summary, for the coach.
fn sender_note(sender: &crate::export::Sender, summary: &crate::export::OpenedSummary) -> String {
    use crate::export::Sender;
    let key = summary.signer.as_deref().unwrap_or("");
    match sender {
        Sender::Known { name } => format!("note: from {name} (signed by {key})"),
        Sender::New { name } => format!(
            "note: signed by {key}, a sender you had not seen; remembered as {name:?}"
        ),
        Sender::ReplyToChanged { name, claimed } => format!(
            "warning: from {name} (signed by {key}), but it asks for feedback to another key ({claimed}); feedback goes only to the key you know for {name}"
        ),
        Sender::Impostor { name } => format!(
            "warning: signed by {key}, an unknown key that uses the name or reply key of {name}: this summary is not from the {name} you know"
        ),
        Sender::Unsigned => {
            "warning: this summary is not signed (made by an older version): who sent it cannot be checked".to_owned()
        }
    }
}
