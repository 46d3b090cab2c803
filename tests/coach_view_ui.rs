//! The coach reads a summary rendered, not as raw Markdown: no front matter, no comments, no
//! entry anchors; above it whose summary it is, when it was shared and until when it may be
//! kept. The coachee's preview at the consent step grows with the window.

mod common;

use common::sharing::open_as_coach;

use std::path::{Path, PathBuf};

use ambtelijke_ruimte::export::{Parts, Selection};
use ambtelijke_ruimte::journal::{Date, Entry};
use ambtelijke_ruimte::session::Session;
use ambtelijke_ruimte::ui::{App, S, Screen, SettingsCmd};
use common::{harness, harness_sized, nl, press, test_session, wait_for_worker};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const NOW: i64 = 1_780_000_000;

/// `from` shares one entry (with a list of tactics and a bold field) with `coach_key`.
fn share(from: &mut Session, title: &str, coach_key: &str, dir: &Path) -> PathBuf {
    let mut entry = Entry::new(title, Date::from_unix(NOW));
    entry.dilemma = "De wethouder aarzelt over het tracé.".into();
    entry.stakeholders = vec!["wethouder".into()];
    entry.tactics = vec!["loyale-tegenspraak".into()];
    let consent = common::sharing::kim(Date::parse("2099-09-01"));
    let text = common::sharing::shared_text(from, entry, coach_key, &consent, NOW);
    let path = dir.join(format!("{title}.md.age"));
    std::fs::write(&path, text).expect("write");
    path
}

/// A coach on the Coach tab with Anne's summary ("Warmtenet") opened; both vaults in `root`.
fn coach_reading_annes_summary(root: &Path) -> Harness<'static, App> {
    let mut anne = test_session(&root.join("anne"));
    let coach_root = root.join("coach");
    let coach = test_session(&coach_root);
    let key = coach.unlocked().recipient();
    let mut h = harness(&coach_root, Some(coach), Some(Screen::Shared), 2200.0, 0.25);
    press(&mut h, "Coach");
    wait_for_worker(&mut h);
    let file = share(&mut anne, "Warmtenet", &key, root);
    open_as_coach(&mut h, &file, "Anne");
    h
}

#[test]
fn the_coach_reads_the_summary_rendered_with_whose_it_is_and_its_dates() {
    let tmp = tempfile::tempdir().expect("tmp");
    let h = coach_reading_annes_summary(tmp.path());

    h.get_by_label("Samenvatting van Anne");
    h.get_by_label("Van wie");
    // In the summary's header and in the inbox row above it.
    for shown in ["Anne", &Date::from_unix(NOW).to_string(), "2099-09-01"] {
        assert_eq!(h.query_all_by_label(shown).count(), 2, "{shown}");
    }
    h.get_by_label("intervisie");
    // Headings without their marks or anchors; bold without stars.
    h.get_by_label("Warmtenet");
    h.get_by_label("Het dilemma");
    h.get_by_label("Betrokkenen:");
    h.get_by_label_contains("De wethouder aarzelt over het tracé.");
    h.get_by_label("Jouw reactie aan Anne");
    for raw in ["{#entry-", "<!--", "---", "## ", "**", "coach:", "reply-to"] {
        let found: Vec<String> = h
            .query_all_by_label_contains(raw)
            .map(|n| format!("{n:?}"))
            .collect();
        assert!(found.is_empty(), "{raw} shown: {found:?}");
    }
    assert!(
        h.query_by_label("Naam van je coach").is_none(),
        "the coach is not addressed as the coachee"
    );
}

/// The wizard at its consent step, in a window `height` points tall, previewing one entry
/// whose dilemma is eighty short paragraphs.
fn consent_step(root: &Path, height: f32) -> Harness<'static, App> {
    let mut session = test_session(root);
    let mut entry = Entry::new("Lang dilemma", Date::from_unix(NOW));
    entry.dilemma = (1..=80)
        .map(|i| format!("Regel {i} van een lang dilemma."))
        .collect::<Vec<_>>()
        .join("\n\n");
    let id = session.save_entry(None, entry, NOW).expect("save");
    let mut h = harness_sized(
        root,
        Some(session),
        Some(Screen::Shared),
        [1180.0, height],
        0.25,
    );
    h.state_mut().shared_mut().scope.entries = vec![Selection {
        entry_id: id,
        parts: Parts::default(),
    }];
    h.run();
    press(&mut h, "Volgende");
    press(&mut h, "Volgende");
    h
}

/// How many paragraphs of the long dilemma the consent preview shows at once: those lying
/// whole between the preview's title and the tick below the box (what lies further down the
/// box's content is scrolled out of sight).
fn preview_lines_shown(height: f32) -> usize {
    let tmp = tempfile::tempdir().expect("tmp");
    let h = consent_step(tmp.path(), height);
    let title = h
        .get_by_label("Voorvertoning: precies deze tekst wordt gedeeld")
        .rect()
        .min
        .y;
    let tick = h
        .get_by_label("Ik deel precies deze voorvertoning")
        .rect()
        .min
        .y;
    h.query_all_by_label_contains("van een lang dilemma.")
        .filter(|n| n.rect().min.y >= title && n.rect().max.y <= tick)
        .count()
}

