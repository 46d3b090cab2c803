//! The `ruimte` binary's command line, run as a user would.

use std::process::Command;

fn ruimte(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_ruimte"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/questionnaires");

#[test]
fn check_accepts_the_default_questionnaire() {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/default.ron");
    let (code, out, err) = ruimte(&["check", file]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("ok (37 items)") || out.contains(": ok ("),
        "{out}"
    );
    assert!(err.is_empty(), "{err}");
}

#[test]
fn check_reports_every_problem_of_every_file_and_exits_1() {
    let files = [
        "syntax-error.ron",
        "semantic-errors.ron",
        "binary.ron",
        "does-not-exist.ron",
    ]
    .map(|f| format!("{FIXTURES}/{f}"));
    let args: Vec<&str> = std::iter::once("check")
        .chain(files.iter().map(String::as_str))
        .collect();
    let (code, _, err) = ruimte(&args);
    assert_eq!(code, 1);
    let expect = [
        "syntax-error.ron:8:9: RON syntax",
        "semantic-errors.ron:8:62: unknown dimension \"enagaged\"",
        "semantic-errors.ron:9:20: duplicate item id \"a\"",
        "semantic-errors.ron:9:20: missing translation: item \"a\" has no en text",
        "semantic-errors.ron:15:18: option 2 of scenario \"s\" scores nothing",
        "semantic-errors.ron:7:5: dimension \"engaged\" is measured by 0 item(s)",
        "binary.ron:1:1: this is not UTF-8 text",
        "does-not-exist.ron: cannot read",
        "ruimte: 4 of 4 file(s) invalid",
    ];
    for e in expect {
        assert!(err.contains(e), "missing {e:?} in:\n{err}");
    }
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    let (code, _, err) = ruimte(&["check"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("ruimte: check needs at least one FILE"),
        "{err}"
    );
    let (code, _, _) = ruimte(&["--screen", "nowhere"]);
    assert_eq!(code, 2);
    let (code, out, _) = ruimte(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("ruimte check FILE..."));
    let (code, out, _) = ruimte(&["--version"]);
    assert_eq!(
        (code, out.trim()),
        (0, concat!("ruimte ", env!("CARGO_PKG_VERSION")))
    );
}

#[test]
fn version_and_short_v_print_the_version_of_cargo_toml_and_exit_0() {
    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"))
        .expect("Cargo.toml");
    // The first `version = "…"` line is the package's own (the packages are named after it).
    let version = manifest
        .lines()
        .find_map(|l| l.strip_prefix("version = \"")?.strip_suffix('"'))
        .expect("a version line");
    let expected = format!("ruimte {version}\n");
    for args in [
        &["--version"][..],
        &["-V"],
        &["--data-dir", "/nowhere", "-V"],
    ] {
        let (code, out, err) = ruimte(args);
        assert_eq!(
            (code, out.as_str(), err.as_str()),
            (0, expected.as_str(), ""),
            "{args:?}"
        );
    }
}
