//! Maintenance windows and announcements. A window has a start, an expected end (or none: until
//! switched off) and a note; while one is in progress every money movement is refused with
//! `maintenance`, whose advice says when it is expected to end, in the wallet's zone.
//!
//! What is trusted: the settings row's sealed `maintenance` flag says that a window is set, and
//! the window row is sealed in its own right (checked by every unlocked write before it runs).
//! With the flag set and the row gone, the wallet is in maintenance with no end announced, so
//! removing the row can only make okpay stricter.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::Connection;
use serde::Serialize;

use crate::auth::vault::WalletKey;
use crate::clock::{self, Clock};
use crate::error::{Code, Error, Result};
use crate::ledger::sealed;
use crate::store::support::{self as q, WindowRow};

/// The longest note of a window, in characters.
pub const NOTE_CHARS_MAX: usize = 200;
/// The longest window that may be scheduled: 30 days.
pub const WINDOW_SECONDS_MAX: i64 = 30 * 86_400;

/// A maintenance window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    /// When it starts; unknown for maintenance switched on before windows existed.
    pub from: Option<Timestamp>,
    /// When it is expected to end; none: until switched off.
    pub until: Option<Timestamp>,
    pub note: Option<String>,
}

/// Where a window stands at a given time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Scheduled,
    InProgress,
    Ended,
}

impl State {
    /// The stable word of JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Scheduled => "scheduled",
            State::InProgress => "in_progress",
            State::Ended => "ended",
        }
    }
}

impl Window {
    /// Where the window stands at `now`.
    pub fn state(&self, now: Timestamp) -> State {
        if self.from.is_some_and(|from| now < from) {
            State::Scheduled
        } else if self.until.is_some_and(|until| now >= until) {
            State::Ended
        } else {
            State::InProgress
        }
    }

    /// The window as JSON: `{"from", "until", "note", "state"}` (times in UTC).
    pub fn to_json(&self, now: Timestamp) -> serde_json::Value {
        serde_json::json!({
            "from": self.from.map(clock::rfc3339),
            "until": self.until.map(clock::rfc3339),
            "note": self.note,
            "state": self.state(now).as_str(),
        })
    }
}

/// The window as stored: none when the settings row's flag is clear.
pub fn window(conn: &Connection) -> Result<Option<Window>> {
    let (flag, row) = q::maintenance(conn)?;
    if !flag {
        return Ok(None);
    }
    Ok(Some(match row {
        Some(r) => Window {
            from: Some(clock::from_ms(r.from_ms)?),
            until: r.until_ms.map(clock::from_ms).transpose()?,
            note: r.note,
        },
        None => Window {
            from: None,
            until: None,
            note: None,
        },
    }))
}

/// Check the window row's seal (before a write trusts it).
pub fn check_sealed(conn: &Connection, key: &WalletKey) -> Result<()> {
    sealed::check(conn, key, &sealed::MAINTENANCE_WINDOW, &[&1]).map(|_| ())
}

/// Check a window before it is scheduled: it ends after it starts and after `now`, lasts at most
/// [`WINDOW_SECONDS_MAX`], and its note is one line.
pub fn check_new(
    from: Timestamp,
    until: Timestamp,
    note: Option<String>,
    now: Timestamp,
) -> Result<Window> {
    if until <= from || until <= now {
        return Err(Error::invalid("err.maintenance.window_order")
            .arg_detail("from", clock::rfc3339(from))
            .arg_detail("until", clock::rfc3339(until)));
    }
    if until.duration_since(from).as_secs() > WINDOW_SECONDS_MAX {
        return Err(Error::invalid("err.maintenance.window_too_long")
            .arg("days", WINDOW_SECONDS_MAX / 86_400)
            .detail("field", "until"));
    }
    let note = crate::text::check_optional(note, "note", NOTE_CHARS_MAX)?;
    Ok(Window {
        from: Some(from),
        until: Some(until),
        note,
    })
}

/// Store `window` (replacing any other) and seal it; the caller's write re-seals the settings.
pub fn schedule(conn: &Connection, key: &WalletKey, window: &Window, now: Timestamp) -> Result<()> {
    let row = WindowRow {
        from_ms: clock::to_ms(window.from.unwrap_or(now)),
        until_ms: window.until.map(clock::to_ms),
        note: window.note.clone(),
        set_at_ms: clock::to_ms(now),
    };
    q::set_window(conn, &row)?;
    sealed::reseal(conn, key, &sealed::MAINTENANCE_WINDOW, &[&1])
}

