//! Refunds: a merchant's full or partial refund of a payment, as a new transaction linked to
//! it, back into the payment's currency, never beyond what was paid.

use jiff::Timestamp;
use rusqlite::Connection;
use serde_json::json;

use crate::auth::vault::WalletKey;
use crate::error::{Code, Error, Result};
use crate::funding::topup::check_open;
use crate::ledger::view::{load, load_seq, TxView};
use crate::ledger::{self, account, Kind, LinkKind, NewTransaction, Posting, Status};
use crate::money::{parse_amount, Currency, Money};

/// The longest refund reason.
pub const REASON_CHARS_MAX: usize = 200;

/// What a refund would do: the payment, the amount, and what stays refundable after it.
#[derive(Debug, Clone)]
pub struct RefundPlan {
    pub payment: TxView,
    pub amount: Money,
    pub refundable_after: Money,
}

/// Check a refund against the payment: it exists, is a payment that went through, and the
/// amount (default: all that is left) does not exceed what is left to refund.
pub fn plan(conn: &Connection, payment_id: &str, amount: Option<&str>) -> Result<RefundPlan> {
    let payment = load(conn, payment_id)?;
    if payment.kind != Kind::Payment.as_str() {
        return Err(
            Error::new(Code::InvalidState, "err.refund.not_payment").arg_detail("id", payment_id)
        );
    }
    // The decision uses the status derived from the sealed ledger rows, not the stored copy a
    // reader shows (an edit there must not decide a refund; the write refuses it).
    let row = crate::store::ledger::tx_by_seq(conn, payment.seq)?
        .ok_or_else(|| Error::internal("payment vanished"))?;
    let (status, refunded) = crate::ledger::status::derive(conn, &row)?;
    if !matches!(status, Status::Succeeded | Status::PartiallyRefunded) {
        return Err(Error::new(Code::InvalidState, "err.refund.not_refundable")
            .arg_detail("id", payment_id)
            .arg_detail("status", status.as_str()));
    }
    let currency = Currency::parse(&payment.currency)?;
    let left = Money::from_minor(payment.amount_minor - refunded, currency);
    let amount = match amount {
        Some(text) => parse_amount(text, currency)?,
        None => left,
    };
    if amount.minor() > left.minor() {
        return Err(Error::new(Code::InvalidState, "err.refund.too_much")
            .arg_detail("amount", amount)
            .arg_detail("refundable", left)
            .arg("currency", currency.code()));
    }
    Ok(RefundPlan {
        refundable_after: left.checked_sub(amount)?,
        payment,
        amount,
    })
}

/// Check a refund reason.
pub fn check_reason(reason: Option<String>) -> Result<Option<String>> {
    crate::text::check_optional(reason, "reason", REASON_CHARS_MAX)
}

/// Record the refund inside the caller's write transaction, checking the plan again.
pub fn execute(
    conn: &Connection,
    key: &WalletKey,
    payment_id: &str,
    amount: Money,
    reason: Option<String>,
    now: Timestamp,
) -> Result<TxView> {
    check_open(conn)?;
    let plan = plan(conn, payment_id, Some(&amount.to_string()))?;
    let currency = plan.amount.currency();
    let merchant_id = plan.payment.merchant.clone().unwrap_or_default();
    let mut tx = NewTransaction::new(
        Kind::Refund,
        Status::Succeeded,
        plan.amount.minor(),
        currency,
        now,
    );
    tx.merchant_id = Some(merchant_id.clone());
    tx.order_id = plan.payment.order_id.clone();
    tx.memo = reason.clone();
    tx.postings = vec![
        Posting {
            account: account::merchant(&merchant_id),
            currency,
            amount_minor: -plan.amount.minor(),
        },
        Posting {
            account: account::wallet(currency),
            currency,
            amount_minor: plan.amount.minor(),
        },
    ];
    tx.links = vec![(plan.payment.id.clone(), LinkKind::Refunds)];
    let merchant_name = plan
        .payment
        .extra
        .get("merchant_name")
        .cloned()
        .unwrap_or_default();
    tx.data = json!({ "merchant_name": merchant_name, "reason": reason });
    let recorded = ledger::record(conn, key, &tx)?;
    load_seq(conn, recorded.seq)
}
