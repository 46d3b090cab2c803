//! The chart's data, dates and marks.

use super::*;
use crate::assessment::{Answer, Answers, Item, Key, Profile, Questionnaire};
use crate::content::Text;

/// A take on `date` at 09:00 UTC in which each stance got one statement answered `v`.
fn take(date: &str, v: [u8; 3]) -> Take {
    take_at(
        Date::parse(date).expect("a date").to_days() * 86_400 + 9 * 3600,
        v,
    )
}

/// A take completed at `completed` (unix seconds).
fn take_at(completed: i64, v: [u8; 3]) -> Take {
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
    let data = chart_data(&takes, Group::Stances, &Zone::utc());
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
    let boards = chart_data(&takes, Group::Board(Board::Organisational), &Zone::utc());
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
}

#[test]
fn the_axis_marks_the_days_of_the_takes() {
    let takes = [
        take("2026-01-12", [1, 3, 3]),
        take("2026-01-13", [2, 3, 3]),
        take("2026-03-02", [5, 4, 3]),
        take("2026-06-30", [5, 3, 3]),
    ];
    let data = chart_data(&takes, Group::Stances, &Zone::utc());
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
    // The latest take keeps its label; a take just before it gives way.
    let takes = [
        take("2026-01-12", [1, 3, 3]),
        take("2026-03-20", [2, 3, 3]),
        take("2026-04-10", [5, 4, 3]),
    ];
    let data = chart_data(&takes, Group::Stances, &Zone::utc());
    let (first, last) = (data[0].points[0].day, data[0].points[2].day);
    let labels: Vec<String> = take_marks(&data, first - 2.0, last + 2.0, 60.0)
        .iter()
        .map(|m| format_x(m.value, m.step_size))
        .collect();
    assert_eq!(labels, ["2026-01-12", "2026-04-10"]);
    // Marks are spaced for their labels: the axis shows a label only where it fits.
    let marks = take_marks(&data, first - 5.0, last + 5.0, 100.0);
    assert!(marks.iter().all(|m| m.step_size >= 100.0));
}

fn amsterdam() -> Zone {
    Zone::named("Europe/Amsterdam").expect("the tz database knows Amsterdam")
}

/// The axis labels of `data` at a width where a label needs `min_gap` days.
fn axis_labels(data: &[Series], min_gap: f64) -> Vec<String> {
    let (min, max) = one_day_range(data).expect("takes within one day");
    take_marks(data, min, max, min_gap)
        .iter()
        .map(|m| format_x(m.value, m.step_size))
        .collect()
}

/// 2026-12-01 13:46 UTC, a winter afternoon.
const AFTERNOON: i64 = 1_796_132_760;

#[test]
fn two_takes_on_one_day_are_marked_at_their_local_times() {
    // Seconds into the minute: the clock still says 14:46, and the mark sits on the take.
    let takes = [
        take_at(AFTERNOON + 40, [1, 3, 3]),
        take_at(AFTERNOON + 4 * 60, [2, 3, 3]),
    ];
    let data = chart_data(&takes, Group::Stances, &amsterdam());
    let (min, max) = one_day_range(&data).expect("one day");
    let marks = take_marks(&data, min, max, 0.0);
    assert_eq!(marks[0].value, data[0].points[0].day);
    assert!(within_one_day(&data));
    assert_eq!(
        the_one_day(&data).map(|d| d.to_string()).as_deref(),
        Some("2026-12-01")
    );
    // Winter time: an hour ahead of UTC, on the axis and in the words.
    assert_eq!(axis_labels(&data, 0.0), ["14:46", "14:50"]);
    let p = &data[0].points[0];
    assert!(needs_time(&data, p));
    assert_eq!(moment(p.local, true), "2026-12-01 14:46");
    // Where two labels would overlap, the earlier one gives way to the latest take.
    assert_eq!(axis_labels(&data, 10.0 / 1440.0), ["14:50"]);
}

#[test]
fn a_single_take_gets_its_time_under_it() {
    let data = chart_data(
        &[take_at(AFTERNOON, [3, 3, 3])],
        Group::Stances,
        &amsterdam(),
    );
    let (min, max) = one_day_range(&data).expect("one take is one day");
    let at = data[0].points[0].day;
    assert!(
        min < at && at < max && max - min >= 2.0 / 24.0 - 1e-9,
        "{min} {at} {max}"
    );
    assert_eq!(axis_labels(&data, 0.0), ["14:46"]);
    assert!(needs_time(&data, &data[0].points[0]));
}

#[test]
fn a_take_late_at_night_utc_is_on_the_local_next_day() {
    // 2026-03-31 23:30 UTC is 1 April 01:30 in Amsterdam (summer time).
    let late = 1_774_999_800;
    let data = chart_data(
        &[
            take_at(late, [3, 3, 3]),
            take_at(late + 86_400 * 3, [3, 3, 3]),
        ],
        Group::Stances,
        &amsterdam(),
    );
    let p = &data[0].points[0];
    assert_eq!(format_x(p.day.floor(), 1.0), "2026-04-01");
    assert_eq!(moment(p.local, true), "2026-04-01 01:30");
    let utc = chart_data(&[take_at(late, [3, 3, 3])], Group::Stances, &Zone::utc());
    assert_eq!(moment(utc[0].points[0].local, true), "2026-03-31 23:30");
}

#[test]
fn only_takes_that_share_a_day_need_their_time() {
    let takes = [
        take_at(AFTERNOON - 30 * 86_400, [1, 3, 3]),
        take_at(AFTERNOON, [2, 3, 3]),
        take_at(AFTERNOON + 3600, [3, 3, 3]),
    ];
    let data = chart_data(&takes, Group::Stances, &amsterdam());
    assert!(!within_one_day(&data));
    assert_eq!(one_day_range(&data), None);
    let needs: Vec<bool> = data[0]
        .points
        .iter()
        .map(|p| needs_time(&data, p))
        .collect();
    assert_eq!(needs, [false, true, true]);
}
