//! The coach's side: decrypting a summary with the vault's identity and reading its header.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::crypt::{Signed, check_signature};
use super::render::{ANCHOR, MARKER};
use super::{ExportError, sha256_hex};
use crate::journal::Date;
use crate::vault::{OpenFailure, Unlocked};

/// The header block of a summary: who it is for, why, and where feedback goes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SummaryHeader {
    /// The coach's name, as the coachee wrote it.
    pub coach: String,
    /// Why it was shared.
    pub purpose: String,
    /// The day it was shared.
    pub shared: Option<Date>,
    /// The coach is asked to delete it after this day.
    pub delete_after: Option<Date>,
    /// The coachee's `age1…` key, for feedback.
    pub reply_to: String,
}

/// A summary as the coach reads it.
#[derive(Clone, PartialEq, Eq)]
pub struct OpenedSummary {
    /// The parsed header.
    pub header: SummaryHeader,
    /// The full Markdown, exactly as shared (without the signature line, which is checked and
    /// shown as `signer`).
    pub text: String,
    /// SHA-256 (hex) of `text`: matches the coachee's consent record.
    pub sha256: String,
    /// The shared entries: (entry id, heading), in order.
    pub entries: Vec<(String, String)>,
    /// The coachee's signing key (`ed25519:…`) when the summary is signed and the signature
    /// verifies; `None` for a summary made before signatures.
    pub signer: Option<String>,
}

impl fmt::Debug for OpenedSummary {
    // No personal text in debug output.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OpenedSummary")
            .field("sha256", &self.sha256)
            .field("entries", &self.entries.len())
            .finish_non_exhaustive()
    }
}

impl OpenedSummary {
    /// Whether the delete-after day has passed on `today`.
    pub fn expired(&self, today: Date) -> bool {
        self.header.delete_after.is_some_and(|d| today > d)
    }

    /// Reads a summary's Markdown (from a decrypted or a plain `.md` export). A signature line
    /// that does not verify is [`ExportError::BadSignature`].
    pub fn parse(text: &str) -> Result<OpenedSummary, ExportError> {
        let (signer, text) = match check_signature(text) {
            Signed::By { signer, body } => (Some(signer), body),
            Signed::Unsigned => (None, text),
            Signed::Invalid => return Err(ExportError::BadSignature),
        };
        let mut lines = text.lines();
        if lines.next().map(str::trim_end) != Some(MARKER)
            || lines.next().map(str::trim_end) != Some("---")
        {
            return Err(ExportError::NotASummary);
        }
        let mut header = SummaryHeader::default();
        let (mut closed, mut has_coach, mut has_reply) = (false, false, false);
        for line in lines.by_ref() {
            let line = line.trim_end();
            if line == "---" {
                closed = true;
                break;
            }
            let (key, value) = line.split_once(':').ok_or(ExportError::NotASummary)?;
            let value = value.trim();
            let date = |v: &str| match v {
                "" => Ok(None),
                v => Date::parse(v).map(Some).ok_or(ExportError::NotASummary),
            };
            match key {
                "coach" => (header.coach, has_coach) = (value.to_owned(), true),
                "purpose" => header.purpose = value.to_owned(),
                "shared" => header.shared = date(value)?,
                "delete-after" => header.delete_after = date(value)?,
                "reply-to" => (header.reply_to, has_reply) = (value.to_owned(), true),
                // Newer versions may add keys.
                _ => {}
            }
        }
        if !(closed && has_coach && has_reply) {
            return Err(ExportError::NotASummary);
        }
        let entries = lines
            .filter_map(|l| {
                let l = l.trim_end().strip_prefix("## ")?.strip_suffix('}')?;
                let at = l.rfind(ANCHOR)?;
                Some((l[at + ANCHOR.len()..].to_owned(), l[..at].to_owned()))
            })
            .collect();
        Ok(OpenedSummary {
            header,
            text: text.to_owned(),
            sha256: sha256_hex(text),
            entries,
            signer,
        })
    }
}

