//! The command line: `ruimte` starts the app; subcommands validate questionnaires and work on
//! the journal for scripts, tests and admins. Errors print as one line `ruimte: …`; exit 1 for
//! a failure, 2 for a usage error.

mod export;
mod journal;
mod seal;

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use crate::assessment::load_file;
use crate::content::Content;

pub use export::{ExportArgs, run as run_export};
pub use journal::{PASSPHRASE_ENV, run as run_journal};

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
    /// Read a summary exported to this vault's key.
    OpenExport {
        /// The `.md.age` file.
        file: PathBuf,
        /// `--from NAME`: the name to remember a new sender's signing key by.
        from: Option<String>,
    },
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
                                    share a summary with a coach: encrypted to the
                                    coach's key --to unless --plain or --html (then
                                    NOT encrypted). Running it is your consent to
                                    share exactly that; the vault keeps a receipt.
                                    --redact blanks a word out in any case or accent.
                                    Prints the file and the SHA-256 of what is shared
  ruimte open-export FILE [--from NAME]
                                    read a summary exported to this vault's key; says
                                    who signed it, remembers a new sender (as NAME)
                                    and warns when it is not who it claims to be
  ruimte --help | --version

Options for every command:
  --data-dir DIR          the vault's folder (default: the platform's data folder)
  --config-dir DIR        settings and own questionnaires
  --passphrase-file FILE  read the passphrase from FILE instead of the terminal;
                          the variable RUIMTE_PASSPHRASE works too

Exit codes: 0 success, 1 failure (one line on stderr), 2 usage error.";

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Invocation, UsageError> {
    use lexopt::prelude::{Long, Short, Value};
    let usage = |e: lexopt::Error| UsageError(e.to_string());
    let mut parser = lexopt::Parser::from_args(args);
    let mut inv = Invocation::default();
    let mut subcommand: Option<String> = None;
    let mut values: Vec<OsString> = Vec::new();
    let (mut screen, mut title, mut json) = (None, None, false);
    let (mut tactics, mut tags) = (Vec::new(), Vec::new());
    let (mut all, mut reject, mut from) = (false, Vec::new(), None);
    let mut export_flags = export::ExportFlags::default();
    while let Some(arg) = parser.next().map_err(usage)? {
        match arg {
            Short('h') | Long("help") => {
                return Ok(Invocation {
                    command: Command::Help,
                    ..inv
                });
            }
            Short('V') | Long("version") => {
                return Ok(Invocation {
                    command: Command::Version,
                    ..inv
                });
            }
            Long("config-dir") => inv.config_dir = Some(parser.value().map_err(usage)?.into()),
            Long("data-dir") => inv.data_dir = Some(parser.value().map_err(usage)?.into()),
            Long("passphrase-file") => {
                inv.passphrase_file = Some(parser.value().map_err(usage)?.into())
            }
            Long("screen") => screen = Some(string(parser.value().map_err(usage)?)?),
            Long("title") => title = Some(string(parser.value().map_err(usage)?)?),
            Long("tactic") => tactics.push(string(parser.value().map_err(usage)?)?),
            Long("tag") => tags.push(string(parser.value().map_err(usage)?)?),
            Long("json") => json = true,
            Long("reject") => reject.push(string(parser.value().map_err(usage)?)?),
            Long("from") => from = Some(string(parser.value().map_err(usage)?)?),
            Long("all") => {
                all = true;
                export_flags.switch("all");
            }
            Short('o') => export_flags.set("output", string(parser.value().map_err(usage)?)?),
            Long(name) if export::VALUE_FLAGS.contains(&name) => {
                let name = name.to_owned();
                export_flags.set(&name, string(parser.value().map_err(usage)?)?);
            }
            Long(name) if export::SWITCHES.contains(&name) => export_flags.switch(name),
            Value(v) if subcommand.is_none() => subcommand = Some(string(v)?),
            Value(v) => values.push(v),
            other => return Err(usage(other.unexpected())),
        }
    }
    let sub = subcommand.as_deref();
    let no_values = |cmd: Command| {
        if values.is_empty() {
            Ok(cmd)
        } else {
            Err(UsageError(format!("unexpected argument {:?}", values[0])))
        }
    };
    inv.command = match sub {
        None => {
            if let Some(name) = &screen
                && crate::ui::Start::parse(name).is_none()
            {
                return Err(UsageError(format!(
                    "unknown screen {name:?} (try welcome, onboarding, questionnaire, profile, tactics, tactic:ID, journal, shared, settings)"
                )));
            }
            Command::Gui { screen }
        }
        Some("check") if values.is_empty() => {
            return Err(UsageError("check needs at least one FILE".into()));
        }
        Some("check") => Command::Check {
            files: values.into_iter().map(PathBuf::from).collect(),
        },
        Some("init") => no_values(Command::Init)?,
        Some("add") => {
            let title = title.ok_or_else(|| UsageError("add needs --title T".into()))?;
            no_values(Command::Add {
                title,
                tactics,
                tags,
            })?
        }
        Some("list") => no_values(Command::List { json })?,
        Some("search") => {
            let words: Result<Vec<String>, UsageError> = values.into_iter().map(string).collect();
            let text = words?.join(" ");
            if text.trim().is_empty() {
                return Err(UsageError("search needs TEXT".into()));
            }
            Command::Search { text, json }
        }
        Some("verify") => no_values(Command::Verify)?,
        Some("adopt") => adopt_command(all, values, reject)?,
        Some("export") => {
            let command = export_flags.build()?;
            no_values(command)?
        }
        Some("open-export") => match <[OsString; 1]>::try_from(values) {
            Ok([file]) => Command::OpenExport {
                file: file.into(),
                from,
            },
            Err(_) => return Err(UsageError("open-export needs exactly one FILE".into())),
        },
        Some(other) => return Err(UsageError(format!("unknown command {other:?}"))),
    };
    Ok(inv)
}

