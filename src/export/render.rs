//! The summary as Markdown: a header the coach's app can read back, then only the parts the
//! user selected, with the redaction words blanked out.

use std::fmt::Write;

use super::labels::{L, label, yes_no, zone};
use super::redact::redact_with;
use super::{Consent, Parts, Scope};
use crate::assessment::{DimScore, Dimension, Profile};
use crate::content::{Content, Lang, Stance};
use crate::journal::{Date, Entry};

/// The first line of every summary: how the coach's app knows what it opened.
pub const MARKER: &str = "<!-- ambtelijke-ruimte summary v1 -->";
/// What precedes an entry's id in its heading anchor.
pub(super) const ANCHOR: &str = " {#entry-";

/// Everything a summary is rendered from.
pub struct RenderInput<'a> {
    /// What was chosen.
    pub scope: &'a Scope,
    /// To whom and why.
    pub consent: &'a Consent,
    /// The selected entries with their ids, in scope order; ids that were not found are left out.
    pub entries: Vec<(&'a str, &'a Entry)>,
    /// The latest profile, if any.
    pub profile: Option<&'a Profile>,
    /// Tactic, stance and pole names.
    pub content: &'a Content,
    /// The document's language.
    pub lang: Lang,
    /// The coachee's `age1…` key, so the coach can send feedback back.
    pub coachee_recipient: &'a str,
    /// The time of sharing (unix seconds).
    pub now: i64,
}

/// Renders the summary: the header block, then the selected parts of the selected entries and,
/// when chosen, the profile. Redaction applies to everything but the header's keys, its
/// `reply-to` and dates, and the `{#entry-…}` anchors.
pub fn render_markdown(input: &RenderInput) -> String {
    let words = &input.scope.redact;
    let whole = input.scope.whole_words;
    let redact = |s: &str, words: &[String]| redact_with(s, words, whole);
    let mut out = String::with_capacity(4096);
    let value = |s: &str| one_line(&redact(s, words));
    let delete_after = input
        .consent
        .delete_after
        .map(|d| d.to_string())
        .unwrap_or_default();
    // Writing into a String cannot fail.
    let _ = write!(
        out,
        "{MARKER}\n---\ncoach: {}\npurpose: {}\nshared: {}\ndelete-after: {}\nreply-to: {}\n---\n\n",
        value(&input.consent.coach),
        value(&input.consent.purpose),
        Date::from_unix(input.now),
        delete_after,
        one_line(input.coachee_recipient.trim()),
    );
    let body = body(input);
    for line in body.lines() {
        match line.rfind(ANCHOR) {
            Some(at) if line.starts_with("## ") && line.ends_with('}') => {
                out.push_str(&redact(&line[..at], words));
                out.push_str(&line[at..]);
            }
            _ => out.push_str(&redact(line, words)),
        }
        out.push('\n');
    }
    out
}

/// Everything below the header, not yet redacted.
fn body(input: &RenderInput) -> String {
    let lang = input.lang;
    let mut out = String::with_capacity(4096);
    let _ = writeln!(
        out,
        "# {}\n\n{}\n",
        label(L::DocTitle, lang),
        label(L::Intro, lang)
    );
    let selections = &input.scope.entries;
    for (n, (id, entry)) in input.entries.iter().enumerate() {
        let parts = selections
            .iter()
            .find(|s| s.entry_id == *id)
            .map(|s| s.parts)
            .unwrap_or_default();
        entry_section(&mut out, id, entry, parts, n + 1, input.content, lang);
    }
    if input.scope.profile {
        profile_section(&mut out, input.profile, input.content, lang);
    }
    out
}

fn entry_section(
    out: &mut String,
    id: &str,
    e: &Entry,
    parts: Parts,
    n: usize,
    content: &Content,
    lang: Lang,
) {
    let title = one_line(e.title.trim());
    let heading = if parts.title && !title.is_empty() {
        title
    } else {
        format!("{} {n}", label(L::Untitled, lang))
    };
    let _ = writeln!(
        out,
        "## {}{ANCHOR}{}}}\n",
        heading.trim_start_matches('#'),
        one_line(id)
    );
    if parts.title {
        let _ = writeln!(out, "*{}: {}*\n", label(L::Date, lang), e.date);
    }
    if parts.dilemma {
        section(out, L::Dilemma, lang, |out| {
            text_block(out, &e.dilemma);
            let roles: Vec<&str> = e.stakeholders.iter().map(|s| s.trim()).collect();
            field(out, label(L::Stakeholders, lang), &roles.join(", "));
        });
    }
    if parts.tactics {
        section(out, L::Tactics, lang, |out| tactics(out, e, content, lang));
    }
    if parts.boundaries {
        section(out, L::Boundaries, lang, |out| boundaries(out, e, lang));
    }
    if parts.follow_ups {
        section(out, L::FollowUps, lang, |out| {
            for f in &e.follow_ups {
                let _ = writeln!(out, "**{}**\n", f.date);
                field(out, label(L::Happened, lang), &f.happened);
                field(out, label(L::Pushback, lang), &f.pushback);
                field(out, label(L::Adjustment, lang), &f.adjustment);
                field(out, label(L::Learned, lang), &f.learned);
            }
        });
    }
    if parts.reflection {
        section(out, L::Reflection, lang, |out| {
            field(out, label(L::Options, lang), &e.options);
            field(out, label(L::Decision, lang), &e.decision);
        });
    }
}

