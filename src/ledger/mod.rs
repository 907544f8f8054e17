//! The append-only double-entry ledger: transactions with postings that sum to zero per
//! currency, links from later events to earlier transactions, derived balances and statuses kept
//! in the same SQL transaction, and the HMAC chain that makes tampering show.
//!
//! Rows are never updated or deleted (triggers refuse it). A settlement, a returned transfer or
//! a refund is a new transaction linked to the one it concerns; a transaction's current status
//! is derived from its links.

pub mod bulk;
pub mod guard;
pub mod idempotency;
pub mod ids;
pub mod model;
pub mod seal;
pub mod sealed;
pub mod status;
pub mod verify;
pub mod view;

use std::collections::BTreeMap;

use jiff::Timestamp;
use rusqlite::types::Value;
use rusqlite::Connection;

use crate::auth::vault::WalletKey;
use crate::clock;
use crate::error::{Error, Result};
use crate::money::Currency;
use crate::store::ledger as q;
use model::{TxFields, Typed};

pub use status::Status;

/// What a transaction is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Topup,
    Payment,
    Refund,
    Conversion,
    Transfer,
    Settlement,
}

impl Kind {
    /// Every kind, in CLI.md's order.
    pub const ALL: [Kind; 6] = [
        Kind::Topup,
        Kind::Payment,
        Kind::Refund,
        Kind::Conversion,
        Kind::Transfer,
        Kind::Settlement,
    ];

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Topup => "topup",
            Kind::Payment => "payment",
            Kind::Refund => "refund",
            Kind::Conversion => "conversion",
            Kind::Transfer => "transfer",
            Kind::Settlement => "settlement",
        }
    }

    /// Parse a stable name.
    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// How a later transaction relates to an earlier one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LinkKind {
    /// A settlement that makes a pending top-up available, or pays a pending transfer out.
    Settles,
    /// A settlement that reports a pending top-up or transfer returned by the bank.
    Returns,
    /// A refund of a payment.
    Refunds,
    /// A new attempt at a failed top-up.
    Retries,
}

impl LinkKind {
    /// The stable name, as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::Settles => "settles",
            LinkKind::Returns => "returns",
            LinkKind::Refunds => "refunds",
            LinkKind::Retries => "retries",
        }
    }

    /// The name seen from the earlier transaction.
    pub fn inverse_str(self) -> &'static str {
        match self {
            LinkKind::Settles => "settled_by",
            LinkKind::Returns => "returned_by",
            LinkKind::Refunds => "refunded_by",
            LinkKind::Retries => "retried_by",
        }
    }

    /// Parse a stored name.
    pub fn parse(text: &str) -> Option<LinkKind> {
        [
            LinkKind::Settles,
            LinkKind::Returns,
            LinkKind::Refunds,
            LinkKind::Retries,
        ]
        .into_iter()
        .find(|k| k.as_str() == text)
    }
}

/// Account names, e.g. `wallet:CNY`. The kinds of DESIGN.md.
pub mod account {
    use crate::money::Currency;

    /// Available money in one currency.
    pub fn wallet(currency: Currency) -> String {
        format!("wallet:{}", currency.code())
    }
    /// Top-ups not yet settled.
    pub fn pending(currency: Currency) -> String {
        format!("pending:{}", currency.code())
    }
    /// Transfers out not yet settled: the amount and fee, held until the bank pays them out
    /// or returns them.
    pub fn pending_out(currency: Currency) -> String {
        format!("pending_out:{}", currency.code())
    }
    /// Fees collected.
    pub fn fees(currency: Currency) -> String {
        format!("fees:{}", currency.code())
    }
    /// The currency exchange's side of a conversion.
    pub fn fx(currency: Currency) -> String {
        format!("fx:{}", currency.code())
    }
    /// A funding source outside the wallet.
    pub fn external(source_id: &str) -> String {
        format!("external:{source_id}")
    }
    /// A merchant.
    pub fn merchant(merchant_id: &str) -> String {
        format!("merchant:{merchant_id}")
    }
    /// Whether the account holds the user's own money, which must never go negative.
    pub fn is_own(name: &str) -> bool {
        name.starts_with("wallet:")
            || name.starts_with("pending:")
            || name.starts_with("pending_out:")
    }
    /// The currency an account's name carries (`wallet:CNY`), if its kind carries one.
    pub fn named_currency(name: &str) -> Option<&str> {
        ["wallet:", "pending:", "pending_out:", "fees:", "fx:"]
            .iter()
            .find_map(|p| name.strip_prefix(p))
    }

