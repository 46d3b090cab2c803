//! Printing as a workshop facilitator does it: `ruimte report` on an answers file, checked
//! with poppler's tools (pdftotext, pdffonts, pdfimages): the text is findable, fonts are
//! embedded, the figures are vector paths. These tests fail (never pass) without
//! poppler-utils.

mod common;

use std::io::Read;
use std::path::Path;
use std::process::Command;

use ambtelijke_ruimte::assessment::simulate::{Config, Style, respondents, to_csv};
use ambtelijke_ruimte::assessment::{Catalogue, Profile, Questionnaire, Scoring, parse_answers};
use ambtelijke_ruimte::content::Lang;
use ambtelijke_ruimte::journal::Date;
use ambtelijke_ruimte::report::reading;
use common::{content, ruimte};

const ID: &str = "geïnteresseerde-één-café";

fn questionnaire() -> Questionnaire {
    Catalogue::load(None, &content()).questionnaires[0]
        .questionnaire
        .clone()
}

/// A workshop's answers: three respondents, the first with Dutch diacritics in the id.
fn answers(dir: &Path) -> String {
    let q = questionnaire();
    let rs = respondents(&q, 3, Style::Trait, Config::default(), 7);
    let csv = to_csv(&q, &rs)
        .replace("\nr1,", &format!("\n{ID},"))
        .replace("\nr3,", "\n../buiten,");
    let path = dir.join("answers.csv");
    std::fs::write(&path, csv).expect("write");
    path.display().to_string()
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    ruimte(&dir.join("data"), args, "", None)
}

