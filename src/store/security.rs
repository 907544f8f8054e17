//! Queries of the security centre: the freeze request made without unlocking, the effective
//! freeze, the security log read with filters, and the counts `security check` audits.

use crate::store::Cached;
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};

use crate::error::Result;

/// Whether the wallet is frozen: by the sealed flag or by a request not folded in yet.
pub fn effective_frozen(conn: &Connection) -> Result<bool> {
    Ok(conn.row(
        "SELECT frozen = 1 OR freeze_requested_at_ms IS NOT NULL FROM wallet WHERE id = 1",
        [],
        |r| r.get(0),
    )?)
}

/// Record a freeze request (no key needed: the column is outside the settings row's seal).
/// Keeps the first request's time when one is already pending.
pub fn request_freeze(conn: &Connection, at_ms: i64) -> Result<()> {
    conn.exec(
        "UPDATE wallet SET freeze_requested_at_ms = COALESCE(freeze_requested_at_ms, ?1)
         WHERE id = 1",
        [at_ms],
    )?;
    Ok(())
}

/// Inside an unlocked write, before the settings row is re-sealed: turn a pending request into
/// the sealed flag, so from now on clearing it by hand shows as tampering.
pub fn fold_freeze_request(conn: &Connection) -> Result<()> {
    // Read first (a statement most writes prepare anyway): nearly always there is none.
    if !super::wallet_row::flags(conn)?.freeze_requested {
        return Ok(());
    }
    conn.exec(
        "UPDATE wallet SET frozen = 1, freeze_requested_at_ms = NULL
         WHERE id = 1 AND freeze_requested_at_ms IS NOT NULL",
        [],
    )?;
    Ok(())
}

/// Clear the sealed flag and any request (an unlocked write re-seals the row afterwards).
pub fn clear_freeze(conn: &Connection) -> Result<()> {
    conn.exec(
        "UPDATE wallet SET frozen = 0, freeze_requested_at_ms = NULL WHERE id = 1",
        [],
    )?;
    Ok(())
}

/// Which security events to read.
#[derive(Debug, Clone, Default)]
pub struct EventQuery {
    /// Stored kinds to keep (empty: every kind).
    pub kinds: Vec<String>,
    /// Only events at or after this time.
    pub since_ms: Option<i64>,
    /// At most this many, newest first.
    pub limit: u32,
}

/// One entry of the security log, as stored.
#[derive(Debug, Clone)]
pub struct StoredEvent {
    pub seq: i64,
    pub at_ms: i64,
    pub kind: String,
    pub detail: String,
}

/// The newest events matching `query`, newest first.
pub fn events(conn: &Connection, query: &EventQuery) -> Result<Vec<StoredEvent>> {
    let mut sql = String::from("SELECT seq, at_ms, kind, detail FROM security_events WHERE 1 = 1");
    let mut values: Vec<Value> = Vec::new();
    if !query.kinds.is_empty() {
        let marks = vec!["?"; query.kinds.len()].join(", ");
        sql.push_str(&format!(" AND kind IN ({marks})"));
        values.extend(query.kinds.iter().cloned().map(Value::Text));
    }
    if let Some(since) = query.since_ms {
        sql.push_str(" AND at_ms >= ?");
        values.push(Value::Integer(since));
    }
    sql.push_str(" ORDER BY seq DESC LIMIT ?");
    values.push(Value::Integer(i64::from(query.limit)));
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(values), |r| {
        Ok(StoredEvent {
            seq: r.get(0)?,
            at_ms: r.get(1)?,
            kind: r.get(2)?,
            detail: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Every kind the log holds (so a kind a newer okpay wrote can still be filtered on).
pub fn stored_kinds(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT DISTINCT kind FROM security_events ORDER BY kind")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<String>>>()?)
}

/// Payments declined by risk monitoring since `since_ms`.
pub fn risk_blocks_since(conn: &Connection, since_ms: i64) -> Result<i64> {
    Ok(conn.row(
        "SELECT COUNT(*) FROM transactions INDEXED BY transactions_declines
         WHERE kind = 'payment' AND status = 'declined' AND reason = 'risk_blocked'
           AND created_at_ms >= ?1",
        [since_ms],
        |r| r.get(0),
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wallet() -> Connection {
        let conn = crate::store::tests::memory();
        conn.execute_batch(
            "INSERT INTO wallet (id, username, base_currency, time_zone, sandbox, created_at_ms,
                 kdf_m_kib, kdf_t, kdf_p, key_salt, key_nonce, key_wrapped, wallet_id)
             VALUES (1, 'alice', 'CNY', 'UTC', 1, 0, 1, 1, 1, x'00', x'00', x'00', 'w1');",
        )
        .unwrap();
        conn
    }

    fn flags(conn: &Connection) -> (i64, Option<i64>) {
        conn.query_row(
            "SELECT frozen, freeze_requested_at_ms FROM wallet",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap()
    }

    #[test]
    fn a_request_freezes_is_folded_and_cleared() {
        let conn = wallet();
        assert!(!effective_frozen(&conn).unwrap());
        request_freeze(&conn, 10).unwrap();
        request_freeze(&conn, 20).unwrap();
        assert_eq!(
            flags(&conn),
            (0, Some(10)),
            "the first request's time stays"
        );
        assert!(effective_frozen(&conn).unwrap());
        fold_freeze_request(&conn).unwrap();
        assert_eq!(flags(&conn), (1, None));
        assert!(effective_frozen(&conn).unwrap());
        // Folding with nothing pending changes nothing.
        fold_freeze_request(&conn).unwrap();
        assert_eq!(flags(&conn), (1, None));
        request_freeze(&conn, 30).unwrap();
        clear_freeze(&conn).unwrap();
        assert_eq!(flags(&conn), (0, None));
        assert!(!effective_frozen(&conn).unwrap());
    }

    #[test]
    fn events_filter_by_kind_and_time_newest_first() {
        let conn = wallet();
        for (at, kind) in [(1, "login"), (2, "frozen"), (3, "login"), (4, "unfrozen")] {
            crate::store::wallet_row::log_event(&conn, at, kind, &serde_json::json!({})).unwrap();
        }
        let pick = |kinds: &[&str], since_ms: Option<i64>, limit: u32| -> Vec<i64> {
            let query = EventQuery {
                kinds: kinds.iter().map(|k| k.to_string()).collect(),
                since_ms,
                limit,
            };
            events(&conn, &query)
                .unwrap()
                .iter()
                .map(|e| e.at_ms)
                .collect()
        };
        assert_eq!(pick(&[], None, 50), [4, 3, 2, 1]);
        assert_eq!(pick(&["login"], None, 50), [3, 1]);
        assert_eq!(pick(&["login", "frozen"], Some(2), 50), [3, 2]);
        assert_eq!(pick(&[], None, 2), [4, 3]);
        assert_eq!(
            stored_kinds(&conn).unwrap(),
            ["frozen", "login", "unfrozen"]
        );
    }
}