    /// Whether the name is of a known kind.
    pub fn is_valid(name: &str) -> bool {
        [
            "wallet:",
            "pending:",
            "pending_out:",
            "fees:",
            "fx:",
            "external:",
            "merchant:",
        ]
        .iter()
        .any(|p| name.len() > p.len() && name.starts_with(p))
    }
}

/// One leg of a transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posting {
    pub account: String,
    pub currency: Currency,
    pub amount_minor: i64,
}

/// A transaction to record: its typed fields, postings and links. A refusal (declined or
/// failed) has no postings. The fields read and write through (`tx.memo = ...`).
#[derive(Debug, Clone)]
pub struct NewTransaction {
    pub fields: TxFields<Typed>,
    pub postings: Vec<Posting>,
    pub links: Vec<(String, LinkKind)>,
}

impl NewTransaction {
    /// A transaction with no postings, links or optional fields.
    pub fn new(
        kind: Kind,
        status: Status,
        amount_minor: i64,
        currency: Currency,
        at: Timestamp,
    ) -> Self {
        NewTransaction {
            fields: TxFields::new(kind, status, amount_minor, currency, at),
            postings: Vec::new(),
            links: Vec::new(),
        }
    }
}

impl std::ops::Deref for NewTransaction {
    type Target = TxFields<Typed>;
    fn deref(&self) -> &TxFields<Typed> {
        &self.fields
    }
}

impl std::ops::DerefMut for NewTransaction {
    fn deref_mut(&mut self) -> &mut TxFields<Typed> {
        &mut self.fields
    }
}

/// What [`record`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub seq: i64,
    pub id: String,
}

/// Record a transaction inside the caller's write transaction: the row, its postings, the
/// derived balances, its links and the derived statuses they change, and its seal on the chain.
///
/// The invariants are checked here, whatever the caller checked before: postings sum to zero
/// per currency, the user's own accounts never go negative, links point at earlier transactions.
pub fn record(conn: &Connection, key: &WalletKey, new: &NewTransaction) -> Result<Recorded> {
    check_postings(new)?;
    if let Some(recorded) = bulk::record(conn, key, new)? {
        return Ok(recorded);
    }
    let id = ids::next(q::last_tx_id(conn)?.as_deref(), "tx", new.created_at)?;
    record_as(conn, key, new, id)
}

/// [`record`] under an id the transaction already has (an import keeps the ids of the wallet it
/// came from); the same checks and the same seal.
pub fn record_with_id(
    conn: &Connection,
    key: &WalletKey,
    new: &NewTransaction,
    id: &str,
) -> Result<Recorded> {
    check_postings(new)?;
    record_as(conn, key, new, id.to_string())
}

