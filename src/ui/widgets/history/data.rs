//! What the history chart draws, worked out apart from drawing so tests can check it: the
//! series of the chosen group of dimensions on real dates, each score with its band and, where
//! it passes the Jacobson–Truax test, the reliable change since the previous take; and the
//! marks and labels of the date axis.

use egui_plot::GridMark;

use crate::assessment::{Dimension, Take, is_reliable_change, series};
use crate::content::{Board, Stance};
use crate::journal::Date;

/// Seconds in a day: the chart's x axis counts days since 1970-01-01 (UTC).
const DAY_SECS: f64 = 86_400.0;

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
    /// Days since 1970-01-01 (UTC), with the time of day as a fraction.
    pub day: f64,
    /// When the take was completed (unix seconds).
    pub when: i64,
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

/// The position of a moment on the x axis.
pub fn day_of(unix_secs: i64) -> f64 {
    unix_secs as f64 / DAY_SECS
}

/// The series of a group's dimensions over the takes (oldest first).
pub fn chart_data(takes: &[Take], group: Group) -> Vec<Series> {
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
                    ChartPoint {
                        day: day_of(p.when),
                        when: p.when,
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

/// Whether all points lie on one calendar day (then the axis and tooltips show the time).
pub fn within_one_day(data: &[Series]) -> bool {
    let mut days = data
        .iter()
        .flat_map(|s| &s.points)
        .map(|p| Date::from_unix(p.when));
    let Some(first) = days.next() else {
        return true;
    };
    days.all(|d| d == first)
}

/// The label of an x-axis mark: the date (YYYY-MM-DD) on whole days, the time (HH:MM, UTC)
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
        let minutes = ((value - day) * 1440.0).round() as i64;
        format!("{:02}:{:02}", minutes / 60 % 24, minutes % 60)
    }
}

/// Date and, when asked, the time of a moment, for tooltips and the text alternative.
pub fn moment(unix_secs: i64, with_time: bool) -> String {
    let date = Date::from_unix(unix_secs).to_string();
    if with_time {
        let secs = unix_secs.rem_euclid(86_400);
        format!("{date} {:02}:{:02}", secs / 3600, secs / 60 % 60)
    } else {
        date
    }
}

/// Steps between axis marks, in days: from a quarter of an hour to a year.
const STEPS: [f64; 12] = [
    1.0 / 96.0,
    1.0 / 24.0,
    1.0 / 6.0,
    0.25,
    1.0,
    2.0,
    7.0,
    14.0,
    30.0,
    91.0,
    182.0,
    365.0,
];

/// The marks of the date axis: at most about six, at least `min_gap` days apart (the width of
/// a label), on whole days unless the range is shorter than a few days (then on hours).
pub fn x_marks(min: f64, max: f64, min_gap: f64) -> Vec<GridMark> {
    let span = (max - min).abs().max(1e-6);
    let step = STEPS
        .iter()
        .copied()
        .find(|s| span / s <= 6.0 && *s >= min_gap)
        .unwrap_or(365.0 * (span / (6.0 * 365.0)).ceil());
    let first = (min / step).ceil() as i64;
    let last = (max / step).floor() as i64;
    (first..=last)
        .take(64)
        .map(|i| GridMark {
            value: i as f64 * step,
            step_size: step,
        })
        .collect()
}

