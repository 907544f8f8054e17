//! Transfers out of the wallet, on the simulated bank rail: to one of the user's own bank
//! sources (a withdrawal) or to someone else's account, given as an IBAN with the holder's name.
//!
//! In CLI.md's order for payments: arguments → idempotency replay → unlock → frozen →
//! maintenance → destination → limits → risk → balance → confirmation → rail. The amount and the
//! fee leave `wallet:CUR` at once and wait in `pending_out:CUR`; at the next business day 10:00
//! in the wallet's zone a linked settlement pays them out (the amount to the external account,
//! the fee to `fees:CUR`), or, for the test account the bank returns, gives both back to
//! `wallet:CUR` with the reason.
//!
//! Fees: a transfer to one of the user's own bank sources is free; to anyone else it costs a
//! fixed [`OTHERS_FEE_UNITS`] unit of the transfer's currency (1.00 EUR, 1 JPY, 1.000 KWD).

use jiff::Timestamp;
use rusqlite::Connection;
use serde_json::{json, Map, Value};
use zeroize::Zeroizing;

use super::bank::CheckedIban;
use super::rail::{Behaviour, Settlement};
use super::settlement::next_business_day_10am;
use super::source::{active, check_name};
use super::SourceKind;
use crate::auth::vault::WalletKey;
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::fx::settings::{self as fx_settings};
use crate::ledger::view::{load_seq, Executed, TxView};
use crate::ledger::{self, account, ids, Kind, LinkKind, NewTransaction, Posting, Status};
use crate::ledger::{idempotency, sealed};
use crate::money::{Currency, Money};
use crate::payments::checkout::{
    available, check_balance, check_limits, check_risk, value_in_base, PayContext, Plan,
    RiskDecision, StageSettings, Verdict,
};
use crate::risk::engine::{self, Assessment};
use crate::risk::limits;
use crate::risk::monitor::{self, SqlFacts};
use crate::store::sources::{self as sq, SourceRow};
use crate::store::transfers::{self as tq, PayeeRow, PendingTransfer};

/// The idempotency kind of transfers.
pub const IDEMPOTENCY_KIND: &str = "transfer";
/// The fee on a transfer to someone else's account, in units of its currency.
pub const OTHERS_FEE_UNITS: i64 = 1;
/// The longest memo.
pub const MEMO_CHARS_MAX: usize = 200;

/// What the user asked for: the amount is text until the currency is known.
#[derive(Debug, Clone)]
pub struct TransferRequest {
    pub amount: String,
    pub currency: Option<Currency>,
    /// A source id or label, or an IBAN.
    pub to: String,
    /// The holder of the IBAN.
    pub name: Option<String>,
    pub memo: Option<String>,
}

/// Where the money goes.
pub enum Destination {
    /// One of the user's own bank sources.
    Own(Box<SourceRow>),
    /// Someone else's account.
    Iban { iban: CheckedIban, holder: String },
}

/// A request resolved against the wallet.
pub struct Resolved {
    pub amount: Money,
    pub destination: Destination,
    pub memo: Option<String>,
}

impl Resolved {
    /// The account as every output shows it (`DE89 •••• 3000`).
    pub fn masked(&self) -> String {
        match &self.destination {
            Destination::Own(s) => s.masked.clone(),
            Destination::Iban { iban, .. } => iban.masked(),
        }
    }

    /// The account's holder.
    pub fn holder(&self) -> String {
        match &self.destination {
            Destination::Own(s) => s.holder.clone().unwrap_or_default(),
            Destination::Iban { holder, .. } => holder.clone(),
        }
    }

    /// Whether the money goes to the user's own source.
    pub fn own(&self) -> bool {
        matches!(self.destination, Destination::Own(_))
    }

    /// The fee of the schedule: free to the user's own sources, one unit to others.
    pub fn fee(&self) -> Result<Money> {
        let currency = self.amount.currency();
        let minor = if self.own() {
            0
        } else {
            OTHERS_FEE_UNITS
                .checked_mul(currency.minor_per_unit())
                .ok_or_else(|| Error::internal("fee overflow"))?
        };
        Ok(Money::from_minor(minor, currency))
    }

    fn behaviour(&self) -> Behaviour {
        match &self.destination {
            Destination::Own(s) => Behaviour::parse(&s.behaviour),
            Destination::Iban { iban, .. } => Behaviour::of_iban(iban.as_str()),
        }
    }
}

