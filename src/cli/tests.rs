//! Parsing the command line: what each command accepts and refuses.

use super::*;
use std::ffi::OsString;

fn cmd(a: &[&str]) -> Result<Command, UsageError> {
    parse(a.iter().map(OsString::from)).map(|i| i.command)
}

#[test]
fn no_arguments_start_the_app_and_dirs_are_global() {
    assert_eq!(cmd(&[]), Ok(Command::Gui { screen: None }));
    let inv = parse(["--data-dir", "/tmp/d", "list", "--config-dir=/tmp/c"].map(OsString::from))
        .expect("valid");
    assert_eq!(inv.data_dir, Some("/tmp/d".into()));
    assert_eq!(inv.config_dir, Some("/tmp/c".into()));
    assert_eq!(inv.command, Command::List { json: false });
}

#[test]
fn screen_names_are_checked() {
    assert_eq!(
        cmd(&["--screen", "tactic:weigeren"]),
        Ok(Command::Gui {
            screen: Some("tactic:weigeren".into())
        })
    );
    assert!(cmd(&["--screen", "nowhere"]).is_err());
}

#[test]
fn check_takes_files_and_needs_one() {
    assert_eq!(
        cmd(&["check", "a.ron", "b.ron"]),
        Ok(Command::Check {
            files: vec!["a.ron".into(), "b.ron".into()]
        })
    );
    assert!(cmd(&["check"]).is_err());
}

#[test]
fn journal_commands_parse() {
    assert_eq!(
        cmd(&[
            "add",
            "--title",
            "Weerstand",
            "--tactic",
            "weigeren",
            "--tag",
            "a",
            "--tag",
            "b"
        ]),
        Ok(Command::Add {
            title: "Weerstand".into(),
            tactics: vec!["weigeren".into()],
            tags: vec!["a".into(), "b".into()]
        })
    );
    assert!(cmd(&["add"]).is_err(), "add needs a title");
    assert_eq!(
        cmd(&["search", "warmte", "net", "--json"]),
        Ok(Command::Search {
            text: "warmte net".into(),
            json: true
        })
    );
    assert!(cmd(&["search"]).is_err());
    assert_eq!(cmd(&["verify"]), Ok(Command::Verify));
    assert_eq!(
        cmd(&["adopt", "--all"]),
        Ok(Command::Adopt {
            all: true,
            ids: vec![],
            reject: vec![]
        })
    );
    assert_eq!(
        cmd(&["adopt", "--reject", "A", "--reject", "B"]),
        Ok(Command::Adopt {
            all: false,
            ids: vec![],
            reject: vec!["A".into(), "B".into()]
        })
    );
    assert!(cmd(&["adopt", "--all", "A"]).is_err());
    assert!(cmd(&["adopt", "A", "--reject", "B"]).is_err());
    assert!(cmd(&["verify", "extra"]).is_err());
    let inv = parse(["init", "--passphrase-file", "p.txt"].map(OsString::from)).expect("valid");
    assert_eq!(
        (inv.command, inv.passphrase_file),
        (Command::Init, Some("p.txt".into()))
    );
}

#[test]
fn export_parses_with_its_defaults() {
    let key = age::x25519::Identity::generate().to_public().to_string();
    let got = cmd(&[
        "export",
        "--to",
        &key,
        "--coach",
        "Kim",
        "--purpose",
        "intervisie",
        "--entry",
        "A",
        "--entry",
        "B",
        "--redact",
        "Wassenberg",
        "-o",
        "s.md.age",
        "--delete-after",
        "2026-06-30",
    ]);
    let Ok(Command::Export(args)) = got else {
        panic!("expected export, got {got:?}");
    };
    assert_eq!(args.entries, ["A", "B"]);
    assert_eq!(args.redact, ["Wassenberg"]);
    assert!(!args.profile, "the profile is opt-in");
    assert_eq!(
        args.output,
        crate::export::Output::Encrypted { recipient: key }
    );
    assert_eq!(args.file, PathBuf::from("s.md.age"));
    assert_eq!(args.delete_after, crate::journal::Date::parse("2026-06-30"));
    let got = cmd(&[
        "export",
        "--coach",
        "Kim",
        "--purpose",
        "p",
        "--all",
        "--profile",
        "--no-profile",
        "--html",
        "--output",
        "s.html",
    ]);
    let Ok(Command::Export(args)) = got else {
        panic!("expected export, got {got:?}");
    };
    assert!(args.all && !args.profile);
    assert_eq!(args.output, crate::export::Output::Html);
    assert_eq!(
        cmd(&["open-export", "s.md.age"]),
        Ok(Command::OpenExport {
            file: "s.md.age".into(),
            from: None,
            pdf: None,
            lang: crate::content::Lang::Nl,
            force: false,
        })
    );
}

