//! Spending limits (CLI.md "Limits"): per transaction, per calendar day and per calendar month
//! in the wallet's zone, in the base currency. Usage is summed from the typed, indexed
//! `transactions.limit_minor` column; the settings are sealed rows ([`sealed::LIMITS`]).
//!
//! Lowering a limit applies at once. Raising one waits [`COOLING_OFF`] as a pending change,
//! which the first read after `effective_at` shows applied and the first write records.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};
use rusqlite::Connection;
use serde_json::json;

use crate::auth::vault::WalletKey;
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::ledger::sealed;
use crate::money::{format_minor, Currency};
use crate::store::limits::{self as lq, LimitRow};
use crate::store::wallet_row;

/// How long a raise waits before it applies.
pub const COOLING_OFF: SignedDuration = SignedDuration::from_hours(24);

/// The defaults of a CNY wallet, in whole units: per transaction, daily, monthly.
pub const DEFAULTS_CNY_UNITS: [i64; 3] = [5_000, 20_000, 100_000];

/// How the CNY defaults scale for other base currencies: the defaults are multiplied by
/// `numerator / denominator` (in whole units of that currency). Any other currency keeps the
/// CNY numbers in its own units.
pub const DEFAULT_SCALE: [(&str, i64, i64); 7] = [
    ("CNY", 1, 1),
    ("HKD", 1, 1),
    ("USD", 1, 5),
    ("EUR", 1, 5),
    ("GBP", 1, 5),
    ("JPY", 20, 1),
    ("KRW", 200, 1),
];

/// One of the three limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LimitKind {
    PerTransaction,
    Daily,
    Monthly,
}

impl LimitKind {
    /// Every limit, in the order they are checked.
    pub const ALL: [LimitKind; 3] = [
        LimitKind::PerTransaction,
        LimitKind::Daily,
        LimitKind::Monthly,
    ];

    /// The stable name (`details.limit`).
    pub fn as_str(self) -> &'static str {
        match self {
            LimitKind::PerTransaction => "per_transaction",
            LimitKind::Daily => "daily",
            LimitKind::Monthly => "monthly",
        }
    }

    /// Parse a stable name.
    pub fn parse(text: &str) -> Option<LimitKind> {
        LimitKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    fn index(self) -> usize {
        match self {
            LimitKind::PerTransaction => 0,
            LimitKind::Daily => 1,
            LimitKind::Monthly => 2,
        }
    }
}

/// The documented default of one limit for a base currency, in minor units.
pub fn default_minor(kind: LimitKind, base: Currency) -> i64 {
    let (num, den) = DEFAULT_SCALE
        .iter()
        .find(|(code, _, _)| *code == base.code())
        .map_or((1, 1), |(_, n, d)| (*n, *d));
    let units = DEFAULTS_CNY_UNITS[kind.index()].saturating_mul(num) / den.max(1);
    units.saturating_mul(base.minor_per_unit())
}

/// A raise waiting for its cooling-off period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pending {
    pub amount_minor: i64,
    pub effective_at: Timestamp,
}

/// One limit's setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setting {
    pub amount_minor: i64,
    pub pending: Option<Pending>,
}

/// The three limits of a wallet, in its base currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LimitSettings {
    pub currency: Currency,
    settings: [Setting; 3],
}

impl LimitSettings {
    /// Every limit at its default, nothing pending.
    pub fn defaults(base: Currency) -> LimitSettings {
        let at = |kind| Setting {
            amount_minor: default_minor(kind, base),
            pending: None,
        };
        LimitSettings {
            currency: base,
            settings: LimitKind::ALL.map(at),
        }
    }

    /// One limit's setting.
    pub fn get(&self, kind: LimitKind) -> Setting {
        self.settings[kind.index()]
    }

    /// The amount in force.
    pub fn amount(&self, kind: LimitKind) -> i64 {
        self.get(kind).amount_minor
    }

