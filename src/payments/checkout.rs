//! The checkout, stage by stage in CLI.md's order: arguments → idempotency replay → unlock →
//! frozen → maintenance → merchant → duplicate order → FX quote → limits → risk → balance →
//! confirmation → write. Each stage is a function of its own; [`evaluate`] runs the ones after
//! the merchant is known, both before the confirmation ([`quote`]) and again inside the write
//! transaction ([`execute`]), so two processes can never overspend.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::Connection;
use serde_json::{json, Map, Value};

use super::merchant::{self, takes, MerchantView};
pub use super::plan::{Plan, Refusal, Verdict};
use super::request::PaymentRequest;
use super::signature;
use crate::auth::vault::WalletKey;
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::funding::rail::Settlement;
use crate::funding::settlement::{due, settle_due};
use crate::funding::topup::check_open;
use crate::ledger::view::{load_seq, Executed, TxView};
use crate::ledger::{self, account, Kind, NewTransaction, Status};
use crate::ledger::{idempotency, sealed};
use crate::money::{Currency, Money};
use crate::risk::limits::{self, LimitSettings};
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
    /// What is left of the daily limit after this payment (when it counts against the limits).
    pub daily_limit_left: Option<Money>,
}

/// What the stages need besides the request: the wallet's clock, zone and base currency, and
/// the limit settings in force.
#[derive(Debug, Clone)]
pub struct PayContext {
    pub now: Timestamp,
    pub zone: TimeZone,
    pub base: Currency,
}

