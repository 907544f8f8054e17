//! Queries on `sessions`: a token's hash, its expiry and the wallet key wrapped under it.

use crate::store::Cached;
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;

/// A stored session.
#[derive(Debug, Clone)]
pub struct SessionRow {
    pub created_at_ms: i64,
    pub expires_at_ms: i64,
    pub wrapped_key: Vec<u8>,
}

/// Store a new session.
pub fn insert(conn: &Connection, id_hash: &[u8], row: &SessionRow) -> Result<()> {
    conn.exec(
        "INSERT INTO sessions (id_hash, created_at_ms, expires_at_ms, wrapped_key)
         VALUES (?1, ?2, ?3, ?4)",
        params![
            id_hash,
            row.created_at_ms,
            row.expires_at_ms,
            row.wrapped_key
        ],
    )?;
    Ok(())
}

/// A session from the values of [`crate::ledger::sealed::SESSIONS`]'s query (id hash,
/// created, expires, wrapped key).
pub fn from_sealed(values: &[rusqlite::types::Value]) -> Result<SessionRow> {
    use rusqlite::types::Value;
    match values {
        [_, Value::Integer(created), Value::Integer(expires), Value::Blob(wrapped)] => {
            Ok(SessionRow {
                created_at_ms: *created,
                expires_at_ms: *expires,
                wrapped_key: wrapped.clone(),
            })
        }
        _ => Err(crate::error::Error::new(
            crate::error::Code::IntegrityError,
            "err.vault.secret_damaged",
        )),
    }
}

/// Look a session up by its token's hash.
pub fn get(conn: &Connection, id_hash: &[u8]) -> Result<Option<SessionRow>> {
    Ok(conn
        .row(
            "SELECT created_at_ms, expires_at_ms, wrapped_key FROM sessions WHERE id_hash = ?1",
            [id_hash],
            |r| {
                Ok(SessionRow {
                    created_at_ms: r.get(0)?,
                    expires_at_ms: r.get(1)?,
                    wrapped_key: r.get(2)?,
                })
            },
        )
        .optional()?)
}

/// Delete one session; returns how many rows went (0 or 1).
pub fn delete(conn: &Connection, id_hash: &[u8]) -> Result<usize> {
    Ok(conn.exec("DELETE FROM sessions WHERE id_hash = ?1", [id_hash])?)
}

/// Delete every session; returns how many went.
pub fn delete_all(conn: &Connection) -> Result<usize> {
    Ok(conn.exec("DELETE FROM sessions", [])?)
}

/// Delete every session but one; returns how many went.
pub fn delete_all_but(conn: &Connection, keep_id_hash: &[u8]) -> Result<usize> {
    Ok(conn.exec("DELETE FROM sessions WHERE id_hash != ?1", [keep_id_hash])?)
}

/// Delete the sessions that expired at or before `now_ms`.
pub fn purge_expired(conn: &Connection, now_ms: i64) -> Result<usize> {
    Ok(conn.exec("DELETE FROM sessions WHERE expires_at_ms <= ?1", [now_ms])?)
}

/// Whether any session expired at or before `now_ms` (reads, so read-only commands can skip a
/// write when there is nothing to purge).
pub fn any_expired(conn: &Connection, now_ms: i64) -> Result<bool> {
    Ok(conn.row(
        "SELECT EXISTS (SELECT 1 FROM sessions WHERE expires_at_ms <= ?1)",
        [now_ms],
        |r| r.get(0),
    )?)
}

/// The number of live sessions.
pub fn count_live(conn: &Connection, now_ms: i64) -> Result<i64> {
    Ok(conn.row(
        "SELECT COUNT(*) FROM sessions WHERE expires_at_ms > ?1",
        [now_ms],
        |r| r.get(0),
    )?)
}
