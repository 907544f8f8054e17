//! Queries for exchange rates and the conversion settings.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::store::Cached;

/// One stored rate, as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateRow {
    pub base: String,
    pub quote: String,
    pub rate: String,
    pub date: String,
    pub source: String,
    pub set_at_ms: i64,
}

/// Every stored rate, by pair.
pub fn rates(conn: &Connection) -> Result<Vec<RateRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT base, quote, rate, date, source, set_at_ms FROM fx_rates ORDER BY base, quote",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(RateRow {
            base: r.get(0)?,
            quote: r.get(1)?,
            rate: r.get(2)?,
            date: r.get(3)?,
            source: r.get(4)?,
            set_at_ms: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The stored date of a pair's rate, if any.
pub fn date_of(conn: &Connection, base: &str, quote: &str) -> Result<Option<String>> {
    Ok(conn
        .row(
            "SELECT date FROM fx_rates WHERE base = ?1 AND quote = ?2",
            params![base, quote],
            |r| r.get(0),
        )
        .optional()?)
}

/// Insert or replace a pair's rate (its MAC is written by the caller's reseal); the reverse
/// pair, now older knowledge, is removed. Returns whether a reverse row was removed.
pub fn upsert(conn: &Connection, row: &RateRow) -> Result<bool> {
    conn.exec(
        "INSERT INTO fx_rates (base, quote, rate, date, source, set_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (base, quote) DO UPDATE SET rate = excluded.rate, date = excluded.date,
             source = excluded.source, set_at_ms = excluded.set_at_ms, mac = NULL",
        params![
            row.base,
            row.quote,
            row.rate,
            row.date,
            row.source,
            row.set_at_ms
        ],
    )?;
    let removed = conn.exec(
        "DELETE FROM fx_rates WHERE base = ?1 AND quote = ?2",
        params![row.quote, row.base],
    )?;
    Ok(removed > 0)
}

/// How many rates are stored.
pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.row("SELECT count(*) FROM fx_rates", [], |r| r.get(0))?)
}

/// The settings row: spread percent and the sealed count of rates.
pub fn settings(conn: &Connection) -> Result<Option<(String, i64)>> {
    Ok(conn
        .row(
            "SELECT spread_percent, rates_count FROM fx_settings WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// Write the settings row (its MAC by the caller's reseal).
pub fn set_settings(conn: &Connection, spread: &str, count: i64, at_ms: i64) -> Result<()> {
    conn.exec(
        "INSERT INTO fx_settings (id, spread_percent, rates_count, changed_at_ms)
         VALUES (1, ?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET spread_percent = excluded.spread_percent,
             rates_count = excluded.rates_count, changed_at_ms = excluded.changed_at_ms,
             mac = NULL",
        params![spread, count, at_ms],
    )?;
    Ok(())
}
