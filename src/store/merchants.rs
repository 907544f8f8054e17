//! Queries on `merchants`, and the payment lookups the checkout needs (duplicate orders).

use crate::store::Cached;
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::Result;

/// A merchant as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MerchantRow {
    pub seq: i64,
    pub id: String,
    pub name: String,
    pub accepts_okpay: bool,
    pub category: Option<String>,
    pub currencies: String,
    pub blocked: bool,
    pub origin: String,
    pub created_at_ms: i64,
    /// The Ed25519 key its payment requests must be signed with, if any.
    pub verify_key: Option<Vec<u8>>,
}

const COLUMNS: &str =
    "seq, id, name, accepts_okpay, category, currencies, blocked, origin, created_at_ms, verify_key";

fn from_row(r: &Row<'_>) -> rusqlite::Result<MerchantRow> {
    Ok(MerchantRow {
        seq: r.get(0)?,
        id: r.get(1)?,
        name: r.get(2)?,
        accepts_okpay: r.get(3)?,
        category: r.get(4)?,
        currencies: r.get(5)?,
        blocked: r.get(6)?,
        origin: r.get(7)?,
        created_at_ms: r.get(8)?,
        verify_key: r.get(9)?,
    })
}

/// The newest merchant id, for monotonic ids.
pub fn last_id(conn: &Connection) -> Result<Option<String>> {
    Ok(conn
        .row(
            "SELECT id FROM merchants ORDER BY seq DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?)
}

/// Insert a merchant; returns its seq.
pub fn insert(conn: &Connection, m: &MerchantRow) -> Result<i64> {
    conn.exec(
        "INSERT INTO merchants (id, name, accepts_okpay, category, currencies, blocked, origin, created_at_ms, verify_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![m.id, m.name, m.accepts_okpay, m.category, m.currencies, m.blocked, m.origin, m.created_at_ms, m.verify_key],
    )?;
    Ok(conn.last_insert_rowid())
}

/// A merchant by id or by name (names are unique, without regard to letter case).
pub fn find(conn: &Connection, id_or_name: &str) -> Result<Option<MerchantRow>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM merchants WHERE id = ?1 OR name = ?1 COLLATE NOCASE LIMIT 1"
    );
    Ok(conn.row(&sql, [id_or_name], from_row).optional()?)
}

/// Every merchant, oldest first.
pub fn list(conn: &Connection) -> Result<Vec<MerchantRow>> {
    let sql = format!("SELECT {COLUMNS} FROM merchants ORDER BY seq");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Block or unblock a merchant.
pub fn set_blocked(conn: &Connection, id: &str, blocked: bool) -> Result<usize> {
    Ok(conn.exec(
        "UPDATE merchants SET blocked = ?2 WHERE id = ?1",
        params![id, blocked],
    )?)
}

/// Whether the merchant was ever paid successfully (one index probe, whatever the history).
pub fn has_paid(conn: &Connection, merchant_id: &str) -> Result<bool> {
    Ok(conn.row(
        "SELECT EXISTS (SELECT 1 FROM transactions t
         WHERE t.merchant_id = ?1 AND t.kind = 'payment' AND t.status = 'succeeded')",
        [merchant_id],
        |r| r.get(0),
    )?)
}

/// The id of a payment of `order_id` at the merchant that went through, if any.
pub fn paid_order(conn: &Connection, merchant_id: &str, order_id: &str) -> Result<Option<String>> {
    Ok(conn
        .row(
            "SELECT t.id FROM transactions t
             WHERE t.merchant_id = ?1 AND t.order_id = ?2 AND t.kind = 'payment'
               AND t.status = 'succeeded'
             ORDER BY t.seq LIMIT 1",
            params![merchant_id, order_id],
            |r| r.get(0),
        )
        .optional()?)
}
