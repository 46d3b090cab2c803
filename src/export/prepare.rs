//! From consent to file: render, check, hash, encrypt, keep the receipt, write atomically.

use std::io::Write;
use std::path::Path;

use super::{
    Consent, ConsentRecord, ExportError, Output, RenderInput, Scope, encrypt_armored,
    parse_recipient, render_html, render_markdown, sha256_hex,
};
use crate::content::{Content, Lang};
use crate::session::Session;

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
    let consent = input.consent;
    let has_profile = input.scope.profile && input.profile.is_some();
    super::check_consent(consent, !input.entries.is_empty() || has_profile, output)?;
    let recipient = match output {
        Output::Encrypted { recipient } => Some(parse_recipient(recipient)?),
        Output::PlainMarkdown | Output::Html => None,
    };
    let markdown = render_markdown(input);
    let (shared_text, file_text, file_extension) = match (output, &recipient) {
        (Output::Html, _) => {
            let html = render_html(&markdown);
            (html.clone(), html, "html")
        }
        (_, Some(r)) => {
            let armored = encrypt_armored(&markdown, r)?;
            (markdown, armored, "md.age")
        }
        (_, None) => (markdown.clone(), markdown, "md"),
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
/// profile) and keeps its consent record in the vault. Writing the file is the caller's job.
pub fn export(
    session: &mut Session,
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
        prepare(&input, output)?
    };
    session.save_consent(prepared.record.clone(), now)?;
    Ok(prepared)
}

/// Writes the export file atomically (a temp file in the same folder, fsync, rename) with mode
/// 0600; refuses to replace an existing file unless `overwrite`.
pub fn write_export(path: &Path, prepared: &Prepared, overwrite: bool) -> Result<(), ExportError> {
    write_file(path, prepared.file_text.as_bytes(), overwrite)
}

/// Writes `bytes` to `path` as [`write_export`] does.
pub(super) fn write_file(path: &Path, bytes: &[u8], overwrite: bool) -> Result<(), ExportError> {
    let io = |source| ExportError::Io {
        path: path.to_owned(),
        source,
    };
    if !overwrite && path.exists() {
        return Err(ExportError::Exists(path.to_owned()));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(
        ".tmp-{}-{}",
        crate::vault::new_id(),
        name.unwrap_or_default()
    ));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let result = (|| {
        let mut file = options.open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        if overwrite {
            std::fs::rename(&tmp, path)
        } else {
            // A hard link fails if the target appeared meanwhile; rename could replace it.
            std::fs::hard_link(&tmp, path).or_else(|e| match e.kind() {
                std::io::ErrorKind::AlreadyExists => Err(e),
                _ if path.exists() => Err(std::io::ErrorKind::AlreadyExists.into()),
                _ => std::fs::rename(&tmp, path),
            })
        }
    })();
    let _ = std::fs::remove_file(&tmp);
    match result {
        Ok(()) => {
            if let Ok(d) = std::fs::File::open(&dir) {
                let _ = d.sync_all();
            }
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(ExportError::Exists(path.to_owned()))
        }
        Err(e) => Err(io(e)),
    }
}