/// What the confirmation shows.
#[derive(Debug, Clone)]
pub struct Quote {
    pub to: String,
    pub holder: String,
    pub own: bool,
    pub amount: Money,
    pub fee: Money,
    pub total: Money,
    pub balance_after: Money,
    pub available_at: Timestamp,
}

/// What the checks before the confirmation found.
pub enum Check {
    Confirm(Box<Quote>),
    /// Refused: recorded without asking, since nothing moves.
    Decline,
    /// Risk monitoring wants the payer to prove it is them first.
    Challenge(Box<Assessment>),
}

/// Resolve the request: the destination (a source by id or unique label, else an IBAN with a
/// holder's name) and the amount in its currency.
pub fn resolve(conn: &Connection, request: &TransferRequest, base: Currency) -> Result<Resolved> {
    crate::text::refuse_hidden(&request.to, "to")?;
    let memo = request
        .memo
        .as_deref()
        .map(|m| crate::text::check_line(m, "memo", MEMO_CHARS_MAX))
        .transpose()?;
    let (destination, currency) = match find_source(conn, &request.to)? {
        Some(source) => {
            if source.kind != SourceKind::Bank.as_str() {
                return Err(Error::invalid("err.transfer.not_bank")
                    .arg("source", &source.id)
                    .detail("field", "to"));
            }
            let source_currency = Currency::parse(&source.currency)?;
            if let Some(c) = request.currency.filter(|c| *c != source_currency) {
                return Err(Error::invalid("err.transfer.currency_mismatch")
                    .arg("currency", c.code())
                    .arg("source_currency", source_currency.code())
                    .detail("field", "currency"));
            }
            (Destination::Own(Box::new(source)), source_currency)
        }
        None if request.to.starts_with("src_") => {
            return Err(
                Error::new(Code::NotFound, "err.source.not_found").arg_detail("id", &request.to)
            )
        }
        None => {
            let iban = CheckedIban::parse(&request.to)?;
            let holder = match &request.name {
                Some(name) => check_name(name, "name")?,
                None => {
                    return Err(Error::invalid("err.transfer.name_required")
                        .arg("to", iban.masked())
                        .detail("field", "name"))
                }
            };
            (
                Destination::Iban { iban, holder },
                request.currency.unwrap_or(base),
            )
        }
    };
    let amount = crate::money::parse_amount(&request.amount, currency)?;
    Ok(Resolved {
        amount,
        destination,
        memo,
    })
}

/// The shortest id prefix accepted after the `src_` tag (CLI.md: at least 6 characters).
const ID_PREFIX_CHARS_MIN: usize = 6;

/// A source by exact id, or by a label or a unique id prefix (at least six characters after
/// `src_`) that names exactly one active source.
fn find_source(conn: &Connection, text: &str) -> Result<Option<SourceRow>> {
    if let Some(row) = sq::get(conn, text)? {
        return Ok(Some(row));
    }
    let long_prefix = text
        .strip_prefix("src_")
        .is_some_and(|rest| rest.chars().count() >= ID_PREFIX_CHARS_MIN);
    let labelled: Vec<SourceRow> = sq::list(conn, false)?
        .into_iter()
        .filter(|s| {
            s.label.as_deref() == Some(text)
                || (long_prefix
                    && s.id
                        .to_ascii_lowercase()
                        .starts_with(&text.to_ascii_lowercase()))
        })
        .collect();
    match labelled.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(one.clone())),
        many => {
            let ids: Vec<String> = many.iter().map(|s| s.id.clone()).collect();
            Err(Error::invalid("err.transfer.ambiguous")
                .arg("to", text)
                .arg("candidates", ids.join(", "))
                .detail("candidates", ids))
        }
    }
}

/// The request in canonical form, for the idempotency hash (amounts normalised). The IBAN is
/// only ever part of the hash, never stored.
pub fn canonical(resolved: &Resolved) -> Value {
    let to = match &resolved.destination {
        Destination::Own(s) => json!({"source": s.id}),
        Destination::Iban { iban, holder } => json!({"iban": iban.as_str(), "name": holder}),
    };
    json!({
        "amount": resolved.amount.to_string(),
        "currency": resolved.amount.currency().code(),
        "to": to,
        "memo": resolved.memo,
    })
}

