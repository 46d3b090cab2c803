//! A civil (calendar) date without a time zone: what a journal entry is dated by.
//!
//! The conversions follow Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms
//! (proleptic Gregorian calendar). They are total: any `i64` goes in, no panic comes out.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Days between 0000-03-01 and 1970-01-01 in the proleptic Gregorian calendar.
const EPOCH_SHIFT: i64 = 719_468;
/// Days in one 400-year era.
const DAYS_PER_ERA: i64 = 146_097;
const SECS_PER_DAY: i64 = 86_400;
/// Day counts beyond this lie far outside the `i32` year range; clamping keeps the arithmetic
/// from overflowing, and the year saturates afterwards anyway.
const MAX_DAYS: i64 = 1_000_000_000_000;

/// A calendar date: year, month (1-12) and day (1-31). Orders chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(default)]
pub struct Date {
    /// The year (proleptic Gregorian; may be negative).
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

impl Default for Date {
    /// 1970-01-01, so that a record missing its date still holds a valid one.
    fn default() -> Self {
        Date::EPOCH
    }
}

impl Date {
    /// 1970-01-01.
    pub const EPOCH: Date = Date {
        year: 1970,
        month: 1,
        day: 1,
    };
    /// The earliest date [`Date::from_days`] returns.
    pub const MIN: Date = Date {
        year: i32::MIN,
        month: 1,
        day: 1,
    };
    /// The latest date [`Date::from_days`] returns.
    pub const MAX: Date = Date {
        year: i32::MAX,
        month: 12,
        day: 31,
    };

    /// The UTC date of a Unix timestamp in seconds; saturates at [`Date::MIN`] / [`Date::MAX`].
    pub fn from_unix(secs: i64) -> Date {
        Date::from_days(secs.div_euclid(SECS_PER_DAY))
    }

    /// The date `days` days after 1970-01-01 (before, when negative); saturates at the `i32`
    /// year range.
    pub fn from_days(days: i64) -> Date {
        let z = days.clamp(-MAX_DAYS, MAX_DAYS) + EPOCH_SHIFT;
        let era = z.div_euclid(DAYS_PER_ERA);
        let doe = z - era * DAYS_PER_ERA; // [0, 146096]
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365; // [0, 399]
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
        let mp = (5 * doy + 2) / 153; // [0, 11], March first
        let day = doy - (153 * mp + 2) / 5 + 1; // [1, 31]
        let month = if mp < 10 { mp + 3 } else { mp - 9 }; // [1, 12]
        let year = yoe + era * 400 + i64::from(month <= 2);
        match i32::try_from(year) {
            // `month` and `day` are in 1..=31 by construction, so the casts cannot truncate.
            Ok(year) => Date {
                year,
                month: month as u8,
                day: day as u8,
            },
            Err(_) if year < 0 => Date::MIN,
            Err(_) => Date::MAX,
        }
    }

    /// Days since 1970-01-01 (negative before). Total, also for an invalid month or day.
    pub fn to_days(self) -> i64 {
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let yoe = year - era * 400; // [0, 399]
        let mp = if month > 2 { month - 3 } else { month + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * DAYS_PER_ERA + doe - EPOCH_SHIFT
    }

    /// The date `days` later (earlier, when negative), saturating at the ends of the range.
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.to_days().saturating_add(days))
    }

