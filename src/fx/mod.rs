//! Exchange rates and conversion quotes.
//!
//! A [`Rate`] says `1 base = rate quote` on a date, from a source. The [`RateBook`] holds the
//! rates the wallet knows (set by hand, imported, or the bundled snapshot) and answers any pair:
//! the rate as given, its inverse, or a cross rate through a common currency (EUR first, as the
//! European Central Bank publishes against the euro, then USD, then any other).
//!
//! Precision: rates are `rust_decimal::Decimal` throughout (28 significant digits, never
//! floating point). A rate as given keeps its digits (at most [`RATE_DECIMALS_MAX`] decimal
//! places). An inverse or a cross rate is computed at full precision and then rounded, half to
//! even, to [`DERIVED_SIGNIFICANT_DIGITS`] significant digits; amounts are computed from that
//! rounded rate, which is the rate a quote shows.

pub mod import;
pub mod quote;
pub mod settings;
pub mod snapshot;

use std::collections::BTreeMap;

use jiff::civil::Date;
use jiff::Timestamp;
use rust_decimal::prelude::*;
use rust_decimal::RoundingStrategy;

use crate::error::{Error, Result};
use crate::money::Currency;

/// Decimal places a rate may be given with.
pub const RATE_DECIMALS_MAX: u32 = 12;
/// Significant digits of an inverse or cross rate.
pub const DERIVED_SIGNIFICANT_DIGITS: u32 = 10;
/// A rate older than this many days (by the wallet's clock) is stale.
pub const STALE_AFTER_DAYS: i64 = 7;
/// The largest rate accepted (and the inverse of the smallest).
pub const RATE_MAX_UNITS: i64 = 1_000_000_000;
/// The currencies a cross rate may go through, in order of preference (any other follows).
const HUBS: [Currency; 2] = [Currency::EUR, Currency::USD];

/// Where a rate came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `fx set`.
    Manual,
    /// `fx import` of a `date,base,quote,rate` CSV.
    Csv,
    /// `fx import` of a European Central Bank reference-rate file.
    Ecb,
    /// The snapshot bundled with okpay.
    Snapshot,
}

impl Source {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Manual => "manual",
            Source::Csv => "csv",
            Source::Ecb => "ecb",
            Source::Snapshot => "snapshot",
        }
    }

    /// Parse a stored name.
    pub fn parse(text: &str) -> Option<Source> {
        [Source::Manual, Source::Csv, Source::Ecb, Source::Snapshot]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

/// `1 base = rate quote`, as of `date`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rate {
    pub base: Currency,
    pub quote: Currency,
    pub rate: Decimal,
    pub date: Date,
    pub source: Source,
}

impl Rate {
    /// Whether the rate is older than [`STALE_AFTER_DAYS`] on `today`.
    pub fn is_stale(&self, today: Date) -> bool {
        is_stale(self.date, today)
    }
}

/// Whether a rate of `date` is stale on `today`.
pub fn is_stale(date: Date, today: Date) -> bool {
    date.checked_add(jiff::Span::new().days(STALE_AFTER_DAYS))
        .map_or(true, |limit| limit < today)
}

/// How a rate was found for a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// The same currency (rate 1).
    Same,
    /// A rate as given.
    Direct(Source),
    /// The inverse of a rate as given.
    Inverse(Source),
    /// Through one common currency, or two.
    Cross(Currency, Option<Currency>),
}

impl Route {
    /// How the route reads in JSON: `direct`, `inverse`, `cross:EUR`.
    pub fn describe(self) -> String {
        match self {
            Route::Same => "same".into(),
            Route::Direct(_) => "direct".into(),
            Route::Inverse(_) => "inverse".into(),
            Route::Cross(via, None) => format!("cross:{}", via.code()),
            Route::Cross(a, Some(b)) => format!("cross:{},{}", a.code(), b.code()),
        }
    }
}

/// A rate for a pair, however it was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub from: Currency,
    pub to: Currency,
    /// `1 from = rate to`.
    pub rate: Decimal,
    /// The date of the oldest rate used.
    pub date: Date,
    pub route: Route,
    /// Whether a bundled snapshot rate was used.
    pub snapshot: bool,
}

/// The rates the wallet knows: at most one per ordered pair (the newest).
#[derive(Debug, Clone, Default)]
pub struct RateBook {
    rates: BTreeMap<(Currency, Currency), Rate>,
}

