//! Sharing with a coach, across rooms: only what was chosen leaves the vault, redacted; the
//! receipt's hash matches what the coach reads; the file is a standard age file; tampering and
//! wrong keys are refused; feedback comes back. Then the same through the `ruimte` binary.

// A CLI flow reads best top to bottom in one test.
#![allow(clippy::too_many_lines)]

mod common;

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use ambtelijke_ruimte::assessment::{BoardPosition, DimScore, Profile, Take};
use ambtelijke_ruimte::content::{Board, Content, Lang};
use ambtelijke_ruimte::export::{
    Consent, ExportError, Output, Parts, Prepared, Scope, Selection, feedback_file,
    import_feedback, open_summary, prepare_export, sha256_hex, write_export,
};
use ambtelijke_ruimte::journal::{
    ConfidantAnswer, Date, Deliberation, Entry, FollowUp, OathAnswer, YesNo,
};
use ambtelijke_ruimte::search::fold;
use ambtelijke_ruimte::session::Session;
use ambtelijke_ruimte::vault::{ExposeSecret, SecretString, Vault};

const PASS: &str = "kaasschaaf-windmolen-polder-2026";
const NOW: i64 = 1_780_000_000; // 2026-05-28

fn secret() -> SecretString {
    SecretString::from(PASS)
}

fn new_session(dir: &Path) -> Session {
    let (vault, _) = Vault::create_with_work_factor_for_tests(dir, &secret(), 10).expect("create");
    Session::unlock(Arc::new(vault), &secret()).expect("unlock")
}

fn reopen(dir: &Path) -> Session {
    let vault = Vault::open(dir).expect("open");
    Session::unlock(Arc::new(vault), &secret()).expect("unlock")
}

/// An entry with a distinct marker in every text field: `zq<n><field>zq`.
/// Whether `text` holds any field marker of entry `n` (`zq{n}<field>zq`). A bare "zq3" is not
/// enough: the age keys in the header are bech32, whose letters hold "zq3" now and then.
fn holds_marker_of(text: &str, n: u8) -> bool {
    let start = format!("zq{n}");
    text.match_indices(&start).any(|(at, _)| {
        let rest = &text[at + start.len()..];
        // A field name (lowercase letters) closed by the next "zq".
        rest.find("zq")
            .is_some_and(|end| end > 0 && rest[..end].chars().all(|c| c.is_ascii_lowercase()))
    })
}

#[test]
fn a_marker_is_told_from_a_key_that_happens_to_hold_its_letters() {
    assert!(holds_marker_of("x zq1titlezq y", 1));
    assert!(holds_marker_of("zq3dilemmazq", 3));
    assert!(!holds_marker_of("age1qzq3x8gf2tvdw0s3", 3));
    assert!(!holds_marker_of("zq2titlezq", 3));
}

fn marked(n: u8) -> Entry {
    let m = |f: &str| format!("zq{n}{f}zq");
    Entry {
        title: m("title"),
        date: Date::parse(&format!("2025-11-1{n}")).expect("date"),
        dilemma: m("dilemma"),
        boards: vec![Board::Political],
        tactics: vec![
            if n == 2 {
                "weigeren"
            } else {
                "groeipad-initiatieven"
            }
            .into(),
        ],
        stakeholders: vec![m("stakeholder")],
        options: m("options"),
        decision: m("decision"),
        oath: OathAnswer {
            fits: Some(YesNo::Unsure),
            note: m("oathnote"),
        },
        confidant: ConfidantAnswer {
            discussed: Some(YesNo::Yes),
            with_role: m("role"),
        },
        deliberation: Deliberation {
            needed: Some(YesNo::Yes),
            facts: m("facts"),
            option_a: m("optiona"),
            option_b: m("optionb"),
            stakeholders_values: m("values"),
            options: m("delibopts"),
            choice_do: m("do"),
            choice_because: m("because"),
            choice_despite: m("despite"),
            limit_harm: m("harm"),
            evaluation: m("evaluation"),
        },
        follow_ups: vec![FollowUp {
            date: Date::parse("2026-01-05").expect("date"),
            happened: m("happened"),
            pushback: m("pushback"),
            adjustment: m("adjustment"),
            learned: m("learned"),
        }],
        tags: vec![m("tag")],
        ..Entry::default()
    }
}