/// The marks of the date axis when the takes lie on different days: at the days of the takes
/// themselves (so every date read on the axis is a take's), thinned out so that two marks lie
/// at least a sixth of the visible range and `min_gap` days (the width of a label) apart.
/// Takes within one day get [`x_marks`].
pub fn take_marks(data: &[Series], min: f64, max: f64, min_gap: f64) -> Vec<GridMark> {
    if within_one_day(data) {
        return x_marks(min, max, min_gap);
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
    let mut marks: Vec<GridMark> = Vec::new();
    for day in days {
        if marks.last().is_none_or(|m| day - m.value >= gap) {
            marks.push(GridMark {
                value: day,
                step_size: gap.max(1.0),
            });
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Answer, Answers, Item, Key, Profile, Questionnaire};
    use crate::content::Text;

    /// A take on `date` in which each stance got one statement answered `v`.
    fn take(date: &str, v: [u8; 3]) -> Take {
        let items = Stance::ALL
            .iter()
            .map(|s| Item::Likert {
                id: Dimension::Stance(*s).key().into(),
                text: Text::default(),
                dimension: Dimension::Stance(*s).key().into(),
                key: Key::Plus,
            })
            .collect();
        let q = Questionnaire {
            id: "t".into(),
            title: Text::default(),
            description: Text::default(),
            items,
        };
        let answers: Answers = Stance::ALL
            .iter()
            .zip(v)
            .map(|(s, v)| (Dimension::Stance(*s).key().to_owned(), Answer::Likert(v)))
            .collect();
        let completed = Date::parse(date).expect("a date").to_days() * 86_400 + 9 * 3600;
        Take {
            questionnaire: "t".into(),
            completed,
            answers: answers.clone(),
            profile: Profile::compute(&q, &answers),
        }
    }

    #[test]
    fn the_chart_gets_real_dates_bands_and_reliable_changes() {
        let takes = [
            take("2026-01-12", [1, 3, 3]),
            take("2026-03-02", [5, 4, 3]),
            take("2026-06-30", [5, 3, 3]),
        ];
        let data = chart_data(&takes, Group::Stances);
        assert_eq!(data.len(), 3);
        let engaged = &data[0];
        assert_eq!(engaged.dimension, Dimension::Stance(Stance::Engaged));
        // The x values are days since 1970, so the axis labels them with the take's date.
        let labels: Vec<String> = engaged
            .points
            .iter()
            .map(|p| format_x(p.day.floor(), 1.0))
            .collect();
        assert_eq!(labels, ["2026-01-12", "2026-03-02", "2026-06-30"]);
        assert!(engaged.points.iter().all(|p| p.band > 0.0));
        // 0 → 100 with bands of 25: a reliable change; 100 → 100 is none.
        assert_eq!(engaged.points[0].reliable_change, None);
        assert_eq!(engaged.points[1].reliable_change, Some(100.0));
        assert_eq!(engaged.points[2].reliable_change, None);
        // 50 → 75 is within what answering again could give.
        assert_eq!(data[1].points[1].reliable_change, None);
        assert!(!within_one_day(&data));
        let boards = chart_data(&takes, Group::Board(Board::Organisational));
        assert_eq!(boards.len(), 2);
        assert!(boards.iter().all(|s| s.points.is_empty()), "no pole items");
    }

    #[test]
    fn the_axis_labels_dates_on_whole_days_and_times_within_a_day() {
        let day = Date::parse("2026-03-14").expect("date").to_days() as f64;
        assert_eq!(format_x(day, 7.0), "2026-03-14");
        assert_eq!(format_x(day + 0.5, 7.0), "");
        assert_eq!(format_x(day + 0.5, 1.0 / 24.0), "12:00");
        assert_eq!(format_x(day + 0.25, 0.25), "06:00");
        assert_eq!(
            moment(day as i64 * 86_400 + 3600 * 13 + 60 * 5, true),
            "2026-03-14 13:05"
        );
        // Marks: about six, whole days over a season, hours within one day.
        let marks = x_marks(day, day + 120.0, 0.0);
        assert!((2..=7).contains(&marks.len()), "{marks:?}");
        assert!(
            marks
                .iter()
                .all(|m| m.value.fract() == 0.0 && m.step_size >= 1.0)
        );
        let hours = x_marks(day + 0.3, day + 0.6, 0.0);
        assert!(hours.iter().all(|m| m.step_size < 1.0), "{hours:?}");
        assert!(!format_x(hours[0].value, hours[0].step_size).contains('-'));
    }

    #[test]
    fn the_axis_marks_the_days_of_the_takes() {
        let takes = [
            take("2026-01-12", [1, 3, 3]),
            take("2026-01-13", [2, 3, 3]),
            take("2026-03-02", [5, 4, 3]),
            take("2026-06-30", [5, 3, 3]),
        ];
        let data = chart_data(&takes, Group::Stances);
        let first = data[0].points[0].day;
        let last = data[0].points[3].day;
        let labels = |min_gap: f64| -> Vec<String> {
            take_marks(&data, first - 5.0, last + 5.0, min_gap)
                .iter()
                .map(|m| format_x(m.value, m.step_size))
                .collect()
        };
        // The day after the first take is too close to get its own mark.
        assert_eq!(labels(0.0), ["2026-01-12", "2026-03-02", "2026-06-30"]);
        // In a narrow chart a label needs more days of room.
        assert_eq!(labels(100.0), ["2026-01-12", "2026-06-30"]);
        // Marks are spaced for their labels: the axis shows a label only where it fits.
        let marks = take_marks(&data, first - 5.0, last + 5.0, 100.0);
        assert!(marks.iter().all(|m| m.step_size >= 100.0));
    }
}
