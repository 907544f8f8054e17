//! The bulk writer: many transactions recorded inside one SQL write transaction (`pay --batch`,
//! `sandbox generate`) without redoing, per transaction, what a single interactive write does.
//!
//! [`scope`] runs inside a write that has already run the integrity guard
//! ([`super::guard::before_write`]: chain head against the newest seal, each own balance against
//! its seal). For as long as the scope lasts, [`super::record`] on the same connection keeps in
//! memory what it would otherwise read back for every transaction: the chain's count and head,
//! the last id, the account ids, each balance it touched and each running limit total it moved
//! (read and checked against its seal once, the first time; a payment's limit check reads the
//! totals through [`period_total`]). Every row a transaction writes is still written when it is
//! recorded, with the same values and MACs (postings, balances with their seals, status, limit
//! totals, seal), so every read in between — the payment checks of the next line — sees the
//! ledger as it stands. Only the chain row is written once, when the scope ends: nothing reads
//! it but the recording itself and the guard after the write.
//!
//! The result is byte for byte what recording the same transactions one by one makes (a unit
//! test records one sequence both ways and compares every table). A transaction's links
//! (settlements, refunds) are recorded by the one-by-one code's own [`super::link`].

use std::cell::RefCell;
use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::Connection;

use super::{guard, ids, seal, sealed, NewTransaction, Posting, Recorded};
use crate::auth::vault::WalletKey;
use crate::error::{Error, Result};
use crate::store::ledger as q;

/// The page cache while a scope runs (`PRAGMA cache_size`, negative: KiB). SQLite allocates
/// it as pages are used, so a small chunk costs no more.
const BULK_CACHE_KIB: i64 = -32_768;

/// The log size, in pages, past which a commit on a connection that has opened a scope
/// checkpoints (`PRAGMA wal_autocheckpoint`; SQLite's default is 1,000). A chunk of a thousand
/// payments dirties about 2,300 pages, so at the default every chunk's commit copied the same hot
/// index pages into the file again; at 10,000 a few chunks share one checkpoint (`pay --batch`
/// of 100,000: 4.39 → 4.24 s and 4.52 → 4.29 s in alternating runs). The setting stays for the
/// rest of the connection, since the commit after the scope is where it applies; the last
/// connection to close checkpoints whatever the log still holds.
const BULK_AUTOCHECKPOINT: i64 = 10_000;

thread_local! {
    static ACTIVE: RefCell<Option<State>> = const { RefCell::new(None) };
}