fn consent() -> Consent {
    Consent {
        coach: "Kim de Coach".into(),
        purpose: "intervisie".into(),
        delete_after: Date::parse("2026-09-01"),
        confirmed: true,
    }
}

fn one(id: &str, parts: Parts) -> Scope {
    Scope {
        entries: vec![Selection {
            entry_id: id.into(),
            parts,
        }],
        ..Scope::default()
    }
}

/// A coachee in `coachee_dir` shares one marked entry, all parts, encrypted to a coach in
/// `coach_dir`. Returns both sessions, the entry id and the export.
fn share_one(
    coachee_dir: &Path,
    coach_dir: &Path,
) -> (
    Session,
    Session,
    String,
    ambtelijke_ruimte::export::Prepared,
) {
    let mut coachee = new_session(coachee_dir);
    let coach = new_session(coach_dir);
    let id = coachee.save_entry(None, marked(1), NOW).expect("save");
    let output = Output::Encrypted {
        recipient: coach.unlocked().recipient(),
    };
    let prepared = export(
        &mut coachee,
        &one(&id, Parts::default()),
        &consent(),
        &output,
        &content(),
        Lang::Nl,
        NOW,
    )
    .expect("export");
    (coachee, coach, id, prepared)
}

/// Prepares a summary and keeps its receipt without writing a file: these tests look at the
/// text and the receipt; the order file-then-receipt is tested in tests/receipts.rs.
fn export(
    session: &mut Session,
    scope: &Scope,
    consent: &Consent,
    output: &Output,
    content: &Content,
    lang: Lang,
    now: i64,
) -> Result<Prepared, ExportError> {
    let prepared = prepare_export(session, scope, consent, output, content, lang, now)?;
    session.save_consent(prepared.record.clone(), now)?;
    Ok(prepared)
}

fn content() -> Content {
    Content::embedded().expect("content")
}

#[test]
fn the_canary_only_selected_parts_leave_and_redacted_words_never_do() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut coachee = new_session(&tmp.path().join("coachee"));
    let coach = new_session(&tmp.path().join("coach"));
    let mut ids = Vec::new();
    for n in 1..=3 {
        let mut e = marked(n);
        if n == 2 {
            e.dilemma.push_str(
                "\nIn Wassenberg, bij wassenberg en WASSENBERG; in het Café, cafe, CAFÉ.",
            );
            e.decision.push_str(" Wassenbergse aanpak.");
        }
        ids.push(coachee.save_entry(None, e, NOW).expect("save"));
    }
    let parts = Parts {
        title: false,
        dilemma: true,
        tactics: false,
        boundaries: true,
        follow_ups: false,
        reflection: true,
    };
    let mut scope = one(&ids[1], parts);
    scope.redact = vec!["Wassenberg".into(), "Café".into(), "  ".into()];
    let output = Output::Encrypted {
        recipient: coach.unlocked().recipient(),
    };
    let content = content();
    let prepared = export(
        &mut coachee,
        &scope,
        &consent(),
        &output,
        &content,
        Lang::Nl,
        NOW,
    )
    .expect("export");
    let opened = open_summary(prepared.file_text.as_bytes(), coach.unlocked()).expect("opens");
    assert_eq!(
        opened.text, prepared.shared_text,
        "the file holds exactly the preview"
    );

    let weigeren = content.tactic("weigeren").expect("tactic").name.nl.clone();
    for text in [&prepared.shared_text, &opened.text] {
        for field in [
            "dilemma",
            "stakeholder",
            "oathnote",
            "role",
            "facts",
            "evaluation",
            "options",
        ] {
            assert!(
                text.contains(&format!("zq2{field}zq")),
                "{field} was selected"
            );
        }
        for n in [1, 3] {
            assert!(!holds_marker_of(text, n), "entry {n} was not selected");
        }
        for field in [
            "title",
            "happened",
            "pushback",
            "adjustment",
            "learned",
            "tag",
        ] {
            assert!(
                !text.contains(&format!("zq2{field}zq")),
                "{field} was not selected"
            );
        }
        assert!(!text.contains(&weigeren), "tactics were not selected");
        assert!(!text.contains("2025-11-12"), "the date goes with the title");
        let folded = fold(text);
        assert!(!folded.contains("wassenberg"), "redacted: {text}");
        assert!(!folded.contains("cafe"), "redacted: {text}");
        assert!(
            text.contains(&format!("## Dilemma 1 {{#entry-{}}}", ids[1])),
            "{text}"
        );
        assert!(!text.contains("Profiel"), "the profile was not selected");
    }
    assert_eq!(opened.entries, [(ids[1].clone(), "Dilemma 1".to_owned())]);
    assert_eq!(opened.header.coach, "Kim de Coach");
    assert_eq!(opened.header.reply_to, coachee.unlocked().recipient());
    assert_eq!(opened.header.shared, Some(Date::from_unix(NOW)));
}