/// `adopt [--all | ID...]` or `adopt --reject ID...`, never a mix.
fn adopt_command(
    all: bool,
    values: Vec<OsString>,
    reject: Vec<String>,
) -> Result<Command, UsageError> {
    let ids = values
        .into_iter()
        .map(string)
        .collect::<Result<Vec<String>, UsageError>>()?;
    if all && !(ids.is_empty() && reject.is_empty()) {
        return Err(UsageError("adopt takes --all or ids, not both".into()));
    }
    if !reject.is_empty() && !ids.is_empty() {
        return Err(UsageError(
            "adopt takes ids to adopt or --reject ids, not both".into(),
        ));
    }
    Ok(Command::Adopt { all, ids, reject })
}

fn string(v: OsString) -> Result<String, UsageError> {
    v.into_string()
        .map_err(|v| UsageError(format!("{v:?} is not valid UTF-8")))
}

/// Checks every file and reports each problem on `err`; returns the exit code.
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
                let _ = writeln!(out, "{}: ok ({} items)", file.display(), q.items.len());
            }
            Err(problems) => {
                bad += 1;
                for p in problems {
                    let _ = writeln!(err, "{p}");
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
mod tests {
    use super::*;

    fn cmd(a: &[&str]) -> Result<Command, UsageError> {
        parse(a.iter().map(OsString::from)).map(|i| i.command)
    }

    #[test]
    fn no_arguments_start_the_app_and_dirs_are_global() {
        assert_eq!(cmd(&[]), Ok(Command::Gui { screen: None }));
        let inv =
            parse(["--data-dir", "/tmp/d", "list", "--config-dir=/tmp/c"].map(OsString::from))
                .expect("valid");
        assert_eq!(inv.data_dir, Some("/tmp/d".into()));
        assert_eq!(inv.config_dir, Some("/tmp/c".into()));
        assert_eq!(inv.command, Command::List { json: false });
    }

    #[test]
    fn screen_names_are_checked() {
        assert_eq!(
            cmd(&["--screen", "tactic:weigeren"]),
            Ok(Command::Gui {
                screen: Some("tactic:weigeren".into())
            })
        );
        assert!(cmd(&["--screen", "nowhere"]).is_err());
    }

    #[test]
    fn check_takes_files_and_needs_one() {
        assert_eq!(
            cmd(&["check", "a.ron", "b.ron"]),
            Ok(Command::Check {
                files: vec!["a.ron".into(), "b.ron".into()]
            })
        );
        assert!(cmd(&["check"]).is_err());
    }

    #[test]
    fn journal_commands_parse() {
        assert_eq!(
            cmd(&[
                "add",
                "--title",
                "Weerstand",
                "--tactic",
                "weigeren",
                "--tag",
                "a",
                "--tag",
                "b"
            ]),
            Ok(Command::Add {
                title: "Weerstand".into(),
                tactics: vec!["weigeren".into()],
                tags: vec!["a".into(), "b".into()]
            })
        );
        assert!(cmd(&["add"]).is_err(), "add needs a title");
        assert_eq!(
            cmd(&["search", "warmte", "net", "--json"]),
            Ok(Command::Search {
                text: "warmte net".into(),
                json: true
            })
        );
        assert!(cmd(&["search"]).is_err());
        assert_eq!(cmd(&["verify"]), Ok(Command::Verify));
        assert_eq!(
            cmd(&["adopt", "--all"]),
            Ok(Command::Adopt {
                all: true,
                ids: vec![],
                reject: vec![]
            })
        );
        assert_eq!(
            cmd(&["adopt", "--reject", "A", "--reject", "B"]),
            Ok(Command::Adopt {
                all: false,
                ids: vec![],
                reject: vec!["A".into(), "B".into()]
            })
        );
        assert!(cmd(&["adopt", "--all", "A"]).is_err());
        assert!(cmd(&["adopt", "A", "--reject", "B"]).is_err());
        assert!(cmd(&["verify", "extra"]).is_err());
        let inv = parse(["init", "--passphrase-file", "p.txt"].map(OsString::from)).expect("valid");
        assert_eq!(
            (inv.command, inv.passphrase_file),
            (Command::Init, Some("p.txt".into()))
        );
    }

    #[test]
    fn export_parses_with_its_defaults() {
        let key = age::x25519::Identity::generate().to_public().to_string();
        let got = cmd(&[
            "export",
            "--to",
            &key,
            "--coach",
            "Kim",
            "--purpose",
            "intervisie",
            "--entry",
            "A",
            "--entry",
            "B",
            "--redact",
            "Wassenberg",
            "-o",
            "s.md.age",
            "--delete-after",
            "2026-06-30",
        ]);
        let Ok(Command::Export(args)) = got else {
            panic!("expected export, got {got:?}");
        };
        assert_eq!(args.entries, ["A", "B"]);
        assert_eq!(args.redact, ["Wassenberg"]);
        assert!(!args.profile, "the profile is opt-in");
        assert_eq!(
            args.output,
            crate::export::Output::Encrypted { recipient: key }
        );
        assert_eq!(args.file, PathBuf::from("s.md.age"));
        assert_eq!(args.delete_after, crate::journal::Date::parse("2026-06-30"));
        let got = cmd(&[
            "export",
            "--coach",
            "Kim",
            "--purpose",
            "p",
            "--all",
            "--profile",
            "--no-profile",
            "--html",
            "--output",
            "s.html",
        ]);
        let Ok(Command::Export(args)) = got else {
            panic!("expected export, got {got:?}");
        };
        assert!(args.all && !args.profile);
        assert_eq!(args.output, crate::export::Output::Html);
        assert_eq!(
            cmd(&["open-export", "s.md.age"]),
            Ok(Command::OpenExport {
                file: "s.md.age".into(),
                from: None
            })
        );
    }

    #[test]
    fn export_usage_errors_say_what_is_missing() {
        let key = age::x25519::Identity::generate().to_public().to_string();
        let base = ["export", "--coach", "Kim", "--purpose", "p", "--entry", "A"];
        let with = |extra: &[&str]| {
            let mut a: Vec<&str> = base.to_vec();
            a.extend_from_slice(extra);
            cmd(&a).map_err(|e| e.0)
        };
        let err = |r: Result<Command, String>| r.expect_err("usage error");
        assert!(err(with(&["--to", &key])).contains("-o FILE"));
        assert!(err(with(&["-o", "f"])).contains("--to"));
        assert!(err(with(&["-o", "f", "--plain", "--html"])).contains("one of"));
        assert!(err(with(&["-o", "f", "--plain", "--to", &key])).contains("--to"));
        assert!(err(with(&["-o", "f", "--to", "age1nope"])).contains("not valid"));
        assert!(
            err(with(&[
                "-o",
                "f",
                "--plain",
                "--delete-after",
                "2026-02-30"
            ]))
            .contains("date")
        );
        assert!(err(with(&["-o", "f", "--plain", "--all"])).contains("not both"));
        assert!(
            with(&["-o", "f", "--plain", "x"]).is_err(),
            "no stray values"
        );
        let no_coach = cmd(&["export", "--purpose", "p", "--all", "--plain", "-o", "f"]);
        assert!(no_coach.expect_err("usage").0.contains("--coach"));
        let no_purpose = cmd(&["export", "--coach", "K", "--all", "--plain", "-o", "f"]);
        assert!(no_purpose.expect_err("usage").0.contains("--purpose"));
        let nothing = cmd(&[
            "export",
            "--coach",
            "K",
            "--purpose",
            "p",
            "--plain",
            "-o",
            "f",
        ]);
        assert!(nothing.expect_err("usage").0.contains("--profile"));
        assert!(cmd(&["open-export"]).is_err());
        assert!(cmd(&["open-export", "a", "b"]).is_err());
    }

    #[test]
    fn unknown_commands_and_flags_are_usage_errors() {
        assert!(cmd(&["frobnicate"]).is_err());
        assert!(cmd(&["--frobnicate"]).is_err());
    }
}
