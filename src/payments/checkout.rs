//! The checkout, stage by stage in CLI.md's order: arguments → idempotency replay → unlock →
//! frozen → maintenance → merchant → duplicate order → FX quote → limits → risk → balance →
//! confirmation → write. Each stage is a function of its own; [`evaluate`] runs the ones after
//! the merchant is known, both before the confirmation ([`quote`]) and again inside the write
//! transaction ([`execute`]), so two processes can never overspend.

use jiff::Timestamp;
use rusqlite::Connection;
use serde_json::{json, Map, Value};

use super::merchant::{self, takes, MerchantView};
use super::request::PaymentRequest;
use crate::auth::vault::WalletKey;
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::funding::rail::Settlement;
use crate::funding::settlement::{due, settle_due};
use crate::funding::topup::check_open;
use crate::ledger::view::{load_seq, Executed, TxView};
use crate::ledger::{self, account, Kind, NewTransaction, Posting, Status};
use crate::ledger::{idempotency, sealed};
use crate::money::Money;
use crate::store::ledger as lq;
use crate::store::merchants::{self as mq, MerchantRow};

/// The idempotency kind of payments.
pub const IDEMPOTENCY_KIND: &str = "pay";

/// Options of a payment that are not part of the request itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct PayOptions {
    pub allow_duplicate: bool,
}

/// What the confirmation shows.
#[derive(Debug, Clone)]
pub struct Quote {
    pub merchant: MerchantView,
    pub amount: Money,
    pub fee: Money,
    pub balance_before: Money,
    pub balance_after: Money,
}

/// The verdict of the checks: go ahead, or decline with a code and details.
#[derive(Debug, Clone)]
pub enum Verdict {
    Go {
        balance_before: Money,
    },
    Decline {
        code: Code,
        details: Map<String, Value>,
    },
}

/// Stage: the merchant accepts okpay, is not blocked, and takes the currency.
pub fn check_merchant(m: &MerchantRow, amount: Money) -> Option<(Code, Map<String, Value>)> {
    let mut details = Map::new();
    details.insert("merchant".into(), json!(m.name));
    if !m.accepts_okpay {
        return Some((Code::MerchantNotAccepting, details));
    }
    if m.blocked {
        return Some((Code::MerchantBlocked, details));
    }
    if !takes(m, amount.currency()) {
        details.insert("currency".into(), json!(amount.currency().code()));
        let accepted: Vec<&str> = m.currencies.split(',').filter(|c| !c.is_empty()).collect();
        details.insert("accepted".into(), json!(accepted));
        return Some((Code::CurrencyNotSupported, details));
    }
    None
}

/// Stage: an order already paid at this merchant is refused with that payment's id.
pub fn check_duplicate(
    conn: &Connection,
    m: &MerchantRow,
    req: &PaymentRequest,
    opts: PayOptions,
) -> Result<()> {
    let (Some(order), false) = (&req.order_id, opts.allow_duplicate) else {
        return Ok(());
    };
    if m.id.is_empty() {
        return Ok(());
    }
    match mq::paid_order(conn, &m.id, order)? {
        Some(tx_id) => Err(Error::new(Code::AlreadyExists, "err.pay.duplicate_order")
            .arg_detail("order_id", order)
            .arg_detail("transaction_id", tx_id)),
        None => Ok(()),
    }
}

/// Stage: the FX quote. Payments are made from the balance in the payment's currency;
/// conversion between balances is a separate feature, so there is nothing to quote here yet.
pub fn quote_fx(amount: Money) -> Money {
    amount
}

/// The available balance in a currency, counting transfers that settle by `now`.
pub fn available(
    conn: &Connection,
    currency: crate::money::Currency,
    now: Timestamp,
) -> Result<Money> {
    let mut minor = lq::balance_of(conn, &account::wallet(currency), currency.code())?;
    for d in due(conn, now)? {
        if d.row.currency == currency.code() && d.outcome == Settlement::Settled {
            minor = minor.saturating_add(d.row.amount_minor);
        }
    }
    Ok(Money::from_minor(minor, currency))
}

