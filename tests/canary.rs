//! No plaintext on disk: a marker written through the UI and the CLI into titles, dilemmas,
//! follow-ups, the oath text and a capture while locked never appears in any file of the data,
//! config or temp folders.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::{Duration, SystemTime};

use ambtelijke_ruimte::content::{Content, Lang};
use ambtelijke_ruimte::paths::Dirs;
use ambtelijke_ruimte::ui::{App, NavCmd, Screen, SettingsCmd};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;

use common::{PASS, click as press, type_into as fill, wait_for_worker as wait};

const MARKER: &str = "KANARIE-9c41e7";
/// Every file below `dir` whose bytes contain the marker. Folders of another file system are
/// left out: a chroot under the temp folder with `/proc` mounted holds files (`proc/kmsg`)
/// whose reading never ends, and nothing of ours is written there.
fn hits(dir: &Path, since: SystemTime) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let device = |p: &Path| -> Option<u64> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            std::fs::symlink_metadata(p).ok().map(|m| m.dev())
        }
        #[cfg(not(unix))]
        {
            let _ = p;
            Some(0)
        }
    };
    let home = device(dir);
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        if device(&d) != home {
            continue;
        }
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let Ok(meta) = std::fs::symlink_metadata(&p) else {
                continue;
            };
            let recent = meta.modified().is_ok_and(|m| m >= since);
            if meta.is_dir() {
                stack.push(p);
            } else if meta.is_file()
                && meta.len() < 64 << 20
                && recent
                && std::fs::read(&p)
                    .is_ok_and(|b| b.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()))
            {
                found.push(p);
            }
        }
    }
    found
}

#[test]
fn the_marker_never_reaches_the_disk_unencrypted() {
    let start = SystemTime::now() - Duration::from_secs(1);
    let root = tempfile::tempdir().expect("temp dir");
    let dirs = Dirs {
        config: root.path().join("config"),
        data: root.path().join("data"),
    };
    let app_dirs = dirs.clone();
    let mut h = Harness::builder()
        .with_size([1180.0, 1600.0])
        .build_eframe(move |cc| {
            let mut app = App::new(cc, Content::embedded().expect("content"), app_dirs);
            app.push(SettingsCmd::SetLang(Lang::Nl));
            app.push(NavCmd::Go(Screen::Journal));
            app
        });
    h.run();
    fill(&mut h, "Wachtwoordzin", PASS);
    fill(&mut h, "Herhaal de wachtwoordzin", PASS);
    press(&mut h, "Kluis aanmaken");
    wait(&mut h);
    h.get_by_label("Ik heb de code opgeschreven").click();
    h.run();
    press(&mut h, "Verder");

    press(&mut h, "Nieuw dilemma");
    fill(&mut h, "Titel", &format!("Titel {MARKER}"));
    fill(&mut h, "Het dilemma", &format!("Dilemma {MARKER}"));
    h.get_by_label("Vervolgronde toevoegen").click();
    h.run();
    fill(&mut h, "Wat gebeurde er?", &format!("Vervolg {MARKER}"));
    h.get_by_role_and_label(Role::Button, "Aan de draad toevoegen")
        .click_accesskit();
    h.run();
    h.get_by_label(&format!("Vervolg {MARKER}"));
    press(&mut h, "Opslaan");
    press(&mut h, "Terug naar de lijst");
    press(&mut h, "Mijn eed of belofte");
    fill(
        &mut h,
        "De tekst van je eed of belofte",
        &format!("Eed {MARKER}"),
    );
    press(&mut h, "Tekst opslaan");
    press(&mut h, "Vergrendelen");
    // Capture while locked.
    fill(&mut h, "Titel", &format!("Snel {MARKER}"));
    press(&mut h, "Vastleggen");
    h.get_by_label("Vastgelegd en versleuteld.");
    let mut settings = Recorder::default();
    eframe::App::save(h.state_mut(), &mut settings);
    std::fs::create_dir_all(&dirs.config).expect("config dir");
    std::fs::write(dirs.config.join("app.ron"), settings.0.join("\n")).expect("settings");
    drop(h);

    // The CLI, with its own temp folder.
    let tmp = root.path().join("tmp");
    std::fs::create_dir_all(&tmp).expect("tmp");
    let mut child = Process::new(env!("CARGO_BIN_EXE_ruimte"))
        .arg("--data-dir")
        .arg(&dirs.data)
        .arg("--config-dir")
        .arg(&dirs.config)
        .args(["add", "--title", &format!("Cli {MARKER}")])
        .env("TMPDIR", &tmp)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("Stdin {MARKER}").as_bytes())
        .expect("write");
    assert!(child.wait().expect("exits").success());

    // The records and captures exist (so the check below is not vacuous) and decrypt to the
    // marker: sealed records for what was saved unlocked, the inbox for the captures.
    let count = |sub: &str| {
        std::fs::read_dir(dirs.data.join(sub))
            .expect("folder")
            .count()
    };
    let (records, captures) = (count("records"), count("inbox"));
    assert!(
        records >= 2 && captures >= 2,
        "{records} records, {captures} captures"
    );
    let vault = ambtelijke_ruimte::vault::Vault::open(&dirs.data).expect("open");
    let unlocked = vault
        .unlock(&age::secrecy::SecretString::from(PASS.to_owned()))
        .expect("unlock");
    let report = vault.load_all::<ambtelijke_ruimte::records::Record>(&unlocked);
    let plain = format!(
        "{:?}",
        report
            .records
            .iter()
            .chain(&report.inbox)
            .map(|r| &r.body)
            .collect::<Vec<_>>()
    );
    for part in ["Titel", "Dilemma", "Vervolg", "Eed", "Snel", "Cli", "Stdin"] {
        assert!(
            plain.contains(&format!("{part} {MARKER}")),
            "{part} was not saved: {plain}"
        );
    }

    for dir in [root.path().to_path_buf(), std::env::temp_dir()] {
        assert_eq!(
            hits(&dir, start),
            Vec::<PathBuf>::new(),
            "plaintext found under {}",
            dir.display()
        );
    }
}

#[derive(Default)]
struct Recorder(Vec<String>);

impl eframe::Storage for Recorder {
    fn get_string(&self, _: &str) -> Option<String> {
        None
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.push(format!("{key}: {value}"));
    }
    fn remove_string(&mut self, _: &str) {}
    fn flush(&mut self) {}
}
