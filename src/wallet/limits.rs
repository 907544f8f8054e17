//! The Wallet facade's spending limits: show them (no unlock), lower or raise them, withdraw
//! pending raises. The display view of `okpay limits` is built here.

use super::SteppedUp;
use serde::Serialize;

use super::access::Limits;
use super::access::Rules;
use super::Wallet;
use crate::clock;
use crate::error::Result;
use crate::money::format_minor;
use crate::risk::limits::{self, LimitChange, LimitKind, LimitSettings, Usage, Windows};

/// `{"limits": {…}}`: each limit in the base currency, what was used, what is left, when it
/// resets, and the raises still waiting.
#[derive(Debug, Clone, Serialize)]
pub struct LimitsView {
    pub currency: String,
    pub per_transaction: PerTransactionView,
    pub daily: PeriodView,
    pub monthly: PeriodView,
    pub pending: Vec<PendingView>,
}

/// The per-transaction limit.
#[derive(Debug, Clone, Serialize)]
pub struct PerTransactionView {
    pub amount: String,
}

/// A limit over a calendar period.
#[derive(Debug, Clone, Serialize)]
pub struct PeriodView {
    pub amount: String,
    pub used: String,
    pub remaining: String,
    pub resets_at: String,
    /// `resets_at` in the wallet's zone, for tables.
    #[serde(skip)]
    pub resets_local: String,
}

/// A raise waiting for its cooling-off period.
#[derive(Debug, Clone, Serialize)]
pub struct PendingView {
    pub limit: &'static str,
    pub amount: String,
    pub effective_at: String,
    /// `effective_at` in the wallet's zone, for tables.
    #[serde(skip)]
    pub effective_local: String,
}

impl Wallet {
    fn limits_view(&self, settings: &LimitSettings) -> Result<LimitsView> {
        let now = self.now();
        let zone = self.zone();
        let w = limits::windows(now, zone)?;
        let usage = limits::usage(self.store.conn(), &w)?;
        let c = settings.currency;
        let money = |minor| format_minor(minor, c);
        let period = |kind, used: i64, resets_at| {
            let amount = settings.amount(kind);
            PeriodView {
                amount: money(amount),
                used: money(used),
                remaining: money(amount.saturating_sub(used).max(0)),
                resets_at: clock::rfc3339(resets_at),
                resets_local: clock::local(resets_at, zone),
            }
        };
        let Usage {
            daily_minor,
            monthly_minor,
        } = usage;
        let Windows {
            day_end, month_end, ..
        } = w;
        Ok(LimitsView {
            currency: c.code().to_string(),
            per_transaction: PerTransactionView {
                amount: money(settings.amount(LimitKind::PerTransaction)),
            },
            daily: period(LimitKind::Daily, daily_minor, day_end),
            monthly: period(LimitKind::Monthly, monthly_minor, month_end),
            pending: settings
                .pending()
                .into_iter()
                .map(|(kind, p)| PendingView {
                    limit: kind.as_str(),
                    amount: money(p.amount_minor),
                    effective_at: clock::rfc3339(p.effective_at),
                    effective_local: clock::local(p.effective_at, zone),
                })
                .collect(),
        })
    }
}

impl Limits<'_> {
    /// `okpay limits set`: lower at once, raise after the cooling-off, and only with a step-up
    /// (`step_up_required` without one, and nothing changes).
    pub fn set(&mut self, change: &LimitChange, step_up: Option<&SteppedUp>) -> Result<LimitsView> {
        let now = self.now();
        let base = self.base_currency();
        let stepped_up = self.stepped_up(step_up)?;
        let settings = self
            .write_unlocked(|conn, key| limits::change(conn, key, base, now, change, stepped_up))?;
        self.limits_view(&settings)
    }

    /// `okpay limits cancel`: withdraw every pending raise; returns how many there were.
    pub fn cancel_raises(&mut self) -> Result<(LimitsView, usize)> {
        let now = self.now();
        let base = self.base_currency();
        let (settings, withdrawn) =
            self.write_unlocked(|conn, key| limits::cancel(conn, key, base, now))?;
        Ok((self.limits_view(&settings)?, withdrawn))
    }
}

impl Rules<'_> {
    /// `okpay limits`: the settings as they stand now (a raise whose cooling-off is over shows
    /// applied), with the usage of the current day and month in the wallet's zone.
    pub fn limits(&self) -> Result<LimitsView> {
        let now = self.now();
        let settings = limits::load(self.store.conn(), self.base_currency(), now)?;
        self.limits_view(&settings)
    }

    /// Whether `change` raises a limit in force (and so needs a step-up).
    pub fn limits_raise(&self, change: &LimitChange) -> Result<bool> {
        let settings = limits::load(self.store.conn(), self.base_currency(), self.now())?;
        Ok(change.raises(&settings))
    }
}
