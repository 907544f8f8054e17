//! Queries on the one-row `wallet` table: settings, the wrapped key, the sandbox clock, the
//! failed-unlock counter, freeze and maintenance flags, and the security log.

use crate::store::Cached;
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};

/// The wallet row as stored.
#[derive(Debug, Clone)]
pub struct WalletRow {
    /// A random id, the key of this wallet's rollback anchor.
    pub wallet_id: String,
    pub username: String,
    pub base_currency: String,
    pub time_zone: String,
    pub sandbox: bool,
    pub created_at_ms: i64,
    pub kdf_m_kib: u32,
    pub kdf_t: u32,
    pub kdf_p: u32,
    pub key_salt: Vec<u8>,
    pub key_nonce: Vec<u8>,
    pub key_wrapped: Vec<u8>,
    pub clock_ms: Option<i64>,
    pub failed_unlocks: i64,
    pub locked_until_ms: Option<i64>,
    pub frozen: bool,
    pub maintenance: bool,
    pub last_backup_ms: Option<i64>,
    /// Two-factor authentication is on (trusted only once the settings seal is checked).
    pub twofa: bool,
    /// The row carries a MAC (every wallet since sealing existed; read, not trusted).
    pub sealed: bool,
}

/// Insert the wallet row at `init`.
pub fn insert(conn: &Connection, row: &WalletRow) -> Result<()> {
    conn.exec(
        "INSERT INTO wallet (id, username, base_currency, time_zone, sandbox, created_at_ms,
             kdf_m_kib, kdf_t, kdf_p, key_salt, key_nonce, key_wrapped, clock_ms, wallet_id)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            row.username,
            row.base_currency,
            row.time_zone,
            row.sandbox,
            row.created_at_ms,
            row.kdf_m_kib,
            row.kdf_t,
            row.kdf_p,
            row.key_salt,
            row.key_nonce,
            row.key_wrapped,
            row.clock_ms,
            row.wallet_id,
        ],
    )?;
    conn.exec(
        "INSERT INTO chain (id, count, head, head_mac) VALUES (1, 0, zeroblob(32), NULL)",
        [],
    )?;
    Ok(())
}

/// The settings row's columns that commands consult one at a time (time zone, freeze and
/// maintenance, whether limit and risk rows were written), through one cached statement: a
/// payment asks for four of them, and each distinct statement costs a process a parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flags {
    pub time_zone: String,
    /// The sealed flag, or a freeze requested without unlocking.
    pub frozen: bool,
    pub maintenance: bool,
    pub limits_set: bool,
    pub risk_set: bool,
    /// A freeze asked for without the key, not yet folded into the sealed flag.
    pub freeze_requested: bool,
}

/// Read [`Flags`].
pub fn flags(conn: &Connection) -> Result<Flags> {
    Ok(conn.row(
        "SELECT time_zone, frozen = 1 OR freeze_requested_at_ms IS NOT NULL, maintenance,
                limits_set, risk_set, freeze_requested_at_ms IS NOT NULL
         FROM wallet WHERE id = 1",
        [],
        |r| {
            Ok(Flags {
                time_zone: r.get(0)?,
                frozen: r.get(1)?,
                maintenance: r.get(2)?,
                limits_set: r.get(3)?,
                risk_set: r.get(4)?,
                freeze_requested: r.get(5)?,
            })
        },
    )?)
}

/// Whether the settings row carries a seal (every wallet since schema 4 once written); `None`
/// when there is no settings row at all.
pub fn sealed(conn: &Connection) -> Result<Option<bool>> {
    Ok(conn
        .prepare_cached("SELECT mac IS NOT NULL FROM wallet WHERE id = 1")?
        .query_row([], |r| r.get(0))
        .optional()?)
}

