//! The profile: the three stances side by side and the six-boards figure, each with a
//! plain-language reading, the comfort zone, the repertoire to explore and the scores behind
//! it all, and the history of takes with bands on real dates.

use egui::{RichText, Ui};

use super::ProfileView;
use super::{card, header, section};
use crate::assessment::{Change, DimScore, Dimension, Profile, Take, changes, repertoire};
use crate::content::{Board, Phase, Pole, Stance};
use crate::report::reading;
use crate::ui::commands::{NavCmd, PrintCmd, PrintTarget};
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::{S, fill};
use crate::ui::nav::Screen;
use crate::ui::screens::print::PrintAsk;
use crate::ui::widgets::{alt, badge::badge, boards, history, spectrum};
use crate::ui::{screens::tactics::zone_label, theme};

/// Draws the screen.
pub fn ui(view: &mut ProfileView, app: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    header(ui, app.t(S::ProfileTitle), None);
    let Some(profile) = app.profile() else {
        if matches!(app.vault, crate::ui::VaultState::Locked(_)) {
            // The takes are in the locked vault: not "never taken".
            ui.add(egui::Label::new(app.t(S::ProfileLocked)).wrap());
            if ui.button(app.t(S::ToJournalUnlock)).clicked() {
                out.push(NavCmd::Go(Screen::Journal));
            }
        } else {
            ui.add(egui::Label::new(app.t(S::ProfileEmpty)).wrap());
        }
        if ui.button(app.t(S::WelcomeStart)).clicked() {
            out.push(NavCmd::Go(Screen::Questionnaire));
        }
        return;
    };
    if let (Some(q), Some(quiz)) = (app.questionnaire(), app.quiz()) {
        let answered = q
            .items
            .iter()
            .filter(|i| quiz.answers.contains_key(i.id()))
            .count();
        if answered < q.items.len() {
            let text = fill(
                app.t(S::ProfilePartial),
                &[&answered.to_string(), &q.items.len().to_string()],
            );
            ui.label(RichText::new(text).italics());
        }
    }
    print_ui(view, app, out, ui, &profile);
    stance_ui(view, app, out, ui, &profile);
    boards_ui(app, out, ui, &profile);
    comfort_ui(app, ui, &profile);
    repertoire_ui(view, app, out, ui, &profile);
    super::framings::profile_ui(app, ui);
    scores_ui(app, ui, &profile);
    history_ui(&mut view.history, app, out, ui);
    super::journal::takes_ui(&mut view.delete_take, app, out, ui);
}

/// "Print / PDF": the profile as shown, made into a PDF by the worker.
fn print_ui(view: &mut ProfileView, app: &Cx<'_>, out: &mut Sink, ui: &mut Ui, profile: &Profile) {
    // A result belongs to the profile it was made of: another answer makes another profile.
    view.print.about(&format!("{:?}", profile.scores));
    let ask = super::print::ui(
        &mut view.print,
        &super::print::PROFILE_FIELD,
        app,
        out,
        ui,
        app.t(S::PrintFileProfile),
    );
    if view.print.open {
        ui.label(RichText::new(app.t(S::PrintProfileHint)).small().weak());
    }
    match ask {
        Some(PrintAsk::Write(path)) => out.push(PrintCmd::Profile(Box::new(profile.clone()), path)),
        Some(PrintAsk::Open(path)) => out.push(PrintCmd::Open(PrintTarget::Profile, path)),
        None => {}
    }
}

