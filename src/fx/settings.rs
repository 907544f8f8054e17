//! The stored rates and the spread: loading them (as stored, or checked against their seals
//! inside a write) and changing them.

use std::str::FromStr;

use rusqlite::Connection;
use rust_decimal::Decimal;

use super::quote::{SPREAD_DEFAULT_PERCENT, SPREAD_MAX_PERCENT};
use super::{parse_date, Rate, RateBook, Source};
use crate::auth::vault::WalletKey;
use crate::error::{Error, Result};
use crate::ledger::sealed;
use crate::money::Currency;
use crate::store::fx as q;

/// What conversions run with: the rates (stored over the bundled snapshot) and the spread.
#[derive(Debug, Clone)]
pub struct FxSettings {
    pub book: RateBook,
    pub spread_percent: Decimal,
}

fn rate_of(row: &q::RateRow) -> Result<Rate> {
    let bad = || Error::internal(format!("stored rate {}/{}", row.base, row.quote));
    Ok(Rate {
        base: Currency::parse(&row.base).map_err(|_| bad())?,
        quote: Currency::parse(&row.quote).map_err(|_| bad())?,
        rate: Decimal::from_str(&row.rate).map_err(|_| bad())?,
        date: parse_date(&row.date).map_err(|_| bad())?,
        source: Source::parse(&row.source).ok_or_else(bad)?,
    })
}

fn spread_of(text: Option<&str>) -> Result<Decimal> {
    match text {
        None => Ok(SPREAD_DEFAULT_PERCENT),
        Some(t) => Decimal::from_str(t).map_err(|_| Error::internal("stored spread")),
    }
}

/// The settings as stored (for a quote before the confirmation, and for display).
pub fn load(conn: &Connection) -> Result<FxSettings> {
    from_rows(&q::rates(conn)?, q::settings(conn)?.as_ref())
}

fn from_rows(rows: &[q::RateRow], settings: Option<&(String, i64)>) -> Result<FxSettings> {
    let stored = rows.iter().map(rate_of).collect::<Result<Vec<_>>>()?;
    Ok(FxSettings {
        book: RateBook::with_snapshot(stored),
        spread_percent: spread_of(settings.map(|(s, _)| s.as_str()))?,
    })
}

/// The settings checked against their seals (inside a write): every rate row, the settings row,
/// and the sealed count of rates, so an edited, added or deleted rate is `integrity_error`.
pub fn load_trusted(conn: &Connection, key: &WalletKey) -> Result<FxSettings> {
    let rows = q::rates(conn)?;
    for row in &rows {
        sealed::check(conn, key, &sealed::FX_RATES, &[&row.base, &row.quote])?;
    }
    let settings = q::settings(conn)?;
    let count = match &settings {
        Some((_, count)) => {
            sealed::check(conn, key, &sealed::FX_SETTINGS, &[&1])?;
            *count
        }
        None => 0,
    };
    if count != i64::try_from(rows.len()).unwrap_or(i64::MAX) {
        return Err(sealed::tampered("fx_rates", "count"));
    }
    // The rows just checked, in the same write transaction: nothing changed them since.
    from_rows(&rows, settings.as_ref())
}

/// Store rates (inside a write, after [`load_trusted`]): each replaces its pair's rate unless
/// that one is newer. Returns how many were stored.
pub fn save_rates(
    conn: &Connection,
    key: &WalletKey,
    rates: &[Rate],
    now_ms: i64,
) -> Result<usize> {
    let current = load_trusted(conn, key)?;
    let mut stored = 0;
    for r in rates {
        let (base, quote) = (r.base.code(), r.quote.code());
        let newer_there = q::date_of(conn, base, quote)?
            .and_then(|d| parse_date(&d).ok())
            .is_some_and(|d| d > r.date)
            || q::date_of(conn, quote, base)?
                .and_then(|d| parse_date(&d).ok())
                .is_some_and(|d| d > r.date);
        if newer_there {
            continue;
        }
        q::upsert(
            conn,
            &q::RateRow {
                base: base.to_string(),
                quote: quote.to_string(),
                rate: r.rate.to_string(),
                date: r.date.to_string(),
                source: r.source.as_str().to_string(),
                set_at_ms: now_ms,
            },
        )?;
        sealed::reseal(conn, key, &sealed::FX_RATES, &[&base, &quote])?;
        stored += 1;
    }
    write_settings(conn, key, current.spread_percent, now_ms)?;
    Ok(stored)
}

/// Set the spread (inside a write, after a step-up).
pub fn save_spread(
    conn: &Connection,
    key: &WalletKey,
    percent: Decimal,
    now_ms: i64,
) -> Result<()> {
    load_trusted(conn, key)?;
    write_settings(conn, key, percent, now_ms)
}

fn write_settings(conn: &Connection, key: &WalletKey, spread: Decimal, now_ms: i64) -> Result<()> {
    let count = q::count(conn)?;
    q::set_settings(conn, &spread.normalize().to_string(), count, now_ms)?;
    sealed::reseal(conn, key, &sealed::FX_SETTINGS, &[&1])
}

/// Parse a spread typed as a percentage: `0.5`, `1`, `0` (at most 2 decimals, at most 10%).
pub fn parse_spread(text: &str) -> Result<Decimal> {
    let invalid = || {
        Error::invalid("err.fx.spread_invalid")
            .arg("spread", text.chars().take(20).collect::<String>())
            .arg("max", SPREAD_MAX_PERCENT)
    };
    let (units, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if units.is_empty() || !digits(units) || !digits(fraction) || fraction.len() > 2 {
        return Err(invalid());
    }
    if text.ends_with('.') {
        return Err(invalid());
    }
    let d = Decimal::from_str(text).map_err(|_| invalid())?;
    if d > Decimal::from(SPREAD_MAX_PERCENT) {
        return Err(invalid());
    }
    Ok(d.normalize())
}
