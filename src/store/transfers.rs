//! Queries for transfers out: `payees` (the accounts of others that transfers went to, their
//! IBAN encrypted) and the transfers still pending on the bank rail.

use crate::store::Cached;
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::Result;

/// Another person's account, as stored (the IBAN sealed with the wallet key in `secret`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayeeRow {
    pub id: String,
    pub holder: String,
    pub masked: String,
    pub secret: Vec<u8>,
    pub behaviour: String,
    pub created_at_ms: i64,
}

const COLUMNS: &str = "id, holder, masked, secret, behaviour, created_at_ms";

fn from_row(r: &Row<'_>) -> rusqlite::Result<PayeeRow> {
    Ok(PayeeRow {
        id: r.get(0)?,
        holder: r.get(1)?,
        masked: r.get(2)?,
        secret: r.get(3)?,
        behaviour: r.get(4)?,
        created_at_ms: r.get(5)?,
    })
}

/// The newest payee id, for monotonic ids.
pub fn last_payee_id(conn: &Connection) -> Result<Option<String>> {
    Ok(conn
        .row("SELECT id FROM payees ORDER BY seq DESC LIMIT 1", [], |r| {
            r.get(0)
        })
        .optional()?)
}

/// Insert a payee (its `secret` already sealed).
pub fn insert_payee(conn: &Connection, p: &PayeeRow) -> Result<()> {
    conn.exec(
        "INSERT INTO payees (id, holder, masked, secret, behaviour, created_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            p.id,
            p.holder,
            p.masked,
            p.secret,
            p.behaviour,
            p.created_at_ms
        ],
    )?;
    Ok(())
}

/// One payee by id.
pub fn payee(conn: &Connection, id: &str) -> Result<Option<PayeeRow>> {
    let sql = format!("SELECT {COLUMNS} FROM payees WHERE id = ?1");
    Ok(conn.row(&sql, [id], from_row).optional()?)
}

/// Every payee, oldest first.
pub fn payees(conn: &Connection) -> Result<Vec<PayeeRow>> {
    let sql = format!("SELECT {COLUMNS} FROM payees ORDER BY seq");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Replace a payee's sealed IBAN (key rotation).
pub fn set_payee_secret(conn: &Connection, id: &str, secret: &[u8]) -> Result<()> {
    conn.exec(
        "UPDATE payees SET secret = ?2 WHERE id = ?1",
        params![id, secret],
    )?;
    Ok(())
}

/// A transfer out still pending on the bank rail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingTransfer {
    pub seq: i64,
    pub id: String,
    pub amount_minor: i64,
    pub fee_minor: i64,
    pub currency: String,
    /// The user's own bank source it goes to, if it does.
    pub source_id: Option<String>,
    /// The payee it goes to otherwise.
    pub payee_id: Option<String>,
    pub available_at_ms: Option<i64>,
}

/// Every transfer still pending (nothing settled or returned it yet), earliest first.
pub fn pending_transfers(conn: &Connection) -> Result<Vec<PendingTransfer>> {
    if !super::ledger::any_pending(conn)? {
        return Ok(Vec::new());
    }
    let mut stmt = conn.prepare_cached(
        "SELECT t.seq, t.id, t.amount_minor, t.fee_minor, t.currency, t.source_id,
                json_extract(t.data, '$.recipient.payee'), t.available_at_ms
         FROM tx_status s INDEXED BY tx_status_pending CROSS JOIN transactions t ON t.seq = s.tx_seq
         WHERE s.status = 'pending' AND t.kind = 'transfer'
         ORDER BY t.available_at_ms, t.seq",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(PendingTransfer {
            seq: r.get(0)?,
            id: r.get(1)?,
            amount_minor: r.get(2)?,
            fee_minor: r.get(3)?,
            currency: r.get(4)?,
            source_id: r.get(5)?,
            payee_id: r.get(6)?,
            available_at_ms: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