/// The takes kept in the vault: a line per dimension, and what changed since the last take.
fn history_ui(group: &mut history::Group, app: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    section(ui, app.t(S::HistoryTitle));
    let Some(session) = app.vault.session() else {
        let key = if app.vault.vault().is_some() {
            S::HeatLocked
        } else {
            S::NeedVault
        };
        ui.label(app.t(key));
        if ui.button(app.t(S::NavJournal)).clicked() {
            out.push(NavCmd::Go(Screen::Journal));
        }
        return;
    };
    let takes: Vec<Take> = session.takes.iter().map(|t| t.body.clone()).collect();
    if takes.is_empty() {
        ui.label(app.t(S::HistoryNone));
        return;
    }
    ui.label(RichText::new(app.t(S::HistoryChart)).small().weak());
    history::ui(ui, app.content, app.lang, &takes, group, app.zone);
    if takes.len() < 2 {
        ui.label(app.t(S::HistoryNone));
        return;
    }
    section(ui, app.t(S::ChangesTitle));
    let (Some(before), Some(after)) = (takes.get(takes.len() - 2), takes.last()) else {
        return;
    };
    let list = changes(&before.profile, &after.profile);
    if list.is_empty() {
        ui.label(app.t(S::NoChanges));
    }
    for c in list {
        let text = match c {
            Change::Moved {
                dimension,
                from,
                to,
            } => fill(
                app.t(S::ChangeMoved),
                &[
                    dimension_name(app, dimension),
                    &format!("{from:.0}"),
                    &format!("{to:.0}"),
                ],
            ),
            Change::EnteredComfort(p) => fill(
                app.t(S::ChangeEntered),
                &[app.content.pole(p).name.get(app.lang)],
            ),
            Change::LeftComfort(p) => fill(
                app.t(S::ChangeLeft),
                &[app.content.pole(p).name.get(app.lang)],
            ),
        };
        ui.label(format!("– {text}"));
    }
}

/// The name of a dimension in the user's language.
pub fn dimension_name<'a>(app: &Cx<'a>, d: Dimension) -> &'a str {
    match d {
        Dimension::Stance(s) => app.content.stance(s).name.get(app.lang),
        Dimension::Pole(p) => app.content.pole(p).name.get(app.lang),
    }
}

fn stance_ui(view: &ProfileView, app: &Cx<'_>, out: &mut Sink, ui: &mut Ui, profile: &Profile) {
    let lang = app.lang;
    section(ui, app.t(S::SpectrumTitle));
    ui.label(RichText::new(app.t(S::SpectrumFigure)).small().weak());
    if let Some(s) = spectrum::ui(ui, app.content, Some(profile), lang, view.stance) {
        out.push(NavCmd::SelectStance(s));
    }
    let scored: Vec<(Stance, f32)> = Stance::ALL
        .into_iter()
        .filter_map(|s| Some((s, profile.score(Dimension::Stance(s)).value()?)))
        .collect();
    if scored.len() < Stance::ALL.len() {
        ui.label(app.t(S::TooFewAnswers));
        return;
    }
    let clear = profile.clear_stances();
    // The same words as the printed profile (`report::reading`).
    let overall = reading::stances(profile, app.content, lang).unwrap_or_default();
    // The stance explained: the one clicked, else the first clear one, else the highest.
    let highest = scored
        .iter()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map_or(Stance::Engaged, |(s, _)| *s);
    let shown = view.stance.or(clear.first().copied()).unwrap_or(highest);
    let explained = reading::stance(app.content, shown, lang);
    let mut go = None;
    card(ui, |ui| {
        ui.add(egui::Label::new(RichText::new(overall).strong()).wrap());
        ui.add(egui::Label::new(explained).wrap());
        ui.horizontal_wrapped(|ui| {
            for pole in Pole::ALL
                .into_iter()
                .filter(|p| app.content.pole(*p).stance == shown)
            {
                if crate::ui::widgets::whole::link(ui, app.content.pole(pole).name.get(lang))
                    .clicked()
                {
                    go = Some(pole);
                }
            }
        });
    });
    if let Some(p) = go {
        out.push(NavCmd::ShowPole(p));
    }
}

fn boards_ui(app: &Cx<'_>, out: &mut Sink, ui: &mut Ui, profile: &Profile) {
    let lang = app.lang;
    section(ui, app.t(S::BoardsTitle));
    ui.label(RichText::new(app.t(S::BoardsFigure)).small().weak());
    if let Some(pole) = boards::ui(ui, app.content, Some(profile), lang, app.t(S::YourPosition)) {
        out.push(NavCmd::ShowPole(pole));
    }
    ui.label(RichText::new(app.t(S::BoardsHint)).small().weak());
    for board in Board::ALL {
        let (sentence, pole) = reading::board(profile, app.content, board, lang);
        card(ui, |ui| {
            let known = profile.lean(board).is_some();
            let text = RichText::new(sentence);
            ui.label(if known {
                text.strong().color(reading_colour(board, ui.visuals()))
            } else {
                text
            });
            if let Some(pole) = pole {
                ui.add(egui::Label::new(app.content.pole(pole).summary.get(lang)).wrap());
            }
        });
    }
}

