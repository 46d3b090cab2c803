//! The catalogue: the Bijlage 1 grid (poles × four tactics) with filters and search, and a
//! page per tactic with its summary, example or risk, ethics zone and boundary prompt.

use egui::{RichText, Ui};

use super::{card, header, section};
use crate::assessment::repertoire;
use crate::content::{Basis, Board, EthicsZone, Phase, Pole, Tactic, TacticFilter};
use crate::ui::app::{App, Command};
use crate::ui::i18n::{S, fill};
use crate::ui::theme;
use crate::ui::widgets::badge::badge;
use crate::ui::widgets::combo;
use crate::ui::widgets::glossary;
use crate::ui::widgets::heat;

/// The label of an ethics zone.
pub fn zone_label(z: EthicsZone) -> S {
    match z {
        EthicsZone::Fits => S::ZoneFits,
        EthicsZone::Stretches => S::ZoneStretches,
        EthicsZone::Outside => S::ZoneOutside,
    }
}

/// The label of a phase.
pub fn phase_label(p: Phase) -> S {
    match p {
        Phase::BreakingOpen => S::PhaseBreakingOpen,
        Phase::Anchoring => S::PhaseAnchoring,
        Phase::Both => S::PhaseBoth,
    }
}

/// Whether a classification is the report's own ("volgens het rapport") or ours ("in de lijn
/// van het rapport").
pub fn basis_label(b: Basis) -> S {
    match b {
        Basis::Stated => S::BasisStated,
        Basis::Inferred => S::BasisInferred,
    }
}

/// Draws the screen.
pub fn ui(app: &mut App, ui: &mut Ui) {
    let selected = app.tactics.selected.clone();
    match selected
        .as_deref()
        .and_then(|id| app.content.tactic(id))
        .cloned()
    {
        Some(t) => detail_ui(app, ui, &t),
        None => grid_ui(app, ui),
    }
}

fn grid_ui(app: &mut App, ui: &mut Ui) {
    let lang = app.lang;
    header(ui, app.t(S::TacticsTitle), Some(app.t(S::TacticsIntro)));
    heat_ui(app, ui);
    filters_ui(app, ui);
    let profile = app.profile();
    let explore: Vec<String> = match (&profile, app.tactics.only_repertoire) {
        (Some(p), true) => repertoire(p, &app.content, None)
            .iter()
            .map(|t| t.id.clone())
            .collect(),
        _ => Vec::new(),
    };
    let shown = |t: &Tactic, f: &TacticFilter| {
        f.matches(t) && (explore.is_empty() || explore.contains(&t.id))
    };
    let filter = app.tactics.filter.clone();
    let count = app
        .content
        .tactics()
        .iter()
        .filter(|t| shown(t, &filter))
        .count();
    ui.label(RichText::new(fill(app.t(S::Matches), &[&count.to_string()])).weak());
    if count == 0 {
        ui.label(app.t(S::NoMatches));
        return;
    }
    let mut open = None;
    for board in Board::ALL {
        let poles: Vec<Pole> = board
            .poles()
            .iter()
            .copied()
            .filter(|p| app.content.tactics_of(*p).any(|t| shown(t, &filter)))
            .collect();
        if poles.is_empty() {
            continue;
        }
        section(ui, app.content.board(board).name.get(lang));
        ui.columns(board.poles().len(), |cols| {
            for (col, pole) in cols.iter_mut().zip(&poles) {
                col.label(
                    RichText::new(app.content.pole(*pole).name.get(lang))
                        .strong()
                        .color(theme::board(board)),
                );
                for t in app.content.tactics_of(*pole).filter(|t| shown(t, &filter)) {
                    if tactic_button(col, t.name.get(lang), t.ethics).clicked() {
                        open = Some(t.id.clone());
                    }
                }
            }
        });
    }
    if let Some(id) = open {
        app.push(Command::ShowTactic(id));
    }
}

/// The repertoire map: how often each tactic was linked, beside the comfort zone.
fn heat_ui(app: &mut App, ui: &mut Ui) {
    if app.vault.vault().is_none() {
        return;
    }
    let lang = app.lang;
    egui::CollapsingHeader::new(RichText::new(app.t(S::HeatTitle)).strong())
        .id_salt("heat")
        .default_open(true)
        .show(ui, |ui| {
            let Some(session) = app.vault.session() else {
                ui.label(app.t(S::HeatLocked));
                return;
            };
            ui.label(RichText::new(app.t(S::HeatIntro)).small());
            let counts = session.journal.tactic_counts();
            let comfort = app.profile().map(|p| p.comfort_zone).unwrap_or_default();
            if let Some(id) = heat::ui(
                ui,
                &app.content,
                &counts,
                &comfort,
                lang,
                app.t(S::TimesLinked),
            ) {
                app.push(Command::ShowTactic(id));
            }
        });
}

fn tactic_button(ui: &mut Ui, name: &str, zone: EthicsZone) -> egui::Response {
    let button = egui::Button::new(RichText::new(name))
        .wrap_mode(egui::TextWrapMode::Wrap)
        .min_size(egui::vec2(ui.available_width(), 44.0));
    let response = ui.add(button);
    let stripe =
        egui::Rect::from_min_size(response.rect.min, egui::vec2(5.0, response.rect.height()));
    ui.painter().rect_filled(stripe, 3.0, theme::zone(zone));
    response
}

