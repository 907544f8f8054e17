//! Risk monitoring against the wallet: the rule settings as stored and sealed
//! ([`sealed::RISK_RULES`]), the rules' inputs read from SQLite ([`SqlFacts`]), `risk set`, and
//! the bookkeeping of a decision (how often each rule fired, the security events).

use jiff::Timestamp;
use rusqlite::Connection;
use serde_json::{json, Map, Value};

use super::engine::{Assessment, CredentialChange, Facts};
use super::rules::{Changed, RiskChange, RiskSettings, RuleId, Target};
use crate::auth::vault::WalletKey;
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::ledger::sealed;
use crate::money::Currency;
use crate::store::risk::{self as rq, RuleRow};
use crate::store::wallet_row;

/// The settings as stored, without checking their seals (reads: `risk rules`, the checks
/// before the confirmation).
pub fn load(conn: &Connection, base: Currency) -> Result<RiskSettings> {
    from_rows(base, &rq::all(conn)?)
}

/// The settings a write may trust: every row's seal checked, and all of them there once any
/// was written.
pub fn load_trusted(conn: &Connection, key: &WalletKey, base: Currency) -> Result<RiskSettings> {
    let rows = rq::all(conn)?;
    for row in &rows {
        sealed::check(conn, key, &sealed::RISK_RULES, &[&row.rule])?;
    }
    if rows.len() != expected_rows(conn)? {
        return Err(sealed::tampered(sealed::RISK_RULES.name, "missing rows"));
    }
    from_rows(base, &rows)
}

/// How many rule rows a wallet has: every rule and the thresholds once any was set, else none.
pub fn expected_rows(conn: &Connection) -> Result<usize> {
    Ok(if rq::were_set(conn)? {
        RuleId::ALL.len() + 1
    } else {
        0
    })
}

fn from_rows(base: Currency, rows: &[RuleRow]) -> Result<RiskSettings> {
    let mut settings = RiskSettings::defaults(base);
    for row in rows {
        let target = Target::parse(&row.rule)
            .ok_or_else(|| sealed::tampered(sealed::RISK_RULES.name, &row.rule))?;
        settings.set_stored(target, row.enabled, &row.params)?;
    }
    Ok(settings)
}

/// Write every row as `settings` has them and seal them.
fn store(
    conn: &Connection,
    key: &WalletKey,
    settings: &RiskSettings,
    now: Timestamp,
) -> Result<()> {
    let targets = RuleId::ALL
        .into_iter()
        .map(Target::Rule)
        .chain([Target::Thresholds]);
    for target in targets {
        let row = RuleRow {
            rule: target.as_str().to_string(),
            enabled: settings.get(target).enabled,
            params: settings.stored_params(target),
            changed_at_ms: clock::to_ms(now),
        };
        rq::upsert(conn, &row)?;
        sealed::reseal(conn, key, &sealed::RISK_RULES, &[&row.rule])?;
    }
    // The settings row (sealed by the write) remembers that the rows exist.
    rq::mark_set(conn)
}

/// `risk set`: apply the change; one that loosens a rule needs a step-up (otherwise
/// `step_up_required` and nothing changes). A change is a security event (`risk_rule_changed`).
pub fn change(
    conn: &Connection,
    key: &WalletKey,
    base: Currency,
    now: Timestamp,
    change: &RiskChange,
    stepped_up: bool,
) -> Result<RiskSettings> {
    let mut settings = load_trusted(conn, key, base)?;
    let loosened = change.loosens(&settings);
    if loosened && !stepped_up {
        return Err(
            Error::new(Code::StepUpRequired, "err.risk.step_up_required")
                .arg("rule", change.target.as_str()),
        );
    }
    let changed = change.apply(&mut settings)?;
    if changed.is_empty() {
        return Ok(settings);
    }
    store(conn, key, &settings, now)?;
    let detail = json!({
        "rule": change.target.as_str(),
        "changes": changes_json(&changed),
        "loosened": loosened,
    });
    wallet_row::log_event(conn, clock::to_ms(now), "risk_rule_changed", &detail)?;
    Ok(settings)
}

fn changes_json(changed: &[Changed]) -> Value {
    let map: Map<String, Value> = changed
        .iter()
        .map(|(k, from, to)| (k.to_string(), json!({"from": from, "to": to})))
        .collect();
    Value::Object(map)
}

/// How often each rule fired.
pub fn fired(conn: &Connection) -> Result<Vec<(RuleId, i64)>> {
    let counts = rq::fired(conn)?;
    Ok(RuleId::ALL
        .into_iter()
        .map(|r| {
            let n = counts
                .iter()
                .find(|(rule, _)| rule == r.as_str())
                .map_or(0, |(_, n)| *n);
            (r, n)
        })
        .collect())
}

/// Count each rule that fired in an evaluation made by a write.
pub fn count_fired(conn: &Connection, assessment: &Assessment) -> Result<()> {
    for hit in &assessment.hits {
        rq::count_fired(conn, hit.rule.as_str())?;
    }
    Ok(())
}

/// What a risk security event says about the payment and the decision.
pub fn event_detail(assessment: &Assessment, payment: &Map<String, Value>) -> Value {
    let mut detail = payment.clone();
    detail.extend(assessment.to_json());
    Value::Object(detail)
}

/// A challenge the payer has not answered (yet): counted and logged as `risk_challenge`.
pub fn note_challenge(
    conn: &Connection,
    now: Timestamp,
    assessment: &Assessment,
    payment: &Map<String, Value>,
) -> Result<()> {
    count_fired(conn, assessment)?;
    let mut detail = event_detail(assessment, payment);
    detail["answered"] = json!(false);
    wallet_row::log_event(conn, clock::to_ms(now), "risk_challenge", &detail)
}

/// The rules' inputs over SQLite, for one payment to one merchant (`merchant_id` empty for a
/// merchant this payment registers).
pub struct SqlFacts<'a> {
    pub conn: &'a Connection,
    pub base: Currency,
    pub merchant_id: &'a str,
}

impl Facts for SqlFacts<'_> {
    fn payments_between(&mut self, from: i64, to: i64, min: i64, cap: i64) -> Result<i64> {
        rq::payments_between(self.conn, from, to, min, cap)
    }

    fn recent_values(&mut self, to: i64, count: i64) -> Result<Vec<i64>> {
        rq::recent_payment_values(self.conn, to, count)
    }

    fn merchant_is_new(&mut self) -> Result<bool> {
        if self.merchant_id.is_empty() {
            return Ok(true);
        }
        Ok(!crate::store::merchants::has_paid(
            self.conn,
            self.merchant_id,
        )?)
    }

    fn topped_up_between(&mut self, from: i64, to: i64) -> Result<i64> {
        rq::topped_up_between(self.conn, self.base.code(), from, to)
    }

    /// From the security log (indexed by kind, not sealed): the rule slows down whoever changed
    /// the password, who holds it and so could as well switch the rule off with `risk set`.
    fn credential_change(&mut self) -> Result<Option<(i64, CredentialChange)>> {
        let kinds = [CredentialChange::Password, CredentialChange::TwoFaDisabled];
        let names: Vec<&str> = kinds.iter().map(|c| c.event_kind()).collect();
        Ok(rq::newest_event(self.conn, &names)?.and_then(|(at, kind)| {
            kinds
                .into_iter()
                .find(|c| c.event_kind() == kind)
                .map(|c| (at, c))
        }))
    }

    fn declines_between(&mut self, from: i64, to: i64, cap: i64) -> Result<i64> {
        rq::declines_between(self.conn, from, to, cap)
    }
}
