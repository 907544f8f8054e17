//! SQL for batch work inside one write transaction.

use rusqlite::{params, Connection};

use crate::error::Result;

/// What was counted against the limits by transactions after `after_seq`, in the day and
/// month windows (`[from, to)` each, in ms), and the newest seq: one walk of the rows appended
/// since (a rowid range: the ledger is append-only, so the rows before are as they were).
pub fn used_after(
    conn: &Connection,
    after_seq: i64,
    day: (i64, i64),
    month: (i64, i64),
) -> Result<(i64, i64, i64)> {
    Ok(conn
        .prepare_cached(
            "SELECT
                 COALESCE(SUM(CASE WHEN created_at_ms >= ?2 AND created_at_ms < ?3
                     THEN limit_minor END), 0),
                 COALESCE(SUM(CASE WHEN created_at_ms >= ?4 AND created_at_ms < ?5
                     THEN limit_minor END), 0),
                 COALESCE(MAX(seq), ?1)
             FROM transactions NOT INDEXED WHERE seq > ?1",
        )?
        .query_row(params![after_seq, day.0, day.1, month.0, month.1], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?)
}

/// The newest transaction's seq (0 in an empty ledger).
pub fn newest_seq(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT COALESCE(MAX(seq), 0) FROM transactions")?
        .query_row([], |r| r.get(0))?)
}
