//! The history chart: the scores of one group of dimensions (the stances, or one board's
//! poles) over the takes kept in the vault, on real dates. Each series has its own colour from
//! the theme's palette for colour-vision deficiencies, its own marker and line style; each
//! score carries its band; a reliable change (Jacobson–Truax) is ringed. The legend sits above
//! the chart, outside the data; hovering a point tells its date, score and band; the chart's
//! text alternative reads every point. Dates and times are local (stored times are UTC): the
//! axis marks the takes' dates, or their times of day when they all fall on one day (the
//! axis title then names the day), and a take's words carry its time wherever another take
//! fell on the same day.

mod data;

use egui::{Role, Ui, WidgetInfo};
use egui_plot::{HoverPosition, Line, LineStyle, MarkerShape, Plot, Points};

pub use data::{
    ChartPoint, Group, Series, chart_data, format_x, moment, needs_time, one_day_range, take_marks,
    the_one_day,
};

use super::alt;
use super::legend::{self, Swatch};
use crate::assessment::Take;
use crate::clock::Zone;
use crate::content::{Content, Lang};
use crate::ui::i18n::{S, fill};
use crate::ui::theme;

/// The room the y axis and its title take beside the plot, in points (about).
const Y_AXIS_POINTS: f32 = 60.0;

/// The share of the x range added on either side of the takes: half a date label of the
/// plot's width (`width` points for the whole chart), at least egui_plot's default 5 %.
fn x_margin(width: f32) -> f32 {
    let plot = (width - Y_AXIS_POINTS).max(100.0);
    (LABEL_POINTS as f32 / 2.0 / plot).clamp(0.05, 0.3)
}

/// The closest two grid lines may be, in points (egui_plot's default).
const GRID_MIN_POINTS: f32 = 8.0;
/// From this spacing on, grid lines are drawn at full strength (egui_plot's default).
const GRID_FULL_POINTS: f32 = 300.0;
/// The room a date label needs on the x axis, in points, with a margin.
const LABEL_POINTS: f64 = 96.0;

const MARKERS: [MarkerShape; 3] = [
    MarkerShape::Circle,
    MarkerShape::Square,
    MarkerShape::Diamond,
];

/// The drawing style of the `i`-th series: colour, marker, and whether the line is dashed.
fn style(i: usize, visuals: &egui::Visuals) -> (egui::Color32, MarkerShape, bool) {
    (
        theme::series(i, visuals),
        MARKERS[i % MARKERS.len()],
        i % 2 == 1,
    )
}

/// The name of a group, for the picker and the text alternative.
pub fn group_name(content: &Content, lang: Lang, group: Group) -> &str {
    match group {
        Group::Stances => S::FigHistoryStances.get(lang),
        Group::Board(b) => content.board(b).name.get(lang),
    }
}

/// The chart in words: every point of every series, with date, score, band and the
/// reliable changes.
pub fn describe(content: &Content, lang: Lang, group: Group, data: &[Series]) -> String {
    let lines: Vec<String> = data
        .iter()
        .map(|s| {
            let name = dimension_name(content, lang, s.dimension);
            let points: Vec<String> = s
                .points
                .iter()
                .map(|p| point_words(lang, p, needs_time(data, p)))
                .collect();
            if points.is_empty() {
                alt::no_score(lang, name)
            } else {
                format!("{name}: {}", points.join(", "))
            }
        })
        .collect();
    fill(
        S::FigHistoryAlt.get(lang),
        &[group_name(content, lang, group), &lines.join("; ")],
    )
}

fn point_words(lang: Lang, p: &ChartPoint, with_time: bool) -> String {
    let when = moment(p.local, with_time);
    let mut words = alt::score_band(lang, &when, p.score, p.band);
    if let Some(d) = p.reliable_change {
        words.push_str(" (");
        words.push_str(&fill(
            S::FigHistoryReliable.get(lang),
            &[&format!("{d:+.0}")],
        ));
        words.push(')');
    }
    words
}

fn dimension_name(content: &Content, lang: Lang, d: crate::assessment::Dimension) -> &str {
    match d {
        crate::assessment::Dimension::Stance(s) => content.stance(s).name.get(lang),
        crate::assessment::Dimension::Pole(p) => content.pole(p).name.get(lang),
    }
}

/// The title of the x axis: "date", or the one day all takes fell on (the marks are times).
pub fn x_title(lang: Lang, data: &[Series]) -> String {
    match the_one_day(data) {
        Some(day) => fill(S::FigHistoryTimeOn.get(lang), &[&day.to_string()]),
        None => S::HistoryDate.get(lang).to_owned(),
    }
}

