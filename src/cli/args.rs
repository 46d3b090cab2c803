//! Parsing the command line: the flags are gathered first, then the subcommand decides what
//! they mean.

use std::ffi::OsString;
use std::path::PathBuf;

use super::{Command, Invocation, UsageError, assess, export, report, resolve, trash};

/// Every flag and value after the program name, before the subcommand gives them meaning.
#[derive(Default)]
struct Flags {
    subcommand: Option<String>,
    values: Vec<OsString>,
    screen: Option<String>,
    title: Option<String>,
    json: bool,
    keep: Option<String>,
    questionnaire: Option<PathBuf>,
    answers: Option<PathBuf>,
    respondent: Option<String>,
    tactics: Vec<String>,
    tags: Vec<String>,
    all: bool,
    reject: Vec<String>,
    from: Option<String>,
    export: export::ExportFlags,
    yes: bool,
    restore: Option<String>,
}

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Invocation, UsageError> {
    use lexopt::prelude::{Long, Short, Value};
    let usage = |e: lexopt::Error| UsageError(e.to_string());
    let mut parser = lexopt::Parser::from_args(args);
    let mut inv = Invocation::default();
    let mut f = Flags::default();
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
            Long("screen") => f.screen = Some(string(parser.value().map_err(usage)?)?),
            Long("title") => f.title = Some(string(parser.value().map_err(usage)?)?),
            Long("tactic") => f.tactics.push(string(parser.value().map_err(usage)?)?),
            Long("tag") => f.tags.push(string(parser.value().map_err(usage)?)?),
            Long("json") => f.json = true,
            Long("keep") => f.keep = Some(string(parser.value().map_err(usage)?)?),
            Long("questionnaire") => {
                f.questionnaire = Some(parser.value().map_err(usage)?.into());
            }
            Long("answers") => f.answers = Some(parser.value().map_err(usage)?.into()),
            Long("respondent") => f.respondent = Some(string(parser.value().map_err(usage)?)?),
            Long("reject") => f.reject.push(string(parser.value().map_err(usage)?)?),
            Long("from") => f.from = Some(string(parser.value().map_err(usage)?)?),
            Long("yes") => f.yes = true,
            Long("restore") => f.restore = Some(string(parser.value().map_err(usage)?)?),
            Long("all") => {
                f.all = true;
                f.export.switch("all");
            }
            Short('o') => f
                .export
                .set("output", string(parser.value().map_err(usage)?)?),
            Long(name) if export::VALUE_FLAGS.contains(&name) => {
                let name = name.to_owned();
                f.export.set(&name, string(parser.value().map_err(usage)?)?);
            }
            Long(name) if export::SWITCHES.contains(&name) => f.export.switch(name),
            Value(v) if f.subcommand.is_none() => f.subcommand = Some(string(v)?),
            Value(v) => f.values.push(v),
            other => return Err(usage(other.unexpected())),
        }
    }
    inv.command = command(f)?;
    Ok(inv)
}

/// What the subcommand makes of the flags.
fn command(f: Flags) -> Result<Command, UsageError> {
    let Flags {
        subcommand,
        values,
        screen,
        title,
        json,
        keep,
        questionnaire,
        answers,
        respondent,
        tactics,
        tags,
        all,
        reject,
        from,
        export: export_flags,
        yes,
        restore,
    } = f;
    let sub = subcommand.as_deref();
    if keep.is_some() && sub != Some("resolve") {
        return Err(UsageError("--keep belongs to `ruimte resolve`".into()));
    }
    let no_values = |cmd: Command| {
        if values.is_empty() {
            Ok(cmd)
        } else {
            Err(UsageError(format!("unexpected argument {:?}", values[0])))
        }
    };
    Ok(match sub {
        None => gui_command(screen)?,
        Some("check") if json => assess::check_command(values, questionnaire)?,
        Some(name @ ("score" | "analyse")) => assess::command(name, values, questionnaire, json)?,
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
        Some("adopt") => adopt_command(values, all, reject)?,
        Some("export") => {
            let command = export_flags.build()?;
            no_values(command)?
        }
        Some("report") => no_values(report::command(
            answers,
            respondent,
            all,
            questionnaire,
            &export_flags,
        )?)?,
        Some("open-export") => match <[OsString; 1]>::try_from(values) {
            Ok([file]) => report::open_export(file.into(), from, &export_flags)?,
            Err(_) => return Err(UsageError("open-export needs exactly one FILE".into())),
        },
        Some("resolve") => resolve::parse(keep, values)?,
        Some(name @ ("delete" | "trash" | "history")) => {
            trash::parse(name, values, json, yes, restore)?
        }
        Some(other) => return Err(UsageError(format!("unknown command {other:?}"))),
    })
}

/// `ruimte [--screen NAME]`, with the screen's name checked.
fn gui_command(screen: Option<String>) -> Result<Command, UsageError> {
    if let Some(name) = &screen
        && crate::ui::Start::parse(name).is_none()
    {
        return Err(UsageError(format!(
            "unknown screen {name:?} (try welcome, onboarding, questionnaire, profile, tactics, tactic:ID, journal, shared, settings)"
        )));
    }
    Ok(Command::Gui { screen })
}

/// `ruimte adopt [--all | ID...]` or `ruimte adopt --reject ID...`.
fn adopt_command(
    values: Vec<OsString>,
    all: bool,
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
