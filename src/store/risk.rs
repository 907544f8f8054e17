//! Queries of risk monitoring: the rule settings rows, the counters of how often each rule
//! fired, and the rules' inputs. Every input is one bounded range scan of an index over a short
//! window (or a few index probes), so scoring a payment costs the same on any size of ledger.
//! The partial indexes are named (`INDEXED BY`): without statistics SQLite would rather use
//! `transactions_kind`, which scans every payment ever made.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;

/// One rule's stored setting: its switch and its parameters (a JSON object of integers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleRow {
    pub rule: String,
    pub enabled: bool,
    pub params: String,
    pub changed_at_ms: i64,
}

/// Every stored setting (none on a wallet that kept the defaults).
pub fn all(conn: &Connection) -> Result<Vec<RuleRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT rule, enabled, params, changed_at_ms FROM risk_rules ORDER BY rule",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(RuleRow {
            rule: r.get(0)?,
            enabled: r.get(1)?,
            params: r.get(2)?,
            changed_at_ms: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Insert or replace one setting (its MAC is written by the caller's reseal).
pub fn upsert(conn: &Connection, row: &RuleRow) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO risk_rules (rule, enabled, params, changed_at_ms) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (rule) DO UPDATE SET enabled = excluded.enabled,
             params = excluded.params, changed_at_ms = excluded.changed_at_ms",
    )?
    .execute(params![
        row.rule,
        row.enabled,
        row.params,
        row.changed_at_ms
    ])?;
    Ok(())
}

/// Remember in the settings row that the rule rows were written.
pub fn mark_set(conn: &Connection) -> Result<()> {
    conn.execute("UPDATE wallet SET risk_set = 1 WHERE id = 1", [])?;
    Ok(())
}

/// Whether the rule rows were ever written (as the settings row says).
pub fn were_set(conn: &Connection) -> Result<bool> {
    Ok(super::wallet_row::flags(conn)?.risk_set)
}

/// How often each rule fired, by rule.
pub fn fired(conn: &Connection) -> Result<Vec<(String, i64)>> {
    let mut stmt = conn.prepare_cached("SELECT rule, count FROM risk_fired ORDER BY rule")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Count one more firing of `rule`.
pub fn count_fired(conn: &Connection, rule: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO risk_fired (rule, count) VALUES (?1, 1)
         ON CONFLICT (rule) DO UPDATE SET count = count + 1",
    )?
    .execute([rule])?;
    Ok(())
}

/// Succeeded base-currency payments in `(from_ms, to_ms]` counted at least `min_minor`, up to
/// `cap` of them (a range scan of `transactions_created` over the window).
pub fn payments_between(
    conn: &Connection,
    from_ms: i64,
    to_ms: i64,
    min_minor: i64,
    cap: i64,
) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "SELECT COUNT(*) FROM (SELECT 1 FROM transactions INDEXED BY transactions_created
                 WHERE limit_minor IS NOT NULL AND created_at_ms > ?1 AND created_at_ms <= ?2
                     AND limit_minor >= ?3
                 LIMIT ?4)",
        )?
        .query_row(params![from_ms, to_ms, min_minor, cap], |r| r.get(0))?)
}

/// What the newest `count` succeeded base-currency payments up to `to_ms` counted (minor
/// units), newest first (the same index, read backwards).
pub fn recent_payment_values(conn: &Connection, to_ms: i64, count: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT limit_minor FROM transactions INDEXED BY transactions_created
         WHERE limit_minor IS NOT NULL AND created_at_ms <= ?1
         ORDER BY created_at_ms DESC LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![to_ms, count], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<i64>>>()?)
}

/// Declined payments in `(from_ms, to_ms]`, up to `cap` of them.
pub fn declines_between(conn: &Connection, from_ms: i64, to_ms: i64, cap: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "SELECT COUNT(*) FROM (SELECT 1 FROM transactions INDEXED BY transactions_declines
                 WHERE kind = 'payment' AND status = 'declined'
                     AND created_at_ms > ?1 AND created_at_ms <= ?2
                 LIMIT ?3)",
        )?
        .query_row(params![from_ms, to_ms, cap], |r| r.get(0))?)
}

