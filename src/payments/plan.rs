//! What the checkout's stages build and how they say no: a [`Plan`] accumulates the debit, the
//! FX quote, the fee, the limit usage and the risk decision stage by stage; a [`Refusal`] owns
//! its code, message key and typed details, and is recorded as a `declined` transaction.
//! [`Verdict`] is the outcome of all the stages: go, refuse, or a risk challenge.

use std::str::FromStr;

use jiff::Timestamp;
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

use crate::clock;
use crate::error::{Code, Error, Result};
use crate::ledger::{account, Kind, NewTransaction, Posting, Status};
use crate::money::{format_minor, Currency, Money};
use crate::risk::engine::{Assessment, Decision, Hit};
use crate::risk::limits::{LimitBreach, LimitKind, LimitUsage};

/// A currency conversion quoted for a payment paid from another balance.
pub use crate::fx::quote::FxQuote;

/// A payment as the stages have shaped it so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// What the merchant receives.
    pub amount: Money,
    /// What leaves the wallet, fee included.
    pub debit: Money,
    pub fee: Money,
    pub fx: Option<FxQuote>,
    /// What the payment counts against the spending limits (base currency, minor units); `None`
    /// for a payment whose base-currency value is not known (another currency, before FX).
    pub limit_minor: Option<i64>,
    /// What the limits look like once the payment is made.
    pub limits: Option<LimitUsage>,
    /// The balance the debit comes from, before the payment.
    pub balance_before: Option<Money>,
    /// What risk monitoring decided (none for a payment it could not value, or before it ran).
    pub risk: Option<RiskDecision>,
}

/// How the payer answered a risk challenge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChallengeAnswer {
    /// The password again (2FA off).
    Password,
    /// A one-time code (2FA on).
    Otp,
}

impl ChallengeAnswer {
    /// The stable name (`risk.answered`, `details.challenge`).
    pub fn as_str(self) -> &'static str {
        match self {
            ChallengeAnswer::Password => "password",
            ChallengeAnswer::Otp => "otp",
        }
    }
}

/// Risk monitoring's decision on a payment: the assessment, and the answer to its challenge
/// when it was `elevated` and the payer proved it is them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskDecision {
    pub assessment: Assessment,
    pub answered: Option<ChallengeAnswer>,
}

impl RiskDecision {
    /// Whether the payment waits for the payer to answer a challenge.
    pub fn challenge_pending(&self) -> bool {
        self.assessment.decision == Decision::Elevated && self.answered.is_none()
    }

    /// `{"decision", "score", "rules", "answered"?}`: recorded (sealed) with the payment.
    pub fn to_json(&self) -> Value {
        let mut m = self.assessment.to_json();
        if let Some(a) = self.answered {
            m.insert("answered".into(), json!(a.as_str()));
        }
        Value::Object(m)
    }
}

impl Plan {
    /// A plan for paying `amount`: no fee, no quote, nothing checked yet.
    pub fn new(amount: Money) -> Plan {
        Plan {
            amount,
            debit: amount,
            fee: Money::zero(amount.currency()),
            fx: None,
            limit_minor: None,
            limits: None,
            balance_before: None,
            risk: None,
        }
    }

    /// The balance after the payment.
    pub fn balance_after(&self) -> Result<Money> {
        let before = self
            .balance_before
            .ok_or_else(|| Error::internal("plan without a balance"))?;
        before.checked_sub(self.debit)
    }

    /// The succeeded payment this plan records, with its postings: the debit out of the
    /// wallet, the amount to the merchant, the fee to `fees:CUR`. A payment from another
    /// balance converts first: the debit and the spread leave in that currency through
    /// `fx:FROM`, and `fx:CUR` pays the merchant and the fee.
    pub fn into_transaction(&self, merchant_id: &str, now: Timestamp) -> Result<NewTransaction> {
        if let Some(q) = &self.fx {
            return self.converted_transaction(q, merchant_id, now);
        }
        let currency = self.debit.currency();
        let mut tx = NewTransaction::new(
            Kind::Payment,
            Status::Succeeded,
            self.amount.minor(),
            self.amount.currency(),
            now,
        );
        tx.fee_minor = self.fee.minor();
        tx.limit_minor = self.limit_minor;
        tx.postings = vec![
            Posting {
                account: account::wallet(currency),
                currency,
                amount_minor: -self.debit.minor(),
            },
            Posting {
                account: account::merchant(merchant_id),
                currency: self.amount.currency(),
                amount_minor: self.amount.minor(),
            },
        ];
        if !self.fee.is_zero() {
            tx.postings.push(Posting {
                account: account::fees(self.fee.currency()),
                currency: self.fee.currency(),
                amount_minor: self.fee.minor(),
            });
        }
        Ok(tx)
    }
}

