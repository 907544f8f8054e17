//! Nothing secret goes into a ticket: what the user writes (subject, messages, text
//! attachments) is scanned before it is stored, and a full card number, an IBAN, one of the
//! wallet's own account numbers, a session token, the TOTP secret or a recovery code is refused
//! (`invalid_input`, naming the kind, never the value). Masked forms (`•••• 4242`) pass.

use zeroize::Zeroizing;

use crate::auth::totp::recovery_hash;
use crate::auth::vault::SESSION_TOKEN_PREFIX;
use crate::error::{Error, Result};

/// The wallet's own secrets to look for, decrypted for the scan and zeroized after it.
#[derive(Default)]
pub struct Known {
    /// Account numbers, IBANs and platform account ids of the wallet's sources, in electronic
    /// form (letters and digits only, upper case).
    pub accounts: Vec<Zeroizing<String>>,
    /// The TOTP secret in Base32 (upper case).
    pub totp: Option<Zeroizing<String>>,
    /// The hashes of the recovery codes.
    pub recovery_hashes: Vec<[u8; 32]>,
}

/// The shortest own account number looked for (shorter ones match too much ordinary text).
const ACCOUNT_CHARS_MIN: usize = 6;

/// Refuse `text` if it holds a secret; `field` names where it was found (`subject`, `body`,
/// an attachment's name).
pub fn refuse(text: &str, field: &str, known: &Known) -> Result<()> {
    match find(text, known) {
        None => Ok(()),
        Some(kind) => Err(Error::invalid("err.ticket.secret")
            .arg_message("what", format!("support.secret.{kind}"))
            .detail("kind", kind)
            .arg_detail("field", field)),
    }
}

/// The kind of the first secret found in `text`, if any.
pub fn find(text: &str, known: &Known) -> Option<&'static str> {
    // The wallet's own secrets first: an exact match names the kind surely.
    if has_session_token(text) {
        return Some("session_token");
    }
    let compact = compact(text);
    if known
        .totp
        .as_ref()
        .is_some_and(|s| !s.is_empty() && compact.contains(s.as_str()))
    {
        return Some("totp_secret");
    }
    if !known.recovery_hashes.is_empty() && has_recovery_code(text, &known.recovery_hashes) {
        return Some("recovery_code");
    }
    let own = known
        .accounts
        .iter()
        .find(|a| a.len() >= ACCOUNT_CHARS_MIN && compact.contains(a.as_str()));
    if let Some(account) = own {
        let iban = account.len() >= 15
            && account.bytes().take(2).all(|b| b.is_ascii_alphabetic())
            && account.bytes().skip(2).take(2).all(|b| b.is_ascii_digit());
        return Some(if iban { "iban" } else { "account_number" });
    }
    if has_card_number(text) {
        return Some("card_number");
    }
    if has_iban(text) {
        return Some("iban");
    }
    None
}

/// Letters and digits only, upper case.
fn compact(text: &str) -> Zeroizing<String> {
    Zeroizing::new(
        text.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_uppercase())
            .collect(),
    )
}

/// A run of 13 to 19 digits (single spaces or dashes between groups allowed) that starts like a
/// card number (2 to 6) and passes the Luhn check.
fn has_card_number(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && chars[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let mut digits = String::new();
        let mut j = i;
        while j < chars.len() {
            let c = chars[j];
            if c.is_ascii_digit() {
                digits.push(c);
                j += 1;
            } else if (c == ' ' || c == '-')
                && chars.get(j + 1).is_some_and(char::is_ascii_digit)
                && chars
                    .get(j.wrapping_sub(1))
                    .is_some_and(char::is_ascii_digit)
            {
                j += 1;
            } else {
                break;
            }
        }
        let ends_clean = !chars.get(j).is_some_and(|c| c.is_ascii_alphanumeric());
        if ends_clean
            && (13..=19).contains(&digits.len())
            && matches!(digits.as_bytes()[0], b'2'..=b'6')
            && luhn(&digits)
        {
            return true;
        }
        i = j.max(i + 1);
    }
    false
}

