//! `ruimte check --json`, `score` and `analyse` as an organisation would run them on a CSV
//! of answers, including the broken files they will certainly send.

mod common;

use std::path::Path;

use ambtelijke_ruimte::assessment::simulate::{Config, Style, respondents, to_csv};
use ambtelijke_ruimte::assessment::{Catalogue, Questionnaire};
use common::{content, ruimte};

fn default_questionnaire() -> Questionnaire {
    Catalogue::load(None, &content()).questionnaires[0]
        .questionnaire
        .clone()
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    ruimte(&dir.join("data"), args, "", None)
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path.display().to_string()
}

#[test]
fn check_json_prints_the_validated_questionnaire() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (code, out, err) = run(tmp.path(), &["check", "--json"]);
    assert_eq!(code, 0, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(doc["id"], "default");
    let items = doc["items"].as_array().expect("items");
    assert_eq!(items.len(), default_questionnaire().items.len());
    let l01 = &items[0];
    assert_eq!(l01["id"], "l01");
    assert_eq!(l01["kind"], "likert");
    assert_eq!(l01["dimension"], "partner");
    assert_eq!(l01["key"], "plus");
    let s01 = items.iter().find(|i| i["id"] == "s01").expect("s01");
    assert_eq!(s01["kind"], "scenario");
    assert_eq!(s01["options"][0]["scores"]["build_up"], 3);
    assert_eq!(s01["options"][3]["scores"]["partner"], 3);
    // A file given as FILE or as --questionnaire; a broken one fails with its position.
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/default.ron");
    let (code, same, _) = run(tmp.path(), &["check", "--json", file]);
    assert_eq!((code, &same), (0, &out));
    let bad = write(tmp.path(), "bad.ron", "Questionnaire(id: \"x\", items: [");
    let (code, _, err) = run(tmp.path(), &["check", "--json", "--questionnaire", &bad]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("ruimte: ") && err.contains("bad.ron:1:"),
        "{err}"
    );
}

#[test]
fn score_prints_one_json_line_per_respondent_with_nulls_for_too_few_answers() {
    let tmp = tempfile::tempdir().expect("tmp");
    let q = default_questionnaire();
    let mut rs = respondents(&q, 3, Style::Trait, Config::default(), 4);
    // The third respondent skipped every partner statement.
    for id in ["l01", "l16", "l30", "l34"] {
        rs[2].answers.remove(id);
    }
    let csv = write(tmp.path(), "answers.csv", &to_csv(&q, &rs));
    let (code, out, err) = run(tmp.path(), &["score", &csv]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["respondent"], "r1");
    for key in ["engaged", "partner", "saboteur", "player"] {
        let v = lines[0]["scores"][key].as_f64().expect("a score");
        assert!((0.0..=100.0).contains(&v));
        assert!(lines[0]["bands"][key].as_f64().expect("a band") > 0.0);
    }
    assert!(lines[0]["stances"]["engaged"].is_string());
    assert!(lines[0]["boards"]["political"].is_string());
    assert!(lines[2]["scores"]["partner"].is_null());
    assert!(lines[2]["bands"]["partner"].is_null());
    assert!(lines[2]["boards"]["political"].is_null());
}

