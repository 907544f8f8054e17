//! The bounds of a period as people type them: RFC 3339 times, dates (`2026-11-30`), months
//! (`2026-11`), and words (`today`, `yesterday`, `this-month`, `last-month`, `this-year`), in
//! the wallet's zone. A date, month or word as the end of a period includes the whole of it.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

use crate::error::{Error, Result};

/// Which end of a period a bound is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// Inclusive start.
    From,
    /// Exclusive end: a date means the end of that day.
    To,
}

/// The start (`End::From`) or the exclusive end (`End::To`) of what `text` names.
pub fn bound(text: &str, zone: &TimeZone, now: Timestamp, end: End) -> Result<Timestamp> {
    let invalid = || Error::invalid("err.time.invalid").arg("time", text);
    if let Ok(at) = text.parse::<Timestamp>() {
        return Ok(at);
    }
    let (start, after) = span(text, zone, now).ok_or_else(invalid)?;
    let day = match end {
        End::From => start,
        End::To => after,
    };
    day.to_zoned(zone.clone())
        .map(|z| z.timestamp())
        .map_err(|_| invalid())
}

/// The first day of what `text` names and the first day after it.
fn span(text: &str, zone: &TimeZone, now: Timestamp) -> Option<(Date, Date)> {
    let today = now.to_zoned(zone.clone()).date();
    let month_of = |d: Date| d.first_of_month();
    let next_month = |d: Date| d.first_of_month().checked_add(1.month()).ok();
    match text {
        "today" => Some((today, today.tomorrow().ok()?)),
        "yesterday" => Some((today.yesterday().ok()?, today)),
        "this-month" => Some((month_of(today), next_month(today)?)),
        "last-month" => {
            let start = month_of(today).checked_sub(1.month()).ok()?;
            Some((start, month_of(today)))
        }
        "this-year" => {
            let start = today.first_of_year();
            Some((start, start.checked_add(1.year()).ok()?))
        }
        _ if text.len() == 10 => {
            let d: Date = text.parse().ok()?;
            Some((d, d.tomorrow().ok()?))
        }
        _ if text.len() == 7 => {
            let d: Date = format!("{text}-01").parse().ok()?;
            Some((d, next_month(d)?))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn words_dates_and_months() {
        let now = at("2026-11-30T15:00:00Z");
        let z = TimeZone::UTC;
        let b = |t: &str, e: End| bound(t, &z, now, e).unwrap().to_string();
        assert_eq!(b("today", End::From), "2026-11-30T00:00:00Z");
        assert_eq!(b("today", End::To), "2026-12-01T00:00:00Z");
        assert_eq!(b("this-month", End::From), "2026-11-01T00:00:00Z");
        assert_eq!(b("last-month", End::To), "2026-11-01T00:00:00Z");
        assert_eq!(b("last-month", End::From), "2026-10-01T00:00:00Z");
        assert_eq!(b("2026-02-28", End::To), "2026-03-01T00:00:00Z");
        assert_eq!(b("2026-12", End::To), "2027-01-01T00:00:00Z");
        assert_eq!(b("2026-11-30T10:00:00Z", End::To), "2026-11-30T10:00:00Z");
        assert!(bound("2026-13-01", &z, now, End::From).is_err());
        assert!(bound("2026-02-30", &z, now, End::To).is_err());
        assert!(bound("12/31/2026", &z, now, End::To).is_err());
        assert!(bound("someday", &z, now, End::To).is_err());
    }
}
