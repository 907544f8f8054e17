//! The risk rules and their settings: seven rules, each with an `enabled` switch and documented
//! parameters, and the two thresholds that map a payment's total score to a decision. What each
//! parameter means, its default, its bounds and which way a change loosens the rule are all
//! here, so `risk rules`, `risk set`, the step-up and the README say the same thing.
//!
//! Amounts are in the base currency: the defaults below are a CNY wallet's, scaled for other
//! base currencies by the table the spending limits use ([`crate::risk::limits::DEFAULT_SCALE`]).

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use crate::clock;
use crate::error::{Error, Result};
use crate::money::{format_minor, parse_amount, Currency};
use crate::risk::limits::DEFAULT_SCALE;

/// One of the seven rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RuleId {
    Velocity,
    UnusualAmount,
    NewMerchantLarge,
    NightLarge,
    TopupThenPay,
    AfterCredentialChange,
    RepeatedDeclines,
}

impl RuleId {
    /// Every rule, in the order they are listed and scored.
    pub const ALL: [RuleId; 7] = [
        RuleId::Velocity,
        RuleId::UnusualAmount,
        RuleId::NewMerchantLarge,
        RuleId::NightLarge,
        RuleId::TopupThenPay,
        RuleId::AfterCredentialChange,
        RuleId::RepeatedDeclines,
    ];

    /// The stable id (CLI.md).
    pub fn as_str(self) -> &'static str {
        match self {
            RuleId::Velocity => "velocity",
            RuleId::UnusualAmount => "unusual_amount",
            RuleId::NewMerchantLarge => "new_merchant_large",
            RuleId::NightLarge => "night_large",
            RuleId::TopupThenPay => "topup_then_pay",
            RuleId::AfterCredentialChange => "after_credential_change",
            RuleId::RepeatedDeclines => "repeated_declines",
        }
    }

    /// Parse a stable id.
    pub fn parse(text: &str) -> Option<RuleId> {
        RuleId::ALL.into_iter().find(|r| r.as_str() == text)
    }

    fn index(self) -> usize {
        RuleId::ALL.iter().position(|r| *r == self).unwrap_or(0)
    }

    /// The rule's parameters, in the order they are shown.
    pub fn params(self) -> &'static [ParamDef] {
        match self {
            RuleId::Velocity => &VELOCITY,
            RuleId::UnusualAmount => &UNUSUAL_AMOUNT,
            RuleId::NewMerchantLarge => &NEW_MERCHANT_LARGE,
            RuleId::NightLarge => &NIGHT_LARGE,
            RuleId::TopupThenPay => &TOPUP_THEN_PAY,
            RuleId::AfterCredentialChange => &AFTER_CREDENTIAL_CHANGE,
            RuleId::RepeatedDeclines => &REPEATED_DECLINES,
        }
    }
}

/// What `risk set` changes: a rule, or the decision thresholds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Rule(RuleId),
    Thresholds,
}

/// The name of the thresholds in `risk set thresholds KEY=VALUE` and in storage.
pub const THRESHOLDS: &str = "thresholds";

impl Target {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Target::Rule(r) => r.as_str(),
            Target::Thresholds => THRESHOLDS,
        }
    }

    /// Parse a rule id or `thresholds`.
    pub fn parse(text: &str) -> Option<Target> {
        if text == THRESHOLDS {
            return Some(Target::Thresholds);
        }
        RuleId::parse(text).map(Target::Rule)
    }

    /// The parameters this target has.
    pub fn params(self) -> &'static [ParamDef] {
        match self {
            Target::Rule(r) => r.params(),
            Target::Thresholds => &THRESHOLD_PARAMS,
        }
    }
}

/// The unit of a parameter: how it is typed, stored and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// An amount in the base currency (stored in minor units, shown as a decimal string).
    Amount,
    /// A whole number of things.
    Count,
    /// A duration (stored in seconds, shown and typed as `90s`, `15m`, `2h`, `1d`).
    Duration,
    /// An hour of the day in the wallet's zone, 0 to 23.
    Hour,
    /// A percentage.
    Percent,
    /// A factor ("5 times the usual").
    Times,
    /// Points added to the payment's score (or a threshold of the total).
    Score,
}

