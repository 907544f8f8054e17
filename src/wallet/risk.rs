//! The Wallet facade's risk monitoring: the rules with their settings and how often each fired
//! (no unlock), and `risk set` (a step-up when it loosens a rule). The display view of
//! `okpay risk rules` is built here.

use super::SteppedUp;
use serde::Serialize;
use serde_json::{Map, Value};

use super::access::Risk;
use super::access::Rules;
use super::Wallet;
use crate::error::Result;
use crate::risk::monitor;
use crate::risk::rules::{RiskChange, RiskSettings, RuleId, Target};

/// One rule as `risk rules` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct RuleView {
    pub id: &'static str,
    pub enabled: bool,
    /// Amounts as decimal strings in the base currency, windows as durations (`10m`).
    pub params: Map<String, Value>,
    /// How often it fired.
    pub fired: i64,
}

/// `{"rules": [...], "thresholds": {"elevated", "highest"}, "currency"}`.
#[derive(Debug, Clone, Serialize)]
pub struct RiskRulesView {
    pub rules: Vec<RuleView>,
    pub thresholds: Map<String, Value>,
    /// The currency of every amount.
    pub currency: String,
}

impl Wallet {
    fn risk_view(&self, settings: &RiskSettings) -> Result<RiskRulesView> {
        let fired = monitor::fired(self.store.conn())?;
        let rules = RuleId::ALL
            .into_iter()
            .map(|rule| RuleView {
                id: rule.as_str(),
                enabled: settings.rule(rule).enabled,
                params: settings.shown_params(Target::Rule(rule)),
                fired: fired
                    .iter()
                    .find(|(r, _)| *r == rule)
                    .map_or(0, |(_, n)| *n),
            })
            .collect();
        Ok(RiskRulesView {
            rules,
            thresholds: settings.shown_params(Target::Thresholds),
            currency: self.base_currency().code().to_string(),
        })
    }
}

impl Risk<'_> {
    /// `okpay risk set`: tighten at once; loosen only after a step-up.
    pub fn set_rule(
        &mut self,
        change: &RiskChange,
        step_up: Option<&SteppedUp>,
    ) -> Result<RiskRulesView> {
        let now = self.now();
        let base = self.base_currency();
        let stepped_up = self.stepped_up(step_up)?;
        let settings = self.write_unlocked(|conn, key| {
            monitor::change(conn, key, base, now, change, stepped_up)
        })?;
        self.risk_view(&settings)
    }
}

impl Rules<'_> {
    /// `okpay risk rules`: every rule, its settings and how often it fired.
    pub fn risk_rules(&self) -> Result<RiskRulesView> {
        let settings = monitor::load(self.store.conn(), self.base_currency())?;
        self.risk_view(&settings)
    }

    /// Parse `risk set TARGET KEY=VALUE…` for this wallet's base currency.
    pub fn risk_change(&self, target: &str, pairs: &[String]) -> Result<RiskChange> {
        RiskChange::parse(target, pairs, self.base_currency())
    }

    /// Whether `change` loosens a rule (and so needs a step-up).
    pub fn risk_change_loosens(&self, change: &RiskChange) -> Result<bool> {
        let settings = monitor::load(self.store.conn(), self.base_currency())?;
        Ok(change.loosens(&settings))
    }
}
