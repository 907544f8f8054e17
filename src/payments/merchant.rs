//! Merchants: a name, an id, whether they accept okpay, a category and the currencies they take
//! (all, unless listed). Paying a merchant never seen before registers it, marked new.

use jiff::Timestamp;
use rusqlite::Connection;
use serde::Serialize;

use crate::clock;
use crate::error::{Code, Error, Result};
use crate::ledger::ids;
use crate::money::Currency;
use crate::store::merchants::{self as mq, MerchantRow};

/// The longest merchant name or category.
pub const NAME_CHARS_MAX: usize = 70;
/// The most currencies a merchant lists.
pub const CURRENCIES_MAX: usize = 32;

/// A merchant as shown.
#[derive(Debug, Clone, Serialize)]
pub struct MerchantView {
    pub id: String,
    pub name: String,
    pub accepts_okpay: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// The currencies it takes; empty means every currency.
    pub currencies: Vec<String>,
    pub blocked: bool,
    /// Never paid successfully yet.
    pub new: bool,
    /// `added` with `merchant add`, or `payment` when a first payment registered it.
    pub origin: String,
    pub created_at: String,
    /// The Ed25519 key (standard base64) its requests must be signed with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verify_key: Option<String>,
}

/// What `merchant add` asks for.
#[derive(Debug, Clone)]
pub struct NewMerchant {
    pub name: String,
    pub accepts_okpay: bool,
    pub category: Option<String>,
    pub currencies: Vec<Currency>,
    /// `--verify-key`: its requests must be signed by this Ed25519 key.
    pub verify_key: Option<[u8; 32]>,
}

/// Check a merchant's name or category: 1 to 70 characters, no control characters.
pub fn check_name(text: &str, field: &'static str) -> Result<String> {
    crate::text::check_line(text, field, NAME_CHARS_MAX)
}

/// Show a stored merchant.
pub fn view(conn: &Connection, row: &MerchantRow) -> Result<MerchantView> {
    Ok(MerchantView {
        id: row.id.clone(),
        name: row.name.clone(),
        accepts_okpay: row.accepts_okpay,
        category: row.category.clone(),
        currencies: currencies_of(row),
        blocked: row.blocked,
        new: !mq::has_paid(conn, &row.id)?,
        origin: row.origin.clone(),
        created_at: clock::rfc3339(clock::from_ms(row.created_at_ms)?),
        verify_key: row
            .verify_key
            .as_deref()
            .map(super::signature::public_base64),
    })
}

fn currencies_of(row: &MerchantRow) -> Vec<String> {
    row.currencies
        .split(',')
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether the merchant takes `currency`.
pub fn takes(row: &MerchantRow, currency: Currency) -> bool {
    let list = currencies_of(row);
    list.is_empty() || list.iter().any(|c| c == currency.code())
}

fn insert(
    conn: &Connection,
    new: &NewMerchant,
    origin: &str,
    now: Timestamp,
) -> Result<MerchantRow> {
    if mq::find(conn, &new.name)?.is_some() {
        return Err(
            Error::new(Code::AlreadyExists, "err.merchant.exists").arg_detail("name", &new.name)
        );
    }
    if new.currencies.len() > CURRENCIES_MAX {
        return Err(Error::invalid("err.merchant.currencies").arg("max", CURRENCIES_MAX));
    }
    let mut codes: Vec<&str> = new.currencies.iter().map(|c| c.code()).collect();
    codes.sort_unstable();
    codes.dedup();
    let mut row = MerchantRow {
        seq: 0,
        id: ids::next(mq::last_id(conn)?.as_deref(), "mer", now)?,
        name: new.name.clone(),
        accepts_okpay: new.accepts_okpay,
        category: new.category.clone(),
        currencies: codes.join(","),
        blocked: false,
        origin: origin.to_string(),
        created_at_ms: clock::to_ms(now),
        verify_key: new.verify_key.map(|k| k.to_vec()),
    };
    row.seq = mq::insert(conn, &row)?;
    Ok(row)
}

/// `merchant add`, inside the caller's write transaction.
pub fn add(conn: &Connection, new: &NewMerchant, now: Timestamp) -> Result<MerchantRow> {
    insert(conn, new, "added", now)
}

/// A merchant by id or name, or `not_found`.
pub fn find(conn: &Connection, id_or_name: &str) -> Result<MerchantRow> {
    mq::find(conn, id_or_name)?.ok_or_else(|| {
        Error::new(Code::NotFound, "err.merchant.not_found").arg_detail("merchant", id_or_name)
    })
}

/// The merchant a payment names: an existing one, or a new one registered for the payment.
/// Without `register`, an unknown merchant comes back as it would be registered, unsaved.
pub fn for_payment(
    conn: &Connection,
    id_or_name: &str,
    now: Timestamp,
    register: bool,
) -> Result<MerchantRow> {
    if let Some(row) = mq::find(conn, id_or_name)? {
        return Ok(row);
    }
    if id_or_name.starts_with("mer_") {
        return Err(
            Error::new(Code::NotFound, "err.merchant.not_found").arg_detail("merchant", id_or_name)
        );
    }
    let new = NewMerchant {
        name: check_name(id_or_name, "merchant")?,
        accepts_okpay: true,
        category: None,
        currencies: Vec::new(),
        verify_key: None,
    };
    if register {
        insert(conn, &new, "payment", now)
    } else {
        Ok(MerchantRow {
            seq: 0,
            id: String::new(),
            name: new.name,
            accepts_okpay: true,
            category: None,
            currencies: String::new(),
            blocked: false,
            origin: "payment".to_string(),
            created_at_ms: clock::to_ms(now),
            verify_key: None,
        })
    }
}

/// `merchant block` / `unblock`.
pub fn set_blocked(conn: &Connection, id_or_name: &str, blocked: bool) -> Result<MerchantRow> {
    let row = find(conn, id_or_name)?;
    mq::set_blocked(conn, &row.id, blocked)?;
    find(conn, &row.id)
}
