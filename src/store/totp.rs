//! Queries on `totp` (the encrypted secret, confirmed or not, the last step used) and
//! `recovery_codes` (hashes, used or not). The rules live in `crate::wallet`'s 2FA operations.

use crate::store::Cached;
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;

/// The TOTP row as stored.
#[derive(Debug, Clone)]
pub struct TotpRow {
    pub secret: Vec<u8>,
    pub enabled: bool,
    pub last_step: Option<i64>,
    pub created_at_ms: i64,
    pub enabled_at_ms: Option<i64>,
}

/// The TOTP row, if 2FA was ever started.
pub fn get(conn: &Connection) -> Result<Option<TotpRow>> {
    Ok(conn
        .row(
            "SELECT secret, enabled, last_step, created_at_ms, enabled_at_ms FROM totp WHERE id = 1",
            [],
            |r| {
                Ok(TotpRow {
                    secret: r.get(0)?,
                    enabled: r.get(1)?,
                    last_step: r.get(2)?,
                    created_at_ms: r.get(3)?,
                    enabled_at_ms: r.get(4)?,
                })
            },
        )
        .optional()?)
}

/// Store a new, unconfirmed secret (replacing any unconfirmed one).
pub fn put_pending(conn: &Connection, secret: &[u8], at_ms: i64) -> Result<()> {
    conn.exec(
        "INSERT OR REPLACE INTO totp (id, secret, enabled, last_step, created_at_ms)
         VALUES (1, ?1, 0, NULL, ?2)",
        params![secret, at_ms],
    )?;
    Ok(())
}

/// Confirm the secret: 2FA is on from now, and `step` was used.
pub fn confirm(conn: &Connection, step: i64, at_ms: i64) -> Result<()> {
    conn.exec(
        "UPDATE totp SET enabled = 1, enabled_at_ms = ?2, last_step = ?1 WHERE id = 1",
        params![step, at_ms],
    )?;
    Ok(())
}

/// Record that `step` was used; false when it (or a later one) already was.
pub fn use_step(conn: &Connection, step: i64) -> Result<bool> {
    let changed = conn.exec(
        "UPDATE totp SET last_step = ?1 WHERE id = 1 AND (last_step IS NULL OR last_step < ?1)",
        [step],
    )?;
    Ok(changed == 1)
}

/// Remove the secret and every recovery code.
pub fn delete_all(conn: &Connection) -> Result<()> {
    conn.exec("DELETE FROM totp", [])?;
    conn.exec("DELETE FROM recovery_codes", [])?;
    Ok(())
}

/// Replace the recovery codes with these hashes, numbered from 1.
pub fn replace_recovery_codes(conn: &Connection, hashes: &[[u8; 32]]) -> Result<()> {
    conn.exec("DELETE FROM recovery_codes", [])?;
    for (i, hash) in hashes.iter().enumerate() {
        conn.exec(
            "INSERT INTO recovery_codes (n, hash) VALUES (?1, ?2)",
            params![i64::try_from(i + 1).unwrap_or(i64::MAX), hash.as_slice()],
        )?;
    }
    Ok(())
}

/// The unused recovery code with this hash, if any.
pub fn unused_recovery_code(conn: &Connection, hash: &[u8; 32]) -> Result<Option<i64>> {
    Ok(conn
        .row(
            "SELECT n FROM recovery_codes WHERE hash = ?1 AND used_at_ms IS NULL",
            [hash.as_slice()],
            |r| r.get(0),
        )
        .optional()?)
}

/// Mark a recovery code used; false when it already was.
pub fn use_recovery_code(conn: &Connection, n: i64, at_ms: i64) -> Result<bool> {
    let changed = conn.exec(
        "UPDATE recovery_codes SET used_at_ms = ?2 WHERE n = ?1 AND used_at_ms IS NULL",
        params![n, at_ms],
    )?;
    Ok(changed == 1)
}

/// How many recovery codes are left.
pub fn recovery_codes_left(conn: &Connection) -> Result<i64> {
    Ok(conn.row(
        "SELECT COUNT(*) FROM recovery_codes WHERE used_at_ms IS NULL",
        [],
        |r| r.get(0),
    )?)
}
