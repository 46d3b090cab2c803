//! The boundary prompts of an entry.

use egui::{RichText, Ui};

use super::JournalView;
use super::fields::{text_field, yes_no};
use crate::content::EthicsZone;
use crate::journal::YesNo;
use crate::session::Session;
use crate::ui::cx::Cx;
use crate::ui::i18n::{S, fill};
use crate::ui::theme;
use crate::ui::widgets::badge::badge;

/// The boundary prompts: oath, confidant, moral deliberation; prominent when a linked
/// tactic stretches the ethics or lies outside them.
pub fn ui(view: &mut JournalView, session: &Session, cx: &Cx<'_>, ui: &mut Ui) {
    let lang = cx.lang;
    let content = cx.content;
    let oath_text = session.oath.as_ref().map(|o| o.body.text.as_str());
    let Some((_, e)) = &mut view.draft else {
        return;
    };
    let stretching: Vec<String> = e
        .stretching_tactics(content)
        .iter()
        .map(|t| t.name.get(lang).to_owned())
        .collect();
    let prominent = !stretching.is_empty();
    let colour = theme::zone(EthicsZone::Stretches);
    let frame = if prominent {
        egui::Frame::new()
            .stroke(egui::Stroke::new(theme::STROKE_STRONG, colour))
            .corner_radius(theme::RADIUS)
            .inner_margin(theme::SPACE_L)
    } else {
        egui::Frame::group(ui.style()).inner_margin(theme::SPACE_L)
    };
    ui.add_space(theme::SECTION_GAP);
    frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(S::PromptsTitle.get(lang))
                    .size(theme::TEXT_SECTION)
                    .strong(),
            );
            if e.open_boundary_question(content) {
                badge(ui, S::OpenQuestion.get(lang), colour);
            }
        });
        if prominent {
            ui.label(
                RichText::new(fill(
                    S::PromptsProminent.get(lang),
                    &[&stretching.join(", ")],
                ))
                .strong(),
            );
        }
        ui.label(RichText::new(S::OathQuestion.get(lang)).strong());
        yes_no(ui, lang, "oath", &mut e.oath.fits);
        match &oath_text {
            Some(t) => {
                egui::CollapsingHeader::new(S::ShowMyOath.get(lang))
                    .id_salt("oath-text")
                    .show(ui, |ui| ui.label(RichText::new(*t).italics()));
            }
            None => {
                ui.label(RichText::new(S::NoOathYet.get(lang)).small());
            }
        }
        text_field(ui, S::OathNote.get(lang), &mut e.oath.note, false);
        ui.separator();
        ui.label(RichText::new(S::ConfidantQuestion.get(lang)).strong());
        yes_no(ui, lang, "confidant", &mut e.confidant.discussed);
        text_field(
            ui,
            S::ConfidantRole.get(lang),
            &mut e.confidant.with_role,
            false,
        );
        ui.separator();
        ui.label(RichText::new(S::DeliberationQuestion.get(lang)).strong());
        yes_no(ui, lang, "deliberation", &mut e.deliberation.needed);
        if matches!(e.deliberation.needed, Some(YesNo::Yes | YesNo::Unsure)) {
            let d = &mut e.deliberation;
            ui.label(RichText::new(S::DelibCredit.get(lang)).small());
            text_field(ui, S::DelibFacts.get(lang), &mut d.facts, true);
            text_field(ui, S::DelibA.get(lang), &mut d.option_a, false);
            text_field(ui, S::DelibB.get(lang), &mut d.option_b, false);
            text_field(
                ui,
                S::DelibValues.get(lang),
                &mut d.stakeholders_values,
                true,
            );
            text_field(ui, S::DelibOptions.get(lang), &mut d.options, true);
            text_field(ui, S::DelibDo.get(lang), &mut d.choice_do, false);
            text_field(ui, S::DelibBecause.get(lang), &mut d.choice_because, false);
            text_field(ui, S::DelibDespite.get(lang), &mut d.choice_despite, false);
            text_field(ui, S::DelibHarm.get(lang), &mut d.limit_harm, true);
            text_field(ui, S::DelibEval.get(lang), &mut d.evaluation, true);
        }
    });
}
