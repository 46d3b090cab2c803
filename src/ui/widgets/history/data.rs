//! What the history chart draws, worked out apart from drawing so tests can check it: the
//! series of the chosen group of dimensions on real dates, each score with its band and, where
//! it passes the Jacobson–Truax test, the reliable change since the previous take; and the
//! marks and labels of the date axis. Times are shown local: the x axis counts local days
//! (the offset of the zone at each take's moment added), so a take late on a summer evening
//! in Amsterdam sits on the day the user lived it.

use egui_plot::GridMark;

use crate::assessment::{Dimension, Take, is_reliable_change, series};
use crate::clock::Zone;
use crate::content::{Board, Stance};
use crate::journal::Date;

/// Seconds in a day: the chart's x axis counts local days since 1970-01-01.
const DAY_SECS: f64 = 86_400.0;
/// Around a single take the axis shows an hour (in days) on either side.
const SINGLE_PAD: f64 = 1.0 / 24.0;
/// Around takes within one day the axis shows a fifth of their span, and at least a minute,
/// on either side: takes minutes apart still get room for a label each.
const SPAN_PAD: f64 = 0.2;
const MINUTE: f64 = 1.0 / 1440.0;

/// Which dimensions the chart shows at once: the three stances, or the poles of one board.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Group {
    /// Engaged, entrepreneurial, activist.
    #[default]
    Stances,
    /// The poles of one board.
    Board(Board),
}

impl Group {
    /// Every group, in the picker's order.
    pub const ALL: [Group; 4] = [
        Group::Stances,
        Group::Board(Board::Political),
        Group::Board(Board::Organisational),
        Group::Board(Board::Societal),
    ];

    /// The dimensions of the group, at most three.
    pub fn dimensions(self) -> Vec<Dimension> {
        match self {
            Group::Stances => Stance::ALL.into_iter().map(Dimension::Stance).collect(),
            Group::Board(b) => b.poles().iter().map(|p| Dimension::Pole(*p)).collect(),
        }
    }
}

/// One take's score of one dimension, placed on the date axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartPoint {
    /// Local days since 1970-01-01, with the local time of day as a fraction.
    pub day: f64,
    /// When the take was completed (unix seconds).
    pub when: i64,
    /// The same moment in local seconds (see [`Zone::local`]).
    pub local: i64,
    /// The score, 0–100.
    pub score: f32,
    /// Its band (one standard error).
    pub band: f32,
    /// The move since the previous take of this dimension, when it is a reliable change.
    pub reliable_change: Option<f32>,
}

/// The points of one dimension, oldest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Which dimension.
    pub dimension: Dimension,
    /// Its points.
    pub points: Vec<ChartPoint>,
}

/// The position of a moment, in local seconds, on the x axis.
pub fn day_of(local_secs: i64) -> f64 {
    local_secs as f64 / DAY_SECS
}

/// The series of a group's dimensions over the takes (oldest first), placed in `zone`.
pub fn chart_data(takes: &[Take], group: Group, zone: &Zone) -> Vec<Series> {
    group
        .dimensions()
        .into_iter()
        .map(|dimension| {
            let mut previous: Option<(f32, f32)> = None;
            let points = series(takes, dimension)
                .into_iter()
                .map(|p| {
                    let reliable_change = previous
                        .filter(|(v, se)| is_reliable_change(*v, *se, p.score, p.band))
                        .map(|(v, _)| p.score - v);
                    previous = Some((p.score, p.band));
                    let local = zone.local(p.when);
                    ChartPoint {
                        day: day_of(local),
                        when: p.when,
                        local,
                        score: p.score,
                        band: p.band,
                        reliable_change,
                    }
                })
                .collect();
            Series { dimension, points }
        })
        .collect()
}

/// Whether all points lie on one local day (then the axis shows times, and its title the day).
pub fn within_one_day(data: &[Series]) -> bool {
    let mut days = data
        .iter()
        .flat_map(|s| &s.points)
        .map(|p| Date::from_unix(p.local));
    let Some(first) = days.next() else {
        return true;
    };
    days.all(|d| d == first)
}

/// The local day of the takes when they all fall on one day.
pub fn the_one_day(data: &[Series]) -> Option<Date> {
    let first = data.iter().flat_map(|s| &s.points).next()?;
    within_one_day(data).then(|| Date::from_unix(first.local))
}

/// Whether a point's words need its time of day: when another take fell on the same local
/// day (so the date alone does not tell them apart), or all takes fell on one day.
pub fn needs_time(data: &[Series], p: &ChartPoint) -> bool {
    let day = Date::from_unix(p.local);
    within_one_day(data)
        || data
            .iter()
            .flat_map(|s| &s.points)
            .any(|q| q.when != p.when && Date::from_unix(q.local) == day)
}

