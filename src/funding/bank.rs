//! Bank accounts at entry: IBANs (spaces and letter case tolerated; checksum, per-country length
//! and BBAN format checked against the IBAN registry by `iban_validate`), or a domestic account
//! number with the bank's name.

use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// The longest domestic account number or bank name accepted.
pub const ACCOUNT_CHARS_MAX: usize = 34;
/// The longest bank name.
pub const BANK_NAME_CHARS_MAX: usize = 70;

/// A checked IBAN in electronic form (no spaces, upper case). Zeroized on drop.
pub struct CheckedIban(Zeroizing<String>);

impl CheckedIban {
    /// Normalise and check an IBAN as typed.
    pub fn parse(text: &str) -> Result<CheckedIban> {
        let electronic: Zeroizing<String> = Zeroizing::new(
            text.chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| c.to_ascii_uppercase())
                .collect(),
        );
        match electronic.parse::<iban::Iban>() {
            Ok(_) => Ok(CheckedIban(electronic)),
            Err(e) => {
                use iban::ParseIbanError;
                let key = match e {
                    ParseIbanError::InvalidBaseIban { .. } => "err.iban.invalid",
                    ParseIbanError::InvalidBban(_) => "err.iban.bban",
                    ParseIbanError::UnknownCountry(_) => "err.iban.country",
                };
                Err(Error::invalid(key).detail("field", "iban"))
            }
        }
    }

    /// The electronic form.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `DE89 •••• 3000`: country, check digits and the last four characters.
    pub fn masked(&self) -> String {
        let s = self.as_str();
        format!("{} •••• {}", &s[..4], &s[s.len().saturating_sub(4)..])
    }
}

/// Check a domestic account number: 4 to 34 letters, digits, spaces or dashes.
pub fn check_account_number(text: &str) -> Result<Zeroizing<String>> {
    let compact: Zeroizing<String> =
        Zeroizing::new(text.chars().filter(|c| *c != ' ' && *c != '-').collect());
    let ok = (4..=ACCOUNT_CHARS_MAX).contains(&compact.len())
        && compact.bytes().all(|b| b.is_ascii_alphanumeric());
    if ok {
        Ok(compact)
    } else {
        Err(Error::invalid("err.bank.account")
            .arg("max", ACCOUNT_CHARS_MAX)
            .detail("field", "account"))
    }
}

/// Check a bank's name: not blank, at most 70 characters, no control characters.
pub fn check_bank_name(text: &str) -> Result<String> {
    let trimmed = text.trim();
    let ok = !trimmed.is_empty()
        && trimmed.chars().count() <= BANK_NAME_CHARS_MAX
        && !trimmed.chars().any(char::is_control);
    if ok {
        Ok(trimmed.to_string())
    } else {
        Err(Error::invalid("err.bank.name")
            .arg("max", BANK_NAME_CHARS_MAX)
            .detail("field", "bank"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ibans_are_accepted_with_spaces_and_any_case() {
        for text in [
            "DE89370400440532013000",
            "de89 3704 0044 0532 0130 00",
            "GB82 WEST 1234 5698 7654 32",
        ] {
            assert!(CheckedIban::parse(text).is_ok(), "{text}");
        }
        let iban = CheckedIban::parse("de89 3704 0044 0532 0130 00").unwrap();
        assert_eq!(iban.as_str(), "DE89370400440532013000");
        assert_eq!(iban.masked(), "DE89 •••• 3000");
    }

    #[test]
    fn the_test_accounts_are_valid_ibans() {
        assert!(CheckedIban::parse("DE40100000000000000666").is_ok());
        assert!(CheckedIban::parse("DE50100000000000000777").is_ok());
    }

    #[test]
    fn bad_ibans_are_refused() {
        for text in [
            "DE89370400440532013001",
            "DE8937040044053201300",
            "XX89370400440532013000",
            "",
            "GB82WEST12345698765431",
        ] {
            assert!(CheckedIban::parse(text).is_err(), "{text}");
        }
    }

    #[test]
    fn domestic_accounts_are_checked() {
        assert!(check_account_number("1234-5678-90").is_ok());
        assert!(check_account_number("12").is_err());
        assert!(check_account_number("12;DROP").is_err());
        assert!(check_bank_name("  ").is_err());
        assert_eq!(
            check_bank_name(" Bank of Nowhere ").unwrap(),
            "Bank of Nowhere"
        );
    }
}
