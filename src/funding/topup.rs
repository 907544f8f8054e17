//! The top-up pipeline, in CLI.md's order: arguments → idempotency replay → unlock → frozen →
//! maintenance → source → confirmation → rail. Checks run before the confirmation (see
//! [`quote`]) and again inside the write transaction (see [`execute`]), which records the
//! outcome, success or failure, durably and exactly once per idempotency key.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::Connection;
use serde_json::json;

use super::rail::{rail_for, Charge, Rail, RailState};
use super::settlement::next_business_day_10am;
use super::source::{active, view, SourceView};
use super::{fee_bp, fee_minor, SourceKind};
use crate::auth::vault::WalletKey;
use crate::error::{Code, Error, Result};
use crate::ledger::view::{load_seq, Executed, TxView};
use crate::ledger::{account, Kind, LinkKind, NewTransaction, Posting, Status};
use crate::ledger::{idempotency, sealed};
use crate::money::{Currency, Money};
use crate::store::sources::{self as sq, SourceRow};

/// The idempotency kind of top-ups.
pub const IDEMPOTENCY_KIND: &str = "topup";

/// What the user asked for.
#[derive(Debug, Clone)]
pub enum TopupRequest {
    /// `topup AMOUNT [--currency CUR] --source ID`; the amount is still text until the source's
    /// currency is known.
    New {
        amount: String,
        currency: Option<Currency>,
        source_id: String,
    },
    /// `topup --retry TXID`.
    Retry { tx_id: String },
}

/// A request resolved against the wallet: what would be charged where.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub amount: Money,
    pub source: SourceRow,
    pub retry_of: Option<String>,
}

/// What the confirmation shows: the source, the amount, the fee and when it arrives.
#[derive(Debug, Clone)]
pub struct Quote {
    pub source: SourceView,
    pub amount: Money,
    pub fee: Money,
    pub charged: Money,
    /// When the money becomes available, for pending (bank) top-ups.
    pub available_at: Option<Timestamp>,
}

/// Resolve the request: parse the amount in the source's currency, or load the failed top-up.
pub fn resolve(conn: &Connection, request: &TopupRequest) -> Result<Resolved> {
    match request {
        TopupRequest::New {
            amount,
            currency,
            source_id,
        } => {
            let source = crate::store::sources::get(conn, source_id)?.ok_or_else(|| {
                Error::new(Code::NotFound, "err.source.not_found").arg_detail("id", source_id)
            })?;
            let source_currency = Currency::parse(&source.currency)?;
            if let Some(c) = currency.filter(|c| *c != source_currency) {
                return Err(Error::invalid("err.topup.currency_mismatch")
                    .arg("currency", c.code())
                    .arg("source_currency", source_currency.code())
                    .detail("field", "currency"));
            }
            let amount = crate::money::parse_amount(amount, source_currency)?;
            Ok(Resolved {
                amount,
                source,
                retry_of: None,
            })
        }
        TopupRequest::Retry { tx_id } => {
            let tx = load_retry_target(conn, tx_id)?;
            let source_id = tx.source.clone().unwrap_or_default();
            let source = crate::store::sources::get(conn, &source_id)?.ok_or_else(|| {
                Error::new(Code::NotFound, "err.source.not_found").arg_detail("id", &source_id)
            })?;
            let currency = Currency::parse(&tx.currency)?;
            Ok(Resolved {
                amount: Money::from_minor(tx.amount_minor, currency),
                source,
                retry_of: Some(tx.id),
            })
        }
    }
}