/// Which way a change makes a rule stricter (the other way loosens it: a step-up).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stricter {
    /// A lower value catches more payments.
    Lower,
    /// A higher value catches more payments.
    Higher,
    /// Neither on its own (the night hours): the rule decides.
    Either,
}

/// One documented parameter.
#[derive(Debug, Clone, Copy)]
pub struct ParamDef {
    pub key: &'static str,
    pub unit: Unit,
    pub stricter: Stricter,
    /// The default of a CNY wallet (amounts in whole yuan, durations in seconds).
    pub default: i64,
    /// The smallest and largest value accepted (amounts: whole units of the base currency).
    pub min: i64,
    pub max: i64,
}

const fn param(key: &'static str, unit: Unit, stricter: Stricter, default: i64) -> ParamDef {
    let (min, max) = match unit {
        Unit::Amount => (0, crate::money::MAX_AMOUNT_UNITS),
        Unit::Count => (2, 1_000),
        Unit::Duration => (60, 30 * 86_400),
        Unit::Hour => (0, 23),
        Unit::Percent => (1, 100),
        Unit::Times => (2, 1_000),
        Unit::Score => (0, 1_000),
    };
    ParamDef {
        key,
        unit,
        stricter,
        default,
        min,
        max,
    }
}

const MIN_AMOUNT: &str = "min_amount";
const SCORE: &str = "score";

/// How many of the newest payments make "the usual" amount (their median).
pub const USUAL_SAMPLE: i64 = 50;

const VELOCITY: [ParamDef; 4] = [
    param("count", Unit::Count, Stricter::Lower, 5),
    param("window", Unit::Duration, Stricter::Higher, 600),
    param(MIN_AMOUNT, Unit::Amount, Stricter::Lower, 100),
    param(SCORE, Unit::Score, Stricter::Higher, 50),
];
const UNUSUAL_AMOUNT: [ParamDef; 4] = [
    param("multiplier", Unit::Times, Stricter::Lower, 5),
    ParamDef {
        min: 3,
        max: USUAL_SAMPLE,
        ..param("history", Unit::Count, Stricter::Lower, 10)
    },
    param(MIN_AMOUNT, Unit::Amount, Stricter::Lower, 500),
    param(SCORE, Unit::Score, Stricter::Higher, 50),
];
const NEW_MERCHANT_LARGE: [ParamDef; 2] = [
    param(MIN_AMOUNT, Unit::Amount, Stricter::Lower, 2_000),
    param(SCORE, Unit::Score, Stricter::Higher, 50),
];
const NIGHT_LARGE: [ParamDef; 4] = [
    param("start_hour", Unit::Hour, Stricter::Either, 0),
    param("end_hour", Unit::Hour, Stricter::Either, 6),
    param(MIN_AMOUNT, Unit::Amount, Stricter::Lower, 1_000),
    param(SCORE, Unit::Score, Stricter::Higher, 40),
];
const TOPUP_THEN_PAY: [ParamDef; 4] = [
    param("window", Unit::Duration, Stricter::Higher, 3_600),
    param("share", Unit::Percent, Stricter::Lower, 80),
    param(MIN_AMOUNT, Unit::Amount, Stricter::Lower, 1_000),
    param(SCORE, Unit::Score, Stricter::Higher, 60),
];
const AFTER_CREDENTIAL_CHANGE: [ParamDef; 3] = [
    param("window", Unit::Duration, Stricter::Higher, 86_400),
    param(MIN_AMOUNT, Unit::Amount, Stricter::Lower, 1_000),
    param(SCORE, Unit::Score, Stricter::Higher, 60),
];
const REPEATED_DECLINES: [ParamDef; 4] = [
    ParamDef {
        max: 100,
        ..param("count", Unit::Count, Stricter::Lower, 5)
    },
    param("window", Unit::Duration, Stricter::Higher, 1_800),
    param(MIN_AMOUNT, Unit::Amount, Stricter::Lower, 100),
    param(SCORE, Unit::Score, Stricter::Higher, 100),
];
const THRESHOLD_PARAMS: [ParamDef; 2] = [
    ParamDef {
        min: 1,
        max: 10_000,
        ..param("elevated", Unit::Score, Stricter::Lower, 40)
    },
    ParamDef {
        min: 1,
        max: 10_000,
        ..param("highest", Unit::Score, Stricter::Lower, 100)
    },
];

