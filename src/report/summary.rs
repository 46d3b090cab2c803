//! A coach's summary on paper: the Markdown a coachee shared, read as headings, paragraphs and
//! list items, without the machine parts (the marker comment, the front matter, the
//! `{#entry-…}` anchors) that the coach's app uses to read it back.

use super::ReportError;
use super::draw::{Meta, render};
use super::fonts::Fonts;
use super::layout::{Flow, Style};
use super::words::{W, fill};
use crate::content::Lang;
use crate::export::SummaryHeader;
use crate::journal::Date;

/// A block of a summary as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading of level 1 to 3.
    Heading(u8, String),
    /// A paragraph; its line breaks are kept.
    Paragraph(String),
    /// A list item.
    Item(String),
}

/// What a printed summary is made from.
pub struct SummaryReport<'a> {
    /// The summary's Markdown as shared (marker, front matter and all).
    pub text: &'a str,
    /// Its parsed header (coach, purpose, dates).
    pub header: &'a SummaryHeader,
    /// Who sent it, as the coach knows them; `None` when that cannot be said.
    pub sender: Option<&'a str>,
    /// The language of the printed frame around it.
    pub lang: Lang,
    /// The day it is printed.
    pub printed: Date,
}

/// The blocks of a summary's Markdown, without its marker, front matter, HTML comment lines
/// and heading anchors; emphasis marks are dropped.
pub fn summary_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut para: Vec<String> = Vec::new();
    let flush = |para: &mut Vec<String>, blocks: &mut Vec<Block>| {
        if !para.is_empty() {
            blocks.push(Block::Paragraph(para.join("\n")));
            para.clear();
        }
    };
    let mut lines = text.lines().peekable();
    // The marker comment and the front matter come first, if at all.
    while lines
        .peek()
        .is_some_and(|l| is_comment(l) || l.trim().is_empty())
    {
        lines.next();
    }
    if lines.peek().is_some_and(|l| l.trim() == "---") {
        lines.next();
        for l in lines.by_ref() {
            if l.trim() == "---" {
                break;
            }
        }
    }
    for line in lines {
        let line = line.trim_end();
        if line.trim().is_empty() {
            flush(&mut para, &mut blocks);
        } else if is_comment(line) {
            continue;
        } else if let Some((level, rest)) = heading(line) {
            flush(&mut para, &mut blocks);
            blocks.push(Block::Heading(level, plain(strip_anchor(rest))));
        } else if let Some(rest) = line.strip_prefix("- ") {
            flush(&mut para, &mut blocks);
            blocks.push(Block::Item(plain(rest)));
        } else {
            // User text that starts with `#` was escaped by the exporter; show it as typed.
            let line = line
                .strip_prefix('\\')
                .filter(|l| l.starts_with('#'))
                .unwrap_or(line);
            para.push(plain(line));
        }
    }
    flush(&mut para, &mut blocks);
    blocks
}

fn is_comment(line: &str) -> bool {
    let t = line.trim();
    t.starts_with("<!--") && t.ends_with("-->")
}

fn heading(line: &str) -> Option<(u8, &str)> {
    for (level, prefix) in [(3u8, "### "), (2, "## "), (1, "# ")] {
        if let Some(rest) = line.strip_prefix(prefix) {
            return Some((level, rest));
        }
    }
    None
}

/// `Title {#entry-01H…}` → `Title`.
fn strip_anchor(text: &str) -> &str {
    match text.rfind(" {#") {
        Some(at) if text.ends_with('}') => &text[..at],
        _ => text,
    }
}

/// Drops the emphasis marks the exporter writes (`**label:**`, `*date*`).
fn plain(text: &str) -> String {
    let text = text.replace("**", "");
    match text.strip_prefix('*').and_then(|t| t.strip_suffix('*')) {
        Some(inner) => inner.to_owned(),
        None => text,
    }
}