impl RateBook {
    /// The bundled snapshot, overridden pair by pair by `stored` (a stored rate for A/B also
    /// hides the snapshot's B/A, so the newer knowledge wins both ways).
    pub fn with_snapshot(stored: Vec<Rate>) -> RateBook {
        let mut book = RateBook::default();
        for r in snapshot::rates() {
            book.rates.insert((r.base, r.quote), r);
        }
        for r in stored {
            book.rates.remove(&(r.quote, r.base));
            book.rates.insert((r.base, r.quote), r);
        }
        book
    }

    /// A book of exactly these rates.
    pub fn of(rates: Vec<Rate>) -> RateBook {
        RateBook {
            rates: rates.into_iter().map(|r| ((r.base, r.quote), r)).collect(),
        }
    }

    /// Every rate, by pair.
    pub fn rates(&self) -> impl Iterator<Item = &Rate> {
        self.rates.values()
    }

    /// The rate for `from` → `to`: as given, inverted, or crossed through a common currency.
    pub fn find(&self, from: Currency, to: Currency) -> Option<Found> {
        if from == to {
            return Some(Found {
                from,
                to,
                rate: Decimal::ONE,
                date: Date::constant(1970, 1, 1),
                route: Route::Same,
                snapshot: false,
            });
        }
        if let Some(found) = self.leg(from, to) {
            return Some(Found {
                rate: derived_if(found.route, found.rate)?,
                ..found
            });
        }
        let hubs = self.hubs();
        // One common currency first, then two (EUR → CNY → KWD for JPY → KWD when KWD is only
        // known against CNY); the first found in the hubs' order wins.
        for via in hubs.iter().copied().filter(|v| *v != from && *v != to) {
            let (Some(a), Some(b)) = (self.leg(from, via), self.leg(via, to)) else {
                continue;
            };
            return Some(Found {
                from,
                to,
                rate: derived(a.rate.checked_mul(b.rate)?)?,
                date: a.date.min(b.date),
                route: Route::Cross(via, None),
                snapshot: a.snapshot || b.snapshot,
            });
        }
        for v1 in hubs.iter().copied().filter(|v| *v != from && *v != to) {
            let Some(a) = self.leg(from, v1) else {
                continue;
            };
            for v2 in hubs.iter().copied().filter(|v| ![from, to, v1].contains(v)) {
                let (Some(b), Some(c)) = (self.leg(v1, v2), self.leg(v2, to)) else {
                    continue;
                };
                return Some(Found {
                    from,
                    to,
                    rate: derived(a.rate.checked_mul(b.rate)?.checked_mul(c.rate)?)?,
                    date: a.date.min(b.date).min(c.date),
                    route: Route::Cross(v1, Some(v2)),
                    snapshot: a.snapshot || b.snapshot || c.snapshot,
                });
            }
        }
        None
    }

    /// The currencies a cross rate may go through: EUR, USD, then every other one known.
    fn hubs(&self) -> Vec<Currency> {
        let mut hubs: Vec<Currency> = HUBS.to_vec();
        for r in self.rates.values() {
            for c in [r.base, r.quote] {
                if !hubs.contains(&c) {
                    hubs.push(c);
                }
            }
        }
        hubs
    }

    /// A rate as given or its inverse.
    fn leg(&self, from: Currency, to: Currency) -> Option<Found> {
        if let Some(r) = self.rates.get(&(from, to)) {
            return Some(Found {
                from,
                to,
                rate: r.rate,
                date: r.date,
                route: Route::Direct(r.source),
                snapshot: r.source == Source::Snapshot,
            });
        }
        let r = self.rates.get(&(to, from))?;
        // Full precision here: rounded once, by the caller, when the rate is final.
        let rate = Decimal::ONE.checked_div(r.rate)?;
        Some(Found {
            from,
            to,
            rate,
            date: r.date,
            route: Route::Inverse(r.source),
            snapshot: r.source == Source::Snapshot,
        })
    }
}

/// A rate as given stays as it is; an inverse is rounded to its documented precision.
fn derived_if(route: Route, rate: Decimal) -> Option<Decimal> {
    match route {
        Route::Inverse(_) => derived(rate),
        _ => Some(rate),
    }
}

/// An inverse or cross rate rounded to its documented precision.
fn derived(rate: Decimal) -> Option<Decimal> {
    rate.round_sf_with_strategy(
        DERIVED_SIGNIFICANT_DIGITS,
        RoundingStrategy::MidpointNearestEven,
    )
    .map(|d| d.normalize())
}