/// The x range to show when all takes fall on one day (`None`: the plot's own fit): the
/// takes with a margin of a fifth of their span on either side, an hour around a single one.
pub fn one_day_range(data: &[Series]) -> Option<(f64, f64)> {
    if !within_one_day(data) {
        return None;
    }
    let days = data.iter().flat_map(|s| &s.points).map(|p| p.day);
    let (min, max) = days.fold(None, |acc: Option<(f64, f64)>, d| {
        Some(acc.map_or((d, d), |(lo, hi)| (lo.min(d), hi.max(d))))
    })?;
    let pad = if max > min {
        ((max - min) * SPAN_PAD).max(MINUTE)
    } else {
        SINGLE_PAD
    };
    Some((min - pad, max + pad))
}

/// The label of an x-axis mark: the date (YYYY-MM-DD) on whole days, the local time (HH:MM)
/// on marks within a day.
pub fn format_x(value: f64, step_size: f64) -> String {
    let day = value.floor();
    if step_size >= 1.0 {
        if (value - day).abs() < 1e-6 {
            Date::from_days(day as i64).to_string()
        } else {
            String::new()
        }
    } else {
        // The minute the moment falls in, as a clock shows it (a hair over, for rounding).
        let minutes = ((value - day) * 1440.0 + 1e-4).floor() as i64;
        format!("{:02}:{:02}", minutes / 60 % 24, minutes % 60)
    }
}

/// Date and, when asked, the time of a moment given in local seconds, for tooltips and the
/// text alternative.
pub fn moment(local_secs: i64, with_time: bool) -> String {
    let date = Date::from_unix(local_secs).to_string();
    if with_time {
        let secs = local_secs.rem_euclid(86_400);
        format!("{date} {:02}:{:02}", secs / 3600, secs / 60 % 60)
    } else {
        date
    }
}

/// The marks of the date axis at the takes themselves, so that every date or time read on
/// the axis is a take's. Takes on different days are marked at their days, thinned out so that
/// two marks lie at least a sixth of the visible range and `min_gap` days (the width of a
/// label) apart. Takes within one day are marked at their times of day, `min_gap` apart.
pub fn take_marks(data: &[Series], min: f64, max: f64, min_gap: f64) -> Vec<GridMark> {
    if within_one_day(data) {
        return time_marks(data, min, max, min_gap);
    }
    let span = (max - min).abs().max(1.0);
    let gap = (span / 6.0).max(min_gap);
    let mut days: Vec<f64> = data
        .iter()
        .flat_map(|s| &s.points)
        .map(|p| p.day.floor())
        .filter(|d| (min..=max).contains(d))
        .collect();
    days.sort_by(f64::total_cmp);
    days.dedup();
    thin(&days, gap)
        .into_iter()
        .map(|value| GridMark {
            value,
            step_size: gap.max(1.0),
        })
        .collect()
}

/// The values (sorted) that get a label, at least `gap` apart: the first and the latest
/// always, the ones between where they leave room.
fn thin(values: &[f64], gap: f64) -> Vec<f64> {
    let mut kept: Vec<f64> = Vec::new();
    for &v in values {
        if kept.last().is_none_or(|k| v - k >= gap) {
            kept.push(v);
        }
    }
    if let (Some(&latest), Some(&last_kept)) = (values.last(), kept.last())
        && latest != last_kept
    {
        kept.retain(|k| latest - k >= gap);
        kept.push(latest);
    }
    kept
}

/// The marks of takes within one day: at each take, one per minute (the label's precision),
/// `min_gap` days apart, labelled with the time (their step is under a day).
fn time_marks(data: &[Series], min: f64, max: f64, min_gap: f64) -> Vec<GridMark> {
    let step = (max - min).abs().clamp(1e-6, 0.5);
    let mut takes: Vec<(i64, f64)> = data
        .iter()
        .flat_map(|s| &s.points)
        .map(|p| (p.local.div_euclid(60), p.day))
        .collect();
    takes.sort_by(|a, b| a.1.total_cmp(&b.1));
    takes.dedup_by_key(|t| t.0);
    let values: Vec<f64> = takes
        .into_iter()
        .map(|(_, value)| value)
        .filter(|v| (min..=max).contains(v))
        .collect();
    thin(&values, min_gap)
        .into_iter()
        .map(|value| GridMark {
            value,
            step_size: step,
        })
        .collect()
}

#[cfg(test)]
#[path = "data_tests.rs"]
mod tests;