/// What the scope keeps in memory.
struct State {
    /// The connection the scope belongs to (its address: the write's connection is not moved
    /// while the write runs).
    conn: usize,
    count: i64,
    head: Vec<u8>,
    last_id: Option<String>,
    zone: Option<jiff::tz::TimeZone>,
    /// Account name → (currency, id).
    accounts: HashMap<String, (&'static str, i64)>,
    /// Account id → its balance as this scope last wrote (or read and checked) it.
    balances: HashMap<i64, i64>,
    /// The running limit totals as this scope last wrote (or read and checked) them.
    totals: crate::risk::limits::Totals,
}

fn address(conn: &Connection) -> usize {
    std::ptr::from_ref(conn) as usize
}

/// Clears the scope however it ends (an error, a panic).
struct Clear;

impl Drop for Clear {
    fn drop(&mut self) {
        ACTIVE.with(|a| {
            if let Ok(mut slot) = a.try_borrow_mut() {
                slot.take();
            }
        });
    }
}

/// Run `work` with bulk recording on `conn`, then seal the chain head once. Call it inside a
/// write transaction that has run the integrity guard; an error leaves the chain row as it was
/// (the caller's transaction is rolled back anyway).
pub fn scope<T>(conn: &Connection, key: &WalletKey, work: impl FnOnce() -> Result<T>) -> Result<T> {
    let (count, head, head_mac) =
        q::chain(conn)?.ok_or_else(|| Error::internal("chain row missing"))?;
    // The guard checked it; checked again here, so the scope never builds on a head it did not
    // see sealed.
    if head_mac.as_deref() != Some(seal::head_mac(key, count, &head).as_slice()) {
        return Err(sealed::tampered("chain", "head"));
    }
    let state = State {
        conn: address(conn),
        count,
        head,
        last_id: q::last_tx_id(conn)?,
        zone: None,
        accounts: HashMap::new(),
        balances: HashMap::new(),
        totals: crate::risk::limits::Totals::default(),
    };
    ACTIVE.with(|a| {
        let mut slot = a
            .try_borrow_mut()
            .map_err(|_| Error::internal("bulk scope opened while recording"))?;
        if slot.is_some() {
            return Err(Error::internal("bulk scopes do not nest"));
        }
        *slot = Some(state);
        Ok(())
    })?;
    let _clear = Clear;
    // A chunk dirties more pages than the default cache holds: without room, SQLite spills
    // them to the WAL in the middle of the transaction and reads them back.
    let cache: i64 = conn.pragma_query_value(None, "cache_size", |r| r.get(0))?;
    conn.pragma_update(None, "cache_size", BULK_CACHE_KIB)?;
    conn.pragma_update(None, "wal_autocheckpoint", BULK_AUTOCHECKPOINT)?;
    let value = work();
    conn.pragma_update(None, "cache_size", cache)?;
    let value = value?;
    ACTIVE.with(|a| {
        let slot = a
            .try_borrow()
            .map_err(|_| Error::internal("bulk scope ended while recording"))?;
        match slot.as_ref() {
            Some(s) if s.count != count => write_chain(conn, key, s.count, &s.head),
            Some(_) => Ok(()),
            None => Err(Error::internal("bulk scope lost")),
        }
    })?;
    Ok(value)
}

fn write_chain(conn: &Connection, key: &WalletKey, count: i64, head: &[u8]) -> Result<()> {
    q::set_chain(conn, count, head, &seal::head_mac(key, count, head))
}

/// Where the scope stands, to go back to after a savepoint is rolled back.
pub struct Mark(Option<(i64, Vec<u8>, Option<String>)>);

/// The scope's position now (nothing outside a scope).
pub fn mark() -> Mark {
    Mark(ACTIVE.with(|a| {
        a.try_borrow().ok().and_then(|s| {
            s.as_ref()
                .map(|s| (s.count, s.head.clone(), s.last_id.clone()))
        })
    }))
}

/// After `ROLLBACK TO` a savepoint taken at `mark`: the chain and last id as they were, and the
/// cached accounts and balances forgotten (read again, and checked, from the rolled-back rows).
pub fn restore(mark: Mark) {
    ACTIVE.with(|a| {
        let Ok(mut slot) = a.try_borrow_mut() else {
            return;
        };
        if let (Some(s), Some((count, head, last_id))) = (slot.as_mut(), mark.0) {
            s.count = count;
            s.head = head;
            s.last_id = last_id;
            s.accounts.clear();
            s.balances.clear();
            s.totals.clear();
        }
    });
}

/// A running limit total (by period key) that the scope open on `conn` has written or read
/// and checked against its seal; `None` outside a scope or for a period it has not met.
pub fn period_total(conn: &Connection, period: &str) -> Option<i64> {
    ACTIVE.with(|a| {
        let slot = a.try_borrow().ok()?;
        slot.as_ref()
            .filter(|s| s.conn == address(conn))
            .and_then(|s| s.totals.get(period))
    })
}

/// [`super::record`]'s hook: record through the scope open on `conn`, if there is one.
pub(super) fn record(
    conn: &Connection,
    key: &WalletKey,
    new: &NewTransaction,
) -> Result<Option<Recorded>> {
    record_through(&mut q::TxWrites::cached(conn), key, new)
}

/// [`super::record`] with the writes prepared once by a caller that records many transactions
/// in a row inside the scope ([`q::TxWrites::prepare`]: `sandbox generate`). Outside a scope it
/// is [`super::record`].
pub fn record_prepared(
    writes: &mut q::TxWrites<'_>,
    key: &WalletKey,
    new: &NewTransaction,
) -> Result<Recorded> {
    super::check_postings(new)?;
    match record_through(writes, key, new)? {
        Some(recorded) => Ok(recorded),
        None => super::record(writes.conn(), key, new),
    }
}

fn record_through(
    writes: &mut q::TxWrites<'_>,
    key: &WalletKey,
    new: &NewTransaction,
) -> Result<Option<Recorded>> {
    ACTIVE.with(|a| {
        // Recording never records again inside itself; if it ever did, an error, not a panic.
        let mut slot = a
            .try_borrow_mut()
            .map_err(|_| Error::internal("bulk recording re-entered"))?;
        let Some(state) = slot.as_mut().filter(|s| s.conn == address(writes.conn())) else {
            return Ok(None);
        };
        let id = ids::next(state.last_id.as_deref(), "tx", new.created_at)?;
        state.record(writes, key, new, id).map(Some)
    })
}

impl State {
    fn record(
        &mut self,
        writes: &mut q::TxWrites<'_>,
        key: &WalletKey,
        new: &NewTransaction,
        id: String,
    ) -> Result<Recorded> {
        let done = self.record_one(writes, key, new, id);
        if done.is_err() {
            // Whatever was half written is rolled back by the caller: read it all again.
            self.accounts.clear();
            self.balances.clear();
            self.totals.clear();
        }
        done
    }