/// Draws the picker, the legend and the chart for `takes` (oldest first), with dates and
/// times in `zone`.
pub fn ui(
    ui: &mut Ui,
    content: &Content,
    lang: Lang,
    takes: &[Take],
    group: &mut Group,
    zone: &Zone,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(S::FigHistoryShow.get(lang));
        for g in Group::ALL {
            ui.selectable_value(group, g, group_name(content, lang, g));
        }
    });
    let data = chart_data(takes, *group, zone);
    let entries = legend_entries(content, lang, &data, ui.visuals());
    legend::entries(ui, S::FigLegend.get(lang), &entries);
    let styles: Vec<(egui::Color32, MarkerShape, bool, egui::Color32)> = (0..data.len())
        .map(|i| {
            let (colour, marker, dashed) = style(i, ui.visuals());
            (colour, marker, dashed, theme::band(colour, ui.visuals()))
        })
        .collect();
    let alt_text = describe(content, lang, *group, &data);
    let tip = |pos: &HoverPosition<'_>| match pos {
        HoverPosition::NearDataPoint {
            plot_name, index, ..
        } => data
            .iter()
            .find(|s| dimension_name(content, lang, s.dimension) == *plot_name)
            .and_then(|s| s.points.get(*index))
            .map(|p| {
                let with_time = needs_time(&data, p);
                let when = moment(p.local, with_time);
                let words = point_words(lang, p, with_time);
                let value = words.strip_prefix(&when).unwrap_or(&words).trim_start();
                format!("{plot_name}\n{when}: {value}")
            }),
        HoverPosition::Elsewhere { .. } => None,
    };
    // The first and the last take keep half a date label's room to the plot's edges, so
    // their labels stay under the plot at any width and text size.
    let margin = x_margin(ui.available_width());
    let mut plot = Plot::new(("history", *group)).set_margin_fraction(egui::vec2(margin, 0.05));
    if let Some((min, max)) = one_day_range(&data) {
        plot = plot.include_x(min).include_x(max);
    }
    let response = plot
        .height(260.0)
        .include_y(0.0)
        .include_y(100.0)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_boxed_zoom(false)
        .x_axis_label(x_title(lang, &data))
        .y_axis_label(S::FigHistoryScore.get(lang))
        .grid_spacing(egui::Rangef::new(GRID_MIN_POINTS, GRID_FULL_POINTS))
        .x_grid_spacer(|input| {
            // `base_step_size` is GRID_MIN_POINTS points in days; a label needs LABEL_POINTS.
            let min_gap = input.base_step_size / f64::from(GRID_MIN_POINTS) * LABEL_POINTS;
            take_marks(&data, input.bounds.0, input.bounds.1, min_gap)
        })
        .grid_color(ui.visuals().widgets.noninteractive.bg_stroke.color)
        .x_axis_formatter(|mark, _| format_x(mark.value, mark.step_size))
        .label_formatter(tip)
        .show(ui, |plot| {
            for (i, (s, style)) in data.iter().zip(&styles).enumerate() {
                series_ui(plot, *style, s, i, content, lang);
            }
        })
        .response;
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &alt_text));
}

#[cfg(test)]
#[test]
fn a_narrow_chart_keeps_room_for_the_outer_date_labels() {
    // At text size 2.0 a narrow page leaves about 330 points: 48 of 270 on either side.
    assert!((x_margin(330.0) - 48.0 / 270.0).abs() < 1e-3);
    assert!((x_margin(2000.0) - 0.05).abs() < 1e-6);
    assert!((x_margin(50.0) - 0.3).abs() < 1e-6);
}

fn series_ui(
    plot: &mut egui_plot::PlotUi<'_>,
    (colour, marker, dashed, band): (egui::Color32, MarkerShape, bool, egui::Color32),
    s: &Series,
    i: usize,
    content: &Content,
    lang: Lang,
) {
    let name = dimension_name(content, lang, s.dimension);
    for (k, p) in s.points.iter().enumerate() {
        let (lo, hi) = alt::bounds(p.score, p.band);
        plot.line(
            Line::new("", vec![[p.day, f64::from(lo)], [p.day, f64::from(hi)]])
                .id(("band", i, k))
                .color(band)
                .width(6.0)
                .allow_hover(false),
        );
    }
    let xy: Vec<[f64; 2]> = s
        .points
        .iter()
        .map(|p| [p.day, f64::from(p.score)])
        .collect();
    let line_style = if dashed {
        LineStyle::dashed_dense()
    } else {
        LineStyle::Solid
    };
    plot.line(
        Line::new(name, xy.clone())
            .id(("line", i))
            .color(colour)
            .width(theme::STROKE_MARK)
            .style(line_style),
    );
    plot.points(
        Points::new(name, xy)
            .id(("points", i))
            .color(colour)
            .shape(marker)
            .filled(true)
            .radius(5.0),
    );
    let rings: Vec<[f64; 2]> = s
        .points
        .iter()
        .filter(|p| p.reliable_change.is_some())
        .map(|p| [p.day, f64::from(p.score)])
        .collect();
    if !rings.is_empty() {
        plot.points(
            Points::new("", rings)
                .id(("reliable", i))
                .color(colour)
                .shape(MarkerShape::Circle)
                .filled(false)
                .radius(10.0)
                .allow_hover(false),
        );
    }
}

/// The legend above the chart: a line per series, the band and the reliable-change ring.
pub fn legend_entries(
    content: &Content,
    lang: Lang,
    data: &[Series],
    visuals: &egui::Visuals,
) -> Vec<legend::Entry> {
    let mut entries: Vec<legend::Entry> = data
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (colour, _, dashed) = style(i, visuals);
            let name = dimension_name(content, lang, s.dimension);
            let tip = fill(S::FigHistoryLegendSeriesTip.get(lang), &[name]);
            legend::Entry::new(Swatch::Line { colour, dashed }, name, &tip)
        })
        .collect();
    entries.push(legend::Entry::new(
        Swatch::Band(theme::band(theme::series(0, visuals), visuals)),
        S::FigHistoryLegendBand.get(lang),
        S::FigLegendBandTip.get(lang),
    ));
    entries.push(legend::Entry::new(
        Swatch::Ring(visuals.text_color()),
        S::FigHistoryLegendReliable.get(lang),
        S::FigHistoryLegendReliableTip.get(lang),
    ));
    entries
}
