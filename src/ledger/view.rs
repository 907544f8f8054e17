//! The read model of one transaction: the stored row, its derived status, postings and links,
//! shaped as CLI.md's transaction object (amounts as strings with the currency's digits, times
//! in UTC RFC 3339).

use rusqlite::Connection;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::clock;
use crate::error::{Code, Error, Result};
use crate::ledger::model::TxFields;
use crate::ledger::{LinkKind, Status};
use crate::money::{format_minor, Currency};
use crate::store::ledger::{self as q, TxRow};

/// A link as shown: how this transaction relates to the other one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkView {
    /// `settles`, `returns`, `refunds`, `retries`, or seen from the other side `settled_by`,
    /// `returned_by`, `refunded_by`, `retried_by`.
    #[serde(rename = "type")]
    pub kind: String,
    pub id: String,
}

/// One posting as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PostingView {
    pub account: String,
    pub currency: String,
    pub amount: String,
}

/// A transaction as every command shows it.
#[derive(Debug, Clone, Serialize)]
pub struct TxView {
    pub id: String,
    pub kind: String,
    pub status: String,
    pub amount: String,
    pub currency: String,
    pub fee: String,
    pub created_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub charged: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merchant: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memo: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refunded: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<LinkView>,
    /// Items, fx, failure, decline, risk and other kind-specific fields, flattened in.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub postings: Vec<PostingView>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub replayed: bool,
    /// Internal: the chain position, for ordering.
    #[serde(skip)]
    pub seq: i64,
    /// Internal: the amount in minor units.
    #[serde(skip)]
    pub amount_minor: i64,
    /// Internal: when it was recorded, ms since the epoch.
    #[serde(skip)]
    pub created_at_ms: i64,
}

impl TxView {
    /// The derived status.
    pub fn status(&self) -> Option<Status> {
        Status::parse(&self.status)
    }
}

/// The outcome of a money movement: the recorded transaction, and the error when it was
/// refused (a decline or a failure, which is recorded too).
pub struct Executed {
    pub tx: TxView,
    pub failure: Option<Error>,
}

/// Shape a row, its derived status and (optionally) its postings and links.
pub fn build(row: TxRow, status: &str, refunded_minor: i64) -> Result<TxView> {
    let TxRow { seq, id, fields } = row;
    let TxFields {
        kind,
        status: _,
        amount_minor,
        currency: code,
        fee_minor,
        created_at,
        available_at,
        merchant_id,
        source_id,
        order_id,
        memo,
        reason: _,
        data,
        limit_minor: _,
    } = fields;
    let currency = Currency::parse(&code)?;
    let mut extra = match serde_json::from_str::<Value>(&data) {
        Ok(Value::Object(map)) => map,
        _ => return Err(Error::new(Code::IntegrityError, "err.ledger.bad_data").arg("id", &id)),
    };
    // One story per outcome: a top-up that failed or came back charged nothing, whatever the
    // rail quoted when it was made.
    let charged = extra
        .remove("charged_minor")
        .as_ref()
        .and_then(Value::as_i64)
        .filter(|_| !matches!(status, "failed" | "declined"))
        .map(|m| format_minor(m, currency));
    // The key a script chose is shown; the request hash kept beside it for checking is not.
    if let Some(idempotency) = extra.remove("idempotency") {
        if let Some(key) = idempotency.get("key") {
            extra.insert("idempotency_key".to_string(), key.clone());
        }
    }
    Ok(TxView {
        id,
        kind,
        status: status.to_string(),
        amount: format_minor(amount_minor, currency),
        currency: code,
        fee: format_minor(fee_minor, currency),
        created_at: clock::rfc3339(clock::from_ms(created_at)?),
        charged,
        merchant: merchant_id,
        source: source_id,
        order_id,
        memo,
        available_at: available_at
            .map(clock::from_ms)
            .transpose()?
            .map(clock::rfc3339),
        refunded: (refunded_minor > 0).then(|| format_minor(refunded_minor, currency)),
        links: Vec::new(),
        extra,
        postings: Vec::new(),
        replayed: false,
        seq,
        amount_minor,
        created_at_ms: created_at,
    })
}

