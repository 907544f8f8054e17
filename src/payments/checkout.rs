//! The checkout, stage by stage in CLI.md's order: arguments → idempotency replay → unlock →
//! frozen → maintenance → merchant → duplicate order → FX quote → limits → risk → balance →
//! confirmation → write. Each stage is a function of its own; [`evaluate`] runs the ones after
//! the merchant is known, both before the confirmation ([`quote`]) and again inside the write
//! transaction ([`execute`]), so two processes can never overspend.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::Connection;
use serde_json::{json, Map, Value};

use super::merchant::{self, takes, MerchantMemo, MerchantView};
pub use super::plan::{ChallengeAnswer, Plan, Refusal, RiskDecision, Verdict};
use super::request::PaymentRequest;
use super::signature;
use crate::auth::vault::WalletKey;
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::funding::rail::Settlement;
use crate::funding::settlement::due;
use crate::funding::topup::check_open;
use crate::fx::settings::{self as fx_settings, FxSettings};
use crate::ledger::view::{Executed, TxView};
use crate::ledger::{account, Kind, NewTransaction, Status};
use crate::ledger::{idempotency, sealed};
use crate::money::{Currency, Money};
use crate::risk::engine::{self, Assessment, Decision};
use crate::risk::limits::{self, LimitSettings};
use crate::risk::monitor::{self, SqlFacts};
use crate::risk::rules::RiskSettings;
use crate::store::ledger as lq;
use crate::store::merchants::{self as mq, MerchantRow};
use rust_decimal::prelude::ToPrimitive;

/// The idempotency kind of payments.
pub const IDEMPOTENCY_KIND: &str = "pay";

/// Options of a payment that are not part of the request itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct PayOptions {
    pub allow_duplicate: bool,
    /// Pay from the balance in this currency (`--from-currency`), converting if it is not the
    /// payment's; `None`: the payment's own balance, or the base currency's when that one holds
    /// too little.
    pub from_currency: Option<Currency>,
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
    /// The conversion, when the payment is made from another balance.
    pub fx: Option<crate::fx::quote::FxQuote>,
}

/// What the stages need besides the request: the wallet's clock, zone and base currency, and
/// how the payer has proved it is them in this process (which answers a risk challenge).
#[derive(Debug, Clone)]
pub struct PayContext {
    pub now: Timestamp,
    pub zone: TimeZone,
    pub base: Currency,
    pub answer: Option<ChallengeAnswer>,
}

/// The settings the stages run with: the spending limits and the risk rules.
#[derive(Debug, Clone)]
pub struct StageSettings {
    pub limits: LimitSettings,
    pub risk: RiskSettings,
    /// The exchange rates and the spread.
    pub fx: FxSettings,
}

/// What one write transaction has read and checked against the seals for the payments it
/// makes: the stage settings, and the merchants looked up so far. Made inside the write and
/// dropped with it.
#[derive(Debug)]
pub struct Checked {
    pub settings: StageSettings,
    pub merchants: MerchantMemo,
}