fn record_as(
    conn: &Connection,
    key: &WalletKey,
    new: &NewTransaction,
    id: String,
) -> Result<Recorded> {
    let row = row_of(new, id.clone());
    let seq = q::insert_tx(conn, &row)?;
    for posting in merged(&new.postings)? {
        post(conn, key, seq, &posting)?;
    }
    let status = new.status.as_str();
    let status_mac = sealed::mac_of(
        key,
        &sealed::TX_STATUS,
        &[
            Value::Integer(seq),
            Value::Text(status.to_string()),
            Value::Integer(0),
        ],
    );
    q::set_status_sealed(conn, seq, status, 0, &status_mac)?;
    let mut zone = None;
    let totals = &mut crate::risk::limits::Totals::default();
    if let Some(counted) = new.limit_minor.filter(|c| *c > 0) {
        let zone = zone.get_or_insert(wallet_zone(conn)?);
        crate::risk::limits::move_totals(conn, key, zone, new.created_at, counted, totals)?;
    }
    let links = link(conn, key, new, seq, &mut zone, totals)?;
    let row = q::TxRow { seq, ..row };
    seal::append(conn, key, &row, &new.postings_sorted(), &links)?;
    Ok(Recorded { seq, id })
}

/// Record the links of `new` (recorded as `seq`) to earlier transactions: each link checked,
/// the refund's credit given back to the limits its payment counted against, the target's
/// derived status refreshed. Returns the links as sealed: (kind, target id), sorted.
fn link(
    conn: &Connection,
    key: &WalletKey,
    new: &NewTransaction,
    seq: i64,
    zone: &mut Option<jiff::tz::TimeZone>,
    totals: &mut crate::risk::limits::Totals,
) -> Result<Vec<(String, String)>> {
    let mut links = Vec::new();
    for (target_id, kind) in &new.links {
        let target = q::tx_by_id(conn, target_id)?
            .ok_or_else(|| Error::internal(format!("link to unknown {target_id}")))?;
        check_link(conn, new, &target, *kind)?;
        if *kind == LinkKind::Refunds {
            if let Some(counted) = target.limit_minor.filter(|c| *c > 0) {
                // What this refund gives back of what its payment counted, in the payment's
                // own day and month.
                let (_, before) = status::derive(conn, &target)?;
                let after = before.saturating_add(new.amount_minor);
                let credit =
                    crate::risk::limits::refund_credit(counted, target.amount_minor, after)
                        - crate::risk::limits::refund_credit(counted, target.amount_minor, before);
                if credit > 0 {
                    let zone = zone.get_or_insert(wallet_zone(conn)?);
                    let at = clock::from_ms(target.created_at)?;
                    crate::risk::limits::move_totals(conn, key, zone, at, -credit, totals)?;
                }
            }
        }
        q::insert_link(conn, seq, target.seq, kind.as_str())?;
        status::refresh(conn, key, &target)?;
        links.push((kind.as_str().to_string(), target.id));
    }
    links.sort();
    Ok(links)
}

/// The row [`record_as`] inserts for `new` under `id` (before its seq is known), for the bulk
/// writer.
fn row_of(new: &NewTransaction, id: String) -> q::TxRow {
    q::TxRow {
        seq: 0,
        id,
        fields: new.fields.stored(),
    }
}

/// The wallet's time zone, for the limits' calendar days and months.
fn wallet_zone(conn: &Connection) -> Result<jiff::tz::TimeZone> {
    clock::parse_zone(&q::time_zone(conn)?)
}

/// Apply one posting: the balance it changes must be the sealed one, whatever the caller read;
/// the new balance is stored with its MAC and names this transaction.
fn post(conn: &Connection, key: &WalletKey, seq: i64, posting: &Posting) -> Result<()> {
    let currency = posting.currency.code();
    let account_id = q::account_id(conn, &posting.account, currency)?;
    let state = guard::balance_state(conn, account_id)?;
    guard::check_balance_state(key, &state)?;
    let before = state.balance_minor();
    q::insert_posting(conn, seq, account_id, posting.amount_minor)?;
    let balance = before
        .checked_add(posting.amount_minor)
        .ok_or_else(|| Error::internal(format!("{} overflows", posting.account)))?;
    if balance < 0 && account::is_own(&posting.account) {
        return Err(Error::internal(format!(
            "{} would go negative",
            posting.account
        )));
    }
    let mac = sealed::mac_of(
        key,
        &sealed::BALANCES,
        &[
            Value::Integer(account_id),
            Value::Text(posting.account.clone()),
            Value::Text(currency.to_string()),
            Value::Integer(balance),
            Value::Integer(seq),
        ],
    );
    q::set_balance(conn, account_id, balance, seq, &mac)
}

