//! `ruimte open-export FILE -o x.pdf`: the coach prints a summary after the same sender checks
//! as reading it; the PDF holds the summary's text, with Dutch diacritics, and none of its
//! machine parts (front matter, anchors, comments). Needs poppler's pdftotext (fails without).

mod common;

use std::path::Path;
use std::sync::Arc;

use ambtelijke_ruimte::content::Lang;
use ambtelijke_ruimte::export::{Consent, Output, Parts, Scope, Selection, prepare_export};
use ambtelijke_ruimte::journal::{Date, Entry};
use ambtelijke_ruimte::session::Session;
use ambtelijke_ruimte::vault::{SecretString, Vault};
use common::{PASS, content, ruimte};

/// The PDF's text with every run of whitespace made one space.
fn text_of(pdf: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext is needed (apt-get install poppler-utils): {e}"));
    assert!(out.status.success());
    let raw = String::from_utf8_lossy(&out.stdout);
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn session(dir: &Path) -> Session {
    let pass = SecretString::from(PASS.to_owned());
    let (vault, _) = Vault::create_with_work_factor_for_tests(dir, &pass, 10).expect("create");
    Session::unlock(Arc::new(vault), &pass).expect("unlock")
}

/// Anne's summary of one entry ("Warmtenet in de wijk"), encrypted to `recipient`, written to
/// `file`; returns the entry's id.
fn annes_summary(anne: &mut Session, recipient: String, file: &Path) -> String {
    let now = 1_780_000_000;
    let mut entry = Entry::new("Warmtenet in de wijk", Date::from_unix(now));
    entry.dilemma = "Het café wil meedoen; één wethouder is geïnteresseerd.".into();
    let id = anne.save_entry(None, entry, now).expect("save");
    let scope = Scope {
        entries: vec![Selection {
            entry_id: id.clone(),
            parts: Parts::default(),
        }],
        ..Scope::default()
    };
    let consent = Consent {
        coach: "Kim".into(),
        purpose: "intervisie".into(),
        delete_after: None,
        confirmed: true,
    };
    let output = Output::Encrypted { recipient };
    let text = prepare_export(anne, &scope, &consent, &output, &content(), Lang::Nl, now)
        .expect("export")
        .file_text;
    std::fs::write(file, text).expect("write");
    id
}

#[test]
fn open_export_prints_the_summary_without_front_matter_or_anchors() {
    let tmp = tempfile::tempdir().expect("tmp");
    let coach_dir = tmp.path().join("coach");
    let mut anne = session(&tmp.path().join("anne"));
    let coach = session(&coach_dir);
    let file = tmp.path().join("van-anne.md.age");
    let id = annes_summary(&mut anne, coach.unlocked().recipient(), &file);
    drop(coach);
    let pdf = tmp.path().join("samenvatting.pdf");
    let (code, out, err) = ruimte(
        &coach_dir,
        &[
            "open-export",
            file.to_str().expect("utf-8"),
            "--from",
            "Anne",
            "-o",
            pdf.to_str().expect("utf-8"),
        ],
        "",
        Some(PASS),
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("samenvatting.pdf") && !out.contains("café"),
        "{out}"
    );
    let text = text_of(&pdf);
    for w in [
        "Warmtenet in de wijk",
        "Het café wil meedoen; één wethouder is geïnteresseerd.",
        "Van: Anne",
        "Voor Kim · doel: intervisie",
    ] {
        assert!(text.contains(w), "{w:?} not in {text}");
    }
    for w in ["{#entry-", "reply-to", "coach:", "<!--", "---", "**", &id] {
        assert!(!text.contains(w), "{w:?} in {text}");
    }
    // Its fonts are embedded subsets too.
    let fonts = std::process::Command::new("pdffonts")
        .arg(&pdf)
        .output()
        .unwrap_or_else(|e| panic!("pdffonts is needed (apt-get install poppler-utils): {e}"));
    let fonts = String::from_utf8_lossy(&fonts.stdout).into_owned();
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    assert!(rows.iter().all(|r| r.contains(" yes yes ")), "{fonts}");
    // Not twice over an existing file.
    let (code, _, err) = ruimte(
        &coach_dir,
        &[
            "open-export",
            file.to_str().expect("utf-8"),
            "-o",
            pdf.to_str().expect("utf-8"),
        ],
        "",
        Some(PASS),
    );
    assert_eq!(code, 1);
    assert!(err.contains("already exists"), "{err}");
}

/// A coach who made a coach key in the app has no journal: `open-export` opens with the coach
/// key (in `<data-dir>/coach-key`), and prefers it to a journal when there are both, as the
/// app does. Without either it says what to make.
#[test]
fn open_export_uses_the_coach_key_when_there_is_one() {
    let tmp = tempfile::tempdir().expect("tmp");
    let coach_dir = tmp.path().join("coach");
    let mut anne = session(&tmp.path().join("anne"));
    let file = tmp.path().join("van-anne.md.age");
    let args = [
        "open-export",
        file.to_str().expect("utf-8"),
        "--from",
        "Anne",
    ];

    let key = session(&coach_dir.join("coach-key"));
    annes_summary(&mut anne, key.unlocked().recipient(), &file);
    drop(key);
    let (code, _, err) = ruimte(&tmp.path().join("nobody"), &args, "", Some(PASS));
    assert_eq!(code, 1, "{err}");
    assert!(
        err.starts_with("ruimte: no coach key and no vault"),
        "{err}"
    );

    let (code, out, err) = ruimte(&coach_dir, &args, "", Some(PASS));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Het café wil meedoen"), "{out}");

    // A journal beside the coach key: the summary still opens with the coach key.
    drop(session(&coach_dir));
    let (code, out, err) = ruimte(&coach_dir, &args, "", Some(PASS));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Het café wil meedoen"), "{out}");
}
