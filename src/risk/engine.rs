//! The rules engine: each enabled rule looks at the payment and what the wallet knows, and
//! scores it when it fires, with the values that explain why ([`Hit`]); the total maps to a
//! [`Decision`] by the thresholds. Pure apart from [`Facts`], which the engine asks only for
//! what an enabled rule needs, and only once the payment is large enough for that rule, so an
//! everyday payment costs no query at all.

use std::collections::BTreeMap;

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use serde_json::{json, Map, Value};

use super::rules::{night_hours, RiskSettings, RuleId, RuleSetting, USUAL_SAMPLE};
use crate::clock;
use crate::error::Result;
use crate::money::{format_minor, Currency};

/// What the total score means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Decision {
    /// Go on.
    Normal,
    /// Challenge the payer: a one-time code when 2FA is on, otherwise the password again.
    Elevated,
    /// Block: `risk_blocked`, recorded as a declined payment.
    Highest,
}

impl Decision {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Normal => "normal",
            Decision::Elevated => "elevated",
            Decision::Highest => "highest",
        }
    }

    /// Parse a stable name.
    pub fn parse(text: &str) -> Option<Decision> {
        [Decision::Normal, Decision::Elevated, Decision::Highest]
            .into_iter()
            .find(|d| d.as_str() == text)
    }
}

/// A credential change `after_credential_change` watches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialChange {
    Password,
    TwoFaDisabled,
}

impl CredentialChange {
    /// The security event that records it.
    pub fn event_kind(self) -> &'static str {
        match self {
            CredentialChange::Password => "password_changed",
            CredentialChange::TwoFaDisabled => "2fa_disabled",
        }
    }

    /// The value `change` of the rule's explanation.
    pub fn as_str(self) -> &'static str {
        match self {
            CredentialChange::Password => "password",
            CredentialChange::TwoFaDisabled => "2fa",
        }
    }
}

/// What the rules may ask about the wallet (times in ms since the epoch; windows are
/// `(from, to]`). Implemented over SQLite by the checkout, and by a table in tests.
pub trait Facts {
    /// Succeeded base-currency payments counted at least `min_minor`, up to `cap`.
    fn payments_between(
        &mut self,
        from_ms: i64,
        to_ms: i64,
        min_minor: i64,
        cap: i64,
    ) -> Result<i64>;
    /// What the newest `count` succeeded base-currency payments counted, newest first.
    fn recent_values(&mut self, to_ms: i64, count: i64) -> Result<Vec<i64>>;
    /// Whether no payment to this merchant went through before.
    fn merchant_is_new(&mut self) -> Result<bool>;
    /// Base-currency top-ups that went through.
    fn topped_up_between(&mut self, from_ms: i64, to_ms: i64) -> Result<i64>;
    /// The newest password change or 2FA switch-off, and when.
    fn credential_change(&mut self) -> Result<Option<(i64, CredentialChange)>>;
    /// Declined payments, up to `cap`.
    fn declines_between(&mut self, from_ms: i64, to_ms: i64, cap: i64) -> Result<i64>;
}

/// The payment being scored.
#[derive(Debug, Clone)]
pub struct Payment {
    /// Its base-currency value, fee included (what it counts against the limits).
    pub value_minor: i64,
    pub base: Currency,
    pub merchant_name: String,
    pub now: Timestamp,
    pub zone: TimeZone,
}

/// A rule that fired: its score and the values that explain it (the words are the CLI's, in
/// the user's language; see `risk.reason.<rule>` in locales/).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub rule: RuleId,
    pub score: i64,
    pub values: BTreeMap<String, String>,
}

impl Hit {
    /// `{"rule", "score", "values"}`: what is recorded and shown (the CLI adds `reason`).
    pub fn to_json(&self) -> Value {
        json!({ "rule": self.rule.as_str(), "score": self.score, "values": self.values })
    }

    /// Read a recorded hit back.
    pub fn from_json(v: &Value) -> Option<Hit> {
        let values = match v.get("values") {
            Some(Value::Object(map)) => map
                .iter()
                .map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                .collect::<Option<BTreeMap<_, _>>>()?,
            _ => BTreeMap::new(),
        };
        Some(Hit {
            rule: RuleId::parse(v.get("rule")?.as_str()?)?,
            score: v.get("score")?.as_i64()?,
            values,
        })
    }
}

