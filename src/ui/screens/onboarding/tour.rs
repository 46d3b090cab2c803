//! The tour: five short pages, one idea each, with Back/Next and a page indicator.

use egui::{RichText, Ui};

use super::super::tactics::zone_label;
use super::super::{card, section, stance_cards};
use super::{OnboardingState, Part};
use crate::content::{EthicsZone, Lang};
use crate::ui::commands::NavCmd;
use crate::ui::cx::{Cx, Sink};
use crate::ui::i18n::{S, fill};
use crate::ui::nav::Screen;
use crate::ui::theme;
use crate::ui::widgets::badge::badge;
use crate::ui::widgets::{boards, glossary};

/// How many pages the tour has.
pub(super) const PAGES: usize = 5;

/// Draws the page indicator with Back/Next (on top, so the buttons stay put from page to page)
/// and the page on show.
pub(super) fn ui(view: &mut OnboardingState, app: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let page = view.page.min(PAGES - 1);
    ui.horizontal(|ui| {
        let step = fill(
            app.t(S::OnbStep),
            &[&(page + 1).to_string(), &PAGES.to_string()],
        );
        ui.label(RichText::new(step).strong());
        ui.add_space(theme::SPACE_L);
        if ui
            .add_enabled(page > 0, egui::Button::new(app.t(S::Back)))
            .clicked()
        {
            view.page = page - 1;
        }
        if page + 1 < PAGES && ui.button(app.t(S::Next)).clicked() {
            view.page = page + 1;
        }
    });
    match page {
        0 => what_ui(app, ui),
        1 => stances_ui(app, ui),
        2 => boards_ui(app, out, ui),
        3 => tactics_ui(app, out, ui),
        _ => {
            boundaries_ui(app, ui);
            // The tour ends by handing over to the exercises.
            ui.add_space(theme::SECTION_GAP);
            let start = egui::Button::new(
                RichText::new(app.t(S::StartCases))
                    .size(theme::TEXT_LEAD)
                    .strong(),
            );
            if ui.add(start).clicked() {
                view.part = Part::Cases;
                view.scroll_top = true;
            }
        }
    }
}

fn para(app: &Cx<'_>, ui: &mut Ui, key: S) {
    glossary::text(ui, app.t(key), app.content, app.lang);
}

fn what_ui(app: &Cx<'_>, ui: &mut Ui) {
    // The report opens with its checklist; so does the tour.
    super::super::framings::checklist_ui(app, ui);
    section(ui, app.t(S::Tour1Title));
    let lead = glossary::Look {
        size: Some(16.0),
        ..glossary::Look::default()
    };
    glossary::text_with(ui, app.t(S::Tour1Body), app.content, app.lang, lead);
    ui.add_space(theme::SPACE_S);
    para(app, ui, S::Tour1Why);
    ui.add_space(theme::SPACE_S);
    card(ui, |ui| {
        ui.add(egui::Label::new(RichText::new(app.t(S::Tour1Source)).italics()).wrap());
        ui.add(egui::Label::new(RichText::new(app.t(S::OnbHoverHint)).small()).wrap());
    });
}

fn stances_ui(app: &Cx<'_>, ui: &mut Ui) {
    section(ui, app.t(S::Tour2Title));
    para(app, ui, S::Tour2Body);
    stance_cards(app, ui);
}

fn boards_ui(app: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    section(ui, app.t(S::Tour3Title));
    para(app, ui, S::Tour3Body);
    ui.add(egui::Label::new(RichText::new(app.t(S::Tour3Hint)).italics()).wrap());
    ui.add_space(theme::SPACE_M);
    if let Some(pole) = boards::ui(ui, app.content, None, app.lang, "") {
        out.push(NavCmd::ShowPole(pole));
    }
}

fn tactics_ui(app: &Cx<'_>, out: &mut Sink, ui: &mut Ui) {
    let lang = app.lang;
    section(ui, app.t(S::Tour4Title));
    para(app, ui, S::Tour4Body);
    let mut open = None;
    for zone in EthicsZone::ALL {
        card(ui, |ui| {
            badge(ui, app.t(zone_label(zone)), theme::zone(zone));
            para(app, ui, zone_explanation(zone));
            let Some(t) = app.content.tactics().iter().find(|t| t.ethics == zone) else {
                return;
            };
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(app.t(S::TourExample)).strong());
                if crate::ui::widgets::whole::link(ui, t.name.get(lang)).clicked() {
                    open = Some(t.id.clone());
                }
            });
            glossary::text(ui, t.example.get(lang), app.content, lang);
        });
    }
    if let Some(id) = open {
        out.push(NavCmd::ShowTactic(id));
    }
    ui.add_space(theme::SPACE_M);
    if ui.button(app.t(S::TourCatalogue)).clicked() {
        out.push(NavCmd::Go(Screen::Tactics));
    }
}

fn zone_explanation(zone: EthicsZone) -> S {
    match zone {
        EthicsZone::Fits => S::ZoneFitsWhat,
        EthicsZone::Stretches => S::ZoneStretchesWhat,
        EthicsZone::Outside => S::ZoneOutsideWhat,
    }
}

fn boundaries_ui(app: &Cx<'_>, ui: &mut Ui) {
    let lang: Lang = app.lang;
    section(ui, app.t(S::Tour5Title));
    para(app, ui, S::Tour5Body);
    for b in app.content.boundaries() {
        card(ui, |ui| {
            let kind = app.t(if b.hard { S::Hard } else { S::Soft });
            ui.label(RichText::new(format!("{} ({kind})", b.name.get(lang))).strong());
            glossary::text(ui, b.summary.get(lang), app.content, lang);
        });
    }
}
