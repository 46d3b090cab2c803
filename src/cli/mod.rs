//! The command line: `ruimte` starts the app; subcommands validate questionnaires and work on
//! the journal for scripts, tests and admins. Errors print as one line `ruimte: …`; exit 1 for
//! a failure, 2 for a usage error.

mod args;
mod assess;
mod export;
mod journal;
mod passphrase;
mod report;
mod resolve;
mod seal;
pub mod term;
mod trash;

use std::io::Write;
use std::path::PathBuf;

use crate::assessment::load_file;
use crate::content::Content;

pub use args::parse;
pub use assess::{AssessError, MAX_ANSWERS_BYTES, run as run_assess};
pub use export::{ExportArgs, run as run_export};
pub use journal::{CliError, run as run_journal};
pub use passphrase::PASSPHRASE_ENV;
pub use report::{ReportArgs, ReportCliError, Target as ReportTarget, run as run_report};
pub use resolve::{KeepChoice, run as run_resolve};
pub use term::QuietPipe;
pub use trash::{TrashCommand, run as run_trash};

/// The parsed command line: global options and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Invocation {
    /// `--config-dir DIR`: settings and own questionnaires.
    pub config_dir: Option<PathBuf>,
    /// `--data-dir DIR`: the vault.
    pub data_dir: Option<PathBuf>,
    /// `--passphrase-file FILE`: read the passphrase from a file (first line).
    pub passphrase_file: Option<PathBuf>,
    /// The command.
    pub command: Command,
}

/// What the user asked for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Command {
    /// Start the desktop app, optionally on a screen (`tactics`, `tactic:ID`, …).
    Gui {
        /// `--screen NAME`.
        screen: Option<String>,
    },
    /// Validate questionnaire files.
    Check {
        /// The files, as given.
        files: Vec<PathBuf>,
    },
    /// Create a vault.
    Init,
    /// Add an entry without unlocking; the dilemma comes on stdin.
    Add {
        /// `--title T`.
        title: String,
        /// `--tactic ID`, repeatable.
        tactics: Vec<String>,
        /// `--tag T`, repeatable.
        tags: Vec<String>,
    },
    /// List entries.
    List {
        /// `--json`.
        json: bool,
    },
    /// Search entries.
    Search {
        /// The words to find.
        text: String,
        /// `--json`.
        json: bool,
    },
    /// Decrypt every record, check its seal and the manifests, and name the bad ones.
    Verify,
    /// Adopt captures written while locked (seal them), or reject them.
    Adopt {
        /// `--all`: every capture waiting.
        all: bool,
        /// The ids to adopt.
        ids: Vec<String>,
        /// `--reject ID`, repeatable: the ids to remove.
        reject: Vec<String>,
    },
    /// Share a summary with a coach; running the command is the consent.
    Export(ExportArgs),
    /// Read a summary exported to the coach key (when there is one) or the journal's key.
    OpenExport {
        /// The `.md.age` file.
        file: PathBuf,
        /// `--from NAME`: the name to remember a new sender's signing key by.
        from: Option<String>,
        /// `-o FILE.pdf`: print the summary to a PDF instead of showing it.
        pdf: Option<PathBuf>,
        /// `--lang nl|en`: the language of the PDF's frame (default nl).
        lang: crate::content::Lang,
        /// `--force`: replace an existing PDF.
        force: bool,
    },
    /// Print profiles from an answers file as PDF.
    Report(ReportArgs),
    /// List sync conflict copies, or resolve one.
    Resolve {
        /// `--keep mine|theirs|both ID`; `None` lists the conflicts.
        keep: Option<(KeepChoice, String)>,
    },
    /// Print a validated questionnaire (the built-in one without a file) as JSON.
    CheckJson {
        /// The file, from `check --json FILE` or `--questionnaire FILE`.
        file: Option<PathBuf>,
    },
    /// Score a CSV of answers: one JSON line per respondent.
    Score {
        /// The answers file.
        answers: PathBuf,
        /// `--questionnaire FILE`; the built-in one without it.
        questionnaire: Option<PathBuf>,
    },
    /// Item analysis of a CSV of answers.
    Analyse {
        /// The answers file.
        answers: PathBuf,
        /// `--questionnaire FILE`; the built-in one without it.
        questionnaire: Option<PathBuf>,
        /// `--json`.
        json: bool,
    },
    /// Delete to the trash, list, restore or empty it, or an entry's versions.
    Trash(TrashCommand),
    /// Print usage.
    #[default]
    Help,
    /// Print the version.
    Version,
}

/// The arguments made no sense; print it with the usage and exit 2.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// The usage text.
pub const USAGE: &str = "\
Ambtelijke Ruimte: reflect on how you create room to act.

