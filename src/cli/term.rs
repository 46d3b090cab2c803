//! Text for a terminal: whatever comes from a file or a user (titles, file names, a shared
//! summary) is printed with control characters made visible, so it cannot move the cursor,
//! retitle the window or write the clipboard (OSC 52); and stdout that closes early (`| head`)
//! ends the program quietly instead of a panic.

use std::borrow::Cow;
use std::io::{self, Write};

/// Whether a terminal could act on `c`: C0 and C1 controls, DEL, and the bidirectional
/// overrides and isolates that reorder what is shown (U+202A–U+202E, U+2066–U+2069, U+200E,
/// U+200F, U+061C).
fn is_dangerous(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}'
        )
}

fn escape_with(s: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(|c| is_dangerous(c) && !keep(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_dangerous(c) && !keep(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// One line for the terminal: every control character, newlines and tabs too, as `\u{…}`.
pub fn line(s: &str) -> Cow<'_, str> {
    escape_with(s, |_| false)
}

/// Running text for the terminal (a summary): newlines and tabs stay, every other control
/// character is shown as `\u{…}`.
pub fn text(s: &str) -> Cow<'_, str> {
    escape_with(s, |c| c == '\n' || c == '\t')
}

/// JSON for the terminal: serde_json escapes C0 controls but leaves C1, DEL and bidi controls
/// raw; they only occur inside strings, where `\uXXXX` is the same character to a parser.
pub fn json(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_dangerous_in_json) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_dangerous_in_json(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The characters JSON leaves raw that a terminal could act on (all are in the BMP).
fn is_dangerous_in_json(c: char) -> bool {
    is_dangerous(c) && !matches!(c, '\n' | '\r' | '\t' | ' ') && u32::from(c) >= 0x7f
}

/// A writer that turns a closed reader (`BrokenPipe`: `ruimte list | head -1`) into silence:
/// the rest of the output is dropped and the command ends as it would have. Other errors (a
/// full disk) still reach the caller.
pub struct QuietPipe<W> {
    inner: W,
    closed: bool,
}

impl<W: Write> QuietPipe<W> {
    /// Wraps `inner`.
    pub fn new(inner: W) -> Self {
        Self {
            inner,
            closed: false,
        }
    }
}

impl<W: Write> Write for QuietPipe<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        match self.inner.write(buf) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(buf.len())
            }
            other => other,
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.closed {
            return Ok(());
        }
        match self.inner.flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_make_every_control_visible() {
        let osc52 = "titel\u{1b}]52;c;aGVsbG8=\u{7}";
        assert_eq!(line(osc52), "titel\\u{1b}]52;c;aGVsbG8=\\u{7}");
        assert_eq!(line("a\nb\u{9b}c\u{7f}"), "a\\u{a}b\\u{9b}c\\u{7f}");
        assert_eq!(line("\u{202e}gpj.exe"), "\\u{202e}gpj.exe");
        assert_eq!(text("regel\n\tnog\u{1b}[2J"), "regel\n\tnog\\u{1b}[2J");
        assert!(matches!(line("Coöperatie"), Cow::Borrowed(_)));
    }

    #[test]
    fn json_escapes_stay_valid_json() {
        let raw = serde_json::to_string(&"a\u{1b}b\u{9b}c\u{202e}d\u{7f}").unwrap();
        let safe = json(&raw);
        assert!(!safe.chars().any(is_dangerous), "{safe}");
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, "a\u{1b}b\u{9b}c\u{202e}d\u{7f}");
    }

    struct Closed;
    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> io::Result<()> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
    }

    #[test]
    fn a_closed_pipe_is_silence() {
        let mut out = QuietPipe::new(Closed);
        assert!(writeln!(out, "niemand leest dit").is_ok());
        assert!(out.flush().is_ok());
    }
}