/// A replayed outcome for an idempotency key, if the same request ran before.
pub fn replay(
    conn: &Connection,
    wallet_key: Option<&WalletKey>,
    key: &str,
    hash: &[u8; 32],
) -> Result<Option<Executed>> {
    idempotency::replay(conn, wallet_key, IDEMPOTENCY_KIND, key, hash, refusal_of)
}

/// The error a recorded declined or failed transfer stands for.
fn refusal_of(tx: &TxView) -> Option<Error> {
    if tx.extra.contains_key("decline") {
        return crate::payments::checkout::decline_of(tx);
    }
    let code = tx.extra.get("failure")?.get("code")?.as_str()?;
    let code = Code::ALL.into_iter().find(|c| c.as_str() == code)?;
    Some(failure_error(code, &tx.id))
}

/// The error of a transfer the rail refused.
pub fn failure_error(code: Code, tx_id: &str) -> Error {
    let key = match code {
        Code::InvalidSourceDetails => "err.transfer.invalid_details",
        // The recipient's bank sent it back at settlement.
        Code::SourceDeclined => "err.transfer.returned",
        Code::RailUnavailable => "err.transfer.rail_unavailable",
        _ => "err.transfer.failed",
    };
    Error::new(code, key).arg_detail("transaction_id", tx_id)
}

/// The stages once the destination is known: fee, base-currency value, limits, risk, balance.
fn evaluate(
    conn: &Connection,
    resolved: &Resolved,
    ctx: &PayContext,
    settings: &StageSettings,
) -> Result<Verdict> {
    let fee = resolved.fee()?;
    let mut plan = Plan::new(resolved.amount);
    plan.fee = fee;
    plan.debit = resolved.amount.checked_add(fee)?;
    // What leaves the wallet, fee included, counts against the limits in the base currency.
    if plan.debit.currency() == ctx.base {
        plan.limit_minor = Some(plan.debit.minor());
    }
    let plan = value_in_base(plan, ctx.base, &settings.fx);
    let windows = limits::windows(ctx.now, &ctx.zone)?;
    let usage = limits::usage(conn, &windows)?;
    let plan = match check_limits(plan, &settings.limits, usage, &windows, &ctx.zone) {
        Ok(p) => p,
        Err(r) => return Ok(Verdict::Decline(r, None)),
    };
    let assessment = match plan.limit_minor {
        Some(value_minor) => {
            let payment = engine::Payment {
                value_minor,
                base: ctx.base,
                merchant_name: resolved.holder(),
                now: ctx.now,
                zone: ctx.zone.clone(),
            };
            let counterparty = counterparty_key(resolved);
            let mut facts = SqlFacts {
                conn,
                base: ctx.base,
                merchant_id: &counterparty,
            };
            Some(engine::assess(&settings.risk, &payment, &mut facts)?)
        }
        None => None,
    };
    let plan = match check_risk(plan, assessment.clone(), ctx.answer) {
        Ok(p) => p,
        Err(r) => {
            let risk = assessment.map(|assessment| {
                Box::new(RiskDecision {
                    assessment,
                    answered: None,
                })
            });
            return Ok(Verdict::Decline(r, risk));
        }
    };
    if plan
        .risk
        .as_ref()
        .is_some_and(RiskDecision::challenge_pending)
    {
        return Ok(Verdict::Challenge(Box::new(plan)));
    }
    let balance = available(conn, plan.debit.currency(), ctx.now)?;
    let risk = plan.risk.clone().map(Box::new);
    Ok(match check_balance(plan, balance) {
        Ok(p) => Verdict::Go(Box::new(p)),
        Err(r) => Verdict::Decline(r, risk),
    })
}

/// Whom the risk rules see as the counterparty: the source, or the account's masked form.
fn counterparty_key(resolved: &Resolved) -> String {
    match &resolved.destination {
        Destination::Own(s) => s.id.clone(),
        Destination::Iban { iban, .. } => format!("iban:{}", iban.masked()),
    }
}

/// The destination must still be usable: an own source not removed.
fn check_destination(conn: &Connection, resolved: &Resolved) -> Result<()> {
    if let Destination::Own(s) = &resolved.destination {
        active(conn, &s.id)?;
    }
    Ok(())
}

