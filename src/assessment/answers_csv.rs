//! Answers from a CSV file, as an organisation collects them: a header `respondent,<item
//! ids…>`, then one row per respondent with a Likert answer 1–5, a scenario's 1-based option
//! number, or nothing for an unanswered item. Every problem names its line and column;
//! nothing here panics on any input.

use std::collections::HashMap;

use super::model::{Item, Questionnaire};
use super::score::{Answer, Answers};

/// A problem in an answers file, at a line and column (both 1-based; the column counts
/// characters).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {kind}")]
pub struct CsvError {
    /// The line.
    pub line: usize,
    /// The column where the offending field starts.
    pub column: usize,
    /// What is wrong.
    pub kind: CsvErrorKind,
}

/// What is wrong in an answers file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CsvErrorKind {
    /// The file has no header line.
    #[error("the file is empty; it needs a header `respondent,<item ids…>`")]
    Empty,
    /// The bytes are not UTF-8.
    #[error("the file is not UTF-8 text")]
    NotUtf8,
    /// The first header field is not `respondent`.
    #[error("the header must start with `respondent`, not {0:?}")]
    NoRespondentColumn(String),
    /// A header names an item the questionnaire does not have.
    #[error("unknown item id {0:?} (not in the questionnaire)")]
    UnknownItem(String),
    /// A header names an item twice.
    #[error("item {0:?} has a second column")]
    DuplicateItem(String),
    /// A row has a different number of fields than the header.
    #[error("the row has {found} field(s); the header has {expected}")]
    Ragged {
        /// Fields in the header.
        expected: usize,
        /// Fields in this row.
        found: usize,
    },
    /// A row without a respondent id.
    #[error("the respondent id is empty")]
    EmptyRespondent,
    /// A respondent id seen before.
    #[error("respondent {id:?} already appears on line {first}")]
    DuplicateRespondent {
        /// The id.
        id: String,
        /// The line it first appears on.
        first: usize,
    },
    /// A value that is not a whole number, or outside the item's range.
    #[error("value {value:?} for {item} is out of range (1–{max})")]
    OutOfRange {
        /// The item.
        item: String,
        /// The value as written.
        value: String,
        /// The largest allowed value.
        max: usize,
    },
    /// A quoted field without its closing quote.
    #[error("a quoted field is not closed")]
    UnclosedQuote,
}

/// One respondent's answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The respondent id as written.
    pub respondent: String,
    /// Their answers.
    pub answers: Answers,
}

/// Reads answers from CSV bytes (a UTF-8 byte-order mark is accepted).
pub fn parse_answers(bytes: &[u8], q: &Questionnaire) -> Result<Vec<Row>, CsvError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let before = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let line = 1 + before.iter().filter(|b| **b == b'\n').count();
        let start = before
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |i| i + 1);
        let column = 1 + String::from_utf8_lossy(before.get(start..).unwrap_or_default())
            .chars()
            .count();
        CsvError {
            line,
            column,
            kind: CsvErrorKind::NotUtf8,
        }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l));
    let Some((_, header)) = lines.next() else {
        return Err(err(1, 1, CsvErrorKind::Empty));
    };
    let header = fields(header, 1)?;
    let columns = columns(&header, q)?;
    let mut rows = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (n, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let f = fields(line, n)?;
        if f.len() != header.len() {
            let column = f.last().map_or(1, |(c, v)| c + v.chars().count());
            return Err(err(
                n,
                column,
                CsvErrorKind::Ragged {
                    expected: header.len(),
                    found: f.len(),
                },
            ));
        }
        let Some(((id_col, id), values)) = f.split_first() else {
            continue;
        };
        let id = id.trim().to_owned();
        if id.is_empty() {
            return Err(err(n, *id_col, CsvErrorKind::EmptyRespondent));
        }
        if let Some(first) = seen.get(&id) {
            return Err(err(
                n,
                *id_col,
                CsvErrorKind::DuplicateRespondent { id, first: *first },
            ));
        }
        seen.insert(id.clone(), n);
        let mut answers = Answers::new();
        for ((col, value), item) in values.iter().zip(&columns) {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            let (max, make): (usize, fn(usize) -> Answer) = match item {
                Item::Likert { .. } => (5, |v| Answer::Likert(v as u8)),
                Item::Scenario { options, .. } => (options.len(), |v| Answer::Option(v - 1)),
            };
            match value.parse::<usize>() {
                Ok(v) if (1..=max).contains(&v) => {
                    answers.insert(item.id().to_owned(), make(v));
                }
                _ => {
                    return Err(err(
                        n,
                        *col,
                        CsvErrorKind::OutOfRange {
                            item: item.id().to_owned(),
                            value: value.to_owned(),
                            max,
                        },
                    ));
                }
            }
        }
        rows.push(Row {
            respondent: id,
            answers,
        });
    }
    Ok(rows)
}

fn err(line: usize, column: usize, kind: CsvErrorKind) -> CsvError {
    CsvError { line, column, kind }
}

/// The items the header's columns name, in column order.
fn columns<'q>(
    header: &[(usize, String)],
    q: &'q Questionnaire,
) -> Result<Vec<&'q Item>, CsvError> {
    let Some(((col, first), rest)) = header.split_first() else {
        return Err(err(1, 1, CsvErrorKind::Empty));
    };
    if first.trim() != "respondent" {
        return Err(err(
            1,
            *col,
            CsvErrorKind::NoRespondentColumn(first.trim().to_owned()),
        ));
    }
    let mut out: Vec<&Item> = Vec::with_capacity(rest.len());
    for (col, name) in rest {
        let name = name.trim();
        let Some(item) = q.items.iter().find(|i| i.id() == name) else {
            return Err(err(1, *col, CsvErrorKind::UnknownItem(name.to_owned())));
        };
        if out.iter().any(|i| i.id() == name) {
            return Err(err(1, *col, CsvErrorKind::DuplicateItem(name.to_owned())));
        }
        out.push(item);
    }
    Ok(out)
}

/// Splits one line into (1-based start column, value) fields; a field may be quoted with
/// `"`, and `""` inside quotes is one quote.
fn fields(line: &str, n: usize) -> Result<Vec<(usize, String)>, CsvError> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    let mut col = 1;
    loop {
        let start = col;
        let mut value = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            col += 1;
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        col += 2;
                        value.push('"');
                    }
                    Some('"') => {
                        col += 1;
                        break;
                    }
                    Some(c) => {
                        col += 1;
                        value.push(c);
                    }
                    None => return Err(err(n, start, CsvErrorKind::UnclosedQuote)),
                }
            }
            // Anything between the closing quote and the comma is kept as written.
            while let Some(c) = chars.peek().copied().filter(|c| *c != ',') {
                chars.next();
                col += 1;
                value.push(c);
            }
        } else {
            while let Some(c) = chars.peek().copied().filter(|c| *c != ',') {
                chars.next();
                col += 1;
                value.push(c);
            }
        }
        out.push((start, value));
        if chars.next().is_none() {
            return Ok(out);
        }
        col += 1;
    }
}

#[cfg(test)]
mod tests;
