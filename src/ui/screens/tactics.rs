//! The catalogue: the Bijlage 1 grid (poles × four tactics) with filters and search, and a
//! page per tactic with its summary, example or risk, ethics zone and boundary prompt.

use egui::{RichText, Ui};

use super::{card, header, section};
use crate::assessment::repertoire;
use crate::content::{Basis, Board, EthicsZone, Phase, Pole, Tactic, TacticFilter};
use crate::ui::commands::{JournalCmd, NavCmd};
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::{S, fill};
use crate::ui::theme;
use crate::ui::widgets::badge::badge;
use crate::ui::widgets::columns;
use crate::ui::widgets::combo;
use crate::ui::widgets::glossary;
use crate::ui::widgets::heat;

/// Filters and selection of the tactics screen.
#[derive(Debug, Clone, Default)]
pub struct TacticsView {
    /// The tactic whose page is open.
    pub selected: Option<String>,
    /// Board, pole, ethics, phase and text filters.
    pub filter: TacticFilter,
    /// Show only the repertoire to explore.
    pub only_repertoire: bool,
}

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
pub fn ui(view: &mut TacticsView, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let selected = view.selected.clone();
    match selected
        .as_deref()
        .and_then(|id| cx.content.tactic(id))
        .cloned()
    {
        Some(t) => detail_ui(cx, out, ui, &t),
        None => grid_ui(view, cx, out, ui),
    }
}

fn grid_ui(view: &mut TacticsView, cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let lang = cx.lang;
    header(ui, cx.t(S::TacticsTitle), Some(cx.t(S::TacticsIntro)));
    heat_ui(cx, out, ui);
    filters_ui(view, cx, ui);
    let profile = cx.profile();
    let explore: Vec<String> = match (&profile, view.only_repertoire) {
        (Some(p), true) => repertoire(p, cx.content, None)
            .iter()
            .map(|t| t.id.clone())
            .collect(),
        _ => Vec::new(),
    };
    let shown = |t: &Tactic, f: &TacticFilter| {
        f.matches(t) && (explore.is_empty() || explore.contains(&t.id))
    };
    let filter = view.filter.clone();
    let count = cx
        .content
        .tactics()
        .iter()
        .filter(|t| shown(t, &filter))
        .count();
    ui.label(RichText::new(fill(cx.t(S::Matches), &[&count.to_string()])).weak());
    if count == 0 {
        ui.label(cx.t(S::NoMatches));
        return;
    }
    let mut open = None;
    for board in Board::ALL {
        let poles: Vec<Pole> = board
            .poles()
            .iter()
            .copied()
            .filter(|p| cx.content.tactics_of(*p).any(|t| shown(t, &filter)))
            .collect();
        if poles.is_empty() {
            continue;
        }
        section(ui, cx.content.board(board).name.get(lang));
        let texts: Vec<&str> = poles
            .iter()
            .map(|p| cx.content.pole(*p).name.get(lang))
            .chain(
                cx.content
                    .tactics()
                    .iter()
                    .filter(|t| t.pole.board() == board)
                    .map(|t| t.name.get(lang)),
            )
            .collect();
        columns::ui(ui, board.poles().len(), &texts, |col, i| {
            let Some(pole) = poles.get(i) else {
                return;
            };
            col.label(
                RichText::new(cx.content.pole(*pole).name.get(lang))
                    .strong()
                    .color(theme::readable(
                        theme::board(board),
                        col.visuals().panel_fill,
                    )),
            );
            for t in cx.content.tactics_of(*pole).filter(|t| shown(t, &filter)) {
                if tactic_button(col, t.name.get(lang), t.ethics, lang).clicked() {
                    open = Some(t.id.clone());
                }
            }
        });
    }
    if let Some(id) = open {
        out.push(NavCmd::ShowTactic(id));
    }
}

/// The repertoire map: how often each tactic was linked, beside the comfort zone.
fn heat_ui(cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    if cx.vault.vault().is_none() {
        return;
    }
    let lang = cx.lang;
    egui::CollapsingHeader::new(RichText::new(cx.t(S::HeatTitle)).strong())
        .id_salt("heat")
        .default_open(true)
        .show(ui, |ui| {
            let Some(session) = cx.vault.session() else {
                ui.label(cx.t(S::HeatLocked));
                return;
            };
            ui.label(RichText::new(cx.t(S::HeatIntro)).small());
            let counts = session.journal.tactic_counts();
            let comfort = cx.profile().map(|p| p.comfort_zone).unwrap_or_default();
            if let Some(id) = heat::ui(
                ui,
                cx.content,
                &counts,
                &comfort,
                lang,
                cx.t(S::TimesLinked),
            ) {
                out.push(NavCmd::ShowTactic(id));
            }
        });
}

