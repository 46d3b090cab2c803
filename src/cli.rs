//! The command line: `ruimte` starts the app; `ruimte check FILE...` validates questionnaires.
//! Errors print as one clear line each; exit 1 for invalid input, 2 for a usage error.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use crate::assessment::load_file;
use crate::content::Content;

/// What the user asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Start the desktop app.
    Gui {
        /// `--config-dir DIR`: settings and own questionnaires.
        config_dir: Option<PathBuf>,
        /// `--data-dir DIR`: personal data.
        data_dir: Option<PathBuf>,
        /// `--screen NAME`: the screen to open on (`tactics`, `tactic:ID`, …).
        screen: Option<String>,
    },
    /// Validate questionnaire files.
    Check {
        /// The files, as given.
        files: Vec<PathBuf>,
    },
    /// Print usage.
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
  ruimte [--config-dir DIR] [--data-dir DIR] [--screen NAME]
                                               start the app (NAME: welcome,
                                               questionnaire, profile, tactics,
                                               tactic:ID, journal, settings)
  ruimte check FILE...                         validate questionnaire files
  ruimte --help | --version

check exits 0 when every file is valid and 1 otherwise, with one line per
problem on stderr: FILE:LINE:COL: message.";

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, UsageError> {
    use lexopt::prelude::{Long, Short, Value};
    let usage = |e: lexopt::Error| UsageError(e.to_string());
    let mut parser = lexopt::Parser::from_args(args);
    let mut config_dir = None;
    let mut data_dir = None;
    let mut screen = None;
    let mut subcommand: Option<String> = None;
    let mut files = Vec::new();
    while let Some(arg) = parser.next().map_err(usage)? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help),
            Short('V') | Long("version") => return Ok(Command::Version),
            Long("config-dir") => config_dir = Some(PathBuf::from(parser.value().map_err(usage)?)),
            Long("data-dir") => data_dir = Some(PathBuf::from(parser.value().map_err(usage)?)),
            Long("screen") => {
                let name = parser
                    .value()
                    .map_err(usage)?
                    .to_string_lossy()
                    .into_owned();
                if crate::ui::Start::parse(&name).is_none() {
                    return Err(UsageError(format!(
                        "unknown screen {name:?} (try welcome, questionnaire, profile, tactics, tactic:ID, journal, settings)"
                    )));
                }
                screen = Some(name);
            }
            Value(v) if subcommand.is_none() => {
                let name = v
                    .into_string()
                    .map_err(|v| UsageError(format!("unknown command {v:?}")))?;
                subcommand = Some(name);
            }
            Value(v) => files.push(PathBuf::from(v)),
            other => return Err(usage(other.unexpected())),
        }
    }
    match subcommand.as_deref() {
        None => Ok(Command::Gui {
            config_dir,
            data_dir,
            screen,
        }),
        Some("check") if files.is_empty() => {
            Err(UsageError("check needs at least one FILE".into()))
        }
        Some("check") => Ok(Command::Check { files }),
        Some(other) => Err(UsageError(format!("unknown command {other:?}"))),
    }
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

    fn args(a: &[&str]) -> Vec<OsString> {
        a.iter().map(OsString::from).collect()
    }

    #[test]
    fn no_arguments_start_the_app() {
        assert_eq!(
            parse(args(&[])),
            Ok(Command::Gui {
                config_dir: None,
                data_dir: None,
                screen: None,
            })
        );
    }

    #[test]
    fn dirs_are_taken_for_the_app() {
        let cmd = parse(args(&["--data-dir", "/tmp/d", "--config-dir=/tmp/c"]));
        assert_eq!(
            cmd,
            Ok(Command::Gui {
                config_dir: Some("/tmp/c".into()),
                data_dir: Some("/tmp/d".into()),
                screen: None,
            })
        );
    }

    #[test]
    fn check_takes_files_and_needs_one() {
        assert_eq!(
            parse(args(&["check", "a.ron", "b.ron"])),
            Ok(Command::Check {
                files: vec!["a.ron".into(), "b.ron".into()]
            })
        );
        assert!(parse(args(&["check"])).is_err());
    }

    #[test]
    fn unknown_commands_and_flags_are_usage_errors() {
        assert!(parse(args(&["frobnicate"])).is_err());
        assert!(parse(args(&["--frobnicate"])).is_err());
    }

    #[test]
    fn screen_names_are_checked() {
        let cmd = parse(args(&["--screen", "tactic:weigeren"]));
        assert!(matches!(cmd, Ok(Command::Gui { screen: Some(s), .. }) if s == "tactic:weigeren"));
        assert!(parse(args(&["--screen", "nowhere"])).is_err());
    }
}
