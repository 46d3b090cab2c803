//! One file per screen. Each takes its own view state, the read-only context and the command
//! sink: `fn ui(view: &mut View, cx: &Cx, out: &mut Sink, ui: &mut Ui)`.

pub mod framings;
pub mod journal;
pub mod onboarding;
pub mod print;
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
    /// The completed questionnaire whose "Verwijderen" the user pressed: the question shows.
    pub delete_take: Option<String>,
    /// "Print / PDF".
    pub print: print::PrintForm,
    /// Which dimensions the history chart shows.
    pub history: crate::ui::widgets::history::Group,
}

/// A screen's title and an optional lead paragraph. The title is the largest and heaviest
/// text of the page: the strongest ink, set twice a hair apart (the bundled face is a light
/// one), with a short accent bar below it.
pub fn header(ui: &mut Ui, title: &str, lead: Option<&str>) {
    ui.add_space(theme::SPACE_M);
    title_ui(ui, title);
    if let Some(lead) = lead {
        ui.add(egui::Label::new(RichText::new(lead).size(theme::TEXT_LEAD)).wrap());
    }
    ui.add_space(super::theme::SECTION_GAP / 2.0);
}

/// A page title, as [`header`] draws it.
pub fn title_ui(ui: &mut Ui, title: &str) -> egui::Response {
    let colour = ui.visuals().strong_text_color();
    let text = RichText::new(title).size(theme::TEXT_HEADING).color(colour);
    let label = egui::Label::new(text).wrap();
    let (pos, galley, response) = label.layout_in_ui(ui);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, galley.text()));
    if ui.is_rect_visible(response.rect) {
        let painter = ui.painter();
        painter.galley(pos, galley.clone(), colour);
        painter.galley(pos + egui::vec2(theme::TITLE_EMBOLDEN, 0.0), galley, colour);
        let [w, h] = theme::TITLE_BAR;
        let bar = egui::Rect::from_min_size(
            egui::pos2(
                response.rect.left(),
                response.rect.bottom() + theme::SPACE_XS,
            ),
            egui::vec2(w, h),
        );
        painter.rect_filled(bar, h / 2.0, theme::scheme(ui.visuals()).accent);
    }
    ui.add_space(theme::SPACE_XS + theme::TITLE_BAR[1]);
    response
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
                .color(theme::readable(colour, ui.visuals().faint_bg_color)),
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
