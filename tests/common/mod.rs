//! Helpers shared by the UI test files: a cheap unlocked vault, the app around it, and the
//! gestures (press, type, wait for the worker).

// Each test file uses part of these.
#![allow(dead_code)]

pub mod drafts;
pub mod layout;
pub mod sharing;

use std::io::Write;
use std::path::Path;
use std::process::{Command as Process, Stdio};
use std::sync::Arc;
use std::time::Duration;

use ambtelijke_ruimte::content::{Content, Lang};
use ambtelijke_ruimte::paths::Dirs;
use ambtelijke_ruimte::session::Session;
use ambtelijke_ruimte::ui::{App, NavCmd, S, Screen, SettingsCmd, open_vault_state};
use ambtelijke_ruimte::vault::{SecretString, Vault};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The passphrase of every test vault.
pub const PASS: &str = "zonnepaneel-kastanje-fiets-regenjas";

/// The embedded content.
pub fn content() -> Content {
    Content::embedded().expect("embedded content is valid")
}

/// A vault in `root/data` with a low work factor (tests only), unlocked.
pub fn test_session(root: &Path) -> Session {
    let pass = SecretString::from(PASS.to_owned());
    let (vault, _) =
        Vault::create_with_work_factor_for_tests(&root.join("data"), &pass, 10).expect("create");
    let unlocked = vault.unlock(&pass).expect("unlock");
    Session::open(Arc::new(vault), unlocked)
}

/// The app on `root` in Dutch, with `session` unlocked if given, opened on `screen` if given;
/// each step advances the clock by `step_secs`.
pub fn harness(
    root: &Path,
    session: Option<Session>,
    screen: Option<Screen>,
    height: f32,
    step_secs: f32,
) -> Harness<'static, App> {
    harness_sized(root, session, screen, [1180.0, height], step_secs)
}

/// As [`harness`], in a window of `size` points.
pub fn harness_sized(
    root: &Path,
    session: Option<Session>,
    screen: Option<Screen>,
    size: [f32; 2],
    step_secs: f32,
) -> Harness<'static, App> {
    let dirs = Dirs {
        config: root.join("config"),
        data: root.join("data"),
    };
    let mut h = Harness::builder()
        .with_size(size)
        .with_step_dt(step_secs)
        .build_eframe(move |cc| {
            let mut app = App::new(cc, content(), dirs);
            if let Some(s) = session {
                *app.vault_mut() = open_vault_state(s);
            }
            app.push(SettingsCmd::SetLang(Lang::Nl));
            if let Some(screen) = screen {
                app.push(NavCmd::Go(screen));
            }
            app
        });
    h.run();
    h
}

/// Presses a button the way a screen reader does (works where it is scrolled out of view).
pub fn press(h: &mut Harness<'_, App>, label: &str) {
    h.get_by_role_and_label(Role::Button, label)
        .click_accesskit();
    h.step();
    // Work handed to the background worker shows a spinner: `wait_for_worker` settles it.
    if !h.state().busy() {
        h.run();
    }
}

/// Scrolls a button into view and clicks it with the pointer, as a user does; a click may
/// start the worker, whose spinner keeps repainting.
pub fn click(h: &mut Harness<'_, App>, label: &str) {
    h.get_by_role_and_label(Role::Button, label).scroll_to_me();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, label).click();
    h.run_steps(3);
}

/// The Dutch text of an interface key.
pub fn nl(key: S) -> &'static str {
    key.get(Lang::Nl)
}

