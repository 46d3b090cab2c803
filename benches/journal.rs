//! `cargo bench --bench journal`: the journal at 10,000 entries of about 1 KB.
//!
//! - `journal_10k/open_all`: decrypt, check the seal of and parse every record, and check the
//!   manifest (key already derived)
//! - `journal_10k/save_one`: encrypt and write one capture into the inbox (what `ruimte add`
//!   does), fsync included
//! - `journal_10k/search`: a word through all entries (index built once, as the app does)
//! - `journal_10k/list_frame`: one frame of the journal screen, headless, 10,000 rows
//! - `unlock/scrypt_18`: deriving the key at the pinned work factor
//!
//! Resident memory (VmHWM) after loading everything is printed to stderr.

use std::sync::Arc;

use age::secrecy::SecretString;
use ambtelijke_ruimte::content::{Content, Lang};
use ambtelijke_ruimte::journal::{JournalFilter, SortBy, generate};
use ambtelijke_ruimte::paths::Dirs;
use ambtelijke_ruimte::records::Record;
use ambtelijke_ruimte::session::Session;
use ambtelijke_ruimte::ui::{App, NavCmd, Screen, SettingsCmd};
use ambtelijke_ruimte::vault::{Envelope, Vault};
use criterion::{Criterion, criterion_group, criterion_main};

const N: usize = 10_000;
const PASS: &str = "benchmark-passphrase-lang-genoeg";

struct Fixture {
    _dir: tempfile::TempDir,
    vault: Arc<Vault>,
    content: Content,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = Content::embedded().expect("content");
    let pass = SecretString::from(PASS.to_owned());
    // The unlock benchmark measures the real factor; here only the records matter.
    let (vault, _) = Vault::create_with_work_factor_for_tests(&dir.path().join("vault"), &pass, 10)
        .expect("create");
    let unlocked = vault.unlock(&pass).expect("unlock");
    for (i, entry) in generate(N, 7, &content).into_iter().enumerate() {
        let envelope = Envelope::new("entry", Record::Entry(entry), 1_700_000_000 + i as i64);
        vault.save(&unlocked, &envelope).expect("save");
    }
    let vault = Arc::new(vault);
    // Opening a session once writes this device's manifest, which `open_all` then checks.
    drop(Session::open(Arc::clone(&vault), unlocked));
    Fixture {
        _dir: dir,
        vault,
        content,
    }
}

fn vm_hwm_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn journal_10k(c: &mut Criterion) {
    let f = fixture();
    let pass = SecretString::from(PASS.to_owned());
    let unlocked = f.vault.unlock(&pass).expect("unlock");
    let mut group = c.benchmark_group("journal_10k");
    group.sample_size(10);
    group.bench_function("open_all", |b| {
        b.iter(|| {
            let report = f.vault.load_all::<Record>(&unlocked);
            assert_eq!(report.records.len(), N);
            report
        });
    });
    let session = Session::open(Arc::clone(&f.vault), f.vault.unlock(&pass).expect("unlock"));
    eprintln!(
        "journal_10k: resident memory high-water mark after loading {N} entries: {} MiB",
        vm_hwm_kib().unwrap_or(0) / 1024
    );
    let one = generate(1, 99, &f.content).remove(0);
    group.bench_function("save_one", |b| {
        b.iter(|| {
            let mut capture = Envelope::new("entry", Record::Entry(one.clone()), 1_800_000_000);
            capture.version = 0;
            f.vault.capture(&capture).expect("save")
        });
    });
    let filter = JournalFilter {
        text: "warmtenet".into(),
        ..JournalFilter::default()
    };
    group.bench_function("search", |b| {
        b.iter(|| session.journal.query(&filter, SortBy::DateNewest).len())
    });
    drop(session);

    let dirs = Dirs {
        config: f._dir.path().join("config"),
        data: f.vault.dir().to_path_buf(),
    };
    let vault = Arc::clone(&f.vault);
    let unlocked_for_app = f.vault.unlock(&pass).expect("unlock");
    let content = f.content.clone();
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1180.0, 800.0])
        .build_eframe(move |cc| {
            let mut app = App::new(cc, content, dirs);
            *app.vault_mut() =
                ambtelijke_ruimte::ui::open_vault_state(Session::open(vault, unlocked_for_app));
            app.push(SettingsCmd::SetLang(Lang::Nl));
            app.push(NavCmd::Go(Screen::Journal));
            app
        });
    harness.run();
    let mut flip = false;
    group.bench_function("list_frame", |b| {
        b.iter(|| {
            // The pointer moves over the list each frame, as when the user reads and scrolls;
            // that is also activity, so auto-lock stays away however long the run.
            flip = !flip;
            harness.hover_at(egui::pos2(600.0, if flip { 300.0 } else { 500.0 }));
            harness.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Line,
                delta: egui::vec2(0.0, if flip { -3.0 } else { 3.0 }),
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Wheel,
                modifiers: egui::Modifiers::NONE,
            });
            harness.step();
        });
    });
    let state = harness.state();
    assert!(
        state.vault().session().is_some(),
        "the vault stayed open during the measurement"
    );
    assert_eq!(state.screen(), Screen::Journal);
    group.finish();
    eprintln!(
        "journal_10k: resident memory high-water mark at the end: {} MiB",
        vm_hwm_kib().unwrap_or(0) / 1024
    );
}

fn unlock(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let pass = SecretString::from(PASS.to_owned());
    let (vault, _) = Vault::create(&dir.path().join("vault"), &pass).expect("create");
    let mut group = c.benchmark_group("unlock");
    group.sample_size(10);
    group.bench_function("scrypt_18", |b| {
        b.iter(|| vault.unlock(&pass).expect("unlock"))
    });
    group.finish();
}

criterion_group!(benches, journal_10k, unlock);
criterion_main!(benches);