impl Plan {
    fn converted_transaction(
        &self,
        q: &FxQuote,
        merchant_id: &str,
        now: Timestamp,
    ) -> Result<NewTransaction> {
        let currency = self.amount.currency();
        if q.to_amount.currency() != currency
            || q.to_amount.minor() != self.amount.minor().saturating_add(self.fee.minor())
            || q.from_amount != self.debit
        {
            return Err(Error::internal("the FX quote does not cover the payment"));
        }
        let mut tx = NewTransaction::new(
            Kind::Payment,
            Status::Succeeded,
            self.amount.minor(),
            currency,
            now,
        );
        tx.fee_minor = self.fee.minor();
        tx.limit_minor = self.limit_minor;
        tx.postings = q.postings(false);
        tx.postings.push(Posting {
            account: account::merchant(merchant_id),
            currency,
            amount_minor: self.amount.minor(),
        });
        if !self.fee.is_zero() {
            tx.postings.push(Posting {
                account: account::fees(currency),
                currency,
                amount_minor: self.fee.minor(),
            });
        }
        Ok(tx)
    }
}

/// Why a payment is declined. Each variant owns its code, message key and details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    MerchantNotAccepting {
        merchant: String,
    },
    MerchantBlocked {
        merchant: String,
    },
    CurrencyNotSupported {
        merchant: String,
        currency: Currency,
        accepted: Vec<String>,
    },
    LimitExceeded(Box<LimitBreach>),
    RiskBlocked {
        score: i64,
        rules: Vec<Hit>,
    },
    InsufficientFunds {
        missing: Money,
        available: Money,
    },
}

/// What the stages decided.
#[derive(Debug, Clone)]
pub enum Verdict {
    /// Every stage passed: record this plan.
    Go(Box<Plan>),
    /// A stage refused: record the decline, with risk monitoring's decision when it ran before
    /// the refusing stage.
    Decline(Refusal, Option<Box<RiskDecision>>),
    /// Risk monitoring wants the payer to prove it is them before going on: nothing is recorded.
    Challenge(Box<Plan>),
}

impl Refusal {
    /// The error code.
    pub fn code(&self) -> Code {
        match self {
            Refusal::MerchantNotAccepting { .. } => Code::MerchantNotAccepting,
            Refusal::MerchantBlocked { .. } => Code::MerchantBlocked,
            Refusal::CurrencyNotSupported { .. } => Code::CurrencyNotSupported,
            Refusal::LimitExceeded(_) => Code::LimitExceeded,
            Refusal::RiskBlocked { .. } => Code::RiskBlocked,
            Refusal::InsufficientFunds { .. } => Code::InsufficientFunds,
        }
    }