    fn set(&mut self, kind: LimitKind, setting: Setting) {
        self.settings[kind.index()] = setting;
    }

    /// The settings as they stand at `now`: every raise whose cooling-off is over applied.
    /// Returns the limits that changed.
    pub fn apply_due(&mut self, now: Timestamp) -> Vec<LimitKind> {
        let mut applied = Vec::new();
        for kind in LimitKind::ALL {
            let s = self.get(kind);
            if let Some(p) = s.pending.filter(|p| p.effective_at <= now) {
                self.set(
                    kind,
                    Setting {
                        amount_minor: p.amount_minor,
                        pending: None,
                    },
                );
                applied.push(kind);
            }
        }
        applied
    }

    /// The raises still waiting.
    pub fn pending(&self) -> Vec<(LimitKind, Pending)> {
        LimitKind::ALL
            .into_iter()
            .filter_map(|k| self.get(k).pending.map(|p| (k, p)))
            .collect()
    }
}

/// The calendar day and month around a moment, in the wallet's zone, as UTC instants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Windows {
    pub day_start: Timestamp,
    pub day_end: Timestamp,
    pub month_start: Timestamp,
    pub month_end: Timestamp,
}

fn midnight(date: Date, zone: &TimeZone) -> Result<Timestamp> {
    Ok(date
        .to_zoned(zone.clone())
        .map_err(Error::internal)?
        .timestamp())
}

/// The day and month containing `now` in `zone`.
pub fn windows(now: Timestamp, zone: &TimeZone) -> Result<Windows> {
    let today = now.to_zoned(zone.clone()).date();
    let first = today.first_of_month();
    let next_month = first.checked_add(1.month()).map_err(Error::internal)?;
    Ok(Windows {
        day_start: midnight(today, zone)?,
        day_end: midnight(today.tomorrow().map_err(Error::internal)?, zone)?,
        month_start: midnight(first, zone)?,
        month_end: midnight(next_month, zone)?,
    })
}

/// How much was counted against the limits in the day and the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Usage {
    pub daily_minor: i64,
    pub monthly_minor: i64,
}

/// The usage in `w`: each period's running total (`limit_usage`), or, for a period without
/// one, the sum over the indexed column. The running totals are read without their seal here;
/// the write that records a payment checks the seal of every total it moves, in the same SQL
/// transaction, so a lowered total refuses the payment instead of letting it through.
pub fn usage(conn: &Connection, w: &Windows) -> Result<Usage> {
    let period = |kind: &str, from: Timestamp, to: Timestamp| -> Result<i64> {
        let period = period_key(kind, from);
        // A total this write's bulk scope wrote or checked (a batch's earlier line).
        if let Some(total) = crate::ledger::bulk::period_total(conn, &period) {
            return Ok(total);
        }
        match lq::period_total(conn, &period)? {
            Some(total) => Ok(total),
            None => summed(conn, from, to),
        }
    };
    Ok(Usage {
        daily_minor: period("day", w.day_start, w.day_end)?,
        monthly_minor: period("month", w.month_start, w.month_end)?,
    })
}

/// What payments made in `[from, to)` counted, less what was refunded of them (a payment
/// refunded in full counts nothing): the sum over the indexed column, in time linear in the
/// period's payments.
pub fn summed(conn: &Connection, from: Timestamp, to: Timestamp) -> Result<i64> {
    let (from, to) = (clock::to_ms(from), clock::to_ms(to));
    let used = lq::used(conn, from, to)?;
    let given_back = lq::refunded_usage(conn, from, to)?
        .into_iter()
        .map(|(counted, amount, refunded)| refund_credit(counted, amount, refunded))
        .fold(0_i64, i64::saturating_add);
    Ok(used.saturating_sub(given_back).max(0))
}

/// The key of a period's running total: its kind and first instant.
fn period_key(kind: &str, start: Timestamp) -> String {
    format!("{kind}:{}", clock::to_ms(start))
}

