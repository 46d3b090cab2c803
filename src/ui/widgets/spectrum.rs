//! The three stances side by side, as the model of the self-assessment has them: three
//! independent scores, each on its own 0–100 scale with the middle (50) marked, the score as
//! a dot and its band (± one standard error) as a shaded stretch, and under it in words
//! whether the stance is clearly present, clearly absent or neither. Each stance is
//! clickable. The report sees the stances as coexisting, so there is no single line.

use egui::{Align2, Color32, FontId, Pos2, Rect, Role, Sense, Stroke, Ui, WidgetInfo, vec2};

use super::super::theme;
use super::alt;
use super::legend::{self, Swatch};
use crate::assessment::{Dimension, Level, Profile};
use crate::content::{Content, Lang, Stance};
use crate::ui::i18n::{S, fill};

const BAR_HEIGHT: f32 = 14.0;

/// The figure in words: each stance's score, band and level.
pub fn describe(content: &Content, profile: Option<&Profile>, lang: Lang) -> String {
    let parts: Vec<String> = Stance::ALL
        .into_iter()
        .map(|s| stance_words(content, profile, lang, s))
        .collect();
    fill(S::FigSpectrumAlt.get(lang), &[&parts.join("; ")])
}

fn stance_words(content: &Content, profile: Option<&Profile>, lang: Lang, s: Stance) -> String {
    let name = content.stance(s).name.get(lang);
    let d = Dimension::Stance(s);
    match profile.and_then(|p| Some((p.score_band(d)?, p.level(d)?))) {
        Some(((v, se), level)) => format!(
            "{}, {}",
            alt::score_band(lang, name, v, se),
            alt::level(lang, level)
        ),
        None => alt::no_score(lang, name),
    }
}

/// A column's width less what its name may use: the column's margins and the text's inset.
const COLUMN_INSET: f32 = 20.0;

/// How many stances stand side by side in `width` points: all three while the widest word of
/// their names (`widest_word` points) fits a column, else one per row.
fn columns(width: f32, widest_word: f32) -> usize {
    if width / 3.0 - COLUMN_INSET >= widest_word {
        3
    } else {
        1
    }
}

/// Draws the three stances and their legend; returns the stance that was clicked.
pub fn ui(
    ui: &mut Ui,
    content: &Content,
    profile: Option<&Profile>,
    lang: Lang,
    selected: Option<Stance>,
) -> Option<Stance> {
    let width = ui.available_width().min(900.0);
    // Side by side while every word of a name fits its column; otherwise one stance per row,
    // so no name breaks inside a word.
    let widest_word = super::measure::widest_word(
        ui,
        Stance::ALL
            .iter()
            .map(|s| content.stance(*s).name.get(lang)),
        theme::TEXT_BODY,
    );
    let per_row = columns(width, widest_word);
    let column_w = width / per_row as f32;
    // Names and levels wrap within their column; every column gets the tallest one's room so
    // the three scales line up.
    let wrap = column_w - COLUMN_INSET;
    let tallest = |texts: &mut dyn Iterator<Item = String>, size: f32| {
        texts
            .map(|t| {
                ui.painter()
                    .layout(t, FontId::proportional(size), Color32::PLACEHOLDER, wrap)
                    .size()
                    .y
            })
            .fold(0.0, f32::max)
    };
    let name_h = tallest(
        &mut Stance::ALL
            .iter()
            .map(|s| content.stance(*s).name.get(lang).to_owned()),
        theme::TEXT_BODY,
    );
    let level_h = tallest(
        &mut [Level::Above, Level::Neither, Level::Below]
            .into_iter()
            .map(|l| alt::level(lang, l).to_owned()),
        theme::TEXT_SMALL,
    );
    let value_h = tallest(&mut std::iter::once("0".to_owned()), theme::TEXT_MONO);
    let row_h = 12.0 + name_h + 12.0 + BAR_HEIGHT + 8.0 + value_h + 2.0 + level_h + 12.0;
    let rows = Stance::ALL.len().div_ceil(per_row);
    let (outer, response) =
        ui.allocate_exact_size(vec2(width, row_h * rows as f32), Sense::hover());
    let described = describe(content, profile, lang);
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &described));
    let mut clicked = None;
    for (i, stance) in Stance::ALL.into_iter().enumerate() {
        let (row, col) = (i / per_row, i % per_row);
        let column = Rect::from_min_size(
            Pos2::new(
                outer.left() + col as f32 * column_w,
                outer.top() + row as f32 * row_h,
            ),
            vec2(column_w, row_h),
        )
        .shrink(6.0);
        if column_ui(ui, column, name_h, content, profile, lang, stance, selected) {
            clicked = Some(stance);
        }
    }
    if profile.is_some() {
        legend::entries(
            ui,
            S::FigLegend.get(lang),
            &legend_entries(ui.visuals(), lang),
        );
    }
    clicked
}

