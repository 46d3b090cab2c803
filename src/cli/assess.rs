//! Commands for organisations and coaches working with questionnaires and many
//! respondents: `check --json` prints a validated questionnaire as JSON, `score` turns a CSV
//! of answers into one JSON line per respondent, `analyse` gives item analysis.

use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Command, UsageError};
use crate::assessment::{
    Analysis, Answers, Catalogue, CsvError, Dimension, Item, Key, Lean, Profile, Questionnaire,
    Row, Scoring, analyse, load_file, parse_answers,
};
use crate::content::{Board, Content};

/// Answers files larger than this are refused: 10,000 respondents take about 1 MB.
pub const MAX_ANSWERS_BYTES: u64 = 64 * 1024 * 1024;

/// What went wrong; printed as one line after `ruimte: `.
#[derive(Debug, thiserror::Error)]
pub enum AssessError {
    /// The questionnaire file has problems (the first one, and how many there are).
    #[error("{first}{more}")]
    Questionnaire {
        /// The first problem, with file, line and column.
        first: String,
        /// " (and N more problems)" or nothing.
        more: String,
    },
    /// The built-in questionnaire did not load (a build problem).
    #[error("the built-in questionnaire is invalid: {0}")]
    Builtin(String),
    /// A file could not be read: missing, not a regular file (a FIFO, a device), or over the cap.
    #[error("{0}")]
    Read(#[from] crate::input::ReadError),
    /// The answers file has a problem.
    #[error("{path}:{source}")]
    Csv {
        /// The file.
        path: PathBuf,
        /// Where and what.
        source: CsvError,
    },
    /// Writing the output failed.
    #[error("cannot write the output: {0}")]
    Write(#[from] std::io::Error),
}

/// `check --json [FILE]`: the file given, else `--questionnaire FILE`, else the built-in one.
pub(super) fn check_command(
    values: Vec<std::ffi::OsString>,
    questionnaire: Option<PathBuf>,
) -> Result<Command, UsageError> {
    match <[std::ffi::OsString; 1]>::try_from(values) {
        Ok([file]) if questionnaire.is_none() => Ok(Command::CheckJson {
            file: Some(file.into()),
        }),
        Err(v) if v.is_empty() => Ok(Command::CheckJson {
            file: questionnaire,
        }),
        _ => Err(UsageError("check --json takes one FILE".into())),
    }
}

/// `score ANSWERS.csv` or `analyse [--json] ANSWERS.csv`.
pub(super) fn command(
    name: &str,
    values: Vec<std::ffi::OsString>,
    questionnaire: Option<PathBuf>,
    json: bool,
) -> Result<Command, UsageError> {
    let Ok([answers]) = <[std::ffi::OsString; 1]>::try_from(values) else {
        return Err(UsageError(format!("{name} needs exactly one ANSWERS.csv")));
    };
    let answers = PathBuf::from(answers);
    Ok(if name == "score" {
        Command::Score {
            answers,
            questionnaire,
        }
    } else {
        Command::Analyse {
            answers,
            questionnaire,
            json,
        }
    })
}

/// Runs `check --json`, `score` or `analyse`; any other command does nothing.
pub fn run(command: &Command, content: &Content, out: &mut dyn Write) -> Result<(), AssessError> {
    match command {
        Command::CheckJson { file } => check_json(&questionnaire(file.as_deref(), content)?, out),
        Command::Score {
            answers,
            questionnaire: file,
        } => {
            let q = questionnaire(file.as_deref(), content)?;
            score(&q, &read_answers(answers, &q)?, out)
        }
        Command::Analyse {
            answers,
            questionnaire: file,
            json,
        } => {
            let q = questionnaire(file.as_deref(), content)?;
            analyse_rows(&q, &read_answers(answers, &q)?, *json, out)
        }
        _ => Ok(()),
    }
}

/// The questionnaire named by `--questionnaire FILE`, or the built-in one.
pub fn questionnaire(file: Option<&Path>, content: &Content) -> Result<Questionnaire, AssessError> {
    match file {
        Some(path) => load_file(path, content).map_err(|problems| {
            let first = problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default();
            let more = match problems.len() {
                0 | 1 => String::new(),
                n => format!(" (and {} more problem(s); run `ruimte check`)", n - 1),
            };
            AssessError::Questionnaire { first, more }
        }),
        None => {
            let cat = Catalogue::load(None, content);
            match cat.questionnaires.into_iter().next() {
                Some(l) => Ok(l.questionnaire),
                None => Err(AssessError::Builtin(
                    cat.errors
                        .first()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                )),
            }
        }
    }
}

/// One item as `check --json` prints it; fields in the order written.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum ItemOut<'q> {
    Likert {
        id: &'q str,
        kind: &'static str,
        dimension: &'q str,
        key: &'static str,
    },
    Scenario {
        id: &'q str,
        kind: &'static str,
        options: Vec<OptionOut<'q>>,
    },
}

#[derive(serde::Serialize)]
struct OptionOut<'q> {
    scores: std::collections::BTreeMap<&'q str, u8>,
}