fn total_mac(key: &WalletKey, period: &str, used_minor: i64) -> [u8; 32] {
    use rusqlite::types::Value;
    sealed::mac_of(
        key,
        &sealed::LIMIT_USAGE,
        &[Value::Text(period.to_string()), Value::Integer(used_minor)],
    )
}

/// The running totals a write has written or read and checked against their seals, by period:
/// a batch of payments reads each period's total once, not once a payment.
#[derive(Debug, Default)]
pub struct Totals(std::collections::HashMap<String, i64>);

impl Totals {
    /// The total of `period` as last written or checked.
    pub fn get(&self, period: &str) -> Option<i64> {
        self.0.get(period).copied()
    }

    /// Forget them all (the rows may have changed underneath: read and check them again).
    pub fn clear(&mut self) {
        self.0.clear();
    }
}

/// Move the running totals of the day and month containing `at` (in the wallet's zone) by
/// `delta` minor units, inside the write that records the payment (`delta > 0`, after the
/// payment's row is in) or the refund (`delta < 0`). A total's seal is checked before it moves.
/// A period without a total gets one summed from the column, which already includes the
/// payment; a refund leaves a missing total missing (the sum will include it). `known` holds
/// the totals this write has already written or checked (and learns the new ones).
pub fn move_totals(
    conn: &Connection,
    key: &WalletKey,
    zone: &TimeZone,
    at: Timestamp,
    delta: i64,
    known: &mut Totals,
) -> Result<()> {
    let w = windows(at, zone)?;
    for (kind, from, to) in [
        ("day", w.day_start, w.day_end),
        ("month", w.month_start, w.month_end),
    ] {
        let period = period_key(kind, from);
        let stored = match known.get(&period) {
            Some(total) => Some(total),
            // Read once, checked against its seal.
            None => match sealed::read_checked(conn, key, &sealed::LIMIT_USAGE, &[&period])? {
                Some(row) => match row.values.get(1) {
                    Some(rusqlite::types::Value::Integer(stored)) => Some(*stored),
                    _ => return Err(sealed::tampered("limit_usage", &period)),
                },
                None => None,
            },
        };
        let total = match stored {
            Some(stored) => stored.saturating_add(delta).max(0),
            None if delta > 0 => summed(conn, from, to)?,
            None => continue,
        };
        lq::set_period_total(conn, &period, total, &total_mac(key, &period, total))?;
        known.0.insert(period, total);
    }
    Ok(())
}

/// Every stored running total against the sum it caches (for `verify`): the periods whose
/// total differs.
pub fn stale_totals(conn: &Connection, zone: &TimeZone) -> Result<Vec<String>> {
    let mut stale = Vec::new();
    for (period, total) in lq::period_totals(conn)? {
        let start = period
            .split_once(':')
            .and_then(|(kind, ms)| Some((kind, ms.parse::<i64>().ok()?)))
            .and_then(|(kind, ms)| Some((kind, clock::from_ms(ms).ok()?)));
        let Some((kind, start)) = start else {
            stale.push(period);
            continue;
        };
        let w = windows(start, zone)?;
        let (from, to) = match kind {
            "day" => (w.day_start, w.day_end),
            "month" => (w.month_start, w.month_end),
            _ => {
                stale.push(period);
                continue;
            }
        };
        if from != start || summed(conn, from, to)? != total {
            stale.push(period);
        }
    }
    Ok(stale)
}

/// What a payment that counted `counted_minor` against the limits gives back once
/// `refunded_minor` of its `amount_minor` is refunded: the same share, rounded down, so the
/// whole of it once the refunds add up to the payment.
pub fn refund_credit(counted_minor: i64, amount_minor: i64, refunded_minor: i64) -> i64 {
    if amount_minor <= 0 {
        return 0;
    }
    let refunded = i128::from(refunded_minor.clamp(0, amount_minor));
    let credit = i128::from(counted_minor) * refunded / i128::from(amount_minor);
    i64::try_from(credit).unwrap_or(counted_minor)
}

