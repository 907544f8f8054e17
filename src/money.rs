//! Money: ISO 4217 currencies, exact amounts in integer minor units, and the one place where
//! user-typed amounts are parsed and amounts are formatted (CLI.md "Values").
//!
//! An amount is kept as an `i64` count of the currency's minor units (cents, fils, …), the form
//! the ledger stores in SQLite, and converted to and from [`rust_decimal::Decimal`] for the API.
//! Every conversion and every sum is checked: an overflow is an error, never a wrap. Only
//! currencies with a defined number of minor digits are usable; ISO 4217's special codes
//! (precious metals such as `XAU`, units of account such as `XDR` and `XAD`, the test codes
//! `XTS` and `XXX`) are refused.
//!
//! ```
//! use okpay::money::{parse_amount, Currency};
//!
//! let cny = Currency::parse("cny").unwrap();
//! let amount = parse_amount("100.5", cny).unwrap();
//! assert_eq!(amount.minor(), 10_050);
//! assert_eq!(amount.to_string(), "100.50");
//! ```

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Result};

/// The largest amount, in whole currency units, that a user may type (CLI.md "Values"): exactly
/// this much is accepted, anything above it is `invalid_input`.
pub const MAX_AMOUNT_UNITS: i64 = 1_000_000_000_000;

/// How many characters of a user's input an error message repeats; longer input is cut short.
const SHOWN_INPUT_CHARS: usize = 40;

/// An ISO 4217 currency with a defined number of minor digits.
///
/// ISO 4217's special codes (`XAU`, `XAG`, `XDR`, `XTS`, `XXX`, `XAD`, …: metals, units of
/// account, testing and "no currency") cannot be constructed. Displays and serializes as its three-letter code; orders by that code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Currency(iso_currency::Currency);

impl Currency {
    /// Chinese yuan renminbi (2 minor digits).
    pub const CNY: Currency = Currency(iso_currency::Currency::CNY);
    /// United States dollar (2 minor digits).
    pub const USD: Currency = Currency(iso_currency::Currency::USD);
    /// Euro (2 minor digits).
    pub const EUR: Currency = Currency(iso_currency::Currency::EUR);
    /// Japanese yen (0 minor digits).
    pub const JPY: Currency = Currency(iso_currency::Currency::JPY);
    /// Kuwaiti dinar (3 minor digits).
    pub const KWD: Currency = Currency(iso_currency::Currency::KWD);

    /// Parse a three-letter ISO 4217 code in any letter case (`"CNY"`, `"cny"`). Nothing is
    /// trimmed. An unknown code, or a special code (`XAU`, `XXX`, …), is `invalid_input`
    /// with the key `err.currency.unknown`.
    pub fn parse(code: &str) -> Result<Currency> {
        let unknown = || {
            Error::invalid("err.currency.unknown")
                .arg("currency", shown(code))
                .detail("field", "currency")
        };
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(unknown());
        }
        let upper = code.to_ascii_uppercase();
        iso_currency::Currency::from_code(&upper)
            .and_then(Currency::from_iso)
            .ok_or_else(unknown)
    }

    /// The usable currency for an `iso_currency` value, or `None` for a special code (see
    /// [`iso_currency::Currency::is_special`]) or, defensively, one without minor digits.
    pub fn from_iso(iso: iso_currency::Currency) -> Option<Currency> {
        if iso.is_special() {
            return None;
        }
        iso.exponent().map(|_| Currency(iso))
    }

    /// The three-letter ISO 4217 code, upper case: `"CNY"`.
    pub fn code(self) -> &'static str {
        self.0.code()
    }

    /// The currency's English name from ISO 4217: `"Japanese yen"`.
    pub fn name(&self) -> &str {
        self.0.name()
    }

    /// The number of minor digits: JPY 0, CNY 2, KWD 3.
    pub fn minor_digits(self) -> u32 {
        // Every constructed `Currency` has an exponent (see `from_iso`).
        self.0.exponent().map_or(0, u32::from)
    }

    /// The number of minor units in one unit: JPY 1, CNY 100, KWD 1000.
    pub fn minor_per_unit(self) -> i64 {
        // At most 4 minor digits exist in ISO 4217, so this never saturates.
        10_i64.checked_pow(self.minor_digits()).unwrap_or(i64::MAX)
    }

    /// [`MAX_AMOUNT_UNITS`] in this currency's minor units.
    pub fn max_minor(self) -> i64 {
        MAX_AMOUNT_UNITS
            .checked_mul(self.minor_per_unit())
            .unwrap_or(i64::MAX)
    }

    /// Every usable currency (every ISO 4217 code with minor digits), ordered by code.
    pub fn all() -> impl Iterator<Item = Currency> {
        static ALL: OnceLock<Vec<Currency>> = OnceLock::new();
        ALL.get_or_init(|| {
            let mut all: Vec<Currency> = (0_u16..=999)
                .filter_map(iso_currency::Currency::from_numeric)
                .filter_map(Currency::from_iso)
                .collect();
            all.sort();
            all.dedup();
            all
        })
        .iter()
        .copied()
    }
}

