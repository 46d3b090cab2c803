//! The passphrase strength meter: the word above a bar, and what to improve. The word is
//! text on the page in the theme's status colour, never drawn over the bar's fill, so it
//! reads at every strength (a red fill under light text was unreadable at "very weak").

use egui::{Rect, RichText, Sense, Stroke, Ui, vec2};

use crate::content::Lang;
use crate::ui::i18n::S;
use crate::ui::theme;
use crate::vault::{Strength, StrengthIssue};

/// Draws the meter.
pub fn ui(ui: &mut Ui, s: &Strength, lang: Lang) {
    let score = s.score.min(4);
    let word = [
        S::Strength0,
        S::Strength1,
        S::Strength2,
        S::Strength3,
        S::Strength4,
    ][usize::from(score)]
    .get(lang);
    let visuals = ui.visuals();
    let (fill, ink) = match score {
        0 | 1 => (theme::danger(), theme::danger_text(visuals)),
        2 => (theme::caution(), theme::caution_text(visuals)),
        _ => (theme::ok(), theme::ok_text(visuals)),
    };
    let label = format!("{}: {word}", S::Strength.get(lang));
    ui.label(RichText::new(&label).color(ink));
    let width = theme::field_width(ui, 360.0);
    let (rect, response) = ui.allocate_exact_size(vec2(width, theme::SPACE_M), Sense::hover());
    let painter = ui.painter();
    painter.rect(
        rect,
        theme::RADIUS_SMALL,
        ui.visuals().extreme_bg_color,
        Stroke::new(theme::STROKE_HAIR, theme::scheme(ui.visuals()).edge),
        egui::StrokeKind::Inside,
    );
    let filled = Rect::from_min_size(rect.min, vec2(rect.width() * share(score), rect.height()));
    painter.rect_filled(filled, theme::RADIUS_SMALL, fill);
    // The bar is named by what it measures; its word is the label above, read once.
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, S::Strength.get(lang))
    });
    for issue in &s.issues {
        let text = match issue {
            StrengthIssue::TooShort => S::IssueTooShort,
            StrengthIssue::Common => S::IssueCommon,
            StrengthIssue::Repetitive => S::IssueRepetitive,
            StrengthIssue::FewCharacterKinds => S::IssueFewKinds,
            StrengthIssue::Sequence => S::IssueSequence,
        };
        ui.label(RichText::new(format!("– {}", text.get(lang))).small());
    }
}

/// How much of the bar is filled at `score` (0–4): a fifth even at the weakest, so the bar
/// always shows its colour.
fn share(score: u8) -> f32 {
    f32::from(score.min(4) + 1) / 5.0
}
