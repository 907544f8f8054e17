//! Sealed rows: state outside the chain that a decision trusts (the settings row, balances,
//! derived statuses, merchants, sources, idempotency records, sessions, the rails a test took
//! down) carries an HMAC with the wallet key over its columns, so an edit made with `sqlite3`
//! shows. One helper serves every table: a table joins by naming the query that reads its
//! sealed values ([`Table`]), nothing else.
//!
//! The MAC covers the table's name and every selected value, the row's key included, so a MAC
//! copied to another row, or a value swapped between rows, does not match. A deleted row cannot
//! be seen from the row itself: where that matters the reader checks it another way (a balance
//! against its account's newest posting; an idempotency record against the sealed transaction
//! that names it).

use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, OptionalExtension, ToSql};

use crate::auth::vault::WalletKey;
use crate::error::{Code, Error, Result};

/// A sealed table: how to read a row's sealed values (the key columns first, the stored MAC
/// last) and how to store a new MAC.
pub struct Table {
    /// The table's name, MAC'd with every row.
    pub name: &'static str,
    /// `SELECT <key…>, <values…>, mac FROM …` without a WHERE clause.
    pub select: &'static str,
    /// The WHERE clause that picks one row by its key (`?1`, `?2`…).
    pub by_key: &'static str,
    /// How many leading columns are the key.
    pub key_columns: usize,
    /// `UPDATE … SET mac = ?1 WHERE <key = ?2…>`.
    pub update: &'static str,
}

/// The one-row settings: identity, wrapped key, zone, sandbox flag and clock, freeze and
/// maintenance, the lock-out counters as of the last unlocked write. (When the last backup was
/// made is written by `backup`, which needs no unlocking, so it cannot be sealed: it only ever
/// feeds a reminder.)
pub const WALLET: Table = Table {
    name: "wallet",
    select: "SELECT id, wallet_id, username, base_currency, time_zone, sandbox, created_at_ms,
                kdf_m_kib, kdf_t, kdf_p, key_salt, key_nonce, key_wrapped, clock_ms, frozen,
                maintenance, attempts_sealed, failed_sealed, twofa, limits_set, risk_set, mac
             FROM wallet",
    by_key: "WHERE id = ?1",
    key_columns: 1,
    update: "UPDATE wallet SET mac = ?1 WHERE id = ?2",
};

/// Balances, with the account's name and currency and the transaction that last changed it.
pub const BALANCES: Table = Table {
    name: "balances",
    select: "SELECT b.account_id, a.name, a.currency, b.balance_minor, b.last_seq, b.mac
             FROM balances b JOIN accounts a ON a.id = b.account_id",
    by_key: "WHERE b.account_id = ?1",
    key_columns: 1,
    update: "UPDATE balances SET mac = ?1 WHERE account_id = ?2",
};

/// Derived statuses.
pub const TX_STATUS: Table = Table {
    name: "tx_status",
    select: "SELECT tx_seq, status, refunded_minor, mac FROM tx_status",
    by_key: "WHERE tx_seq = ?1",
    key_columns: 1,
    update: "UPDATE tx_status SET mac = ?1 WHERE tx_seq = ?2",
};

/// Merchants: name, whether they take okpay, their currencies, blocked, the key their requests
/// must be signed with.
pub const MERCHANTS: Table = Table {
    name: "merchants",
    select: "SELECT id, name, accepts_okpay, category, currencies, blocked, origin,
                created_at_ms, verify_key, mac FROM merchants",
    by_key: "WHERE id = ?1",
    key_columns: 1,
    update: "UPDATE merchants SET mac = ?1 WHERE id = ?2",
};

/// Merchants as sealed before they could carry a verify key: such a seal still holds for a row
/// that has none (a wallet upgraded to schema 0009 keeps its merchants), and the row's next
/// change seals it as [`MERCHANTS`]. No key was ever sealed this way, so none can be removed
/// under an old seal (a key is only ever set on a new row, by `merchant add`: a command that
/// gave an existing merchant a key would have to retire such seals first).
const MERCHANTS_BEFORE_KEYS: Table = Table {
    name: "merchants",
    select: "SELECT id, name, accepts_okpay, category, currencies, blocked, origin,
                created_at_ms, mac FROM merchants",
    by_key: "WHERE id = ?1 AND verify_key IS NULL",
    key_columns: 1,
    update: "UPDATE merchants SET mac = ?1 WHERE id = ?2",
};