impl Checked {
    /// The settings checked in this write, and no merchant read yet.
    pub fn new(settings: StageSettings) -> Checked {
        Checked {
            settings,
            merchants: MerchantMemo::default(),
        }
    }
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

/// Stage: the debit, before any conversion: the amount and fee, from the balance in the
/// payment's currency. What leaves the wallet counts against the limits here when it is in the
/// base currency ([`quote_conversion`] and [`value_in_base`] handle the rest).
pub fn quote_fx(mut plan: Plan, base: Currency) -> std::result::Result<Plan, Refusal> {
    plan.fx = None;
    // Saturating: a debit beyond the largest amount is then refused by the limits or balance.
    let debit_minor = plan.amount.minor().saturating_add(plan.fee.minor());
    plan.debit = Money::from_minor(debit_minor, plan.amount.currency());
    plan.limit_minor = (plan.debit.currency() == base).then_some(plan.debit.minor());
    Ok(plan)
}

/// Which balance pays: the one `--from-currency` names; else the payment's own currency when
/// it covers the payment; else the base currency, then any other held currency (by code), the
/// first whose conversion it covers; when none does, the base currency (whose decline then says
/// what is missing).
pub fn choose_source(
    conn: &Connection,
    plan: &Plan,
    opts: PayOptions,
    ctx: &PayContext,
    fx: &FxSettings,
) -> Result<Currency> {
    let currency = plan.amount.currency();
    if let Some(from) = opts.from_currency {
        return Ok(from);
    }
    // A payment in the base currency is paid from it whatever its balance (its balance is
    // read once, by the balance stage).
    if currency == ctx.base {
        return Ok(currency);
    }
    let need = plan.amount.minor().saturating_add(plan.fee.minor());
    if available(conn, currency, ctx.now)?.minor() >= need {
        return Ok(currency);
    }
    let mut held: Vec<Currency> = lq::balances(conn)?
        .into_iter()
        .filter(|(name, _, balance)| name.starts_with("wallet:") && *balance > 0)
        .filter_map(|(_, code, _)| Currency::parse(&code).ok())
        .filter(|c| *c != ctx.base && *c != currency)
        .collect();
    held.sort();
    held.insert(0, ctx.base);
    for from in held {
        let Ok(quoted) = quote_conversion(plan.clone(), from, ctx, fx) else {
            continue;
        };
        if available(conn, from, ctx.now)?.minor() >= quoted.debit.minor() {
            return Ok(from);
        }
    }
    Ok(ctx.base)
}

/// Stage: the FX quote of a payment made from another balance (`from`): the least amount of
/// `from` whose conversion, after the spread, pays the amount and fee exactly. What leaves the
/// wallet is the debit; the limits count its value in the base currency. No rate for the pair
/// is `invalid_input` (nothing recorded).
pub fn quote_conversion(
    mut plan: Plan,
    from: Currency,
    ctx: &PayContext,
    fx: &FxSettings,
) -> Result<Plan> {
    let to = plan.amount.currency();
    if from == to {
        return Ok(plan);
    }
    let need = Money::from_minor(plan.amount.minor().saturating_add(plan.fee.minor()), to);
    let found = fx.book.find(from, to).ok_or_else(|| {
        Error::invalid("err.fx.no_rate")
            .arg_detail("from", from.code())
            .arg_detail("to", to.code())
    })?;
    let today = crate::fx::today(ctx.now, &ctx.zone);
    let stale = crate::fx::is_stale(found.date, today);
    let q = crate::fx::quote::buy(need, found, fx.spread_percent, stale)?;
    plan.debit = q.from_amount;
    plan.limit_minor = None;
    plan.fx = Some(q);
    Ok(plan)
}

/// Stage: a debit in another currency than the base counts against the limits at its value in
/// the base currency, at the mid rate (rounded half away from zero); without a rate it does not.
pub fn value_in_base(mut plan: Plan, base: Currency, fx: &FxSettings) -> Plan {
    if plan.limit_minor.is_some() {
        return plan;
    }
    plan.limit_minor = fx.book.find(plan.debit.currency(), base).and_then(|found| {
        plan.debit
            .to_decimal()
            .checked_mul(found.rate)?
            .checked_mul(rust_decimal::Decimal::from(base.minor_per_unit()))?
            .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
            .to_i64()
    });
    plan
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

/// Score the payment with the risk rules (none for a payment the rules cannot value: another
/// currency than the base, until FX exists).
pub fn assess_risk(
    conn: &Connection,
    plan: &Plan,
    settings: &RiskSettings,
    m: &MerchantRow,
    ctx: &PayContext,
) -> Result<Option<Assessment>> {
    let Some(value_minor) = plan.limit_minor else {
        return Ok(None);
    };
    let payment = engine::Payment {
        value_minor,
        base: ctx.base,
        merchant_name: m.name.clone(),
        now: ctx.now,
        zone: ctx.zone.clone(),
    };
    let mut facts = SqlFacts {
        conn,
        base: ctx.base,
        merchant_id: &m.id,
    };
    engine::assess(settings, &payment, &mut facts).map(Some)
}

/// Stage: risk monitoring's decision. `highest` refuses (`risk_blocked`); `elevated` goes on
/// only once the payer answered the challenge (otherwise the plan waits for it: see
/// [`RiskDecision::challenge_pending`]); `normal` goes on.
pub fn check_risk(
    mut plan: Plan,
    assessment: Option<Assessment>,
    answer: Option<ChallengeAnswer>,
) -> std::result::Result<Plan, Refusal> {
    let Some(assessment) = assessment else {
        return Ok(plan);
    };
    if assessment.decision == Decision::Highest {
        return Err(Refusal::RiskBlocked {
            score: assessment.score,
            rules: assessment.hits,
        });
    }
    let answered = answer.filter(|_| assessment.decision == Decision::Elevated);
    plan.risk = Some(RiskDecision {
        assessment,
        answered,
    });
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
    // A transfer out the bank returns gives its amount and fee back from the same moment.
    for (code, _, back) in crate::funding::transfer::due_effects(conn, now)? {
        if code == currency.code() {
            minor = minor.saturating_add(back);
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

/// Why the stages stopped: a refusal to record, a challenge to answer, or an error that records
/// nothing.
enum Stop {
    Refused(Refusal),
    Challenged(Box<Plan>),
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
/// limits, risk, balance. Risk monitoring's decision is kept in `risk` as soon as it is made,
/// so a refusal by a later stage records it too.
fn stages(
    conn: &Connection,
    m: &MerchantRow,
    req: &PaymentRequest,
    opts: PayOptions,
    ctx: &PayContext,
    settings: &StageSettings,
    risk: &mut Option<RiskDecision>,
) -> std::result::Result<Plan, Stop> {
    let plan = check_merchant(Plan::new(req.amount), m)?;
    check_duplicate(conn, m, req, opts)?;
    let plan = quote_fx(plan, ctx.base)?;
    let from = choose_source(conn, &plan, opts, ctx, &settings.fx)?;
    let plan = quote_conversion(plan, from, ctx, &settings.fx)?;
    let plan = value_in_base(plan, ctx.base, &settings.fx);
    let windows = limits::windows(ctx.now, &ctx.zone)?;
    let usage = limits::usage(conn, &windows)?;
    let plan = check_limits(plan, &settings.limits, usage, &windows, &ctx.zone)?;
    let assessment = assess_risk(conn, &plan, &settings.risk, m, ctx)?;
    let plan = check_risk(plan, assessment.clone(), ctx.answer).inspect_err(|_| {
        *risk = assessment.map(|assessment| RiskDecision {
            assessment,
            answered: None,
        });
    })?;
    risk.clone_from(&plan.risk);
    if plan
        .risk
        .as_ref()
        .is_some_and(RiskDecision::challenge_pending)
    {
        return Err(Stop::Challenged(Box::new(plan)));
    }
    let balance = available(conn, plan.debit.currency(), ctx.now)?;
    Ok(check_balance(plan, balance)?)
}

/// Run the stages: go with the plan, decline with a refusal, or wait for the payer to answer a
/// risk challenge.
pub fn evaluate(
    conn: &Connection,
    m: &MerchantRow,
    req: &PaymentRequest,
    opts: PayOptions,
    ctx: &PayContext,
    settings: &StageSettings,
) -> Result<Verdict> {
    let mut risk = None;
    match stages(conn, m, req, opts, ctx, settings, &mut risk) {
        Ok(plan) => Ok(Verdict::Go(Box::new(plan))),
        Err(Stop::Refused(r)) => Ok(Verdict::Decline(r, risk.map(Box::new))),
        Err(Stop::Challenged(plan)) => Ok(Verdict::Challenge(plan)),
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
    let settings = StageSettings {
        limits: limits::load(conn, ctx.base, ctx.now)?,
        risk: monitor::load(conn, ctx.base)?,
        fx: fx_settings::load(conn)?,
    };
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
                        .limits
                        .amount(limits::LimitKind::Daily)
                        .saturating_sub(u.daily_after_minor);
                    Money::from_minor(left.max(0), ctx.base)
                }),
                fx: plan.fx.clone(),
            })
        }
        Verdict::Decline(..) | Verdict::Challenge(_) => None,
    };
    Ok((verdict, quote))
}

/// The `step_up_required` error of a risk challenge the payer has not answered: what fired,
/// and how to answer (`challenge`: `otp` once 2FA is on, else `password`). Nothing was recorded.
pub fn challenge_error(twofa: bool, assessment: &Assessment) -> Error {
    let (key, answer) = if twofa {
        (CHALLENGE_OTP_KEY, ChallengeAnswer::Otp)
    } else {
        (CHALLENGE_KEY, ChallengeAnswer::Password)
    };
    let mut e = Error::new(Code::StepUpRequired, key)
        .arg("score", assessment.score)
        .arg("reasons", assessment.rule_ids())
        .detail("challenge", answer.as_str());
    e.details.extend(assessment.to_json());
    e
}

const CHALLENGE_KEY: &str = "err.risk.challenge";
const CHALLENGE_OTP_KEY: &str = "err.risk.challenge_otp";

/// Whether an error is a risk challenge (which the payer may answer and try again).
pub fn is_risk_challenge(e: &Error) -> bool {
    e.code == Code::StepUpRequired && matches!(e.key, CHALLENGE_KEY | CHALLENGE_OTP_KEY)
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

/// The error a recorded decline stands for (a replay).
pub(crate) fn decline_of(tx: &TxView) -> Option<Error> {
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

/// What [`execute`] did: recorded the payment or its decline, or stopped at a risk challenge
/// the payer has not answered (counted and logged as a security event; nothing recorded).
pub enum Checkout {
    Recorded(Box<Executed>),
    Challenged(Box<Assessment>),
}

/// Run the payment inside the caller's write transaction: settle what is due, replay a key used
/// meanwhile, run every stage again with the sealed limit and risk settings, and record the
/// payment or its decline. Usage is summed and the payment recorded in this one write
/// transaction, so two processes can never jointly exceed a limit or overspend. A merchant
/// this payment names for the first time is registered only when something is recorded.
/// `settings` are the limit, risk and FX settings checked against their seals earlier in the
/// same write transaction (every unlocked write checks the limit and risk settings before its
/// work; `pay --batch` checks them once a chunk: nothing in a payment changes them).
/// `checked` also holds the merchants this write has already read and checked, so a batch
/// chunk reads each merchant once.
pub fn execute(
    conn: &Connection,
    key: &WalletKey,
    req: &PaymentRequest,
    opts: PayOptions,
    idempotency_key: Option<(&str, &[u8; 32])>,
    ctx: &PayContext,
    checked: &mut Checked,
) -> Result<Checkout> {
    let now = ctx.now;
    let (settings, merchants) = (&checked.settings, &mut checked.merchants);
    if let Some((k, hash)) = idempotency_key {
        if let Some(replayed) = replay(conn, Some(key), k, hash)? {
            return Ok(Checkout::Recorded(Box::new(replayed)));
        }
    }
    check_open(conn)?;
    signature::check_expiry(req, now)?;
    // A known merchant's flags are trusted only if sealed: `known` checks the seal.
    let found = merchants.known(conn, key, &req.merchant)?;
    let known = found.is_some();
    let m = match found {
        Some(row) => row,
        None => merchant::for_payment(conn, &req.merchant, now, false)?,
    };
    // Its verify key is trusted only now, sealed: a request it did not sign records nothing.
    signature::check_signature(&m, req)?;
    let first_payment = !known || !merchants.has_paid(conn, &m.id)?;
    let verdict = evaluate(conn, &m, req, opts, ctx, settings)?;
    // What a risk security event says about the payment.
    let mut event = Map::new();
    event.insert("merchant_name".into(), json!(m.name));
    event.insert("amount".into(), json!(req.amount.to_string()));
    event.insert("currency".into(), json!(req.amount.currency().code()));
    if let Verdict::Challenge(plan) = verdict {
        let assessment = plan
            .risk
            .map(|r| r.assessment)
            .ok_or_else(|| Error::internal("a challenge without a risk decision"))?;
        monitor::note_challenge(conn, now, &assessment, &event)?;
        return Ok(Checkout::Challenged(Box::new(assessment)));
    }
    // A new merchant is registered (and sealed as registered) with what is recorded.
    let m = if known {
        m
    } else {
        let m = merchant::for_payment(conn, &req.merchant, now, true)?;
        sealed::reseal(conn, key, &sealed::MERCHANTS, &[&m.id])?;
        merchants.registered(&req.merchant, &m);
        m
    };
    let mut data = json!({ "merchant_name": m.name, "items": req.items_json() });
    let (mut tx, refusal, risk) = match verdict {
        Verdict::Go(plan) => {
            data["balance_after"] = json!(plan.balance_after()?.to_string());
            data["merchant_new"] = json!(first_payment);
            if let Some(q) = &plan.fx {
                data["fx"] = q.to_json();
            }
            (plan.into_transaction(&m.id, now)?, None, plan.risk)
        }
        Verdict::Decline(refusal, risk) => {
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
            (tx, Some(refusal), risk.map(|r| *r))
        }
        Verdict::Challenge(_) => return Err(Error::internal("a challenge goes no further")),
    };
    if let Some(r) = &risk {
        data["risk"] = r.to_json();
    }
    tx.merchant_id = Some(m.id.clone());
    tx.order_id = req.order_id.clone();
    tx.memo = req.memo.clone();
    tx.data = data;
    let succeeded = tx.status == Status::Succeeded;
    let recorded =
        idempotency::record_keyed(conn, key, &mut tx, IDEMPOTENCY_KIND, idempotency_key)?;
    if succeeded {
        merchants.paid(&m.id);
    }
    if let Some(r) = &risk {
        event.insert("transaction_id".into(), json!(recorded.id));
        note_decision(conn, now, r, refusal.as_ref(), &event)?;
    }
    let view = crate::ledger::view::recorded(&tx, &recorded)?;
    let failure = refusal.map(|r| r.error(&view.id));
    Ok(Checkout::Recorded(Box::new(Executed { tx: view, failure })))
}

/// The bookkeeping of a recorded risk decision: the rules that fired are counted; a block is a
/// `risk_blocked` security event, an answered challenge a `risk_challenge` one.
pub(crate) fn note_decision(
    conn: &Connection,
    now: Timestamp,
    risk: &RiskDecision,
    refusal: Option<&Refusal>,
    payment: &Map<String, Value>,
) -> Result<()> {
    monitor::count_fired(conn, &risk.assessment)?;
    let mut detail = monitor::event_detail(&risk.assessment, payment);
    let kind = match (refusal, risk.answered) {
        (Some(Refusal::RiskBlocked { .. }), _) => "risk_blocked",
        (_, Some(answer)) => {
            detail["answered"] = json!(answer.as_str());
            "risk_challenge"
        }
        _ => return Ok(()),
    };
    crate::store::wallet_row::log_event(conn, clock::to_ms(now), kind, &detail)
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
    fn the_risk_stage_blocks_waits_for_an_answer_or_goes_on() {
        use crate::risk::engine::{Assessment, Decision, Hit};
        use crate::risk::rules::RuleId;
        let assessment = |decision, score| Assessment {
            decision,
            score,
            hits: vec![Hit {
                rule: RuleId::Velocity,
                score,
                values: Default::default(),
            }],
        };
        let p = quote_fx(plan(100_000, cny()), cny()).unwrap();
        let r = check_risk(p.clone(), Some(assessment(Decision::Highest, 100)), None).unwrap_err();
        assert_eq!(r.code(), Code::RiskBlocked);
        assert_eq!(r.details()["rules"][0]["rule"], "velocity");
        let answer = Some(ChallengeAnswer::Password);
        let blocked = check_risk(p.clone(), Some(assessment(Decision::Highest, 100)), answer);
        assert!(blocked.is_err(), "no answer lets a block through");
        let waiting =
            check_risk(p.clone(), Some(assessment(Decision::Elevated, 50)), None).unwrap();
        assert!(waiting.risk.as_ref().unwrap().challenge_pending());
        let answered =
            check_risk(p.clone(), Some(assessment(Decision::Elevated, 50)), answer).unwrap();
        assert!(!answered.risk.as_ref().unwrap().challenge_pending());
        assert_eq!(answered.risk.unwrap().to_json()["answered"], "password");
        let normal = check_risk(p.clone(), Some(assessment(Decision::Normal, 10)), answer).unwrap();
        assert_eq!(normal.risk.unwrap().answered, None);
        assert_eq!(check_risk(p.clone(), None, None).unwrap(), p);
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