/// A payment over a limit: which one, its amount, what was used and what is left (minor units
/// of the base currency), when it resets, and the largest payment that passes now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LimitBreach {
    pub limit: LimitKind,
    pub currency: Currency,
    pub limit_minor: i64,
    pub used_minor: i64,
    pub remaining_minor: i64,
    pub resets_at: Option<Timestamp>,
    /// `resets_at` in the wallet's zone, for the advice.
    pub resets_local: Option<String>,
    pub largest_now_minor: i64,
}

/// What a payment that passes leaves of each limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LimitUsage {
    pub counted_minor: i64,
    pub daily_after_minor: i64,
    pub monthly_after_minor: i64,
}

/// Stage: check `counted_minor` (the payment's base-currency value, fee included) against every
/// limit, in CLI.md's order. Exactly at a limit passes; one minor unit over is refused.
pub fn check(
    settings: &LimitSettings,
    usage: Usage,
    w: &Windows,
    zone: &TimeZone,
    counted_minor: i64,
) -> std::result::Result<LimitUsage, LimitBreach> {
    let per_tx = settings.amount(LimitKind::PerTransaction);
    let daily = settings.amount(LimitKind::Daily);
    let monthly = settings.amount(LimitKind::Monthly);
    let left = |limit: i64, used: i64| limit.saturating_sub(used).max(0);
    let largest = per_tx
        .min(left(daily, usage.daily_minor))
        .min(left(monthly, usage.monthly_minor));
    let checks = [
        (LimitKind::PerTransaction, per_tx, 0, None),
        (LimitKind::Daily, daily, usage.daily_minor, Some(w.day_end)),
        (
            LimitKind::Monthly,
            monthly,
            usage.monthly_minor,
            Some(w.month_end),
        ),
    ];
    for (kind, limit, used, resets_at) in checks {
        if used.saturating_add(counted_minor) > limit {
            return Err(LimitBreach {
                limit: kind,
                currency: settings.currency,
                limit_minor: limit,
                used_minor: used,
                remaining_minor: left(limit, used),
                resets_at,
                resets_local: resets_at.map(|at| clock::local(at, zone)),
                largest_now_minor: largest,
            });
        }
    }
    Ok(LimitUsage {
        counted_minor,
        daily_after_minor: usage.daily_minor.saturating_add(counted_minor),
        monthly_after_minor: usage.monthly_minor.saturating_add(counted_minor),
    })
}

/// The settings as stored, without checking their seals (reads: `okpay limits`, the checks
/// before the confirmation), with the raises that are due shown applied.
pub fn load(conn: &Connection, base: Currency, now: Timestamp) -> Result<LimitSettings> {
    let mut settings = from_rows(base, &lq::all(conn)?)?;
    settings.apply_due(now);
    Ok(settings)
}

/// The settings a write may trust: every row's seal checked (all three rows, or none for the
/// defaults), then the raises that are due applied, recorded and sealed.
pub fn load_trusted(
    conn: &Connection,
    key: &WalletKey,
    base: Currency,
    now: Timestamp,
) -> Result<LimitSettings> {
    let rows = lq::all(conn)?;
    for row in &rows {
        sealed::check(conn, key, &sealed::LIMITS, &[&row.name])?;
    }
    let expected = if lq::were_set(conn)? {
        LimitKind::ALL.len()
    } else {
        0
    };
    if rows.len() != expected {
        return Err(sealed::tampered(sealed::LIMITS.name, "missing rows"));
    }
    let mut settings = from_rows(base, &rows)?;
    let applied = settings.apply_due(now);
    if !applied.is_empty() {
        store(conn, key, &settings, now)?;
        for kind in applied {
            let detail = json!({
                "limit": kind.as_str(),
                "action": "applied",
                "amount": format_minor(settings.amount(kind), base),
                "currency": base.code(),
            });
            wallet_row::log_event(conn, clock::to_ms(now), "limit_changed", &detail)?;
        }
    }
    Ok(settings)
}

