//! The one place that reads the clock, total for any clock value, and the one place that knows
//! the local time zone. Stored times stay unix seconds (UTC); what a person reads is local:
//! [`Zone`] turns a stored moment into the local date and time of day, with the offset of the
//! system's time zone at that moment (so summer and winter time each get their own).

use std::time::{SystemTime, UNIX_EPOCH};

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::journal::Date;

/// Now in unix seconds; a clock before 1970 gives a negative number rather than a panic.
pub fn now() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => i64::try_from(e.duration().as_secs()).map_or(i64::MIN, |s| -s),
    }
}

/// A time zone: the system's, or one named by the tests. Cheap to clone.
///
/// The rules come from jiff: on Unix the IANA database under `/usr/share/zoneinfo` and
/// `/etc/localtime` (or `TZ`), on Windows the system's zone with a bundled database. Unlike
/// the `time` crate's local offset it reads no C library state, so it is sound in a
/// program with several threads (the app's worker and file dialogs).
#[derive(Debug, Clone, PartialEq)]
pub struct Zone(TimeZone);

impl Zone {
    /// The system's time zone; UTC when the system names none that can be read.
    pub fn system() -> Zone {
        Zone(TimeZone::system())
    }

    /// Coordinated universal time.
    pub fn utc() -> Zone {
        Zone(TimeZone::UTC)
    }

    /// A zone by its IANA name (`Europe/Amsterdam`), from the time zone database; `None`
    /// when the database does not know it.
    pub fn named(name: &str) -> Option<Zone> {
        TimeZone::get(name).ok().map(Zone)
    }

    /// A zone from a POSIX TZ rule (`CET-1CEST,M3.5.0,M10.5.0/3`); needs no database.
    pub fn posix(rule: &str) -> Option<Zone> {
        TimeZone::posix(rule).ok().map(Zone)
    }

    /// The zone's offset from UTC at the moment `unix_secs`, in seconds east of Greenwich
    /// (3600 for Dutch winter time, 7200 for summer time). A moment outside the calendar's
    /// range (before the year −9999 or after 9999) gets no offset.
    pub fn offset(&self, unix_secs: i64) -> i64 {
        Timestamp::from_second(unix_secs)
            .map(|t| i64::from(self.0.to_offset(t).seconds()))
            .unwrap_or(0)
    }

    /// The moment `unix_secs` as local seconds: the seconds since 1970-01-01 00:00 on the
    /// local wall clock, so that whole days of them are local dates.
    pub fn local(&self, unix_secs: i64) -> i64 {
        unix_secs.saturating_add(self.offset(unix_secs))
    }

    /// The local date of a moment.
    pub fn date(&self, unix_secs: i64) -> Date {
        Date::from_unix(self.local(unix_secs))
    }

    /// The local time of day of a moment, `HH:MM`.
    pub fn time(&self, unix_secs: i64) -> String {
        let secs = self.local(unix_secs).rem_euclid(86_400);
        format!("{:02}:{:02}", secs / 3600, secs / 60 % 60)
    }

    /// The local date and time of day of a moment, `YYYY-MM-DD HH:MM`.
    pub fn stamp(&self, unix_secs: i64) -> String {
        format!("{} {}", self.date(unix_secs), self.time(unix_secs))
    }
}

/// The offset of the system's time zone from UTC at the moment `unix_secs`, in seconds.
pub fn local_offset(unix_secs: i64) -> i64 {
    Zone::system().offset(unix_secs)
}

/// Today's local date by the system's clock and time zone.
pub fn today() -> Date {
    Zone::system().date(now())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-03-31 23:30 UTC: after the clocks went forward on 29 March.
    const LATE_MARCH: i64 = 1_774_999_800;

    #[test]
    fn late_evening_utc_is_the_next_morning_in_amsterdam() {
        assert_eq!(Zone::utc().stamp(LATE_MARCH), "2026-03-31 23:30");
        let amsterdam = Zone::named("Europe/Amsterdam").expect("the tz database knows Amsterdam");
        assert_eq!(amsterdam.offset(LATE_MARCH), 7200);
        assert_eq!(amsterdam.stamp(LATE_MARCH), "2026-04-01 01:30");
        assert_eq!(amsterdam.date(LATE_MARCH).to_string(), "2026-04-01");
        // Winter time: an hour ahead, not two.
        let january = LATE_MARCH - 80 * 86_400;
        assert_eq!(amsterdam.offset(january), 3600);
        // The same rules as a POSIX rule, which needs no database.
        let rule = Zone::posix("CET-1CEST,M3.5.0,M10.5.0/3").expect("a valid rule");
        assert_eq!(rule.stamp(LATE_MARCH), "2026-04-01 01:30");
        assert_eq!(rule.time(january), amsterdam.time(january));
    }

    #[test]
    fn any_clock_value_has_a_local_time() {
        let zone = Zone::named("Europe/Amsterdam").expect("Amsterdam");
        // Outside jiff's range (years ±9999) a moment keeps its UTC time.
        assert_eq!(zone.time(i64::MAX), Zone::utc().time(i64::MAX));
        assert_eq!(zone.time(i64::MIN), Zone::utc().time(i64::MIN));
        assert_eq!(zone.stamp(-1), "1970-01-01 00:59");
        assert!(Zone::named("Nergens/Niemandsland").is_none());
    }
}