/// The outcome of scoring one payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub decision: Decision,
    pub score: i64,
    pub hits: Vec<Hit>,
}

impl Assessment {
    /// `{"decision", "score", "rules": [{"rule", "score", "values"}]}`.
    pub fn to_json(&self) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("decision".into(), json!(self.decision.as_str()));
        m.insert("score".into(), json!(self.score));
        m.insert(
            "rules".into(),
            Value::Array(self.hits.iter().map(Hit::to_json).collect()),
        );
        m
    }

    /// The rules' ids, in order, for a message.
    pub fn rule_ids(&self) -> String {
        let ids: Vec<&str> = self.hits.iter().map(|h| h.rule.as_str()).collect();
        ids.join(", ")
    }
}

/// Score a payment: every enabled rule in order, the total mapped by the thresholds.
pub fn assess(
    settings: &RiskSettings,
    payment: &Payment,
    facts: &mut dyn Facts,
) -> Result<Assessment> {
    let mut hits = Vec::new();
    for rule in RuleId::ALL {
        let setting = settings.rule(rule);
        if !setting.enabled || payment.value_minor < setting.get("min_amount") {
            continue;
        }
        if let Some(values) = fires(rule, setting, payment, facts)? {
            hits.push(Hit {
                rule,
                score: setting.get("score"),
                values,
            });
        }
    }
    let score = hits.iter().fold(0_i64, |s, h| s.saturating_add(h.score));
    let decision = if score >= settings.highest() {
        Decision::Highest
    } else if score >= settings.elevated() {
        Decision::Elevated
    } else {
        Decision::Normal
    };
    Ok(Assessment {
        decision,
        score,
        hits,
    })
}

type Values = BTreeMap<String, String>;

