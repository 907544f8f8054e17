//! okpay's own CSV export (RFC 4180, one transaction a row, oldest first), and the parser that
//! reads it back for `okpay import`.
//!
//! Besides the columns people read (`signed_amount`, `merchant_name`, `status`…), a row
//! carries what it takes to record the transaction again: the status it was recorded with,
//! its postings (`account CUR amount;…`), its links to earlier transactions (`kind id;…`) and
//! its data as JSON.

use jiff::Timestamp;

use super::{signed_minor, Record};
use crate::error::Result;
use crate::ledger::{LinkKind, Posting, Status};
use crate::money::{format_minor, Currency};
use crate::{clock, ledger};

/// The columns, in order.
pub const COLUMNS: [&str; 20] = [
    "id",
    "created_at",
    "kind",
    "status",
    "signed_amount",
    "amount",
    "currency",
    "fee",
    "merchant",
    "merchant_name",
    "source",
    "order_id",
    "memo",
    "available_at",
    "reason",
    "recorded_status",
    "postings",
    "links",
    "limit_minor",
    "data",
];

/// The most postings or links one row may carry.
const LEGS_MAX: usize = 64;
/// The longest field.
const FIELD_CHARS_MAX: usize = 100_000;

/// One record as the CSV row's fields.
pub fn row(r: &Record) -> Result<Vec<String>> {
    let currency = Currency::parse(&r.row.currency)?;
    let data: serde_json::Value = serde_json::from_str(&r.row.data).unwrap_or_default();
    let text = |k: &str| {
        data.get(k)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string()
    };
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let mut postings = Vec::new();
    for (account, code, minor) in &r.postings {
        let c = Currency::parse(code)?;
        postings.push(format!("{account} {code} {}", format_minor(*minor, c)));
    }
    let links: Vec<String> = r.links.iter().map(|(k, id)| format!("{k} {id}")).collect();
    Ok(vec![
        r.row.id.clone(),
        clock::rfc3339(clock::from_ms(r.row.created_at)?),
        r.row.kind.clone(),
        r.status.clone(),
        format_minor(signed_minor(&r.row.kind, r.row.amount_minor), currency),
        format_minor(r.row.amount_minor, currency),
        r.row.currency.clone(),
        format_minor(r.row.fee_minor, currency),
        opt(&r.row.merchant_id),
        text("merchant_name"),
        opt(&r.row.source_id),
        opt(&r.row.order_id),
        opt(&r.row.memo),
        r.row
            .available_at
            .map(clock::from_ms)
            .transpose()?
            .map(clock::rfc3339)
            .unwrap_or_default(),
        opt(&r.row.reason),
        r.row.status.clone(),
        postings.join(";"),
        links.join(";"),
        r.row.limit_minor.map(|m| m.to_string()).unwrap_or_default(),
        r.row.data.clone(),
    ])
}

/// A row read back: the transaction to record, with the id it had.
#[derive(Debug, Clone)]
pub struct Imported {
    pub id: String,
    pub tx: ledger::NewTransaction,
}

/// Where a header lacks a column, or a row a good value: the column's name.
pub type Problem = String;

/// The position of each column in a header; every column must be there.
pub fn header(fields: &csv::StringRecord) -> std::result::Result<Vec<usize>, Problem> {
    COLUMNS
        .iter()
        .map(|name| {
            fields
                .iter()
                .position(|f| f.trim_start_matches('\u{feff}') == *name)
                .ok_or_else(|| (*name).to_string())
        })
        .collect()
}