/// The checks before the confirmation, read-only (settings as stored).
pub fn check(conn: &Connection, resolved: &Resolved, ctx: &PayContext) -> Result<Check> {
    super::topup::check_open(conn)?;
    check_destination(conn, resolved)?;
    let settings = StageSettings {
        limits: limits::load(conn, ctx.base, ctx.now)?,
        risk: monitor::load(conn, ctx.base)?,
        fx: fx_settings::load(conn)?,
    };
    Ok(match evaluate(conn, resolved, ctx, &settings)? {
        Verdict::Go(plan) => Check::Confirm(Box::new(Quote {
            to: resolved.masked(),
            holder: resolved.holder(),
            own: resolved.own(),
            amount: plan.amount,
            fee: plan.fee,
            total: plan.debit,
            balance_after: plan.balance_after()?,
            available_at: next_business_day_10am(ctx.now, &ctx.zone),
        })),
        Verdict::Decline(..) => Check::Decline,
        Verdict::Challenge(plan) => Check::Challenge(Box::new(
            plan.risk
                .ok_or_else(|| Error::internal("a challenge without risk"))?
                .assessment,
        )),
    })
}

/// What [`execute`] did.
pub enum Outcome {
    Recorded(Box<Executed>),
    Challenged(Box<Assessment>),
}

/// Run the transfer inside the caller's write transaction: replay a key used meanwhile, check
/// everything again with the sealed settings, ask the rail, and record the outcome.
pub fn execute(
    conn: &Connection,
    key: &WalletKey,
    resolved: &Resolved,
    idempotency_key: Option<(&str, &[u8; 32])>,
    ctx: &PayContext,
) -> Result<Outcome> {
    let now = ctx.now;
    if let Some((k, hash)) = idempotency_key {
        if let Some(replayed) = replay(conn, Some(key), k, hash)? {
            return Ok(Outcome::Recorded(Box::new(replayed)));
        }
    }
    super::topup::check_open(conn)?;
    check_destination(conn, resolved)?;
    if let Destination::Own(s) = &resolved.destination {
        sealed::check(conn, key, &sealed::SOURCES, &[&s.id])?;
    }
    let settings = StageSettings {
        limits: limits::load_trusted(conn, key, ctx.base, now)?,
        risk: monitor::load_trusted(conn, key, ctx.base)?,
        fx: fx_settings::load_trusted(conn, key)?,
    };
    let currency = resolved.amount.currency();
    let mut event = Map::new();
    event.insert("transfer_to".into(), json!(resolved.masked()));
    event.insert("amount".into(), json!(resolved.amount.to_string()));
    event.insert("currency".into(), json!(currency.code()));
    let verdict = evaluate(conn, resolved, ctx, &settings)?;
    let mut data = json!({
        "recipient": {"name": resolved.holder(), "account": resolved.masked(), "own": resolved.own()},
    });
    let (mut tx, refusal, failure, risk) = match verdict {
        Verdict::Challenge(plan) => {
            let assessment = plan
                .risk
                .map(|r| r.assessment)
                .ok_or_else(|| Error::internal("a challenge without a risk decision"))?;
            monitor::note_challenge(conn, now, &assessment, &event)?;
            return Ok(Outcome::Challenged(Box::new(assessment)));
        }
        Verdict::Decline(refusal, risk) => {
            let mut tx = NewTransaction::new(
                Kind::Transfer,
                Status::Declined,
                resolved.amount.minor(),
                currency,
                now,
            );
            tx.reason = Some(refusal.code().as_str().to_string());
            data["decline"] =
                json!({ "code": refusal.code().as_str(), "details": refusal.details() });
            (tx, Some(refusal), None, risk.map(|r| *r))
        }
        Verdict::Go(plan) => {
            let rail = rail_outcome(conn, key, resolved)?;
            let mut tx = NewTransaction::new(
                Kind::Transfer,
                Status::Pending,
                resolved.amount.minor(),
                currency,
                now,
            );
            tx.fee_minor = plan.fee.minor();
            match rail {
                Some(code) => {
                    tx.status = Status::Failed;
                    tx.reason = Some(code.as_str().to_string());
                    data["failure"] = json!({"code": code.as_str()});
                    (tx, None, Some(code), plan.risk.clone())
                }
                None => {
                    tx.available_at = Some(next_business_day_10am(now, &ctx.zone));
                    tx.limit_minor = plan.limit_minor;
                    data["balance_after"] = json!(plan.balance_after()?.to_string());
                    tx.postings = vec![
                        Posting {
                            account: account::wallet(currency),
                            currency,
                            amount_minor: -plan.debit.minor(),
                        },
                        Posting {
                            account: account::pending_out(currency),
                            currency,
                            amount_minor: plan.debit.minor(),
                        },
                    ];
                    (tx, None, None, plan.risk.clone())
                }
            }
        }
    };
    // A payee is stored (its IBAN encrypted) only for a transfer that goes out.
    if tx.status == Status::Pending {
        match &resolved.destination {
            Destination::Own(s) => tx.source_id = Some(s.id.clone()),
            Destination::Iban { iban, holder } => {
                let payee = add_payee(conn, key, iban, holder, now)?;
                data["recipient"]["payee"] = json!(payee);
            }
        }
    } else if let Destination::Own(s) = &resolved.destination {
        tx.source_id = Some(s.id.clone());
    }
    if let Some(r) = &risk {
        data["risk"] = r.to_json();
    }
    tx.memo = resolved.memo.clone();
    // A temporary failure leaves the key free: only a final outcome names it.
    let temporary = failure == Some(Code::RailUnavailable);
    let keyed = idempotency_key.filter(|_| !temporary);
    tx.data = data;
    let recorded = idempotency::record_keyed(conn, key, &mut tx, IDEMPOTENCY_KIND, keyed)?;
    if let Some(r) = &risk {
        event.insert("transaction_id".into(), json!(recorded.id));
        crate::payments::checkout::note_decision(conn, now, r, refusal.as_ref(), &event)?;
    }
    let view = load_seq(conn, recorded.seq)?;
    let error = match (refusal, failure) {
        (Some(r), _) => Some(r.error(&view.id)),
        (None, Some(code)) => Some(failure_error(code, &view.id)),
        (None, None) => None,
    };
    Ok(Outcome::Recorded(Box::new(Executed {
        tx: view,
        failure: error,
    })))
}