/// Stage: the balance covers the payment; otherwise `insufficient_funds` with what is missing.
pub fn check_balance(balance: Money, debit: Money) -> Option<(Code, Map<String, Value>)> {
    if balance.minor() >= debit.minor() {
        return None;
    }
    let missing = Money::from_minor(debit.minor() - balance.minor(), debit.currency());
    let mut details = Map::new();
    details.insert("missing".into(), json!(missing.to_string()));
    details.insert("currency".into(), json!(debit.currency().code()));
    details.insert("available".into(), json!(balance.to_string()));
    Some((Code::InsufficientFunds, details))
}

/// The stages after the merchant is known: duplicate order, FX, limits, risk, balance.
pub fn evaluate(
    conn: &Connection,
    m: &MerchantRow,
    req: &PaymentRequest,
    opts: PayOptions,
    now: Timestamp,
) -> Result<Verdict> {
    if let Some((code, details)) = check_merchant(m, req.amount) {
        return Ok(Verdict::Decline { code, details });
    }
    check_duplicate(conn, m, req, opts)?;
    let debit = quote_fx(req.amount);
    // Spending limits and risk monitoring slot in here, in this order, as stages of their own.
    let balance = available(conn, debit.currency(), now)?;
    if let Some((code, details)) = check_balance(balance, debit) {
        return Ok(Verdict::Decline { code, details });
    }
    Ok(Verdict::Go {
        balance_before: balance,
    })
}

/// The checks before the confirmation, read-only: frozen, maintenance, merchant, and
/// [`evaluate`]. A decline here is recorded by running [`execute`], which finds it again.
pub fn quote(
    conn: &Connection,
    req: &PaymentRequest,
    opts: PayOptions,
    now: Timestamp,
) -> Result<(Verdict, Option<Quote>)> {
    check_open(conn)?;
    let m = merchant::for_payment(conn, &req.merchant, now, false)?;
    let verdict = evaluate(conn, &m, req, opts, now)?;
    let quote = match &verdict {
        Verdict::Go { balance_before } => {
            let mut view = if m.id.is_empty() {
                merchant_preview(&m)
            } else {
                merchant::view(conn, &m)?
            };
            view.new = view.new || m.id.is_empty();
            Some(Quote {
                merchant: view,
                amount: req.amount,
                fee: Money::zero(req.amount.currency()),
                balance_before: *balance_before,
                balance_after: balance_before.checked_sub(req.amount)?,
            })
        }
        Verdict::Decline { .. } => None,
    };
    Ok((verdict, quote))
}

fn merchant_preview(m: &MerchantRow) -> MerchantView {
    MerchantView {
        id: String::new(),
        name: m.name.clone(),
        accepts_okpay: true,
        category: None,
        currencies: Vec::new(),
        blocked: false,
        new: true,
        origin: "payment".into(),
        created_at: String::new(),
    }
}

/// A replayed outcome for an idempotency key, if the same request ran before.
pub fn replay(
    conn: &Connection,
    wallet_key: Option<&WalletKey>,
    key: &str,
    hash: &[u8; 32],
) -> Result<Option<Executed>> {
    idempotency::replay(conn, wallet_key, IDEMPOTENCY_KIND, key, hash, decline_of)
}

fn decline_of(tx: &TxView) -> Option<Error> {
    let decline = tx.extra.get("decline")?;
    let code = decline.get("code")?.as_str()?;
    let code = Code::ALL.into_iter().find(|c| c.as_str() == code)?;
    let details = decline
        .get("details")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    Some(decline_error(code, &details, &tx.id))
}

