//! One sample of every error variant, each told in both languages.

use std::path::PathBuf;

use super::{E, Explain};
use crate::content::Lang;
use crate::export::ExportError;
use crate::input::ReadError;
use crate::journal::{Date, EntryProblem};
use crate::listing::ListError;
use crate::own_questionnaire::AddError;
use crate::source::{Diagnostic, Pos};
use crate::ui::worker::WorkerStopped;
use crate::vault::VaultError;

fn io() -> std::io::Error {
    std::io::Error::from(std::io::ErrorKind::PermissionDenied)
}

/// The position of a variant in its enum. The match has no catch-all: a new variant does not
/// compile until it is numbered here, and `VAULT_VARIANTS` then asks for its sample.
fn vault_index(e: &VaultError) -> usize {
    match e {
        VaultError::NotAVault(_) => 0,
        VaultError::AlreadyExists => 1,
        VaultError::Locked { .. } => 2,
        VaultError::WrongPassphrase => 3,
        VaultError::WrongRecoveryCode => 4,
        VaultError::WeakPassphrase(_) => 5,
        VaultError::Io { .. } => 6,
        VaultError::Format { .. } => 7,
        VaultError::UnsupportedVersion(_) => 8,
        VaultError::Crypto(_) => 9,
        VaultError::InvalidFileName(_) => 10,
        VaultError::TooLarge { .. } => 11,
        VaultError::DamagedKeyFile { .. } => 12,
        VaultError::Occupied(_) => 13,
        VaultError::PinMismatch { .. } => 14,
        VaultError::NoRecipient => 15,
        VaultError::NoSuchCapture(_) => 16,
        VaultError::NoSuchRecord(_) => 17,
        VaultError::NotInTrash(_) => 18,
        VaultError::Evidence(_) => 19,
        VaultError::NoSuchVersion { .. } => 20,
    }
}
const VAULT_VARIANTS: usize = 21;

fn vault_samples() -> Vec<VaultError> {
    vec![
        VaultError::NotAVault(PathBuf::from("/tmp/x")),
        VaultError::AlreadyExists,
        VaultError::Locked {
            holder: "pid 42 (ruimte add)".into(),
            waited_ms: 15_000,
        },
        VaultError::WrongPassphrase,
        VaultError::WrongRecoveryCode,
        VaultError::WeakPassphrase("it is a common password".into()),
        VaultError::Io {
            path: PathBuf::from("/tmp/x/records"),
            source: io(),
        },
        VaultError::Format {
            file: "vault.ron".into(),
            reason: "missing field".into(),
        },
        VaultError::UnsupportedVersion(9),
        VaultError::Crypto("no rng".into()),
        VaultError::InvalidFileName("../x".into()),
        VaultError::TooLarge {
            path: PathBuf::from("/tmp/x/records/A.age"),
            limit: 8 << 20,
        },
        VaultError::DamagedKeyFile {
            file: "identity.age".into(),
            reason: "its header is cut short".into(),
        },
        VaultError::Occupied("identity.age".into()),
        VaultError::PinMismatch {
            pinned: "age1pinned".into(),
            found: "age1found".into(),
        },
        VaultError::NoRecipient,
        VaultError::NoSuchCapture("01ABC".into()),
        VaultError::NoSuchRecord("01ABC".into()),
        VaultError::NotInTrash("01ABC".into()),
        VaultError::Evidence("01ABC".into()),
        VaultError::NoSuchVersion {
            id: "01ABC".into(),
            version: 3,
        },
    ]
}

fn export_index(e: &ExportError) -> usize {
    match e {
        ExportError::NotConfirmed => 0,
        ExportError::NoCoach => 1,
        ExportError::NoPurpose => 2,
        ExportError::NothingSelected => 3,
        ExportError::BadRecipient(_) => 4,
        ExportError::Encrypt(_) => 5,
        ExportError::Vault(_) => 6,
        ExportError::Exists(_) => 7,
        ExportError::Io { .. } => 8,
        ExportError::Tampered => 9,
        ExportError::NotForYou => 10,
        ExportError::NotASummary => 11,
        ExportError::Read(_) => 12,
        ExportError::PreviewChanged => 13,
        ExportError::NotFeedback => 14,
        ExportError::BadSignature => 15,
        ExportError::Senders(..) => 16,
    }
}
const EXPORT_VARIANTS: usize = 17;

fn export_samples() -> Vec<ExportError> {
    let path = || PathBuf::from("/tmp/samenvatting.md.age");
    vec![
        ExportError::NotConfirmed,
        ExportError::NoCoach,
        ExportError::NoPurpose,
        ExportError::NothingSelected,
        ExportError::BadRecipient("bad bech32".into()),
        ExportError::Encrypt("no rng".into()),
        ExportError::Vault(VaultError::WrongPassphrase),
        ExportError::Exists(path()),
        ExportError::Io {
            path: path(),
            source: io(),
        },
        ExportError::Tampered,
        ExportError::NotForYou,
        ExportError::NotASummary,
        ExportError::Read(ReadError::Io {
            path: path(),
            source: io(),
        }),
        ExportError::PreviewChanged,
        ExportError::NotFeedback,
        ExportError::BadSignature,
        ExportError::Senders("known-senders.ron".into(), "permission denied".into()),
    ]
}

fn read_index(e: &ReadError) -> usize {
    match e {
        ReadError::NotAFile { .. } => 0,
        ReadError::TooLarge { .. } => 1,
        ReadError::Io { .. } => 2,
    }
}
const READ_VARIANTS: usize = 3;

fn read_samples() -> Vec<ReadError> {
    let path = || PathBuf::from("/tmp/fifo");
    vec![
        ReadError::NotAFile {
            path: path(),
            kind: "a pipe (FIFO)",
        },
        ReadError::TooLarge {
            path: path(),
            limit: 1 << 20,
        },
        ReadError::Io {
            path: path(),
            source: io(),
        },
    ]
}

