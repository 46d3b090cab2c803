//! The coach's side: decrypting a summary with the vault's identity and reading its header.

use std::fmt;

use zeroize::Zeroizing;

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
    /// The full Markdown, exactly as shared.
    pub text: String,
    /// SHA-256 (hex) of `text`: matches the coachee's consent record.
    pub sha256: String,
    /// The shared entries: (entry id, heading), in order.
    pub entries: Vec<(String, String)>,
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

    /// Reads a summary's Markdown (from a decrypted or a plain `.md` export).
    pub fn parse(text: &str) -> Result<OpenedSummary, ExportError> {
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
        })
    }
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