    /// What [`super::record_as`] does, from memory.
    fn record_one(
        &mut self,
        writes: &mut q::TxWrites<'_>,
        key: &WalletKey,
        new: &NewTransaction,
        id: String,
    ) -> Result<Recorded> {
        let conn = writes.conn();
        let row = super::row_of(new, id.clone());
        let seq = writes.insert_tx(&row)?;
        if seq != self.count + 1 {
            return Err(Error::internal(format!(
                "transaction {seq} after a chain of {}",
                self.count
            )));
        }
        for posting in super::merged(&new.postings)? {
            self.post(writes, key, seq, &posting)?;
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
        writes.set_status_sealed(seq, status, 0, &status_mac)?;
        if let Some(counted) = new.limit_minor.filter(|c| *c > 0) {
            if self.zone.is_none() {
                self.zone = Some(super::wallet_zone(conn)?);
            }
            if let Some(zone) = &self.zone {
                let totals = &mut self.totals;
                crate::risk::limits::move_totals(conn, key, zone, new.created_at, counted, totals)?;
            }
        }
        let links = super::link(conn, key, new, seq, &mut self.zone, &mut self.totals)?;
        let row = q::TxRow { seq, ..row };
        let canonical = seal::canonical_bytes(&row, &new.postings_sorted(), &links)?;
        let mac = seal::mac(key, &self.head, &canonical);
        writes.insert_seal(seq, &mac)?;
        self.count = seq;
        self.head = mac.to_vec();
        self.last_id = Some(id.clone());
        Ok(Recorded { seq, id })
    }

    /// What [`super::post`] does, with the account id and the balance from memory once known.
    fn post(
        &mut self,
        writes: &mut q::TxWrites<'_>,
        key: &WalletKey,
        seq: i64,
        p: &Posting,
    ) -> Result<()> {
        let conn = writes.conn();
        let currency = p.currency.code();
        let account_id = match self.accounts.get(p.account.as_str()) {
            Some((c, id)) if *c == currency => *id,
            _ => {
                let id = q::account_id(conn, &p.account, currency)?;
                self.accounts.insert(p.account.clone(), (currency, id));
                id
            }
        };
        let before = match self.balances.get(&account_id) {
            Some(balance) => *balance,
            None => {
                let state = guard::balance_state(conn, account_id)?;
                guard::check_balance_state(key, &state)?;
                state.balance_minor()
            }
        };
        writes.insert_posting(seq, account_id, p.amount_minor)?;
        let balance = before
            .checked_add(p.amount_minor)
            .ok_or_else(|| Error::internal(format!("{} overflows", p.account)))?;
        if balance < 0 && super::account::is_own(&p.account) {
            return Err(Error::internal(format!("{} would go negative", p.account)));
        }
        let mac = sealed::mac_of(
            key,
            &sealed::BALANCES,
            &[
                Value::Integer(account_id),
                Value::Text(p.account.clone()),
                Value::Text(currency.to_string()),
                Value::Integer(balance),
                Value::Integer(seq),
            ],
        );
        writes.set_balance(account_id, balance, seq, &mac)?;
        self.balances.insert(account_id, balance);
        Ok(())
    }
}

#[cfg(test)]
mod tests;
