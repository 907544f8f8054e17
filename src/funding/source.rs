//! Funding sources: validated at entry, secrets sealed with the wallet key (the table, column
//! and row id as associated data), cards tokenized by the rail, and always shown masked.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::Connection;
use serde::Serialize;
use zeroize::Zeroizing;

use super::bank::CheckedIban;
use super::card::{check_cvc, CardNumber, Expiry};
use super::rail::{Behaviour, SimulatedRail};
use super::{fee_bp, percent, provider, SourceKind};
use crate::auth::vault::WalletKey;
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::ledger::ids;
use crate::money::Currency;
use crate::store::sources::{self as sq, SourceRow};

/// Every simulated source starts with this external balance, in major units (10,000.00).
pub const SIM_BALANCE_UNITS_DEFAULT: i64 = 10_000;
/// The longest holder name or label.
pub const NAME_CHARS_MAX: usize = 70;
/// The longest e-mail address (RFC 5321).
pub const EMAIL_CHARS_MAX: usize = 254;
/// The longest platform account id.
pub const ACCOUNT_ID_CHARS_MAX: usize = 64;

/// A bank account: an IBAN, or a domestic account number with its bank.
pub enum BankAccount {
    Iban(CheckedIban),
    Domestic {
        number: Zeroizing<String>,
        bank: String,
    },
}

/// A source to add, already checked at entry.
pub enum NewSource {
    Card {
        holder: String,
        expiry: Expiry,
        credit: bool,
        number: CardNumber,
        cvc: Zeroizing<String>,
    },
    Bank {
        holder: String,
        account: BankAccount,
    },
    Platform {
        provider: String,
        account_id: Zeroizing<String>,
    },
    ThirdParty {
        provider: String,
        email: Zeroizing<String>,
    },
}

/// A source as every command shows it: masked, never a secret.
#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub id: String,
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub currency: String,
    pub masked: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holder: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brand: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub card_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiry: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank: Option<String>,
    /// The top-up fee rate, in percent.
    pub fee_percent: String,
    pub created_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed_at: Option<String>,
    /// The simulated rail's balance at the source (okpay's rails are simulated).
    pub simulated_balance: String,
}

/// Show a stored source.
pub fn view(row: &SourceRow) -> Result<SourceView> {
    let currency = Currency::parse(&row.currency)?;
    let kind = SourceKind::parse(&row.kind)?;
    Ok(SourceView {
        id: row.id.clone(),
        kind: row.kind.clone(),
        label: row.label.clone(),
        currency: row.currency.clone(),
        masked: row.masked.clone(),
        holder: row.holder.clone(),
        brand: row.brand.clone(),
        card_type: row.card_type.clone(),
        expiry: row.expiry.clone(),
        provider: row.provider.clone(),
        bank: row.bank_name.clone(),
        fee_percent: percent(fee_bp(
            kind,
            row.card_type.as_deref(),
            row.provider.as_deref(),
        )),
        created_at: clock::rfc3339(clock::from_ms(row.created_at_ms)?),
        removed_at: row
            .removed_at_ms
            .map(clock::from_ms)
            .transpose()?
            .map(clock::rfc3339),
        simulated_balance: crate::money::format_minor(row.sim_balance_minor, currency),
    })
}

/// Check a person's or label's name: not blank, at most 70 characters, no control characters.
pub fn check_name(text: &str, field: &'static str) -> Result<String> {
    crate::text::check_line(text, field, NAME_CHARS_MAX)
}

/// Characters an e-mail address as okpay takes it never holds: the display-name and list
/// syntax of RFC 5322 (`"Name" <a@b.com>`, `a@b.com, c@d.com`) and quoting.
const EMAIL_FORBIDDEN: &[char] = &['<', '>', '"', '(', ')', ',', ';', ':', '[', ']', '\\'];

/// Check an e-mail address's form: one line, one `@`, a local part, a domain with a dot; no
/// whitespace, control, invisible characters, quotes or angle brackets. Spaces around it are
/// dropped; a line break is not.
pub fn check_email(text: &str) -> Result<Zeroizing<String>> {
    let text = text.trim_matches(' ');
    let clean = !text.chars().any(|c| {
        c.is_whitespace() || crate::text::classify(c).is_some() || EMAIL_FORBIDDEN.contains(&c)
    });
    if !clean {
        return Err(Error::invalid("err.source.email_form").detail("field", "email"));
    }
    let ok = text.len() <= EMAIL_CHARS_MAX
        && text.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains("..")
        });
    if ok {
        Ok(Zeroizing::new(text.to_string()))
    } else {
        Err(Error::invalid("err.source.email").detail("field", "email"))
    }
}

