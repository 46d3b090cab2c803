//! The printed profile: title, respondent and date; the stance figure and what it says; the
//! boards figure and each board's lean; comfort zone and repertoire; the scores with their
//! bands; a caveat and the source credit.

use super::ReportError;
use super::draw::{Meta, render};
use super::figures;
use super::fonts::Fonts;
use super::layout::{Flow, Style};
use super::reading;
use super::words::{W, fill};
use crate::assessment::{DimScore, Dimension, Profile, repertoire};
use crate::content::{Board, Content, EthicsZone, Lang};
use crate::journal::Date;

/// What a printed profile is made from.
pub struct ProfileReport<'a> {
    /// The scored profile.
    pub profile: &'a Profile,
    /// Names and summaries of stances, boards, poles and tactics.
    pub content: &'a Content,
    /// The document's language.
    pub lang: Lang,
    /// The day it is printed (or the day of the take).
    pub date: Date,
    /// Whose profile (a workshop respondent's id); `None` for your own.
    pub respondent: Option<&'a str>,
}

/// Lays out and renders the profile as a PDF.
pub fn profile_pdf(report: &ProfileReport<'_>) -> Result<Vec<u8>, ReportError> {
    let fonts = Fonts::load()?;
    let mut flow = Flow::new(&fonts);
    let (p, content, lang) = (report.profile, report.content, report.lang);
    flow.heading(W::ProfileTitle.get(lang), 1);
    if let Some(id) = report.respondent {
        flow.paragraph(&fill(W::Respondent.get(lang), &[id]), Style::BODY);
    }
    flow.paragraph(
        &fill(W::Date.get(lang), &[&report.date.to_string()]),
        Style::BODY,
    );

    flow.heading(W::StanceTitle.get(lang), 2);
    flow.paragraph(W::StanceCaption.get(lang), Style::CAPTION);
    figures::stances(&mut flow, p, content, lang);
    if let Some(sentence) = reading::stances(p, content, lang) {
        flow.paragraph(&sentence, Style::BODY);
    }
    for s in p.clear_stances() {
        flow.bullet(&reading::stance(content, s, lang), Style::BODY);
    }

    flow.heading(W::BoardsTitle.get(lang), 2);
    flow.paragraph(W::BoardsCaption.get(lang), Style::CAPTION);
    figures::boards(&mut flow, p, content, lang);
    flow.gap(4.0);
    for b in Board::ALL {
        let (sentence, pole) = reading::board(p, content, b, lang);
        let text = match pole {
            Some(pole) => format!("{sentence} {}", content.pole(pole).summary.get(lang)),
            None => sentence,
        };
        flow.bullet(&text, Style::BODY);
    }

    reading_section(&mut flow, report);
    scores_section(&mut flow, p, content, lang);

    flow.gap(8.0);
    // The caveat and the credit stay together.
    flow.ensure(90.0);
    flow.paragraph(W::Caveat.get(lang), Style::CAPTION);
    flow.paragraph(W::Credit.get(lang), Style::CAPTION);
    let pages = flow.finish(lang);
    let title = match report.respondent {
        Some(id) => format!("{} ({id})", W::ProfileTitle.get(lang)),
        None => W::ProfileTitle.get(lang).to_owned(),
    };
    render(&pages, &fonts, &Meta { title, lang })
}

/// The comfort zone and the tactics to explore.
fn reading_section(flow: &mut Flow<'_>, report: &ProfileReport<'_>) {
    let (p, content, lang) = (report.profile, report.content, report.lang);
    let comfort = reading::comfort(p, content, lang);
    let explore = reading::explore(p, content, lang);
    if comfort.is_none() && explore.is_none() {
        return;
    }
    flow.heading(W::ReadingTitle.get(lang), 2);
    for sentence in comfort.iter().chain(explore.iter()) {
        flow.paragraph(sentence, Style::BODY);
    }
    let tactics = repertoire(p, content, None);
    if tactics.is_empty() {
        return;
    }
    flow.heading(W::RepertoireTitle.get(lang), 3);
    for t in tactics {
        let zone = match t.ethics {
            EthicsZone::Fits => W::ZoneFits,
            EthicsZone::Stretches => W::ZoneStretches,
            EthicsZone::Outside => W::ZoneOutside,
        };
        flow.bullet(
            &format!(
                "{} · {} ({})",
                t.name.get(lang),
                content.pole(t.pole).name.get(lang),
                zone.get(lang)
            ),
            Style::BODY,
        );
    }
}

/// Every dimension's score with its band, as a two-column table.
fn scores_section(flow: &mut Flow<'_>, p: &Profile, content: &Content, lang: Lang) {
    flow.heading(W::ScoresTitle.get(lang), 2);
    flow.row("", W::ScoreHead.get(lang), Style::CAPTION);
    for d in Dimension::ALL {
        let name = match d {
            Dimension::Stance(s) => content.stance(s).name.get(lang),
            Dimension::Pole(pole) => content.pole(pole).name.get(lang),
        };
        let value = match p.score(d) {
            DimScore::Score(v) => format!("{v:.0} ± {:.0}", p.band(d).unwrap_or_default()),
            DimScore::TooFewAnswers { answered, total } => fill(
                W::TooFew.get(lang),
                &[&answered.to_string(), &total.to_string()],
            ),
        };
        flow.row(name, &value, Style::BODY);
    }
}