#[test]
fn analyse_reports_alpha_with_an_interval_and_item_statistics() {
    let tmp = tempfile::tempdir().expect("tmp");
    let q = default_questionnaire();
    let rs = respondents(&q, 300, Style::Trait, Config::default(), 8);
    let csv = write(tmp.path(), "answers.csv", &to_csv(&q, &rs));
    let (code, out, err) = run(tmp.path(), &["analyse", "--json", &csv]);
    assert_eq!(code, 0, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let dims = doc["dimensions"].as_array().expect("dimensions");
    assert_eq!(dims.len(), 10);
    let partner = dims
        .iter()
        .find(|d| d["dimension"] == "partner")
        .expect("partner");
    let alpha = partner["alpha"].as_f64().expect("alpha");
    let ci = partner["alpha_ci"].as_array().expect("interval");
    assert!(ci[0].as_f64().expect("lo") < alpha && alpha < ci[1].as_f64().expect("hi"));
    let l01 = &partner["items"].as_array().expect("items")[0];
    assert_eq!(l01["id"], "l01");
    assert!(l01["item_total"].is_f64() && l01["alpha_if_deleted"].is_f64());
    let (code, table, _) = run(tmp.path(), &["analyse", &csv]);
    assert_eq!(code, 0);
    assert!(
        table.contains("partner: alpha ") && table.contains("item-total"),
        "{table}"
    );
}

#[test]
fn bad_csv_is_one_line_with_line_and_column_never_a_panic() {
    let tmp = tempfile::tempdir().expect("tmp");
    let cases = [
        (
            "unknown.csv",
            "respondent,l01,l99\n",
            ":1:16: unknown item id \"l99\"",
        ),
        (
            "range.csv",
            "respondent,l01\nr1,7\n",
            ":2:4: value \"7\" for l01",
        ),
        (
            "ragged.csv",
            "respondent,l01,l02\nr1,3\n",
            ":2:5: the row has 2 field(s); the header has 3",
        ),
        (
            "dup.csv",
            "respondent,l01\nr1,3\nr1,4\n",
            ":3:1: respondent \"r1\" already appears on line 2",
        ),
    ];
    for (name, text, expected) in cases {
        let file = write(tmp.path(), name, text);
        for cmd in ["score", "analyse"] {
            let (code, out, err) = run(tmp.path(), &[cmd, &file]);
            assert_eq!(code, 1, "{cmd} {name}: {err}");
            assert!(out.is_empty(), "{out}");
            assert_eq!(err.lines().count(), 1, "{err}");
            assert!(
                err.starts_with("ruimte: ") && err.contains(expected),
                "{err}"
            );
        }
    }
    // A byte-order mark from a spreadsheet is fine.
    let bom = write(tmp.path(), "bom.csv", "\u{feff}respondent,l01\nr1,4\n");
    assert_eq!(run(tmp.path(), &["score", &bom]).0, 0);
    let (code, _, err) = run(tmp.path(), &["score", "missing.csv"]);
    assert_eq!(code, 1);
    assert!(err.starts_with("ruimte: cannot read missing.csv"), "{err}");
    // Usage errors exit 2.
    assert_eq!(run(tmp.path(), &["score"]).0, 2);
    assert_eq!(run(tmp.path(), &["analyse", "a.csv", "b.csv"]).0, 2);
}

/// A questionnaire of its own: four statements per dimension, alternating keys.
fn own_questionnaire() -> String {
    let dims = [
        "engaged",
        "entrepreneurial",
        "activist",
        "partner",
        "counter_striver",
        "saboteur",
        "build_up",
        "destabilise",
        "mediate",
        "player",
    ];
    let mut items = String::new();
    for d in dims {
        for j in 0..4 {
            let key = if j % 2 == 0 { "Plus" } else { "Minus" };
            items.push_str(&format!(
                "Likert(id: \"{d}{j}\", text: (nl: \"S\", en: \"S\"), dimension: \"{d}\", key: {key}),\n"
            ));
        }
    }
    format!(
        "Questionnaire(id: \"eigen\", title: (nl: \"T\", en: \"T\"), description: (nl: \"D\", en: \"D\"), items: [\n{items}])\n"
    )
}

#[test]
fn an_organisations_own_questionnaire_scores_and_analyses_with_questionnaire_file() {
    let tmp = tempfile::tempdir().expect("tmp");
    let own = write(tmp.path(), "eigen.ron", &own_questionnaire());
    let csv = write(
        tmp.path(),
        "eigen.csv",
        "respondent,partner0,partner1,partner2,partner3\nA,5,1,5,1\nB,1,5,1,5\nC,4,2,4,3\n",
    );
    let (code, out, err) = run(tmp.path(), &["score", &csv, "--questionnaire", &own]);
    assert_eq!(code, 0, "{err}");
    let a: serde_json::Value = serde_json::from_str(out.lines().next().expect("A")).expect("JSON");
    assert_eq!(a["scores"]["partner"], 100.0);
    assert!(a["scores"]["engaged"].is_null(), "not asked");
    let (code, out, err) = run(
        tmp.path(),
        &["analyse", "--json", "--questionnaire", &own, &csv],
    );
    assert_eq!(code, 0, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(doc["dimensions"][3]["dimension"], "partner");
    assert_eq!(doc["dimensions"][3]["n"], 3);
    // The built-in questionnaire's ids are unknown to this one.
    let builtin = write(tmp.path(), "builtin.csv", "respondent,l01\nr1,3\n");
    let (code, _, err) = run(tmp.path(), &["score", "--questionnaire", &own, &builtin]);
    assert_eq!(code, 1);
    assert!(err.contains(":1:12: unknown item id \"l01\""), "{err}");
}