/// The coach's file of senders in the config dir: signing key → what was pinned.
const SENDERS_FILE: &str = "known-senders.ron";

/// What a coach's device pinned for one signing key on first open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Pinned {
    /// The name the sender is known by.
    name: String,
    /// The key feedback goes to.
    reply_to: String,
}

/// Who sent a summary, as this coach's device knows it (see [`check_sender`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sender {
    /// Signed by a key pinned before under `name`.
    Known {
        /// The pinned name.
        name: String,
    },
    /// Signed by a key seen for the first time, now pinned under `name`.
    New {
        /// The name it is pinned under.
        name: String,
    },
    /// Signed by a pinned key, but it asks for feedback to another key than the pinned one;
    /// the summary's `reply_to` was set back to the pinned key.
    ReplyToChanged {
        /// The pinned name.
        name: String,
        /// The key the summary asked for.
        claimed: String,
    },
    /// Signed by an unknown key that claims the name or the reply key of a known sender: not
    /// pinned, and not the person known by that name.
    Impostor {
        /// The known sender it resembles.
        name: String,
    },
    /// Not signed (made before signatures): the sender cannot be checked.
    Unsigned,
}

impl Sender {
    /// The name the signature vouches for; never the name an impostor borrowed, and none for
    /// an unsigned summary.
    pub fn vouched_name(&self) -> Option<&str> {
        match self {
            Sender::Known { name } | Sender::New { name } | Sender::ReplyToChanged { name, .. } => {
                Some(name)
            }
            Sender::Impostor { .. } | Sender::Unsigned => None,
        }
    }
}

/// Checks who signed `summary` against the senders this device pinned in `config` (trust on
/// first use: a new key is pinned under `name`, or a name made from the key). Feedback goes
/// only to a pinned key: a pinned sender's summary that asks for another reply key gets its
/// `reply_to` set back to the pinned one.
pub fn check_sender(
    summary: &mut OpenedSummary,
    config: &Path,
    name: Option<&str>,
) -> Result<Sender, ExportError> {
    let Some(signer) = summary.signer.clone() else {
        return Ok(Sender::Unsigned);
    };
    let mut senders = read_senders(config)?;
    if let Some(pinned) = senders.get(&signer) {
        if pinned.reply_to != summary.header.reply_to {
            let claimed = std::mem::replace(&mut summary.header.reply_to, pinned.reply_to.clone());
            return Ok(Sender::ReplyToChanged {
                name: pinned.name.clone(),
                claimed,
            });
        }
        return Ok(Sender::Known {
            name: pinned.name.clone(),
        });
    }
    let short = signer.get(8..16).unwrap_or(&signer);
    let name = name.map_or_else(|| format!("sender {short}"), str::to_owned);
    let resembles = senders
        .values()
        .find(|p| p.name == name || p.reply_to == summary.header.reply_to);
    if let Some(other) = resembles {
        return Ok(Sender::Impostor {
            name: other.name.clone(),
        });
    }
    senders.insert(
        signer,
        Pinned {
            name: name.clone(),
            reply_to: summary.header.reply_to.clone(),
        },
    );
    write_senders(config, &senders)?;
    Ok(Sender::New { name })
}

/// The name `signer` is pinned under in `config`, if any; pins nothing.
pub(super) fn known_sender(config: &Path, signer: &str) -> Result<Option<String>, ExportError> {
    Ok(read_senders(config)?.remove(signer).map(|p| p.name))
}

fn senders_error(e: impl fmt::Display) -> ExportError {
    ExportError::Senders(SENDERS_FILE.to_owned(), e.to_string())
}

fn read_senders(config: &Path) -> Result<BTreeMap<String, Pinned>, ExportError> {
    match std::fs::read_to_string(config.join(SENDERS_FILE)) {
        Ok(text) => ron::from_str(&text).map_err(senders_error),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeMap::new()),
        Err(e) => Err(senders_error(e)),
    }
}