/// Parse a rate as typed or as a file gives it: digits with at most one dot, above zero, at most
/// [`RATE_DECIMALS_MAX`] decimals, at most [`RATE_MAX_UNITS`] and at least its inverse.
pub fn parse_rate(text: &str) -> Result<Decimal> {
    let invalid = || Error::invalid("err.fx.rate_invalid").arg("rate", shown(text));
    let (units, fraction) = match text.split_once('.') {
        Some((u, f)) => (u, Some(f)),
        None => (text, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(units) || fraction.is_some_and(|f| !digits(f)) {
        return Err(invalid());
    }
    if fraction.is_some_and(|f| f.len() > RATE_DECIMALS_MAX as usize) || units.len() > 12 {
        return Err(invalid());
    }
    let rate = Decimal::from_str(text).map_err(|_| invalid())?;
    let max = Decimal::from(RATE_MAX_UNITS);
    let min = Decimal::ONE.checked_div(max).ok_or_else(invalid)?;
    if rate < min || rate > max {
        return Err(invalid());
    }
    // As published: `1.4670` keeps its four decimals.
    Ok(rate)
}

/// A rate as shown: its digits as given, at least two decimals (`1.4670`, `1.00`).
pub fn format_rate(rate: Decimal) -> String {
    let mut r = rate;
    if r.scale() < 2 {
        r.rescale(2);
    }
    r.to_string()
}

/// A date as `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<Date> {
    text.trim()
        .parse::<Date>()
        .map_err(|_| Error::invalid("err.fx.date_invalid").arg("date", shown(text)))
}

/// Today's date in the wallet's zone.
pub fn today(now: Timestamp, zone: &jiff::tz::TimeZone) -> Date {
    now.to_zoned(zone.clone()).date()
}

fn shown(text: &str) -> String {
    text.chars()
        .take(40)
        .flat_map(char::escape_default)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate(base: Currency, quote: Currency, r: &str, day: i8) -> Rate {
        Rate {
            base,
            quote,
            rate: Decimal::from_str(r).unwrap(),
            date: Date::constant(2024, 6, day),
            source: Source::Ecb,
        }
    }

    #[test]
    fn rates_parse_strictly() {
        assert_eq!(parse_rate("7.7748").unwrap().to_string(), "7.7748");
        assert_eq!(parse_rate("1.4670").unwrap().to_string(), "1.4670");
        for bad in [
            "",
            "0",
            "-1",
            "1e3",
            "1,5",
            ".5",
            "1.",
            "abc",
            "0.0000000000001",
        ] {
            assert!(parse_rate(bad).is_err(), "{bad}");
        }
        assert!(parse_rate("1000000001").is_err());
    }

    #[test]
    fn inverse_and_cross_rates_through_the_euro() {
        let book = RateBook::of(vec![
            rate(Currency::EUR, Currency::USD, "1.0705", 28),
            rate(Currency::EUR, Currency::JPY, "171.94", 27),
            rate(Currency::EUR, Currency::CNY, "7.7748", 28),
        ]);
        let f = book.find(Currency::USD, Currency::EUR).unwrap();
        assert_eq!(f.rate.to_string(), "0.9341429239");
        assert_eq!(f.route, Route::Inverse(Source::Ecb));
        let f = book.find(Currency::USD, Currency::JPY).unwrap();
        // 171.94 / 1.0705 = 160.6165343297…
        assert_eq!(f.rate.to_string(), "160.6165343");
        assert_eq!(f.route, Route::Cross(Currency::EUR, None));
        assert_eq!(f.date, Date::constant(2024, 6, 27));
        let f = book.find(Currency::CNY, Currency::JPY).unwrap();
        assert_eq!(f.rate.to_string(), "22.11503833");
        assert!(book.find(Currency::KWD, Currency::JPY).is_none());
        let mut with_kwd = book.clone();
        with_kwd.rates.insert(
            (Currency::KWD, Currency::CNY),
            rate(Currency::KWD, Currency::CNY, "23.1", 28),
        );
        let f = with_kwd.find(Currency::JPY, Currency::KWD).unwrap();
        assert_eq!(f.route, Route::Cross(Currency::EUR, Some(Currency::CNY)));
        assert_eq!(
            book.find(Currency::KWD, Currency::KWD).unwrap().rate,
            Decimal::ONE
        );
    }

    #[test]
    fn staleness_counts_seven_days() {
        let d = Date::constant(2026, 11, 20);
        assert!(!is_stale(d, Date::constant(2026, 11, 27)));
        assert!(is_stale(d, Date::constant(2026, 11, 28)));
    }
}
