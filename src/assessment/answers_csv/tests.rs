use rand::{Rng, SeedableRng};

use super::*;
use crate::assessment::Catalogue;
use crate::content::Content;

fn q() -> Questionnaire {
    let content = Content::embedded().expect("valid content");
    Catalogue::load(None, &content).questionnaires[0]
        .questionnaire
        .clone()
}

fn parse(text: &str) -> Result<Vec<Row>, CsvError> {
    parse_answers(text.as_bytes(), &q())
}

fn error_at(text: &str) -> (usize, usize, CsvErrorKind) {
    let e = parse(text).expect_err("an error");
    (e.line, e.column, e.kind)
}

#[test]
fn rows_parse_with_a_bom_crlf_quotes_and_blanks() {
    let rows = parse_answers(
        "\u{feff}respondent,l01,s01,l02\r\n\"r 1\",5,2,\r\nr2,,,1\r\n\r\n".as_bytes(),
        &q(),
    )
    .expect("valid");
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].respondent, "r 1");
    assert_eq!(rows[0].answers.get("l01"), Some(&Answer::Likert(5)));
    assert_eq!(
        rows[0].answers.get("s01"),
        Some(&Answer::Option(1)),
        "1-based"
    );
    assert_eq!(rows[0].answers.get("l02"), None, "empty is unanswered");
    assert_eq!(rows[1].answers.len(), 1);
}

#[test]
fn each_problem_names_its_line_and_column() {
    assert_eq!(
        error_at("respondent,l01,l99\n"),
        (1, 16, CsvErrorKind::UnknownItem("l99".into()))
    );
    assert_eq!(
        error_at("respondent,l01,l01\n"),
        (1, 16, CsvErrorKind::DuplicateItem("l01".into()))
    );
    assert_eq!(
        error_at("id,l01\n"),
        (1, 1, CsvErrorKind::NoRespondentColumn("id".into()))
    );
    assert_eq!(
        error_at("respondent,l01,s01\nr1,3,1\nr2,6,1\n"),
        (
            3,
            4,
            CsvErrorKind::OutOfRange {
                item: "l01".into(),
                value: "6".into(),
                max: 5
            }
        )
    );
    let (line, col, kind) = error_at("respondent,l01,s01\nr1,3,9\n");
    assert_eq!((line, col), (2, 6));
    assert!(matches!(kind, CsvErrorKind::OutOfRange { max: 5, .. }));
    assert!(matches!(
        error_at("respondent,l01\nr1,drie\n").2,
        CsvErrorKind::OutOfRange { .. }
    ));
    assert_eq!(
        error_at("respondent,l01,l02\nr1,3\n"),
        (
            2,
            5,
            CsvErrorKind::Ragged {
                expected: 3,
                found: 2
            }
        )
    );
    assert_eq!(
        error_at("respondent,l01\nr1,3\nr2,4\nr1,5\n"),
        (
            4,
            1,
            CsvErrorKind::DuplicateRespondent {
                id: "r1".into(),
                first: 2
            }
        )
    );
    assert_eq!(
        error_at("respondent,l01\n,3\n"),
        (2, 1, CsvErrorKind::EmptyRespondent)
    );
    assert_eq!(
        error_at("respondent,l01\n\"r1,3\n"),
        (2, 1, CsvErrorKind::UnclosedQuote)
    );
    assert_eq!(error_at(""), (1, 1, CsvErrorKind::Empty));
    let e = parse_answers(b"respondent,l01\nr1,\xff\n", &q()).expect_err("not UTF-8");
    assert_eq!((e.line, e.column, &e.kind), (2, 4, &CsvErrorKind::NotUtf8));
    assert_eq!(
        e.to_string(),
        "2:4: the file is not UTF-8 text",
        "the message leads with line and column"
    );
}

#[test]
fn hostile_input_never_panics() {
    let q = q();
    let mut rng = rand::rngs::StdRng::seed_from_u64(99);
    let alphabet = b"respondent,l01s\"\n\r0123456789\xef\xbb\xbf\xff ";
    for _ in 0..2000 {
        let len = rng.gen_range(0..80);
        let bytes: Vec<u8> = (0..len)
            .map(|_| alphabet[rng.gen_range(0..alphabet.len())])
            .collect();
        let mut with_header = b"respondent,l01,s01\n".to_vec();
        with_header.extend_from_slice(&bytes);
        // Either outcome is fine; reaching the end without a panic is the point.
        let _ = parse_answers(&bytes, &q);
        let _ = parse_answers(&with_header, &q);
    }
}