fn entry_index(e: &EntryProblem) -> usize {
    match e {
        EntryProblem::EmptyTitle => 0,
        EntryProblem::UnknownTactic(_) => 1,
        EntryProblem::InvalidDate(_) => 2,
        EntryProblem::FutureDate { .. } => 3,
    }
}
const ENTRY_VARIANTS: usize = 4;

fn entry_samples() -> Vec<EntryProblem> {
    let day = Date::from_unix(1_700_000_000);
    vec![
        EntryProblem::EmptyTitle,
        EntryProblem::UnknownTactic("vliegen".into()),
        EntryProblem::InvalidDate(day),
        EntryProblem::FutureDate {
            date: day.add_days(9),
            today: day,
        },
    ]
}

/// Every sample covers its variant once, and reads as a sentence in both languages.
fn check<T: Explain + std::fmt::Display>(samples: &[T], index: fn(&T) -> usize, variants: usize) {
    let mut seen: Vec<usize> = samples.iter().map(index).collect();
    seen.sort_unstable();
    assert_eq!(
        seen,
        (0..variants).collect::<Vec<_>>(),
        "one sample per variant"
    );
    for e in samples {
        let (nl, en) = (e.explain(Lang::Nl), e.explain(Lang::En));
        for text in [&nl, &en] {
            assert!(text.trim().len() > 10, "{e}: {text:?}");
            assert!(
                !text.contains("{}"),
                "{e}: a placeholder is left in {text:?}"
            );
            assert!(text.trim_end().ends_with(['.', '!']), "{e}: {text:?}");
        }
        assert_ne!(nl, en, "{e}: the Dutch text is not the English one");
        assert_ne!(
            nl,
            e.to_string(),
            "{e}: the Dutch UI shows Dutch, not to_string()"
        );
    }
}

#[test]
fn every_vault_error_has_a_dutch_and_an_english_sentence() {
    check(&vault_samples(), vault_index, VAULT_VARIANTS);
}

#[test]
fn every_export_error_has_a_dutch_and_an_english_sentence() {
    check(&export_samples(), export_index, EXPORT_VARIANTS);
}

#[test]
fn every_read_error_has_a_dutch_and_an_english_sentence() {
    check(&read_samples(), read_index, READ_VARIANTS);
}

#[test]
fn every_entry_problem_has_a_dutch_and_an_english_sentence() {
    check(&entry_samples(), entry_index, ENTRY_VARIANTS);
}

#[test]
fn a_broken_questionnaire_file_and_a_stopped_worker_are_told_in_both_languages() {
    let d = Diagnostic::at("eigen.ron", Pos { line: 3, col: 7 }, "expected `)`");
    let nl = d.explain(Lang::Nl);
    assert!(
        nl.contains("eigen.ron, regel 3, kolom 7: expected `)`"),
        "{nl}"
    );
    assert!(nl.contains("Opnieuw laden"), "{nl}");
    assert!(d.explain(Lang::En).contains("line 3, column 7"));
    assert!(WorkerStopped.explain(Lang::Nl).contains("vergrendeld"));
    assert!(WorkerStopped.explain(Lang::En).contains("locked"));
}

#[test]
fn every_error_text_has_both_languages_and_matching_placeholders() {
    crate::ui::i18n::assert_complete(E::ALL, E::get);
}

/// The position of a listing error; no catch-all, so a new variant asks for its sample.
fn list_index(e: &ListError) -> usize {
    match e {
        ListError::NoFolder(_) => 0,
        ListError::Unreadable { .. } => 1,
    }
}

#[test]
fn every_folder_listing_error_has_a_dutch_and_an_english_sentence() {
    let samples = [
        ListError::NoFolder(PathBuf::from("/nergens/map")),
        ListError::Unreadable {
            path: PathBuf::from("/root"),
            source: io(),
        },
    ];
    check(&samples, list_index, 2);
}

/// The position of an error adding a questionnaire; no catch-all.
fn add_index(e: &AddError) -> usize {
    match e {
        AddError::Invalid(_) => 0,
        AddError::Exists(_) => 1,
        AddError::Write { .. } => 2,
    }
}

#[test]
fn every_error_adding_a_questionnaire_has_a_dutch_and_an_english_sentence() {
    let samples = [
        AddError::Invalid(vec![Diagnostic::at(
            "eigen.ron",
            Pos { line: 2, col: 4 },
            "expected `)`",
        )]),
        AddError::Exists(PathBuf::from("/cfg/vragenlijsten/eigen.ron")),
        AddError::Write {
            path: PathBuf::from("/cfg/vragenlijsten/eigen.ron"),
            source: io(),
        },
    ];
    check(&samples, add_index, 3);
}

#[test]
fn a_missing_file_and_a_forbidden_one_are_told_apart_in_the_users_language() {
    let read = |kind: std::io::ErrorKind| ReadError::Io {
        path: PathBuf::from("/home/coach/samenvatting.md.age"),
        source: std::io::Error::from(kind),
    };
    let missing = read(std::io::ErrorKind::NotFound).explain(Lang::Nl);
    assert!(missing.contains("bestaat niet"), "{missing}");
    let forbidden = read(std::io::ErrorKind::PermissionDenied).explain(Lang::Nl);
    assert!(forbidden.contains("niet lezen"), "{forbidden}");
    assert!(!forbidden.contains("pad klopt"), "{forbidden}");
    assert!(
        !forbidden.contains("denied"),
        "no English OS text: {forbidden}"
    );
    let other = read(std::io::ErrorKind::Interrupted).explain(Lang::En);
    assert!(other.starts_with("Could not read"), "{other}");
}
