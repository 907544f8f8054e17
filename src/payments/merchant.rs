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

/// The merchants one write has looked up: a `pay --batch` chunk pays the same few merchants
/// again and again, and reads each one (and checks its seal) once instead of once a line.
///
/// Create it inside the write transaction and drop it with it: while the write holds the
/// wallet no other process can change a merchant, and the payments themselves only register
/// new ones ([`MerchantMemo::registered`]) and pay them ([`MerchantMemo::paid`]).
#[derive(Debug, Default)]
pub struct MerchantMemo {
    /// A name or id as a request gave it → the merchant's row, checked against its seal.
    rows: std::collections::HashMap<String, MerchantRow>,
    /// A merchant's id → whether a payment to it went through.
    paid: std::collections::HashMap<String, bool>,
}

impl MerchantMemo {
    /// The known merchant `id_or_name` names, its row checked against its seal (an
    /// `integrity_error` if it is not), or `None` for a merchant not registered yet.
    pub fn known(
        &mut self,
        conn: &Connection,
        key: &crate::auth::vault::WalletKey,
        id_or_name: &str,
    ) -> Result<Option<MerchantRow>> {
        if let Some(row) = self.rows.get(id_or_name) {
            return Ok(Some(row.clone()));
        }
        let Some(row) = mq::find(conn, id_or_name)? else {
            return Ok(None);
        };
        crate::ledger::sealed::check(conn, key, &crate::ledger::sealed::MERCHANTS, &[&row.id])?;
        self.rows.insert(id_or_name.to_string(), row.clone());
        Ok(Some(row))
    }

    /// Whether a payment to the merchant went through (read once, then kept up to date).
    pub fn has_paid(&mut self, conn: &Connection, merchant_id: &str) -> Result<bool> {
        if let Some(paid) = self.paid.get(merchant_id) {
            return Ok(*paid);
        }
        let paid = mq::has_paid(conn, merchant_id)?;
        self.paid.insert(merchant_id.to_string(), paid);
        Ok(paid)
    }

    /// A merchant the write has just registered (and sealed) under the name a request gave.
    pub fn registered(&mut self, id_or_name: &str, row: &MerchantRow) {
        self.rows.insert(id_or_name.to_string(), row.clone());
    }

    /// A payment to the merchant went through.
    pub fn paid(&mut self, merchant_id: &str) {
        self.paid.insert(merchant_id.to_string(), true);
    }
}
