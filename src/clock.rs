//! Time: what "now" is for a wallet, and the parsing of times and durations users type.
//!
//! A normal wallet uses the system clock. A sandbox wallet keeps a test clock in its database
//! that stands still until `okpay sandbox clock` moves it, and only moves forward. All logic asks
//! [`Clock::now`]; nothing else reads the system time.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use crate::error::{Error, Result};

/// The longest duration anyone may type (100 years), so arithmetic on it never overflows.
pub const DURATION_MAX_SECONDS: i64 = 100 * 366 * 86_400;

/// Where "now" comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// The operating system's clock.
    System,
    /// A sandbox wallet's stored test clock.
    Sandbox(Timestamp),
}

impl Clock {
    /// The current instant.
    pub fn now(&self) -> Timestamp {
        match self {
            Clock::System => Timestamp::now(),
            Clock::Sandbox(at) => *at,
        }
    }

    /// Whether this is a sandbox test clock.
    pub fn is_sandbox(&self) -> bool {
        matches!(self, Clock::Sandbox(_))
    }
}

/// Milliseconds since the Unix epoch, the form kept in SQLite.
pub fn to_ms(at: Timestamp) -> i64 {
    at.as_millisecond()
}

/// The inverse of [`to_ms`]; a value outside jiff's range is a damaged file.
pub fn from_ms(ms: i64) -> Result<Timestamp> {
    Timestamp::from_millisecond(ms)
        .map_err(|_| Error::internal(format!("timestamp {ms} out of range")))
}

/// Parse a duration as CLI.md writes them: `90s`, `15m`, `2h`, `1d` (a whole positive number
/// and one unit).
pub fn parse_duration(text: &str) -> Result<SignedDuration> {
    let invalid = || Error::invalid("err.duration.invalid").arg("duration", text);
    let unit = text.chars().last().ok_or_else(invalid)?;
    let number = &text[..text.len() - unit.len_utf8()];
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid());
    }
    let count: i64 = number.parse().map_err(|_| invalid())?;
    let unit_seconds = match unit {
        's' => 1,
        'm' => 60,
        'h' => 3_600,
        'd' => 86_400,
        _ => return Err(invalid()),
    };
    let seconds = count.checked_mul(unit_seconds).ok_or_else(invalid)?;
    if seconds == 0 || seconds > DURATION_MAX_SECONDS {
        return Err(invalid());
    }
    Ok(SignedDuration::from_secs(seconds))
}

/// Format a duration the way [`parse_duration`] reads it, in the largest exact unit.
pub fn format_duration(duration: SignedDuration) -> String {
    let seconds = duration.as_secs();
    for (unit, size) in [("d", 86_400), ("h", 3_600), ("m", 60)] {
        if seconds != 0 && seconds % size == 0 {
            return format!("{}{unit}", seconds / size);
        }
    }
    format!("{seconds}s")
}

/// Parse a time as users type it: RFC 3339 (`2026-11-27T10:00:00Z`, with any offset), or a
/// date `YYYY-MM-DD`, meaning midnight in the wallet's zone.
pub fn parse_time(text: &str, zone: &TimeZone) -> Result<Timestamp> {
    let invalid = || Error::invalid("err.time.invalid").arg("time", text);
    if let Ok(at) = text.parse::<Timestamp>() {
        return Ok(at);
    }
    if text.len() == 10 {
        let date: Date = text.parse().map_err(|_| invalid())?;
        let zoned = date.to_zoned(zone.clone()).map_err(|_| invalid())?;
        return Ok(zoned.timestamp());
    }
    Err(invalid())
}

/// Look a time zone up by its IANA name (`Europe/Berlin`, `UTC`).
pub fn parse_zone(name: &str) -> Result<TimeZone> {
    // The bundled IANA database: the same zones on every machine, and no scan of
    // /usr/share/zoneinfo at every start (which cost more than the rest of `okpay balance`).
    static BUNDLED: std::sync::OnceLock<jiff::tz::TimeZoneDatabase> = std::sync::OnceLock::new();
    if name == "UTC" {
        return Ok(TimeZone::UTC);
    }
    BUNDLED
        .get_or_init(jiff::tz::TimeZoneDatabase::bundled)
        .get(name)
        .map_err(|_| Error::invalid("err.tz.unknown").arg("zone", name))
}

/// JSON form of a time: UTC RFC 3339 with a `Z`, to the second (or millisecond when it has them).
pub fn rfc3339(at: Timestamp) -> String {
    if at.subsec_millisecond() == 0 {
        at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
    } else {
        at.strftime("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
    }
}

/// Table form of a time: in the wallet's zone, to the minute, with the zone's abbreviation.
pub fn local(at: Timestamp, zone: &TimeZone) -> String {
    at.to_zoned(zone.clone())
        .strftime("%Y-%m-%d %H:%M %Z")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_in_every_unit() {
        assert_eq!(parse_duration("90s").map(|d| d.as_secs()).ok(), Some(90));
        assert_eq!(parse_duration("15m").map(|d| d.as_secs()).ok(), Some(900));
        assert_eq!(parse_duration("2h").map(|d| d.as_secs()).ok(), Some(7_200));
        assert_eq!(parse_duration("1d").map(|d| d.as_secs()).ok(), Some(86_400));
    }

    #[test]
    fn bad_durations_are_refused() {
        for text in [
            "",
            "m",
            "0m",
            "-5m",
            "1.5h",
            "10",
            "5w",
            "1e3s",
            " 5m",
            "99999999999999999d",
        ] {
            assert!(parse_duration(text).is_err(), "{text:?} accepted");
        }
    }

    #[test]
    fn durations_format_back() {
        for text in ["90s", "15m", "2h", "1d", "36h"] {
            let d = parse_duration(text).map_err(|e| e.to_string());
            assert_eq!(d.map(format_duration).as_deref(), Ok(text));
        }
    }

    #[test]
    fn dates_mean_midnight_in_the_wallet_zone() {
        let zone = parse_zone("Asia/Shanghai").map_err(|e| e.to_string());
        let at = zone.and_then(|z| parse_time("2026-11-27", &z).map_err(|e| e.to_string()));
        assert_eq!(at.map(rfc3339).as_deref(), Ok("2026-11-26T16:00:00Z"));
    }

    #[test]
    fn rfc3339_times_keep_their_offset() {
        let at = parse_time("2026-11-27T10:00:00+01:00", &TimeZone::UTC).map_err(|e| e.to_string());
        assert_eq!(at.map(rfc3339).as_deref(), Ok("2026-11-27T09:00:00Z"));
        assert!(parse_time("27/11/2026", &TimeZone::UTC).is_err());
        assert!(parse_time("2026-13-01", &TimeZone::UTC).is_err());
    }

    #[test]
    fn sandbox_clock_stands_still() {
        let at = Timestamp::UNIX_EPOCH;
        let clock = Clock::Sandbox(at);
        assert_eq!(clock.now(), at);
        assert_eq!(clock.now(), at);
        assert!(clock.is_sandbox());
    }
}