/// What the bank rail says at entry: `None` when it takes the transfer (pending), else the
/// code it refuses with: the rail is down, or the account is closed.
fn rail_outcome(conn: &Connection, key: &WalletKey, resolved: &Resolved) -> Result<Option<Code>> {
    let bank = SourceKind::Bank.as_str();
    sealed::check(conn, key, &sealed::RAILS_DOWN, &[&bank])?;
    if sq::rail_down(conn, bank)? {
        return Ok(Some(Code::RailUnavailable));
    }
    Ok(match resolved.behaviour() {
        Behaviour::AccountClosed => Some(Code::InvalidSourceDetails),
        _ => None,
    })
}

/// The associated data of a payee's sealed IBAN.
fn secret_aad(id: &str) -> Vec<u8> {
    format!("payees.secret.{id}").into_bytes()
}

/// Store the account of another person: the IBAN encrypted, sealed; returns its id.
fn add_payee(
    conn: &Connection,
    key: &WalletKey,
    iban: &CheckedIban,
    holder: &str,
    now: Timestamp,
) -> Result<String> {
    let id = ids::next(tq::last_payee_id(conn)?.as_deref(), "pye", now)?;
    let row = PayeeRow {
        id: id.clone(),
        holder: holder.to_string(),
        masked: iban.masked(),
        secret: key.seal(&secret_aad(&id), iban.as_str().as_bytes())?,
        behaviour: Behaviour::of_iban(iban.as_str()).as_str().to_string(),
        created_at_ms: clock::to_ms(now),
    };
    tq::insert_payee(conn, &row)?;
    sealed::reseal(conn, key, &sealed::PAYEES, &[&id])?;
    Ok(id)
}

/// Re-encrypt every payee's IBAN from `old` to `new` (a key rotation).
pub fn rekey(conn: &Connection, old: &WalletKey, new: &WalletKey) -> Result<usize> {
    let mut done = 0;
    for row in tq::payees(conn)? {
        let plain: Zeroizing<Vec<u8>> = old.open(&secret_aad(&row.id), &row.secret)?;
        let sealed = new.seal(&secret_aad(&row.id), &plain)?;
        tq::set_payee_secret(conn, &row.id, &sealed)?;
        done += 1;
    }
    Ok(done)
}

