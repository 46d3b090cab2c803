//! docs/SECURITY.md names, for every promise, the test that keeps it: each named test must
//! exist, so a renamed or removed test cannot leave a promise without its keeper unnoticed.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir)
        .expect("read a source folder")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `fn name` in src/ and tests/.
fn function_names() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("tests"), &mut files);
    let mut names = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("read a source file");
        for (i, _) in text.match_indices("fn ") {
            let name: String = text[i + 3..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            names.push(name);
        }
    }
    names
}

/// Back-quoted test names (snake case with at least two underscores) in the table.
fn named_tests(doc: &str) -> Vec<String> {
    let table = doc
        .split("## How each promise is tested")
        .nth(1)
        .expect("SECURITY.md has its table of tests");
    table
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|quoted| quoted.rsplit("::").next().unwrap_or(quoted).to_owned())
        .filter(|n| {
            n.matches('_').count() >= 2
                && n.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
        .collect()
}

#[test]
fn every_test_security_md_names_exists() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/SECURITY.md"))
        .expect("docs/SECURITY.md");
    let tests = named_tests(&doc);
    assert!(tests.len() > 40, "the table names its tests: {tests:?}");
    let functions = function_names();
    let missing: Vec<&String> = tests.iter().filter(|t| !functions.contains(t)).collect();
    assert!(
        missing.is_empty(),
        "SECURITY.md names tests that do not exist: {missing:?}"
    );
}

#[test]
fn a_renamed_test_would_be_caught() {
    let doc = "## How each promise is tested\n| x | `tests/a.rs`: `no_such_test_anywhere` |";
    let functions = function_names();
    let named = named_tests(doc);
    assert_eq!(named, ["no_such_test_anywhere"]);
    assert!(!functions.contains(&named[0]));
}
