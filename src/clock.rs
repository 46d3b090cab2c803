//! The one place that reads the clock, total for any clock value.

use std::time::{SystemTime, UNIX_EPOCH};

/// Now in unix seconds; a clock before 1970 gives a negative number rather than a panic.
pub fn now() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => i64::try_from(e.duration().as_secs()).map_or(i64::MIN, |s| -s),
    }
}