/// A pending transfer whose time has come, with how it ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueTransfer {
    pub row: PendingTransfer,
    pub outcome: Settlement,
}

/// The pending transfers due by `now`, with their outcome (the rail's word on the account).
pub fn due(conn: &Connection, now: Timestamp) -> Result<Vec<DueTransfer>> {
    let now_ms = clock::to_ms(now);
    let mut out = Vec::new();
    for row in tq::pending_transfers(conn)? {
        if row.available_at_ms.is_none_or(|at| at > now_ms) {
            continue;
        }
        let behaviour = match (&row.source_id, &row.payee_id) {
            (Some(id), _) => sq::get(conn, id)?.map(|s| s.behaviour),
            (None, Some(id)) => tq::payee(conn, id)?.map(|p| p.behaviour),
            (None, None) => None,
        };
        let outcome = match behaviour.as_deref().map(Behaviour::parse) {
            Some(Behaviour::ReturnedAtSettlement) => Settlement::Returned(Code::SourceDeclined),
            _ => Settlement::Settled,
        };
        out.push(DueTransfer { row, outcome });
    }
    Ok(out)
}

/// Record the settlement or return of every due transfer, inside the caller's write transaction.
pub fn settle_due(conn: &Connection, key: &WalletKey, now: Timestamp) -> Result<usize> {
    let due = due(conn, now)?;
    for d in &due {
        let currency = Currency::parse(&d.row.currency)?;
        let at = d
            .row
            .available_at_ms
            .map(clock::from_ms)
            .transpose()?
            .ok_or_else(|| Error::internal("pending transfer without available_at"))?;
        let held = d
            .row
            .amount_minor
            .checked_add(d.row.fee_minor)
            .ok_or_else(|| Error::internal("transfer overflow"))?;
        let mut tx = NewTransaction::new(
            Kind::Settlement,
            Status::Succeeded,
            d.row.amount_minor,
            currency,
            at,
        );
        tx.source_id = d.row.source_id.clone();
        let leg = |account: String, amount_minor: i64| Posting {
            account,
            currency,
            amount_minor,
        };
        // The account must be as sealed: the outcome was read from it.
        match (&d.row.source_id, &d.row.payee_id) {
            (Some(id), _) => sealed::check(conn, key, &sealed::SOURCES, &[id])?,
            (None, Some(p)) => sealed::check(conn, key, &sealed::PAYEES, &[p])?,
            (None, None) => true,
        };
        let external = match (&d.row.source_id, &d.row.payee_id) {
            (Some(id), _) => account::external(id),
            (None, Some(p)) => account::external(p),
            (None, None) => return Err(Error::internal("a transfer to nowhere")),
        };
        match d.outcome {
            Settlement::Settled => {
                tx.fee_minor = d.row.fee_minor;
                tx.postings = vec![
                    leg(account::pending_out(currency), -held),
                    leg(external, d.row.amount_minor),
                    leg(account::fees(currency), d.row.fee_minor),
                ];
                tx.links = vec![(d.row.id.clone(), LinkKind::Settles)];
                tx.data = json!({"transfer": d.row.id});
                if let Some(id) = &d.row.source_id {
                    credit_source(conn, key, id, d.row.amount_minor)?;
                }
            }
            Settlement::Returned(code) => {
                // Amount and fee come back to the wallet.
                tx.amount_minor = held;
                tx.postings = vec![
                    leg(account::pending_out(currency), -held),
                    leg(account::wallet(currency), held),
                ];
                tx.links = vec![(d.row.id.clone(), LinkKind::Returns)];
                tx.reason = Some(code.as_str().to_string());
                tx.data = json!({
                    "transfer": d.row.id,
                    "returned": {"code": code.as_str()},
                });
            }
        }
        ledger::record(conn, key, &tx)?;
    }
    Ok(due.len())
}

/// Money paid out to one of the user's own sources arrives at its simulated balance.
fn credit_source(conn: &Connection, key: &WalletKey, id: &str, amount_minor: i64) -> Result<()> {
    if let Some(source) = sq::get(conn, id)? {
        sealed::check(conn, key, &sealed::SOURCES, &[&id])?;
        sq::set_sim_balance(
            conn,
            id,
            source.sim_balance_minor.saturating_add(amount_minor),
        )?;
        sealed::reseal(conn, key, &sealed::SOURCES, &[&id])?;
    }
    Ok(())
}

