//! Reading RON sources with diagnostics that point at a file, line and column.
//!
//! serde gives no positions for values, so semantic checks find their place through a small
//! RON tokenizer: it knows strings, raw strings, chars and (nested) comments, which is all it
//! needs to find `id: "x"` reliably without being fooled by text inside a string or comment.

use std::fmt;

use serde::de::DeserializeOwned;

/// A position in a source text, both 1-based; the column counts characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub col: usize,
}

/// One problem in one file, printed as `FILE:LINE:COL: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as the user named it (or `assets/…` for embedded content).
    pub file: String,
    /// Where, when known.
    pub pos: Option<Pos>,
    /// What is wrong, in one sentence.
    pub message: String,
}

impl Diagnostic {
    /// A problem at a known position.
    pub fn at(file: &str, pos: Pos, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            pos: Some(pos),
            message: message.into(),
        }
    }

    /// A problem with the file as a whole.
    pub fn whole(file: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            pos: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pos {
            Some(p) => write!(f, "{}:{}:{}: {}", self.file, p.line, p.col, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// The deepest nesting we accept; ron's own guard, made explicit so it never depends on a default.
const RECURSION_LIMIT: usize = 64;

/// Reads a source file the user named, as [`crate::input::read_capped`] does (regular files
/// only, at most `limit` bytes read), with the problem as a diagnostic on the file.
pub fn read_source(path: &std::path::Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
    let name = path.display().to_string();
    crate::input::read_capped(path, limit).map_err(|e| match e {
        crate::input::ReadError::NotAFile { kind, .. } => Diagnostic::whole(
            &name,
            format!("cannot read: it is {kind}, not a regular file"),
        ),
        crate::input::ReadError::TooLarge { limit, .. } => {
            Diagnostic::whole(&name, format!("the file is larger than {limit} bytes"))
        }
        crate::input::ReadError::Io { source, .. } => {
            Diagnostic::whole(&name, format!("cannot read: {source}"))
        }
    })
}

/// Decodes bytes as UTF-8, naming the position of the first bad byte. A leading byte order
/// mark (Notepad writes one) is dropped, so positions count from the first real character.
pub fn decode_utf8<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, Diagnostic> {
    let bytes = bytes
        .strip_prefix(crate::input::BOM.as_bytes())
        .unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
        // The valid prefix is UTF-8 by construction.
        let prefix = std::str::from_utf8(valid).unwrap_or_default();
        Diagnostic::at(
            file,
            pos_at_end(prefix),
            "this is not UTF-8 text (is it a binary file?)",
        )
    })
}

/// Parses RON into `T`, turning ron's error into a diagnostic.
pub fn parse_ron<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Diagnostic> {
    if text.trim().is_empty() {
        return Err(Diagnostic::whole(file, "the file is empty"));
    }
    ron::Options::default()
        .with_recursion_limit(RECURSION_LIMIT)
        .from_str(text)
        .map_err(|e| {
            let pos = Pos {
                line: e.span.start.line.max(1),
                col: e.span.start.col.max(1),
            };
            Diagnostic::at(file, pos, format!("RON syntax: {}", e.code))
        })
}

fn pos_at_end(prefix: &str) -> Pos {
    let line = prefix.matches('\n').count() + 1;
    let col = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Pos { line, col }
}

/// A token of a RON text, as far as locating values needs.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    /// An identifier or bare word (`id`, `Likert`, `Some`, `true`, numbers).
    Word(String),
    /// A string literal's decoded-enough content (escapes left as written).
    Str(String),
    /// Any single punctuation character.
    Punct(char),
}

/// The tokens of a source with their positions: finds where ids and values were written.
#[derive(Debug, Clone, Default)]
pub struct Locator {
    toks: Vec<(Tok, Pos)>,
}

