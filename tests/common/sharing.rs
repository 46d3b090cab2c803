//! Sharing in tests: a summary made for a coach, as the coachee's export writes it.

use std::path::Path;

use ambtelijke_ruimte::content::Lang;
use ambtelijke_ruimte::export::{Consent, Output, Parts, Scope, Selection, prepare_export};
use ambtelijke_ruimte::journal::{Date, Entry};
use ambtelijke_ruimte::session::Session;

use ambtelijke_ruimte::ui::App;
use egui_kittest::Harness;

use super::{content, press, wait_for_worker};

/// Consent to share with coach Kim for intervisie, to be deleted after `delete_after`.
pub fn kim(delete_after: Option<Date>) -> Consent {
    Consent {
        coach: "Kim".into(),
        purpose: "intervisie".into(),
        delete_after,
        confirmed: true,
    }
}

/// Saves `entry` in `from` at `now` and shares it whole, with `consent`, with the coach whose
/// key is `key`: the armored file text the export writes.
pub fn shared_text(
    from: &mut Session,
    entry: Entry,
    key: &str,
    consent: &Consent,
    now: i64,
) -> String {
    let id = from.save_entry(None, entry, now).expect("save");
    let scope = Scope {
        entries: vec![Selection {
            entry_id: id,
            parts: Parts::default(),
        }],
        ..Scope::default()
    };
    let output = Output::Encrypted {
        recipient: key.to_owned(),
    };
    prepare_export(from, &scope, consent, &output, &content(), Lang::Nl, now)
        .expect("export")
        .file_text
}

/// A summary of one new entry of `from` (with two tactics) for the coach whose key is `key`,
/// shared with consent and written to `dir`; its path.
pub fn summary_for(from: &mut Session, key: &str, dir: &Path) -> std::path::PathBuf {
    let now = ambtelijke_ruimte::clock::now();
    let mut entry = Entry::new("Warmtenet zonder draagvlak", Date::from_unix(now));
    entry.dilemma = "De buurt wil wachten, de wethouder wil tempo.".into();
    entry.tactics = vec!["loyale-tegenspraak".into(), "traineren".into()];
    let consent = Consent {
        coach: "Marieke de Boer".into(),
        purpose: "Voorbereiding van ons coachgesprek".into(),
        delete_after: Date::parse("2099-09-01"),
        confirmed: true,
    };
    let text = shared_text(from, entry, key, &consent, now);
    let path = dir.join("samenvatting-anne.md.age");
    std::fs::write(&path, text).expect("write");
    path
}

/// Opens `file` in the coach's view, typing `from` as the sender's name; waits for the worker
/// to open it and then to list the inbox again.
pub fn open_as_coach(h: &mut Harness<'_, App>, file: &Path, from: &str) {
    h.state_mut().shared_mut().open_path = file.display().to_string();
    h.state_mut().shared_mut().open_from = from.to_owned();
    h.run();
    press(h, "Openen");
    wait_for_worker(h);
    h.run();
    wait_for_worker(h);
}