fn values(pairs: &[(&str, String)]) -> Values {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

/// The window of `seconds` ending now, in ms.
fn window(payment: &Payment, seconds: i64) -> (i64, i64, String) {
    let to = clock::to_ms(payment.now);
    let from = to.saturating_sub(seconds.saturating_mul(1000));
    (
        from,
        to,
        clock::format_duration(SignedDuration::from_secs(seconds)),
    )
}

/// Whether `rule` fires for the payment, with its explanation.
fn fires(
    rule: RuleId,
    s: &RuleSetting,
    p: &Payment,
    facts: &mut dyn Facts,
) -> Result<Option<Values>> {
    let money = |minor: i64| format_minor(minor, p.base);
    let amount = money(p.value_minor);
    let currency = p.base.code().to_string();
    Ok(match rule {
        RuleId::Velocity => {
            // This payment and the ones before it in the window.
            let count = s.get("count");
            let (from, to, w) = window(p, s.get("window"));
            let before =
                facts.payments_between(from, to, s.get("min_amount"), count.saturating_sub(1))?;
            (before.saturating_add(1) >= count).then(|| {
                values(&[
                    ("count", before.saturating_add(1).to_string()),
                    ("window", w),
                    ("min_amount", money(s.get("min_amount"))),
                    ("currency", currency),
                ])
            })
        }
        RuleId::UnusualAmount => {
            let sample = facts.recent_values(clock::to_ms(p.now), USUAL_SAMPLE)?;
            let enough = i64::try_from(sample.len()).unwrap_or(0) >= s.get("history");
            let usual = median(&sample);
            let far =
                i128::from(p.value_minor) > i128::from(usual) * i128::from(s.get("multiplier"));
            (enough && usual > 0 && far).then(|| {
                values(&[
                    ("amount", amount),
                    ("usual", money(usual)),
                    ("multiplier", s.get("multiplier").to_string()),
                    ("payments", sample.len().to_string()),
                    ("currency", currency),
                ])
            })
        }
        RuleId::NewMerchantLarge => facts.merchant_is_new()?.then(|| {
            values(&[
                ("amount", amount),
                ("merchant", p.merchant_name.clone()),
                ("min_amount", money(s.get("min_amount"))),
                ("currency", currency),
            ])
        }),
        RuleId::NightLarge => {
            let local = p.now.to_zoned(p.zone.clone());
            let (start, end) = (s.get("start_hour"), s.get("end_hour"));
            night_hours(start, end)
                .contains(&i64::from(local.hour()))
                .then(|| {
                    values(&[
                        ("amount", amount),
                        ("time", local.strftime("%H:%M").to_string()),
                        ("start", format!("{start:02}:00")),
                        ("end", format!("{end:02}:00")),
                        ("currency", currency),
                    ])
                })
        }
        RuleId::TopupThenPay => {
            let (from, to, w) = window(p, s.get("window"));
            let topped = facts.topped_up_between(from, to)?;
            let share = i128::from(p.value_minor) * 100;
            let straight_out =
                topped > 0 && share >= i128::from(topped) * i128::from(s.get("share"));
            if straight_out && facts.merchant_is_new()? {
                Some(values(&[
                    ("amount", amount),
                    ("topped_up", money(topped)),
                    ("window", w),
                    ("merchant", p.merchant_name.clone()),
                    ("currency", currency),
                ]))
            } else {
                None
            }
        }
        RuleId::AfterCredentialChange => {
            let (from, to, w) = window(p, s.get("window"));
            match facts.credential_change()? {
                Some((at_ms, change)) if at_ms > from && at_ms <= to => {
                    let at = clock::from_ms(at_ms)?;
                    Some(values(&[
                        ("amount", amount),
                        ("change", change.as_str().to_string()),
                        ("changed_at", clock::local(at, &p.zone)),
                        ("window", w),
                        ("currency", currency),
                    ]))
                }
                _ => None,
            }
        }
        RuleId::RepeatedDeclines => {
            let count = s.get("count");
            let (from, to, w) = window(p, s.get("window"));
            let declines = facts.declines_between(from, to, count)?;
            (declines >= count).then(|| values(&[("count", declines.to_string()), ("window", w)]))
        }
    })
}

/// The median of a sample (the lower middle of an even one); 0 for none.
fn median(sample: &[i64]) -> i64 {
    let mut sorted = sample.to_vec();
    sorted.sort_unstable();
    match sorted.len() {
        0 => 0,
        n => sorted[(n - 1) / 2],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::risk::rules::{RiskChange, Target};

    /// A wallet's facts as a table: every query answers from these fields.
    #[derive(Default)]
    struct Table {
        /// (ms, counted minor) of succeeded payments.
        payments: Vec<(i64, i64)>,
        declines: Vec<i64>,
        topups: Vec<(i64, i64)>,
        new_merchant: bool,
        credential: Option<(i64, CredentialChange)>,
        asked: Vec<&'static str>,
    }

    impl Facts for Table {
        fn payments_between(&mut self, from: i64, to: i64, min: i64, cap: i64) -> Result<i64> {
            self.asked.push("payments");
            let n = self
                .payments
                .iter()
                .filter(|(at, v)| *at > from && *at <= to && *v >= min)
                .count();
            Ok(i64::try_from(n).unwrap().min(cap))
        }
        fn recent_values(&mut self, to: i64, count: i64) -> Result<Vec<i64>> {
            self.asked.push("recent");
            let mut v: Vec<(i64, i64)> = self
                .payments
                .iter()
                .filter(|(at, _)| *at <= to)
                .copied()
                .collect();
            v.sort_by_key(|p| std::cmp::Reverse(p.0));
            Ok(v.into_iter()
                .take(usize::try_from(count).unwrap())
                .map(|(_, v)| v)
                .collect())
        }
        fn merchant_is_new(&mut self) -> Result<bool> {
            self.asked.push("merchant");
            Ok(self.new_merchant)
        }
        fn topped_up_between(&mut self, from: i64, to: i64) -> Result<i64> {
            self.asked.push("topups");
            Ok(self
                .topups
                .iter()
                .filter(|(at, _)| *at > from && *at <= to)
                .map(|(_, v)| v)
                .sum())
        }
        fn credential_change(&mut self) -> Result<Option<(i64, CredentialChange)>> {
            self.asked.push("credential");
            Ok(self.credential)
        }
        fn declines_between(&mut self, from: i64, to: i64, cap: i64) -> Result<i64> {
            self.asked.push("declines");
            let n = self
                .declines
                .iter()
                .filter(|at| **at > from && **at <= to)
                .count();
            Ok(i64::try_from(n).unwrap().min(cap))
        }
    }

    const NOON: &str = "2027-03-10T04:00:00Z"; // 12:00 in Shanghai
    const MIN: i64 = 60_000;

    fn cny() -> Currency {
        Currency::parse("CNY").unwrap()
    }

    fn payment(yuan: i64, at: &str) -> Payment {
        Payment {
            value_minor: yuan * 100,
            base: cny(),
            merchant_name: "Jade".into(),
            now: at.parse().unwrap(),
            zone: clock::parse_zone("Asia/Shanghai").unwrap(),
        }
    }

    fn now_ms(at: &str) -> i64 {
        clock::to_ms(at.parse().unwrap())
    }

    fn rules_of(a: &Assessment) -> Vec<RuleId> {
        a.hits.iter().map(|h| h.rule).collect()
    }

    fn run(p: &Payment, facts: &mut Table) -> Assessment {
        assess(&RiskSettings::defaults(cny()), p, facts).unwrap()
    }

    #[test]
    fn an_everyday_payment_asks_nothing_and_is_normal() {
        let mut facts = Table::default();
        let a = run(&payment(30, NOON), &mut facts);
        assert_eq!((a.decision, a.score), (Decision::Normal, 0));
        assert!(a.hits.is_empty());
        assert!(facts.asked.is_empty(), "{:?}", facts.asked);
    }

    #[test]
    fn velocity_counts_this_payment_and_the_ones_in_the_window() {
        let now = now_ms(NOON);
        let mut facts = Table {
            payments: vec![
                (now - 11 * MIN, 10_000),
                (now, 10_000),
                (now, 10_000),
                (now, 9_999),
            ],
            ..Table::default()
        };
        let a = run(&payment(100, NOON), &mut facts);
        assert!(
            a.hits.is_empty(),
            "two in the window, one too small, one too old"
        );
        facts.payments.push((now - 9 * MIN, 20_000));
        facts.payments.push((now - MIN, 10_000));
        let a = run(&payment(100, NOON), &mut facts);
        assert_eq!(rules_of(&a), vec![RuleId::Velocity]);
        assert_eq!(a.decision, Decision::Elevated);
        assert_eq!(a.hits[0].values["count"], "5");
        assert_eq!(a.hits[0].values["window"], "10m");
    }

    #[test]
    fn an_unusual_amount_needs_enough_history() {
        let now = now_ms(NOON);
        let mut facts = Table {
            payments: (0..9).map(|i| (now - i * MIN, 5_000)).collect(),
            ..Table::default()
        };
        assert!(run(&payment(600, NOON), &mut facts).hits.is_empty());
        facts.payments.push((now - 100 * MIN, 5_000));
        let a = run(&payment(600, NOON), &mut facts);
        assert_eq!(rules_of(&a), vec![RuleId::UnusualAmount]);
        assert_eq!(a.hits[0].values["usual"], "50.00");
        // Five times the usual exactly is not far above it.
        assert!(run(&payment(250, NOON), &mut facts).hits.is_empty());
    }

    #[test]
    fn a_large_first_payment_to_a_new_merchant() {
        let mut facts = Table {
            new_merchant: true,
            ..Table::default()
        };
        assert!(run(&payment(1_999, NOON), &mut facts).hits.is_empty());
        let a = run(&payment(2_000, NOON), &mut facts);
        assert_eq!(rules_of(&a), vec![RuleId::NewMerchantLarge]);
        assert_eq!(a.decision, Decision::Elevated);
        assert_eq!(a.hits[0].values["merchant"], "Jade");
        facts.new_merchant = false;
        assert!(run(&payment(2_000, NOON), &mut facts).hits.is_empty());
    }

    #[test]
    fn night_hours_are_the_wallets() {
        // 02:30 in Shanghai is 18:30 UTC the day before.
        let night = "2027-03-09T18:30:00Z";
        let mut facts = Table::default();
        let a = run(&payment(1_000, night), &mut facts);
        assert_eq!(rules_of(&a), vec![RuleId::NightLarge]);
        assert_eq!(a.hits[0].values["time"], "02:30");
        assert_eq!(a.decision, Decision::Elevated);
        assert!(run(&payment(999, night), &mut facts).hits.is_empty());
        // 06:00 in Shanghai is day.
        assert!(run(&payment(1_000, "2027-03-09T22:00:00Z"), &mut facts)
            .hits
            .is_empty());
    }

    #[test]
    fn money_topped_up_and_paid_straight_out_to_a_new_merchant() {
        let now = now_ms(NOON);
        let mut facts = Table {
            new_merchant: true,
            topups: vec![(now - 10 * MIN, 120_000)],
            ..Table::default()
        };
        let a = run(&payment(1_000, NOON), &mut facts);
        assert_eq!(rules_of(&a), vec![RuleId::TopupThenPay]);
        assert_eq!(a.hits[0].values["topped_up"], "1200.00");
        // Most of a large top-up to a new merchant, large itself: blocked.
        facts.topups = vec![(now - MIN, 300_000)];
        let a = run(&payment(2_500, NOON), &mut facts);
        assert_eq!(
            rules_of(&a),
            vec![RuleId::NewMerchantLarge, RuleId::TopupThenPay]
        );
        assert_eq!((a.decision, a.score), (Decision::Highest, 110));
        // A small share of the top-up, or a merchant paid before: nothing.
        facts.topups = vec![(now - MIN, 1_000_000)];
        assert!(run(&payment(1_000, NOON), &mut facts).hits.is_empty());
        facts.topups = vec![(now - 61 * MIN, 120_000)];
        assert!(run(&payment(1_000, NOON), &mut facts).hits.is_empty());
        facts.topups = vec![(now - MIN, 120_000)];
        facts.new_merchant = false;
        assert!(run(&payment(1_000, NOON), &mut facts).hits.is_empty());
    }

    #[test]
    fn a_large_payment_soon_after_a_credential_change() {
        let now = now_ms(NOON);
        let mut facts = Table {
            credential: Some((now - 60 * MIN, CredentialChange::Password)),
            ..Table::default()
        };
        let a = run(&payment(1_000, NOON), &mut facts);
        assert_eq!(rules_of(&a), vec![RuleId::AfterCredentialChange]);
        assert_eq!(a.hits[0].values["change"], "password");
        facts.credential = Some((now - 25 * 60 * MIN, CredentialChange::TwoFaDisabled));
        assert!(run(&payment(1_000, NOON), &mut facts).hits.is_empty());
    }

    #[test]
    fn repeated_declines_block_on_their_own() {
        let now = now_ms(NOON);
        let mut facts = Table {
            declines: vec![now; 4],
            ..Table::default()
        };
        assert!(run(&payment(100, NOON), &mut facts).hits.is_empty());
        facts.declines.push(now - 29 * MIN);
        let a = run(&payment(100, NOON), &mut facts);
        assert_eq!(rules_of(&a), vec![RuleId::RepeatedDeclines]);
        assert_eq!((a.decision, a.score), (Decision::Highest, 100));
        // Small payments are never scored by it.
        assert!(run(&payment(99, NOON), &mut facts).hits.is_empty());
    }

    #[test]
    fn a_disabled_rule_is_not_asked_and_thresholds_are_configurable() {
        let mut settings = RiskSettings::defaults(cny());
        let pairs = |p: &[&str]| p.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        RiskChange::parse("new_merchant_large", &pairs(&["enabled=false"]), cny())
            .unwrap()
            .apply(&mut settings)
            .unwrap();
        let mut facts = Table {
            new_merchant: true,
            ..Table::default()
        };
        let a = assess(&settings, &payment(5_000, NOON), &mut facts).unwrap();
        assert!(a.hits.is_empty());
        assert!(!facts.asked.contains(&"merchant"), "{:?}", facts.asked);
        RiskChange::parse("night_large", &pairs(&["score=40"]), cny())
            .unwrap()
            .apply(&mut settings)
            .unwrap();
        RiskChange::parse("thresholds", &pairs(&["highest=40"]), cny())
            .unwrap()
            .apply(&mut settings)
            .unwrap();
        let a = assess(
            &settings,
            &payment(1_000, "2027-03-09T18:30:00Z"),
            &mut facts,
        )
        .unwrap();
        assert_eq!(a.decision, Decision::Highest);
        assert_eq!(settings.get(Target::Thresholds).get("highest"), 40);
    }

    #[test]
    fn hits_read_back_as_recorded() {
        let mut facts = Table {
            new_merchant: true,
            ..Table::default()
        };
        let a = run(&payment(2_000, NOON), &mut facts);
        let json = Value::Object(a.to_json());
        let back: Vec<Hit> = json["rules"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| Hit::from_json(h).unwrap())
            .collect();
        assert_eq!(back, a.hits);
        assert_eq!(json["decision"], "elevated");
        assert_eq!(Decision::parse("highest"), Some(Decision::Highest));
        assert_eq!(median(&[5, 1, 3, 100]), 3);
    }
}