impl FromStr for Currency {
    type Err = Error;

    fn from_str(code: &str) -> Result<Currency> {
        Currency::parse(code)
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Ord for Currency {
    fn cmp(&self, other: &Self) -> Ordering {
        self.code().cmp(other.code())
    }
}

impl PartialOrd for Currency {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Currency::parse(&code)
            .map_err(|_| serde::de::Error::custom(format_args!("unknown currency {code:?}")))
    }
}

/// An exact amount of one currency, as a signed count of its minor units.
///
/// `Display` prints the amount only, with exactly the currency's minor digits (`100.50`, JPY
/// `1000`, KWD `1.000`, `-1.50`): no separators, no currency code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Money {
    minor: i64,
    currency: Currency,
}

impl Money {
    /// An amount of `minor` minor units (any sign; no limit is applied).
    pub fn from_minor(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    /// Zero in `currency`.
    pub fn zero(currency: Currency) -> Money {
        Money::from_minor(0, currency)
    }

    /// The largest amount a user may type in `currency` ([`MAX_AMOUNT_UNITS`] units).
    pub fn max(currency: Currency) -> Money {
        Money::from_minor(currency.max_minor(), currency)
    }

    /// The amount in minor units.
    pub fn minor(self) -> i64 {
        self.minor
    }

    /// The currency.
    pub fn currency(self) -> Currency {
        self.currency
    }

    /// Whether the amount is zero.
    pub fn is_zero(self) -> bool {
        self.minor == 0
    }

    /// Whether the amount is above zero.
    pub fn is_positive(self) -> bool {
        self.minor > 0
    }

    /// Whether the amount is below zero.
    pub fn is_negative(self) -> bool {
        self.minor < 0
    }

    /// The amount as a decimal whose scale is exactly the currency's minor digits.
    pub fn to_decimal(self) -> Decimal {
        // The scale is at most 4 (ISO 4217), far below Decimal's limit of 28.
        Decimal::new(self.minor, self.currency.minor_digits())
    }

    /// The exact amount `d` in `currency`.
    ///
    /// Trailing zeros are fine (`1.500` CNY is 150 minor units), but a value that needs more
    /// decimals than the currency has is `err.amount.too_many_decimals`, and one that does not
    /// fit in `i64` minor units is `err.amount.too_large`; both `invalid_input`. Nothing is ever
    /// rounded. Negative amounts are allowed and [`MAX_AMOUNT_UNITS`] is not applied.
    pub fn from_decimal(d: Decimal, currency: Currency) -> Result<Money> {
        let digits = currency.minor_digits();
        let scale = d.scale();
        let mantissa = d.mantissa();
        let too_large = || {
            Error::invalid("err.amount.too_large")
                .arg("amount", d)
                .arg("max", format_minor(i64::MAX, currency))
        };
        let minor = if scale <= digits {
            let factor = digits
                .checked_sub(scale)
                .and_then(|e| 10_i128.checked_pow(e))
                .ok_or_else(too_large)?;
            mantissa.checked_mul(factor).ok_or_else(too_large)?
        } else {
            let divisor = scale
                .checked_sub(digits)
                .and_then(|e| 10_i128.checked_pow(e))
                .ok_or_else(|| Error::internal(format!("decimal scale {scale} out of range")))?;
            let rest = mantissa
                .checked_rem(divisor)
                .ok_or_else(|| Error::internal("decimal remainder overflow"))?;
            if rest != 0 {
                return Err(too_many_decimals(&d.to_string(), currency));
            }
            mantissa
                .checked_div(divisor)
                .ok_or_else(|| Error::internal("decimal division overflow"))?
        };
        let minor = i64::try_from(minor).map_err(|_| too_large())?;
        Ok(Money::from_minor(minor, currency))
    }

    /// `self + other`. A currency mismatch or an overflow is an internal error (a bug).
    pub fn checked_add(self, other: Money) -> Result<Money> {
        self.same_currency(other, "add")?;
        self.minor
            .checked_add(other.minor)
            .map(|minor| Money::from_minor(minor, self.currency))
            .ok_or_else(|| Error::internal(format!("amount overflow: {self} + {other}")))
    }

    /// `self - other`. A currency mismatch or an overflow is an internal error (a bug).
    pub fn checked_sub(self, other: Money) -> Result<Money> {
        self.same_currency(other, "subtract")?;
        self.minor
            .checked_sub(other.minor)
            .map(|minor| Money::from_minor(minor, self.currency))
            .ok_or_else(|| Error::internal(format!("amount overflow: {self} - {other}")))
    }

    /// `-self`. Overflow (only `i64::MIN` minor units) is an internal error.
    pub fn checked_neg(self) -> Result<Money> {
        self.minor
            .checked_neg()
            .map(|minor| Money::from_minor(minor, self.currency))
            .ok_or_else(|| Error::internal(format!("amount overflow: -({self})")))
    }

    fn same_currency(self, other: Money, what: &str) -> Result<()> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(Error::internal(format!(
                "cannot {what} {} and {}: currency mismatch",
                self.currency, other.currency
            )))
        }
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&format_minor(self.minor, self.currency))
    }
}