fn write_senders(config: &Path, senders: &BTreeMap<String, Pinned>) -> Result<(), ExportError> {
    let text = ron::ser::to_string_pretty(senders, ron::ser::PrettyConfig::default())
        .map_err(senders_error)?;
    std::fs::create_dir_all(config).map_err(senders_error)?;
    let path = config.join(SENDERS_FILE);
    super::prepare::write_file(&path, format!("{text}\n").as_bytes(), true)
}

/// Decrypts a summary (armored or binary age) with the vault's identity and reads its header.
/// A changed or truncated file gives [`ExportError::Tampered`], a file for another key
/// [`ExportError::NotForYou`], anything without the header [`ExportError::NotASummary`].
pub fn open_summary(
    armored_or_binary: &[u8],
    unlocked: &Unlocked,
) -> Result<OpenedSummary, ExportError> {
    let plain = decrypt(armored_or_binary, unlocked).map_err(|e| match e {
        ExportError::NotFeedback => ExportError::NotASummary,
        other => other,
    })?;
    let text = std::str::from_utf8(&plain).map_err(|_| ExportError::NotASummary)?;
    OpenedSummary::parse(text)
}

/// Decrypts an age file meant for this identity; a file that is no age file at all is
/// [`ExportError::NotFeedback`] here, which callers rename for their context.
pub(super) fn decrypt(
    bytes: &[u8],
    unlocked: &Unlocked,
) -> Result<Zeroizing<Vec<u8>>, ExportError> {
    // Mail programs may turn line ends into CRLF; the armor forbids CR, the content is intact.
    let normalised;
    let bytes = if bytes.trim_ascii_start().starts_with(b"-----BEGIN AGE") && bytes.contains(&b'\r')
    {
        normalised = bytes
            .iter()
            .copied()
            .filter(|b| *b != b'\r')
            .collect::<Vec<u8>>();
        &normalised[..]
    } else {
        bytes
    };
    unlocked.decrypt(bytes).map_err(|e| match e {
        OpenFailure::NotAgeFile => ExportError::NotFeedback,
        OpenFailure::NotForThisKey => ExportError::NotForYou,
        OpenFailure::Damaged => ExportError::Tampered,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "<!-- ambtelijke-ruimte summary v1 -->\n---\ncoach: Kim\npurpose: intervisie\nshared: 2026-03-01\ndelete-after: 2026-06-01\nreply-to: age1xyz\n---\n\n# Samenvatting\n\n## Eerste {#entry-01A}\n\ntekst\n\n## Dilemma 2 {#entry-01B}\n";

    #[test]
    fn the_header_and_entry_anchors_are_read_back() {
        let s = OpenedSummary::parse(GOOD).unwrap();
        assert_eq!(s.header.coach, "Kim");
        assert_eq!(s.header.reply_to, "age1xyz");
        assert_eq!(s.header.delete_after, Date::parse("2026-06-01"));
        assert_eq!(
            s.entries,
            [
                ("01A".to_owned(), "Eerste".to_owned()),
                ("01B".to_owned(), "Dilemma 2".to_owned())
            ]
        );
        assert!(!s.expired(Date::parse("2026-06-01").unwrap()));
        assert!(s.expired(Date::parse("2026-06-02").unwrap()));
    }

    #[test]
    fn a_missing_or_garbled_header_is_not_a_summary() {
        for bad in [
            "# just markdown\n",
            "<!-- ambtelijke-ruimte summary v1 -->\ncoach: x\n",
            "<!-- ambtelijke-ruimte summary v1 -->\n---\ncoach: x\nreply-to: y\n",
            "<!-- ambtelijke-ruimte summary v1 -->\n---\ncoach: x\n---\n",
            "<!-- ambtelijke-ruimte summary v1 -->\n---\ncoach: x\nreply-to: y\nshared: gisteren\n---\n",
        ] {
            assert!(
                matches!(OpenedSummary::parse(bad), Err(ExportError::NotASummary)),
                "{bad}"
            );
        }
    }
}