    /// The message key (its advice is `<key>_advice`).
    pub fn message_key(&self) -> &'static str {
        match self {
            Refusal::MerchantNotAccepting { .. } => "err.pay.merchant_not_accepting",
            Refusal::MerchantBlocked { .. } => "err.pay.merchant_blocked",
            Refusal::CurrencyNotSupported { .. } => "err.pay.currency_not_supported",
            // When nothing passes now, the advice cannot be to split the payment.
            Refusal::LimitExceeded(b) => match (b.limit, b.largest_now_minor > 0) {
                (LimitKind::PerTransaction, _) => "err.limits.per_transaction",
                (LimitKind::Daily, true) => "err.limits.daily",
                (LimitKind::Daily, false) => "err.limits.daily_used_up",
                (LimitKind::Monthly, true) => "err.limits.monthly",
                (LimitKind::Monthly, false) => "err.limits.monthly_used_up",
            },
            Refusal::RiskBlocked { .. } => "err.risk.blocked",
            Refusal::InsufficientFunds { .. } => "err.pay.insufficient_funds",
        }
    }

    /// The message arguments, by name.
    fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Refusal::MerchantNotAccepting { merchant } | Refusal::MerchantBlocked { merchant } => {
                vec![("merchant", merchant.clone())]
            }
            Refusal::CurrencyNotSupported {
                merchant,
                currency,
                accepted,
            } => vec![
                ("merchant", merchant.clone()),
                ("currency", currency.code().to_string()),
                ("accepted", accepted.join(", ")),
            ],
            Refusal::LimitExceeded(b) => {
                let money = |minor| format_minor(minor, b.currency);
                let mut args = vec![
                    ("limit", b.limit.as_str().to_string()),
                    ("limit_amount", money(b.limit_minor)),
                    ("used", money(b.used_minor)),
                    ("remaining", money(b.remaining_minor)),
                    ("largest", money(b.largest_now_minor)),
                    ("currency", b.currency.code().to_string()),
                ];
                if let Some(local) = &b.resets_local {
                    args.push(("resets_at", local.clone()));
                }
                args
            }
            // The CLI words each rule's reason in the user's language into `reasons`.
            Refusal::RiskBlocked { score, rules } => {
                let ids: Vec<&str> = rules.iter().map(|h| h.rule.as_str()).collect();
                vec![("score", score.to_string()), ("reasons", ids.join(", "))]
            }
            Refusal::InsufficientFunds { missing, available } => vec![
                ("missing", missing.to_string()),
                ("currency", missing.currency().code().to_string()),
                ("available", available.to_string()),
            ],
        }
    }

    /// The details recorded with the decline and shown in `error.details`.
    pub fn details(&self) -> Map<String, Value> {
        let mut d = Map::new();
        match self {
            Refusal::MerchantNotAccepting { merchant } | Refusal::MerchantBlocked { merchant } => {
                d.insert("merchant".into(), json!(merchant));
            }
            Refusal::CurrencyNotSupported {
                merchant,
                currency,
                accepted,
            } => {
                d.insert("merchant".into(), json!(merchant));
                d.insert("currency".into(), json!(currency.code()));
                d.insert("accepted".into(), json!(accepted));
            }
            Refusal::LimitExceeded(b) => {
                let money = |minor| json!(format_minor(minor, b.currency));
                d.insert("limit".into(), json!(b.limit.as_str()));
                d.insert("limit_amount".into(), money(b.limit_minor));
                d.insert("used".into(), money(b.used_minor));
                d.insert("remaining".into(), money(b.remaining_minor));
                d.insert("largest_payment_now".into(), money(b.largest_now_minor));
                d.insert("currency".into(), json!(b.currency.code()));
                if let Some(at) = b.resets_at {
                    d.insert("resets_at".into(), json!(clock::rfc3339(at)));
                }
                if let Some(local) = &b.resets_local {
                    d.insert("resets_at_local".into(), json!(local));
                }
            }
            Refusal::RiskBlocked { score, rules } => {
                d.insert("decision".into(), json!(Decision::Highest.as_str()));
                d.insert("score".into(), json!(score));
                d.insert(
                    "rules".into(),
                    Value::Array(rules.iter().map(Hit::to_json).collect()),
                );
            }
            Refusal::InsufficientFunds { missing, available } => {
                d.insert("missing".into(), json!(missing.to_string()));
                d.insert("currency".into(), json!(missing.currency().code()));
                d.insert("available".into(), json!(available.to_string()));
            }
        }
        d
    }

    /// The error the user sees for this decline, recorded as `tx_id`.
    pub fn error(&self, tx_id: &str) -> Error {
        let mut e = Error::new(self.code(), self.message_key()).arg("transaction_id", tx_id);
        for (name, value) in self.args() {
            e = e.arg(name, value);
        }
        e.details = self.details();
        e.details.insert("transaction_id".into(), json!(tx_id));
        e
    }

    /// Read a recorded decline back (for a replay or a receipt).
    pub fn from_recorded(code: Code, details: &Map<String, Value>) -> Option<Refusal> {
        let text = |name: &str| details.get(name).and_then(Value::as_str);
        let merchant = || text("merchant").map(str::to_string);
        let currency = || text("currency").and_then(|c| Currency::parse(c).ok());
        match code {
            Code::MerchantNotAccepting => Some(Refusal::MerchantNotAccepting {
                merchant: merchant()?,
            }),
            Code::MerchantBlocked => Some(Refusal::MerchantBlocked {
                merchant: merchant()?,
            }),
            Code::CurrencyNotSupported => Some(Refusal::CurrencyNotSupported {
                merchant: merchant()?,
                currency: currency()?,
                accepted: details
                    .get("accepted")?
                    .as_array()?
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
            }),
            Code::InsufficientFunds => {
                let c = currency()?;
                Some(Refusal::InsufficientFunds {
                    missing: Money::from_minor(recorded_minor(text("missing")?, c)?, c),
                    available: Money::from_minor(recorded_minor(text("available")?, c)?, c),
                })
            }
            Code::LimitExceeded => {
                let c = currency()?;
                let minor = |name: &str| recorded_minor(text(name)?, c);
                let resets_at = match text("resets_at") {
                    Some(t) => Some(t.parse::<Timestamp>().ok()?),
                    None => None,
                };
                Some(Refusal::LimitExceeded(Box::new(LimitBreach {
                    limit: LimitKind::parse(text("limit")?)?,
                    currency: c,
                    limit_minor: minor("limit_amount")?,
                    used_minor: minor("used")?,
                    remaining_minor: minor("remaining")?,
                    resets_at,
                    resets_local: text("resets_at_local").map(str::to_string),
                    largest_now_minor: minor("largest_payment_now")?,
                })))
            }
            Code::RiskBlocked => Some(Refusal::RiskBlocked {
                score: details.get("score")?.as_i64()?,
                rules: details
                    .get("rules")?
                    .as_array()?
                    .iter()
                    .map(Hit::from_json)
                    .collect::<Option<Vec<_>>>()?,
            }),
            _ => None,
        }
    }
}