fn pole_names(app: &Cx<'_>, poles: &[Pole]) -> String {
    poles
        .iter()
        .map(|p| app.content.pole(*p).name.get(app.lang))
        .collect::<Vec<_>>()
        .join(", ")
}

fn comfort_ui(app: &Cx<'_>, ui: &mut Ui, profile: &Profile) {
    if profile.comfort_zone.is_empty() {
        return;
    }
    section(ui, app.t(S::ComfortTitle));
    let sentence = reading::comfort(profile, app.content, app.lang).unwrap_or_default();
    ui.add(egui::Label::new(sentence).wrap());
}

fn repertoire_ui(view: &ProfileView, app: &Cx<'_>, out: &mut Sink, ui: &mut Ui, profile: &Profile) {
    if profile.weakest.is_empty() {
        return;
    }
    let lang = app.lang;
    section(ui, app.t(S::RepertoireTitle));
    ui.add(
        egui::Label::new(fill(
            app.t(S::RepertoireReading),
            &[&pole_names(app, &profile.weakest)],
        ))
        .wrap(),
    );
    let mut phase = view.phase;
    ui.horizontal_wrapped(|ui| {
        ui.label(app.t(S::PhaseOfWork));
        for (p, key) in [
            (None, S::AnyPhase),
            (Some(Phase::BreakingOpen), S::PhaseBreakingOpen),
            (Some(Phase::Anchoring), S::PhaseAnchoring),
        ] {
            ui.radio_value(&mut phase, p, app.t(key));
        }
    });
    if phase != view.phase {
        out.push(NavCmd::SetPhase(phase));
    }
    let mut open = None;
    for t in repertoire(profile, app.content, view.phase) {
        ui.horizontal_wrapped(|ui| {
            badge(ui, app.t(zone_label(t.ethics)), theme::zone(t.ethics));
            if crate::ui::widgets::whole::link(ui, t.name.get(lang)).clicked() {
                open = Some(t.id.clone());
            }
            crate::ui::widgets::whole::label(
                ui,
                RichText::new(format!("· {}", app.content.pole(t.pole).name.get(lang))).weak(),
            );
        });
    }
    if let Some(id) = open {
        out.push(NavCmd::ShowTactic(id));
    }
}

fn scores_ui(app: &Cx<'_>, ui: &mut Ui, profile: &Profile) {
    section(ui, app.t(S::ScoresTitle));
    egui::Grid::new("scores")
        .num_columns(2)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            for d in Dimension::ALL {
                ui.label(dimension_name(app, d));
                match profile.score(d) {
                    DimScore::Score(v) => {
                        let band = profile.band(d).unwrap_or_default();
                        let bar = egui::ProgressBar::new(v / 100.0)
                            .text(format!("{v:.0} ± {band:.0}"))
                            .desired_width(theme::field_width(ui, 320.0))
                            .fill(dimension_colour(d, ui.visuals()));
                        let mut tip = alt::score_band(app.lang, dimension_name(app, d), v, band);
                        if let Some(level) = profile.level(d) {
                            tip = format!("{tip}; {}", alt::level(app.lang, level));
                        }
                        ui.add(bar).on_hover_text(tip);
                    }
                    DimScore::TooFewAnswers { .. } => {
                        ui.label(RichText::new(app.t(S::TooFewAnswers)).italics().weak());
                    }
                }
                ui.end_row();
            }
        });
}

fn dimension_colour(d: Dimension, visuals: &egui::Visuals) -> egui::Color32 {
    match d {
        Dimension::Stance(s) => theme::stance(s),
        Dimension::Pole(p) => theme::mix(theme::pole(p, visuals), theme::board(p.board()), 0.6),
    }
}

/// The colour of a board's reading on its card: the board's colour, darkened or lightened
/// until it reads as body text on the card (the blue of the political board is too dim on the
/// dark theme's card as it is).
fn reading_colour(board: Board, visuals: &egui::Visuals) -> egui::Color32 {
    theme::readable(theme::board(board), visuals.faint_bg_color)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_boards_reading_reads_on_its_card_in_both_themes() {
        for dark in [false, true] {
            let v = crate::ui::theme::visuals(dark);
            for b in crate::content::Board::ALL {
                let r = crate::ui::theme::ratio(super::reading_colour(b, &v), v.faint_bg_color);
                assert!(r >= 4.5, "{b:?} (dark: {dark}): {r:.2}:1");
            }
        }
    }
}
