//! Where the command line gets a passphrase: `--passphrase-file`, `RUIMTE_PASSPHRASE` or the
//! terminal. A file and the variable are treated alike: one trailing newline is dropped (what
//! `echo` and editors add), and more than one line is refused rather than cut, so what `init`
//! stored is what a later command reads.

use std::io::IsTerminal;

use age::secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use super::Invocation;
use super::journal::{CliError, msg};

/// The environment variable a script can set instead of typing the passphrase.
pub const PASSPHRASE_ENV: &str = "RUIMTE_PASSPHRASE";

/// A passphrase file is one line; anything far larger is not one.
const MAX_FILE_BYTES: u64 = 64 * 1024;

/// The passphrase from `--passphrase-file`, `RUIMTE_PASSPHRASE` or the terminal, in that order.
pub(super) fn passphrase(inv: &Invocation, confirm: bool) -> Result<SecretString, CliError> {
    if let Some(file) = &inv.passphrase_file {
        let bytes = Zeroizing::new(
            crate::input::read_capped(file, MAX_FILE_BYTES).map_err(|e| msg(e.to_string()))?,
        );
        let name = file.display().to_string();
        let text =
            std::str::from_utf8(&bytes).map_err(|_| msg(format!("{name} is not UTF-8 text")))?;
        return one_line(crate::input::strip_bom(text), &name);
    }
    if let Ok(p) = std::env::var(PASSPHRASE_ENV) {
        let p = Zeroizing::new(p);
        return one_line(&p, PASSPHRASE_ENV);
    }
    ask(confirm)
}

/// `text` without one trailing `\n` or `\r\n`; refused when empty or when more lines remain.
fn one_line(text: &str, source: &str) -> Result<SecretString, CliError> {
    let line = text
        .strip_suffix("\r\n")
        .or_else(|| text.strip_suffix('\n'))
        .unwrap_or(text);
    if line.contains(['\n', '\r']) {
        return Err(msg(format!(
            "{source} holds more than one line; a passphrase is one line (only one trailing newline is ignored)"
        )));
    }
    if line.is_empty() {
        return Err(msg(format!("{source} holds no passphrase")));
    }
    Ok(SecretString::from(line.to_owned()))
}

fn ask(confirm: bool) -> Result<SecretString, CliError> {
    let no_terminal = || {
        msg(format!(
            "no terminal to ask the passphrase; set {PASSPHRASE_ENV} or pass --passphrase-file FILE"
        ))
    };
    if !std::io::stdin().is_terminal() {
        return Err(no_terminal());
    }
    let ask = |prompt: &str| {
        rpassword::prompt_password(prompt)
            .map(SecretString::from)
            .map_err(|_| no_terminal())
    };
    let first = ask("Passphrase: ")?;
    if confirm {
        let again = ask("Passphrase again: ")?;
        if first.expose_secret() != again.expose_secret() {
            return Err(msg("the two passphrases differ"));
        }
    }
    Ok(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn got(text: &str) -> Result<String, String> {
        one_line(text, "src")
            .map(|s| s.expose_secret().to_owned())
            .map_err(|e| e.to_string())
    }

    #[test]
    fn one_trailing_newline_is_dropped_and_nothing_else() {
        assert_eq!(got("geheim\n").as_deref(), Ok("geheim"));
        assert_eq!(got("geheim\r\n").as_deref(), Ok("geheim"));
        assert_eq!(got("geheim").as_deref(), Ok("geheim"));
        assert_eq!(
            got(" geheim ").as_deref(),
            Ok(" geheim "),
            "spaces are the user's"
        );
    }

    #[test]
    fn more_lines_or_nothing_are_refused() {
        assert!(
            got("een\ntwee\n")
                .unwrap_err()
                .contains("more than one line")
        );
        assert!(
            got("geheim\n\n")
                .unwrap_err()
                .contains("more than one line")
        );
        assert!(got("\n").unwrap_err().contains("no passphrase"));
        assert!(got("").unwrap_err().contains("no passphrase"));
    }
}