#[test]
fn the_receipt_hash_as_reloaded_from_disk_matches_the_decrypted_export() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("coachee");
    let mut coachee = new_session(&dir);
    let coach = new_session(&tmp.path().join("coach"));
    let id = coachee.save_entry(None, marked(1), NOW).expect("save");
    let output = Output::Encrypted {
        recipient: format!("  {}\n", coach.unlocked().recipient()),
    };
    let scope = one(&id, Parts::default());
    let prepared = export(
        &mut coachee,
        &scope,
        &consent(),
        &output,
        &content(),
        Lang::En,
        NOW,
    )
    .expect("export");
    drop(coachee);
    let again = reopen(&dir);
    let receipt = &again.consents.last().expect("one receipt").body;
    let opened = open_summary(prepared.file_text.as_bytes(), coach.unlocked()).expect("opens");
    assert_eq!(receipt.sha256, sha256_hex(&opened.text));
    assert_eq!(receipt.sha256, opened.sha256);
    assert_eq!(receipt.format, "md.age");
    assert_eq!(receipt.recipient, Some(coach.unlocked().recipient()));
    assert_eq!(receipt.scope, scope);
    assert!(
        opened.text.contains("Summary for your coach"),
        "English labels"
    );
}

#[test]
fn debian_age_opens_the_export_with_the_coach_identity() {
    // CI installs Debian's age (see .ci/run); without it this test fails rather than pass unseen.
    assert!(
        Command::new("age").arg("--version").output().is_ok(),
        "the age command is needed: apt-get install age"
    );
    let tmp = tempfile::tempdir().expect("tmp");
    let (_coachee, coach, _id, prepared) =
        share_one(&tmp.path().join("coachee"), &tmp.path().join("coach"));
    assert!(
        prepared
            .file_text
            .starts_with("-----BEGIN AGE ENCRYPTED FILE-----")
    );
    let file = tmp
        .path()
        .join(format!("summary.{}", prepared.file_extension));
    write_export(&file, &prepared, false).expect("write");
    let identity = tmp.path().join("coach.txt");
    std::fs::write(
        &identity,
        coach.unlocked().identity_file_text().expose_secret(),
    )
    .expect("identity");
    let out = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&identity)
        .arg(&file)
        .output()
        .expect("age runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // What age shows is the shared text and the coachee's signature line after it.
    let shown = String::from_utf8(out.stdout).expect("utf-8");
    let signature = shown.strip_prefix(prepared.shared_text.as_str());
    assert!(
        signature
            .is_some_and(|l| l.starts_with("<!-- signature: ed25519:") && l.lines().count() == 1),
        "{shown}"
    );
}