/// Check a platform account id: 1 to 64 printable characters without spaces.
pub fn check_account_id(text: &str) -> Result<Zeroizing<String>> {
    crate::text::refuse_hidden(text, "account")?;
    let text = text.trim();
    let ok = !text.is_empty()
        && text.chars().count() <= ACCOUNT_ID_CHARS_MAX
        && !text.chars().any(char::is_whitespace);
    if ok {
        Ok(Zeroizing::new(text.to_string()))
    } else {
        Err(Error::invalid("err.source.account_id")
            .arg("max", ACCOUNT_ID_CHARS_MAX)
            .detail("field", "account"))
    }
}

fn tail(text: &str, n: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars[chars.len().saturating_sub(n)..].iter().collect()
}

/// A platform account as its owner recognises it: an e-mail address keeps its first letter and
/// its domain (`a•••@example.com`), a phone number its first three and last four digits
/// (`138••••8000`), anything else its last four characters.
fn mask_account(account: &str) -> String {
    let digits = account.trim_start_matches('+');
    if account.contains('@') {
        mask_email(account)
    } else if digits.len() >= 9 && digits.bytes().all(|b| b.is_ascii_digit()) {
        let head: String = account
            .chars()
            .take(account.len() - digits.len() + 3)
            .collect();
        format!("{head}••••{}", tail(account, 4))
    } else {
        format!("•••• {}", tail(account, 4))
    }
}

fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}•••@{domain}")
        }
        None => "•••".to_string(),
    }
}

/// The associated data of a source's sealed secret.
fn secret_aad(id: &str) -> Vec<u8> {
    format!("sources.secret.{id}").into_bytes()
}

/// Add a source inside the caller's write transaction; returns what is shown.
pub fn add(
    conn: &Connection,
    key: &WalletKey,
    new: NewSource,
    currency: Currency,
    label: Option<String>,
    now: Timestamp,
    zone: &TimeZone,
) -> Result<SourceView> {
    let id = ids::next(sq::last_id(conn)?.as_deref(), "src", now)?;
    let label = label.map(|l| check_name(&l, "label")).transpose()?;
    let sim_balance_minor = SIM_BALANCE_UNITS_DEFAULT
        .checked_mul(currency.minor_per_unit())
        .ok_or_else(|| Error::internal("simulated balance overflow"))?;
    let mut row = SourceRow {
        seq: 0,
        id: id.clone(),
        kind: String::new(),
        label,
        currency: currency.code().to_string(),
        holder: None,
        masked: String::new(),
        brand: None,
        card_type: None,
        expiry: None,
        provider: None,
        bank_name: None,
        token: None,
        secret: None,
        behaviour: Behaviour::Succeeds.as_str().to_string(),
        sim_balance_minor,
        created_at_ms: clock::to_ms(now),
        removed_at_ms: None,
    };
    match new {
        NewSource::Card {
            holder,
            expiry,
            credit,
            number,
            cvc,
        } => {
            expiry.check_not_past(now, zone)?;
            check_cvc(&cvc, number.brand())?;
            let token = SimulatedRail::tokenize_card(&number);
            row.kind = SourceKind::Card.as_str().to_string();
            row.holder = Some(holder);
            row.masked = format!("{} •••• {}", token.brand, token.last4);
            row.brand = Some(token.brand.to_string());
            row.card_type = Some(if credit { "credit" } else { "debit" }.to_string());
            row.expiry = Some(expiry.to_text());
            row.token = Some(token.token);
            row.behaviour = token.behaviour.as_str().to_string();
        }
        NewSource::Bank { holder, account } => {
            row.kind = SourceKind::Bank.as_str().to_string();
            row.holder = Some(holder);
            match account {
                BankAccount::Iban(iban) => {
                    row.masked = iban.masked();
                    row.behaviour = Behaviour::of_iban(iban.as_str()).as_str().to_string();
                    row.secret = Some(key.seal(&secret_aad(&id), iban.as_str().as_bytes())?);
                }
                BankAccount::Domestic { number, bank } => {
                    row.masked = format!("{bank} •••• {}", tail(&number, 4));
                    row.bank_name = Some(bank);
                    row.secret = Some(key.seal(&secret_aad(&id), number.as_bytes())?);
                }
            }
        }
        NewSource::Platform {
            provider: p,
            account_id,
        } => {
            let p = provider(&p, SourceKind::Platform)?;
            row.kind = SourceKind::Platform.as_str().to_string();
            row.provider = Some(p.id.to_string());
            row.masked = format!("{} {}", p.name, mask_account(&account_id));
            row.secret = Some(key.seal(&secret_aad(&id), account_id.as_bytes())?);
        }
        NewSource::ThirdParty { provider: p, email } => {
            let p = provider(&p, SourceKind::ThirdParty)?;
            row.kind = SourceKind::ThirdParty.as_str().to_string();
            row.provider = Some(p.id.to_string());
            row.masked = format!("{} {}", p.name, mask_email(&email));
            row.secret = Some(key.seal(&secret_aad(&id), email.as_bytes())?);
        }
    }
    let seq = sq::insert(conn, &row)?;
    view(&SourceRow { seq, ..row })
}

