//! The passphrase strength meter: a bar, a word, and what to improve.

use egui::{Color32, RichText, Ui};

use crate::content::Lang;
use crate::ui::i18n::S;
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
        0 | 1 => Color32::from_rgb(0xc2, 0x3b, 0x4e),
        2 => Color32::from_rgb(0xe0, 0x9a, 0x1a),
        _ => Color32::from_rgb(0x2f, 0x9e, 0x5b),
    };
    let label = format!("{}: {word}", S::Strength.get(lang));
    ui.add(
        egui::ProgressBar::new(f32::from(score) / 4.0)
            .fill(colour)
            .text(label.clone())
            .desired_width(360.0),
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
