//! Where the wizard is: its three steps named at the top, and Back / Next at the bottom of a
//! step.

use egui::{RichText, Ui};

use super::{SharedView, Step};
use crate::content::Lang;
use crate::ui::cx::Cx;
use crate::ui::i18n::S;
use crate::ui::theme;

/// The three steps, the current one strong: on one row when they fit whole, else one under
/// the other, so a step's name never breaks inside a word (at a large text size).
pub fn steps_ui(current: Step, lang: Lang, ui: &mut Ui) {
    let labels: Vec<RichText> = [Step::Choose, Step::Preview, Step::Consent]
        .into_iter()
        .map(|step| {
            let text = RichText::new(format!("{}. {}", step.number(), step.name().get(lang)));
            if step == current {
                text.strong()
            } else {
                text.weak()
            }
        })
        .collect();
    let gap = theme::SPACE_XL;
    let width: f32 = labels
        .iter()
        .map(|t| {
            egui::WidgetText::from(t.clone())
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    egui::TextStyle::Body,
                )
                .size()
                .x
                + gap
        })
        .sum();
    if width <= ui.available_width() {
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for text in labels {
                ui.add(egui::Label::new(text).extend());
            }
        });
    } else {
        ui.vertical(|ui| {
            for text in labels {
                ui.add(egui::Label::new(text).wrap());
            }
        });
    }
}

/// Back and Next; moving on leaves the consent tick off.
pub fn nav_buttons(
    view: &mut SharedView,
    cx: &Cx<'_>,
    ui: &mut Ui,
    back: Option<Step>,
    next: Option<(Step, bool)>,
) {
    let lang = cx.lang;
    ui.add_space(theme::SPACE_M);
    ui.horizontal_wrapped(|ui| {
        if let Some(step) = back
            && ui.button(S::Back.get(lang)).clicked()
        {
            view.step = step;
        }
        if let Some((step, ready)) = next
            && ui
                .add_enabled(
                    ready,
                    egui::Button::new(RichText::new(S::Next.get(lang)).strong()),
                )
                .clicked()
        {
            view.step = step;
            view.consent.confirmed = false;
        }
    });
}
