//! `ruimte report`: a workshop facilitator prints profiles from the answers file that
//! `ruimte score` reads, one respondent to a file or everyone into a folder; and the PDF form
//! of `open-export -o FILE.pdf`.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::assess::{AssessError, questionnaire, read_answers};
use super::export::ExportFlags;
use super::{Command, UsageError, term};
use crate::assessment::{Profile, Row, Scoring};
use crate::content::{Content, Lang};
use crate::report::{ProfileReport, ReportError, profile_pdf, safe_file_name, write_pdf};

/// What `ruimte report` was asked to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportArgs {
    /// `--answers FILE`: the CSV `ruimte score` reads.
    pub answers: PathBuf,
    /// `--questionnaire FILE`; the built-in one without it.
    pub questionnaire: Option<PathBuf>,
    /// One respondent into a file, or everyone into a folder.
    pub target: Target,
    /// `--lang nl|en` (default nl).
    pub lang: Lang,
    /// `--force`: replace existing files.
    pub force: bool,
}

/// Where the profiles go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// `--respondent ID -o FILE.pdf`.
    One {
        /// The respondent's id as in the file.
        respondent: String,
        /// The PDF.
        file: PathBuf,
    },
    /// `--all -o DIR`: one PDF per respondent, named after the id.
    All {
        /// The folder (created if missing).
        dir: PathBuf,
    },
}

/// What went wrong; printed as one line after `ruimte: `.
#[derive(Debug, thiserror::Error)]
pub enum ReportCliError {
    /// The questionnaire or the answers file has a problem.
    #[error(transparent)]
    Assess(#[from] AssessError),
    /// The PDF could not be made or written.
    #[error(transparent)]
    Report(#[from] ReportError),
    /// The respondent is not in the file.
    #[error("{}: no respondent {id:?}", path.display())]
    NoRespondent {
        /// The answers file.
        path: PathBuf,
        /// The id asked for.
        id: String,
    },
    /// The folder could not be made.
    #[error("cannot create the folder {}: {source}", path.display())]
    Folder {
        /// The folder.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// Writing the list of files failed.
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
}

/// `--lang nl|en`, Dutch by default.
pub(super) fn lang(value: Option<&str>) -> Result<Lang, UsageError> {
    match value {
        None | Some("nl") => Ok(Lang::Nl),
        Some("en") => Ok(Lang::En),
        Some(_) => Err(UsageError("--lang is nl or en".into())),
    }
}

/// Builds `open-export FILE` with its `-o FILE.pdf`, `--lang` and `--force`.
pub(super) fn open_export(
    file: PathBuf,
    from: Option<String>,
    flags: &ExportFlags,
) -> Result<Command, UsageError> {
    Ok(Command::OpenExport {
        file,
        from,
        pdf: flags.file(),
        lang: lang(flags.lang())?,
        force: flags.force(),
    })
}

/// Builds `report` from its flags (`-o`, `--lang` and `--force` are shared with `export`).
pub(super) fn command(
    answers: Option<PathBuf>,
    respondent: Option<String>,
    all: bool,
    questionnaire: Option<PathBuf>,
    flags: &ExportFlags,
) -> Result<Command, UsageError> {
    let usage = |s: &str| UsageError(s.to_owned());
    let answers = answers.ok_or_else(|| usage("report needs --answers ANSWERS.csv"))?;
    let output = flags
        .file()
        .ok_or_else(|| usage("report needs -o FILE.pdf (or -o DIR with --all)"))?;
    let (lang_flag, force) = (flags.lang(), flags.force());
    let target = match (respondent, all) {
        (Some(respondent), false) => Target::One {
            respondent,
            file: output,
        },
        (None, true) => Target::All { dir: output },
        (Some(_), true) => return Err(usage("use --respondent ID or --all, not both")),
        (None, false) => return Err(usage("report needs --respondent ID or --all")),
    };
    Ok(Command::Report(ReportArgs {
        answers,
        questionnaire,
        target,
        lang: lang(lang_flag)?,
        force,
    }))
}

/// Runs `report`: everything is read and checked before the first file is written, so a bad
/// answers file writes nothing. Prints each file written.
pub fn run(
    args: &ReportArgs,
    content: &Content,
    out: &mut dyn Write,
) -> Result<(), ReportCliError> {
    let q = questionnaire(args.questionnaire.as_deref(), content)?;
    let rows = read_answers(&args.answers, &q)?;
    let scoring = Scoring::new(&q);
    let date = crate::clock::today();
    let jobs: Vec<(&Row, PathBuf)> = match &args.target {
        Target::One { respondent, file } => {
            let Some(row) = rows.iter().find(|r| &r.respondent == respondent) else {
                return Err(ReportCliError::NoRespondent {
                    path: args.answers.clone(),
                    id: respondent.clone(),
                });
            };
            vec![(row, file.clone())]
        }
        Target::All { dir } => {
            std::fs::create_dir_all(dir).map_err(|source| ReportCliError::Folder {
                path: dir.clone(),
                source,
            })?;
            let names = file_names(rows.iter().map(|r| r.respondent.as_str()));
            rows.iter()
                .zip(names)
                .map(|(row, name)| (row, dir.join(name)))
                .collect()
        }
    };
    if !args.force
        && let Some((_, taken)) = jobs.iter().find(|(_, path)| path.exists())
    {
        return Err(ReportError::Exists(taken.clone()).into());
    }
    for (row, path) in &jobs {
        let profile = Profile::compute_with(&scoring, &row.answers);
        let bytes = profile_pdf(&ProfileReport {
            profile: &profile,
            content,
            lang: args.lang,
            date,
            respondent: Some(&row.respondent),
        })?;
        write_pdf(path, &bytes, args.force)?;
        writeln!(out, "{}", term::line(&path.display().to_string()))?;
    }
    Ok(())
}

/// `<safe id>.pdf` for each respondent, made unique (`-2`, `-3`, …) where two ids come out
/// the same.
fn file_names<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut taken = std::collections::HashSet::new();
    let mut out = Vec::new();
    for id in ids {
        let base = safe_file_name(id);
        let mut name = format!("{base}.pdf");
        let mut n = 2;
        while !taken.insert(name.to_lowercase()) {
            name = format!("{base}-{n}.pdf");
            n += 1;
        }
        out.push(name);
    }
    out
}

/// Writes the coach's summary as a PDF to `file` (refusing an existing one without `force`).
pub(super) fn summary_to_pdf(
    summary: &crate::export::OpenedSummary,
    sender: &crate::export::Sender,
    file: &Path,
    lang: Lang,
    force: bool,
) -> Result<(), ReportError> {
    let bytes = crate::report::summary_pdf(&crate::report::SummaryReport {
        text: &summary.text,
        header: &summary.header,
        sender: sender.vouched_name(),
        lang,
        printed: crate::clock::today(),
    })?;
    write_pdf(file, &bytes, force)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_that_clash_as_file_names_get_numbered() {
        let names = file_names(["a b", "a_b", "A_B", "c"].into_iter());
        assert_eq!(names, ["a_b.pdf", "a_b-2.pdf", "A_B-3.pdf", "c.pdf"]);
    }
}