#[expect(
    clippy::too_many_arguments,
    reason = "one column's inputs, measured once"
)]
fn column_ui(
    ui: &mut Ui,
    column: Rect,
    name_h: f32,
    content: &Content,
    profile: Option<&Profile>,
    lang: Lang,
    stance: Stance,
    selected: Option<Stance>,
) -> bool {
    let name = content.stance(stance).name.get(lang);
    let response = ui.interact(
        column,
        ui.scope_id().with(("stance", stance as u8)),
        Sense::click(),
    );
    response
        .widget_info(|| WidgetInfo::selected(Role::Button, true, selected == Some(stance), name));
    let colour = theme::stance(stance);
    let active = response.hovered() || response.has_focus() || selected == Some(stance);
    let painter = ui.painter();
    if active {
        painter.rect_stroke(
            column,
            6.0,
            Stroke::new(theme::STROKE_MARK, colour),
            egui::StrokeKind::Outside,
        );
    }
    let ink = ui.visuals().strong_text_color();
    let wrap = column.width() - 8.0;
    let name_galley = painter.layout(
        name.to_owned(),
        FontId::proportional(theme::TEXT_BODY),
        ink,
        wrap,
    );
    painter.galley(
        Pos2::new(column.left() + 4.0, column.top() + 2.0),
        name_galley,
        ink,
    );
    let bar = Rect::from_min_size(
        Pos2::new(column.left() + 10.0, column.top() + name_h + 12.0),
        vec2(column.width() - 20.0, BAR_HEIGHT),
    );
    painter.rect_filled(bar, 3.0, ui.visuals().faint_bg_color);
    painter.rect_stroke(
        bar,
        3.0,
        Stroke::new(theme::STROKE_HAIR, theme::axis()),
        egui::StrokeKind::Inside,
    );
    let x_of = |v: f32| bar.left() + v.clamp(0.0, 100.0) / 100.0 * bar.width();
    painter.line_segment(
        [
            Pos2::new(x_of(50.0), bar.top() - 4.0),
            Pos2::new(x_of(50.0), bar.bottom() + 4.0),
        ],
        Stroke::new(theme::STROKE_MARK, ui.visuals().text_color()),
    );
    let d = Dimension::Stance(stance);
    let score = profile.and_then(|p| p.score_band(d));
    let (label, level) = match score {
        Some((v, se)) => {
            let (lo, hi) = alt::bounds(v, se);
            let band = Rect::from_x_y_ranges(x_of(lo)..=x_of(hi), bar.y_range());
            painter.rect_filled(band, 3.0, theme::band(colour, ui.visuals()));
            painter.circle(
                Pos2::new(x_of(v), bar.center().y),
                7.0,
                colour,
                Stroke::new(theme::STROKE_MARK, ui.visuals().extreme_bg_color),
            );
            let level = profile
                .and_then(|p| p.level(d))
                .map_or("", |l| alt::level(lang, l));
            (format!("{v:.0} ± {se:.0}"), level)
        }
        None => ("–".to_owned(), ""),
    };
    let text = ui.visuals().text_color();
    let below = Pos2::new(column.left() + 4.0, bar.bottom() + 8.0);
    let value = painter.text(
        below,
        Align2::LEFT_TOP,
        label,
        FontId::proportional(theme::TEXT_MONO),
        text,
    );
    let level = painter.layout(
        level.to_owned(),
        FontId::proportional(theme::TEXT_SMALL),
        text,
        wrap,
    );
    painter.galley(Pos2::new(below.x, value.bottom() + 2.0), level, text);
    let tip = format!(
        "{}.\n{}",
        stance_words(content, profile, lang, stance),
        S::FigSpectrumTipOpen.get(lang)
    );
    response.on_hover_text(tip).clicked()
}

/// The legend under the figure: dot, band and middle line.
pub fn legend_entries(visuals: &egui::Visuals, lang: Lang) -> Vec<legend::Entry> {
    let colour = theme::stance(Stance::Engaged);
    vec![
        legend::Entry::new(
            Swatch::Dot(colour),
            S::FigSpectrumLegendDot.get(lang),
            S::FigSpectrumLegendDotTip.get(lang),
        ),
        legend::Entry::new(
            Swatch::Band(theme::band(colour, visuals)),
            S::FigLegendBand.get(lang),
            S::FigLegendBandTip.get(lang),
        ),
        legend::Entry::new(
            Swatch::Tick(visuals.text_color()),
            S::FigSpectrumLegendMiddle.get(lang),
            S::FigSpectrumLegendMiddleTip.get(lang),
        ),
    ]
}

#[cfg(test)]
mod tests {
    #[test]
    fn stances_stack_when_a_name_would_break_inside_a_word() {
        // At text size 2.0 a narrow page leaves columns of about 110 points.
        assert_eq!(super::columns(330.0, 84.0), 3);
        assert_eq!(super::columns(330.0, 95.0), 1);
        assert_eq!(super::columns(900.0, 95.0), 3);
    }
}