fn from_rows(base: Currency, rows: &[LimitRow]) -> Result<LimitSettings> {
    let mut settings = LimitSettings::defaults(base);
    for row in rows {
        let kind = LimitKind::parse(&row.name)
            .ok_or_else(|| sealed::tampered(sealed::LIMITS.name, &row.name))?;
        let pending = match (row.pending_minor, row.effective_at_ms) {
            (Some(amount_minor), Some(ms)) => Some(Pending {
                amount_minor,
                effective_at: clock::from_ms(ms)?,
            }),
            _ => None,
        };
        settings.set(
            kind,
            Setting {
                amount_minor: row.amount_minor,
                pending,
            },
        );
    }
    Ok(settings)
}

/// Write all three rows as `settings` has them and seal them.
fn store(
    conn: &Connection,
    key: &WalletKey,
    settings: &LimitSettings,
    now: Timestamp,
) -> Result<()> {
    for kind in LimitKind::ALL {
        let s = settings.get(kind);
        let row = LimitRow {
            name: kind.as_str().to_string(),
            amount_minor: s.amount_minor,
            pending_minor: s.pending.map(|p| p.amount_minor),
            effective_at_ms: s.pending.map(|p| clock::to_ms(p.effective_at)),
            changed_at_ms: clock::to_ms(now),
        };
        lq::upsert(conn, &row)?;
        sealed::reseal(conn, key, &sealed::LIMITS, &[&row.name])?;
    }
    // The settings row (sealed by the write) remembers that the rows exist.
    lq::mark_set(conn)
}

/// What `limits set` asks for, in minor units of the base currency.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LimitChange {
    pub per_transaction_minor: Option<i64>,
    pub daily_minor: Option<i64>,
    pub monthly_minor: Option<i64>,
}

impl LimitChange {
    /// The requested amounts, by limit.
    pub fn requested(&self) -> Vec<(LimitKind, i64)> {
        [
            (LimitKind::PerTransaction, self.per_transaction_minor),
            (LimitKind::Daily, self.daily_minor),
            (LimitKind::Monthly, self.monthly_minor),
        ]
        .into_iter()
        .filter_map(|(k, a)| a.map(|a| (k, a)))
        .collect()
    }

    /// Whether any requested amount is above the one in force: a raise needs a step-up.
    pub fn raises(&self, current: &LimitSettings) -> bool {
        self.requested()
            .into_iter()
            .any(|(k, a)| a > current.amount(k))
    }
}

/// `limits set`: lowerings apply at once, raises wait [`COOLING_OFF`]; a new amount replaces
/// what was pending for that limit. Each change is a security event. A raise without a step-up
/// is `step_up_required` and changes nothing.
pub fn change(
    conn: &Connection,
    key: &WalletKey,
    base: Currency,
    now: Timestamp,
    change: &LimitChange,
    stepped_up: bool,
) -> Result<LimitSettings> {
    let requested = change.requested();
    if requested.is_empty() {
        return Err(Error::invalid("err.limits.nothing_to_set"));
    }
    let mut settings = load_trusted(conn, key, base, now)?;
    if change.raises(&settings) && !stepped_up {
        return Err(Error::new(
            Code::StepUpRequired,
            "err.limits.step_up_required",
        ));
    }
    let effective_at = now.checked_add(COOLING_OFF).map_err(Error::internal)?;
    for (kind, amount_minor) in requested {
        let current = settings.amount(kind);
        let (setting, action) = if amount_minor > current {
            let pending = Some(Pending {
                amount_minor,
                effective_at,
            });
            (
                Setting {
                    amount_minor: current,
                    pending,
                },
                "raise_pending",
            )
        } else {
            let setting = Setting {
                amount_minor,
                pending: None,
            };
            (setting, "lowered")
        };
        settings.set(kind, setting);
        let mut detail = json!({
            "limit": kind.as_str(),
            "action": action,
            "from": format_minor(current, base),
            "amount": format_minor(amount_minor, base),
            "currency": base.code(),
        });
        if action == "raise_pending" {
            detail["effective_at"] = json!(clock::rfc3339(effective_at));
        }
        wallet_row::log_event(conn, clock::to_ms(now), "limit_changed", &detail)?;
    }
    store(conn, key, &settings, now)?;
    Ok(settings)
}