/// Runs a poppler tool; a missing tool fails the test with what to install.
fn poppler(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!("{tool} is needed for this test (apt-get install poppler-utils): {e}")
    });
    assert!(out.status.success(), "{tool} {args:?} failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The PDF's text with every run of whitespace made one space (lines wrap anywhere).
fn text_of(pdf: &Path) -> String {
    let raw = poppler("pdftotext", &[pdf.to_str().expect("utf-8"), "-"]);
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn one_report(dir: &Path, lang: &str) -> std::path::PathBuf {
    let csv = answers(dir);
    let pdf = dir.join(format!("profiel-{lang}.pdf"));
    let (code, out, err) = run(
        dir,
        &[
            "report",
            "--answers",
            &csv,
            "--respondent",
            ID,
            "-o",
            pdf.to_str().expect("utf-8"),
            "--lang",
            lang,
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&format!("profiel-{lang}.pdf")), "{out}");
    pdf
}

/// The profile the report should describe, scored here from the same file.
fn profile_of(csv: &Path) -> Profile {
    let q = questionnaire();
    let rows = parse_answers(&std::fs::read(csv).expect("csv"), &q).expect("parses");
    let row = rows.iter().find(|r| r.respondent == ID).expect("row");
    Profile::compute_with(&Scoring::new(&q), &row.answers)
}

#[test]
fn a_printed_profile_holds_the_reading_scores_date_and_credit_in_dutch_and_english() {
    let tmp = tempfile::tempdir().expect("tmp");
    let content = content();
    let today = Date::from_unix(ambtelijke_ruimte::clock::now()).to_string();
    for (lang, l, words) in [
        (
            "nl",
            Lang::Nl,
            [
                "Jouw houding",
                "Scores per dimensie",
                "Deelnemer: geïnteresseerde-één-café",
                "± één standaardfout",
            ],
        ),
        (
            "en",
            Lang::En,
            [
                "Your stance",
                "Scores per dimension",
                "Respondent: geïnteresseerde-één-café",
                "± one standard error",
            ],
        ),
    ] {
        let pdf = one_report(tmp.path(), lang);
        let text = text_of(&pdf);
        for w in words {
            assert!(text.contains(w), "{lang}: {w:?} not in {text}");
        }
        assert!(text.contains(&today), "{lang}: no date {today}");
        assert!(
            text.contains("‘Ambtelijke Ruimte Bouwen’ (DRIFT, GovernEUR, Stroomversnelling, 2023)"),
            "{text}"
        );
        let profile = profile_of(&tmp.path().join("answers.csv"));
        let reading = reading::stances(&profile, &content, l).expect("all stances scored");
        assert!(
            text.contains(&reading),
            "{lang}: reading {reading:?} not in {text}"
        );
        let (board, _) = reading::board(
            &profile,
            &content,
            ambtelijke_ruimte::content::Board::Political,
            l,
        );
        assert!(text.contains(&board), "{lang}: {board:?} not in {text}");
        let (v, se) = profile
            .score_band(ambtelijke_ruimte::assessment::Dimension::Stance(
                ambtelijke_ruimte::content::Stance::Engaged,
            ))
            .expect("scored");
        let score = format!("{v:.0} ± {se:.0}");
        assert!(text.contains(&score), "{lang}: {score:?} not in {text}");
    }
}

#[test]
fn every_font_in_a_printed_profile_is_embedded_and_subsetted() {
    let tmp = tempfile::tempdir().expect("tmp");
    let pdf = one_report(tmp.path(), "nl");
    let list = poppler("pdffonts", &[pdf.to_str().expect("utf-8")]);
    let rows: Vec<&str> = list.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts listed: {list}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type... encoding emb sub uni object generation
        let n = cols.len();
        assert!(n >= 6, "{row}");
        assert_eq!(
            &cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "not embedded/subset: {row}"
        );
        assert!(cols[0].contains('+'), "a subset's name has a tag: {row}");
    }
}

/// Every content stream of the PDF, inflated.
fn content_streams(pdf: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = find(&pdf[at..], b"stream\n") {
        let start = at + i + b"stream\n".len();
        let Some(len) = find(&pdf[start..], b"endstream") else {
            break;
        };
        let mut raw = Vec::new();
        // Text operands may hold any byte: read bytes, then look at them as text.
        if flate2::read::ZlibDecoder::new(&pdf[start..start + len])
            .read_to_end(&mut raw)
            .is_ok()
        {
            out.push(String::from_utf8_lossy(&raw).into_owned());
        }
        at = start + len + b"endstream".len();
    }
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[test]
fn the_figures_are_vector_paths_and_the_pdf_holds_no_image() {
    let tmp = tempfile::tempdir().expect("tmp");
    let pdf = one_report(tmp.path(), "nl");
    let images = poppler("pdfimages", &["-list", pdf.to_str().expect("utf-8")]);
    assert_eq!(
        images.lines().count(),
        2,
        "only the header, no image: {images}"
    );
    let bytes = std::fs::read(&pdf).expect("pdf");
    // No image XObject (the ProcSet's /ImageB names a capability, not an image).
    assert!(
        find(&bytes, b"/Subtype/Image").is_none() && find(&bytes, b"/Subtype /Image").is_none()
    );
    assert!(find(&bytes, b"/XObject").is_none());
    let streams = content_streams(&bytes);
    let first_page = streams.iter().find(|s| s.contains("TJ")).expect("a page");
    // Filled-and-stroked or filled paths (B, f) and Bézier curves (the dots) draw the figures.
    let painted = first_page.matches("\nB\n").count() + first_page.matches("\nf\n").count();
    let curves = first_page.matches(" c\n").count() + first_page.matches(" c ").count();
    assert!(painted >= 30, "{painted} painted paths");
    assert!(
        curves >= 4 * 6,
        "{curves} curve segments: the dots are circles"
    );
}

#[test]
fn report_all_writes_one_safely_named_file_per_respondent() {
    let tmp = tempfile::tempdir().expect("tmp");
    let csv = answers(tmp.path());
    let dir = tmp.path().join("profielen");
    let (code, out, err) = run(
        tmp.path(),
        &[
            "report",
            "--answers",
            &csv,
            "--all",
            "-o",
            dir.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(names.contains(&format!("{ID}.pdf")), "{names:?}");
    assert!(
        names
            .iter()
            .all(|n| n.ends_with(".pdf") && !n.contains('/')),
        "{names:?}"
    );
    assert!(
        !tmp.path().join("buiten.pdf").exists(),
        "an id never leaves the folder"
    );
    assert_eq!(out.lines().count(), 3, "{out}");
    // Again without --force: refused, nothing replaced.
    let (code, _, err) = run(
        tmp.path(),
        &[
            "report",
            "--answers",
            &csv,
            "--all",
            "-o",
            dir.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(code, 1);
    assert!(err.contains("already exists"), "{err}");
}

#[test]
fn a_bad_answers_file_names_line_and_column_and_writes_nothing() {
    let tmp = tempfile::tempdir().expect("tmp");
    let csv = tmp.path().join("kapot.csv");
    std::fs::write(&csv, "respondent,l01,l02\nr1,3,4\nr2,3,9\n").expect("write");
    let dir = tmp.path().join("uit");
    let pdf = tmp.path().join("r1.pdf");
    let csv = csv.to_str().expect("utf-8");
    for args in [
        vec![
            "report",
            "--answers",
            csv,
            "--all",
            "-o",
            dir.to_str().expect("utf-8"),
        ],
        vec![
            "report",
            "--answers",
            csv,
            "--respondent",
            "r1",
            "-o",
            pdf.to_str().expect("utf-8"),
        ],
    ] {
        let (code, _, err) = run(tmp.path(), &args);
        assert_eq!(code, 1, "{err}");
        assert!(err.starts_with(&format!("ruimte: {csv}:3:")), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    assert!(!dir.exists() && !pdf.exists(), "nothing written");
    let (code, _, err) = run(tmp.path(), &["report", "--answers", csv, "-o", "x.pdf"]);
    assert_eq!(code, 2, "{err}");
}