#[test]
fn export_usage_errors_say_what_is_missing() {
    let key = age::x25519::Identity::generate().to_public().to_string();
    let base = ["export", "--coach", "Kim", "--purpose", "p", "--entry", "A"];
    let with = |extra: &[&str]| {
        let mut a: Vec<&str> = base.to_vec();
        a.extend_from_slice(extra);
        cmd(&a).map_err(|e| e.0)
    };
    let err = |r: Result<Command, String>| r.expect_err("usage error");
    assert!(err(with(&["--to", &key])).contains("-o FILE"));
    assert!(err(with(&["-o", "f"])).contains("--to"));
    assert!(err(with(&["-o", "f", "--plain", "--html"])).contains("one of"));
    assert!(err(with(&["-o", "f", "--plain", "--to", &key])).contains("--to"));
    assert!(err(with(&["-o", "f", "--to", "age1nope"])).contains("not valid"));
    assert!(
        err(with(&[
            "-o",
            "f",
            "--plain",
            "--delete-after",
            "2026-02-30"
        ]))
        .contains("date")
    );
    assert!(err(with(&["-o", "f", "--plain", "--all"])).contains("not both"));
    assert!(
        with(&["-o", "f", "--plain", "x"]).is_err(),
        "no stray values"
    );
    let no_coach = cmd(&["export", "--purpose", "p", "--all", "--plain", "-o", "f"]);
    assert!(no_coach.expect_err("usage").0.contains("--coach"));
    let no_purpose = cmd(&["export", "--coach", "K", "--all", "--plain", "-o", "f"]);
    assert!(no_purpose.expect_err("usage").0.contains("--purpose"));
    let nothing = cmd(&[
        "export",
        "--coach",
        "K",
        "--purpose",
        "p",
        "--plain",
        "-o",
        "f",
    ]);
    assert!(nothing.expect_err("usage").0.contains("--profile"));
    assert!(cmd(&["open-export"]).is_err());
    assert!(cmd(&["open-export", "a", "b"]).is_err());
}

#[test]
fn unknown_commands_and_flags_are_usage_errors() {
    assert!(cmd(&["frobnicate"]).is_err());
    assert!(cmd(&["--frobnicate"]).is_err());
}

#[test]
fn resolve_and_whole_word_parse() {
    assert_eq!(cmd(&["resolve"]), Ok(Command::Resolve { keep: None }));
    assert_eq!(
        cmd(&["resolve", "--keep", "theirs", "ID"]),
        Ok(Command::Resolve {
            keep: Some((KeepChoice::Theirs, "ID".into()))
        })
    );
    assert!(cmd(&["resolve", "ID"]).is_err(), "an id needs --keep");
    assert!(cmd(&["resolve", "--keep", "all", "ID"]).is_err());
    assert!(cmd(&["resolve", "--keep", "mine"]).is_err());
    assert!(cmd(&["list", "--keep", "mine"]).is_err());
    let got = cmd(&[
        "export",
        "--coach",
        "K",
        "--purpose",
        "p",
        "--all",
        "--plain",
        "-o",
        "f",
        "--whole-word",
    ]);
    let Ok(Command::Export(args)) = got else {
        panic!("expected export, got {got:?}");
    };
    assert!(args.whole_words);
}