/// Format `minor` minor units of `currency` as CLI.md's output form: exactly the currency's
/// minor digits, a leading `-` for negatives, no separators and no code (`"100.50"`, JPY
/// `"1000"`, KWD `"1.000"`, `"-1.50"`).
pub fn format_minor(minor: i64, currency: Currency) -> String {
    let digits = usize::try_from(currency.minor_digits()).unwrap_or(0);
    let sign = if minor < 0 { "-" } else { "" };
    let magnitude = minor.unsigned_abs();
    if digits == 0 {
        return format!("{sign}{magnitude}");
    }
    // Zero-padded so that at least one digit stands before the point.
    let padded = format!("{magnitude:0>width$}", width = digits.saturating_add(1));
    let (units, fraction) = padded.split_at(padded.len().saturating_sub(digits));
    format!("{sign}{units}.{fraction}")
}

/// Parse a positive amount typed by a user, per CLI.md "Values".
///
/// Accepted: ASCII digits with at most one `.` that has digits on both sides, and at most as
/// many decimals as the currency has: `100`, `100.5`, `100.50` (CNY). Leading zeros are
/// harmless (`0.50`, `007`). Refused, all `invalid_input`:
///
/// - `err.amount.invalid` {amount}: empty text, anything but digits and one dot (a leading `+`,
///   spaces, separators such as `1,000`, `1 000` or `1_000`, exponents such as `1e3`, non-ASCII
///   digits), and a dot without digits on both sides (`1.` and `.5` are refused, so that a
///   typo is never guessed at);
/// - `err.amount.not_positive` {amount}: a leading `-`, and zero (`0`, `0.00`);
/// - `err.amount.too_many_decimals` {amount, currency, digits}: more decimals written than the
///   currency has, even trailing zeros (`100.500` CNY, `100.0` JPY);
/// - `err.amount.too_large` {amount, max}: above [`MAX_AMOUNT_UNITS`] units.
///
/// The checks run in that order. `amount` repeats the input, cut to 40 characters with control
/// characters escaped.
pub fn parse_amount(text: &str, currency: Currency) -> Result<Money> {
    let invalid = || Error::invalid("err.amount.invalid").arg("amount", shown(text));
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (units, fraction) = match body.split_once('.') {
        Some((units, fraction)) => (units, Some(fraction)),
        None => (body, None),
    };
    if !is_digits(units) || fraction.is_some_and(|f| !is_digits(f)) {
        return Err(invalid());
    }
    if negative {
        return Err(not_positive(text));
    }
    let fraction = fraction.unwrap_or("");
    let digits = currency.minor_digits();
    if u32::try_from(fraction.len()).map_or(true, |n| n > digits) {
        return Err(too_many_decimals(&shown(text), currency));
    }
    let too_large = || {
        Error::invalid("err.amount.too_large")
            .arg("amount", shown(text))
            .arg("max", format_minor(currency.max_minor(), currency))
    };
    // Leading zeros cannot overflow; more significant digits than the maximum has are too large.
    let significant = units.trim_start_matches('0');
    let max_unit_digits = MAX_AMOUNT_UNITS.to_string().len();
    if significant.len() > max_unit_digits {
        return Err(too_large());
    }
    let mut minor: i64 = 0;
    for b in significant.bytes().chain(fraction.bytes()) {
        minor = push_digit(minor, b).ok_or_else(too_large)?;
    }
    for _ in fraction.len()..usize::try_from(digits).unwrap_or(0) {
        minor = minor.checked_mul(10).ok_or_else(too_large)?;
    }
    if minor > currency.max_minor() {
        return Err(too_large());
    }
    if minor == 0 {
        return Err(not_positive(text));
    }
    Ok(Money::from_minor(minor, currency))
}