/// The error of a declined payment, with the arguments its message and advice use.
pub fn decline_error(code: Code, details: &Map<String, Value>, tx_id: &str) -> Error {
    let key = match code {
        Code::InsufficientFunds => "err.pay.insufficient_funds",
        Code::MerchantNotAccepting => "err.pay.merchant_not_accepting",
        Code::MerchantBlocked => "err.pay.merchant_blocked",
        Code::CurrencyNotSupported => "err.pay.currency_not_supported",
        _ => "err.pay.declined",
    };
    let mut e = Error::new(code, key).arg_detail("transaction_id", tx_id);
    for (name, value) in details {
        let text = match value {
            Value::String(s) => s.clone(),
            Value::Array(a) => a
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(", "),
            other => other.to_string(),
        };
        let name: &'static str = match name.as_str() {
            "missing" => "missing",
            "currency" => "currency",
            "available" => "available",
            "merchant" => "merchant",
            "accepted" => "accepted",
            _ => "detail",
        };
        e = e.arg(name, text);
        e.details.insert(name.to_string(), value.clone());
    }
    e
}

/// Run the payment inside the caller's write transaction: settle what is due, replay a key used
/// meanwhile, run every check again, and record the payment or its decline.
pub fn execute(
    conn: &Connection,
    key: &WalletKey,
    req: &PaymentRequest,
    opts: PayOptions,
    idempotency_key: Option<(&str, &[u8; 32])>,
    now: Timestamp,
) -> Result<Executed> {
    settle_due(conn, key, now)?;
    if let Some((k, hash)) = idempotency_key {
        if let Some(replayed) = replay(conn, Some(key), k, hash)? {
            return Ok(replayed);
        }
    }
    check_open(conn)?;
    let known = mq::find(conn, &req.merchant)?.is_some();
    let m = merchant::for_payment(conn, &req.merchant, now, true)?;
    // A known merchant's flags are trusted only if sealed; a new one is sealed as registered.
    if known {
        sealed::check(conn, key, &sealed::MERCHANTS, &[&m.id])?;
    } else {
        sealed::reseal(conn, key, &sealed::MERCHANTS, &[&m.id])?;
    }
    let first_payment = !mq::has_paid(conn, &m.id)?;
    let verdict = evaluate(conn, &m, req, opts, now)?;
    let currency = req.amount.currency();
    let mut data = json!({ "merchant_name": m.name, "items": req.items_json() });
    let mut tx;
    let failure = match verdict {
        Verdict::Go { balance_before } => {
            tx = NewTransaction::new(
                Kind::Payment,
                Status::Succeeded,
                req.amount.minor(),
                currency,
                now,
            );
            let after = balance_before.checked_sub(req.amount)?;
            data["balance_after"] = json!(after.to_string());
            data["merchant_new"] = json!(first_payment);
            tx.postings = vec![
                Posting {
                    account: account::wallet(currency),
                    currency,
                    amount_minor: -req.amount.minor(),
                },
                Posting {
                    account: account::merchant(&m.id),
                    currency,
                    amount_minor: req.amount.minor(),
                },
            ];
            None
        }
        Verdict::Decline { code, details } => {
            tx = NewTransaction::new(
                Kind::Payment,
                Status::Declined,
                req.amount.minor(),
                currency,
                now,
            );
            tx.reason = Some(code.as_str().to_string());
            data["decline"] = json!({ "code": code.as_str(), "details": details });
            Some((code, details))
        }
    };
    tx.merchant_id = Some(m.id.clone());
    tx.order_id = req.order_id.clone();
    tx.memo = req.memo.clone();
    if let Some((k, hash)) = idempotency_key {
        idempotency::tag(&mut data, IDEMPOTENCY_KIND, k, hash);
    }
    tx.data = data;
    let recorded = ledger::record(conn, key, &tx)?;
    if let Some((k, hash)) = idempotency_key {
        idempotency::remember(
            conn,
            key,
            IDEMPOTENCY_KIND,
            k,
            hash,
            recorded.seq,
            clock::to_ms(now),
        )?;
    }
    let view = load_seq(conn, recorded.seq)?;
    let failure = failure.map(|(code, details)| decline_error(code, &details, &view.id));
    Ok(Executed { tx: view, failure })
}