fn tactics(out: &mut String, e: &Entry, content: &Content, lang: Lang) {
    for id in &e.tactics {
        match content.tactic(id) {
            Some(t) => {
                let _ = writeln!(out, "- {} ({})", t.name.get(lang), zone(t.ethics, lang));
            }
            None => {
                let _ = writeln!(out, "- {}", one_line(id));
            }
        }
    }
    if !e.tactics.is_empty() {
        out.push('\n');
    }
    let boards: Vec<&str> = e
        .boards
        .iter()
        .map(|b| content.board(*b).name.get(lang))
        .collect();
    field(out, label(L::Boards, lang), &boards.join(", "));
}

/// A part of an entry under its `###` heading, written only when `write` puts something under
/// it: a part that was chosen but holds nothing (no boundary question answered, no tactic
/// linked) leaves no empty heading in the file, the preview or the PDF.
fn section(out: &mut String, key: L, lang: Lang, write: impl FnOnce(&mut String)) {
    let mut body = String::new();
    write(&mut body);
    if body.trim().is_empty() {
        return;
    }
    subheading(out, key, lang);
    out.push_str(&body);
}

fn boundaries(out: &mut String, e: &Entry, lang: Lang) {
    let answer = |a: Option<crate::journal::YesNo>| a.map(|a| yes_no(a, lang)).unwrap_or("");
    field(out, label(L::OathFits, lang), answer(e.oath.fits));
    field(out, label(L::OathNote, lang), &e.oath.note);
    field(
        out,
        label(L::ConfidantDiscussed, lang),
        answer(e.confidant.discussed),
    );
    field(out, label(L::ConfidantRole, lang), &e.confidant.with_role);
    let d = &e.deliberation;
    field(out, label(L::DeliberationNeeded, lang), answer(d.needed));
    for (key, text) in [
        (L::Facts, &d.facts),
        (L::OptionA, &d.option_a),
        (L::OptionB, &d.option_b),
        (L::StakeholdersValues, &d.stakeholders_values),
        (L::DeliberationOptions, &d.options),
        (L::ChoiceDo, &d.choice_do),
        (L::ChoiceBecause, &d.choice_because),
        (L::ChoiceDespite, &d.choice_despite),
        (L::LimitHarm, &d.limit_harm),
        (L::Evaluation, &d.evaluation),
    ] {
        field(out, label(key, lang), text);
    }
}

fn profile_section(out: &mut String, profile: Option<&Profile>, content: &Content, lang: Lang) {
    let _ = writeln!(out, "## {}\n", label(L::Profile, lang));
    let Some(p) = profile else {
        let _ = writeln!(out, "{}\n", label(L::NoProfile, lang));
        return;
    };
    let _ = writeln!(out, "### {}\n", label(L::Scores, lang));
    for d in Dimension::ALL {
        let name = match d {
            Dimension::Stance(s) => content.stance(s).name.get(lang),
            Dimension::Pole(pole) => content.pole(pole).name.get(lang),
        };
        match p.score(d) {
            DimScore::Score(v) => {
                let band = p.band(d).unwrap_or_default();
                let _ = writeln!(out, "- {name}: {v:.0} ± {band:.0}");
            }
            DimScore::TooFewAnswers { answered, total } => {
                let _ = writeln!(
                    out,
                    "- {name}: {} ({answered}/{total})",
                    label(L::TooFewAnswers, lang)
                );
            }
        }
    }
    out.push('\n');
    let clear = p.clear_stances();
    if Stance::ALL
        .iter()
        .all(|s| p.score(Dimension::Stance(*s)).value().is_some())
    {
        let _ = writeln!(out, "### {}\n", label(L::Stances, lang));
        let names: Vec<&str> = clear
            .iter()
            .map(|s| content.stance(*s).name.get(lang))
            .collect();
        let names = if names.is_empty() {
            "–".to_owned()
        } else {
            names.join(", ")
        };
        let _ = writeln!(out, "**{}:** {names}\n", label(L::ClearStances, lang));
    }
}

fn subheading(out: &mut String, key: L, lang: Lang) {
    let _ = writeln!(out, "### {}\n", label(key, lang));
}

/// A labelled value as a paragraph; nothing when the value is empty.
fn field(out: &mut String, name: &str, value: &str) {
    if value.trim().is_empty() {
        return;
    }
    let _ = write!(out, "**{name}:** ");
    text_block(out, value);
}

/// User text as paragraphs. A line that starts with `#` is escaped, so user text can never pose
/// as a heading (or as another entry's anchor) when the coach's app reads the summary back.
fn text_block(out: &mut String, text: &str) {
    let mut blank = false;
    for line in text.trim().lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank = true;
            continue;
        }
        if blank {
            out.push('\n');
            blank = false;
        }
        if line.trim_start().starts_with('#') {
            out.push('\\');
        }
        out.push_str(line);
        out.push('\n');
    }
    out.push('\n');
}

/// A value on one line: line breaks become spaces.
fn one_line(s: &str) -> String {
    s.replace(['\r', '\n'], " ")
}

#[cfg(test)]
#[path = "render/tests.rs"]
mod tests;