/// End maintenance now.
pub fn clear(conn: &Connection) -> Result<()> {
    q::clear_window(conn)
}

/// The `maintenance` refusal for a window in progress: `details.from` and `details.until` in
/// UTC, and the expected end in the wallet's zone for the advice.
pub fn refusal(window: &Window, zone: &TimeZone) -> Error {
    let mut e = match window.until {
        Some(until) => Error::new(Code::Maintenance, "err.maintenance.until")
            .arg("until", clock::local(until, zone))
            .detail("until", clock::rfc3339(until)),
        None => Error::new(Code::Maintenance, "err.maintenance"),
    };
    if let Some(from) = window.from {
        e = e.detail("from", clock::rfc3339(from));
    }
    if let Some(note) = &window.note {
        e = e.detail("note", note.clone());
    }
    e
}

/// The refusal for a money movement now, if a window is in progress: read with the wallet's
/// own clock and zone, inside the caller's transaction.
pub fn refusal_now(conn: &Connection) -> Result<Option<Error>> {
    let Some(window) = window(conn)? else {
        return Ok(None);
    };
    let (sandbox, clock_ms, zone) = q::clock_and_zone(conn)?;
    let now = match clock_ms.filter(|_| sandbox) {
        Some(ms) => Clock::Sandbox(clock::from_ms(ms)?),
        None => Clock::System,
    }
    .now();
    if window.state(now) != State::InProgress {
        return Ok(None);
    }
    Ok(Some(refusal(&window, &clock::parse_zone(&zone)?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn a_window_is_scheduled_then_in_progress_then_ended() {
        let w = Window {
            from: Some(at("2027-01-01T10:00:00Z")),
            until: Some(at("2027-01-01T12:00:00Z")),
            note: None,
        };
        assert_eq!(w.state(at("2027-01-01T09:59:59Z")), State::Scheduled);
        assert_eq!(w.state(at("2027-01-01T10:00:00Z")), State::InProgress);
        assert_eq!(w.state(at("2027-01-01T11:59:59Z")), State::InProgress);
        assert_eq!(w.state(at("2027-01-01T12:00:00Z")), State::Ended);
        let open = Window {
            from: None,
            until: None,
            note: None,
        };
        assert_eq!(open.state(at("2099-01-01T00:00:00Z")), State::InProgress);
    }

    #[test]
    fn the_refusal_gives_the_end_in_the_wallets_zone() {
        let w = Window {
            from: Some(at("2027-01-30T08:00:00Z")),
            until: Some(at("2027-01-30T10:30:00Z")),
            note: Some("Database upgrade".into()),
        };
        let zone = clock::parse_zone("Asia/Shanghai").unwrap();
        let e = refusal(&w, &zone);
        assert_eq!(e.code, Code::Maintenance);
        assert_eq!(e.details["until"], "2027-01-30T10:30:00Z");
        assert_eq!(e.details["from"], "2027-01-30T08:00:00Z");
        assert!(e.args["until"].starts_with("2027-01-30 18:30"), "{e}");
    }

    #[test]
    fn new_windows_must_end_after_they_start_and_after_now() {
        let now = at("2027-01-01T00:00:00Z");
        assert!(check_new(
            at("2027-01-02T00:00:00Z"),
            at("2027-01-01T12:00:00Z"),
            None,
            now
        )
        .is_err());
        assert!(check_new(
            at("2026-12-01T00:00:00Z"),
            at("2026-12-02T00:00:00Z"),
            None,
            now
        )
        .is_err());
        assert!(check_new(
            at("2027-01-01T00:00:00Z"),
            at("2027-03-01T00:00:00Z"),
            None,
            now
        )
        .is_err());
        let w = check_new(
            at("2026-12-31T00:00:00Z"),
            at("2027-01-01T02:00:00Z"),
            Some(" Upgrade ".into()),
            now,
        )
        .unwrap();
        assert_eq!(w.note.as_deref(), Some("Upgrade"));
        assert_eq!(w.state(now), State::InProgress);
    }
}