    /// Whether the year is a Gregorian leap year.
    pub fn is_leap_year(year: i32) -> bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The number of days in a month (0 for a month outside 1-12).
    pub fn days_in_month(year: i32, month: u8) -> u8 {
        match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if Date::is_leap_year(year) => 29,
            2 => 28,
            _ => 0,
        }
    }

    /// Whether month and day exist (2026-02-30 does not).
    pub fn is_valid(self) -> bool {
        self.day >= 1 && self.day <= Date::days_in_month(self.year, self.month)
    }

    /// Parses `YYYY-MM-DD` (month and day may have one digit); `None` for anything else,
    /// including dates that do not exist.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.trim().split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return None;
        };
        let digits = |p: &str, min: usize, max: usize| {
            (min..=max).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
        };
        if !(digits(y, 4, 4) && digits(m, 1, 2) && digits(d, 1, 2)) {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        date.is_valid().then_some(date)
    }
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn known_dates_convert_both_ways() {
        assert_eq!(Date::from_unix(0), d(1970, 1, 1));
        assert_eq!(Date::from_unix(-1), d(1969, 12, 31));
        assert_eq!(Date::from_unix(86_399), d(1970, 1, 1));
        assert_eq!(Date::from_unix(86_400), d(1970, 1, 2));
        // 2026-11-27 00:00:00 UTC and 2000-02-29 12:00:00 UTC.
        assert_eq!(Date::from_unix(1_795_737_600), d(2026, 11, 27));
        assert_eq!(Date::from_unix(951_825_600), d(2000, 2, 29));
        assert_eq!(d(2026, 11, 27).to_days(), 1_795_737_600 / 86_400);
        assert_eq!(d(1600, 3, 1).to_days(), -135_080);
    }

    #[test]
    fn days_round_trip_around_the_epoch_and_across_eras() {
        for days in (-800_000..800_000).step_by(7).chain(-1000..1000) {
            let date = Date::from_days(days);
            assert!(date.is_valid(), "{date} from {days}");
            assert_eq!(date.to_days(), days, "{date}");
        }
    }

    #[test]
    fn consecutive_days_are_consecutive_dates() {
        let mut date = d(1899, 12, 31);
        for _ in 0..(366 * 210) {
            let next = date.add_days(1);
            let expected = if date.day < Date::days_in_month(date.year, date.month) {
                d(date.year, date.month, date.day + 1)
            } else if date.month < 12 {
                d(date.year, date.month + 1, 1)
            } else {
                d(date.year + 1, 1, 1)
            };
            assert_eq!(next, expected);
            date = next;
        }
    }

    #[test]
    fn leap_years_follow_the_gregorian_rule() {
        assert!(Date::is_leap_year(2024));
        assert!(Date::is_leap_year(2000));
        assert!(!Date::is_leap_year(1900));
        assert!(!Date::is_leap_year(2026));
        assert_eq!(d(2024, 2, 28).add_days(1), d(2024, 2, 29));
        assert_eq!(d(2023, 2, 28).add_days(1), d(2023, 3, 1));
        assert_eq!(d(1900, 2, 28).add_days(1), d(1900, 3, 1));
        assert_eq!(d(2000, 2, 28).add_days(1), d(2000, 2, 29));
    }

    #[test]
    fn extreme_timestamps_saturate_without_panic() {
        for secs in [
            i64::MIN,
            i64::MIN + 1,
            i64::MAX,
            i64::MAX - 1,
            -(1 << 50),
            1 << 50,
        ] {
            let date = Date::from_unix(secs);
            assert!(date.is_valid(), "{secs}: {date:?}");
        }
        assert_eq!(Date::from_unix(i64::MAX), Date::MAX);
        assert_eq!(Date::from_unix(i64::MIN), Date::MIN);
        assert_eq!(Date::MAX.add_days(i64::MAX), Date::MAX);
        assert_eq!(Date::MIN.add_days(i64::MIN), Date::MIN);
        let invalid = d(2026, 255, 255);
        let _ = invalid.to_days();
        let _ = invalid.add_days(i64::MAX);
    }

    #[test]
    fn parse_accepts_real_dates_only() {
        assert_eq!(Date::parse("2026-11-27"), Some(d(2026, 11, 27)));
        assert_eq!(Date::parse(" 2024-2-29 "), Some(d(2024, 2, 29)));
        for bad in [
            "2026-02-30",
            "2023-02-29",
            "1900-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-01-00",
            "2026-1",
            "2026-01-01-01",
            "26-01-01",
            "2026-+1-01",
            "2026/01/01",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn displays_as_iso_and_orders_chronologically() {
        assert_eq!(d(2026, 3, 7).to_string(), "2026-03-07");
        assert_eq!(Date::parse(&d(987, 1, 2).to_string()), Some(d(987, 1, 2)));
        assert!(d(2025, 12, 31) < d(2026, 1, 1));
        assert!(d(2026, 1, 31) < d(2026, 2, 1));
        assert_eq!(Date::default(), Date::EPOCH);
    }
}
