//! "Print / PDF" in the app: the profile screen and the recovery code send the PDF to the
//! worker (never made in a frame), report the file, and refuse to write over one. The PDFs
//! are read back with poppler's pdftotext (the tests fail without it).

mod common;

use std::path::Path;

use ambtelijke_ruimte::content::Lang;
use ambtelijke_ruimte::report::reading;
use ambtelijke_ruimte::ui::{S, Screen};
use common::{harness, nl, press, test_session, wait_for_worker};
use egui_kittest::kittest::Queryable;

/// Replaces what the path field holds with `path`.
fn set_path(h: &mut egui_kittest::Harness<'_, ambtelijke_ruimte::ui::App>, path: &Path) {
    h.get_by_label(nl(S::PrintPath)).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label(nl(S::PrintPath))
        .type_text(path.to_str().expect("utf-8"));
    h.run();
}

fn pdftotext(pdf: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext is needed (apt-get install poppler-utils): {e}"));
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn done(path: &Path) -> String {
    nl(S::PrintDone).replace("{}", &path.display().to_string())
}

#[test]
fn print_on_the_profile_sends_the_job_to_the_worker_and_reports_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness(dir.path(), None, Some(Screen::Welcome), 3000.0, 0.1);
    common::answer_all_and_open_the_profile(&mut h);
    press(&mut h, nl(S::PrintPdf));
    let pdf = dir.path().join("mijn profiel.pdf");
    set_path(&mut h, &pdf);
    h.get_by_role_and_label(egui::accesskit::Role::Button, nl(S::PrintWrite))
        .click_accesskit();
    h.step();
    assert!(
        h.state().busy(),
        "the PDF is made on the worker, not in the frame"
    );
    wait_for_worker(&mut h);
    h.get_by_label(&done(&pdf));
    h.get_by_role_and_label(egui::accesskit::Role::Button, nl(S::PrintOpen));
    let text = pdftotext(&pdf);
    assert!(
        text.contains("Jouw houding") && text.contains("Scores per dimensie"),
        "{text}"
    );
    // Screen and paper read the profile in the same words.
    let profile = h.state().profile().expect("profile");
    let said = reading::stances(&profile, &common::content(), Lang::Nl).expect("scored");
    h.get_by_label(&said);
    assert!(text.contains(&said), "{said:?} not in {text}");

    // A second time to the same name: refused, the first file stays.
    let before = std::fs::read(&pdf).expect("pdf");
    h.get_by_role_and_label(egui::accesskit::Role::Button, nl(S::PrintWrite))
        .click_accesskit();
    h.step();
    wait_for_worker(&mut h);
    assert!(
        h.query_by_label_contains("bestaat al").is_some(),
        "the form says the file exists"
    );
    assert_eq!(std::fs::read(&pdf).expect("pdf"), before);

    // Another answer makes another profile: the form closes, without the last one's result.
    let item = h.state().questionnaire().expect("questionnaire").items[0]
        .id()
        .to_owned();
    h.state_mut().push(ambtelijke_ruimte::ui::QuizCmd::Answer(
        item,
        ambtelijke_ruimte::assessment::Answer::Likert(1),
    ));
    h.run();
    assert!(h.query_by_label_contains("bestaat al").is_none());
    assert!(
        h.query_by_label(nl(S::PrintWrite)).is_none(),
        "the form is closed"
    );
}

#[test]
fn the_recovery_code_can_be_copied_and_printed_with_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = test_session(dir.path());
    let mut h = harness(
        dir.path(),
        Some(session),
        Some(Screen::Settings),
        2000.0,
        0.1,
    );
    press(&mut h, nl(S::NewRecovery));
    wait_for_worker(&mut h);
    h.get_by_label(nl(S::RecoveryShowTitle));
    h.get_by_label(nl(S::RecoveryPaperSecret));
    h.get_by_role_and_label(egui::accesskit::Role::Button, nl(S::RecoveryCopy))
        .click_accesskit();
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .any(|c| matches!(c, egui::OutputCommand::CopyText(t) if t.len() > 20));
    assert!(copied, "the code went to the clipboard");
    h.run();
    h.get_by_label(nl(S::RecoveryCopied));
    press(&mut h, nl(S::PrintPdf));
    let pdf = dir.path().join("herstelcode.pdf");
    set_path(&mut h, &pdf);
    press(&mut h, nl(S::PrintWrite));
    wait_for_worker(&mut h);
    h.get_by_label(&done(&pdf));
    let text = pdftotext(&pdf);
    assert!(text.contains("Herstelcode van je kluis"), "{text}");
    assert!(
        text.contains("net zo geheim als je wachtwoordzin"),
        "{text}"
    );
}

/// Without a user-dirs file (no XDG documents folder), a PDF and an export go to the Dutch or
/// English documents folder in home when there is one, as the file picker's "Documenten" does;
/// not to home itself. Run in a child process with HOME in a temp folder.
#[test]
fn without_xdg_dirs_pdfs_and_exports_default_to_the_documents_folder_in_home() {
    let home = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(home.path().join("Documenten")).expect("mkdir");
    let out = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "child_default_folders",
            "--exact",
            "--ignored",
            "--test-threads=1",
        ])
        .env_remove("XDG_DOCUMENTS_DIR")
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join(".config"))
        .env("RUIMTE_PRINT_CHILD", "1")
        .output()
        .expect("runs the child test");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && text.contains("1 passed"),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
#[ignore = "run by without_xdg_dirs_pdfs_and_exports_default_to_the_documents_folder_in_home"]
fn child_default_folders() {
    assert_eq!(std::env::var("RUIMTE_PRINT_CHILD").as_deref(), Ok("1"));
    let home = std::path::PathBuf::from(std::env::var("HOME").expect("HOME is set"));
    let documents = home.join("Documenten");
    assert_eq!(
        ambtelijke_ruimte::listing::places().documents.as_deref(),
        Some(documents.as_path())
    );
    assert_eq!(
        ambtelijke_ruimte::report::default_pdf_path("profiel.pdf"),
        documents.join("profiel.pdf")
    );
    assert_eq!(ambtelijke_ruimte::paths::export_dir(), documents);
}
