//! One model of a transaction. The fields every form of a transaction shares (kind, status,
//! amounts, currency, fee, times, merchant/source/order ids, memo, reason, data, what it counts
//! against the limits) are declared once, in [`TxFields`], in one of two forms:
//!
//! - [`Typed`]: what code builds, with enums, a currency, timestamps and the data as a JSON value
//!   (the input of `ledger::record`, [`crate::ledger::NewTransaction`]);
//! - [`Stored`]: what the `transactions` table holds and the seal covers, as text and
//!   milliseconds, read back without judging it (a tampered row must still reach `verify`).
//!
//! Everything else is composed from it: `NewTransaction` is typed fields with postings and
//! links; `store::ledger::TxRow` is stored fields with the row's seq and id; the sealed bytes are
//! written from a `TxRow` (`seal::canonical_bytes`); the view is built from a `TxRow`
//! (`view::build`). Both wrappers deref to their fields (`tx.memo`, `row.kind`).
//!
//! A new column is a field here, its line in [`TxFields::stored`], and the SQL that moves it
//! (`TX_COLUMNS`, `tx_from_row`, `insert_tx`); the compiler finds the rest. It joins the sealed
//! bytes only as `limit_minor` did: written after the others and only when set, so that every
//! existing seal keeps its bytes.

use std::fmt::Debug;

use jiff::Timestamp;

use crate::clock;
use crate::ledger::{Kind, Status};
use crate::money::Currency;

/// The types one form of [`TxFields`] uses.
pub trait Form {
    type Kind: Debug + Clone + PartialEq;
    type Status: Debug + Clone + PartialEq;
    type Currency: Debug + Clone + PartialEq;
    /// A point in time.
    type Time: Debug + Clone + PartialEq;
    /// Items, FX quote, failure details, risk decision: a JSON object.
    type Data: Debug + Clone + PartialEq;
}

/// Typed fields: a transaction as code builds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Typed;

impl Form for Typed {
    type Kind = Kind;
    type Status = Status;
    type Currency = Currency;
    type Time = Timestamp;
    type Data = serde_json::Value;
}

/// Stored fields: a transaction as its row holds it and the seal covers it (times in ms since
/// the epoch, the data as the JSON text that was written).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stored;

impl Form for Stored {
    type Kind = String;
    type Status = String;
    type Currency = String;
    type Time = i64;
    type Data = String;
}

/// The fields every form of a transaction shares, declared once.
#[derive(Debug, Clone, PartialEq)]
pub struct TxFields<F: Form> {
    pub kind: F::Kind,
    /// The status it was recorded with (the derived status lives in `tx_status`).
    pub status: F::Status,
    pub amount_minor: i64,
    pub currency: F::Currency,
    pub fee_minor: i64,
    pub created_at: F::Time,
    /// When a pending top-up or transfer is due to settle.
    pub available_at: Option<F::Time>,
    pub merchant_id: Option<String>,
    pub source_id: Option<String>,
    pub order_id: Option<String>,
    pub memo: Option<String>,
    /// The error code of a failure or decline.
    pub reason: Option<String>,
    pub data: F::Data,
    /// What this counts against the spending limits (base currency, minor units), if anything.
    pub limit_minor: Option<i64>,
}

impl Eq for TxFields<Stored> {}

impl TxFields<Typed> {
    /// Fields with no optional parts.
    pub fn new(
        kind: Kind,
        status: Status,
        amount_minor: i64,
        currency: Currency,
        at: Timestamp,
    ) -> Self {
        TxFields {
            kind,
            status,
            amount_minor,
            currency,
            fee_minor: 0,
            created_at: at,
            available_at: None,
            merchant_id: None,
            source_id: None,
            order_id: None,
            memo: None,
            reason: None,
            data: serde_json::Value::Object(serde_json::Map::new()),
            limit_minor: None,
        }
    }

    /// The fields as they are stored and sealed.
    pub fn stored(&self) -> TxFields<Stored> {
        TxFields {
            kind: self.kind.as_str().to_string(),
            status: self.status.as_str().to_string(),
            amount_minor: self.amount_minor,
            currency: self.currency.code().to_string(),
            fee_minor: self.fee_minor,
            created_at: clock::to_ms(self.created_at),
            available_at: self.available_at.map(clock::to_ms),
            merchant_id: self.merchant_id.clone(),
            source_id: self.source_id.clone(),
            order_id: self.order_id.clone(),
            memo: self.memo.clone(),
            reason: self.reason.clone(),
            data: self.data.to_string(),
            limit_minor: self.limit_minor,
        }
    }
}
