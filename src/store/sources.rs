//! Queries on `sources` (funding sources) and `rails_down` (the simulated rails' state).

use crate::store::Cached;
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::Result;

/// A funding source as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRow {
    pub seq: i64,
    pub id: String,
    pub kind: String,
    pub label: Option<String>,
    pub currency: String,
    pub holder: Option<String>,
    pub masked: String,
    pub brand: Option<String>,
    pub card_type: Option<String>,
    pub expiry: Option<String>,
    pub provider: Option<String>,
    pub bank_name: Option<String>,
    pub token: Option<String>,
    pub secret: Option<Vec<u8>>,
    pub behaviour: String,
    pub sim_balance_minor: i64,
    pub created_at_ms: i64,
    pub removed_at_ms: Option<i64>,
}

const COLUMNS: &str = "seq, id, kind, label, currency, holder, masked, brand, card_type, expiry,
    provider, bank_name, token, secret, behaviour, sim_balance_minor, created_at_ms, removed_at_ms";

fn from_row(r: &Row<'_>) -> rusqlite::Result<SourceRow> {
    Ok(SourceRow {
        seq: r.get(0)?,
        id: r.get(1)?,
        kind: r.get(2)?,
        label: r.get(3)?,
        currency: r.get(4)?,
        holder: r.get(5)?,
        masked: r.get(6)?,
        brand: r.get(7)?,
        card_type: r.get(8)?,
        expiry: r.get(9)?,
        provider: r.get(10)?,
        bank_name: r.get(11)?,
        token: r.get(12)?,
        secret: r.get(13)?,
        behaviour: r.get(14)?,
        sim_balance_minor: r.get(15)?,
        created_at_ms: r.get(16)?,
        removed_at_ms: r.get(17)?,
    })
}

/// The newest source id, for monotonic ids.
pub fn last_id(conn: &Connection) -> Result<Option<String>> {
    Ok(conn
        .row(
            "SELECT id FROM sources ORDER BY seq DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?)
}

/// Insert a source (its `secret` already sealed); returns its seq.
pub fn insert(conn: &Connection, s: &SourceRow) -> Result<i64> {
    conn.exec(
        "INSERT INTO sources (id, kind, label, currency, holder, masked, brand, card_type, expiry,
             provider, bank_name, token, secret, behaviour, sim_balance_minor, created_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        params![
            s.id,
            s.kind,
            s.label,
            s.currency,
            s.holder,
            s.masked,
            s.brand,
            s.card_type,
            s.expiry,
            s.provider,
            s.bank_name,
            s.token,
            s.secret,
            s.behaviour,
            s.sim_balance_minor,
            s.created_at_ms,
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// One source by id, removed or not.
pub fn get(conn: &Connection, id: &str) -> Result<Option<SourceRow>> {
    let sql = format!("SELECT {COLUMNS} FROM sources WHERE id = ?1");
    Ok(conn.row(&sql, [id], from_row).optional()?)
}

/// Every source, oldest first; removed ones only when asked.
pub fn list(conn: &Connection, include_removed: bool) -> Result<Vec<SourceRow>> {
    let filter = if include_removed {
        ""
    } else {
        "WHERE removed_at_ms IS NULL"
    };
    let sql = format!("SELECT {COLUMNS} FROM sources {filter} ORDER BY seq");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Mark a source removed; its history stays.
pub fn mark_removed(conn: &Connection, id: &str, at_ms: i64) -> Result<usize> {
    Ok(conn.exec(
        "UPDATE sources SET removed_at_ms = ?2 WHERE id = ?1 AND removed_at_ms IS NULL",
        params![id, at_ms],
    )?)
}

/// Set a source's simulated external balance.
pub fn set_sim_balance(conn: &Connection, id: &str, balance_minor: i64) -> Result<()> {
    conn.exec(
        "UPDATE sources SET sim_balance_minor = ?2 WHERE id = ?1",
        params![id, balance_minor],
    )?;
    Ok(())
}

/// Replace a source's sealed secret (key rotation).
pub fn set_secret(conn: &Connection, id: &str, secret: &[u8]) -> Result<()> {
    conn.exec(
        "UPDATE sources SET secret = ?2 WHERE id = ?1",
        params![id, secret],
    )?;
    Ok(())
}

/// Whether a simulated rail is down.
pub fn rail_down(conn: &Connection, kind: &str) -> Result<bool> {
    Ok(conn.row(
        "SELECT EXISTS (SELECT 1 FROM rails_down WHERE kind = ?1)",
        [kind],
        |r| r.get(0),
    )?)
}

/// Take a simulated rail down or bring it up.
pub fn set_rail_down(conn: &Connection, kind: &str, down: bool) -> Result<()> {
    if down {
        conn.exec(
            "INSERT OR IGNORE INTO rails_down (kind) VALUES (?1)",
            [kind],
        )?;
    } else {
        conn.exec("DELETE FROM rails_down WHERE kind = ?1", [kind])?;
    }
    Ok(())
}

/// The rails that are down.
pub fn rails_down(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT kind FROM rails_down ORDER BY kind")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Every top-up still pending (nothing settled or returned it yet), earliest arrival first.
/// They are few: one query serves both what is due and what arrives next.
pub fn pending_topups(conn: &Connection) -> Result<Vec<DueRow>> {
    if !super::ledger::any_pending(conn)? {
        return Ok(Vec::new());
    }
    let mut stmt = conn.prepare_cached(
        "SELECT t.seq, t.id, t.amount_minor, t.currency, t.source_id, t.available_at_ms
         FROM tx_status s INDEXED BY tx_status_pending CROSS JOIN transactions t ON t.seq = s.tx_seq
         WHERE s.status = 'pending' AND t.kind = 'topup'
         ORDER BY t.available_at_ms, t.seq",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(DueRow {
            seq: r.get(0)?,
            id: r.get(1)?,
            amount_minor: r.get(2)?,
            currency: r.get(3)?,
            source_id: r.get(4)?,
            available_at_ms: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// A pending top-up due for settlement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueRow {
    pub seq: i64,
    pub id: String,
    pub amount_minor: i64,
    pub currency: String,
    pub source_id: Option<String>,
    pub available_at_ms: Option<i64>,
}

/// The wallet's freeze and maintenance flags, read inside a write transaction. Frozen is the
/// effective state: the sealed flag or a freeze requested without unlocking.
pub fn wallet_flags(conn: &Connection) -> Result<(bool, bool)> {
    let flags = super::wallet_row::flags(conn)?;
    Ok((flags.frozen, flags.maintenance))
}