/// An amount as recorded (`"12.50"`, zero allowed) in minor units.
fn recorded_minor(text: &str, currency: Currency) -> Option<i64> {
    let d = Decimal::from_str(text).ok()?;
    Money::from_decimal(d, currency).ok().map(Money::minor)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cny(minor: i64) -> Money {
        Money::from_minor(minor, Currency::parse("CNY").unwrap())
    }

    #[test]
    fn every_refusal_reads_back_as_recorded() {
        let c = Currency::parse("CNY").unwrap();
        let refusals = vec![
            Refusal::MerchantNotAccepting {
                merchant: "Cash".into(),
            },
            Refusal::MerchantBlocked {
                merchant: "Shady".into(),
            },
            Refusal::CurrencyNotSupported {
                merchant: "Shop".into(),
                currency: c,
                accepted: vec!["USD".into(), "EUR".into()],
            },
            Refusal::InsufficientFunds {
                missing: cny(550),
                available: cny(0),
            },
            Refusal::LimitExceeded(Box::new(LimitBreach {
                limit: LimitKind::Daily,
                currency: c,
                limit_minor: 2_000_000,
                used_minor: 1_999_000,
                remaining_minor: 1_000,
                resets_at: Some("2026-05-11T16:00:00Z".parse().unwrap()),
                resets_local: Some("2026-05-12 00:00 CST".into()),
                largest_now_minor: 1_000,
            })),
            Refusal::RiskBlocked {
                score: 110,
                rules: vec![Hit {
                    rule: crate::risk::rules::RuleId::TopupThenPay,
                    score: 60,
                    values: [("amount".to_string(), "2500.00".to_string())]
                        .into_iter()
                        .collect(),
                }],
            },
        ];
        for r in refusals {
            let back = Refusal::from_recorded(r.code(), &r.details()).unwrap();
            assert_eq!(back, r);
            let e = r.error("tx_1");
            assert_eq!(e.code, r.code());
            assert_eq!(e.details["transaction_id"], "tx_1");
            assert!(!e.args.contains_key("detail"), "{e}");
        }
    }

    #[test]
    fn a_plan_becomes_a_balanced_payment() {
        let mut plan = Plan::new(cny(1_250));
        plan.limit_minor = Some(1_250);
        let tx = plan
            .into_transaction("mer_1", "2026-05-11T16:00:00Z".parse().unwrap())
            .unwrap();
        assert_eq!(tx.limit_minor, Some(1_250));
        assert_eq!(tx.postings.iter().map(|p| p.amount_minor).sum::<i64>(), 0);
        assert_eq!(tx.postings[0].amount_minor, -1_250);
    }
}
