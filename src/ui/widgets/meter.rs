//! The passphrase strength meter: a bar, a word, and what to improve.

use egui::{RichText, Ui};

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
    let colour = match score {
        0 | 1 => theme::danger(),
        2 => theme::caution(),
        _ => theme::ok(),
    };
    let label = format!("{}: {word}", S::Strength.get(lang));
    ui.add(
        egui::ProgressBar::new(f32::from(score) / 4.0)
            .fill(colour)
            .text(label.clone())
            .desired_width(theme::field_width(ui, 360.0)),
    )
    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, &label));
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