#[derive(serde::Serialize)]
struct QuestionnaireOut<'q> {
    id: &'q str,
    items: Vec<ItemOut<'q>>,
}

/// `ruimte check --json`: the questionnaire as JSON, one line.
pub fn check_json(q: &Questionnaire, out: &mut dyn Write) -> Result<(), AssessError> {
    let items = q
        .items
        .iter()
        .map(|item| match item {
            Item::Likert {
                id, dimension, key, ..
            } => ItemOut::Likert {
                id,
                kind: "likert",
                dimension,
                key: if *key == Key::Plus { "plus" } else { "minus" },
            },
            Item::Scenario { id, options, .. } => ItemOut::Scenario {
                id,
                kind: "scenario",
                options: options
                    .iter()
                    .map(|o| OptionOut {
                        scores: o.scores.iter().map(|(k, w)| (k.as_str(), *w)).collect(),
                    })
                    .collect(),
            },
        })
        .collect();
    let doc = QuestionnaireOut { id: &q.id, items };
    let text = serde_json::to_string(&doc).map_err(std::io::Error::other)?;
    writeln!(out, "{text}")?;
    Ok(())
}

/// Reads an answers CSV, at most [`MAX_ANSWERS_BYTES`].
pub fn read_answers(path: &Path, q: &Questionnaire) -> Result<Vec<Row>, AssessError> {
    read_capped(path, q, MAX_ANSWERS_BYTES)
}

fn read_capped(path: &Path, q: &Questionnaire, cap: u64) -> Result<Vec<Row>, AssessError> {
    // The shared reader refuses pipes and devices before opening and caps by bytes read.
    let bytes = crate::input::read_capped(path, cap)?;
    parse_answers(&bytes, q).map_err(|source| AssessError::Csv {
        path: path.to_owned(),
        source,
    })
}