fn load_retry_target(conn: &Connection, tx_id: &str) -> Result<TxView> {
    let tx = crate::ledger::view::load(conn, tx_id)?;
    if tx.kind != Kind::Topup.as_str() {
        return Err(
            Error::new(Code::InvalidState, "err.topup.retry_not_topup").arg_detail("id", tx_id)
        );
    }
    if tx.status != Status::Failed.as_str() {
        return Err(Error::new(Code::InvalidState, "err.topup.retry_not_failed")
            .arg_detail("id", tx_id)
            .arg_detail("status", &tx.status));
    }
    // A failed top-up that a retry already made good is not retried again: that would charge
    // twice. Retry the latest attempt instead, if it failed too.
    for link in tx
        .links
        .iter()
        .filter(|l| l.kind == LinkKind::Retries.inverse_str())
    {
        let attempt = crate::ledger::view::load(conn, &link.id)?;
        if attempt.status != Status::Failed.as_str() {
            return Err(Error::new(Code::InvalidState, "err.topup.retry_done")
                .arg_detail("id", tx_id)
                .arg_detail("retry_id", &attempt.id));
        }
    }
    Ok(tx)
}

/// The request in canonical form, for the idempotency hash: amounts normalised, so `100` and
/// `100.00` are the same request.
pub fn canonical(resolved: &Resolved) -> serde_json::Value {
    match &resolved.retry_of {
        Some(id) => json!({"retry": id}),
        None => json!({
            "amount": resolved.amount.to_string(),
            "currency": resolved.amount.currency().code(),
            "source": resolved.source.id,
        }),
    }
}

/// A replayed outcome for an idempotency key, if the same request ran before.
pub fn replay(
    conn: &Connection,
    wallet_key: Option<&WalletKey>,
    key: &str,
    hash: &[u8; 32],
) -> Result<Option<Executed>> {
    idempotency::replay(conn, wallet_key, IDEMPOTENCY_KIND, key, hash, failure_of)
}

/// The error a recorded failed top-up stands for.
fn failure_of(tx: &TxView) -> Option<Error> {
    let code = tx.extra.get("failure")?.get("code")?.as_str()?;
    let code = Code::ALL.into_iter().find(|c| c.as_str() == code)?;
    Some(failure_error(
        code,
        &tx.id,
        tx.source.as_deref().unwrap_or_default(),
    ))
}

/// The error of a failed top-up, with its message key and the transaction to retry.
pub fn failure_error(code: Code, tx_id: &str, source_id: &str) -> Error {
    let key = match code {
        Code::SourceDeclined => "err.topup.source_declined",
        Code::SourceInsufficientFunds => "err.topup.source_insufficient_funds",
        Code::InvalidSourceDetails => "err.topup.invalid_source_details",
        Code::SourceExpired => "err.topup.source_expired",
        Code::RailUnavailable => "err.topup.rail_unavailable",
        _ => "err.topup.failed",
    };
    Error::new(code, key)
        .arg_detail("transaction_id", tx_id)
        .arg_detail("source", source_id)
}

/// The checks that need the wallet's state: not frozen, not in maintenance.
pub fn check_open(conn: &Connection) -> Result<()> {
    let (frozen, maintenance) = sq::wallet_flags(conn)?;
    if frozen {
        return Err(Error::new(Code::Frozen, "err.frozen"));
    }
    if maintenance {
        // A window that has not started yet, or has ended, lets money move.
        if let Some(refusal) = crate::support::maintenance::refusal_now(conn)? {
            return Err(refusal);
        }
    }
    Ok(())
}

/// Everything checked before the confirmation, and the figures it shows.
pub fn quote(
    conn: &Connection,
    resolved: &Resolved,
    now: Timestamp,
    zone: &TimeZone,
) -> Result<Quote> {
    check_open(conn)?;
    let source = active(conn, &resolved.source.id)?;
    let kind = SourceKind::parse(&source.kind)?;
    let currency = resolved.amount.currency();
    let bp = fee_bp(
        kind,
        source.card_type.as_deref(),
        source.provider.as_deref(),
    );
    let fee = Money::from_minor(fee_minor(resolved.amount.minor(), bp)?, currency);
    let charged = resolved.amount.checked_add(fee)?;
    let available_at = (kind == SourceKind::Bank).then(|| next_business_day_10am(now, zone));
    Ok(Quote {
        source: view(&source)?,
        amount: resolved.amount,
        fee,
        charged,
        available_at,
    })
}

