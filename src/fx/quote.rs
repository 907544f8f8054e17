//! Conversion quotes: what leaves one balance, the spread, and what arrives in the other.
//!
//! The rule (CLI.md "fx"): the spread is a fee in the `from` currency, taken out of the amount
//! first, rounded half away from zero to the minor unit and at least one minor unit when the
//! spread is not zero; the rest converts at the mid rate, and the result is rounded **down** to
//! the `to` currency's minor unit. So a quote never gives more than the rate pays, and what is
//! rounded away (less than one minor unit of `to`) stays with the exchange.
//!
//! Money is never created or destroyed: the postings balance per currency through the
//! `fx:CUR` accounts (`wallet:FROM −from_amount`, `fees:FROM +spread`, `fx:FROM +rest`,
//! `fx:TO −to_amount`, `wallet:TO +to_amount`).

use rust_decimal::prelude::*;
use rust_decimal::RoundingStrategy;
use serde_json::{json, Value};

use super::{format_rate, Found};
use crate::error::{Error, Result};
use crate::ledger::{account, Posting};
use crate::money::{Currency, Money};

/// The default spread, in percent.
pub const SPREAD_DEFAULT_PERCENT: Decimal = Decimal::from_parts(5, 0, 0, false, 1);
/// The largest spread that may be set, in percent.
pub const SPREAD_MAX_PERCENT: i64 = 10;

/// A conversion, quoted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FxQuote {
    /// What leaves the `from` balance, spread included.
    pub from_amount: Money,
    /// The spread (a fee in the `from` currency).
    pub spread: Money,
    /// What arrives in the `to` currency.
    pub to_amount: Money,
    /// `1 from = rate to` (mid rate).
    pub rate: Decimal,
    pub spread_percent: Decimal,
    pub found: Found,
    /// The rate is older than seven days.
    pub stale: bool,
}

fn too_small(currency: Currency) -> Error {
    Error::invalid("err.fx.too_small").arg("currency", currency.code())
}

fn too_large() -> Error {
    Error::invalid("err.fx.too_large")
}

/// The spread on `minor` units: half away from zero, at least one unit when not zero.
pub fn spread_minor(minor: i64, percent: Decimal) -> Result<i64> {
    if percent.is_zero() {
        return Ok(0);
    }
    let fee = Decimal::from(minor)
        .checked_mul(percent)
        .and_then(|d| d.checked_div(Decimal::ONE_HUNDRED))
        .ok_or_else(too_large)?
        .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
        .to_i64()
        .ok_or_else(too_large)?;
    Ok(fee.max(1))
}

/// What `net_minor` of `from` gives in `to` minor units at `rate`, rounded down.
pub fn converted_minor(net_minor: i64, from: Currency, to: Currency, rate: Decimal) -> Result<i64> {
    Money::from_minor(net_minor, from)
        .to_decimal()
        .checked_mul(rate)
        .and_then(|d| d.checked_mul(Decimal::from(to.minor_per_unit())))
        .ok_or_else(too_large)?
        .floor()
        .to_i64()
        .ok_or_else(too_large)
}

/// Quote converting `from_amount` (spread included) at `found`'s rate.
pub fn sell(
    from_amount: Money,
    found: Found,
    spread_percent: Decimal,
    stale: bool,
) -> Result<FxQuote> {
    let from = from_amount.currency();
    let spread = spread_minor(from_amount.minor(), spread_percent)?;
    let net = from_amount
        .minor()
        .checked_sub(spread)
        .ok_or_else(too_large)?;
    if net <= 0 {
        return Err(too_small(found.to));
    }
    let to = converted_minor(net, from, found.to, found.rate)?;
    if to <= 0 {
        return Err(too_small(found.to));
    }
    Ok(FxQuote {
        from_amount,
        spread: Money::from_minor(spread, from),
        to_amount: Money::from_minor(to, found.to),
        rate: found.rate,
        spread_percent,
        found,
        stale,
    })
}