fn luhn(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let dd = d * 2;
                if dd > 9 {
                    dd - 9
                } else {
                    dd
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Two letters, two check digits and 11 to 30 more letters or digits (written together or in
/// groups of four), whose ISO 7064 mod-97 checksum is right.
fn has_iban(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    for start in 0..chars.len() {
        if start > 0 && chars[start - 1].is_ascii_alphanumeric() {
            continue;
        }
        let head = &chars[start..chars.len().min(start + 4)];
        let looks = head.len() == 4
            && head[0].is_ascii_alphabetic()
            && head[1].is_ascii_alphabetic()
            && head[2].is_ascii_digit()
            && head[3].is_ascii_digit();
        if !looks {
            continue;
        }
        let candidate = gather_iban(&chars[start..]);
        if (15..=34).contains(&candidate.len()) && mod97(&candidate) == Some(1) {
            return true;
        }
    }
    false
}

/// The IBAN-like run starting at `chars`: contiguous letters and digits, or groups of four
/// separated by single spaces.
fn gather_iban(chars: &[char]) -> String {
    let mut out = String::new();
    let mut group = 0;
    let mut i = 0;
    while i < chars.len() && out.len() < 34 {
        let c = chars[i];
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_uppercase());
            group += 1;
        } else if (c == ' ' || c == '\u{a0}')
            && group == 4
            && chars.get(i + 1).is_some_and(char::is_ascii_alphanumeric)
        {
            group = 0;
        } else {
            break;
        }
        i += 1;
    }
    out
}

fn mod97(iban: &str) -> Option<u32> {
    let (head, tail) = iban.split_at(4);
    let mut rem: u32 = 0;
    for c in tail.chars().chain(head.chars()) {
        let v = c.to_digit(36)?;
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    Some(rem)
}

/// `oks_` and 64 hexadecimal digits: an okpay session token.
fn has_session_token(text: &str) -> bool {
    text.match_indices(SESSION_TOKEN_PREFIX).any(|(at, p)| {
        let rest = &text[at + p.len()..];
        rest.len() >= 64 && rest.bytes().take(64).all(|b| b.is_ascii_hexdigit())
    })
}

/// A run of letters, digits and dashes holding twelve letters or digits that hashes to one of
/// the wallet's recovery codes.
fn has_recovery_code(text: &str, hashes: &[[u8; 32]]) -> bool {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|run| run.chars().filter(char::is_ascii_alphanumeric).count() == 12)
        .any(|run| hashes.contains(&recovery_hash(run)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn card_numbers_are_found_in_any_usual_spelling() {
        let none = Known::default();
        for text in [
            "my card 4242424242424242 failed",
            "card: 4242 4242 4242 4242",
            "4000-0000-0000-0002 was declined",
            "卡号4242424242424242不行",
            "amex 378282246310005",
        ] {
            assert_eq!(find(text, &none), Some("card_number"), "{text}");
        }
        for text in [
            "Visa •••• 4242",
            "order 4242424242424241 (fails Luhn)",
            "at 1700000000000 ms",
            "tx_01JABCDEF4242424242424242",
            "amount 1234.56 on 2027-01-30",
        ] {
            assert_eq!(find(text, &none), None, "{text}");
        }
    }

    #[test]
    fn ibans_are_found_with_or_without_spaces() {
        let none = Known::default();
        assert_eq!(find("IBAN DE89370400440532013000.", &none), Some("iban"));
        assert_eq!(
            find("to de89 3704 0044 0532 0130 00 please", &none),
            Some("iban")
        );
        assert_eq!(find("GB82 WEST 1234 5698 7654 32", &none), Some("iban"));
        assert_eq!(find("masked DE89 •••• 3000", &none), None);
        assert_eq!(find("DE89370400440532013001", &none), None);
    }

    #[test]
    fn the_wallets_own_secrets_are_found() {
        let hash = recovery_hash("abcd-efgh-jkmn");
        let known = Known {
            accounts: vec![Zeroizing::new("12345678".into())],
            totp: Some(Zeroizing::new("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP".into())),
            recovery_hashes: vec![hash],
        };
        assert_eq!(find("account 1234-5678", &known), Some("account_number"));
        assert_eq!(
            find("secret jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp", &known),
            Some("totp_secret")
        );
        assert_eq!(
            find("code ABCD-EFGH-JKMN used", &known),
            Some("recovery_code")
        );
        assert_eq!(find("code abcd-efgh-jkmp", &known), None);
        let token = format!("export OKPAY_SESSION=oks_{}", "ab".repeat(32));
        assert_eq!(find(&token, &known), Some("session_token"));
        let err = refuse("4242424242424242", "body", &known).unwrap_err();
        assert_eq!(err.details["kind"], "card_number");
        assert!(!err.to_string().contains("4242424242424242"));
    }
}