/// A parameter's default for a base currency, in its stored unit.
pub fn default_value(def: &ParamDef, base: Currency) -> i64 {
    match def.unit {
        Unit::Amount => scale_units(def.default, base).saturating_mul(base.minor_per_unit()),
        _ => def.default,
    }
}

/// Whole CNY units scaled for `base` (the limits' table).
fn scale_units(units: i64, base: Currency) -> i64 {
    let (num, den) = DEFAULT_SCALE
        .iter()
        .find(|(code, _, _)| *code == base.code())
        .map_or((1, 1), |(_, n, d)| (*n, *d));
    units.saturating_mul(num) / den.max(1)
}

/// One rule's setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSetting {
    pub enabled: bool,
    /// Every parameter's value, in its stored unit.
    pub params: BTreeMap<&'static str, i64>,
}

impl RuleSetting {
    fn defaults(defs: &[ParamDef], base: Currency) -> RuleSetting {
        RuleSetting {
            enabled: true,
            params: defs
                .iter()
                .map(|d| (d.key, default_value(d, base)))
                .collect(),
        }
    }

    /// A parameter's value (0 for a key the rule does not have: a bug caught by tests).
    pub fn get(&self, key: &str) -> i64 {
        self.params.get(key).copied().unwrap_or(0)
    }
}

/// Every rule's setting and the thresholds, for one base currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskSettings {
    pub base: Currency,
    rules: Vec<RuleSetting>,
    thresholds: RuleSetting,
}

impl RiskSettings {
    /// Every rule on, at its default.
    pub fn defaults(base: Currency) -> RiskSettings {
        RiskSettings {
            base,
            rules: RuleId::ALL
                .iter()
                .map(|r| RuleSetting::defaults(r.params(), base))
                .collect(),
            thresholds: RuleSetting::defaults(&THRESHOLD_PARAMS, base),
        }
    }

    /// One target's setting.
    pub fn get(&self, target: Target) -> &RuleSetting {
        match target {
            Target::Rule(r) => &self.rules[r.index()],
            Target::Thresholds => &self.thresholds,
        }
    }

    fn get_mut(&mut self, target: Target) -> &mut RuleSetting {
        match target {
            Target::Rule(r) => &mut self.rules[r.index()],
            Target::Thresholds => &mut self.thresholds,
        }
    }

    /// One rule's setting.
    pub fn rule(&self, rule: RuleId) -> &RuleSetting {
        self.get(Target::Rule(rule))
    }

    /// The total score from which a payment is challenged.
    pub fn elevated(&self) -> i64 {
        self.thresholds.get("elevated")
    }

    /// The total score from which a payment is blocked.
    pub fn highest(&self) -> i64 {
        self.thresholds.get("highest")
    }

    /// Set one target from its stored form: `params` is a JSON object of integers. Keys this
    /// okpay does not know are ignored and missing ones keep their default, so settings move
    /// between versions.
    pub fn set_stored(&mut self, target: Target, enabled: bool, params: &str) -> Result<()> {
        let bad = || crate::ledger::sealed::tampered("risk_rules", target.as_str());
        let map: Map<String, Value> = serde_json::from_str(params).map_err(|_| bad())?;
        let setting = self.get_mut(target);
        setting.enabled = enabled || target == Target::Thresholds;
        for def in target.params() {
            if let Some(v) = map.get(def.key) {
                let v = v.as_i64().ok_or_else(bad)?;
                setting.params.insert(def.key, v);
            }
        }
        Ok(())
    }

    /// One target's parameters in their stored form.
    pub fn stored_params(&self, target: Target) -> String {
        let map: Map<String, Value> = self
            .get(target)
            .params
            .iter()
            .map(|(k, v)| (k.to_string(), json!(v)))
            .collect();
        Value::Object(map).to_string()
    }

    /// One target's parameters as shown (`risk rules`): amounts and durations as strings.
    pub fn shown_params(&self, target: Target) -> Map<String, Value> {
        let setting = self.get(target);
        target
            .params()
            .iter()
            .map(|d| (d.key.to_string(), shown(d, setting.get(d.key), self.base)))
            .collect()
    }
}