/// Parse one row (positions from [`header`]).
pub fn parse(fields: &csv::StringRecord, at: &[usize]) -> std::result::Result<Imported, Problem> {
    let get = |name: &str| -> std::result::Result<&str, Problem> {
        let i = COLUMNS
            .iter()
            .position(|c| *c == name)
            .and_then(|c| at.get(c))
            .ok_or_else(|| name.to_string())?;
        let v = fields.get(*i).ok_or_else(|| name.to_string())?;
        if v.chars().count() > FIELD_CHARS_MAX {
            return Err(name.to_string());
        }
        Ok(v)
    };
    let bad = |name: &str| name.to_string();
    let opt = |name: &str| -> std::result::Result<Option<String>, Problem> {
        let v = get(name)?;
        if v.is_empty() {
            return Ok(None);
        }
        crate::text::check_optional(Some(v.to_string()), "field", FIELD_CHARS_MAX)
            .map_err(|_| bad(name))
    };
    let id = get("id")?.to_string();
    if !is_tx_id(&id) {
        return Err(bad("id"));
    }
    let kind = ledger::Kind::parse(get("kind")?).ok_or_else(|| bad("kind"))?;
    let status = Status::parse(get("recorded_status")?).ok_or_else(|| bad("recorded_status"))?;
    let currency = Currency::parse(get("currency")?).map_err(|_| bad("currency"))?;
    let amount_minor = minor(get("amount")?, currency).ok_or_else(|| bad("amount"))?;
    let fee_minor = minor(get("fee")?, currency).ok_or_else(|| bad("fee"))?;
    if amount_minor < 0 || fee_minor < 0 {
        return Err(bad("amount"));
    }
    let created_at = time(get("created_at")?).ok_or_else(|| bad("created_at"))?;
    let mut tx = ledger::NewTransaction::new(kind, status, amount_minor, currency, created_at);
    tx.fee_minor = fee_minor;
    tx.available_at = match get("available_at")? {
        "" => None,
        t => Some(time(t).ok_or_else(|| bad("available_at"))?),
    };
    tx.merchant_id = opt("merchant")?;
    tx.source_id = opt("source")?;
    tx.order_id = opt("order_id")?;
    tx.memo = opt("memo")?;
    tx.reason = opt("reason")?;
    tx.limit_minor = match get("limit_minor")? {
        "" => None,
        n => Some(n.parse::<i64>().map_err(|_| bad("limit_minor"))?),
    };
    tx.data = match serde_json::from_str::<serde_json::Value>(get("data")?) {
        Ok(v @ serde_json::Value::Object(_)) => v,
        _ => return Err(bad("data")),
    };
    tx.postings = postings(get("postings")?).ok_or_else(|| bad("postings"))?;
    tx.links = links(get("links")?).ok_or_else(|| bad("links"))?;
    Ok(Imported { id, tx })
}

/// `tx_` and a ULID.
fn is_tx_id(id: &str) -> bool {
    id.strip_prefix("tx_")
        .is_some_and(|body| ulid::Ulid::from_string(body).is_ok())
}

fn time(text: &str) -> Option<Timestamp> {
    text.parse::<Timestamp>().ok()
}

/// An amount exactly as exported: an optional `-`, digits, and exactly the currency's minor
/// digits after the point.
pub fn minor(text: &str, currency: Currency) -> Option<i64> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let digits = usize::try_from(currency.minor_digits()).ok()?;
    let (units, fraction) = match body.split_once('.') {
        Some((u, f)) => (u, f),
        None => (body, ""),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(units) || fraction.len() != digits || (digits > 0 && !all_digits(fraction)) {
        return None;
    }
    if units.len() > 15 {
        return None;
    }
    let value = format!("{units}{fraction}").parse::<i64>().ok()?;
    Some(if negative { -value } else { value })
}

fn postings(text: &str) -> Option<Vec<Posting>> {
    let mut out = Vec::new();
    for leg in text.split(';').filter(|s| !s.is_empty()) {
        let mut parts = leg.split(' ');
        let (account, code, amount) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || !ledger::account::is_valid(account) {
            return None;
        }
        let currency = Currency::parse(code).ok()?;
        out.push(Posting {
            account: account.to_string(),
            currency,
            amount_minor: minor(amount, currency)?,
        });
    }
    (out.len() <= LEGS_MAX).then_some(out)
}

fn links(text: &str) -> Option<Vec<(String, LinkKind)>> {
    let mut out = Vec::new();
    for link in text.split(';').filter(|s| !s.is_empty()) {
        let (kind, id) = link.split_once(' ')?;
        if !is_tx_id(id) {
            return None;
        }
        out.push((id.to_string(), LinkKind::parse(kind)?));
    }
    (out.len() <= LEGS_MAX).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_exactly_as_written() {
        assert_eq!(minor("100.50", Currency::CNY), Some(10050));
        assert_eq!(minor("-0.01", Currency::CNY), Some(-1));
        assert_eq!(minor("1000", Currency::JPY), Some(1000));
        assert_eq!(minor("100.5", Currency::CNY), None);
        assert_eq!(minor("1e3", Currency::CNY), None);
        assert_eq!(minor("", Currency::CNY), None);
        assert_eq!(minor("1,000.00", Currency::CNY), None);
        assert_eq!(minor("10.00", Currency::JPY), None);
    }

    #[test]
    fn postings_and_links_round_trip() {
        let p =
            postings("external:src_1 CNY -101.00;fees:CNY CNY 1.00;wallet:CNY CNY 100.00").unwrap();
        assert_eq!(p.len(), 3);
        assert_eq!(p[0].amount_minor, -10100);
        assert!(postings("bogus CNY 1.00").is_none());
        assert!(links("settles tx_01ARZ3NDEKTSV4RRFFQ69G5FAV").is_some());
        assert!(links("settles tx_nope").is_none());
        assert!(links("eats tx_01ARZ3NDEKTSV4RRFFQ69G5FAV").is_none());
    }
}