#[test]
fn tampered_truncated_and_foreign_exports_are_refused() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut coachee = new_session(&tmp.path().join("coachee"));
    let coach = new_session(&tmp.path().join("coach"));
    let id = coachee.save_entry(None, marked(1), NOW).expect("save");
    let to = |s: &Session| Output::Encrypted {
        recipient: s.unlocked().recipient(),
    };
    let scope = one(&id, Parts::default());
    let content = content();
    let prepared = export(
        &mut coachee,
        &scope,
        &consent(),
        &to(&coach),
        &content,
        Lang::Nl,
        NOW,
    )
    .expect("export");
    let armored = prepared.file_text.as_bytes();
    assert!(open_summary(armored, coach.unlocked()).is_ok());

    // Flip one base64 character in the body (payload, not the recipient line).
    let lines: Vec<&str> = prepared.file_text.lines().collect();
    let body_line = lines.len() - 3;
    let mut flipped = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i == body_line {
            let mut b = line.as_bytes().to_vec();
            b[10] = if b[10] == b'A' { b'B' } else { b'A' };
            flipped.push_str(std::str::from_utf8(&b).expect("ascii"));
        } else {
            flipped.push_str(line);
        }
        flipped.push('\n');
    }
    assert!(matches!(
        open_summary(flipped.as_bytes(), coach.unlocked()),
        Err(ExportError::Tampered)
    ));
    let half = &armored[..armored.len() / 2];
    assert!(matches!(
        open_summary(half, coach.unlocked()),
        Err(ExportError::Tampered)
    ));
    let no_end = &armored[..armored.len() - 40];
    assert!(matches!(
        open_summary(no_end, coach.unlocked()),
        Err(ExportError::Tampered)
    ));
    // Mail may turn line ends into CRLF: that is no tampering.
    let crlf = prepared.file_text.replace('\n', "\r\n");
    assert!(open_summary(crlf.as_bytes(), coach.unlocked()).is_ok());

    // Encrypted to the coachee's own key: the coach cannot open it.
    let own_key = to(&coachee);
    let own = export(
        &mut coachee,
        &scope,
        &consent(),
        &own_key,
        &content,
        Lang::Nl,
        NOW,
    )
    .expect("export");
    assert!(matches!(
        open_summary(own.file_text.as_bytes(), coach.unlocked()),
        Err(ExportError::NotForYou)
    ));
    assert!(matches!(
        open_summary(b"# just some markdown\n", coach.unlocked()),
        Err(ExportError::NotASummary)
    ));
    let not_summary = ambtelijke_ruimte::export::encrypt_armored(
        "hello",
        &ambtelijke_ruimte::export::parse_recipient(&coach.unlocked().recipient()).expect("key"),
    )
    .expect("encrypt");
    assert!(matches!(
        open_summary(not_summary.as_bytes(), coach.unlocked()),
        Err(ExportError::NotASummary)
    ));
}

#[test]
fn feedback_travels_back_to_the_right_entry() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("coachee");
    let (mut coachee, coach, id, prepared) = share_one(&dir, &tmp.path().join("coach"));
    let summary = open_summary(prepared.file_text.as_bytes(), coach.unlocked()).expect("opens");
    let (entry_id, _) = summary.entries.first().expect("one entry").clone();
    let file = feedback_file(
        &summary,
        "Kim",
        vec![
            (
                entry_id.clone(),
                "Sterk dat je de vertrouwenspersoon zocht.".into(),
            ),
            ("01UNKNOWN0000000000000000".into(), "elders".into()),
        ],
        NOW + 60,
    )
    .expect("feedback");
    assert!(file.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    // Only the coachee can read it.
    assert!(matches!(
        import_feedback(
            file.as_bytes(),
            &mut new_session(&tmp.path().join("other")),
            NOW
        ),
        Err(ExportError::NotForYou)
    ));
    let saved = import_feedback(file.as_bytes(), &mut coachee, NOW + 120).expect("import");
    assert_eq!(saved, 1, "the unknown entry id is skipped");
    drop(coachee);
    let again = reopen(&dir);
    let fb = &again.feedback.last().expect("kept").body;
    assert_eq!(fb.entry_id, id);
    assert_eq!(fb.text, "Sterk dat je de vertrouwenspersoon zocht.");
    assert_eq!(fb.coach, "Kim");
    assert_eq!(fb.written, NOW + 60);
    assert_eq!(fb.export_sha256, prepared.record.sha256);
}

fn profile() -> Profile {
    Profile {
        scores: (0..10).map(|i| DimScore::Score(10.0 * i as f32)).collect(),
        bands: vec![Some(5.0); 10],
        boards: Board::ALL
            .iter()
            .map(|b| BoardPosition {
                board: *b,
                position: Some(0.5),
            })
            .collect(),
        comfort_zone: Vec::new(),
        weakest: Vec::new(),
    }
}