/// Run the top-up inside the caller's write transaction: settle what is due, replay a key that
/// another process used meanwhile, check again, ask the rail, and record the outcome.
pub fn execute(
    conn: &Connection,
    key: &WalletKey,
    resolved: &Resolved,
    idempotency_key: Option<(&str, &[u8; 32])>,
    now: Timestamp,
    zone: &TimeZone,
) -> Result<Executed> {
    if let Some((k, hash)) = idempotency_key {
        if let Some(replayed) = replay(conn, Some(key), k, hash)? {
            return Ok(replayed);
        }
    }
    if let Some(id) = &resolved.retry_of {
        load_retry_target(conn, id)?;
    }
    let q = quote(conn, resolved, now, zone)?;
    let source = active(conn, &resolved.source.id)?;
    // What the rail is told about the source, and whether the rail is down, must be sealed.
    sealed::check(conn, key, &sealed::SOURCES, &[&source.id])?;
    let kind = SourceKind::parse(&source.kind)?;
    sealed::check(conn, key, &sealed::RAILS_DOWN, &[&kind.as_str()])?;
    let state = RailState {
        down: sq::rail_down(conn, kind.as_str())?,
        now,
    };
    let outcome = rail_for(kind).charge(&source, q.charged.minor(), state, zone);
    let currency = q.amount.currency();
    let status = match &outcome {
        Charge::Completed => Status::Succeeded,
        Charge::Pending { .. } => Status::Pending,
        Charge::Failed(_) => Status::Failed,
    };
    let mut tx = NewTransaction::new(Kind::Topup, status, q.amount.minor(), currency, now);
    tx.source_id = Some(source.id.clone());
    tx.fee_minor = q.fee.minor();
    let mut data = json!({
        "charged_minor": q.charged.minor(),
        "source_masked": source.masked,
        "fee_percent": q.source.fee_percent,
    });
    let leg = |account: String, amount_minor: i64| Posting {
        account,
        currency,
        amount_minor,
    };
    match &outcome {
        Charge::Completed => {
            tx.postings = vec![
                leg(account::external(&source.id), -q.charged.minor()),
                leg(account::wallet(currency), q.amount.minor()),
                leg(account::fees(currency), q.fee.minor()),
            ];
        }
        Charge::Pending { available_at } => {
            tx.available_at = Some(*available_at);
            tx.postings = vec![
                leg(account::external(&source.id), -q.charged.minor()),
                leg(account::pending(currency), q.amount.minor()),
                leg(account::fees(currency), q.fee.minor()),
            ];
        }
        Charge::Failed(code) => {
            // Nothing left the source: no `charged`.
            if let Some(map) = data.as_object_mut() {
                map.remove("charged_minor");
            }
            tx.reason = Some(code.as_str().to_string());
            data["failure"] = json!({"code": code.as_str()});
        }
    }
    // A temporary failure leaves the key free: only a final outcome names it.
    let temporary = matches!(outcome, Charge::Failed(Code::RailUnavailable));
    tx.data = data;
    if let Some(id) = &resolved.retry_of {
        tx.links = vec![(id.clone(), LinkKind::Retries)];
    }
    let keyed = idempotency_key.filter(|_| !temporary);
    let recorded = idempotency::record_keyed(conn, key, &mut tx, IDEMPOTENCY_KIND, keyed)?;
    if !matches!(outcome, Charge::Failed(_)) {
        let left = source.sim_balance_minor.saturating_sub(q.charged.minor());
        sq::set_sim_balance(conn, &source.id, left)?;
        sealed::reseal(conn, key, &sealed::SOURCES, &[&source.id])?;
    }
    let view = load_seq(conn, recorded.seq)?;
    let failure = match outcome {
        Charge::Failed(code) => Some(failure_error(code, &view.id, &source.id)),
        _ => None,
    };
    Ok(Executed { tx: view, failure })
}
