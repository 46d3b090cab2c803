//! A summary as a reader sees it: the Markdown to render without the parts meant for the app
//! (the marker and signature comments, the front matter, the `{#entry-…}` anchors), and the
//! consent header kept apart as data, for the screen to show as a header of its own.

use super::SummaryHeader;
use crate::journal::Date;

/// What a summary shows: its consent header (when it has one) and the Markdown body.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Displayed {
    /// The consent header (coach, purpose, shared on, delete after, reply key), or `None` for
    /// a text without front matter.
    pub header: Option<SummaryHeader>,
    /// The Markdown to render: no front matter, no HTML comments, no entry anchors.
    pub markdown: String,
}

impl std::fmt::Debug for Displayed {
    // No personal text in debug output.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Displayed")
            .field("header", &self.header.is_some())
            .field("markdown_len", &self.markdown.len())
            .finish()
    }
}

/// Where an HTML comment opens and closes.
const OPEN: &str = "<!--";
const CLOSE: &str = "-->";
/// An entry anchor as written after a heading, and its start.
const ANCHOR: &str = " {#entry-";
const ANCHOR_OPEN: &str = "{#entry-";

/// Turns a summary (as exported, as opened, or the wizard's preview) into what a reader sees.
/// Never fails: a text that is not a summary is shown as Markdown with the same cleaning.
///
/// Only the app's own comment lines (the marker, the signature) and the anchors at the end of
/// entry headings are removed. A `<!--` or `{#entry-` inside the user's own text is escaped
/// instead, so it shows as typed and can never hide what follows it: the rendered preview the
/// user consents to holds every word the file holds.
pub fn for_display(text: &str) -> Displayed {
    let kept: String = text
        .split_inclusive('\n')
        .filter(|line| {
            let line = line.trim();
            !(line.starts_with(OPEN) && line.ends_with(CLOSE))
        })
        .collect();
    let (header, body) = split_front_matter(&kept);
    let body = body.trim_start_matches(['\n', '\r']);
    let mut markdown = String::with_capacity(body.len());
    for line in body.split_inclusive('\n') {
        let (content, end) = match line.strip_suffix('\n') {
            Some(c) => (c.strip_suffix('\r').unwrap_or(c), "\n"),
            None => (line, ""),
        };
        let content = match content.rfind(ANCHOR) {
            Some(at) if content.starts_with('#') && content.ends_with('}') => &content[..at],
            _ => content,
        };
        markdown.push_str(
            &content
                .replace(OPEN, "&lt;!--")
                .replace(ANCHOR_OPEN, "{\\#entry-"),
        );
        markdown.push_str(end);
    }
    if !markdown.is_empty() && !markdown.ends_with('\n') {
        markdown.push('\n');
    }
    Displayed { header, markdown }
}

/// Marks every blanked-out word (`[…]`) as inline code, so a rendered preview shows where a
/// word was taken out.
pub fn mark_redactions(markdown: &str) -> String {
    markdown.replace(super::REDACTED, &format!("`{}`", super::REDACTED))
}

/// Reads a `---` … `---` block at the start into a header; the rest is the body. Without one,
/// the whole text is the body.
fn split_front_matter(text: &str) -> (Option<SummaryHeader>, &str) {
    let trimmed = text.trim_start();
    let Some(rest) = trimmed
        .strip_prefix("---\n")
        .or_else(|| trimmed.strip_prefix("---\r\n"))
    else {
        return (None, text);
    };
    let mut header = SummaryHeader::default();
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        let line = line.trim_end();
        if line == "---" {
            return (Some(header), &rest[offset..]);
        }
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match key.trim() {
            "coach" => header.coach = value.to_owned(),
            "purpose" => header.purpose = value.to_owned(),
            "shared" => header.shared = Date::parse(value),
            "delete-after" => header.delete_after = Date::parse(value),
            "reply-to" => header.reply_to = value.to_owned(),
            _ => {}
        }
    }
    // An unclosed block is not front matter: show it as it is.
    (None, text)
}

#[cfg(test)]
#[path = "display/tests.rs"]
mod tests;