#[test]
fn consent_and_a_selection_are_required_and_the_profile_goes_only_when_chosen() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut s = new_session(&tmp.path().join("v"));
    let content = content();
    let plain = Output::PlainMarkdown;
    let run = |scope: &Scope, consent: &Consent, s: &mut Session| {
        export(s, scope, consent, &plain, &content, Lang::Nl, NOW)
    };
    let profile_only = Scope {
        profile: true,
        ..Scope::default()
    };
    // No questionnaire yet: nothing to share.
    assert!(matches!(
        run(&profile_only, &consent(), &mut s),
        Err(ExportError::NothingSelected)
    ));
    s.save_take(
        Take {
            questionnaire: "q".into(),
            completed: NOW - 10,
            answers: Default::default(),
            profile: profile(),
        },
        NOW,
    )
    .expect("take");
    let unconfirmed = Consent {
        confirmed: false,
        ..consent()
    };
    assert!(matches!(
        run(&profile_only, &unconfirmed, &mut s),
        Err(ExportError::NotConfirmed)
    ));
    let no_coach = Consent {
        coach: " ".into(),
        ..consent()
    };
    assert!(matches!(
        run(&profile_only, &no_coach, &mut s),
        Err(ExportError::NoCoach)
    ));
    let no_purpose = Consent {
        purpose: String::new(),
        ..consent()
    };
    assert!(matches!(
        run(&profile_only, &no_purpose, &mut s),
        Err(ExportError::NoPurpose)
    ));
    let missing = one("01NOTTHERE000000000000000", Parts::default());
    assert!(matches!(
        run(&missing, &consent(), &mut s),
        Err(ExportError::NothingSelected)
    ));
    assert!(s.consents.is_empty(), "a refused export keeps no receipt");

    let p = run(&profile_only, &consent(), &mut s).expect("profile only");
    assert_eq!(p.file_extension, "md");
    assert!(
        p.shared_text.contains("## Profiel uit de vragenlijst"),
        "{}",
        p.shared_text
    );
    let engaged = &content
        .stance(ambtelijke_ruimte::content::Stance::Engaged)
        .name
        .nl;
    assert!(
        p.shared_text.contains(&format!("- {engaged}: 0 ± 5")),
        "{}",
        p.shared_text
    );
    // The stances side by side: none of 0, 10 and 20 (band 5) is clearly present.
    assert!(
        p.shared_text
            .contains("### Houdingen naast elkaar\n\n**Duidelijk aanwezig:** –"),
        "{}",
        p.shared_text
    );
    assert_eq!(s.consents.len(), 1);

    let id = s.save_entry(None, marked(1), NOW).expect("save");
    let html = export(
        &mut s,
        &one(&id, Parts::default()),
        &consent(),
        &Output::Html,
        &content,
        Lang::Nl,
        NOW,
    )
    .expect("html");
    assert_eq!(html.file_extension, "html");
    assert_eq!(html.file_text, html.shared_text);
    assert_eq!(html.record.sha256, sha256_hex(&html.shared_text));
    assert!(
        html.shared_text
            .contains(&format!("<h2 id=\"entry-{id}\">zq1titlezq</h2>"))
    );
    assert!(
        !html.shared_text.contains("Profiel"),
        "profile not chosen this time"
    );
}

#[test]
fn user_text_cannot_pose_as_an_entry_heading() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut s = new_session(&tmp.path().join("v"));
    let mut e = marked(1);
    e.dilemma = "## Nep {#entry-01FAKE}\n# kop".into();
    let id = s.save_entry(None, e, NOW).expect("save");
    let key = s.unlocked().recipient();
    let p = export(
        &mut s,
        &one(&id, Parts::default()),
        &consent(),
        &Output::Encrypted { recipient: key },
        &content(),
        Lang::Nl,
        NOW,
    )
    .expect("export");
    let opened = open_summary(p.file_text.as_bytes(), s.unlocked()).expect("own key opens");
    assert_eq!(opened.entries, [(id, "zq1titlezq".to_owned())]);
}

#[test]
fn write_export_is_private_and_never_overwrites_by_accident() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut s = new_session(&tmp.path().join("v"));
    let id = s.save_entry(None, marked(1), NOW).expect("save");
    let p = export(
        &mut s,
        &one(&id, Parts::default()),
        &consent(),
        &Output::PlainMarkdown,
        &content(),
        Lang::Nl,
        NOW,
    )
    .expect("export");
    let file = tmp.path().join("s.md");
    write_export(&file, &p, false).expect("write");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), p.file_text);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert!(matches!(
        write_export(&file, &p, false),
        Err(ExportError::Exists(_))
    ));
    write_export(&file, &p, true).expect("overwrite when asked");
    let names: Vec<_> = std::fs::read_dir(tmp.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names.len(), 2, "no temp file left: {names:?}");
}

// ---- the `ruimte` binary ----

/// The binary with this file's passphrase.
fn ruimte(dir: &Path, args: &[&str], stdin: &str) -> (i32, String, String) {
    common::ruimte(dir, args, stdin, Some(PASS))
}

