//! The `ruimte` binary: the desktop app and its subcommands. Thin: parsing and running live in
//! the library.

use std::io::Write;
use std::process::ExitCode;

use ambtelijke_ruimte::cli::{self, Command, QuietPipe, USAGE, term};
use ambtelijke_ruimte::content::Content;
use ambtelijke_ruimte::paths::Dirs;

fn main() -> ExitCode {
    // A reader that goes away (`ruimte list | head -1`) ends the output quietly; a full disk
    // (`>/dev/full`) is reported as one line and exit 1, never a panic.
    // Not `.lock()`: the app's threads may print too, and a held lock would stall them.
    let mut out = QuietPipe::new(std::io::stdout());
    let mut err = QuietPipe::new(std::io::stderr());
    let code = run(&mut out, &mut err);
    if let Err(e) = out.flush() {
        return fail(&mut err, &format!("cannot write output: {e}"));
    }
    code
}

/// Prints `ruimte: <sentence>` (control characters made visible) and returns exit 1.
fn fail(err: &mut dyn Write, sentence: &str) -> ExitCode {
    let _ = writeln!(err, "ruimte: {}", term::line(sentence));
    ExitCode::FAILURE
}

fn run(out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let inv = match cli::parse(std::env::args_os().skip(1)) {
        Ok(c) => c,
        Err(e) => {
            let _ = writeln!(err, "ruimte: {}\n\n{USAGE}", term::line(&e.to_string()));
            return ExitCode::from(2);
        }
    };
    let content = match Content::embedded() {
        Ok(c) => c,
        Err(e) => return fail(err, &e.to_string()),
    };
    let done = |result: Result<(), cli::CliError>, err: &mut dyn Write| match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(err, &e.to_string()),
    };
    match &inv.command {
        Command::Help => match writeln!(out, "{USAGE}") {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(err, &format!("cannot write output: {e}")),
        },
        Command::Version => match writeln!(out, "ruimte {}", env!("CARGO_PKG_VERSION")) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(err, &format!("cannot write output: {e}")),
        },
        Command::Check { files } => {
            let code = cli::check(files, &content, out, err);
            ExitCode::from(u8::try_from(code).unwrap_or(1))
        }
        Command::CheckJson { .. } | Command::Score { .. } | Command::Analyse { .. } => {
            // Through the quiet pipe like every command: `ruimte score a.csv | head -1` ends quietly.
            match cli::run_assess(&inv.command, &content, out) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(err, &e.to_string()),
            }
        }
        Command::Gui { screen } => {
            let Some(dirs) = Dirs::resolve(inv.config_dir.clone(), inv.data_dir.clone()) else {
                return fail(
                    err,
                    "no home folder found; pass --config-dir and --data-dir",
                );
            };
            let start = screen
                .as_deref()
                .and_then(ambtelijke_ruimte::ui::Start::parse);
            match ambtelijke_ruimte::ui::run(content, dirs, start) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(err, &format!("the window could not start: {e}")),
            }
        }
        Command::Export(_) | Command::OpenExport { .. } => {
            let result = cli::run_export(&inv, &content, out, err);
            done(result, err)
        }
        Command::Report(args) => match cli::run_report(args, &content, out) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(err, &e.to_string()),
        },
        Command::Resolve { .. } => {
            let result = cli::run_resolve(&inv, out, err);
            done(result, err)
        }
        Command::Trash(_) => {
            let result = cli::run_trash(&inv, &mut std::io::stdin().lock(), out, err);
            done(result, err)
        }
        Command::Init
        | Command::Add { .. }
        | Command::List { .. }
        | Command::Search { .. }
        | Command::Verify
        | Command::Adopt { .. } => {
            let result = cli::run_journal(&inv, &content, &mut std::io::stdin(), out, err);
            done(result, err)
        }
    }
}