/// Load the wallet row; a wallet without one is damaged.
pub fn load(conn: &Connection) -> Result<WalletRow> {
    conn.row(
        "SELECT username, base_currency, time_zone, sandbox, created_at_ms, kdf_m_kib, kdf_t,
                kdf_p, key_salt, key_nonce, key_wrapped, clock_ms, failed_unlocks,
                locked_until_ms, frozen, maintenance, COALESCE(wallet_id, ''), last_backup_ms,
                twofa, mac IS NOT NULL
         FROM wallet WHERE id = 1",
        [],
        |r| {
            Ok(WalletRow {
                username: r.get(0)?,
                base_currency: r.get(1)?,
                time_zone: r.get(2)?,
                sandbox: r.get(3)?,
                created_at_ms: r.get(4)?,
                kdf_m_kib: r.get(5)?,
                kdf_t: r.get(6)?,
                kdf_p: r.get(7)?,
                key_salt: r.get(8)?,
                key_nonce: r.get(9)?,
                key_wrapped: r.get(10)?,
                clock_ms: r.get(11)?,
                failed_unlocks: r.get(12)?,
                locked_until_ms: r.get(13)?,
                frozen: r.get(14)?,
                maintenance: r.get(15)?,
                wallet_id: r.get(16)?,
                last_backup_ms: r.get(17)?,
                twofa: r.get(18)?,
                sealed: r.get(19)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::new(crate::error::Code::IntegrityError, "err.wallet.no_settings"))
}

/// Move the sandbox clock.
pub fn set_clock(conn: &Connection, clock_ms: i64) -> Result<()> {
    conn.exec("UPDATE wallet SET clock_ms = ?1 WHERE id = 1", [clock_ms])?;
    Ok(())
}

/// The lock-out state as stored now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lockout {
    /// Consecutive failed attempts, confirmed.
    pub failed: i64,
    /// Attempts reserved whose outcome is not known yet.
    pub pending: i64,
    /// When the oldest attempt in flight was reserved (real time, ms).
    pub pending_since_ms: Option<i64>,
    pub locked_until_ms: Option<i64>,
}

/// Read the lock-out state.
pub fn lockout(conn: &Connection) -> Result<Lockout> {
    Ok(conn.row(
        "SELECT failed_unlocks, attempts_pending, pending_since_ms, locked_until_ms
         FROM wallet WHERE id = 1",
        [],
        |r| {
            Ok(Lockout {
                failed: r.get(0)?,
                pending: r.get(1)?,
                pending_since_ms: r.get(2)?,
                locked_until_ms: r.get(3)?,
            })
        },
    )?)
}

/// The lock-out counters as stored, with their sealed copies.
#[derive(Debug, Clone, Copy)]
pub struct Counters {
    pub attempts: i64,
    pub attempts_sealed: i64,
    pub failed: i64,
    pub failed_sealed: i64,
    pub pending: i64,
    pub locked_until_ms: Option<i64>,
}

/// Read the lock-out counters.
pub fn counters(conn: &Connection) -> Result<Counters> {
    Ok(conn
        .prepare_cached(
            "SELECT unlock_attempts, attempts_sealed, failed_unlocks, failed_sealed,
                    attempts_pending, locked_until_ms
             FROM wallet WHERE id = 1",
        )?
        .query_row([], |r| {
            Ok(Counters {
                attempts: r.get(0)?,
                attempts_sealed: r.get(1)?,
                failed: r.get(2)?,
                failed_sealed: r.get(3)?,
                pending: r.get(4)?,
                locked_until_ms: r.get(5)?,
            })
        })?)
}

/// Attempts in flight for too long (a process killed during its KDF) count as failures.
pub fn expire_pending(conn: &Connection) -> Result<()> {
    conn.exec(
        "UPDATE wallet SET failed_unlocks = failed_unlocks + attempts_pending,
             attempts_pending = 0, pending_since_ms = NULL WHERE id = 1",
        [],
    )?;
    Ok(())
}

/// Reserve an unlock attempt before the KDF runs, so parallel attempts see each other.
pub fn reserve_attempt(conn: &Connection, real_now_ms: i64) -> Result<()> {
    conn.exec(
        "UPDATE wallet SET attempts_pending = attempts_pending + 1,
             unlock_attempts = unlock_attempts + 1,
             pending_since_ms = COALESCE(pending_since_ms, ?1) WHERE id = 1",
        [real_now_ms],
    )?;
    Ok(())
}

/// A reserved attempt failed; returns the consecutive failures now.
pub fn attempt_failed(conn: &Connection) -> Result<i64> {
    conn.exec(
        "UPDATE wallet SET failed_unlocks = failed_unlocks + 1,
             attempts_pending = MAX(attempts_pending - 1, 0),
             pending_since_ms = CASE WHEN attempts_pending > 1 THEN pending_since_ms END
         WHERE id = 1",
        [],
    )?;
    Ok(lockout(conn)?.failed)
}

/// A reserved attempt succeeded: the failures are cleared.
pub fn attempt_succeeded(conn: &Connection) -> Result<()> {
    conn.exec(
        "UPDATE wallet SET failed_unlocks = 0, locked_until_ms = NULL,
             attempts_pending = MAX(attempts_pending - 1, 0),
             pending_since_ms = CASE WHEN attempts_pending > 1 THEN pending_since_ms END
         WHERE id = 1",
        [],
    )?;
    Ok(())
}

/// Seal-side copy of the counters: what the next unlocked write's MAC covers. Attempts still in
/// flight are left out, since their outcome is not known yet.
pub fn seal_counters(conn: &Connection) -> Result<()> {
    // Most writes change no counter: read them (a statement the guard has prepared) rather
    // than prepare an update that changes nothing.
    let c = counters(conn)?;
    if c.attempts.checked_sub(c.pending) == Some(c.attempts_sealed) && c.failed_sealed == c.failed {
        return Ok(());
    }
    conn.exec(
        "UPDATE wallet SET attempts_sealed = unlock_attempts - attempts_pending,
             failed_sealed = failed_unlocks
         WHERE id = 1 AND (attempts_sealed != unlock_attempts - attempts_pending
             OR failed_sealed != failed_unlocks)",
        [],
    )?;
    Ok(())
}

/// Set the lock-out end.
pub fn set_locked_until(conn: &Connection, locked_until_ms: Option<i64>) -> Result<()> {
    conn.exec(
        "UPDATE wallet SET locked_until_ms = ?1 WHERE id = 1",
        [locked_until_ms],
    )?;
    Ok(())
}

/// A restored copy takes the live wallet's wrapped key (so the current password opens it) and
/// starts with no failed unlocks and no lock-out.
pub fn take_key_of(conn: &Connection, live: &WalletRow) -> Result<()> {
    conn.exec(
        "UPDATE wallet SET kdf_m_kib = ?1, kdf_t = ?2, kdf_p = ?3, key_salt = ?4,
             key_nonce = ?5, key_wrapped = ?6, failed_unlocks = 0, attempts_pending = 0,
             pending_since_ms = NULL, locked_until_ms = NULL WHERE id = 1",
        params![
            live.kdf_m_kib,
            live.kdf_t,
            live.kdf_p,
            live.key_salt,
            live.key_nonce,
            live.key_wrapped
        ],
    )?;
    Ok(())
}

/// Store the wallet key wrapped under a new password (its KDF parameters, salt, nonce).
pub fn set_wrapped_key(conn: &Connection, wrapped: &crate::auth::vault::WrappedKey) -> Result<()> {
    conn.exec(
        "UPDATE wallet SET kdf_m_kib = ?1, kdf_t = ?2, kdf_p = ?3, key_salt = ?4, key_nonce = ?5,
             key_wrapped = ?6 WHERE id = 1",
        params![
            wrapped.params.m_kib,
            wrapped.params.t,
            wrapped.params.p,
            wrapped.salt.as_slice(),
            wrapped.nonce.as_slice(),
            wrapped.ciphertext,
        ],
    )?;
    Ok(())
}

/// Switch two-factor authentication on or off (sealed with the settings by the write).
pub fn set_twofa(conn: &Connection, on: bool) -> Result<()> {
    conn.exec("UPDATE wallet SET twofa = ?1 WHERE id = 1", [on])?;
    Ok(())
}

/// Record when the last backup was made.
pub fn set_last_backup(conn: &Connection, at_ms: i64) -> Result<()> {
    conn.exec(
        "UPDATE wallet SET last_backup_ms = ?1 WHERE id = 1",
        [at_ms],
    )?;
    Ok(())
}

/// Append to the security log.
pub fn log_event(
    conn: &Connection,
    at_ms: i64,
    kind: &str,
    detail: &serde_json::Value,
) -> Result<()> {
    conn.exec(
        "INSERT INTO security_events (at_ms, kind, detail) VALUES (?1, ?2, ?3)",
        params![at_ms, kind, detail.to_string()],
    )?;
    Ok(())
}

/// When the newest security event of `kind` happened.
pub fn last_event_ms(conn: &Connection, kind: &str) -> Result<Option<i64>> {
    Ok(conn
        .row(
            "SELECT at_ms FROM security_events WHERE kind = ?1 ORDER BY seq DESC LIMIT 1",
            [kind],
            |r| r.get(0),
        )
        .optional()?)
}

/// One entry of the security log.
#[derive(Debug, Clone)]
pub struct EventRow {
    pub at_ms: i64,
    pub kind: String,
    pub detail: String,
}

/// The newest `limit` security events, newest first.
pub fn events(conn: &Connection, limit: u32) -> Result<Vec<EventRow>> {
    let mut stmt =
        conn.prepare("SELECT at_ms, kind, detail FROM security_events ORDER BY seq DESC LIMIT ?1")?;
    let rows = stmt.query_map([limit], |r| {
        Ok(EventRow {
            at_ms: r.get(0)?,
            kind: r.get(1)?,
            detail: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