/// Lays out and renders a summary as a PDF: who it is from and for, then its blocks.
pub fn summary_pdf(report: &SummaryReport<'_>) -> Result<Vec<u8>, ReportError> {
    let fonts = Fonts::load()?;
    let mut flow = Flow::new(&fonts);
    let lang = report.lang;
    let blocks = summary_blocks(report.text);
    let mut rest = blocks.as_slice();
    let mut title = String::new();
    if let Some((Block::Heading(1, t), tail)) = rest.split_first() {
        flow.heading(t, 1);
        title.clone_from(t);
        rest = tail;
    }
    let h = report.header;
    if let Some(name) = report.sender {
        flow.paragraph(&fill(W::SummaryFrom.get(lang), &[name]), Style::CAPTION);
    }
    flow.paragraph(
        &fill(W::SummaryFor.get(lang), &[&h.coach, &h.purpose]),
        Style::CAPTION,
    );
    if let Some(day) = h.shared {
        flow.paragraph(
            &fill(W::SummaryShared.get(lang), &[&day.to_string()]),
            Style::CAPTION,
        );
    }
    if let Some(day) = h.delete_after {
        flow.paragraph(
            &fill(W::SummaryDeleteAfter.get(lang), &[&day.to_string()]),
            Style::CAPTION,
        );
    }
    flow.paragraph(
        &fill(W::SummaryPrinted.get(lang), &[&report.printed.to_string()]),
        Style::CAPTION,
    );
    flow.gap(6.0);
    for block in rest {
        match block {
            Block::Heading(level, text) => flow.heading(text, (*level).max(2)),
            Block::Paragraph(text) => flow.paragraph(text, Style::BODY),
            Block::Item(text) => flow.bullet(text, Style::BODY),
        }
    }
    let pages = flow.finish(lang);
    render(&pages, &fonts, &Meta { title, lang })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marker_front_matter_anchors_and_emphasis_are_not_printed() {
        let text = "<!-- ambtelijke-ruimte summary v1 -->\n---\ncoach: Ans\npurpose: p\n---\n\n# Samenvatting\n\nIntro.\n\n## Warmtenet {#entry-01ABC}\n\n*Datum: 2025-01-02*\n\n**Dilemma:** eerste regel\ntweede regel\n\n- Loyale tegenspraak (past)\n\\# geen kop\n";
        let blocks = summary_blocks(text);
        assert_eq!(
            blocks,
            vec![
                Block::Heading(1, "Samenvatting".into()),
                Block::Paragraph("Intro.".into()),
                Block::Heading(2, "Warmtenet".into()),
                Block::Paragraph("Datum: 2025-01-02".into()),
                Block::Paragraph("Dilemma: eerste regel\ntweede regel".into()),
                Block::Item("Loyale tegenspraak (past)".into()),
                Block::Paragraph("# geen kop".into()),
            ]
        );
    }

    #[test]
    fn a_summary_prints_with_who_it_is_from_and_for() {
        let text = "<!-- ambtelijke-ruimte summary v1 -->\n---\ncoach: Kim\n---\n\n# Samenvatting voor je coach\n\nDit deelde je.\n\n## Warmtenet {#entry-01ABC}\n\n### Dilemma\n\nHet café wil meedoen; één wethouder is geïnteresseerd.\n\n- Loyale tegenspraak (rekt de ethiek op)\n";
        let header = SummaryHeader {
            coach: "Kim".into(),
            purpose: "intervisie".into(),
            shared: Some(Date::from_days(20_000)),
            delete_after: Some(Date::from_days(20_030)),
            reply_to: String::new(),
        };
        let pdf = summary_pdf(&SummaryReport {
            text,
            header: &header,
            sender: Some("Anne"),
            lang: Lang::Nl,
            printed: Date::from_days(20_001),
        })
        .expect("pdf");
        assert!(pdf.starts_with(b"%PDF-"));
        if let Ok(dir) = std::env::var("LOOK_DIR") {
            std::fs::write(format!("{dir}/summary.pdf"), &pdf).expect("look");
        }
    }
}