fn filters_ui(app: &mut App, ui: &mut Ui) {
    let lang = app.lang;
    let all = app.t(S::All);
    let content = &app.content;
    let f = &mut app.tactics.filter;
    ui.horizontal_wrapped(|ui| {
        combo::optional(
            ui,
            S::FilterBoard.get(lang),
            "f-board",
            &mut f.board,
            &Board::ALL,
            |b| content.board(b).name.get(lang).to_owned(),
            all,
        );
        combo::optional(
            ui,
            S::FilterPole.get(lang),
            "f-pole",
            &mut f.pole,
            &Pole::ALL,
            |p| content.pole(p).name.get(lang).to_owned(),
            all,
        );
        combo::optional(
            ui,
            S::FilterEthics.get(lang),
            "f-ethics",
            &mut f.ethics,
            &EthicsZone::ALL,
            |z| zone_label(z).get(lang).to_owned(),
            all,
        );
        combo::optional(
            ui,
            S::FilterPhase.get(lang),
            "f-phase",
            &mut f.phase,
            &[Phase::BreakingOpen, Phase::Anchoring],
            |p| phase_label(p).get(lang).to_owned(),
            all,
        );
    });
    ui.horizontal(|ui| {
        let label = ui.label(S::Search.get(lang));
        ui.add(
            egui::TextEdit::singleline(&mut f.text)
                .hint_text(S::SearchHint.get(lang))
                .desired_width(280.0),
        )
        .labelled_by(label.id);
        if ui
            .add_enabled(f.is_active(), egui::Button::new(S::ClearFilters.get(lang)))
            .clicked()
        {
            *f = TacticFilter::default();
        }
    });
    if app.profile().is_some() {
        let label = app.t(S::OnlyRepertoire);
        ui.checkbox(&mut app.tactics.only_repertoire, label);
    }
}

fn detail_ui(app: &mut App, ui: &mut Ui, t: &Tactic) {
    let lang = app.lang;
    ui.add_space(8.0);
    if ui.button(app.t(S::BackToGrid)).clicked() {
        app.push(Command::CloseTactic);
    }
    header(ui, t.name.get(lang), None);
    let board = t.pole.board();
    ui.horizontal_wrapped(|ui| {
        let where_ = format!(
            "{} · {}",
            app.content.board(board).name.get(lang),
            app.content.pole(t.pole).name.get(lang)
        );
        badge(ui, &where_, theme::board(board));
        badge(ui, app.t(zone_label(t.ethics)), theme::zone(t.ethics));
        let phase = format!(
            "{} · {}",
            app.t(phase_label(t.phase)),
            app.t(basis_label(t.phase_basis))
        );
        badge(ui, &phase, ui.visuals().widgets.inactive.bg_fill);
    });
    if let Some(p) = app.profile() {
        if p.weakest.contains(&t.pole) {
            ui.label(RichText::new(app.t(S::InYourRepertoire)).italics());
        } else if p.comfort_zone.contains(&t.pole) {
            ui.label(RichText::new(app.t(S::InYourComfort)).italics());
        }
    }
    section(ui, app.t(S::Summary));
    let lead = glossary::Look {
        size: Some(16.0),
        ..glossary::Look::default()
    };
    glossary::text_with(ui, t.summary.get(lang), &app.content, lang, lead);
    section(ui, app.t(S::ExampleOrRisk));
    glossary::text(ui, t.example.get(lang), &app.content, lang);
    section(ui, app.t(S::EthicsZoneLabel));
    ui.label(app.t(zone_label(t.ethics)));
    ui.label(format!(
        "{}: {} ({})",
        app.t(S::PhaseLabel),
        app.t(phase_label(t.phase)),
        app.t(basis_label(t.phase_basis))
    ));
    section(ui, app.t(S::BoundaryLabel));
    let b = app.content.boundary(t.boundary);
    card(ui, |ui| {
        ui.label(
            RichText::new(format!(
                "{} ({})",
                b.name.get(lang),
                app.t(if b.hard { S::Hard } else { S::Soft })
            ))
            .strong(),
        );
        ui.add(egui::Label::new(b.summary.get(lang)).wrap());
        ui.add_space(4.0);
        ui.label(RichText::new(app.t(S::AskYourself)).strong());
        ui.add(egui::Label::new(RichText::new(t.prompt.get(lang)).italics()).wrap());
        ui.add(egui::Label::new(RichText::new(b.prompt.get(lang)).italics()).wrap());
    });
    section(ui, app.content.pole(t.pole).name.get(lang));
    let mut open = None;
    ui.horizontal_wrapped(|ui| {
        for other in app.content.tactics_of(t.pole).filter(|o| o.id != t.id) {
            if ui.link(other.name.get(lang)).clicked() {
                open = Some(other.id.clone());
            }
        }
    });
    if let Some(id) = open {
        app.push(Command::ShowTactic(id));
    }
}