/// A source that can be used now: it exists and was not removed.
pub fn active(conn: &Connection, id: &str) -> Result<SourceRow> {
    let row = sq::get(conn, id)?
        .ok_or_else(|| Error::new(Code::NotFound, "err.source.not_found").arg_detail("id", id))?;
    if row.removed_at_ms.is_some() {
        return Err(Error::new(Code::InvalidState, "err.source.removed").arg_detail("id", id));
    }
    Ok(row)
}

/// Remove a source; its transactions keep naming it.
pub fn remove(conn: &Connection, id: &str, now: Timestamp) -> Result<SourceView> {
    active(conn, id)?;
    sq::mark_removed(conn, id, clock::to_ms(now))?;
    let row = sq::get(conn, id)?.ok_or_else(|| Error::internal("source vanished"))?;
    view(&row)
}

/// Re-encrypt every source's secret from `old` to `new` (a key rotation), inside the caller's
/// write transaction; returns how many were re-encrypted.
pub fn rekey(conn: &Connection, old: &WalletKey, new: &WalletKey) -> Result<usize> {
    let mut done = 0;
    for row in sq::list(conn, true)? {
        if let Some(plain) = reveal(old, &row)? {
            let sealed = new.seal(&secret_aad(&row.id), &plain)?;
            sq::set_secret(conn, &row.id, &sealed)?;
            done += 1;
        }
    }
    Ok(done)
}

/// Decrypt a source's secret (for key rotation and the rail); errors if it was moved or altered.
pub fn reveal(key: &WalletKey, row: &SourceRow) -> Result<Option<Zeroizing<Vec<u8>>>> {
    row.secret
        .as_deref()
        .map(|sealed| key.open(&secret_aad(&row.id), sealed))
        .transpose()
}

#[cfg(test)]
mod mask_tests {
    #[test]
    fn platform_accounts_keep_the_part_their_owner_recognises() {
        assert_eq!(super::mask_account("alice@example.com"), "a•••@example.com");
        assert_eq!(super::mask_account("13800138000"), "138••••8000");
        assert_eq!(super::mask_account("+8613800138000"), "+861••••8000");
        assert_eq!(super::mask_account("alice_pay"), "•••• _pay");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_rotation_re_encrypts_every_secret() {
        let conn = crate::store::tests::memory();
        let old = WalletKey::generate();
        let now = Timestamp::from_second(2_000_000_000).unwrap();
        let iban = CheckedIban::parse("DE89370400440532013000").unwrap();
        let new = NewSource::Bank {
            holder: "Alice".into(),
            account: BankAccount::Iban(iban),
        };
        let view = add(&conn, &old, new, Currency::EUR, None, now, &TimeZone::UTC).unwrap();
        let fresh = WalletKey::generate();
        assert_eq!(rekey(&conn, &old, &fresh).unwrap(), 1);
        let row = sq::get(&conn, &view.id).unwrap().unwrap();
        let plain = reveal(&fresh, &row).unwrap().unwrap();
        assert_eq!(plain.as_slice(), b"DE89370400440532013000");
        assert!(
            reveal(&old, &row).is_err(),
            "the old key no longer opens it"
        );
    }

    #[test]
    fn emails_are_checked_for_form() {
        for ok in ["a@example.com", "first.last+tag@sub.example.co.uk"] {
            assert!(check_email(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "a",
            "a@",
            "@example.com",
            "a@example",
            "a@@example.com",
            "a b@example.com",
            "a@.com",
            "a@example..com",
        ] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
        assert_eq!(mask_email("alice@example.com"), "a•••@example.com");
    }

    #[test]
    fn emails_on_more_than_one_line_or_with_display_syntax_are_refused() {
        assert_eq!(
            check_email(" a@example.com ").unwrap().as_str(),
            "a@example.com"
        );
        for bad in [
            "a@b.com\n",
            "a@b.com\r\n",
            "\na@b.com",
            "a@b.com\tx",
            "a @b.com",
            "a@b .com",
            "<a@b.com>",
            "Alice <a@b.com>",
            "\"a\"@b.com",
            "a@b.com, c@d.com",
            "a@b.com;",
            "a\u{200b}@b.com",
            "a@b.com\u{202e}",
            "a@b.com\u{3000}",
        ] {
            let err = check_email(bad).unwrap_err();
            assert_eq!(err.key, "err.source.email_form", "{bad:?}");
            assert_eq!(err.details["field"], "email");
        }
    }

    #[test]
    fn names_are_checked() {
        assert!(check_name("  ", "holder").is_err());
        assert!(check_name("A\u{7}", "holder").is_err());
        assert_eq!(
            check_name(" Alice Liddell ", "holder").unwrap(),
            "Alice Liddell"
        );
        assert!(check_name(&"x".repeat(71), "holder").is_err());
    }

    #[test]
    fn account_ids_are_checked() {
        assert!(check_account_id("alice_88").is_ok());
        assert!(check_account_id("a b").is_err());
        assert!(check_account_id("").is_err());
        assert_eq!(tail("12345678", 4), "5678");
        assert_eq!(tail("12", 4), "12");
    }
}
