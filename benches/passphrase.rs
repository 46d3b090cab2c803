//! `cargo bench --bench passphrase`: the worst frame while the passphrase changes.
//!
//! A vault at the real scrypt work factor, the app on Settings, headless (egui_kittest). Each
//! iteration asks for a new passphrase, then steps frames until the worker hands the session
//! back; the measured time is the longest single frame of that stretch, which must stay
//! ≤ 50 ms because the key derivation runs on the worker. The worst frame seen is also printed.

use std::sync::Arc;
use std::time::{Duration, Instant};

use age::secrecy::SecretString;
use ambtelijke_ruimte::content::{Content, Lang};
use ambtelijke_ruimte::paths::Dirs;
use ambtelijke_ruimte::session::Session;
use ambtelijke_ruimte::ui::{App, NavCmd, Screen, SettingsCmd, VaultCmd, open_vault_state};
use ambtelijke_ruimte::vault::Vault;
use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};

const PASSES: [&str; 2] = [
    "benchmark-kastanje-warmtenet-regenton",
    "benchmark-zonnedak-fietspad-klimop",
];

fn worst_frame(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let pass = SecretString::from(PASSES[0].to_owned());
    let (vault, _) = Vault::create(&dir.path().join("data"), &pass).expect("create");
    let unlocked = vault.unlock(&pass).expect("unlock");
    let session = Session::open(Arc::new(vault), unlocked);
    let dirs = Dirs {
        config: dir.path().join("config"),
        data: dir.path().join("data"),
    };
    let content = Content::embedded().expect("content");
    let mut h = egui_kittest::Harness::builder()
        .with_size([1180.0, 800.0])
        .build_eframe(move |cc| {
            let mut app = App::new(cc, content, dirs);
            *app.vault_mut() = open_vault_state(session);
            app.push(SettingsCmd::SetLang(Lang::Nl));
            app.push(NavCmd::Go(Screen::Settings));
            app
        });
    h.run();
    let mut worst_seen = Duration::ZERO;
    let mut changes = 0usize;
    let mut group = c.benchmark_group("passphrase");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5));
    group.bench_function("worst_frame_while_changing", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                changes += 1;
                let next = PASSES[changes % 2].to_owned();
                h.state_mut()
                    .push(VaultCmd::ChangePassphrase(SecretString::from(next)));
                let mut worst = Duration::ZERO;
                loop {
                    let start = Instant::now();
                    h.step();
                    worst = worst.max(start.elapsed());
                    if !h.state().busy() {
                        break;
                    }
                    // About one display refresh between frames, as a window would draw.
                    std::thread::sleep(Duration::from_millis(16));
                }
                assert!(
                    h.state().vault().session().is_some(),
                    "the session came back"
                );
                worst_seen = worst_seen.max(worst);
                total += worst;
            }
            total
        });
    });
    group.finish();
    eprintln!(
        "passphrase: worst frame over {changes} passphrase changes: {:.1} ms (limit 50 ms)",
        worst_seen.as_secs_f64() * 1000.0
    );
    assert!(
        worst_seen <= Duration::from_millis(50),
        "a frame took {worst_seen:?} while the passphrase changed"
    );
}

criterion_group!(benches, worst_frame);
criterion_main!(benches);
