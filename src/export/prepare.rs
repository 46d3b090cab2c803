//! From consent to file: render, check, hash, encrypt, keep the receipt, write atomically.

use std::path::Path;

use super::{
    Consent, ConsentRecord, ExportError, Output, RenderInput, Scope, encrypt_armored,
    parse_recipient, render_html, render_markdown, sha256_hex, sign_summary,
};
use crate::atomic::Place;
use crate::content::{Content, Lang};
use crate::session::Session;
use crate::vault::Unlocked;

/// A summary ready to leave the vault.
pub struct Prepared {
    /// Exactly what the coach will read (Markdown or HTML); its SHA-256 is in the record.
    pub shared_text: String,
    /// The file's contents: the armored age file, or the plain Markdown or HTML.
    pub file_text: String,
    /// The receipt the vault keeps.
    pub record: ConsentRecord,
    /// `md.age`, `md` or `html`.
    pub file_extension: &'static str,
}

/// Renders and, for [`Output::Encrypted`], encrypts a summary. Refuses without the consent
/// tick, a coach, a purpose, and at least one found entry or the profile.
pub fn prepare(input: &RenderInput, output: &Output) -> Result<Prepared, ExportError> {
    prepare_signed(input, output, None)
}

/// Like [`prepare`]; a Markdown summary (encrypted or plain) is signed by `signer`'s summary key
/// so the coach can tell who sent it.
pub fn prepare_signed(
    input: &RenderInput,
    output: &Output,
    signer: Option<&Unlocked>,
) -> Result<Prepared, ExportError> {
    let consent = input.consent;
    let has_profile = input.scope.profile && input.profile.is_some();
    super::check_consent(consent, !input.entries.is_empty() || has_profile, output)?;
    let recipient = match output {
        Output::Encrypted { recipient } => Some(parse_recipient(recipient)?),
        Output::PlainMarkdown | Output::Html => None,
    };
    let markdown = render_markdown(input);
    // The signature line goes around the shared text, like the encryption: the preview and
    // the receipt's hash are of the text itself.
    let signed = |m: &str| signer.map_or_else(|| m.to_owned(), |u| sign_summary(m, u));
    let (shared_text, file_text, file_extension) = match (output, &recipient) {
        (Output::Html, _) => {
            let html = render_html(&markdown);
            (html.clone(), html, "html")
        }
        (_, Some(r)) => {
            let armored = encrypt_armored(&signed(&markdown), r)?;
            (markdown, armored, "md.age")
        }
        (_, None) => (markdown.clone(), signed(&markdown), "md"),
    };
    let record = ConsentRecord {
        date: input.now,
        coach: consent.coach.trim().to_owned(),
        recipient: recipient.map(|r| r.to_string()),
        purpose: consent.purpose.trim().to_owned(),
        scope: input.scope.clone(),
        delete_after: consent.delete_after,
        sha256: sha256_hex(&shared_text),
        format: file_extension.to_owned(),
    };
    Ok(Prepared {
        shared_text,
        file_text,
        record,
        file_extension,
    })
}

/// Prepares a summary from an unlocked session (entries by id, the latest questionnaire's
/// profile). Nothing is written: [`deliver`] writes the file and then keeps the receipt.
pub fn prepare_export(
    session: &Session,
    scope: &Scope,
    consent: &Consent,
    output: &Output,
    content: &Content,
    lang: Lang,
    now: i64,
) -> Result<Prepared, ExportError> {
    let prepared = {
        let entries = scope
            .entries
            .iter()
            .filter_map(|s| {
                session
                    .journal
                    .get(&s.entry_id)
                    .map(|e| (s.entry_id.as_str(), e))
            })
            .collect();
        let recipient = session.unlocked().recipient();
        let input = RenderInput {
            scope,
            consent,
            entries,
            profile: session.takes.last().map(|t| &t.body.profile),
            content,
            lang,
            coachee_recipient: &recipient,
            now,
        };
        prepare_signed(&input, output, Some(session.unlocked()))?
    };
    Ok(prepared)
}

/// Writes the export file durably (see [`write_export`]) and only then keeps its receipt in
/// the vault; if the receipt cannot be kept, the file is removed again. So "what I shared"
/// never lists a file that was not written, and no file leaves without a receipt.
pub fn deliver(
    session: &mut Session,
    prepared: &Prepared,
    path: &Path,
    overwrite: bool,
    now: i64,
) -> Result<(), ExportError> {
    write_export(path, prepared, overwrite)?;
    if let Err(e) = session.save_consent(prepared.record.clone(), now) {
        if std::fs::remove_file(path).is_ok() {
            sync_parent(path);
        }
        return Err(e.into());
    }
    Ok(())
}

/// Makes a rename or removal next to `path` durable, as far as the file system allows.
fn sync_parent(path: &Path) {
    let _ = crate::atomic::sync_dir(&parent_dir(path));
}

/// The folder `path` is in (`.` for a bare name).
fn parent_dir(path: &Path) -> std::path::PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => std::path::PathBuf::from("."),
    }
}

/// Writes the export file atomically (a temp file in the same folder, fsync, rename) with mode
/// 0600; refuses to replace an existing file unless `overwrite`.
pub fn write_export(path: &Path, prepared: &Prepared, overwrite: bool) -> Result<(), ExportError> {
    write_file(path, prepared.file_text.as_bytes(), overwrite)
}

/// Writes `bytes` to `path` as [`write_export`] does.
pub(super) fn write_file(path: &Path, bytes: &[u8], overwrite: bool) -> Result<(), ExportError> {
    if !overwrite && path.exists() {
        return Err(ExportError::Exists(path.to_owned()));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| ExportError::Io {
            path: path.to_owned(),
            source: std::io::ErrorKind::InvalidInput.into(),
        })?;
    let place = if overwrite {
        Place::Replace
    } else {
        Place::New
    };
    match crate::atomic::write(&parent_dir(path), &name, bytes, place) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(ExportError::Exists(path.to_owned()))
        }
        Err(source) => Err(ExportError::Io {
            path: path.to_owned(),
            source,
        }),
    }
}
