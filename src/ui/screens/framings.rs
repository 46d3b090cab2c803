//! The report's framings where a reader meets them: the primacy of politics and "kunnen én
//! mogen" on Welkom with a section for managers, the opening checklist in the tour, and the
//! self-critical attitude with tactics in sequence beside the profile. Each card names the
//! report section it rests on and whether the report says it or we drew it from the report.

use egui::{RichText, Ui};

use super::{card, section};
use crate::content::FramingId;
use crate::ui::cx::Cx;
use crate::ui::i18n::{S, fill};
use crate::ui::screens::tactics::basis_label;
use crate::ui::theme;
use crate::ui::widgets::glossary;

/// One framing as a card: title, body, its points as a list, and its source line.
pub fn card_ui(app: &Cx<'_>, ui: &mut Ui, id: FramingId) {
    let lang = app.lang;
    let f = app.content.framing(id);
    card(ui, |ui| {
        ui.label(
            RichText::new(f.title.get(lang))
                .strong()
                .size(theme::TEXT_LEAD),
        );
        glossary::text(ui, f.body.get(lang), app.content, lang);
        for point in &f.points {
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                glossary::text(ui, point.get(lang), app.content, lang);
            });
        }
        let source = fill(
            app.t(S::FramingSource),
            &[f.section.get(lang), app.t(basis_label(f.basis))],
        );
        ui.add(egui::Label::new(RichText::new(source).small().italics()).wrap());
    });
}

/// Welkom: what room to act is, and is not.
pub fn welcome_ui(app: &Cx<'_>, ui: &mut Ui) {
    section(ui, app.t(S::FramingsWelcomeTitle));
    card_ui(app, ui, FramingId::PrimacyOfPolitics);
    card_ui(app, ui, FramingId::CanAndMay);
}

/// Welkom, for managers and the organisation: what they can do, and how size matters.
pub fn leaders_ui(app: &Cx<'_>, ui: &mut Ui) {
    section(ui, app.t(S::LeadersTitle));
    ui.add(egui::Label::new(app.t(S::LeadersIntro)).wrap());
    card_ui(app, ui, FramingId::Leaders);
    card_ui(app, ui, FramingId::LargeAndSmall);
}

/// The tour's opening: the report's "Herken jij je …" checklist.
pub fn checklist_ui(app: &Cx<'_>, ui: &mut Ui) {
    card_ui(app, ui, FramingId::Checklist);
}

/// Beside the profile: how to grow a repertoire, and the attitude it asks for.
pub fn profile_ui(app: &Cx<'_>, ui: &mut Ui) {
    section(ui, app.t(S::ProfileCraftTitle));
    card_ui(app, ui, FramingId::SequencesAndCoalitions);
    card_ui(app, ui, FramingId::SelfCritical);
}
