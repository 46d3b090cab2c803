//! The `ruimte` binary: the desktop app and its subcommands. Thin: parsing and running live in
//! the library.

use std::process::ExitCode;

use ambtelijke_ruimte::cli::{self, Command, USAGE};
use ambtelijke_ruimte::content::Content;
use ambtelijke_ruimte::paths::Dirs;

fn main() -> ExitCode {
    let inv = match cli::parse(std::env::args_os().skip(1)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("ruimte: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let content = match Content::embedded() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("ruimte: {e}");
            return ExitCode::FAILURE;
        }
    };
    match &inv.command {
        Command::Help => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Command::Version => {
            println!("ruimte {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Command::Check { files } => {
            let code = cli::check(
                files,
                &content,
                &mut std::io::stdout(),
                &mut std::io::stderr(),
            );
            ExitCode::from(u8::try_from(code).unwrap_or(1))
        }
        Command::Gui { screen } => {
            let Some(dirs) = Dirs::resolve(inv.config_dir.clone(), inv.data_dir.clone()) else {
                eprintln!("ruimte: no home folder found; pass --config-dir and --data-dir");
                return ExitCode::FAILURE;
            };
            let start = screen
                .as_deref()
                .and_then(ambtelijke_ruimte::ui::Start::parse);
            match ambtelijke_ruimte::ui::run(content, dirs, start) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("ruimte: the window could not start: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Export(_) | Command::OpenExport { .. } => {
            match cli::run_export(
                &inv,
                &content,
                &mut std::io::stdout(),
                &mut std::io::stderr(),
            ) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("ruimte: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Init
        | Command::Add { .. }
        | Command::List { .. }
        | Command::Search { .. }
        | Command::Verify
        | Command::Adopt { .. } => {
            match cli::run_journal(
                &inv,
                &content,
                &mut std::io::stdin(),
                &mut std::io::stdout(),
            ) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("ruimte: {e}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}