fn tactic_button(
    ui: &mut Ui,
    name: &str,
    zone: EthicsZone,
    lang: crate::content::Lang,
) -> egui::Response {
    crate::ui::widgets::zone::tactic_button(ui, name, zone, lang, 44.0)
}

fn filters_ui(view: &mut TacticsView, cx: &Cx<'_>, ui: &mut Ui) {
    let lang = cx.lang;
    let all = cx.t(S::All);
    let content = &cx.content;
    let f = &mut view.filter;
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
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(S::Search.get(lang));
        ui.add(
            egui::TextEdit::singleline(&mut f.text)
                .hint_text(S::SearchHint.get(lang))
                .desired_width(theme::field_width(ui, 280.0)),
        )
        .labelled_by(label.id);
        if ui
            .add_enabled(f.is_active(), egui::Button::new(S::ClearFilters.get(lang)))
            .clicked()
        {
            *f = TacticFilter::default();
        }
    });
    if cx.profile().is_some() {
        let label = cx.t(S::OnlyRepertoire);
        ui.checkbox(&mut view.only_repertoire, label);
    }
}

fn detail_ui(cx: &Cx<'_>, out: &mut Sink, ui: &mut Ui, t: &Tactic) {
    let lang = cx.lang;
    ui.add_space(theme::SPACE_M);
    if ui.button(cx.t(S::BackToGrid)).clicked() {
        out.push(NavCmd::CloseTactic);
    }
    header(ui, t.name.get(lang), None);
    let board = t.pole.board();
    ui.horizontal_wrapped(|ui| {
        let where_ = format!(
            "{} · {}",
            cx.content.board(board).name.get(lang),
            cx.content.pole(t.pole).name.get(lang)
        );
        badge(ui, &where_, theme::board(board));
        badge(ui, cx.t(zone_label(t.ethics)), theme::zone(t.ethics));
        let phase = format!(
            "{} · {}",
            cx.t(phase_label(t.phase)),
            cx.t(basis_label(t.phase_basis))
        );
        badge(ui, &phase, ui.visuals().widgets.inactive.bg_fill);
    });
    ui.add_space(theme::SPACE_S);
    let start = (
        crate::ui::widgets::icons::atom(crate::ui::widgets::icons::Icon::Notebook),
        RichText::new(cx.t(S::StartWithTactic)).size(theme::TEXT_LEAD),
    );
    let hint = cx.t(S::StartWithTacticHint);
    if ui
        .add(egui::Button::new(start))
        .on_hover_text(hint)
        .clicked()
    {
        out.push(JournalCmd::StartWithTactic(t.id.clone()));
    }
    if let Some(p) = cx.profile() {
        if p.weakest.contains(&t.pole) {
            ui.label(RichText::new(cx.t(S::InYourRepertoire)).italics());
        } else if p.comfort_zone.contains(&t.pole) {
            ui.label(RichText::new(cx.t(S::InYourComfort)).italics());
        }
    }
    section(ui, cx.t(S::Summary));
    let lead = glossary::Look {
        size: Some(16.0),
        ..glossary::Look::default()
    };
    glossary::text_with(ui, t.summary.get(lang), cx.content, lang, lead);
    section(ui, cx.t(S::ExampleOrRisk));
    glossary::text(ui, t.example.get(lang), cx.content, lang);
    section(ui, cx.t(S::EthicsZoneLabel));
    ui.label(cx.t(zone_label(t.ethics)));
    ui.label(format!(
        "{}: {} ({})",
        cx.t(S::PhaseLabel),
        cx.t(phase_label(t.phase)),
        cx.t(basis_label(t.phase_basis))
    ));
    section(ui, cx.t(S::BoundaryLabel));
    let b = cx.content.boundary(t.boundary);
    card(ui, |ui| {
        ui.label(
            RichText::new(format!(
                "{} ({})",
                b.name.get(lang),
                cx.t(if b.hard { S::Hard } else { S::Soft })
            ))
            .strong(),
        );
        ui.add(egui::Label::new(b.summary.get(lang)).wrap());
        ui.add_space(theme::SPACE_XS);
        ui.label(RichText::new(cx.t(S::AskYourself)).strong());
        ui.add(egui::Label::new(RichText::new(t.prompt.get(lang)).italics()).wrap());
        ui.add(egui::Label::new(RichText::new(b.prompt.get(lang)).italics()).wrap());
    });
    section(ui, cx.content.pole(t.pole).name.get(lang));
    let mut open = None;
    ui.horizontal_wrapped(|ui| {
        for other in cx.content.tactics_of(t.pole).filter(|o| o.id != t.id) {
            if crate::ui::widgets::whole::link(ui, other.name.get(lang)).clicked() {
                open = Some(other.id.clone());
            }
        }
    });
    if let Some(id) = open {
        out.push(NavCmd::ShowTactic(id));
    }
}