/// Whether `s` is one or more ASCII digits.
fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// `value * 10 + digit`, checked.
fn push_digit(value: i64, digit: u8) -> Option<i64> {
    let d = i64::from(digit.checked_sub(b'0')?);
    value.checked_mul(10)?.checked_add(d)
}

fn not_positive(text: &str) -> Error {
    Error::invalid("err.amount.not_positive").arg("amount", shown(text))
}

fn too_many_decimals(amount: &str, currency: Currency) -> Error {
    Error::invalid("err.amount.too_many_decimals")
        .arg("amount", amount)
        .arg("currency", currency.code())
        .arg("digits", currency.minor_digits())
}

/// A user's input as an error message repeats it: at most [`SHOWN_INPUT_CHARS`] characters
/// (then `…`), control characters escaped so they cannot drive the terminal.
fn shown(text: &str) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == SHOWN_INPUT_CHARS {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Code;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn cur(code: &str) -> Currency {
        Currency::parse(code).unwrap()
    }

    fn key_of(r: Result<Money>) -> &'static str {
        let e = r.unwrap_err();
        assert_eq!(e.code, Code::InvalidInput, "{e}");
        e.key
    }

    // ---- Currency ----

    #[test]
    fn currency_parses_any_case_and_knows_its_digits() {
        assert_eq!(cur("CNY"), Currency::CNY);
        assert_eq!(cur("cny"), Currency::CNY);
        assert_eq!(cur("cNy"), Currency::CNY);
        assert_eq!(cur("CNY").code(), "CNY");
        assert_eq!(cur("cny").code(), "CNY");
        assert_eq!(Currency::JPY.minor_digits(), 0);
        assert_eq!(Currency::CNY.minor_digits(), 2);
        assert_eq!(Currency::USD.minor_digits(), 2);
        assert_eq!(Currency::KWD.minor_digits(), 3);
        assert_eq!(cur("CLF").minor_digits(), 4);
        assert_eq!(Currency::KWD.minor_per_unit(), 1000);
        assert_eq!(Currency::JPY.name(), "Japanese yen");
        assert_eq!(Currency::from_str("eur").unwrap(), Currency::EUR);
        assert_eq!("usd".parse::<Currency>().unwrap(), Currency::USD);
    }

    #[test]
    fn currency_refuses_unknown_special_and_untrimmed_codes() {
        for code in [
            "",
            "C",
            "CN",
            "CNYY",
            "ABC",
            "XAU",
            "XAG",
            "XDR",
            "XTS",
            "XXX",
            "XAD",
            "XSU",
            "XUA",
            "xts",
            " CNY",
            "CNY ",
            "C Y",
            "CN1",
            "ＣＮＹ",
            "人民币",
        ] {
            let e = Currency::parse(code).unwrap_err();
            assert_eq!(e.code, Code::InvalidInput);
            assert_eq!(e.key, "err.currency.unknown");
            assert_eq!(e.args.get("currency").map(String::as_str), Some(code));
        }
    }

    #[test]
    fn currency_display_order_and_serde_use_the_code() {
        assert_eq!(Currency::CNY.to_string(), "CNY");
        assert!(Currency::CNY < Currency::EUR);
        assert!(Currency::USD > Currency::JPY);
        assert_eq!(serde_json::to_string(&Currency::KWD).unwrap(), "\"KWD\"");
        let back: Currency = serde_json::from_str("\"jpy\"").unwrap();
        assert_eq!(back, Currency::JPY);
        assert!(serde_json::from_str::<Currency>("\"XAU\"").is_err());
        assert!(serde_json::from_str::<Currency>("12").is_err());
    }

    #[test]
    fn all_lists_every_usable_currency_sorted_and_only_those() {
        let all: Vec<Currency> = Currency::all().collect();
        assert!(all.len() > 150, "{}", all.len());
        assert!(all.windows(2).all(|w| w[0] < w[1]));
        for c in [
            Currency::CNY,
            Currency::USD,
            Currency::EUR,
            Currency::JPY,
            Currency::KWD,
        ] {
            assert!(all.contains(&c));
        }
        for c in &all {
            assert_eq!(Currency::parse(c.code()).unwrap(), *c);
            assert!(c.minor_digits() <= 4);
            assert_eq!(c.code().len(), 3);
        }
        assert!(!all.iter().any(|c| c.code() == "XAU" || c.code() == "XXX"));
    }

    // ---- Formatting ----

    #[test]
    fn formats_with_exactly_the_minor_digits() {
        let cny = Currency::CNY;
        assert_eq!(format_minor(10_050, cny), "100.50");
        assert_eq!(format_minor(10_000, cny), "100.00");
        assert_eq!(format_minor(5, cny), "0.05");
        assert_eq!(format_minor(50, cny), "0.50");
        assert_eq!(format_minor(0, cny), "0.00");
        assert_eq!(format_minor(-150, cny), "-1.50");
        assert_eq!(format_minor(-5, cny), "-0.05");
        assert_eq!(format_minor(1000, Currency::JPY), "1000");
        assert_eq!(format_minor(0, Currency::JPY), "0");
        assert_eq!(format_minor(-7, Currency::JPY), "-7");
        assert_eq!(format_minor(1000, Currency::KWD), "1.000");
        assert_eq!(format_minor(1, Currency::KWD), "0.001");
        assert_eq!(format_minor(-1, Currency::KWD), "-0.001");
        assert_eq!(format_minor(1, cur("CLF")), "0.0001");
        assert_eq!(format_minor(123_456_789, cny), "1234567.89");
        assert_eq!(format_minor(i64::MAX, cny), "92233720368547758.07");
        assert_eq!(format_minor(i64::MIN, cny), "-92233720368547758.08");
        assert_eq!(Money::from_minor(10_050, cny).to_string(), "100.50");
        assert_eq!(Money::from_minor(-150, cny).to_string(), "-1.50");
        assert_eq!(Money::from_minor(1000, Currency::JPY).to_string(), "1000");
        assert_eq!(Money::from_minor(1000, Currency::KWD).to_string(), "1.000");
        assert_eq!(
            Money::max(cny).to_string(),
            "1000000000000.00",
            "the largest typed amount"
        );
    }

    // ---- Parsing ----

    #[test]
    fn parses_plain_decimals() {
        let cny = Currency::CNY;
        assert_eq!(
            parse_amount("100", cny).unwrap(),
            Money::from_minor(10_000, cny)
        );
        assert_eq!(
            parse_amount("100.5", cny).unwrap(),
            Money::from_minor(10_050, cny)
        );
        assert_eq!(
            parse_amount("100.50", cny).unwrap(),
            Money::from_minor(10_050, cny)
        );
        assert_eq!(
            parse_amount("0.01", cny).unwrap(),
            Money::from_minor(1, cny)
        );
        assert_eq!(
            parse_amount("0.5", cny).unwrap(),
            Money::from_minor(50, cny)
        );
        assert_eq!(
            parse_amount("007", cny).unwrap(),
            Money::from_minor(700, cny)
        );
        let jpy = Currency::JPY;
        assert_eq!(
            parse_amount("1000", jpy).unwrap(),
            Money::from_minor(1000, jpy)
        );
        let kwd = Currency::KWD;
        assert_eq!(
            parse_amount("1", kwd).unwrap(),
            Money::from_minor(1000, kwd)
        );
        assert_eq!(
            parse_amount("1.5", kwd).unwrap(),
            Money::from_minor(1500, kwd)
        );
        assert_eq!(
            parse_amount("1.005", kwd).unwrap(),
            Money::from_minor(1005, kwd)
        );
    }

    #[test]
    fn refuses_malformed_text() {
        let cny = Currency::CNY;
        for text in [
            "",
            " ",
            "+100",
            "+0.5",
            "1e3",
            "1E3",
            "1e-2",
            "1,000",
            "1 000",
            "1_000",
            "1'000",
            " 100",
            "100 ",
            "100\n",
            "abc",
            "1.2.3",
            "1..2",
            "1.",
            ".5",
            ".",
            "-",
            "--1",
            "-+1",
            "0x10",
            "NaN",
            "inf",
            "１００",
            "١٠٠",
            "100CNY",
            "¥100",
            "1/2",
            "1.-5",
        ] {
            assert_eq!(
                key_of(parse_amount(text, cny)),
                "err.amount.invalid",
                "{text:?}"
            );
        }
        let e = parse_amount("1,000", cny).unwrap_err();
        assert_eq!(e.args.get("amount").map(String::as_str), Some("1,000"));
    }

    #[test]
    fn refuses_zero_and_negative() {
        let cny = Currency::CNY;
        for text in [
            "0", "0.0", "0.00", "000", "-1", "-0", "-0.01", "-100.50", "-1.555",
        ] {
            let e = parse_amount(text, cny).unwrap_err();
            assert_eq!(e.code, Code::InvalidInput);
            assert_eq!(e.key, "err.amount.not_positive", "{text:?}");
            assert_eq!(e.args.get("amount").map(String::as_str), Some(text));
        }
        assert_eq!(
            key_of(parse_amount("0", Currency::JPY)),
            "err.amount.not_positive"
        );
    }

    #[test]
    fn refuses_more_decimals_than_the_currency_has() {
        let e = parse_amount("100.505", Currency::CNY).unwrap_err();
        assert_eq!(e.code, Code::InvalidInput);
        assert_eq!(e.key, "err.amount.too_many_decimals");
        assert_eq!(e.args.get("amount").map(String::as_str), Some("100.505"));
        assert_eq!(e.args.get("currency").map(String::as_str), Some("CNY"));
        assert_eq!(e.args.get("digits").map(String::as_str), Some("2"));
        // Even trailing zeros: the text has more decimals than the currency.
        for (text, c) in [
            ("100.500", Currency::CNY),
            ("0.001", Currency::CNY),
            ("0.000", Currency::CNY),
            ("100.0", Currency::JPY),
            ("1.5", Currency::JPY),
            ("1.0005", Currency::KWD),
        ] {
            assert_eq!(
                key_of(parse_amount(text, c)),
                "err.amount.too_many_decimals",
                "{text}"
            );
        }
        let e = parse_amount("1.5", Currency::JPY).unwrap_err();
        assert_eq!(e.args.get("digits").map(String::as_str), Some("0"));
    }

    #[test]
    fn maximum_is_inclusive() {
        for c in [Currency::CNY, Currency::JPY, Currency::KWD, cur("CLF")] {
            assert_eq!(
                parse_amount("1000000000000", c).unwrap(),
                Money::max(c),
                "{c}"
            );
            let e = parse_amount("1000000000001", c).unwrap_err();
            assert_eq!(e.key, "err.amount.too_large");
            assert_eq!(
                e.args.get("amount").map(String::as_str),
                Some("1000000000001")
            );
            assert_eq!(e.args.get("max"), Some(&format_minor(c.max_minor(), c)));
        }
        assert_eq!(
            parse_amount("1000000000000.00", Currency::CNY)
                .unwrap()
                .minor(),
            100_000_000_000_000
        );
        assert_eq!(
            parse_amount("0001000000000000", Currency::CNY).unwrap(),
            Money::max(Currency::CNY)
        );
        assert_eq!(
            parse_amount("999999999999.99", Currency::CNY)
                .unwrap()
                .minor(),
            99_999_999_999_999
        );
        for text in [
            "1000000000000.01",
            "1000000000000.1",
            "9999999999999",
            "10000000000000",
            "99999999999999999999999999999999999999",
            "92233720368547758.07",
        ] {
            assert_eq!(
                key_of(parse_amount(text, Currency::CNY)),
                "err.amount.too_large",
                "{text}"
            );
        }
        assert_eq!(
            key_of(parse_amount("1000000000000.001", Currency::KWD)),
            "err.amount.too_large"
        );
    }

    #[test]
    fn error_messages_repeat_input_safely() {
        let long = "x".repeat(1000);
        let e = parse_amount(&long, Currency::CNY).unwrap_err();
        let shown = e.args.get("amount").unwrap();
        assert_eq!(shown.chars().count(), SHOWN_INPUT_CHARS + 1);
        assert!(shown.ends_with('…'));
        let e = parse_amount("1\u{1b}[31m", Currency::CNY).unwrap_err();
        assert_eq!(
            e.args.get("amount").map(String::as_str),
            Some("1\\u{1b}[31m")
        );
    }

    // ---- Decimal conversion ----

    #[test]
    fn decimal_conversion_is_exact() {
        let m = Money::from_minor(10_050, Currency::CNY);
        let d = m.to_decimal();
        assert_eq!(d.to_string(), "100.50");
        assert_eq!(d.scale(), 2);
        assert_eq!(
            Money::from_minor(1000, Currency::JPY).to_decimal().scale(),
            0
        );
        assert_eq!(
            Money::from_minor(1000, Currency::KWD)
                .to_decimal()
                .to_string(),
            "1.000"
        );
        assert_eq!(Money::from_decimal(d, Currency::CNY).unwrap(), m);
        // Trailing zeros beyond the currency's digits are exact, so fine.
        let d = Decimal::from_str("100.500000").unwrap();
        assert_eq!(Money::from_decimal(d, Currency::CNY).unwrap(), m);
        let d = Decimal::from_str("-3").unwrap();
        assert_eq!(
            Money::from_decimal(d, Currency::KWD).unwrap(),
            Money::from_minor(-3000, Currency::KWD)
        );
        // Inexact values are refused, never rounded.
        let e =
            Money::from_decimal(Decimal::from_str("100.505").unwrap(), Currency::CNY).unwrap_err();
        assert_eq!(e.key, "err.amount.too_many_decimals");
        assert_eq!(e.args.get("amount").map(String::as_str), Some("100.505"));
        let e = Money::from_decimal(Decimal::from_str("0.5").unwrap(), Currency::JPY).unwrap_err();
        assert_eq!(e.key, "err.amount.too_many_decimals");
        // Overflow of i64 minor units.
        let e = Money::from_decimal(Decimal::MAX, Currency::CNY).unwrap_err();
        assert_eq!(e.key, "err.amount.too_large");
        let e = Money::from_decimal(Decimal::MIN, Currency::JPY).unwrap_err();
        assert_eq!(e.key, "err.amount.too_large");
        let big = Decimal::from(i64::MAX);
        assert!(Money::from_decimal(big, Currency::JPY).is_ok());
        assert!(Money::from_decimal(big, Currency::CNY).is_err());
    }

    // ---- Arithmetic ----

    #[test]
    fn arithmetic_is_checked() {
        let cny = Currency::CNY;
        let a = Money::from_minor(150, cny);
        let b = Money::from_minor(25, cny);
        assert_eq!(a.checked_add(b).unwrap(), Money::from_minor(175, cny));
        assert_eq!(a.checked_sub(b).unwrap(), Money::from_minor(125, cny));
        assert_eq!(b.checked_sub(a).unwrap(), Money::from_minor(-125, cny));
        assert_eq!(a.checked_neg().unwrap(), Money::from_minor(-150, cny));
        assert_eq!(Money::zero(cny).minor(), 0);
        assert!(Money::zero(cny).is_zero());
        assert!(a.is_positive() && !a.is_negative());
        assert!(a.checked_neg().unwrap().is_negative());
        assert_eq!(a.currency(), cny);

        let max = Money::from_minor(i64::MAX, cny);
        let min = Money::from_minor(i64::MIN, cny);
        let one = Money::from_minor(1, cny);
        for r in [
            max.checked_add(one),
            min.checked_sub(one),
            min.checked_neg(),
        ] {
            assert_eq!(r.unwrap_err().code, Code::Internal);
        }
        let usd = Money::from_minor(1, Currency::USD);
        assert_eq!(a.checked_add(usd).unwrap_err().code, Code::Internal);
        assert_eq!(a.checked_sub(usd).unwrap_err().code, Code::Internal);
    }

    // ---- Properties ----

    fn any_currency() -> impl Strategy<Value = Currency> {
        prop::sample::select(Currency::all().collect::<Vec<_>>())
    }

    fn currency_and_amount() -> impl Strategy<Value = (Currency, i64)> {
        any_currency().prop_flat_map(|c| (Just(c), 1..=c.max_minor()))
    }

    proptest! {
        #[test]
        fn format_then_parse_round_trips((c, m) in currency_and_amount()) {
            let text = format_minor(m, c);
            prop_assert_eq!(parse_amount(&text, c)?, Money::from_minor(m, c));
        }

        #[test]
        fn shorter_decimals_parse_to_the_same_amount((c, m) in currency_and_amount()) {
            // Dropping trailing zeros from the fraction (and a bare point) keeps the value.
            let text = format_minor(m, c);
            let short = if text.contains('.') {
                text.trim_end_matches('0').trim_end_matches('.').to_string()
            } else {
                text.clone()
            };
            prop_assert_eq!(parse_amount(&short, c)?, Money::from_minor(m, c));
        }

        #[test]
        fn a_separator_exponent_or_foreign_digit_inside_an_amount_is_refused(
            (c, m) in currency_and_amount(),
            intruder in prop::sample::select(vec![
                ",", " ", "_", "e", "E", "e3", "'", "\u{a0}", "１", "٣", "\u{200b}", "+", "\n",
            ]),
            at in any::<prop::sample::Index>(),
        ) {
            let text = format_minor(m, c);
            let cut = at.index(text.len() + 1);
            let hostile = format!("{}{intruder}{}", &text[..cut], &text[cut..]);
            let e = parse_amount(&hostile, c).unwrap_err();
            prop_assert_eq!(e.code, Code::InvalidInput);
            prop_assert_eq!(e.key, "err.amount.invalid", "{:?}", hostile);
        }

        #[test]
        fn any_currency_text_is_a_usable_currency_or_invalid_input(text in "[A-Za-z]{3}|\\PC{0,5}") {
            match Currency::parse(&text) {
                Ok(c) => {
                    prop_assert_eq!(c.code(), text.to_ascii_uppercase());
                    let iso = iso_currency::Currency::from_code(c.code());
                    prop_assert!(iso.is_some_and(|i| !i.is_special()));
                }
                Err(e) => {
                    prop_assert_eq!(e.code, Code::InvalidInput);
                    prop_assert_eq!(e.key, "err.currency.unknown");
                }
            }
        }

        #[test]
        fn random_strings_never_panic(c in any_currency(), text in any::<String>()) {
            check_parse_outcome(&text, c)?;
        }

        #[test]
        fn amount_like_strings_never_panic(
            c in any_currency(),
            text in "[-+0-9., e_]{0,24}",
        ) {
            check_parse_outcome(&text, c)?;
        }

        #[test]
        fn more_decimals_than_allowed_are_refused(
            c in any_currency(),
            units in 0_u64..=1_000_000_000_000,
            fraction in "[0-9]{5,12}",
            cut in 0_usize..=4,
        ) {
            let extra = usize::try_from(c.minor_digits()).unwrap() + 1 + cut.min(3);
            let text = format!("{units}.{}", &fraction[..extra.min(fraction.len())]);
            let e = parse_amount(&text, c).unwrap_err();
            prop_assert_eq!(e.code, Code::InvalidInput);
            prop_assert_eq!(e.key, "err.amount.too_many_decimals");
        }

        #[test]
        fn just_above_the_maximum_is_refused(c in any_currency(), over in 1_i64..=1_000_000) {
            let text = format_minor(c.max_minor() + over, c);
            let e = parse_amount(&text, c).unwrap_err();
            prop_assert_eq!(e.key, "err.amount.too_large");
            let units = format!("{}", MAX_AMOUNT_UNITS + over);
            prop_assert_eq!(parse_amount(&units, c).unwrap_err().key, "err.amount.too_large");
        }

        #[test]
        fn decimal_round_trip(c in any_currency(), m in any::<i64>()) {
            let money = Money::from_minor(m, c);
            let d = money.to_decimal();
            prop_assert_eq!(d.scale(), c.minor_digits());
            prop_assert_eq!(d.to_string(), money.to_string());
            prop_assert_eq!(Money::from_decimal(d, c)?, money);
            // Normalizing (dropping trailing zeros) does not change the amount.
            prop_assert_eq!(Money::from_decimal(d.normalize(), c)?, money);
        }

        #[test]
        fn add_then_sub_is_identity(
            c in any_currency(),
            a in -(1_i64 << 60)..(1_i64 << 60),
            b in -(1_i64 << 60)..(1_i64 << 60),
        ) {
            let (a, b) = (Money::from_minor(a, c), Money::from_minor(b, c));
            prop_assert_eq!(a.checked_add(b)?.checked_sub(b)?, a);
            prop_assert_eq!(a.checked_neg()?.checked_neg()?, a);
        }
    }

    /// What any input may lead to: a valid positive amount that formats back to the same value,
    /// or an `invalid_input` with one of the documented keys.
    fn check_parse_outcome(text: &str, c: Currency) -> std::result::Result<(), TestCaseError> {
        match parse_amount(text, c) {
            Ok(m) => {
                prop_assert!(m.minor() > 0 && m.minor() <= c.max_minor());
                prop_assert_eq!(m.currency(), c);
                prop_assert_eq!(parse_amount(&m.to_string(), c)?, m);
            }
            Err(e) => {
                prop_assert_eq!(e.code, Code::InvalidInput);
                prop_assert!(
                    [
                        "err.amount.invalid",
                        "err.amount.not_positive",
                        "err.amount.too_many_decimals",
                        "err.amount.too_large",
                    ]
                    .contains(&e.key),
                    "{}",
                    e
                );
            }
        }
        Ok(())
    }
}