/// The sum of instant top-ups in `currency` that went through in `(from_ms, to_ms]`.
pub fn topped_up_between(
    conn: &Connection,
    currency: &str,
    from_ms: i64,
    to_ms: i64,
) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "SELECT COALESCE(SUM(amount_minor), 0) FROM transactions INDEXED BY transactions_topups
             WHERE kind = 'topup' AND status = 'succeeded'
                 AND created_at_ms > ?1 AND created_at_ms <= ?2 AND currency = ?3",
        )?
        .query_row(params![from_ms, to_ms, currency], |r| r.get(0))?)
}

/// When the newest security event of one of `kinds` happened, and which (one index probe per
/// kind).
pub fn newest_event(conn: &Connection, kinds: &[&str]) -> Result<Option<(i64, String)>> {
    let mut newest: Option<(i64, i64, String)> = None;
    for kind in kinds {
        let found: Option<(i64, i64)> = conn
            .prepare_cached(
                "SELECT seq, at_ms FROM security_events WHERE kind = ?1
                 ORDER BY seq DESC LIMIT 1",
            )?
            .query_row([kind], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        if let Some((seq, at_ms)) = found {
            let newer = match &newest {
                Some((s, _, _)) => seq > *s,
                None => true,
            };
            if newer {
                newest = Some((seq, at_ms, kind.to_string()));
            }
        }
    }
    Ok(newest.map(|(_, at_ms, kind)| (at_ms, kind)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::memory;

    fn plan(conn: &Connection, sql: &str) -> String {
        let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let rows = stmt.query_map([], |r| r.get::<_, String>(3)).unwrap();
        rows.map(Result::unwrap).collect::<Vec<_>>().join("; ")
    }

    #[test]
    fn every_input_is_an_index_range_scan() {
        let conn = memory();
        let cases = [
            (
                "SELECT 1 FROM transactions INDEXED BY transactions_created
                 WHERE limit_minor IS NOT NULL AND created_at_ms > 1
                 AND created_at_ms <= 2 AND limit_minor >= 3 LIMIT 4",
                "transactions_created",
            ),
            (
                "SELECT limit_minor FROM transactions INDEXED BY transactions_created
                 WHERE limit_minor IS NOT NULL
                 AND created_at_ms <= 1 ORDER BY created_at_ms DESC LIMIT 2",
                "transactions_created",
            ),
            (
                "SELECT 1 FROM transactions INDEXED BY transactions_declines
                 WHERE kind = 'payment' AND status = 'declined'
                 AND created_at_ms > 1 AND created_at_ms <= 2 LIMIT 3",
                "transactions_declines",
            ),
            (
                "SELECT COALESCE(SUM(amount_minor), 0) FROM transactions
                 INDEXED BY transactions_topups WHERE kind = 'topup'
                 AND status = 'succeeded' AND created_at_ms > 1 AND created_at_ms <= 2
                 AND currency = 'CNY'",
                "transactions_topups",
            ),
            (
                "SELECT seq, at_ms FROM security_events WHERE kind = 'x' ORDER BY seq DESC LIMIT 1",
                "security_events_kind",
            ),
        ];
        for (sql, index) in cases {
            let p = plan(&conn, sql);
            assert!(p.contains(index), "{sql}: {p}");
            assert!(!p.contains("SCAN transactions"), "{sql}: {p}");
        }
        assert_eq!(payments_between(&conn, 0, 10, 0, 5).unwrap(), 0);
        assert!(recent_payment_values(&conn, 10, 5).unwrap().is_empty());
        assert_eq!(declines_between(&conn, 0, 10, 5).unwrap(), 0);
        assert_eq!(topped_up_between(&conn, "CNY", 0, 10).unwrap(), 0);
        assert_eq!(newest_event(&conn, &["a", "b"]).unwrap(), None);
    }

    #[test]
    fn the_newest_of_several_kinds_wins() {
        let conn = memory();
        for (at, kind) in [(5, "password_changed"), (7, "2fa_disabled"), (6, "login")] {
            crate::store::wallet_row::log_event(&conn, at, kind, &serde_json::json!({})).unwrap();
        }
        assert_eq!(
            newest_event(&conn, &["password_changed", "2fa_disabled"]).unwrap(),
            Some((7, "2fa_disabled".to_string()))
        );
        count_fired(&conn, "velocity").unwrap();
        count_fired(&conn, "velocity").unwrap();
        assert_eq!(fired(&conn).unwrap(), vec![("velocity".to_string(), 2)]);
    }
}