Usage:
  ruimte [--screen NAME]            start the app (NAME: welcome, onboarding,
                                    questionnaire, profile, tactics, tactic:ID,
                                    journal, shared, settings)
  ruimte check FILE...              validate questionnaire files
  ruimte check --json [FILE]        print a validated questionnaire as JSON
                                    (the built-in one without FILE)
  ruimte score ANSWERS.csv [--questionnaire FILE]
                                    score a CSV (header respondent,<item ids…>;
                                    Likert 1-5, a scenario's option number, empty
                                    when unanswered): one JSON line per respondent
  ruimte analyse ANSWERS.csv [--json] [--questionnaire FILE]
                                    item analysis: Cronbach's alpha per dimension
                                    with a 95% interval, item-total correlations
  ruimte init                       create an encrypted vault
  ruimte add --title T [--tactic ID]... [--tag T]...
                                    add an entry (the dilemma on stdin) without
                                    unlocking; prints the new entry's id
  ruimte list [--json]              list entries
  ruimte search TEXT [--json]       find entries (ignores case and accents)
  ruimte verify                     check every record's seal and the manifests;
                                    names what is unsealed, replaced, missing or
                                    rolled back (exit 1), and what waits for adoption
  ruimte adopt [--all | ID...]      show captures written while locked; seal the
                                    ones named (or all) as genuine records
  ruimte adopt --reject ID...       remove captures written while locked
  ruimte export --coach NAME --purpose TEXT (--entry ID... | --all | --profile)
                (--to age1… | --plain | --html) -o FILE
                [--redact WORD]... [--profile | --no-profile]
                [--delete-after YYYY-MM-DD] [--lang nl|en] [--force]
                [--whole-word]
                                    share a summary with a coach: encrypted to the
                                    coach's key --to unless --plain or --html (then
                                    NOT encrypted). Running it is your consent to
                                    share exactly that; the vault keeps a receipt.
                                    --redact blanks a word out in any case or accent.
                                    Prints the file and the SHA-256 of what is shared
                                    --whole-word blanks only whole words (not
                                    Wassenbergse for Wassenberg)
  ruimte open-export FILE [--from NAME] [-o FILE.pdf [--lang nl|en] [--force]]
                                    read a summary exported to your key: the coach
                                    key made in the app (Gedeeld > Coach) when there
                                    is one, else the journal's, with that passphrase;
                                    says who signed it, remembers a new sender (as
                                    NAME) and warns when it is not who it claims to
                                    be; with -o, prints it to a PDF instead
  ruimte report --answers ANSWERS.csv (--respondent ID -o FILE.pdf | --all -o DIR)
                [--questionnaire FILE] [--lang nl|en] [--force]
                                    print profiles from the CSV `score` reads: one
                                    respondent, or one PDF per respondent in DIR
  ruimte resolve                    list sync conflict copies (Syncthing, Nextcloud,
                                    Dropbox) by entry id
  ruimte resolve --keep mine|theirs|both ID
                                    resolve one: keep this vault's version, the
                                    copy (the newest, if several), or both as
                                    separate entries
  ruimte delete ID                  move an entry or take to the trash (30 days)
  ruimte trash [--json | restore ID | empty [--yes]]
                                    list the trash, bring one back, or empty it
  ruimte history ID [--json | --restore N]
                                    an entry's last 20 versions, or restore one
  ruimte --help | --version

Options for every command:
  --data-dir DIR          the vault's folder (default: the platform's data folder)
  --config-dir DIR        settings and own questionnaires
  --passphrase-file FILE  read the passphrase from FILE (one line) instead of the
                          terminal; the variable RUIMTE_PASSPHRASE works too. One
                          trailing newline is ignored in both

A command that changes the vault waits up to 15 s for another one to finish
(RUIMTE_LOCK_WAIT_SECS changes that) and then names the process that holds it.

Exit codes: 0 success, 1 failure (one line on stderr), 2 usage error.";

/// Checks every file and reports each problem on `err`; returns the exit code. File names
/// and messages (which can quote the file) are printed with control characters made visible.
pub fn check(
    files: &[PathBuf],
    content: &Content,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let mut bad = 0usize;
    for file in files {
        match load_file(file, content) {
            Ok(q) => {
                let line = format!("{}: ok ({} items)", file.display(), q.items.len());
                if let Err(e) = writeln!(out, "{}", term::line(&line)) {
                    let _ = writeln!(err, "ruimte: cannot write output: {e}");
                    return 1;
                }
            }
            Err(problems) => {
                bad += 1;
                for p in problems {
                    let _ = writeln!(err, "{}", term::line(&p.to_string()));
                }
            }
        }
    }
    if bad == 0 {
        0
    } else {
        let _ = writeln!(err, "ruimte: {bad} of {} file(s) invalid", files.len());
        1
    }
}

#[cfg(test)]
mod tests;