/// Stage: the merchant accepts okpay, is not blocked, and takes the currency.
pub fn check_merchant(plan: Plan, m: &MerchantRow) -> std::result::Result<Plan, Refusal> {
    if !m.accepts_okpay {
        return Err(Refusal::MerchantNotAccepting {
            merchant: m.name.clone(),
        });
    }
    if m.blocked {
        return Err(Refusal::MerchantBlocked {
            merchant: m.name.clone(),
        });
    }
    if !takes(m, plan.amount.currency()) {
        return Err(Refusal::CurrencyNotSupported {
            merchant: m.name.clone(),
            currency: plan.amount.currency(),
            accepted: m
                .currencies
                .split(',')
                .filter(|c| !c.is_empty())
                .map(str::to_string)
                .collect(),
        });
    }
    Ok(plan)
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
/// conversion between balances is a separate feature, so there is nothing to quote yet. What
/// leaves the wallet counts against the limits when it is in the base currency.
pub fn quote_fx(mut plan: Plan, base: Currency) -> std::result::Result<Plan, Refusal> {
    plan.fx = None;
    // Saturating: a debit beyond the largest amount is then refused by the limits or balance.
    let debit_minor = plan.amount.minor().saturating_add(plan.fee.minor());
    plan.debit = Money::from_minor(debit_minor, plan.amount.currency());
    plan.limit_minor = (plan.debit.currency() == base).then_some(plan.debit.minor());
    Ok(plan)
}

/// Stage: the spending limits, against what was used in the day and month around `now`.
pub fn check_limits(
    mut plan: Plan,
    settings: &LimitSettings,
    usage: limits::Usage,
    windows: &limits::Windows,
    zone: &TimeZone,
) -> std::result::Result<Plan, Refusal> {
    let Some(counted) = plan.limit_minor else {
        return Ok(plan);
    };
    let used = limits::check(settings, usage, windows, zone, counted)
        .map_err(|b| Refusal::LimitExceeded(Box::new(b)))?;
    plan.limits = Some(used);
    Ok(plan)
}

/// The available balance in a currency, counting transfers that settle by `now`.
pub fn available(conn: &Connection, currency: Currency, now: Timestamp) -> Result<Money> {
    let mut minor = lq::balance_of(conn, &account::wallet(currency), currency.code())?;
    for d in due(conn, now)? {
        if d.row.currency == currency.code() && d.outcome == Settlement::Settled {
            minor = minor.saturating_add(d.row.amount_minor);
        }
    }
    Ok(Money::from_minor(minor, currency))
}

/// Stage: the balance covers the debit; otherwise `insufficient_funds` with what is missing.
pub fn check_balance(mut plan: Plan, balance: Money) -> std::result::Result<Plan, Refusal> {
    if balance.minor() < plan.debit.minor() {
        let missing = Money::from_minor(plan.debit.minor() - balance.minor(), balance.currency());
        return Err(Refusal::InsufficientFunds {
            missing,
            available: balance,
        });
    }
    plan.balance_before = Some(balance);
    Ok(plan)
}

/// Why the stages stopped: a refusal to record, or an error that records nothing.
enum Stop {
    Refused(Refusal),
    Failed(Error),
}

impl From<Refusal> for Stop {
    fn from(r: Refusal) -> Stop {
        Stop::Refused(r)
    }
}

impl From<Error> for Stop {
    fn from(e: Error) -> Stop {
        Stop::Failed(e)
    }
}

/// Every stage once the merchant is known, in CLI.md's order: merchant, duplicate order, FX,
/// limits, (risk), balance.
fn stages(
    conn: &Connection,
    m: &MerchantRow,
    req: &PaymentRequest,
    opts: PayOptions,
    ctx: &PayContext,
    settings: &LimitSettings,
) -> std::result::Result<Plan, Stop> {
    let plan = check_merchant(Plan::new(req.amount), m)?;
    check_duplicate(conn, m, req, opts)?;
    let plan = quote_fx(plan, ctx.base)?;
    let windows = limits::windows(ctx.now, &ctx.zone)?;
    let usage = limits::usage(conn, &windows)?;
    let plan = check_limits(plan, settings, usage, &windows, &ctx.zone)?;
    // Risk monitoring slots in here, as a stage of its own.
    let balance = available(conn, plan.debit.currency(), ctx.now)?;
    Ok(check_balance(plan, balance)?)
}

/// Run the stages: go with the plan, or decline with a refusal.
pub fn evaluate(
    conn: &Connection,
    m: &MerchantRow,
    req: &PaymentRequest,
    opts: PayOptions,
    ctx: &PayContext,
    settings: &LimitSettings,
) -> Result<Verdict> {
    match stages(conn, m, req, opts, ctx, settings) {
        Ok(plan) => Ok(Verdict::Go(Box::new(plan))),
        Err(Stop::Refused(r)) => Ok(Verdict::Decline(r)),
        Err(Stop::Failed(e)) => Err(e),
    }
}

/// The checks before the confirmation, read-only: frozen, maintenance, merchant, and
/// [`evaluate`] with the limit settings as stored. A decline here is recorded by running
/// [`execute`], which finds it again with the sealed settings.
pub fn quote(
    conn: &Connection,
    req: &PaymentRequest,
    opts: PayOptions,
    ctx: &PayContext,
) -> Result<(Verdict, Option<Quote>)> {
    check_open(conn)?;
    let m = merchant::for_payment(conn, &req.merchant, ctx.now, false)?;
    let settings = limits::load(conn, ctx.base, ctx.now)?;
    let verdict = evaluate(conn, &m, req, opts, ctx, &settings)?;
    let quote = match &verdict {
        Verdict::Go(plan) => {
            let mut view = if m.id.is_empty() {
                merchant_preview(&m)
            } else {
                merchant::view(conn, &m)?
            };
            view.new = view.new || m.id.is_empty();
            Some(Quote {
                merchant: view,
                amount: plan.amount,
                fee: plan.fee,
                balance_before: plan
                    .balance_before
                    .ok_or_else(|| Error::internal("plan without a balance"))?,
                balance_after: plan.balance_after()?,
                daily_limit_left: plan.limits.map(|u| {
                    let left = settings
                        .amount(limits::LimitKind::Daily)
                        .saturating_sub(u.daily_after_minor);
                    Money::from_minor(left.max(0), ctx.base)
                }),
            })
        }
        Verdict::Decline(_) | Verdict::Challenge(_) => None,
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
        verify_key: None,
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
    Some(recorded_decline_error(code, &details, &tx.id))
}

/// The error of a recorded decline (a replay, a receipt): the same as when it was refused.
pub fn recorded_decline_error(code: Code, details: &Map<String, Value>, tx_id: &str) -> Error {
    match Refusal::from_recorded(code, details) {
        Some(refusal) => refusal.error(tx_id),
        None => Error::new(code, "err.pay.declined").arg_detail("transaction_id", tx_id),
    }
}

/// Run the payment inside the caller's write transaction: settle what is due, replay a key used
/// meanwhile, run every stage again with the sealed limit settings, and record the payment or
/// its decline. Usage is summed and the payment recorded in this one write transaction, so two
/// processes can never jointly exceed a limit or overspend.
pub fn execute(
    conn: &Connection,
    key: &WalletKey,
    req: &PaymentRequest,
    opts: PayOptions,
    idempotency_key: Option<(&str, &[u8; 32])>,
    ctx: &PayContext,
) -> Result<Executed> {
    let now = ctx.now;
    settle_due(conn, key, now)?;
    if let Some((k, hash)) = idempotency_key {
        if let Some(replayed) = replay(conn, Some(key), k, hash)? {
            return Ok(replayed);
        }
    }
    check_open(conn)?;
    signature::check_expiry(req, now)?;
    let known = mq::find(conn, &req.merchant)?.is_some();
    let m = merchant::for_payment(conn, &req.merchant, now, true)?;
    // A known merchant's flags are trusted only if sealed; a new one is sealed as registered.
    if known {
        sealed::check(conn, key, &sealed::MERCHANTS, &[&m.id])?;
    } else {
        sealed::reseal(conn, key, &sealed::MERCHANTS, &[&m.id])?;
    }
    // Its verify key is trusted only now, sealed: a request it did not sign records nothing.
    signature::check_signature(&m, req)?;
    let settings = limits::load_trusted(conn, key, ctx.base, now)?;
    let first_payment = !mq::has_paid(conn, &m.id)?;
    let verdict = evaluate(conn, &m, req, opts, ctx, &settings)?;
    let mut data = json!({ "merchant_name": m.name, "items": req.items_json() });
    let (mut tx, refusal) = match verdict {
        Verdict::Go(plan) => {
            data["balance_after"] = json!(plan.balance_after()?.to_string());
            data["merchant_new"] = json!(first_payment);
            (plan.into_transaction(&m.id, now)?, None)
        }
        Verdict::Decline(refusal) => {
            let mut tx = NewTransaction::new(
                Kind::Payment,
                Status::Declined,
                req.amount.minor(),
                req.amount.currency(),
                now,
            );
            tx.reason = Some(refusal.code().as_str().to_string());
            data["decline"] =
                json!({ "code": refusal.code().as_str(), "details": refusal.details() });
            (tx, Some(refusal))
        }
        // Nothing challenges yet; a challenge answered before the write would arrive as a step-up.
        Verdict::Challenge(_) => {
            return Err(Error::new(
                Code::StepUpRequired,
                "err.auth.step_up_required",
            ));
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
    let failure = refusal.map(|r| r.error(&view.id));
    Ok(Executed { tx: view, failure })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::risk::limits::{LimitKind, LimitSettings, Usage};

    fn cny() -> Currency {
        Currency::parse("CNY").unwrap()
    }

    fn merchant(accepts_okpay: bool, blocked: bool, currencies: &str) -> MerchantRow {
        MerchantRow {
            seq: 1,
            id: "mer_1".into(),
            name: "Tea House".into(),
            accepts_okpay,
            category: None,
            currencies: currencies.into(),
            blocked,
            origin: "added".into(),
            created_at_ms: 0,
            verify_key: None,
        }
    }

    fn plan(minor: i64, currency: Currency) -> Plan {
        Plan::new(Money::from_minor(minor, currency))
    }

    #[test]
    fn the_merchant_stage_refuses_in_order() {
        let p = plan(100, cny());
        assert!(check_merchant(p.clone(), &merchant(true, false, "")).is_ok());
        let r = check_merchant(p.clone(), &merchant(false, true, "")).unwrap_err();
        assert_eq!(r.code(), Code::MerchantNotAccepting);
        let r = check_merchant(p.clone(), &merchant(true, true, "")).unwrap_err();
        assert_eq!(r.code(), Code::MerchantBlocked);
        let r = check_merchant(p, &merchant(true, false, "USD,EUR")).unwrap_err();
        assert_eq!(
            r,
            Refusal::CurrencyNotSupported {
                merchant: "Tea House".into(),
                currency: cny(),
                accepted: vec!["USD".into(), "EUR".into()],
            }
        );
    }

    #[test]
    fn only_base_currency_debits_count_against_the_limits() {
        let p = quote_fx(plan(1_000, cny()), cny()).unwrap();
        assert_eq!(p.debit.minor(), 1_000);
        assert_eq!(p.limit_minor, Some(1_000));
        assert_eq!(p.fx, None);
        let usd = Currency::parse("USD").unwrap();
        let p = quote_fx(plan(1_000, usd), cny()).unwrap();
        assert_eq!(p.limit_minor, None);
    }

    #[test]
    fn the_limits_stage_records_usage_or_refuses() {
        let zone = TimeZone::UTC;
        let now: Timestamp = "2026-05-10T12:00:00Z".parse().unwrap();
        let w = limits::windows(now, &zone).unwrap();
        let settings = LimitSettings::defaults(cny());
        let daily = settings.amount(LimitKind::Daily);
        let used = Usage {
            daily_minor: daily - 1_000,
            monthly_minor: daily - 1_000,
        };
        let p = quote_fx(plan(1_000, cny()), cny()).unwrap();
        let ok = check_limits(p.clone(), &settings, used, &w, &zone).unwrap();
        assert_eq!(ok.limits.map(|l| l.daily_after_minor), Some(daily));
        let p = quote_fx(plan(1_001, cny()), cny()).unwrap();
        let r = check_limits(p, &settings, used, &w, &zone).unwrap_err();
        assert_eq!(r.code(), Code::LimitExceeded);
        assert_eq!(r.details()["limit"], "daily");
        assert_eq!(r.details()["resets_at"], "2026-05-11T00:00:00Z");
        // A payment the limits cannot value passes this stage untouched.
        let usd = Currency::parse("USD").unwrap();
        let p = quote_fx(plan(10_000_000, usd), cny()).unwrap();
        assert!(check_limits(p, &settings, used, &w, &zone).is_ok());
    }

    #[test]
    fn the_balance_stage_says_what_is_missing() {
        let p = quote_fx(plan(1_000, cny()), cny()).unwrap();
        let ok = check_balance(p.clone(), Money::from_minor(1_000, cny())).unwrap();
        assert_eq!(ok.balance_after().unwrap().minor(), 0);
        let r = check_balance(p, Money::from_minor(400, cny())).unwrap_err();
        assert_eq!(
            r,
            Refusal::InsufficientFunds {
                missing: Money::from_minor(600, cny()),
                available: Money::from_minor(400, cny()),
            }
        );
    }
}
