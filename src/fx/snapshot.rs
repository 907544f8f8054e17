//! The bundled rate snapshot: the European Central Bank's euro reference rates of one day,
//! compiled in so that a fresh wallet can quote a conversion before any rate was set or
//! imported. Every rate from it is labelled `snapshot` with its date, and is stale once that
//! date is more than seven days old: converting with it then asks to confirm (`fx import` or
//! `fx set` brings current rates).

use std::str::FromStr;

use jiff::civil::Date;
use rust_decimal::Decimal;

use super::{Rate, Source};
use crate::money::Currency;

/// The day of the snapshot's rates.
pub const DATE: Date = Date::constant(2024, 6, 28);

/// `1 EUR = rate CUR`, as the ECB published them on [`DATE`].
const EUR_RATES: &[(&str, &str)] = &[
    ("USD", "1.0705"),
    ("JPY", "171.94"),
    ("BGN", "1.9558"),
    ("CZK", "25.025"),
    ("DKK", "7.4575"),
    ("GBP", "0.84638"),
    ("HUF", "395.10"),
    ("PLN", "4.3090"),
    ("RON", "4.9773"),
    ("SEK", "11.3595"),
    ("CHF", "0.9634"),
    ("ISK", "148.90"),
    ("NOK", "11.3965"),
    ("TRY", "35.1868"),
    ("AUD", "1.6079"),
    ("BRL", "5.8915"),
    ("CAD", "1.4670"),
    ("CNY", "7.7748"),
    ("HKD", "8.3594"),
    ("IDR", "17487.21"),
    ("ILS", "4.0200"),
    ("INR", "89.2495"),
    ("KRW", "1474.86"),
    ("MXN", "19.5654"),
    ("MYR", "5.0501"),
    ("NZD", "1.7601"),
    ("PHP", "62.560"),
    ("SGD", "1.4513"),
    ("THB", "39.319"),
    ("ZAR", "19.4970"),
];

/// The snapshot's rates, EUR against each currency.
pub fn rates() -> Vec<Rate> {
    EUR_RATES
        .iter()
        .filter_map(|(code, rate)| {
            Some(Rate {
                base: Currency::EUR,
                quote: Currency::parse(code).ok()?,
                rate: Decimal::from_str(rate).ok()?,
                date: DATE,
                source: Source::Snapshot,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_snapshot_rate_parses() {
        assert_eq!(super::rates().len(), super::EUR_RATES.len());
    }
}
