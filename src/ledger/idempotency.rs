//! Idempotency keys (CLI.md): a key belongs to one command kind; the request is hashed in
//! canonical form; a final outcome is stored with the key and replayed; the same key with a
//! different request is `idempotency_conflict`. Temporary failures store nothing, so the key
//! stays free for a retry.

use rusqlite::Connection;
use sha2::{Digest, Sha256};

use crate::auth::vault::WalletKey;
use crate::error::{Code, Error, Result};
use crate::ledger::sealed;
use crate::ledger::view::{load_seq, Executed, TxView};
use crate::store::ledger as q;

/// The longest key accepted.
pub const KEY_CHARS_MAX: usize = 200;

/// What an idempotency key says about a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// The key is free: do the work.
    Fresh,
    /// The same request ran before: replay the transaction with this seq.
    Replay(i64),
}

/// Check a user-typed key: 1 to 200 printable ASCII characters.
pub fn check_key(key: &str) -> Result<()> {
    let ok =
        !key.is_empty() && key.len() <= KEY_CHARS_MAX && key.bytes().all(|b| b.is_ascii_graphic());
    if ok {
        Ok(())
    } else {
        Err(Error::invalid("err.idempotency.bad_key").arg("max", KEY_CHARS_MAX))
    }
}

/// The hash of a request in canonical form: the command kind and a JSON value whose amounts the
/// caller has normalised (`serde_json` sorts object keys, so field order does not matter).
pub fn request_hash(kind: &str, request: &serde_json::Value) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(b"okpay/idempotency/v1\0");
    hasher.update(kind.as_bytes());
    hasher.update(b"\0");
    hasher.update(request.to_string().as_bytes());
    hasher.finalize().into()
}

/// Look a key up. The same key with another request is `idempotency_conflict`.
///
/// The record is an index over the sealed transaction that names the key in its data, and is
/// checked against it (no key needed): a record removed, pointed at another transaction or
/// given another hash is `integrity_error`. With the wallet key (inside a write), the record's
/// own seal is checked too.
pub fn lookup(
    conn: &Connection,
    wallet_key: Option<&WalletKey>,
    kind: &str,
    key: &str,
    hash: &[u8; 32],
) -> Result<Lookup> {
    if let Some(wallet_key) = wallet_key {
        sealed::check(conn, wallet_key, &sealed::IDEMPOTENCY, &[&kind, &key])?;
    }
    let tampered = || sealed::tampered("idempotency", format!("{kind}/{key}"));
    // Outside a write these are two reads in two snapshots, and another process may commit
    // the same key between them. A record is committed in the same transaction as the
    // transaction naming it, and neither is ever removed: so the transaction is read first.
    // Read the other way round, a commit in between looked like a removed record.
    let named_tx = q::tx_naming_idempotency(conn, kind, key)?;
    match q::idempotency_get(conn, kind, key)? {
        None => match named_tx {
            Some(_) => Err(tampered()),
            None => Ok(Lookup::Fresh),
        },
        Some((stored, seq)) => {
            let named = q::idempotency_named_by(conn, seq)?;
            let legacy = named.is_none() && !q::idempotency_has_mac(conn, kind, key)?;
            let matches = named.as_ref().is_some_and(|(k, key_named, h)| {
                k == kind && key_named == key && *h == hex::encode(&stored)
            });
            if !(matches || legacy) {
                return Err(tampered());
            }
            if stored.as_slice() == hash.as_slice() {
                Ok(Lookup::Replay(seq))
            } else {
                Err(
                    Error::new(Code::IdempotencyConflict, "err.idempotency.conflict")
                        .arg_detail("key", key),
                )
            }
        }
    }
}

/// Name the key in a transaction's data (sealed with it), for a final outcome that
/// [`remember`] will store.
pub fn tag(data: &mut serde_json::Value, kind: &str, key: &str, hash: &[u8; 32]) {
    data["idempotency"] = serde_json::json!({
        "kind": kind,
        "key": key,
        "hash": hex::encode(hash),
    });
}

/// Remember a final outcome under the key, sealed, in the same write transaction that
/// recorded it: the row is inserted with its MAC over the values it is inserted with (the
/// values [`sealed::IDEMPOTENCY`] reads back, in its column order).
pub fn remember(
    conn: &Connection,
    wallet_key: &WalletKey,
    kind: &str,
    key: &str,
    hash: &[u8; 32],
    tx_seq: i64,
    at_ms: i64,
) -> Result<()> {
    use rusqlite::types::Value;
    let mac = sealed::mac_of(
        wallet_key,
        &sealed::IDEMPOTENCY,
        &[
            Value::Text(kind.to_string()),
            Value::Text(key.to_string()),
            Value::Blob(hash.to_vec()),
            Value::Integer(tx_seq),
            Value::Integer(at_ms),
        ],
    );
    q::idempotency_put(conn, kind, key, hash, tx_seq, at_ms, &mac)
}

/// Record `tx` as a final outcome under an idempotency key, when there is one: the key is
/// named in the transaction's data (so it is sealed with it), and remembered, in the caller's
/// write transaction. The one way payments, top-ups and transfers record under a key. `tx` is
/// left as recorded (with the key named in its data).
pub fn record_keyed(
    conn: &Connection,
    wallet_key: &WalletKey,
    tx: &mut crate::ledger::NewTransaction,
    kind: &str,
    key: Option<(&str, &[u8; 32])>,
) -> Result<crate::ledger::Recorded> {
    if let Some((k, hash)) = key {
        tag(&mut tx.data, kind, k, hash);
    }
    let recorded = crate::ledger::record(conn, wallet_key, tx)?;
    if let Some((k, hash)) = key {
        let at_ms = crate::clock::to_ms(tx.created_at);
        remember(conn, wallet_key, kind, k, hash, recorded.seq, at_ms)?;
    }
    Ok(recorded)
}

/// The stored outcome of the same request under `key`, replayed (`replayed: true`), with the
/// error that `refusal` finds in a recorded failure or decline; `None` when the key is free.
pub fn replay(
    conn: &Connection,
    wallet_key: Option<&WalletKey>,
    kind: &str,
    key: &str,
    hash: &[u8; 32],
    refusal: fn(&TxView) -> Option<Error>,
) -> Result<Option<Executed>> {
    match lookup(conn, wallet_key, kind, key, hash)? {
        Lookup::Fresh => Ok(None),
        Lookup::Replay(seq) => {
            let mut tx = load_seq(conn, seq)?;
            tx.replayed = true;
            let failure = refusal(&tx);
            Ok(Some(Executed { tx, failure }))
        }
    }
}