/// A value as `risk rules` shows it.
fn shown(def: &ParamDef, value: i64, base: Currency) -> Value {
    match def.unit {
        Unit::Amount => json!(format_minor(value, base)),
        Unit::Duration => json!(clock::format_duration(jiff::SignedDuration::from_secs(
            value
        ))),
        _ => json!(value),
    }
}

/// A value as the user typed it, for a parameter: checked against the parameter's bounds.
fn parse_value(def: &ParamDef, text: &str, base: Currency) -> Result<i64> {
    let bounds = || {
        let (min, max) = match def.unit {
            Unit::Duration => (
                clock::format_duration(jiff::SignedDuration::from_secs(def.min)),
                clock::format_duration(jiff::SignedDuration::from_secs(def.max)),
            ),
            _ => (def.min.to_string(), def.max.to_string()),
        };
        Error::invalid("err.risk.value_range")
            .arg_detail("key", def.key)
            .arg_detail("value", text)
            .arg("min", min)
            .arg("max", max)
    };
    match def.unit {
        Unit::Amount => Ok(parse_amount(text, base)?.minor()),
        Unit::Duration => {
            let seconds = clock::parse_duration(text)?.as_secs();
            if (def.min..=def.max).contains(&seconds) {
                Ok(seconds)
            } else {
                Err(bounds())
            }
        }
        _ => {
            let n: i64 = text.parse().map_err(|_| bounds())?;
            if (def.min..=def.max).contains(&n) && text.bytes().all(|b| b.is_ascii_digit()) {
                Ok(n)
            } else {
                Err(bounds())
            }
        }
    }
}

/// The most `KEY=VALUE` pairs one `risk set` takes.
pub const CHANGES_MAX: usize = 8;

/// What `risk set TARGET KEY=VALUE…` asks for, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskChange {
    pub target: Target,
    pub enabled: Option<bool>,
    pub params: Vec<(&'static str, i64)>,
}