/// Scrolls a field into view, clicks it and types into it, as a user does (a field at the
/// bottom of the page's view may lie under the notice's strip until scrolled).
pub fn type_into(h: &mut Harness<'_, App>, label: &str, text: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run_steps(3);
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Steps until the worker thread has reported (key derivation takes a second or two, much
/// longer on a loaded 2-core machine: the wait is up to a minute, and ends as soon as it may).
pub fn wait_for_worker(h: &mut Harness<'_, App>) {
    for _ in 0..3000 {
        h.step();
        if !h.state().busy() {
            h.run();
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("the vault worker did not finish");
}

/// The config dir the `ruimte` runner gives the vault in `dir`: `<dir>.config` beside it, so
/// pins never reach the real settings folder.
pub fn config_of(dir: &Path) -> std::path::PathBuf {
    dir.with_extension("config")
}

/// Runs the `ruimte` binary on the vault in `dir` (its config in [`config_of`]) with `stdin`,
/// the passphrase in `RUIMTE_PASSPHRASE` when given; returns the exit code, stdout and stderr.
pub fn ruimte(dir: &Path, args: &[&str], stdin: &str, pass: Option<&str>) -> (i32, String, String) {
    let mut cmd = Process::new(env!("CARGO_BIN_EXE_ruimte"));
    cmd.arg("--data-dir")
        .arg(dir)
        .arg("--config-dir")
        .arg(config_of(dir))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd.env_remove("RUIMTE_PASSPHRASE");
    if let Some(p) = pass {
        cmd.env("RUIMTE_PASSPHRASE", p);
    }
    let mut child = cmd.spawn().expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("finishes");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The `ruimte` binary on the vault in `dir` with a clean passphrase environment and stdin
/// closed; pass more with `env`.
pub fn ruimte_cmd(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Process {
    let mut cmd = Process::new(env!("CARGO_BIN_EXE_ruimte"));
    cmd.arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("RUIMTE_PASSPHRASE")
        .env_remove("RUIMTE_LOCK_WAIT_SECS")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

/// Runs `cmd` and fails the test (after killing it) if it is still running after `secs`:
/// a command that hangs on hostile input must not hang the test suite. Returns the exit code
/// (-1 for a signal), stdout and stderr.
pub fn run_within(mut cmd: Process, secs: u64) -> (i32, String, String) {
    use std::io::Read;
    let mut child = cmd.spawn().expect("runs");
    let pipe = |r: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut r) = r {
                let _ = r.read_to_end(&mut buf);
            }
            String::from_utf8_lossy(&buf).into_owned()
        })
    };
    let out = pipe(
        child
            .stdout
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
    );
    let err = pipe(
        child
            .stderr
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
    );
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > Duration::from_secs(secs) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("ruimte {:?} still ran after {secs} s", cmd.get_args());
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    (
        status.code().unwrap_or(-1),
        out.join().expect("stdout"),
        err.join().expect("stderr"),
    )
}

/// What an attacker who knows only the public recipient writes: `envelope` (plus `extra` lines,
/// such as a fake seal) encrypted to the recipient in `dir/vault.ron`, as `dir/records/<name>`.
pub fn forge_record(
    dir: &Path,
    name: &str,
    envelope: &ambtelijke_ruimte::vault::Envelope<ambtelijke_ruimte::records::Record>,
    extra: &str,
) {
    let text = std::fs::read_to_string(dir.join("vault.ron")).expect("vault.ron");
    let start = text.find("age1").expect("recipient");
    let key: String = text[start..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let recipient: age::x25519::Recipient = key.parse().expect("key");
    let plain = format!("{}\n{extra}", ron::to_string(envelope).expect("ron"));
    let ct = age::encrypt(&recipient, plain.as_bytes()).expect("encrypt");
    std::fs::write(dir.join("records").join(name), ct).expect("write");
}

/// Answers every item of the questionnaire on show (statements 4, situations their first
/// option) and opens the profile.
pub fn answer_all_and_open_the_profile(h: &mut Harness<'_, App>) {
    use ambtelijke_ruimte::assessment::{Answer, Item};
    use ambtelijke_ruimte::ui::QuizCmd;
    let items = h
        .state()
        .questionnaire()
        .expect("a questionnaire")
        .items
        .clone();
    for item in &items {
        let answer = match item {
            Item::Likert { .. } => Answer::Likert(4),
            Item::Scenario { .. } => Answer::Option(0),
        };
        h.state_mut()
            .push(QuizCmd::Answer(item.id().to_owned(), answer));
    }
    h.state_mut().push(NavCmd::Go(Screen::Profile));
    h.run_steps(3);
}

/// The titles of the entries saved in the open session, in the journal's order.
pub fn saved_titles(h: &Harness<'_, App>) -> Vec<String> {
    let session = h.state().vault().session().expect("open");
    session
        .journal
        .iter()
        .map(|(_, e)| e.title.clone())
        .collect()
}