/// Quote getting exactly `to_amount`: the least `from` amount whose conversion covers it. What
/// it converts to beyond `to_amount` (less than one minor unit's worth) stays with the exchange.
pub fn buy(
    to_amount: Money,
    found: Found,
    spread_percent: Decimal,
    stale: bool,
) -> Result<FxQuote> {
    let from = found.from;
    // An amount whose conversion overflows certainly covers any target.
    let covers = |f: i64| -> Result<bool> {
        let Ok(spread) = spread_minor(f, spread_percent) else {
            return Ok(true);
        };
        let net = f - spread;
        Ok(net > 0
            && converted_minor(net, from, found.to, found.rate)
                .map_or(true, |to| to >= to_amount.minor()))
    };
    // What arrives never falls as what leaves grows (the spread is below 100%): bisect.
    let mut high = from.max_minor();
    if !covers(high)? {
        return Err(too_large());
    }
    let mut low = 0_i64;
    while high - low > 1 {
        let mid = low + (high - low) / 2;
        if covers(mid)? {
            high = mid;
        } else {
            low = mid;
        }
    }
    let from_amount = Money::from_minor(high, from);
    let mut q = sell(from_amount, found, spread_percent, stale)?;
    q.to_amount = to_amount;
    Ok(q)
}

impl FxQuote {
    /// What converts at the mid rate: the amount less the spread.
    pub fn net(&self) -> Money {
        Money::from_minor(
            self.from_amount.minor() - self.spread.minor(),
            self.from_amount.currency(),
        )
    }

    /// The postings that move the money: out of `wallet:FROM` (when `from_wallet`), the spread to
    /// `fees:FROM`, the rest to `fx:FROM`; out of `fx:TO` and, when `to_wallet`, into
    /// `wallet:TO`. A payment posts the `to` side to the merchant itself.
    pub fn postings(&self, to_wallet: bool) -> Vec<Posting> {
        let from = self.from_amount.currency();
        let to = self.to_amount.currency();
        let mut p = vec![
            Posting {
                account: account::wallet(from),
                currency: from,
                amount_minor: -self.from_amount.minor(),
            },
            Posting {
                account: account::fx(from),
                currency: from,
                amount_minor: self.net().minor(),
            },
            Posting {
                account: account::fx(to),
                currency: to,
                amount_minor: -self.to_amount.minor(),
            },
        ];
        if !self.spread.is_zero() {
            p.push(Posting {
                account: account::fees(from),
                currency: from,
                amount_minor: self.spread.minor(),
            });
        }
        if to_wallet {
            p.push(Posting {
                account: account::wallet(to),
                currency: to,
                amount_minor: self.to_amount.minor(),
            });
        }
        p
    }