/// `ruimte score`: one JSON line per respondent.
pub fn score(q: &Questionnaire, rows: &[Row], out: &mut dyn Write) -> Result<(), AssessError> {
    let scoring = Scoring::new(q);
    let mut line = String::with_capacity(1024);
    for row in rows {
        line.clear();
        score_line(&scoring, row, &mut line);
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

fn number(v: Option<f32>) -> String {
    v.map_or_else(|| "null".to_owned(), |v| format!("{:.1}", v))
}

fn quoted(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}

fn score_line(scoring: &Scoring, row: &Row, line: &mut String) {
    let p = Profile::compute_with(scoring, &row.answers);
    let object = |f: &dyn Fn(Dimension) -> String, dims: &[Dimension]| {
        let parts: Vec<String> = dims
            .iter()
            .map(|d| format!("\"{}\":{}", d.key(), f(*d)))
            .collect();
        format!("{{{}}}", parts.join(","))
    };
    let all = Dimension::ALL;
    let stances = &all[..3];
    let scores = object(&|d| number(p.score(d).value()), &all);
    let bands = object(&|d| number(p.band(d)), &all);
    let levels = object(
        &|d| p.level(d).map_or("null".into(), |l| quoted(l.key())),
        stances,
    );
    let boards: Vec<String> = Board::ALL
        .iter()
        .map(|b| {
            let lean = match p.lean(*b) {
                Some(Lean::Pole(pole)) => quoted(Dimension::Pole(pole).key()),
                Some(Lean::NoClearLean) => quoted("no_clear_lean"),
                None => "null".into(),
            };
            format!("\"{}\":{lean}", board_key(*b))
        })
        .collect();
    let _ = writeln!(
        line,
        "{{\"respondent\":{},\"scores\":{scores},\"bands\":{bands},\"stances\":{levels},\"boards\":{{{}}}}}",
        quoted(&row.respondent),
        boards.join(",")
    );
}

fn board_key(b: Board) -> &'static str {
    match b {
        Board::Political => "political",
        Board::Organisational => "organisational",
        Board::Societal => "societal",
    }
}

/// `ruimte analyse`: the item analysis, as JSON or as a table.
pub fn analyse_rows(
    q: &Questionnaire,
    rows: &[Row],
    json: bool,
    out: &mut dyn Write,
) -> Result<(), AssessError> {
    let answers: Vec<&Answers> = rows.iter().map(|r| &r.answers).collect();
    let a = analyse(q, &answers);
    if json {
        let text = serde_json::to_string(&a).map_err(std::io::Error::other)?;
        writeln!(out, "{text}")?;
    } else {
        out.write_all(table(&a).as_bytes())?;
    }
    Ok(())
}

fn table(a: &Analysis) -> String {
    let num = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| format!("{v:.2}"));
    let mut s = String::new();
    for d in &a.dimensions {
        let ci = d
            .alpha_ci
            .map_or_else(String::new, |[lo, hi]| format!(" [{lo:.2}, {hi:.2}]"));
        let flag = if d.flags.is_empty() {
            ""
        } else {
            "  ! alpha < 0.6"
        };
        let _ = writeln!(
            s,
            "{}: alpha {}{ci}, n = {}{flag}",
            d.dimension,
            num(d.alpha),
            d.n
        );
        for i in &d.items {
            let flag = if i.flags.is_empty() {
                ""
            } else {
                "  ! item-total < 0.2"
            };
            let _ = writeln!(
                s,
                "  {:<6} item-total {:>5}  alpha if deleted {:>5}{flag}",
                i.id,
                num(i.item_total),
                num(i.alpha_if_deleted)
            );
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_stops_at_the_cap() {
        let content = Content::embedded().expect("content");
        let q = questionnaire(None, &content).expect("built-in");
        let tmp = tempfile::tempdir().expect("tmp");
        let path = tmp.path().join("a.csv");
        std::fs::write(&path, "respondent,l01\nr1,3\n").expect("write");
        assert_eq!(read_capped(&path, &q, 20).expect("fits").len(), 1);
        let e = read_capped(&path, &q, 19).expect_err("one byte over");
        assert!(
            matches!(
                e,
                AssessError::Read(crate::input::ReadError::TooLarge { .. })
            ),
            "{e}"
        );
        assert!(e.to_string().contains("larger than"));
    }

    #[test]
    fn a_consistently_high_respondent_reads_above_on_every_stance() {
        let content = Content::embedded().expect("content");
        let q = questionnaire(None, &content).expect("built-in");
        // Agree with every plus-keyed statement, disagree with every minus-keyed one; the
        // first option everywhere.
        let answers = q
            .items
            .iter()
            .map(|item| {
                let a = match item {
                    Item::Likert { key: Key::Plus, .. } => crate::assessment::Answer::Likert(5),
                    Item::Likert { .. } => crate::assessment::Answer::Likert(1),
                    Item::Scenario { .. } => crate::assessment::Answer::Option(0),
                };
                (item.id().to_owned(), a)
            })
            .collect();
        let row = Row {
            respondent: "a \"quoted\" id".into(),
            answers,
        };
        let mut line = String::new();
        score_line(&Scoring::new(&q), &row, &mut line);
        let v: serde_json::Value = serde_json::from_str(&line).expect("JSON");
        assert_eq!(v["respondent"], "a \"quoted\" id");
        // Every situation's options stand for five different dimensions, so the first option
        // passes over four of them (37.5 each): the stances land well above the middle, not
        // at the top.
        for s in ["engaged", "entrepreneurial", "activist"] {
            assert_eq!(v["stances"][s], "above", "{line}");
            assert!(v["scores"][s].as_f64().expect("score") > 65.0, "{line}");
        }
        // Every pole high too: no board leans clearly.
        assert_eq!(v["boards"]["political"], "no_clear_lean");
        assert_eq!(line.matches('\n').count(), 1, "one line");
    }
}