/// The layout a table's rows may still be sealed in, from before a column joined its seal.
fn earlier_layouts(table: &Table) -> &'static [&'static Table] {
    match table.name {
        "merchants" => &[&MERCHANTS_BEFORE_KEYS],
        "wallet" => &[&WALLET_BEFORE_RISK, &WALLET_BEFORE_LIMITS],
        _ => &[],
    }
}

/// The settings row as sealed before the risk rules joined it (schema 7 and earlier): accepted
/// only while the rules were never written, and resealed in the new layout by the next write.
const WALLET_BEFORE_RISK: Table = Table {
    name: "wallet",
    select: "SELECT id, wallet_id, username, base_currency, time_zone, sandbox, created_at_ms,
                kdf_m_kib, kdf_t, kdf_p, key_salt, key_nonce, key_wrapped, clock_ms, frozen,
                maintenance, attempts_sealed, failed_sealed, twofa, limits_set, mac
             FROM wallet",
    by_key: "WHERE id = ?1 AND risk_set = 0",
    key_columns: 1,
    update: "UPDATE wallet SET mac = ?1 WHERE id = ?2",
};

/// The settings row as sealed before the limits joined it (schema 4): likewise.
const WALLET_BEFORE_LIMITS: Table = Table {
    name: "wallet",
    select: "SELECT id, wallet_id, username, base_currency, time_zone, sandbox, created_at_ms,
                kdf_m_kib, kdf_t, kdf_p, key_salt, key_nonce, key_wrapped, clock_ms, frozen,
                maintenance, attempts_sealed, failed_sealed, twofa, mac
             FROM wallet",
    by_key: "WHERE id = ?1 AND risk_set = 0 AND limits_set = 0",
    key_columns: 1,
    update: "UPDATE wallet SET mac = ?1 WHERE id = ?2",
};

