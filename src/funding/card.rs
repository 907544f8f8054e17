//! Cards at entry: the number (Luhn, length, brand), the expiry (`MM/YY`, not in the past by the
//! wallet's clock) and the CVC's form. The number and CVC are checked and handed to the rail to
//! tokenize; nothing here keeps them.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// A card number typed by the user: digits, with spaces or dashes between groups allowed.
/// Zeroized on drop.
pub struct CardNumber(Zeroizing<String>);

impl CardNumber {
    /// Check a typed number: 12 to 19 digits, passing the Luhn check.
    pub fn parse(text: &str) -> Result<CardNumber> {
        let digits: Zeroizing<String> =
            Zeroizing::new(text.chars().filter(|c| *c != ' ' && *c != '-').collect());
        let well_formed =
            (12..=19).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
        if !well_formed {
            return Err(Error::invalid("err.card.number_format").detail("field", "number"));
        }
        if !luhn_valid(&digits) {
            return Err(Error::invalid("err.card.luhn").detail("field", "number"));
        }
        // All zeros passes Luhn; neither it nor a number outside every network's ranges is
        // issued to anyone.
        if digits.bytes().all(|b| b == b'0') || brand_of(&digits) == UNKNOWN_BRAND {
            return Err(Error::invalid("err.card.impossible").detail("field", "number"));
        }
        Ok(CardNumber(digits))
    }

    /// The digits.
    pub fn digits(&self) -> &str {
        &self.0
    }

    /// The last four digits, the only part okpay keeps.
    pub fn last4(&self) -> &str {
        &self.0[self.0.len().saturating_sub(4)..]
    }

    /// The card's brand, from its leading digits.
    pub fn brand(&self) -> &'static str {
        brand_of(&self.0)
    }
}

/// The Luhn (mod 10) check of a string of ASCII digits.
pub fn luhn_valid(digits: &str) -> bool {
    let mut sum = 0u32;
    for (i, b) in digits.bytes().rev().enumerate() {
        let mut d = u32::from(b.wrapping_sub(b'0'));
        if d > 9 {
            return false;
        }
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum.is_multiple_of(10)
}

/// What [`brand_of`] answers for a number outside every known network's ranges.
pub const UNKNOWN_BRAND: &str = "Card";

/// The brand from the issuer identification number (the networks' published IIN ranges), or
/// [`UNKNOWN_BRAND`].
pub fn brand_of(digits: &str) -> &'static str {
    let prefix = |n: usize| {
        digits
            .get(..n)
            .and_then(|p| p.parse::<u32>().ok())
            .unwrap_or(0)
    };
    match () {
        _ if digits.starts_with('4') => "Visa",
        _ if (51..=55).contains(&prefix(2)) || (2221..=2720).contains(&prefix(4)) => "Mastercard",
        _ if matches!(prefix(2), 34 | 37) => "American Express",
        _ if prefix(2) == 62 => "UnionPay",
        _ if (3528..=3589).contains(&prefix(4)) => "JCB",
        _ if prefix(4) == 6011 || prefix(2) == 65 || (644..=649).contains(&prefix(3)) => "Discover",
        _ if (300..=305).contains(&prefix(3))
            || prefix(4) == 3095
            || matches!(prefix(2), 36 | 38 | 39) =>
        {
            "Diners Club"
        }
        _ if (2200..=2204).contains(&prefix(4)) => "Mir",
        _ if prefix(4) == 2205 => "Borica",
        _ if prefix(2) == 81 => "UnionPay",
        _ if matches!(prefix(2), 60 | 82) => "RuPay",
        _ if matches!(prefix(2), 50 | 56..=58 | 67) || prefix(4) == 6304 || prefix(3) == 639 => {
            "Maestro"
        }
        _ if matches!(prefix(3), 636..=638) => "InstaPayment",
        _ if prefix(4) == 9792 => "Troy",
        _ => UNKNOWN_BRAND,
    }
}

/// Check a CVC's form (3 digits, 4 for American Express). It is never stored.
pub fn check_cvc(cvc: &str, brand: &str) -> Result<()> {
    let len = if brand == "American Express" { 4 } else { 3 };
    if cvc.len() == len && cvc.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(Error::invalid("err.card.cvc")
            .arg("digits", len)
            .detail("field", "cvc"))
    }
}

/// A card's expiry month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expiry {
    pub month: i8,
    pub year: i16,
}