/// One transaction in full: row, derived status, postings and links both ways.
pub fn load(conn: &Connection, id: &str) -> Result<TxView> {
    let row = q::tx_by_id(conn, id)?
        .ok_or_else(|| Error::new(Code::NotFound, "err.tx.not_found").arg_detail("id", id))?;
    load_row(conn, row)
}

/// One transaction in full, by seq.
pub fn load_seq(conn: &Connection, seq: i64) -> Result<TxView> {
    let row = q::tx_by_seq(conn, seq)?
        .ok_or_else(|| Error::internal(format!("no transaction #{seq}")))?;
    load_row(conn, row)
}

/// A transaction the caller recorded in this write transaction, in full: [`load_seq`] without
/// the two reads that cannot find anything yet (nothing links to a transaction this new: a link
/// points back at an earlier one, so its derived status is the one it was recorded with).
pub fn load_recorded(conn: &Connection, seq: i64) -> Result<TxView> {
    let row = q::tx_by_seq(conn, seq)?
        .ok_or_else(|| Error::internal(format!("no transaction #{seq}")))?;
    let status = row.status.clone();
    let mut view = build(row, &status, 0)?;
    add_links_from(conn, seq, &mut view)?;
    add_postings(conn, seq, &mut view)?;
    Ok(view)
}

/// A transaction the caller has just recorded, shaped from what it recorded instead of read
/// back: the row as [`crate::ledger::record`] stored it (the same stored fields, parsed the same
/// way), its postings merged and ordered as stored, its own links in chain order (ids sort in
/// chain order). The same view as [`load_recorded`] (a unit test compares the two for every
/// kind), without its three reads.
pub fn recorded(new: &super::NewTransaction, recorded: &super::Recorded) -> Result<TxView> {
    let row = TxRow {
        seq: recorded.seq,
        id: recorded.id.clone(),
        fields: new.fields.stored(),
    };
    let status = row.status.clone();
    let mut view = build(row, &status, 0)?;
    let mut links: Vec<&(String, LinkKind)> = new.links.iter().collect();
    links.sort_by(|a, b| a.0.cmp(&b.0));
    for (id, kind) in links {
        view.links.push(LinkView {
            kind: kind.as_str().to_string(),
            id: id.clone(),
        });
    }
    for p in super::merged(&new.postings)? {
        view.postings.push(PostingView {
            account: p.account,
            currency: p.currency.code().to_string(),
            amount: format_minor(p.amount_minor, p.currency),
        });
    }
    Ok(view)
}

fn load_row(conn: &Connection, row: TxRow) -> Result<TxView> {
    let seq = row.seq;
    let (status, refunded) = q::status_of(conn, seq)?.unwrap_or_else(|| (row.status.clone(), 0));
    let mut view = build(row, &status, refunded)?;
    add_links_from(conn, seq, &mut view)?;
    for link in q::links_to(conn, seq)? {
        let parsed = LinkKind::parse(&link.kind);
        if parsed == Some(LinkKind::Returns) {
            let reason = q::tx_by_seq(conn, link.other_seq)?.and_then(|t| t.fields.reason);
            if let Some(code) = reason {
                view.extra
                    .insert("failure".to_string(), serde_json::json!({ "code": code }));
            }
        }
        let kind = parsed.map_or("linked_by", LinkKind::inverse_str);
        view.links.push(LinkView {
            kind: kind.to_string(),
            id: link.other_id,
        });
    }
    add_postings(conn, seq, &mut view)?;
    Ok(view)
}

/// The transaction's own links (to earlier transactions), first in its view's links.
fn add_links_from(conn: &Connection, seq: i64, view: &mut TxView) -> Result<()> {
    for link in q::links_from(conn, seq)? {
        view.links.push(LinkView {
            kind: link.kind,
            id: link.other_id,
        });
    }
    Ok(())
}

fn add_postings(conn: &Connection, seq: i64, view: &mut TxView) -> Result<()> {
    for (account, currency, amount) in q::postings_of(conn, seq)? {
        let c = Currency::parse(&currency)?;
        view.postings.push(PostingView {
            account,
            currency,
            amount: format_minor(amount, c),
        });
    }
    Ok(())
}