    /// CLI.md's `fx` object: `{"from", "to", "rate", "spread_percent", "spread", "from_amount",
    /// "to_amount", "rate_date"}`, plus how the rate was found and whether it was stale.
    pub fn to_json(&self) -> Value {
        json!({
            "from": self.from_amount.currency().code(),
            "to": self.to_amount.currency().code(),
            "rate": format_rate(self.rate),
            "spread_percent": self.spread_percent.normalize().to_string(),
            "spread": self.spread.to_string(),
            "from_amount": self.from_amount.to_string(),
            "to_amount": self.to_amount.to_string(),
            "rate_date": self.found.date.to_string(),
            "rate_route": self.found.route.describe(),
            "rate_snapshot": self.found.snapshot,
            "stale": self.stale,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::str::FromStr;

    use jiff::civil::Date;
    use proptest::prelude::*;

    use super::*;
    use crate::fx::Route;

    fn found(from: Currency, to: Currency, rate: &str) -> Found {
        Found {
            from,
            to,
            rate: Decimal::from_str(rate).unwrap(),
            date: Date::constant(2026, 11, 30),
            route: Route::Direct(crate::fx::Source::Manual),
            snapshot: false,
        }
    }

    fn pct(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn a_quote_in_jpy_cny_and_kwd_digits() {
        // 1000 JPY at 0.5% spread: 5 JPY spread, 995 JPY at 0.0483 CNY = 48.0585 → 48.05 CNY.
        let q = sell(
            Money::from_minor(1_000, Currency::JPY),
            found(Currency::JPY, Currency::CNY, "0.0483"),
            pct("0.5"),
            false,
        )
        .unwrap();
        assert_eq!(q.spread.to_string(), "5");
        assert_eq!(q.to_amount.to_string(), "48.05");
        // 100.00 CNY to KWD at 0.0431: spread 0.50, 99.50 × 0.0431 = 4.28845 → 4.288 KWD.
        let q = sell(
            Money::from_minor(10_000, Currency::CNY),
            found(Currency::CNY, Currency::KWD, "0.0431"),
            pct("0.5"),
            false,
        )
        .unwrap();
        assert_eq!(q.spread.to_string(), "0.50");
        assert_eq!(q.to_amount.to_string(), "4.288");
        assert_eq!(q.to_json()["to_amount"], "4.288");
    }

    #[test]
    fn buying_an_exact_amount_takes_the_least_that_covers_it() {
        let f = found(Currency::CNY, Currency::EUR, "0.1286");
        let q = buy(
            Money::from_minor(5_000, Currency::EUR),
            f,
            pct("0.5"),
            false,
        )
        .unwrap();
        assert_eq!(q.to_amount.minor(), 5_000);
        let less = Money::from_minor(q.from_amount.minor() - 1, Currency::CNY);
        let short = sell(less, f, pct("0.5"), false).unwrap();
        assert!(short.to_amount.minor() < 5_000);
        assert!(
            sell(q.from_amount, f, pct("0.5"), false)
                .unwrap()
                .to_amount
                .minor()
                >= 5_000
        );
    }

    #[test]
    fn buying_from_a_currency_whose_largest_amount_overflows_still_quotes() {
        let f = found(Currency::KWD, Currency::JPY, "500000000");
        let q = buy(
            Money::from_minor(1_000, Currency::JPY),
            f,
            pct("0.5"),
            false,
        )
        .unwrap();
        assert_eq!(q.to_amount.minor(), 1_000);
        // One fils is all spread; two leave one to convert.
        assert_eq!(q.from_amount.minor(), 2);
    }

    #[test]
    fn a_tiny_amount_is_refused() {
        let f = found(Currency::JPY, Currency::KWD, "0.002");
        assert!(sell(Money::from_minor(1, Currency::JPY), f, pct("0.5"), false).is_err());
        assert!(sell(Money::from_minor(1, Currency::JPY), f, pct("0"), false).is_ok());
    }

    const CURRENCIES: [Currency; 4] = [Currency::JPY, Currency::CNY, Currency::KWD, Currency::EUR];
    /// Units of the quote per unit of the base, roughly real.
    fn rate_between(a: usize, b: usize) -> Decimal {
        let per_eur = [pct("171.94"), pct("7.7748"), pct("0.3285"), Decimal::ONE];
        (per_eur[b] / per_eur[a]).round_sf(10).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Across a long random sequence of conversions, every posting set balances per
        /// currency, no balance goes negative, and the money in each currency (wallet, fees and
        /// the exchange together) stays exactly what it was.
        #[test]
        fn no_minor_unit_appears_or_disappears(
            steps in proptest::collection::vec((0usize..4, 0usize..4, 1i64..2_000_000, 0u32..300, any::<bool>()), 1..200)
        ) {
            let mut accounts: BTreeMap<String, i64> = BTreeMap::new();
            for c in CURRENCIES {
                accounts.insert(account::wallet(c), 1_000_000 * c.minor_per_unit());
                accounts.insert(account::fx(c), -1_000_000 * c.minor_per_unit());
            }
            for (a, b, amount, spread_bp, exact) in steps {
                if a == b { continue; }
                let (from, to) = (CURRENCIES[a], CURRENCIES[b]);
                let f = found(from, to, &rate_between(a, b).to_string());
                let spread = Decimal::new(i64::from(spread_bp), 2);
                let q = if exact {
                    buy(Money::from_minor(amount, to), f, spread, false)
                } else {
                    sell(Money::from_minor(amount, from), f, spread, false)
                };
                let Ok(q) = q else { continue };
                let have = accounts[&account::wallet(from)];
                if q.from_amount.minor() > have { continue; }
                prop_assert_eq!(q.spread.minor() + q.net().minor(), q.from_amount.minor());
                let mut sums: BTreeMap<Currency, i64> = BTreeMap::new();
                for p in q.postings(true) {
                    *sums.entry(p.currency).or_default() += p.amount_minor;
                    *accounts.entry(p.account.clone()).or_default() += p.amount_minor;
                }
                prop_assert!(sums.values().all(|s| *s == 0), "unbalanced {:?}", sums);
                prop_assert!(accounts[&account::wallet(from)] >= 0);
                // Never more than the mid rate gives.
                let mid = q.net().to_decimal() * q.rate;
                prop_assert!(q.to_amount.to_decimal() <= mid);
            }
            for c in CURRENCIES {
                let total: i64 = accounts.iter()
                    .filter(|(name, _)| name.ends_with(&format!(":{}", c.code())))
                    .map(|(_, v)| *v)
                    .sum();
                prop_assert_eq!(total, 0, "money in {} changed", c);
            }
        }
    }
}
