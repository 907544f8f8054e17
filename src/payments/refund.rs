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

/// Record the refund inside the caller's write transaction, checking the plan again, and show
/// it.
pub fn execute(
    conn: &Connection,
    key: &WalletKey,
    payment_id: &str,
    amount: Money,
    reason: Option<String>,
    now: Timestamp,
) -> Result<TxView> {
    let recorded = record(conn, key, payment_id, amount, reason, now)?;
    load_seq(conn, recorded.seq)
}

/// [`execute`] without reading the refund back (`sandbox generate` records many).
pub fn record(
    conn: &Connection,
    key: &WalletKey,
    payment_id: &str,
    amount: Money,
    reason: Option<String>,
    now: Timestamp,
) -> Result<ledger::Recorded> {
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
    tx.postings = vec![Posting {
        account: account::merchant(&merchant_id),
        currency,
        amount_minor: -plan.amount.minor(),
    }];
    let back = converted_back(&plan)?;
    match &back {
        // A converted payment's refund goes back to the balance the money left, through the
        // exchange's accounts.
        Some(back) => tx.postings.extend([
            Posting {
                account: account::fx(currency),
                currency,
                amount_minor: plan.amount.minor(),
            },
            Posting {
                account: account::fx(back.amount.currency()),
                currency: back.amount.currency(),
                amount_minor: -back.amount.minor(),
            },
            Posting {
                account: account::wallet(back.amount.currency()),
                currency: back.amount.currency(),
                amount_minor: back.amount.minor(),
            },
        ]),
        None => tx.postings.push(Posting {
            account: account::wallet(currency),
            currency,
            amount_minor: plan.amount.minor(),
        }),
    }
    tx.links = vec![(plan.payment.id.clone(), LinkKind::Refunds)];
    let merchant_name = plan
        .payment
        .extra
        .get("merchant_name")
        .cloned()
        .unwrap_or_default();
    tx.data = json!({ "merchant_name": merchant_name, "reason": reason });
    if let Some(back) = back {
        tx.data["fx"] = back.json;
    }
    ledger::record(conn, key, &tx)
}

/// What a refund of a converted payment gives back in the currency the money left.
struct Back {
    amount: Money,
    json: serde_json::Value,
}

/// The rule for refunds of converted payments: the money goes back to the balance it left (the
/// quote's `from` currency), at the original quote, in proportion: a refund of `r` of the
/// payment's `to_amount` returns `r / to_amount` of what converted (`from_amount` less the
/// spread, which was the conversion's fee and is not returned). Rounded half away from zero on
/// the running total, so partial refunds together never return more than a full one would.
fn converted_back(plan: &RefundPlan) -> Result<Option<Back>> {
    let Some(fx) = plan.payment.extra.get("fx") else {
        return Ok(None);
    };
    let text = |k: &str| {
        fx.get(k)
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default()
    };
    let from = Currency::parse(text("from"))?;
    let to = Currency::parse(text("to"))?;
    if from == to || to != plan.amount.currency() {
        return Ok(None);
    }
    let net = parse_amount(text("from_amount"), from)?.minor()
        - parse_minor_or_zero(text("spread"), from)?;
    let to_amount = parse_amount(text("to_amount"), to)?.minor();
    let paid = plan.payment.amount_minor;
    let before = paid - plan.refundable_after.minor() - plan.amount.minor();
    let share = |refunded: i64| -> Result<i64> {
        proportion(net, refunded, to_amount).ok_or_else(|| Error::internal("refund overflow"))
    };
    let back_minor = share(before + plan.amount.minor())? - share(before)?;
    let amount = Money::from_minor(back_minor.max(0), from);
    let json = json!({
        "from": to.code(),
        "to": from.code(),
        // The original rate turned round (1 TO = 1/rate FROM), to 6 decimals for reading; the
        // amount itself follows the quote's amounts, above.
        "rate": inverse_rate(text("rate")),
        "rate_date": text("rate_date"),
        "spread_percent": "0",
        "spread": Money::zero(to).to_string(),
        "from_amount": plan.amount.to_string(),
        "to_amount": amount.to_string(),
        "refund_of_quote": true,
    });
    Ok(Some(Back { amount, json }))
}

/// `1 / rate` to six decimals, for the receipt (empty when the rate is not a number).
fn inverse_rate(rate: &str) -> String {
    use std::str::FromStr;
    rust_decimal::Decimal::from_str(rate)
        .ok()
        .filter(|r| !r.is_zero())
        .and_then(|r| rust_decimal::Decimal::ONE.checked_div(r))
        .map(|r| crate::fx::format_rate(r.round_dp(6).normalize()))
        .unwrap_or_default()
}

/// An amount as stored, zero when empty.
fn parse_minor_or_zero(text: &str, currency: Currency) -> Result<i64> {
    if text.trim_start_matches(['0', '.']).is_empty() {
        return Ok(0);
    }
    Ok(parse_amount(text, currency)?.minor())
}

/// `total × part / whole`, rounded half away from zero.
fn proportion(total: i64, part: i64, whole: i64) -> Option<i64> {
    if whole <= 0 {
        return None;
    }
    let product = i128::from(total) * i128::from(part);
    let whole = i128::from(whole);
    let rounded = (product * 2 + whole) / (whole * 2);
    i64::try_from(rounded).ok()
}

#[cfg(test)]
mod tests {
    use super::proportion;

    #[test]
    fn partial_refunds_never_return_more_than_a_full_one() {
        assert_eq!(proportion(35_000, 5_000, 5_000), Some(35_000));
        assert_eq!(proportion(3, 1, 2), Some(2));
        // Two halves: the running total rounds once, so 2 + 1 = 3, not 2 + 2.
        let first = proportion(3, 1, 2).unwrap();
        let second = proportion(3, 2, 2).unwrap() - first;
        assert_eq!(first + second, 3);
        assert_eq!(proportion(1, 0, 7), Some(0));
        assert_eq!(proportion(1, 1, 0), None);
    }
}