/// `limits cancel`: withdraw every pending raise. Returns the settings and how many were
/// withdrawn (none is fine: nothing changes).
pub fn cancel(
    conn: &Connection,
    key: &WalletKey,
    base: Currency,
    now: Timestamp,
) -> Result<(LimitSettings, usize)> {
    let mut settings = load_trusted(conn, key, base, now)?;
    let pending = settings.pending();
    for (kind, p) in &pending {
        let amount_minor = settings.amount(*kind);
        settings.set(
            *kind,
            Setting {
                amount_minor,
                pending: None,
            },
        );
        let detail = json!({
            "limit": kind.as_str(),
            "action": "cancelled",
            "amount": format_minor(p.amount_minor, base),
            "currency": base.code(),
        });
        wallet_row::log_event(conn, clock::to_ms(now), "limit_changed", &detail)?;
    }
    if !pending.is_empty() {
        store(conn, key, &settings, now)?;
    }
    Ok((settings, pending.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cny() -> Currency {
        Currency::parse("CNY").unwrap()
    }

    fn ts(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn defaults_follow_the_documented_table() {
        let c = cny();
        assert_eq!(default_minor(LimitKind::PerTransaction, c), 500_000);
        assert_eq!(default_minor(LimitKind::Daily, c), 2_000_000);
        assert_eq!(default_minor(LimitKind::Monthly, c), 10_000_000);
        let usd = Currency::parse("USD").unwrap();
        assert_eq!(default_minor(LimitKind::PerTransaction, usd), 100_000);
        let jpy = Currency::parse("JPY").unwrap();
        assert_eq!(default_minor(LimitKind::Daily, jpy), 400_000);
        let chf = Currency::parse("CHF").unwrap();
        assert_eq!(default_minor(LimitKind::Monthly, chf), 10_000_000);
    }

    #[test]
    fn the_day_and_month_are_the_wallets_calendar() {
        let shanghai = clock::parse_zone("Asia/Shanghai").unwrap();
        // 2026-03-31 16:30 UTC is 2026-04-01 00:30 in Shanghai.
        let w = windows(ts("2026-03-31T16:30:00Z"), &shanghai).unwrap();
        assert_eq!(w.day_start, ts("2026-03-31T16:00:00Z"));
        assert_eq!(w.day_end, ts("2026-04-01T16:00:00Z"));
        assert_eq!(w.month_start, ts("2026-03-31T16:00:00Z"));
        assert_eq!(w.month_end, ts("2026-04-30T16:00:00Z"));
        // A minute before local midnight is still March.
        let w = windows(ts("2026-03-31T15:59:00Z"), &shanghai).unwrap();
        assert_eq!(w.day_start, ts("2026-03-30T16:00:00Z"));
        assert_eq!(w.month_start, ts("2026-02-28T16:00:00Z"));
        assert_eq!(w.month_end, ts("2026-03-31T16:00:00Z"));
        // A zone with daylight saving: the day of the spring change has 23 hours.
        let berlin = clock::parse_zone("Europe/Berlin").unwrap();
        let w = windows(ts("2026-03-29T12:00:00Z"), &berlin).unwrap();
        assert_eq!(w.day_start, ts("2026-03-28T23:00:00Z"));
        assert_eq!(w.day_end, ts("2026-03-29T22:00:00Z"));
    }

    fn settings(per_tx: i64, daily: i64, monthly: i64) -> LimitSettings {
        let mut s = LimitSettings::defaults(cny());
        for (kind, amount_minor) in LimitKind::ALL.into_iter().zip([per_tx, daily, monthly]) {
            s.set(
                kind,
                Setting {
                    amount_minor,
                    pending: None,
                },
            );
        }
        s
    }

    #[test]
    fn exactly_at_a_limit_passes_and_one_minor_unit_over_is_refused() {
        let zone = TimeZone::UTC;
        let w = windows(ts("2026-05-10T12:00:00Z"), &zone).unwrap();
        let s = settings(1_000, 5_000, 20_000);
        let none = Usage::default();
        assert!(check(&s, none, &w, &zone, 1_000).is_ok());
        let over = check(&s, none, &w, &zone, 1_001).unwrap_err();
        assert_eq!(over.limit, LimitKind::PerTransaction);
        assert_eq!(over.resets_at, None);
        assert_eq!(over.largest_now_minor, 1_000);
        let used = Usage {
            daily_minor: 4_500,
            monthly_minor: 4_500,
        };
        assert!(check(&s, used, &w, &zone, 500).is_ok());
        let over = check(&s, used, &w, &zone, 501).unwrap_err();
        assert_eq!(over.limit, LimitKind::Daily);
        assert_eq!(over.remaining_minor, 500);
        assert_eq!(over.used_minor, 4_500);
        assert_eq!(over.resets_at, Some(ts("2026-05-11T00:00:00Z")));
        let month = Usage {
            daily_minor: 0,
            monthly_minor: 19_800,
        };
        let over = check(&s, month, &w, &zone, 201).unwrap_err();
        assert_eq!(over.limit, LimitKind::Monthly);
        assert_eq!(over.largest_now_minor, 200);
        assert_eq!(over.resets_at, Some(ts("2026-06-01T00:00:00Z")));
    }

    #[test]
    fn a_refund_gives_back_its_share_of_what_the_payment_counted() {
        assert_eq!(refund_credit(10_000, 10_000, 10_000), 10_000);
        assert_eq!(refund_credit(10_000, 10_000, 2_500), 2_500);
        assert_eq!(refund_credit(1_000, 300, 100), 333);
        assert_eq!(refund_credit(1_000, 300, 300), 1_000);
        assert_eq!(
            refund_credit(1_000, 300, 900),
            1_000,
            "never more than it counted"
        );
        assert_eq!(refund_credit(1_000, 0, 0), 0);
        assert_eq!(refund_credit(i64::MAX, i64::MAX, i64::MAX), i64::MAX);
    }

    #[test]
    fn a_raise_applies_when_its_cooling_off_is_over() {
        let mut s = settings(1_000, 5_000, 20_000);
        let at = ts("2026-05-11T12:00:00Z");
        s.set(
            LimitKind::Daily,
            Setting {
                amount_minor: 5_000,
                pending: Some(Pending {
                    amount_minor: 9_000,
                    effective_at: at,
                }),
            },
        );
        let mut before = s.clone();
        assert!(before.apply_due(ts("2026-05-11T11:59:59Z")).is_empty());
        assert_eq!(before.amount(LimitKind::Daily), 5_000);
        assert_eq!(s.apply_due(at), vec![LimitKind::Daily]);
        assert_eq!(s.amount(LimitKind::Daily), 9_000);
        assert!(s.pending().is_empty());
        let change = LimitChange {
            daily_minor: Some(9_001),
            per_transaction_minor: Some(10),
            ..LimitChange::default()
        };
        assert!(change.raises(&s));
        let lower = LimitChange {
            daily_minor: Some(9_000),
            ..LimitChange::default()
        };
        assert!(!lower.raises(&s));
    }
}