/// One changed value, for the security event: key, before, after (as shown).
pub type Changed = (&'static str, Value, Value);

impl RiskChange {
    /// Parse `TARGET` and its `KEY=VALUE` pairs for a wallet in `base`.
    pub fn parse(target: &str, pairs: &[String], base: Currency) -> Result<RiskChange> {
        let target = Target::parse(target).ok_or_else(|| {
            let known: Vec<&str> = RuleId::ALL.iter().map(|r| r.as_str()).collect();
            Error::invalid("err.risk.unknown_rule")
                .arg_detail("rule", target)
                .arg("known", format!("{}, {THRESHOLDS}", known.join(", ")))
        })?;
        if pairs.is_empty() {
            return Err(Error::invalid("err.risk.nothing_to_set").arg("rule", target.as_str()));
        }
        if pairs.len() > CHANGES_MAX {
            return Err(Error::invalid("err.risk.too_many").arg("max", CHANGES_MAX));
        }
        let mut change = RiskChange {
            target,
            enabled: None,
            params: Vec::new(),
        };
        for pair in pairs {
            let (key, value) = pair
                .split_once('=')
                .ok_or_else(|| Error::invalid("err.risk.pair").arg_detail("pair", pair))?;
            let (key, value) = (key.trim(), value.trim());
            if key == "enabled" && target != Target::Thresholds {
                change.enabled = Some(match value {
                    "true" | "on" | "1" => true,
                    "false" | "off" | "0" => false,
                    _ => {
                        return Err(
                            Error::invalid("err.risk.enabled_value").arg_detail("value", value)
                        )
                    }
                });
                continue;
            }
            let def = target
                .params()
                .iter()
                .find(|d| d.key == key)
                .ok_or_else(|| unknown_key(target, key))?;
            let parsed = parse_value(def, value, base)?;
            change.params.retain(|(k, _)| *k != def.key);
            change.params.push((def.key, parsed));
        }
        Ok(change)
    }

    /// Whether the change makes the target catch fewer payments (a step-up): switching a rule
    /// off, a higher amount or count, a shorter window, a lower score, a higher threshold, or
    /// night hours that leave out an hour they had.
    pub fn loosens(&self, current: &RiskSettings) -> bool {
        let setting = current.get(self.target);
        if self.enabled == Some(false) && setting.enabled {
            return true;
        }
        let defs = self.target.params();
        let looser = self.params.iter().any(|(key, new)| {
            let old = setting.get(key);
            match defs.iter().find(|d| d.key == *key).map(|d| d.stricter) {
                Some(Stricter::Lower) => *new > old,
                Some(Stricter::Higher) => *new < old,
                Some(Stricter::Either) | None => false,
            }
        });
        looser || self.narrows_night(setting)
    }

    fn narrows_night(&self, setting: &RuleSetting) -> bool {
        if self.target != Target::Rule(RuleId::NightLarge) {
            return false;
        }
        let new = |key: &str| {
            self.params
                .iter()
                .find(|(k, _)| *k == key)
                .map_or(setting.get(key), |(_, v)| *v)
        };
        let before = night_hours(setting.get("start_hour"), setting.get("end_hour"));
        let after = night_hours(new("start_hour"), new("end_hour"));
        before.iter().any(|h| !after.contains(h))
    }

    /// Apply the change; returns what changed (nothing when every value was already so).
    pub fn apply(&self, settings: &mut RiskSettings) -> Result<Vec<Changed>> {
        let base = settings.base;
        let defs = self.target.params();
        let setting = settings.get_mut(self.target);
        let mut changed = Vec::new();
        if let Some(enabled) = self.enabled.filter(|e| *e != setting.enabled) {
            changed.push(("enabled", json!(setting.enabled), json!(enabled)));
            setting.enabled = enabled;
        }
        for (key, new) in &self.params {
            let old = setting.get(key);
            if old != *new {
                let def = defs.iter().find(|d| d.key == *key);
                if let Some(def) = def {
                    changed.push((def.key, shown(def, old, base), shown(def, *new, base)));
                }
                setting.params.insert(key, *new);
            }
        }
        if settings.elevated() > settings.highest() {
            return Err(Error::invalid("err.risk.thresholds_order")
                .arg_detail("elevated", settings.elevated())
                .arg_detail("highest", settings.highest()));
        }
        Ok(changed)
    }
}

fn unknown_key(target: Target, key: &str) -> Error {
    let mut keys: Vec<&str> = target.params().iter().map(|d| d.key).collect();
    if target != Target::Thresholds {
        keys.insert(0, "enabled");
    }
    Error::invalid("err.risk.unknown_key")
        .arg_detail("key", key)
        .arg("rule", target.as_str())
        .arg("known", keys.join(", "))
}

/// The night hours from `start` up to (not including) `end`, across midnight when `start` is
/// after `end`; none when they are equal.
pub fn night_hours(start: i64, end: i64) -> Vec<i64> {
    (0..24)
        .filter(|h| {
            if start <= end {
                (start..end).contains(h)
            } else {
                *h >= start || *h < end
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cny() -> Currency {
        Currency::parse("CNY").unwrap()
    }

    fn change(target: &str, pairs: &[&str]) -> Result<RiskChange> {
        let pairs: Vec<String> = pairs.iter().map(|p| p.to_string()).collect();
        RiskChange::parse(target, &pairs, cny())
    }

    #[test]
    fn defaults_are_the_documented_ones_and_scale_with_the_currency() {
        let s = RiskSettings::defaults(cny());
        assert_eq!(s.rule(RuleId::Velocity).get("count"), 5);
        assert_eq!(s.rule(RuleId::Velocity).get("window"), 600);
        assert_eq!(s.rule(RuleId::NewMerchantLarge).get("min_amount"), 200_000);
        assert_eq!((s.elevated(), s.highest()), (40, 100));
        let usd = RiskSettings::defaults(Currency::parse("USD").unwrap());
        assert_eq!(usd.rule(RuleId::NewMerchantLarge).get("min_amount"), 40_000);
        let jpy = RiskSettings::defaults(Currency::parse("JPY").unwrap());
        assert_eq!(jpy.rule(RuleId::NightLarge).get("min_amount"), 20_000);
        let shown = s.shown_params(Target::Rule(RuleId::Velocity));
        assert_eq!(shown["window"], "10m");
        assert_eq!(shown["min_amount"], "100.00");
        assert_eq!(shown["count"], 5);
        for rule in RuleId::ALL {
            assert!(rule.params().iter().any(|d| d.key == SCORE), "{rule:?}");
            assert_eq!(RuleId::parse(rule.as_str()), Some(rule));
        }
    }

    #[test]
    fn changes_parse_and_say_whether_they_loosen() {
        let s = RiskSettings::defaults(cny());
        assert!(change("velocity", &["enabled=false"]).unwrap().loosens(&s));
        assert!(!change("velocity", &["enabled=true"]).unwrap().loosens(&s));
        assert!(change("velocity", &["count=6"]).unwrap().loosens(&s));
        assert!(!change("velocity", &["count=3"]).unwrap().loosens(&s));
        assert!(change("velocity", &["window=5m"]).unwrap().loosens(&s));
        assert!(!change("velocity", &["window=1h"]).unwrap().loosens(&s));
        assert!(change("new_merchant_large", &["min_amount=3000"])
            .unwrap()
            .loosens(&s));
        assert!(!change("new_merchant_large", &["min_amount=1500.50"])
            .unwrap()
            .loosens(&s));
        assert!(change("night_large", &["score=10"]).unwrap().loosens(&s));
        assert!(change("thresholds", &["highest=150"]).unwrap().loosens(&s));
        assert!(!change("thresholds", &["elevated=30"]).unwrap().loosens(&s));
        // Night hours: widening is stricter, dropping an hour looser.
        assert!(!change("night_large", &["start_hour=22"])
            .unwrap()
            .loosens(&s));
        assert!(change("night_large", &["end_hour=5"]).unwrap().loosens(&s));
        assert!(change("night_large", &["start_hour=1", "end_hour=7"])
            .unwrap()
            .loosens(&s));
    }

    #[test]
    fn bad_changes_are_refused_with_what_is_accepted() {
        for (target, pairs, key) in [
            ("speed", vec!["count=1"], "err.risk.unknown_rule"),
            ("velocity", vec![], "err.risk.nothing_to_set"),
            ("velocity", vec!["count"], "err.risk.pair"),
            ("velocity", vec!["colour=red"], "err.risk.unknown_key"),
            ("velocity", vec!["count=1"], "err.risk.value_range"),
            ("velocity", vec!["count=-3"], "err.risk.value_range"),
            ("velocity", vec!["count=+3"], "err.risk.value_range"),
            ("velocity", vec!["window=10s"], "err.risk.value_range"),
            ("velocity", vec!["window=soon"], "err.duration.invalid"),
            ("velocity", vec!["enabled=maybe"], "err.risk.enabled_value"),
            ("night_large", vec!["start_hour=24"], "err.risk.value_range"),
            ("thresholds", vec!["enabled=false"], "err.risk.unknown_key"),
        ] {
            let e = change(target, &pairs).unwrap_err();
            assert_eq!(e.key, key, "{target} {pairs:?}: {e}");
        }
        let e = change("velocity", &["min_amount=1.234"]).unwrap_err();
        assert_eq!(e.code, crate::error::Code::InvalidInput);
        let mut s = RiskSettings::defaults(cny());
        let e = change("thresholds", &["elevated=200"])
            .unwrap()
            .apply(&mut s)
            .unwrap_err();
        assert_eq!(e.key, "err.risk.thresholds_order");
    }

    #[test]
    fn applying_reports_what_changed_and_round_trips_through_storage() {
        let mut s = RiskSettings::defaults(cny());
        let c = change("velocity", &["count=3", "window=1h", "enabled=true"]).unwrap();
        let changed = c.apply(&mut s).unwrap();
        assert_eq!(
            changed,
            vec![
                ("count", json!(5), json!(3)),
                ("window", json!("10m"), json!("1h"))
            ]
        );
        assert!(
            c.apply(&mut s).unwrap().is_empty(),
            "nothing new the second time"
        );
        let target = Target::Rule(RuleId::Velocity);
        let mut back = RiskSettings::defaults(cny());
        back.set_stored(target, true, &s.stored_params(target))
            .unwrap();
        assert_eq!(back, s);
        assert!(back.set_stored(target, true, "not json").is_err());
        assert!(back.set_stored(target, true, r#"{"count":"x"}"#).is_err());
    }

    #[test]
    fn night_hours_may_cross_midnight() {
        assert_eq!(night_hours(0, 6), vec![0, 1, 2, 3, 4, 5]);
        assert_eq!(night_hours(22, 2), vec![0, 1, 22, 23]);
        assert!(night_hours(3, 3).is_empty());
    }
}