#[test]
fn the_consent_preview_shows_as_much_of_the_summary_as_the_window_allows() {
    let small = preview_lines_shown(700.0);
    let large = preview_lines_shown(1400.0);
    assert!(
        small >= 4,
        "a usable preview in a small window: {small} lines"
    );
    assert!(
        large >= small + 10,
        "the preview shows more in a taller window: {small} → {large} lines"
    );
}

/// The height of the single-line label `label`.
fn line_height(h: &Harness<'_, App>, label: &str) -> f32 {
    h.get_by_label(label).rect().height()
}

#[test]
fn a_rendered_summarys_headings_sit_below_the_pages_own() {
    let tmp = tempfile::tempdir().expect("tmp");
    // The coach's view.
    let h = coach_reading_annes_summary(tmp.path());
    let page = line_height(&h, nl(S::SharedTitle));
    let section = line_height(&h, nl(S::OpenSummaryTitle));
    assert!(section < page, "{section} < {page}");
    for heading in ["Samenvatting voor je coach", "Warmtenet", "Het dilemma"] {
        let size = line_height(&h, heading);
        assert!(
            size < section,
            "{heading}: {size} ≥ the section's {section}"
        );
    }
    // The consent preview.
    let h = consent_step(&tmp.path().join("preview"), 1400.0);
    let section = line_height(&h, nl(S::StepConsent));
    for heading in ["Samenvatting voor je coach", "Lang dilemma"] {
        let size = line_height(&h, heading);
        assert!(
            size < section,
            "{heading}: {size} ≥ the section's {section}"
        );
    }
}

#[test]
fn after_open_the_summarys_top_is_on_screen_at_text_size_2() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut anne = test_session(&tmp.path().join("anne"));
    let coach_root = tmp.path().join("coach");
    let coach = test_session(&coach_root);
    let key = coach.unlocked().recipient();
    let mut h = harness_sized(
        &coach_root,
        Some(coach),
        Some(Screen::Shared),
        [1024.0, 700.0],
        0.25,
    );
    h.state_mut().push(SettingsCmd::SetTextScale(2.0));
    h.run();
    press(&mut h, "Coach");
    wait_for_worker(&mut h);
    let file = share(&mut anne, "Warmtenet", &key, tmp.path());
    open_as_coach(&mut h, &file, "Anne");
    // The inbox is listed again with the summary in it.
    wait_for_worker(&mut h);
    let top = h.get_by_label("Samenvatting van Anne").rect();
    let window = h.ctx.content_rect();
    assert!(
        top.min.y >= window.min.y && top.max.y <= window.max.y,
        "the summary's title at {top:?}, the window {window:?}"
    );
}

#[test]
fn the_coach_prints_a_summary_with_whose_it_is_on_the_worker() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut h = coach_reading_annes_summary(tmp.path());
    press(&mut h, "Afdrukken / PDF");
    let pdf = tmp.path().join("samenvatting anne.pdf");
    h.state_mut().shared_mut().print.path = pdf.display().to_string();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::Button, "PDF maken")
        .click_accesskit();
    h.step();
    assert!(h.state().busy(), "the PDF is made on the worker");
    wait_for_worker(&mut h);
    let out = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext is needed (apt-get install poppler-utils): {e}"));
    assert!(out.status.success(), "the PDF was written and reads");
    let text = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for shown in [
        "Anne",
        "Warmtenet",
        "De wethouder aarzelt over het tracé.",
        "intervisie",
    ] {
        assert!(text.contains(shown), "{shown} missing from: {text}");
    }
    assert!(!text.contains("{#entry-"), "no anchors on paper: {text}");
}

#[test]
fn a_print_result_stays_with_the_summary_it_was_made_of() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut h = coach_reading_annes_summary(tmp.path());
    press(&mut h, "Afdrukken / PDF");
    let pdf = tmp.path().join("warmtenet.pdf");
    h.state_mut().shared_mut().print.path = pdf.display().to_string();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::Button, "PDF maken")
        .click_accesskit();
    wait_for_worker(&mut h);
    let saved = nl(S::PrintDone).replace("{}", &pdf.display().to_string());
    h.get_by_label(&saved);

    // Another summary opened: the form starts afresh, without the first one's result.
    let mut bert = test_session(&tmp.path().join("bert"));
    let key = h
        .state()
        .vault()
        .session()
        .map(|s| s.unlocked().recipient())
        .expect("the coach's vault is open");
    let file = share(&mut bert, "Zonnepark", &key, tmp.path());
    open_as_coach(&mut h, &file, "Bert");
    h.get_by_label("Samenvatting van Bert");
    assert!(
        h.query_by_label(&saved).is_none(),
        "Anne's PDF shown with Bert's summary"
    );
    assert!(
        h.query_by_label("PDF maken").is_none(),
        "the form is closed"
    );
}
