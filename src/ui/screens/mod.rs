//! One file per screen. Each takes its own view state, the read-only context and the command
//! sink: `fn ui(view: &mut View, cx: &Cx, out: &mut Sink, ui: &mut Ui)`.

pub mod framings;
pub mod journal;
pub mod onboarding;
pub mod profile;
pub mod questionnaire;
pub mod settings;
pub mod shared;
pub mod tactics;
pub mod welcome;

use egui::{RichText, Ui};

use crate::content::{Phase, Stance};
use crate::ui::cx::Cx;
use crate::ui::theme;

/// What the profile screen shows besides the profile itself.
#[derive(Debug, Clone, Default)]
pub struct ProfileView {
    /// The stance whose reading is open.
    pub stance: Option<Stance>,
    /// The phase the repertoire is ordered for.
    pub phase: Option<Phase>,
    /// Which dimensions the history chart shows.
    pub history: crate::ui::widgets::history::Group,
}

/// A screen's title and an optional lead paragraph.
pub fn header(ui: &mut Ui, title: &str, lead: Option<&str>) {
    ui.add_space(theme::SPACE_M);
    ui.heading(title);
    if let Some(lead) = lead {
        ui.add(egui::Label::new(RichText::new(lead).size(theme::TEXT_LEAD)).wrap());
    }
    ui.add_space(super::theme::SECTION_GAP / 2.0);
}

/// A section title; its response can label the control below it.
pub fn section(ui: &mut Ui, title: &str) -> egui::Response {
    ui.add_space(super::theme::SECTION_GAP);
    ui.label(RichText::new(title).size(theme::TEXT_SECTION).strong())
}

/// A framed card for grouped content.
pub fn card<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .corner_radius(theme::RADIUS)
        .inner_margin(theme::SPACE_L)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// A card naming a concept of the report in its colour, with its glossary-aware summary;
/// `more` adds what follows inside the card.
pub fn concept_card(
    app: &Cx<'_>,
    ui: &mut Ui,
    name: &str,
    colour: egui::Color32,
    summary: &str,
    more: impl FnOnce(&mut Ui),
) {
    card(ui, |ui| {
        ui.label(
            RichText::new(name)
                .strong()
                .size(theme::TEXT_LEAD)
                .color(colour),
        );
        crate::ui::widgets::glossary::text(ui, summary, app.content, app.lang);
        more(ui);
    });
}

/// The three stances, each as a concept card.
pub fn stance_cards(app: &Cx<'_>, ui: &mut Ui) {
    for stance in crate::content::Stance::ALL {
        let info = app.content.stance(stance);
        let name = info.name.get(app.lang);
        concept_card(
            app,
            ui,
            name,
            crate::ui::theme::stance(stance),
            info.summary.get(app.lang),
            |_| {},
        );
    }
}