/// Per currency, what due transfers change in reads before a write records them:
/// (currency, held amount and fee leaving `pending_out`, given back to available).
pub fn due_effects(conn: &Connection, now: Timestamp) -> Result<Vec<(String, i64, i64)>> {
    Ok(due(conn, now)?
        .into_iter()
        .map(|d| {
            let held = d.row.amount_minor.saturating_add(d.row.fee_minor);
            let back = if d.outcome == Settlement::Settled {
                0
            } else {
                held
            };
            (d.row.currency, held, back)
        })
        .collect())
}

/// Show a due pending transfer as it will end: settled or returned.
pub fn apply_due(due: &[DueTransfer], view: &mut TxView) {
    if let Some(d) = due.iter().find(|d| d.row.id == view.id) {
        match d.outcome {
            Settlement::Settled => view.status = Status::Succeeded.as_str().to_string(),
            Settlement::Returned(code) => {
                view.status = Status::Failed.as_str().to_string();
                view.extra.insert(
                    "failure".to_string(),
                    json!({"code": code.as_str(), "returned": true}),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(
        amount: &str,
        currency: Option<&str>,
        to: &str,
        name: Option<&str>,
    ) -> TransferRequest {
        TransferRequest {
            amount: amount.into(),
            currency: currency.map(|c| Currency::parse(c).unwrap()),
            to: to.into(),
            name: name.map(str::to_string),
            memo: None,
        }
    }

    #[test]
    fn the_fee_is_one_unit_of_the_currency_to_others() {
        let conn = crate::store::tests::memory();
        for (currency, amount, fee) in [
            ("EUR", "80", "1.00"),
            ("JPY", "1000", "1"),
            ("KWD", "1.25", "1.000"),
        ] {
            let r = resolve(
                &conn,
                &request(
                    amount,
                    Some(currency),
                    "DE89370400440532013000",
                    Some("Max"),
                ),
                Currency::EUR,
            )
            .unwrap();
            assert_eq!(r.fee().unwrap().to_string(), fee, "{currency}");
            assert_eq!(r.masked(), "DE89 •••• 3000");
            assert!(!r.own());
        }
        // The base currency by default.
        let r = resolve(
            &conn,
            &request("5", None, "DE89370400440532013000", Some("Max")),
            Currency::EUR,
        )
        .unwrap();
        assert_eq!(r.amount.currency(), Currency::EUR);
    }

    #[test]
    fn an_iban_needs_a_holder_and_a_valid_checksum() {
        let conn = crate::store::tests::memory();
        let key = |req: TransferRequest| resolve(&conn, &req, Currency::EUR).err().map(|e| e.key);
        assert_eq!(
            key(request("5", None, "DE89370400440532013000", None)),
            Some("err.transfer.name_required")
        );
        assert_eq!(
            key(request("5", None, "DE89370400440532013001", Some("Max"))),
            Some("err.iban.invalid")
        );
        assert_eq!(
            key(request("5", None, "src_01NOPE", None)),
            Some("err.source.not_found")
        );
        assert!(key(request(
            "10.5",
            Some("JPY"),
            "DE89370400440532013000",
            Some("Max")
        ))
        .is_some());
        // The name is never blank.
        assert!(resolve(
            &conn,
            &request("5", None, "DE89370400440532013000", Some("  ")),
            Currency::EUR
        )
        .is_err());
    }

    #[test]
    fn the_canonical_request_normalises_amounts_and_iban_spacing() {
        let conn = crate::store::tests::memory();
        let a = resolve(
            &conn,
            &request("10", None, "DE89370400440532013000", Some("Max")),
            Currency::EUR,
        )
        .unwrap();
        let b = resolve(
            &conn,
            &request("10.00", None, "de89 3704 0044 0532 0130 00", Some("Max")),
            Currency::EUR,
        )
        .unwrap();
        assert_eq!(canonical(&a), canonical(&b));
        let c = resolve(
            &conn,
            &request("10.01", None, "DE89370400440532013000", Some("Max")),
            Currency::EUR,
        )
        .unwrap();
        assert_ne!(canonical(&a), canonical(&c));
    }
}