/// Whether the row with `row_key` holds a seal of the table's earlier layout.
fn sealed_before(
    conn: &Connection,
    key: &WalletKey,
    table: &Table,
    row_key: &[&dyn ToSql],
) -> Result<bool> {
    for earlier in earlier_layouts(table) {
        let sealed = load(conn, earlier, row_key)?.is_some_and(|row| {
            row.mac.as_deref() == Some(row_mac(key, earlier.name, &row.values).as_slice())
        });
        if sealed {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Funding sources: what the rail does with them, their simulated balance, removal.
pub const SOURCES: Table = Table {
    name: "sources",
    select: "SELECT id, kind, label, currency, holder, masked, brand, card_type, expiry,
                provider, bank_name, token, secret, behaviour, sim_balance_minor,
                created_at_ms, removed_at_ms, mac FROM sources",
    by_key: "WHERE id = ?1",
    key_columns: 1,
    update: "UPDATE sources SET mac = ?1 WHERE id = ?2",
};

/// Idempotency records: the request's hash and the transaction to replay.
pub const IDEMPOTENCY: Table = Table {
    name: "idempotency",
    select: "SELECT kind, key, request_hash, tx_seq, created_at_ms, mac FROM idempotency",
    by_key: "WHERE kind = ?1 AND key = ?2",
    key_columns: 2,
    update: "UPDATE idempotency SET mac = ?1 WHERE kind = ?2 AND key = ?3",
};

/// Sessions: the expiry and the wrapped key, bound to the token's hash.
pub const SESSIONS: Table = Table {
    name: "sessions",
    select: "SELECT id_hash, created_at_ms, expires_at_ms, wrapped_key, mac FROM sessions",
    by_key: "WHERE id_hash = ?1",
    key_columns: 1,
    update: "UPDATE sessions SET mac = ?1 WHERE id_hash = ?2",
};

/// The simulated rails a sandbox test took down.
pub const RAILS_DOWN: Table = Table {
    name: "rails_down",
    select: "SELECT kind, mac FROM rails_down",
    by_key: "WHERE kind = ?1",
    key_columns: 1,
    update: "UPDATE rails_down SET mac = ?1 WHERE kind = ?2",
};

/// The TOTP secret (encrypted), whether it is confirmed, and the last step used.
pub const TOTP: Table = Table {
    name: "totp",
    select: "SELECT id, secret, enabled, last_step, created_at_ms, enabled_at_ms, mac FROM totp",
    by_key: "WHERE id = ?1",
    key_columns: 1,
    update: "UPDATE totp SET mac = ?1 WHERE id = ?2",
};

/// Recovery codes: their hashes and whether each was used.
pub const RECOVERY_CODES: Table = Table {
    name: "recovery_codes",
    select: "SELECT n, hash, used_at_ms, mac FROM recovery_codes",
    by_key: "WHERE n = ?1",
    key_columns: 1,
    update: "UPDATE recovery_codes SET mac = ?1 WHERE n = ?2",
};

/// Spending limits: each limit's amount and its pending raise (written all three at once).
pub const LIMITS: Table = Table {
    name: "limits",
    select: "SELECT name, amount_minor, pending_minor, effective_at_ms, changed_at_ms, mac
             FROM limits",
    by_key: "WHERE name = ?1",
    key_columns: 1,
    update: "UPDATE limits SET mac = ?1 WHERE name = ?2",
};

/// Risk monitoring: each rule's switch and parameters, and the decision thresholds (written all
/// at once).
pub const RISK_RULES: Table = Table {
    name: "risk_rules",
    select: "SELECT rule, enabled, params, changed_at_ms, mac FROM risk_rules",
    by_key: "WHERE rule = ?1",
    key_columns: 1,
    update: "UPDATE risk_rules SET mac = ?1 WHERE rule = ?2",
};

/// Contact channels changed with `support contact set` (tickets are addressed to one).
pub const SUPPORT_CONTACT: Table = Table {
    name: "support_contact",
    select: "SELECT key, value, changed_at_ms, mac FROM support_contact",
    by_key: "WHERE key = ?1",
    key_columns: 1,
    update: "UPDATE support_contact SET mac = ?1 WHERE key = ?2",
};

/// The maintenance window: when it starts and is expected to end (the settings row's sealed
/// `maintenance` flag says that one is set).
pub const MAINTENANCE_WINDOW: Table = Table {
    name: "maintenance_window",
    select: "SELECT id, from_ms, until_ms, note, set_at_ms, mac FROM maintenance_window",
    by_key: "WHERE id = ?1",
    key_columns: 1,
    update: "UPDATE maintenance_window SET mac = ?1 WHERE id = ?2",
};

/// Support tickets: subject, status and the snapshot of the referenced transactions.
pub const TICKETS: Table = Table {
    name: "tickets",
    select: "SELECT seq, id, subject, status, context, created_at_ms, updated_at_ms,
                closed_at_ms, mac FROM tickets",
    by_key: "WHERE seq = ?1",
    key_columns: 1,
    update: "UPDATE tickets SET mac = ?1 WHERE seq = ?2",
};

/// The messages of tickets.
pub const TICKET_MESSAGES: Table = Table {
    name: "ticket_messages",
    select: "SELECT ticket_seq, n, body, created_at_ms, mac FROM ticket_messages",
    by_key: "WHERE ticket_seq = ?1 AND n = ?2",
    key_columns: 2,
    update: "UPDATE ticket_messages SET mac = ?1 WHERE ticket_seq = ?2 AND n = ?3",
};

/// Ticket attachments: name, type, size, SHA-256 and the encrypted content.
pub const TICKET_ATTACHMENTS: Table = Table {
    name: "ticket_attachments",
    select: "SELECT ticket_seq, n, message_n, name, type, size, sha256, content, mac
             FROM ticket_attachments",
    by_key: "WHERE ticket_seq = ?1 AND n = ?2",
    key_columns: 2,
    update: "UPDATE ticket_attachments SET mac = ?1 WHERE ticket_seq = ?2 AND n = ?3",
};

/// Exchange rates given with `fx set` and `fx import`.
pub const FX_RATES: Table = Table {
    name: "fx_rates",
    select: "SELECT base, quote, rate, date, source, set_at_ms, mac FROM fx_rates",
    by_key: "WHERE base = ?1 AND quote = ?2",
    key_columns: 2,
    update: "UPDATE fx_rates SET mac = ?1 WHERE base = ?2 AND quote = ?3",
};

/// The conversion settings: the spread and how many rates are stored.
pub const FX_SETTINGS: Table = Table {
    name: "fx_settings",
    select: "SELECT id, spread_percent, rates_count, changed_at_ms, mac FROM fx_settings",
    by_key: "WHERE id = ?1",
    key_columns: 1,
    update: "UPDATE fx_settings SET mac = ?1 WHERE id = ?2",
};

/// Every sealed table, for `verify` and for sealing a wallet made before sealing existed.
/// The running totals of what payments counted against the limits, per day and month.
pub const LIMIT_USAGE: Table = Table {
    name: "limit_usage",
    select: crate::store::limits::USAGE_SELECT,
    by_key: crate::store::limits::USAGE_BY_PERIOD,
    key_columns: 1,
    update: "UPDATE limit_usage SET mac = ?1 WHERE period = ?2",
};

/// The accounts of others that transfers went to: what the rail does with each, and its
/// encrypted IBAN.
pub const PAYEES: Table = Table {
    name: "payees",
    select: "SELECT id, holder, masked, secret, behaviour, created_at_ms, mac FROM payees",
    by_key: "WHERE id = ?1",
    key_columns: 1,
    update: "UPDATE payees SET mac = ?1 WHERE id = ?2",
};

pub const ALL: [&Table; 21] = [
    &WALLET,
    &BALANCES,
    &TX_STATUS,
    &MERCHANTS,
    &SOURCES,
    &IDEMPOTENCY,
    &SESSIONS,
    &RAILS_DOWN,
    &TOTP,
    &RECOVERY_CODES,
    &LIMITS,
    &RISK_RULES,
    &SUPPORT_CONTACT,
    &MAINTENANCE_WINDOW,
    &TICKETS,
    &TICKET_MESSAGES,
    &TICKET_ATTACHMENTS,
    &FX_RATES,
    &FX_SETTINGS,
    &LIMIT_USAGE,
    &PAYEES,
];

/// The MAC of one row's values.
fn row_mac(key: &WalletKey, table: &str, values: &[Value]) -> [u8; 32] {
    let mut input = Vec::with_capacity(64 + values.len() * 16);
    row_input(&mut input, table, values);
    key.hmac(&input)
}

/// The bytes a row's MAC covers, appended to `input`.
fn row_input(input: &mut Vec<u8>, table: &str, values: &[Value]) {
    row_input_head(input, table);
    for value in values {
        push_value(input, value.into());
    }
}

/// What every row's MAC input starts with: the domain and the table's name.
fn row_input_head(input: &mut Vec<u8>, table: &str) {
    input.extend_from_slice(b"okpay/row/v1\0");
    input.extend_from_slice(table.as_bytes());
    input.push(0);
}

/// One value of a row's MAC input: its type, then its bytes (length first where they vary).
fn push_value(input: &mut Vec<u8>, value: ValueRef<'_>) {
    match value {
        ValueRef::Null => input.push(0),
        ValueRef::Integer(i) => {
            input.push(1);
            input.extend_from_slice(&i.to_be_bytes());
        }
        ValueRef::Real(f) => {
            input.push(2);
            input.extend_from_slice(&f.to_bits().to_be_bytes());
        }
        ValueRef::Text(bytes) | ValueRef::Blob(bytes) => {
            input.push(if matches!(value, ValueRef::Text(_)) {
                3
            } else {
                4
            });
            input.extend_from_slice(&(bytes.len() as u64).to_be_bytes());
            input.extend_from_slice(bytes);
        }
    }
}

/// One row as read: its values (key first) and the stored MAC.
pub struct SealedRow {
    pub values: Vec<Value>,
    pub mac: Option<Vec<u8>>,
}

impl SealedRow {
    /// Whether the row carries a MAC at all (a wallet made before sealing existed has none).
    pub fn is_sealed(&self) -> bool {
        self.mac.is_some()
    }
}

/// Read one row's sealed values and MAC without checking them, for a caller that needs the
/// values to find the key (a session's wrapped key) and then calls [`verify`].
pub fn read(conn: &Connection, table: &Table, row_key: &[&dyn ToSql]) -> Result<Option<SealedRow>> {
    load(conn, table, row_key)
}

/// Check a row read with [`read`] (or by a query selecting the same values in the same order).
pub fn verify(key: &WalletKey, table: &Table, row: &SealedRow) -> Result<()> {
    let expected = row_mac(key, table.name, &row.values);
    if row.mac.as_deref() == Some(expected.as_slice()) {
        Ok(())
    } else {
        Err(tampered(
            table.name,
            describe_key(&row.values, table.key_columns),
        ))
    }
}

/// The MAC a row with these values (key first, in the table's SELECT order) must carry, for a
/// writer that stores values and MAC in one statement.
pub fn mac_of(key: &WalletKey, table: &Table, values: &[Value]) -> [u8; 32] {
    row_mac(key, table.name, values)
}

pub fn read_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<SealedRow> {
    let n = row.as_ref().column_count();
    let mut values = Vec::with_capacity(n.saturating_sub(1));
    for i in 0..n.saturating_sub(1) {
        values.push(row.get::<_, Value>(i)?);
    }
    let mac = row.get::<_, Option<Vec<u8>>>(n.saturating_sub(1))?;
    Ok(SealedRow { values, mac })
}

fn load(conn: &Connection, table: &Table, key: &[&dyn ToSql]) -> Result<Option<SealedRow>> {
    let sql = format!("{} {}", table.select, table.by_key);
    let mut stmt = conn.prepare_cached(&sql)?;
    Ok(stmt.query_row(key, read_row).optional()?)
}

/// The error for a row whose MAC does not match its values.
pub fn tampered(table: &str, row: impl std::fmt::Display) -> Error {
    Error::new(Code::IntegrityError, "err.integrity.tampered")
        .arg_detail("table", table)
        .arg_detail("row", row)
}

fn describe_key(values: &[Value], key_columns: usize) -> String {
    values
        .iter()
        .take(key_columns)
        .map(|v| match v {
            Value::Integer(i) => i.to_string(),
            Value::Text(s) => s.clone(),
            Value::Blob(b) => hex::encode(b.get(..8).unwrap_or(b)),
            Value::Real(f) => f.to_string(),
            Value::Null => "null".to_string(),
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Check one row: `Ok(true)` when it is there and its MAC matches, `Ok(false)` when there is no
/// such row, `integrity_error` when the MAC is missing or wrong.
pub fn check(
    conn: &Connection,
    key: &WalletKey,
    table: &Table,
    row_key: &[&dyn ToSql],
) -> Result<bool> {
    Ok(read_checked(conn, key, table, row_key)?.is_some())
}

/// [`check`] returning the row it read (`None` when there is none): one read where a caller
/// needs the checked values as well.
pub fn read_checked(
    conn: &Connection,
    key: &WalletKey,
    table: &Table,
    row_key: &[&dyn ToSql],
) -> Result<Option<SealedRow>> {
    let Some(row) = load(conn, table, row_key)? else {
        return Ok(None);
    };
    let expected = row_mac(key, table.name, &row.values);
    if row.mac.as_deref() == Some(expected.as_slice()) || sealed_before(conn, key, table, row_key)?
    {
        Ok(Some(row))
    } else {
        Err(tampered(
            table.name,
            describe_key(&row.values, table.key_columns),
        ))
    }
}

/// Seal one row after a change made by the caller in the same write transaction (no-op when
/// the row is gone or already sealed as it is).
pub fn reseal(
    conn: &Connection,
    key: &WalletKey,
    table: &Table,
    row_key: &[&dyn ToSql],
) -> Result<()> {
    let Some(row) = load(conn, table, row_key)? else {
        return Ok(());
    };
    let mac = row_mac(key, table.name, &row.values);
    if row.mac.as_deref() == Some(mac.as_slice()) {
        return Ok(());
    }
    let mut params: Vec<&dyn ToSql> = Vec::with_capacity(row_key.len() + 1);
    let mac_ref: &[u8] = &mac;
    params.push(&mac_ref);
    params.extend_from_slice(row_key);
    conn.prepare_cached(table.update)?
        .execute(params.as_slice())?;
    Ok(())
}

/// Every row of `table` whose MAC is missing or wrong, described by its key (for `verify`).
pub fn check_table(conn: &Connection, key: &WalletKey, table: &Table) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(table.select)?;
    let columns = stmt.column_count();
    let mut rows = stmt.query([])?;
    let mut bad = Vec::new();
    // A table of a million rows (the statuses) is MAC'd with the key's blocks hashed once, one
    // buffer, and the values as SQLite holds them: a row is copied out only when it fails.
    let state = key.mac_state();
    let mut input = Vec::with_capacity(128);
    let mac_at = columns.saturating_sub(1);
    while let Some(row) = rows.next()? {
        input.clear();
        row_input_head(&mut input, table.name);
        for at in 0..mac_at {
            push_value(&mut input, row.get_ref(at)?);
        }
        let expected = state.mac(&input);
        if matches!(row.get_ref(mac_at)?, ValueRef::Blob(stored) if stored == expected.as_slice()) {
            continue;
        }
        let row = read_row(row)?;
        input.clear();
        row_input(&mut input, table.name, &row.values);
        let expected = state.mac(&input);
        if row.mac.as_deref() != Some(expected.as_slice()) {
            let row_key: Vec<&dyn ToSql> = row
                .values
                .iter()
                .take(table.key_columns)
                .map(|v| v as &dyn ToSql)
                .collect();
            if !sealed_before(conn, key, table, &row_key)? {
                bad.push(describe_key(&row.values, table.key_columns));
            }
        }
    }
    Ok(bad)
}

/// Seal every row of `table` as it stands (a wallet made before sealing existed, once).
pub fn seal_table(conn: &Connection, key: &WalletKey, table: &Table) -> Result<()> {
    let mut updates: Vec<(Vec<Value>, [u8; 32])> = Vec::new();
    {
        let mut stmt = conn.prepare(table.select)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let row = read_row(row)?;
            let mac = row_mac(key, table.name, &row.values);
            let key_values = row.values.into_iter().take(table.key_columns).collect();
            updates.push((key_values, mac));
        }
    }
    let mut stmt = conn.prepare(table.update)?;
    for (key_values, mac) in updates {
        let mut params: Vec<Value> = vec![Value::Blob(mac.to_vec())];
        params.extend(key_values);
        stmt.execute(rusqlite::params_from_iter(params))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::memory;

    #[test]
    fn a_settings_row_sealed_before_the_limits_and_rules_joined_still_checks() {
        let conn = memory();
        let key = WalletKey::generate();
        conn.execute(
            "INSERT INTO wallet (id, wallet_id, username, base_currency, time_zone, sandbox,
                 created_at_ms, kdf_m_kib, kdf_t, kdf_p, key_salt, key_nonce, key_wrapped)
             VALUES (1, 'w', 'u', 'CNY', 'UTC', 1, 0, 1, 1, 1, x'00', x'00', x'00')",
            [],
        )
        .unwrap();
        // Sealed as schema 4 sealed it, before `limits_set` and `risk_set`.
        seal_table(&conn, &key, &WALLET_BEFORE_LIMITS).unwrap();
        assert!(check(&conn, &key, &WALLET, &[&1]).unwrap());
        assert!(check_table(&conn, &key, &WALLET).unwrap().is_empty());
        // Only while neither was ever written: an old seal never covers a new flag.
        conn.execute("UPDATE wallet SET limits_set = 1", [])
            .unwrap();
        assert!(check(&conn, &key, &WALLET, &[&1]).is_err());
        conn.execute("UPDATE wallet SET limits_set = 0", [])
            .unwrap();
        // An edit of a sealed value is still found.
        conn.execute("UPDATE wallet SET sandbox = 0", []).unwrap();
        assert!(check(&conn, &key, &WALLET, &[&1]).is_err());
        // Resealed in today's layout, it checks without the fallback.
        conn.execute("UPDATE wallet SET sandbox = 1", []).unwrap();
        reseal(&conn, &key, &WALLET, &[&1]).unwrap();
        let row = read(&conn, &WALLET, &[&1]).unwrap().unwrap();
        assert!(verify(&key, &WALLET, &row).is_ok());
    }

    #[test]
    fn a_row_is_sealed_checked_and_edits_show() {
        let conn = memory();
        let key = WalletKey::generate();
        conn.execute_batch(
            "INSERT INTO merchants (id, name, origin, created_at_ms) VALUES ('mer_1', 'Tea', 'added', 0);
             INSERT INTO merchants (id, name, origin, created_at_ms, blocked) VALUES ('mer_2', 'Shop', 'added', 0, 1);",
        )
        .unwrap();
        assert!(
            check(&conn, &key, &MERCHANTS, &[&"mer_1"]).is_err(),
            "unsealed"
        );
        reseal(&conn, &key, &MERCHANTS, &[&"mer_1"]).unwrap();
        reseal(&conn, &key, &MERCHANTS, &[&"mer_2"]).unwrap();
        assert!(check(&conn, &key, &MERCHANTS, &[&"mer_1"]).unwrap());
        assert!(!check(&conn, &key, &MERCHANTS, &[&"mer_9"]).unwrap());
        assert!(check_table(&conn, &key, &MERCHANTS).unwrap().is_empty());
        // A flag edited behind okpay's back.
        conn.execute("UPDATE merchants SET blocked = 0 WHERE id = 'mer_2'", [])
            .unwrap();
        let err = check(&conn, &key, &MERCHANTS, &[&"mer_2"]).unwrap_err();
        assert_eq!(err.code, Code::IntegrityError);
        assert_eq!(check_table(&conn, &key, &MERCHANTS).unwrap(), vec!["mer_2"]);
        // A MAC moved to another row.
        conn.execute(
            "UPDATE merchants SET mac = (SELECT mac FROM merchants WHERE id = 'mer_1') WHERE id = 'mer_2'",
            [],
        )
        .unwrap();
        assert!(check(&conn, &key, &MERCHANTS, &[&"mer_2"]).is_err());
        // Another key does not verify.
        seal_table(&conn, &key, &MERCHANTS).unwrap();
        assert!(check_table(&conn, &key, &MERCHANTS).unwrap().is_empty());
        let other = WalletKey::generate();
        assert_eq!(check_table(&conn, &other, &MERCHANTS).unwrap().len(), 2);
    }

    #[test]
    fn merchants_sealed_before_verify_keys_keep_their_seal_until_a_key_appears() {
        let conn = memory();
        let key = WalletKey::generate();
        conn.execute_batch(
            "INSERT INTO merchants (id, name, origin, created_at_ms) VALUES ('mer_1', 'Tea', 'added', 0);",
        )
        .unwrap();
        // Sealed as a wallet before schema 0009 sealed it.
        seal_table(&conn, &key, &MERCHANTS_BEFORE_KEYS).unwrap();
        assert!(check(&conn, &key, &MERCHANTS, &[&"mer_1"]).unwrap());
        assert!(check_table(&conn, &key, &MERCHANTS).unwrap().is_empty());
        // An old seal never covers a key, nor an edited flag.
        conn.execute("UPDATE merchants SET verify_key = zeroblob(32)", [])
            .unwrap();
        assert!(check(&conn, &key, &MERCHANTS, &[&"mer_1"]).is_err());
        assert_eq!(check_table(&conn, &key, &MERCHANTS).unwrap(), vec!["mer_1"]);
        conn.execute("UPDATE merchants SET verify_key = NULL, blocked = 1", [])
            .unwrap();
        assert!(check(&conn, &key, &MERCHANTS, &[&"mer_1"]).is_err());
        // The next change seals it in the current layout.
        reseal(&conn, &key, &MERCHANTS, &[&"mer_1"]).unwrap();
        assert!(check(&conn, &key, &MERCHANTS, &[&"mer_1"]).unwrap());
    }

    #[test]
    fn every_table_query_runs() {
        let conn = memory();
        let key = WalletKey::generate();
        for table in ALL {
            check_table(&conn, &key, table).unwrap();
            seal_table(&conn, &key, table).unwrap();
        }
    }
}
