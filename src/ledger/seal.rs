//! The HMAC chain: each transaction's MAC covers its canonical bytes (row, postings, links) and
//! the previous MAC; the head and the count are MAC'd together so a truncated ledger shows.
//! The MAC key comes from the wallet key, so forging a chain needs the password.

use rusqlite::Connection;
use serde::Serialize;

use crate::auth::vault::WalletKey;
use crate::error::{Error, Result};
use crate::store::ledger::{self as q, TxRow};

/// The canonical form that is MAC'd. Field order is fixed; changing it is a new version.
#[derive(Serialize)]
struct Canonical<'a> {
    v: u8,
    id: &'a str,
    kind: &'a str,
    status: &'a str,
    amount_minor: i64,
    currency: &'a str,
    fee_minor: i64,
    created_at_ms: i64,
    available_at_ms: Option<i64>,
    merchant_id: Option<&'a str>,
    source_id: Option<&'a str>,
    order_id: Option<&'a str>,
    memo: Option<&'a str>,
    reason: Option<&'a str>,
    data: &'a str,
    postings: &'a [(String, String, i64)],
    links: &'a [(String, String)],
    /// Serialised only when set (succeeded payments since schema 5), so every older seal keeps
    /// its bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    limit_minor: Option<i64>,
}

/// The bytes a transaction's MAC covers, with postings and links sorted.
pub fn canonical_bytes(
    row: &TxRow,
    postings: &[(String, String, i64)],
    links: &[(String, String)],
) -> Result<Vec<u8>> {
    let canonical = Canonical {
        v: 1,
        id: &row.id,
        kind: &row.kind,
        status: &row.status,
        amount_minor: row.amount_minor,
        currency: &row.currency,
        fee_minor: row.fee_minor,
        created_at_ms: row.created_at_ms,
        available_at_ms: row.available_at_ms,
        merchant_id: row.merchant_id.as_deref(),
        source_id: row.source_id.as_deref(),
        order_id: row.order_id.as_deref(),
        memo: row.memo.as_deref(),
        reason: row.reason.as_deref(),
        data: &row.data,
        postings,
        links,
        limit_minor: row.limit_minor,
    };
    serde_json::to_vec(&canonical).map_err(Error::internal)
}

/// The MAC of one transaction after `previous`.
pub fn mac(key: &WalletKey, previous: &[u8], canonical: &[u8]) -> [u8; 32] {
    let mut input = Vec::with_capacity(previous.len() + canonical.len() + 8);
    input.extend_from_slice(b"okpay/tx/v1\0");
    input.extend_from_slice(previous);
    input.extend_from_slice(canonical);
    key.hmac(&input)
}

/// The MAC over the chain's length and head, for a wallet whose other state is sealed too.
pub fn head_mac(key: &WalletKey, count: i64, head: &[u8]) -> [u8; 32] {
    head_mac_versioned(key, b"okpay/head/v2\0", count, head)
}

/// The head MAC of a wallet made before sealed rows existed (schema < 4), until its first
/// unlocked write seals it.
pub fn head_mac_v1(key: &WalletKey, count: i64, head: &[u8]) -> [u8; 32] {
    head_mac_versioned(key, b"okpay/head/v1\0", count, head)
}

fn head_mac_versioned(key: &WalletKey, domain: &[u8], count: i64, head: &[u8]) -> [u8; 32] {
    let mut input = Vec::with_capacity(head.len() + 24);
    input.extend_from_slice(domain);
    input.extend_from_slice(&count.to_be_bytes());
    input.extend_from_slice(head);
    key.hmac(&input)
}

/// Seal a just-inserted transaction onto the chain.
pub fn append(
    conn: &Connection,
    key: &WalletKey,
    row: &TxRow,
    postings: &[(String, String, i64)],
    links: &[(String, String)],
) -> Result<()> {
    let (count, head, _) = q::chain(conn)?.ok_or_else(|| Error::internal("chain row missing"))?;
    let canonical = canonical_bytes(row, postings, links)?;
    let mac = mac(key, &head, &canonical);
    q::insert_seal(conn, row.seq, &mac)?;
    let count = count
        .checked_add(1)
        .ok_or_else(|| Error::internal("chain overflow"))?;
    q::set_chain(conn, count, &mac, &head_mac(key, count, &mac))
}

/// The canonical bytes of a stored transaction, read back from the database.
pub fn stored_canonical(conn: &Connection, row: &TxRow) -> Result<Vec<u8>> {
    let mut postings = q::postings_of(conn, row.seq)?;
    postings.sort();
    let mut links: Vec<(String, String)> = q::links_from(conn, row.seq)?
        .into_iter()
        .map(|l| (l.kind, l.other_id))
        .collect();
    links.sort();
    canonical_bytes(row, &postings, &links)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(limit_minor: Option<i64>) -> TxRow {
        TxRow {
            seq: 1,
            id: "tx_1".into(),
            kind: "payment".into(),
            status: "succeeded".into(),
            amount_minor: 100,
            currency: "CNY".into(),
            fee_minor: 0,
            created_at_ms: 0,
            available_at_ms: None,
            merchant_id: Some("mer_1".into()),
            source_id: None,
            order_id: None,
            memo: None,
            reason: None,
            data: "{}".into(),
            limit_minor,
        }
    }

    #[test]
    fn rows_without_limit_usage_keep_their_old_canonical_bytes() {
        let old = canonical_bytes(&row(None), &[], &[]).unwrap();
        let text = String::from_utf8(old).unwrap();
        assert!(!text.contains("limit_minor"), "{text}");
        assert!(text.ends_with(r#""postings":[],"links":[]}"#), "{text}");
        let new = canonical_bytes(&row(Some(100)), &[], &[]).unwrap();
        let text = String::from_utf8(new).unwrap();
        assert!(text.ends_with(r#""links":[],"limit_minor":100}"#), "{text}");
    }
}