fn recipient_of(dir: &Path) -> String {
    let text = std::fs::read_to_string(dir.join("vault.ron")).expect("vault.ron");
    let start = text.find("age1").expect("a recipient");
    text[start..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect()
}

#[test]
fn cli_export_open_export_plain_warning_and_usage_errors() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (coachee, coach) = (tmp.path().join("coachee"), tmp.path().join("coach"));
    for d in [&coachee, &coach] {
        let (code, _, err) = ruimte(d, &["init"], "");
        assert_eq!(code, 0, "{err}");
    }
    let (code, id, err) = ruimte(
        &coachee,
        &[
            "add",
            "--title",
            "Warmtenet in Wassenberg",
            "--tactic",
            "weigeren",
        ],
        "De wethouder van Wassenberg wil snelheid.\n",
    );
    assert_eq!(code, 0, "{err}");
    let id = id.trim();
    // A capture made while locked is exported only once the user adopted it.
    let (code, _, err) = ruimte(&coachee, &["adopt", "--all"], "");
    assert_eq!(code, 0, "{err}");
    let key = recipient_of(&coach);
    let file = tmp.path().join("samenvatting.md.age");
    let f = file.to_str().expect("utf-8");
    let args = [
        "export",
        "--to",
        &key,
        "--coach",
        "Kim",
        "--purpose",
        "intervisie",
        "--entry",
        id,
        "--redact",
        "wassenberg",
        "-o",
        f,
    ];
    let (code, out, err) = ruimte(&coachee, &args, "");
    assert_eq!(code, 0, "{err}");
    assert!(err.is_empty(), "no warning when encrypted: {err}");
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some(f));
    let sha = lines
        .next()
        .and_then(|l| l.strip_prefix("sha256 "))
        .expect("hash line");
    assert!(
        std::fs::read_to_string(&file)
            .expect("file")
            .starts_with("-----BEGIN AGE")
    );

    let (code, text, err) = ruimte(&coach, &["open-export", f], "");
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        sha256_hex(&text),
        sha,
        "the coach reads exactly what was hashed"
    );
    assert!(
        text.contains("Warmtenet in […]") && !fold(&text).contains("wassenberg"),
        "{text}"
    );

    // The coachee's own vault cannot open what went to the coach.
    let (code, _, err) = ruimte(&coachee, &["open-export", f], "");
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("someone else"), "{err}");
    let mut bytes = std::fs::read(&file).expect("read");
    let at = bytes.len() - 60;
    bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
    let damaged = tmp.path().join("damaged.md.age");
    std::fs::write(&damaged, bytes).expect("write");
    let (code, _, err) = ruimte(
        &coach,
        &["open-export", damaged.to_str().expect("utf-8")],
        "",
    );
    assert_eq!(code, 1);
    assert!(
        err.starts_with("ruimte: this file was changed or damaged"),
        "{err}"
    );

    // Refuses to overwrite, before asking for anything.
    let (code, _, err) = ruimte(&coachee, &args, "");
    assert_eq!(code, 1);
    assert!(err.contains("already exists"), "{err}");

    let plain = tmp.path().join("s.md");
    let p = plain.to_str().expect("utf-8");
    let (code, _, err) = ruimte(
        &coachee,
        &[
            "export",
            "--plain",
            "--coach",
            "Kim",
            "--purpose",
            "p",
            "--all",
            "-o",
            p,
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("NOT encrypted"), "{err}");
    assert!(
        std::fs::read_to_string(&plain)
            .expect("md")
            .contains("Wassenberg")
    );

    for (bad, why) in [
        (
            vec![
                "export",
                "--to",
                &key,
                "--coach",
                "K",
                "--purpose",
                "p",
                "--all",
            ],
            "-o FILE",
        ),
        (
            vec!["export", "--to", &key, "--purpose", "p", "--all", "-o", "x"],
            "--coach",
        ),
        (
            vec!["export", "--to", &key, "--coach", "K", "--all", "-o", "x"],
            "--purpose",
        ),
        (
            vec![
                "export",
                "--to",
                &key,
                "--coach",
                "K",
                "--purpose",
                "p",
                "-o",
                "x",
            ],
            "--profile",
        ),
    ] {
        let (code, _, err) = ruimte(&coachee, &bad, "");
        assert_eq!(code, 2, "{bad:?}: {err}");
        assert!(err.contains(why), "{err}");
    }
}