impl NewTransaction {
    fn postings_sorted(&self) -> Vec<(String, String, i64)> {
        let mut v: Vec<_> = merged(&self.postings)
            .unwrap_or_default()
            .into_iter()
            .map(|p| (p.account, p.currency.code().to_string(), p.amount_minor))
            .collect();
        v.sort();
        v
    }
}

/// A link must make sense for both ends: only a settlement settles or returns a pending
/// top-up or transfer, only a refund refunds a payment (never beyond what is left), and only a failed
/// transaction is retried, by one of its own kind.
fn check_link(
    conn: &Connection,
    new: &NewTransaction,
    target: &q::TxRow,
    kind: LinkKind,
) -> Result<()> {
    let (status, refunded) = status::derive(conn, target)?;
    let legal = match kind {
        LinkKind::Settles | LinkKind::Returns => {
            new.kind == Kind::Settlement
                && (target.kind == Kind::Topup.as_str() || target.kind == Kind::Transfer.as_str())
                && status == Status::Pending
        }
        LinkKind::Refunds => {
            let left = target.amount_minor.saturating_sub(refunded);
            new.kind == Kind::Refund
                && target.kind == Kind::Payment.as_str()
                && matches!(status, Status::Succeeded | Status::PartiallyRefunded)
                && new.currency.code() == target.currency
                && new.amount_minor <= left
        }
        LinkKind::Retries => target.kind == new.kind.as_str() && status == Status::Failed,
    };
    if legal {
        Ok(())
    } else {
        Err(Error::internal(format!(
            "illegal {} link to {} ({})",
            kind.as_str(),
            target.id,
            status.as_str()
        )))
    }
}

/// Postings to the same account merged into one; zero legs dropped.
fn merged(postings: &[Posting]) -> Result<Vec<Posting>> {
    let mut by_account: BTreeMap<&str, Posting> = BTreeMap::new();
    for p in postings {
        match by_account.get_mut(p.account.as_str()) {
            Some(existing) => {
                if existing.currency != p.currency {
                    return Err(Error::internal(format!(
                        "{} posted in two currencies",
                        p.account
                    )));
                }
                existing.amount_minor = existing
                    .amount_minor
                    .checked_add(p.amount_minor)
                    .ok_or_else(|| Error::internal("posting overflow"))?;
            }
            None => {
                by_account.insert(&p.account, p.clone());
            }
        }
    }
    Ok(by_account
        .into_values()
        .filter(|p| p.amount_minor != 0)
        .collect())
}

fn check_postings(new: &NewTransaction) -> Result<()> {
    let mut sums: BTreeMap<Currency, i64> = BTreeMap::new();
    for p in &new.postings {
        if !account::is_valid(&p.account) {
            return Err(Error::internal(format!("bad account name {}", p.account)));
        }
        if account::named_currency(&p.account).is_some_and(|c| c != p.currency.code()) {
            return Err(Error::internal(format!(
                "{} posted in {}",
                p.account, p.currency
            )));
        }
        let sum = sums.entry(p.currency).or_insert(0);
        *sum = sum
            .checked_add(p.amount_minor)
            .ok_or_else(|| Error::internal("posting overflow"))?;
    }
    if let Some((currency, sum)) = sums.iter().find(|(_, s)| **s != 0) {
        return Err(Error::internal(format!("postings sum to {sum} {currency}")));
    }
    let refused = matches!(new.status, Status::Declined | Status::Failed);
    if refused && !new.postings.is_empty() {
        return Err(Error::internal("a refusal moves no money"));
    }
    if new.amount_minor < 0 || new.fee_minor < 0 {
        return Err(Error::internal("negative amount"));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
