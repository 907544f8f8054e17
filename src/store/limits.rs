//! Queries for spending limits: the settings rows and the usage summed from the indexed
//! `transactions.limit_minor` column.

use crate::store::Cached;
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;

/// One limit's stored setting (minor units of the base currency).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LimitRow {
    pub name: String,
    pub amount_minor: i64,
    pub pending_minor: Option<i64>,
    pub effective_at_ms: Option<i64>,
    pub changed_at_ms: i64,
}

/// Every stored setting (none on a wallet that kept the defaults).
pub fn all(conn: &Connection) -> Result<Vec<LimitRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT name, amount_minor, pending_minor, effective_at_ms, changed_at_ms FROM limits
         ORDER BY name",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(LimitRow {
            name: r.get(0)?,
            amount_minor: r.get(1)?,
            pending_minor: r.get(2)?,
            effective_at_ms: r.get(3)?,
            changed_at_ms: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Insert or replace one setting (its MAC is written by the caller's reseal).
pub fn upsert(conn: &Connection, row: &LimitRow) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO limits (name, amount_minor, pending_minor, effective_at_ms, changed_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (name) DO UPDATE SET amount_minor = excluded.amount_minor,
             pending_minor = excluded.pending_minor, effective_at_ms = excluded.effective_at_ms,
             changed_at_ms = excluded.changed_at_ms",
    )?
    .execute(params![
        row.name,
        row.amount_minor,
        row.pending_minor,
        row.effective_at_ms,
        row.changed_at_ms
    ])?;
    Ok(())
}

/// The columns of a running total as its seal covers them, and the MAC (`ledger::sealed`).
pub const USAGE_SELECT: &str = "SELECT period, used_minor, mac FROM limit_usage";
/// A running total by its period.
pub const USAGE_BY_PERIOD: &str = "WHERE period = ?1";

/// The running total of one period, as stored (its seal is checked by the writer), through
/// the statement the sealed read uses.
pub fn period_total(conn: &Connection, period: &str) -> Result<Option<i64>> {
    Ok(conn
        .row(
            &format!("{USAGE_SELECT} {USAGE_BY_PERIOD}"),
            [period],
            |r| r.get(1),
        )
        .optional()?)
}

/// Store one period's running total with its MAC.
pub fn set_period_total(
    conn: &Connection,
    period: &str,
    used_minor: i64,
    mac: &[u8],
) -> Result<()> {
    conn.exec(
        "INSERT INTO limit_usage (period, used_minor, mac) VALUES (?1, ?2, ?3)
         ON CONFLICT (period) DO UPDATE SET used_minor = excluded.used_minor, mac = excluded.mac",
        params![period, used_minor, mac],
    )?;
    Ok(())
}

/// Every stored period and its total (for `verify`).
pub fn period_totals(conn: &Connection) -> Result<Vec<(String, i64)>> {
    let mut stmt = conn.prepare("SELECT period, used_minor FROM limit_usage ORDER BY period")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Remember in the settings row that the limit rows were written.
pub fn mark_set(conn: &Connection) -> Result<()> {
    conn.exec("UPDATE wallet SET limits_set = 1 WHERE id = 1", [])?;
    Ok(())
}

/// Whether the limit rows were ever written (as the settings row says).
pub fn were_set(conn: &Connection) -> Result<bool> {
    Ok(super::wallet_row::flags(conn)?.limits_set)
}

/// What was counted against the limits in `[from_ms, to_ms)`: one range scan of
/// `transactions_created` (only when a running total in `limit_usage` is missing).
pub fn used(conn: &Connection, from_ms: i64, to_ms: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "SELECT COALESCE(SUM(limit_minor), 0) FROM transactions INDEXED BY transactions_created
             WHERE limit_minor IS NOT NULL AND created_at_ms >= ?1 AND created_at_ms < ?2",
        )?
        .query_row(params![from_ms, to_ms], |r| r.get(0))?)
}

/// For each payment counted against the limits in `[from_ms, to_ms)` that was refunded: what
/// it counted, its amount, and how much of it was refunded (all in minor units). Refunds come
/// after their payment, so only the refunds since `from_ms` are read (the partial index
/// `transactions_refunds`, a few rows), each joined to its payment.
pub fn refunded_usage(conn: &Connection, from_ms: i64, to_ms: i64) -> Result<Vec<(i64, i64, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.limit_minor, p.amount_minor, SUM(r.amount_minor)
         FROM transactions r INDEXED BY transactions_refunds
         JOIN links l ON l.tx_seq = r.seq AND l.kind = 'refunds'
         JOIN transactions p ON p.seq = l.target_seq
         WHERE r.kind = 'refund' AND r.created_at_ms >= ?1
             AND p.limit_minor IS NOT NULL AND p.created_at_ms >= ?1 AND p.created_at_ms < ?2
         GROUP BY p.seq",
    )?;
    let rows = stmt.query_map(params![from_ms, to_ms], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

#[cfg(test)]
mod tests {
    use crate::store::tests::memory;

    #[test]
    fn usage_is_an_index_range_scan() {
        let conn = memory();
        let plan: String = conn
            .query_row(
                "EXPLAIN QUERY PLAN SELECT COALESCE(SUM(limit_minor), 0) FROM transactions
                 INDEXED BY transactions_created
                 WHERE limit_minor IS NOT NULL AND created_at_ms >= 1 AND created_at_ms < 2",
                [],
                |r| r.get(3),
            )
            .unwrap();
        assert!(plan.contains("INDEX transactions_created"), "{plan}");
        assert_eq!(super::used(&conn, 0, i64::MAX).unwrap(), 0);
        let plan: String = conn
            .query_row(
                "EXPLAIN QUERY PLAN SELECT 1 FROM transactions r INDEXED BY transactions_refunds
                 WHERE r.kind = 'refund' AND r.created_at_ms >= 1",
                [],
                |r| r.get(3),
            )
            .unwrap();
        assert!(plan.contains("transactions_refunds"), "{plan}");
        assert!(super::refunded_usage(&conn, 0, i64::MAX)
            .unwrap()
            .is_empty());
    }
}