impl Locator {
    /// Tokenizes `text`. Never fails: anything odd becomes punctuation.
    pub fn new(text: &str) -> Self {
        let mut toks = Vec::new();
        let mut chars = text.chars().peekable();
        let (mut line, mut col) = (1usize, 1usize);
        // Advances one char, keeping line and column.
        macro_rules! bump {
            () => {{
                let c = chars.next();
                if c == Some('\n') {
                    line += 1;
                    col = 1;
                } else if c.is_some() {
                    col += 1;
                }
                c
            }};
        }
        while let Some(&c) = chars.peek() {
            let start = Pos { line, col };
            if c.is_whitespace() {
                bump!();
            } else if c == '/' {
                bump!();
                match chars.peek() {
                    Some('/') => {
                        while let Some(&n) = chars.peek() {
                            if n == '\n' {
                                break;
                            }
                            bump!();
                        }
                    }
                    Some('*') => {
                        bump!();
                        let mut depth = 1usize;
                        let mut prev = '\0';
                        while depth > 0 {
                            let Some(n) = bump!() else { break };
                            if prev == '/' && n == '*' {
                                depth += 1;
                                prev = '\0';
                            } else if prev == '*' && n == '/' {
                                depth -= 1;
                                prev = '\0';
                            } else {
                                prev = n;
                            }
                        }
                    }
                    _ => toks.push((Tok::Punct('/'), start)),
                }
            } else if c == '"' {
                bump!();
                let mut s = String::new();
                while let Some(n) = bump!() {
                    match n {
                        '"' => break,
                        '\\' => {
                            if let Some(e) = bump!() {
                                s.push('\\');
                                s.push(e);
                            }
                        }
                        _ => s.push(n),
                    }
                }
                toks.push((Tok::Str(s), start));
            } else if c == 'r' && Self::raw_string_ahead(&chars) {
                bump!();
                let mut hashes = 0usize;
                while chars.peek() == Some(&'#') {
                    bump!();
                    hashes += 1;
                }
                bump!(); // the opening quote
                let mut s = String::new();
                'raw: while let Some(n) = bump!() {
                    if n == '"' {
                        let mut seen = 0usize;
                        while seen < hashes && chars.peek() == Some(&'#') {
                            bump!();
                            seen += 1;
                        }
                        if seen == hashes {
                            break 'raw;
                        }
                        s.push('"');
                        s.extend(std::iter::repeat_n('#', seen));
                    } else {
                        s.push(n);
                    }
                }
                toks.push((Tok::Str(s), start));
            } else if c == '\'' {
                bump!();
                while let Some(n) = bump!() {
                    if n == '\\' {
                        bump!();
                    } else if n == '\'' {
                        break;
                    }
                }
                toks.push((Tok::Punct('\''), start));
            } else if c.is_alphanumeric() || c == '_' {
                let mut w = String::new();
                while let Some(&n) = chars.peek() {
                    if n.is_alphanumeric() || n == '_' || n == '.' || n == '-' && w.is_empty() {
                        w.push(n);
                        bump!();
                    } else {
                        break;
                    }
                }
                toks.push((Tok::Word(w), start));
            } else {
                bump!();
                toks.push((Tok::Punct(c), start));
            }
        }
        Self { toks }
    }

    fn raw_string_ahead(chars: &std::iter::Peekable<std::str::Chars<'_>>) -> bool {
        let mut look = chars.clone();
        look.next();
        loop {
            match look.next() {
                Some('#') => continue,
                Some('"') => return true,
                _ => return false,
            }
        }
    }

    /// Where `field: "value"` is written, the n-th time (0-based), pointing at the value.
    pub fn field_value(&self, field: &str, value: &str, nth: usize) -> Option<Pos> {
        self.toks
            .windows(3)
            .filter(|w| {
                matches!(&w[0].0, Tok::Word(f) if f == field)
                    && w[1].0 == Tok::Punct(':')
                    && matches!(&w[2].0, Tok::Str(v) if v == value)
            })
            .nth(nth)
            .map(|w| w[2].1)
    }

    /// Where the string literal `value` is first written at or after `from`.
    pub fn string_after(&self, from: Pos, value: &str) -> Option<Pos> {
        self.toks
            .iter()
            .filter(|(_, p)| *p >= from)
            .find(|(t, _)| matches!(t, Tok::Str(v) if v == value))
            .map(|(_, p)| *p)
    }

    /// Where the word `field` (a field name) is written the n-th time (0-based) at or after `from`.
    pub fn word_after(&self, from: Pos, field: &str, nth: usize) -> Option<Pos> {
        self.toks
            .iter()
            .filter(|(t, p)| *p >= from && matches!(t, Tok::Word(w) if w == field))
            .nth(nth)
            .map(|(_, p)| *p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locator_skips_strings_and_comments() {
        let src =
            "// id: \"a\"\n( note: \"id: \\\"a\\\"\", /* id: \"a\" /* nested */ */\n  id: \"a\" )";
        let loc = Locator::new(src);
        assert_eq!(loc.field_value("id", "a", 0), Some(Pos { line: 3, col: 7 }));
        assert_eq!(loc.field_value("id", "a", 1), None);
    }

    #[test]
    fn locator_counts_columns_in_characters() {
        let loc = Locator::new("(naam: \"é\", id: \"x\")");
        assert_eq!(
            loc.field_value("id", "x", 0),
            Some(Pos { line: 1, col: 17 })
        );
    }

    #[test]
    fn locator_reads_raw_strings() {
        let loc = Locator::new("(a: r#\"say \"hi\"\"#, id: \"x\")");
        assert_eq!(
            loc.field_value("id", "x", 0),
            Some(Pos { line: 1, col: 24 })
        );
    }

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_text() {
        let text = decode_utf8("f", "\u{feff}(a: 1)".as_bytes()).unwrap();
        assert_eq!(text, "(a: 1)");
    }

    #[test]
    fn utf8_error_names_the_position() {
        let err = decode_utf8("f.ron", b"(\n  a: \xff)").unwrap_err();
        assert_eq!(
            err.to_string(),
            "f.ron:2:6: this is not UTF-8 text (is it a binary file?)"
        );
    }

    #[test]
    fn ron_error_has_line_and_column() {
        let err = parse_ron::<Vec<u8>>("f.ron", "[1,\n 2,, 3]").unwrap_err();
        assert!(err.to_string().starts_with("f.ron:2:"), "{err}");
    }

    #[test]
    fn empty_file_is_an_error() {
        let err = parse_ron::<Vec<u8>>("f.ron", "  \n").unwrap_err();
        assert_eq!(err.to_string(), "f.ron: the file is empty");
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(parse_ron::<Vec<u8>>("f.ron", &deep).is_err());
        let comments = "/*".repeat(100_000);
        assert!(parse_ron::<Vec<u8>>("f.ron", &comments).is_err());
        let _ = Locator::new(&comments);
    }
}