impl Expiry {
    /// Parse `MM/YY`.
    pub fn parse(text: &str) -> Result<Expiry> {
        let bad = || {
            Error::invalid("err.card.expiry_format")
                .arg("expiry", text)
                .detail("field", "expiry")
        };
        let (mm, yy) = text.split_once('/').ok_or_else(bad)?;
        let digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(mm) || !digits(yy) {
            return Err(bad());
        }
        let month: i8 = mm.parse().map_err(|_| bad())?;
        let year: i16 = yy.parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(bad());
        }
        Ok(Expiry {
            month,
            year: 2000 + year,
        })
    }

    /// `MM/YY`.
    pub fn to_text(self) -> String {
        format!("{:02}/{:02}", self.month, self.year % 100)
    }

    /// Whether the card is still valid at `now` (it is valid through the last day of its month).
    pub fn is_valid_at(self, now: Timestamp, zone: &TimeZone) -> bool {
        let today = now.to_zoned(zone.clone()).date();
        match Date::new(self.year, self.month, 1) {
            Ok(first) => {
                today
                    < first
                        .last_of_month()
                        .tomorrow()
                        .unwrap_or(first.last_of_month())
            }
            Err(_) => false,
        }
    }

    /// Refuse an expiry already past.
    pub fn check_not_past(self, now: Timestamp, zone: &TimeZone) -> Result<()> {
        if self.is_valid_at(now, zone) {
            Ok(())
        } else {
            Err(Error::invalid("err.card.expired")
                .arg("expiry", self.to_text())
                .detail("field", "expiry"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_accepts_test_cards_and_refuses_a_changed_digit() {
        for n in [
            "4242424242424242",
            "4000000000000002",
            "4000000000009995",
            "5555555555554444",
            "378282246310005",
        ] {
            assert!(luhn_valid(n), "{n}");
        }
        assert!(!luhn_valid("4242424242424241"));
        assert!(CardNumber::parse("4242 4242 4242 4241").is_err());
        assert_eq!(
            CardNumber::parse("4242-4242-4242-4242")
                .map(|c| c.last4().to_string())
                .ok()
                .as_deref(),
            Some("4242")
        );
    }

    #[test]
    fn malformed_numbers_are_refused() {
        for n in [
            "",
            "abc",
            "4242",
            "42424242424242424242",
            "4242x42424242424",
        ] {
            assert!(CardNumber::parse(n).is_err(), "{n}");
        }
    }

    #[test]
    fn brands_come_from_the_leading_digits() {
        assert_eq!(brand_of("4242424242424242"), "Visa");
        assert_eq!(brand_of("5555555555554444"), "Mastercard");
        assert_eq!(brand_of("2223003122003222"), "Mastercard");
        assert_eq!(brand_of("378282246310005"), "American Express");
        assert_eq!(brand_of("6200000000000005"), "UnionPay");
        assert_eq!(brand_of("3566002020360505"), "JCB");
        assert_eq!(brand_of("6011111111111117"), "Discover");
        assert_eq!(brand_of("30569309025904"), "Diners Club");
        assert_eq!(brand_of("36227206271667"), "Diners Club");
        assert_eq!(brand_of("6759649826438453"), "Maestro");
        assert_eq!(brand_of("2200000000000004"), "Mir");
        assert_eq!(brand_of("1234567812345670"), UNKNOWN_BRAND);
    }

    #[test]
    fn impossible_numbers_are_refused_after_luhn() {
        // Every number of CLI.md's sandbox table, and one of each network, is possible.
        for n in [
            "4242424242424242",
            "4000000000000002",
            "4000000000009995",
            "4000000000000069",
            "4000000000000127",
            "4000000000000119",
            "5555555555554444",
            "2223003122003222",
            "378282246310005",
            "371449635398431",
            "6200000000000005",
            "3566002020360505",
            "6011111111111117",
            "6011000990139424",
            "30569309025904",
            "36227206271667",
            "6759649826438453",
            "2200000000000004",
        ] {
            assert!(CardNumber::parse(n).is_ok(), "{n}");
        }
        for n in [
            "0000000000000000",
            "000000000000",
            "0000 0000 0000 0000",
            "1234567812345670",
            "9999999999999995",
            "7000000000000005",
            "3100000000000003",
            "5900000000000000",
            "6600000000000001",
        ] {
            assert!(
                luhn_valid(&n.replace(' ', "")),
                "{n} must pass Luhn for this test"
            );
            let err = CardNumber::parse(n).err().map(|e| e.key);
            assert_eq!(err, Some("err.card.impossible"), "{n}");
        }
    }

    #[test]
    fn cvc_form_depends_on_the_brand() {
        assert!(check_cvc("123", "Visa").is_ok());
        assert!(check_cvc("1234", "Visa").is_err());
        assert!(check_cvc("1234", "American Express").is_ok());
        assert!(check_cvc("12a", "Visa").is_err());
    }

    #[test]
    fn expiry_is_valid_through_its_month() {
        let zone = TimeZone::UTC;
        let e = Expiry::parse("11/26").unwrap();
        let last_day: Timestamp = "2026-11-30T23:59:59Z".parse().unwrap();
        let next_month: Timestamp = "2026-12-01T00:00:00Z".parse().unwrap();
        assert!(e.is_valid_at(last_day, &zone));
        assert!(!e.is_valid_at(next_month, &zone));
        for bad in ["13/26", "00/26", "1/26", "11-26", "11/2026", "ab/cd", ""] {
            assert!(Expiry::parse(bad).is_err(), "{bad}");
        }
    }
}
