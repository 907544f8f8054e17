//! Queries on the ledger tables: accounts, transactions, postings, links, seals, the chain
//! head, the derived balances and statuses, and idempotency keys. The rules live in
//! `crate::ledger`; this file only moves rows.

use crate::store::Cached;
use rusqlite::types::Value as SqlValue;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row, Statement};

use crate::error::Result;
use crate::ledger::model::{Stored, TxFields};

/// A transaction row as stored: its seq and id with the stored form of the shared fields (its
/// status is the one it was recorded with). The fields read through (`row.memo`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TxRow {
    pub seq: i64,
    pub id: String,
    pub fields: TxFields<Stored>,
}

impl std::ops::Deref for TxRow {
    type Target = TxFields<Stored>;
    fn deref(&self) -> &TxFields<Stored> {
        &self.fields
    }
}

impl std::ops::DerefMut for TxRow {
    fn deref_mut(&mut self) -> &mut TxFields<Stored> {
        &mut self.fields
    }
}

pub(crate) const TX_COLUMNS: &str =
    "t.seq, t.id, t.kind, t.status, t.amount_minor, t.currency, t.fee_minor,
    t.created_at_ms, t.available_at_ms, t.merchant_id, t.source_id, t.order_id, t.memo, t.reason,
    t.data, t.limit_minor";

/// How many columns [`TX_COLUMNS`] names (the columns a query selects after them start here).
pub(crate) const TX_COLUMNS_LEN: usize = 16;

pub(crate) fn tx_from_row(r: &Row<'_>) -> rusqlite::Result<TxRow> {
    Ok(TxRow {
        seq: r.get(0)?,
        id: r.get(1)?,
        fields: TxFields {
            kind: r.get(2)?,
            status: r.get(3)?,
            amount_minor: r.get(4)?,
            currency: r.get(5)?,
            fee_minor: r.get(6)?,
            created_at: r.get(7)?,
            available_at: r.get(8)?,
            merchant_id: r.get(9)?,
            source_id: r.get(10)?,
            order_id: r.get(11)?,
            memo: r.get(12)?,
            reason: r.get(13)?,
            data: r.get(14)?,
            limit_minor: r.get(15)?,
        },
    })
}

/// The id of an account in one currency, created on first use.
pub fn account_id(conn: &Connection, name: &str, currency: &str) -> Result<i64> {
    let found: Option<i64> = conn
        .row(
            "SELECT id FROM accounts WHERE name = ?1 AND currency = ?2",
            [name, currency],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    conn.exec(
        "INSERT INTO accounts (name, currency) VALUES (?1, ?2)",
        params![name, currency],
    )?;
    Ok(conn.last_insert_rowid())
}

/// The wallet's time zone name.
pub fn time_zone(conn: &Connection) -> Result<String> {
    Ok(super::wallet_row::flags(conn)?.time_zone)
}

/// The newest transaction id, for monotonic id generation.
pub fn last_tx_id(conn: &Connection) -> Result<Option<String>> {
    // The newest seq through the chain head's statement and the row through `tx_by_seq`: both
    // prepared by every write's guard already, where a statement of its own costs a parse.
    let newest = match chain_and_newest(conn)? {
        Some((_, newest)) => newest,
        None => last_seq(conn)?,
    };
    match newest {
        Some(seq) => Ok(tx_by_seq(conn, seq)?.map(|row| row.id)),
        None => Ok(None),
    }
}

/// Insert a transaction row; returns its `seq`.
pub fn insert_tx(conn: &Connection, tx: &TxRow) -> Result<i64> {
    TxWrites::cached(conn).insert_tx(tx)
}

/// Insert one posting.
pub fn insert_posting(
    conn: &Connection,
    tx_seq: i64,
    account_id: i64,
    amount_minor: i64,
) -> Result<()> {
    TxWrites::cached(conn).insert_posting(tx_seq, account_id, amount_minor)
}

const INSERT_TX: &str = "INSERT INTO transactions (id, kind, status, amount_minor, currency,
         fee_minor, created_at_ms, available_at_ms, merchant_id, source_id, order_id, memo, reason,
         data, limit_minor)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";
const INSERT_POSTING: &str =
    "INSERT INTO postings (tx_seq, account_id, amount_minor) VALUES (?1, ?2, ?3)";
const SET_BALANCE: &str =
    "INSERT INTO balances (account_id, balance_minor, last_seq, mac) VALUES (?1, ?2, ?3, ?4)
     ON CONFLICT (account_id) DO UPDATE SET balance_minor = excluded.balance_minor,
         last_seq = excluded.last_seq, mac = excluded.mac";
const SET_STATUS: &str =
    "INSERT INTO tx_status (tx_seq, status, refunded_minor, mac) VALUES (?1, ?2, ?3, ?4)
     ON CONFLICT (tx_seq) DO UPDATE SET status = excluded.status,
         refunded_minor = excluded.refunded_minor, mac = excluded.mac";
const INSERT_SEAL: &str = "INSERT INTO seals (tx_seq, mac) VALUES (?1, ?2)";

/// The five writes every transaction makes (its row, postings, balances, status, seal), either
/// through the connection's statement cache ([`TxWrites::cached`]: what a single write uses) or
/// prepared once and held for a long run of transactions ([`TxWrites::prepare`]: `sandbox
/// generate`'s batches). The cache hashes and compares a statement's text twice on every use:
/// 6-7 % of generating a history. Both run the same statements with the same values.
pub struct TxWrites<'c> {
    conn: &'c Connection,
    held: Option<Held<'c>>,
}

struct Held<'c> {
    tx: Statement<'c>,
    posting: Statement<'c>,
    balance: Statement<'c>,
    status: Statement<'c>,
    seal: Statement<'c>,
}

impl<'c> TxWrites<'c> {
    /// The writes through the statement cache.
    pub fn cached(conn: &'c Connection) -> TxWrites<'c> {
        TxWrites { conn, held: None }
    }

    /// The writes prepared now and held until dropped.
    pub fn prepare(conn: &'c Connection) -> Result<TxWrites<'c>> {
        let held = Held {
            tx: conn.prepare(INSERT_TX)?,
            posting: conn.prepare(INSERT_POSTING)?,
            balance: conn.prepare(SET_BALANCE)?,
            status: conn.prepare(SET_STATUS)?,
            seal: conn.prepare(INSERT_SEAL)?,
        };
        Ok(TxWrites {
            conn,
            held: Some(held),
        })
    }

    /// The connection the writes run on.
    pub fn conn(&self) -> &'c Connection {
        self.conn
    }

    /// Run `sql` (the statement `pick` selects when held) with `params`.
    fn exec(
        &mut self,
        pick: for<'h> fn(&'h mut Held<'c>) -> &'h mut Statement<'c>,
        sql: &str,
        params: impl rusqlite::Params,
    ) -> Result<()> {
        match self.held.as_mut() {
            Some(held) => pick(held).execute(params)?,
            None => self.conn.prepare_cached(sql)?.execute(params)?,
        };
        Ok(())
    }

    /// Insert a transaction row; returns its `seq`.
    pub fn insert_tx(&mut self, tx: &TxRow) -> Result<i64> {
        let values = params![
            tx.id,
            tx.kind,
            tx.status,
            tx.amount_minor,
            tx.currency,
            tx.fee_minor,
            tx.created_at,
            tx.available_at,
            tx.merchant_id,
            tx.source_id,
            tx.order_id,
            tx.memo,
            tx.reason,
            tx.data,
            tx.limit_minor,
        ];
        self.exec(|h| &mut h.tx, INSERT_TX, values)?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Insert one posting.
    pub fn insert_posting(
        &mut self,
        tx_seq: i64,
        account_id: i64,
        amount_minor: i64,
    ) -> Result<()> {
        let values = params![tx_seq, account_id, amount_minor];
        self.exec(|h| &mut h.posting, INSERT_POSTING, values)
    }

    /// Store an account's new balance, the transaction that set it and its MAC.
    pub fn set_balance(
        &mut self,
        account_id: i64,
        balance_minor: i64,
        last_seq: i64,
        mac: &[u8],
    ) -> Result<()> {
        let values = params![account_id, balance_minor, last_seq, mac];
        self.exec(|h| &mut h.balance, SET_BALANCE, values)
    }

    /// Set a transaction's derived status with its MAC.
    pub fn set_status_sealed(
        &mut self,
        tx_seq: i64,
        status: &str,
        refunded_minor: i64,
        mac: &[u8],
    ) -> Result<()> {
        let values = params![tx_seq, status, refunded_minor, mac];
        self.exec(|h| &mut h.status, SET_STATUS, values)
    }

    /// Store a transaction's seal.
    pub fn insert_seal(&mut self, tx_seq: i64, mac: &[u8]) -> Result<()> {
        self.exec(|h| &mut h.seal, INSERT_SEAL, params![tx_seq, mac])
    }
}

/// Insert one link from `tx_seq` to the earlier `target_seq`.
pub fn insert_link(conn: &Connection, tx_seq: i64, target_seq: i64, kind: &str) -> Result<()> {
    conn.exec(
        "INSERT INTO links (tx_seq, target_seq, kind) VALUES (?1, ?2, ?3)",
        params![tx_seq, target_seq, kind],
    )?;
    Ok(())
}

/// Add `delta_minor` to an account's derived balance, changed by transaction `tx_seq`;
/// returns the new balance.
pub fn add_balance(
    conn: &Connection,
    account_id: i64,
    delta_minor: i64,
    tx_seq: i64,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO balances (account_id, balance_minor, last_seq) VALUES (?1, ?2, ?3)
         ON CONFLICT (account_id) DO UPDATE SET balance_minor = balance_minor + excluded.balance_minor,
             last_seq = excluded.last_seq",
    )?
    .execute(params![account_id, delta_minor, tx_seq])?;
    Ok(conn.row(
        "SELECT balance_minor FROM balances WHERE account_id = ?1",
        [account_id],
        |r| r.get(0),
    )?)
}

/// The transaction that last changed an account's stored balance.
pub fn balance_last_seq(conn: &Connection, account_id: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT last_seq FROM balances WHERE account_id = ?1")?
        .query_row([account_id], |r| r.get(0))?)
}

/// The transaction that last changed an account's stored balance, if it has one.
pub fn balance_last_seq_opt(conn: &Connection, account_id: i64) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT last_seq FROM balances WHERE account_id = ?1")?
        .query_row([account_id], |r| r.get(0))
        .optional()?)
}

/// The newest transaction with a posting on the account (one index probe).
pub fn newest_posting_seq(conn: &Connection, account_id: i64) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT tx_seq FROM postings WHERE account_id = ?1 ORDER BY tx_seq DESC LIMIT 1",
        )?
        .query_row([account_id], |r| r.get(0))
        .optional()?)
}

/// An account as a write is about to trust it: its stored balance row, when it has one, as the
/// values `sealed::BALANCES` selects (account, name, currency, balance, last seq) with its MAC,
/// and the newest transaction with a posting on it.
#[derive(Debug, Clone)]
pub struct BalanceState {
    pub account_id: i64,
    /// `(values, mac)` of the balance row, or `None` when the account never moved.
    pub stored: Option<(Vec<rusqlite::types::Value>, Option<Vec<u8>>)>,
    pub newest_posting: Option<i64>,
}

impl BalanceState {
    /// The stored balance (0 when there is no row yet).
    pub fn balance_minor(&self) -> i64 {
        match self.stored.as_ref().and_then(|(v, _)| v.get(3)) {
            Some(rusqlite::types::Value::Integer(n)) => *n,
            _ => 0,
        }
    }

    /// The transaction the stored balance names as its last change.
    pub fn last_seq(&self) -> Option<i64> {
        match self.stored.as_ref().and_then(|(v, _)| v.get(4)) {
            Some(rusqlite::types::Value::Integer(n)) => Some(*n),
            _ => None,
        }
    }
}

/// Store an account's new balance, the transaction that set it and its MAC, in one statement.
pub fn set_balance(
    conn: &Connection,
    account_id: i64,
    balance_minor: i64,
    last_seq: i64,
    mac: &[u8],
) -> Result<()> {
    TxWrites::cached(conn).set_balance(account_id, balance_minor, last_seq, mac)
}

/// The accounts holding the user's own money.
pub fn own_accounts(conn: &Connection) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM accounts WHERE name LIKE 'wallet:%' OR name LIKE 'pending:%'
             OR name LIKE 'pending_out:%'",
    )?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<i64>>>()?)
}

/// Let every stored balance name its account's newest posting (sealing a wallet made before
/// balances named it).
pub fn name_newest_postings(conn: &Connection) -> Result<()> {
    conn.exec(
        "UPDATE balances SET last_seq = COALESCE((SELECT MAX(p.tx_seq) FROM postings p
             WHERE p.account_id = balances.account_id), 0)",
        [],
    )?;
    Ok(())
}

/// The newest transaction's seq.
pub fn last_seq(conn: &Connection) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT MAX(seq) FROM transactions")?
        .query_row([], |r| r.get(0))?)
}

/// Accounts whose stored balance does not name their newest posting: (name, currency).
pub fn stale_balances(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT a.name, a.currency FROM accounts a LEFT JOIN balances b ON b.account_id = a.id
         WHERE COALESCE(b.last_seq, 0) != COALESCE((SELECT MAX(p.tx_seq) FROM postings p
             WHERE p.account_id = a.id), 0)",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// An account's derived balance in one currency (0 when it never moved).
pub fn balance_of(conn: &Connection, name: &str, currency: &str) -> Result<i64> {
    Ok(conn
        .row(
            "SELECT b.balance_minor FROM balances b JOIN accounts a ON a.id = b.account_id
             WHERE a.name = ?1 AND a.currency = ?2",
            [name, currency],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(0))
}

/// Every account with its derived balance: (name, currency, balance).
pub fn balances(conn: &Connection) -> Result<Vec<(String, String, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT a.name, a.currency, COALESCE(b.balance_minor, 0)
         FROM accounts a LEFT JOIN balances b ON b.account_id = a.id ORDER BY a.name, a.currency",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Balances recomputed from the postings: (name, currency, sum).
pub fn recomputed_balances(conn: &Connection) -> Result<Vec<(String, String, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT a.name, a.currency, COALESCE(SUM(p.amount_minor), 0)
         FROM accounts a LEFT JOIN postings p ON p.account_id = a.id
         GROUP BY a.id ORDER BY a.name, a.currency",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Transactions whose postings do not sum to zero in some currency: (id, currency, sum).
pub fn unbalanced(conn: &Connection) -> Result<Vec<(String, String, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT t.id, a.currency, SUM(p.amount_minor) AS total
         FROM postings p JOIN accounts a ON a.id = p.account_id JOIN transactions t ON t.seq = p.tx_seq
         GROUP BY p.tx_seq, a.currency HAVING total != 0 ORDER BY p.tx_seq",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Set a transaction's derived status.
pub fn set_status(conn: &Connection, tx_seq: i64, status: &str, refunded_minor: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO tx_status (tx_seq, status, refunded_minor) VALUES (?1, ?2, ?3)
         ON CONFLICT (tx_seq) DO UPDATE SET status = excluded.status,
             refunded_minor = excluded.refunded_minor",
    )?
    .execute(params![tx_seq, status, refunded_minor])?;
    Ok(())
}

/// Set a transaction's derived status with its MAC, in one statement.
pub fn set_status_sealed(
    conn: &Connection,
    tx_seq: i64,
    status: &str,
    refunded_minor: i64,
    mac: &[u8],
) -> Result<()> {
    TxWrites::cached(conn).set_status_sealed(tx_seq, status, refunded_minor, mac)
}

/// A transaction's derived status and refunded amount.
pub fn status_of(conn: &Connection, tx_seq: i64) -> Result<Option<(String, i64)>> {
    Ok(conn
        .row(
            "SELECT status, refunded_minor FROM tx_status WHERE tx_seq = ?1",
            [tx_seq],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// One transaction by id.
pub fn tx_by_id(conn: &Connection, id: &str) -> Result<Option<TxRow>> {
    let sql = format!("SELECT {TX_COLUMNS} FROM transactions t WHERE t.id = ?1");
    Ok(conn.row(&sql, [id], tx_from_row).optional()?)
}

/// One transaction by seq.
pub fn tx_by_seq(conn: &Connection, seq: i64) -> Result<Option<TxRow>> {
    let sql = format!("SELECT {TX_COLUMNS} FROM transactions t WHERE t.seq = ?1");
    Ok(conn.row(&sql, [seq], tx_from_row).optional()?)
}

/// A transaction's postings: (account, currency, amount), by account name.
pub fn postings_of(conn: &Connection, tx_seq: i64) -> Result<Vec<(String, String, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.name, a.currency, p.amount_minor FROM postings p
         JOIN accounts a ON a.id = p.account_id WHERE p.tx_seq = ?1 ORDER BY a.name, a.currency",
    )?;
    let rows = stmt.query_map([tx_seq], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// A link as read back: the kind, the other transaction's seq and id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRow {
    pub kind: String,
    pub other_seq: i64,
    pub other_id: String,
}

/// Links from `tx_seq` to earlier transactions.
pub fn links_from(conn: &Connection, tx_seq: i64) -> Result<Vec<LinkRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.kind, l.target_seq, t.id FROM links l JOIN transactions t ON t.seq = l.target_seq
         WHERE l.tx_seq = ?1 ORDER BY l.target_seq",
    )?;
    let rows = stmt.query_map([tx_seq], |r| {
        Ok(LinkRow {
            kind: r.get(0)?,
            other_seq: r.get(1)?,
            other_id: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Links to `tx_seq` from later transactions.
pub fn links_to(conn: &Connection, tx_seq: i64) -> Result<Vec<LinkRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.kind, l.tx_seq, t.id FROM links l JOIN transactions t ON t.seq = l.tx_seq
         WHERE l.target_seq = ?1 ORDER BY l.tx_seq",
    )?;
    let rows = stmt.query_map([tx_seq], |r| {
        Ok(LinkRow {
            kind: r.get(0)?,
            other_seq: r.get(1)?,
            other_id: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Store a transaction's seal.
pub fn insert_seal(conn: &Connection, tx_seq: i64, mac: &[u8]) -> Result<()> {
    TxWrites::cached(conn).insert_seal(tx_seq, mac)
}

/// Replace a transaction's seal (a key rotation re-seals the chain; the ledger rows stay).
pub fn set_seal(conn: &Connection, tx_seq: i64, mac: &[u8]) -> Result<()> {
    conn.prepare_cached("UPDATE seals SET mac = ?2 WHERE tx_seq = ?1")?
        .execute(params![tx_seq, mac])?;
    Ok(())
}

/// A transaction's seal.
pub fn seal_of(conn: &Connection, tx_seq: i64) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .row("SELECT mac FROM seals WHERE tx_seq = ?1", [tx_seq], |r| {
            r.get(0)
        })
        .optional()?)
}

/// The chain head as stored: (count, head, head_mac).
pub type ChainHead = (i64, Vec<u8>, Option<Vec<u8>>);

/// The chain head and the newest transaction's seq, in one statement.
pub fn chain_and_newest(conn: &Connection) -> Result<Option<(ChainHead, Option<i64>)>> {
    Ok(conn
        .row(
            "SELECT count, head, head_mac, (SELECT MAX(seq) FROM transactions) FROM chain
             WHERE id = 1",
            [],
            |r| Ok(((r.get(0)?, r.get(1)?, r.get(2)?), r.get(3)?)),
        )
        .optional()?)
}

/// Two seals, either of which may be missing.
pub type SealPair = (Option<Vec<u8>>, Option<Vec<u8>>);

/// The seals of two transactions (`first` and `second`), in one statement.
pub fn seal_pair(conn: &Connection, first: i64, second: i64) -> Result<SealPair> {
    let mut stmt = conn.prepare_cached("SELECT tx_seq, mac FROM seals WHERE tx_seq IN (?1, ?2)")?;
    let rows = stmt.query_map([first, second], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?))
    })?;
    let (mut a, mut b) = (None, None);
    for row in rows {
        let (seq, mac) = row?;
        if seq == first {
            a = Some(mac);
        } else if seq == second {
            b = Some(mac);
        }
    }
    Ok((a, b))
}

/// The chain head (through [`chain_and_newest`]'s statement: one parse a process).
pub fn chain(conn: &Connection) -> Result<Option<ChainHead>> {
    Ok(chain_and_newest(conn)?.map(|(head, _)| head))
}

/// Move the chain head.
pub fn set_chain(conn: &Connection, count: i64, head: &[u8], head_mac: &[u8]) -> Result<()> {
    conn.exec(
        "UPDATE chain SET count = ?1, head = ?2, head_mac = ?3 WHERE id = 1",
        params![count, head, head_mac],
    )?;
    Ok(())
}

/// The number of transactions.
pub fn tx_count(conn: &Connection) -> Result<i64> {
    Ok(conn.row("SELECT COUNT(*) FROM transactions", [], |r| r.get(0))?)
}

/// Call `each` for every transaction in chain order (streams; does not load them all).
pub fn for_each_tx(conn: &Connection, mut each: impl FnMut(TxRow) -> Result<()>) -> Result<()> {
    let sql = format!("SELECT {TX_COLUMNS} FROM transactions t ORDER BY t.seq");
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        each(tx_from_row(row)?)?;
    }
    Ok(())
}

/// Every link: (tx_seq, target_seq, kind).
pub fn all_links(conn: &Connection) -> Result<Vec<(i64, i64, String)>> {
    let mut stmt = conn.prepare("SELECT tx_seq, target_seq, kind FROM links ORDER BY tx_seq")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Every stored derived status: (tx_seq, status, refunded).
pub fn all_statuses(conn: &Connection) -> Result<Vec<(i64, String, i64)>> {
    let mut stmt =
        conn.prepare("SELECT tx_seq, status, refunded_minor FROM tx_status ORDER BY tx_seq")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// An idempotency record: the request hash and the recorded transaction's seq.
pub fn idempotency_get(conn: &Connection, kind: &str, key: &str) -> Result<Option<(Vec<u8>, i64)>> {
    Ok(conn
        .row(
            "SELECT request_hash, tx_seq FROM idempotency WHERE kind = ?1 AND key = ?2",
            params![kind, key],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// The transaction whose sealed data names an idempotency key, if any (an index probe).
pub fn tx_naming_idempotency(conn: &Connection, kind: &str, key: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT seq FROM transactions
             WHERE json_extract(data, '$.idempotency.kind') = ?1
               AND json_extract(data, '$.idempotency.key') = ?2
               AND json_extract(data, '$.idempotency.key') IS NOT NULL
             LIMIT 1",
        )?
        .query_row(params![kind, key], |r| r.get(0))
        .optional()?)
}

/// The idempotency key a transaction's data names: (kind, key, request hash in hex).
pub fn idempotency_named_by(
    conn: &Connection,
    tx_seq: i64,
) -> Result<Option<(String, String, String)>> {
    Ok(conn
        .prepare_cached(
            "SELECT json_extract(data, '$.idempotency.kind'), json_extract(data, '$.idempotency.key'),
                    json_extract(data, '$.idempotency.hash')
             FROM transactions WHERE seq = ?1 AND json_extract(data, '$.idempotency.key') IS NOT NULL",
        )?
        .query_row([tx_seq], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?)
}

/// Whether an idempotency record carries a seal (records from before sealing do not).
pub fn idempotency_has_mac(conn: &Connection, kind: &str, key: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT mac IS NOT NULL FROM idempotency WHERE kind = ?1 AND key = ?2")?
        .query_row(params![kind, key], |r| r.get(0))
        .optional()?
        .unwrap_or(false))
}

/// Idempotency records and the transactions naming them that do not match each other, by
/// description (for `verify`). The transactions naming a key are read through their partial
/// index: without it this was a second full scan of the ledger, parsing every row's JSON
/// (13 % of `verify`).
pub fn idempotency_mismatches(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT t.id FROM transactions t INDEXED BY transactions_idempotency
         WHERE json_extract(t.data, '$.idempotency.key') IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM idempotency i
               WHERE i.kind = json_extract(t.data, '$.idempotency.kind')
                 AND i.key = json_extract(t.data, '$.idempotency.key')
                 AND i.tx_seq = t.seq
                 AND lower(hex(i.request_hash)) = json_extract(t.data, '$.idempotency.hash'))
         UNION ALL
         SELECT i.kind || '/' || i.key FROM idempotency i JOIN transactions t ON t.seq = i.tx_seq
         WHERE i.mac IS NOT NULL AND (json_extract(t.data, '$.idempotency.key') IS NOT i.key
             OR json_extract(t.data, '$.idempotency.kind') IS NOT i.kind)",
    )?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<String>>>()?)
}

/// Store an idempotency record with its MAC.
pub fn idempotency_put(
    conn: &Connection,
    kind: &str,
    key: &str,
    request_hash: &[u8],
    tx_seq: i64,
    at_ms: i64,
    mac: &[u8],
) -> Result<()> {
    conn.exec(
        "INSERT INTO idempotency (kind, key, request_hash, tx_seq, created_at_ms, mac)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![kind, key, request_hash, tx_seq, at_ms, mac],
    )?;
    Ok(())
}

/// Filters of `okpay history`; every field narrows the result.
#[derive(Debug, Clone, Default)]
pub struct HistoryQuery {
    pub from_ms: Option<i64>,
    pub to_ms: Option<i64>,
    pub kind: Option<String>,
    pub status: Option<String>,
    pub merchant: Option<String>,
    pub currency: Option<String>,
    /// (currency, minor) pairs: the minimum amount expressed in each currency in the wallet.
    pub min_minor: Vec<(String, i64)>,
    pub max_minor: Vec<(String, i64)>,
    pub search: Option<String>,
    pub limit: Option<u32>,
    /// Oldest first (exports) instead of newest first.
    pub oldest_first: bool,
    /// Leave out settlements (history shows a top-up and its settlement as one row).
    pub hide_settlements: bool,
    /// A merchant's name as recorded with its payments (a merchant this wallet does not know,
    /// as in an imported history).
    pub merchant_name: Option<String>,
}

/// A history row: the transaction and its derived status.
pub type HistoryRow = (TxRow, String, i64);

/// Transactions matching `q`, newest first, passed to `each` one at a time (streams).
pub fn history(
    conn: &Connection,
    q: &HistoryQuery,
    mut each: impl FnMut(HistoryRow) -> Result<()>,
) -> Result<()> {
    let mut clauses: Vec<String> = Vec::new();
    let mut args: Vec<SqlValue> = Vec::new();
    if let Some(v) = q.from_ms {
        clauses.push(bind(&mut args, "t.created_at_ms >= ?", v));
    }
    if let Some(v) = q.to_ms {
        clauses.push(bind(&mut args, "t.created_at_ms < ?", v));
    }
    if let Some(v) = &q.kind {
        clauses.push(bind(&mut args, "t.kind = ?", v.clone()));
    }
    if let Some(v) = &q.status {
        clauses.push(bind(&mut args, "s.status = ?", v.clone()));
    }
    if let Some(v) = &q.merchant {
        clauses.push(bind(&mut args, "t.merchant_id = ?", v.clone()));
    }
    if let Some(v) = &q.merchant_name {
        clauses.push(bind(
            &mut args,
            "json_extract(t.data, '$.merchant_name') = ?",
            v.clone(),
        ));
    }
    if q.hide_settlements {
        clauses.push("t.kind != 'settlement'".to_string());
    }
    if let Some(v) = &q.currency {
        clauses.push(bind(&mut args, "t.currency = ?", v.clone()));
    }
    for (bounds, op) in [(&q.min_minor, ">="), (&q.max_minor, "<=")] {
        if bounds.is_empty() {
            continue;
        }
        let mut alternatives = Vec::new();
        for (currency, minor) in bounds {
            let same_currency = bind(&mut args, "t.currency = ?", currency.clone());
            let amount = bind(&mut args, &format!("t.amount_minor {op} ?"), *minor);
            alternatives.push(format!("({same_currency} AND {amount})"));
        }
        clauses.push(format!("({})", alternatives.join(" OR ")));
    }
    if let Some(v) = &q.search {
        let escaped = v
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        args.push(format!("%{escaped}%").into());
        let n = args.len();
        let columns = [
            "t.id",
            "t.memo",
            "t.order_id",
            "t.merchant_id",
            "t.source_id",
            "t.data",
        ];
        let likes: Vec<String> = columns
            .iter()
            .map(|c| format!("{c} LIKE ?{n} ESCAPE '\\'"))
            .collect();
        clauses.push(format!("({})", likes.join(" OR ")));
    }
    let filter = if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    };
    let limit = q.limit.map(|n| format!("LIMIT {n}")).unwrap_or_default();
    let order = if q.oldest_first { "ASC" } else { "DESC" };
    let sql = format!(
        "SELECT {TX_COLUMNS}, s.status, s.refunded_minor FROM transactions t
         JOIN tx_status s ON s.tx_seq = t.seq {filter} ORDER BY t.seq {order} {limit}"
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(params_from_iter(args))?;
    while let Some(row) = rows.next()? {
        let tx = tx_from_row(row)?;
        each((tx, row.get(16)?, row.get(17)?))?;
    }
    Ok(())
}

/// Push `value` as the next parameter and number the `?` of `clause` after it.
fn bind(args: &mut Vec<SqlValue>, clause: &str, value: impl Into<SqlValue>) -> String {
    args.push(value.into());
    clause.replace('?', &format!("?{}", args.len()))
}

/// The currencies that appear in the wallet's accounts.
pub fn currencies(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT DISTINCT currency FROM accounts ORDER BY currency")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The oldest transaction's time, ms since the epoch.
pub fn first_created_ms(conn: &Connection) -> Result<Option<i64>> {
    Ok(
        conn.row("SELECT MIN(created_at_ms) FROM transactions", [], |r| {
            r.get(0)
        })?,
    )
}

/// Every account: (name, currency).
pub fn accounts(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare("SELECT name, currency FROM accounts ORDER BY name, currency")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// An account's id, if it exists (never creates one: reading commands are read-only).
pub fn find_account_id(conn: &Connection, name: &str, currency: &str) -> Result<Option<i64>> {
    Ok(conn
        .row(
            "SELECT id FROM accounts WHERE name = ?1 AND currency = ?2",
            [name, currency],
            |r| r.get(0),
        )
        .optional()?)
}

/// An account's balance from the transactions dated before `before_ms`.
pub fn balance_before(conn: &Connection, account_id: i64, before_ms: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "SELECT COALESCE(SUM(p.amount_minor), 0) FROM postings p
             JOIN transactions t ON t.seq = p.tx_seq
             WHERE p.account_id = ?1 AND t.created_at_ms < ?2",
        )?
        .query_row(params![account_id, before_ms], |r| r.get(0))?)
}

/// The postings on an account dated in `[from_ms, to_ms)`, with their transactions, in time
/// order.
pub fn postings_between(
    conn: &Connection,
    account_id: i64,
    from_ms: i64,
    to_ms: i64,
    mut each: impl FnMut(TxRow, i64) -> Result<()>,
) -> Result<()> {
    let sql = format!(
        "SELECT {TX_COLUMNS}, p.amount_minor FROM postings p JOIN transactions t ON t.seq = p.tx_seq
         WHERE p.account_id = ?1 AND t.created_at_ms >= ?2 AND t.created_at_ms < ?3
         ORDER BY t.created_at_ms, t.seq"
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(params![account_id, from_ms, to_ms])?;
    while let Some(row) = rows.next()? {
        let tx = tx_from_row(row)?;
        each(tx, row.get(16)?)?;
    }
    Ok(())
}

/// The fees of the transactions in one currency dated in `[from_ms, to_ms)` that went through.
pub fn fees_between(conn: &Connection, currency: &str, from_ms: i64, to_ms: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "SELECT COALESCE(SUM(fee_minor), 0) FROM transactions
             WHERE currency = ?1 AND created_at_ms >= ?2 AND created_at_ms < ?3
               AND status NOT IN ('failed', 'declined')",
        )?
        .query_row(params![currency, from_ms, to_ms], |r| r.get(0))?)
}

/// One row of `report spending`: a payment, or a refund of one (counted in its payment's group).
/// Its text borrows from the row SQLite holds and from the merchants read once: nothing is
/// allocated per payment.
#[derive(Clone)]
pub struct SpentRow<'a> {
    /// What the row adds to its group: the payment's amount, or minus the refund's.
    pub net_minor: i64,
    /// 1 for a payment, 0 for a refund (its payment was counted already).
    pub payments: u64,
    /// The payment's currency and time, whichever kind of row this is.
    pub currency: &'a str,
    pub created_at_ms: i64,
    pub merchant_id: Option<&'a str>,
    /// The payment's seq, to read its recorded JSON (`data`) by, only when its merchant's row
    /// does not say what a report asks (an unknown merchant, or one without a category).
    seq: i64,
    conn: &'a Connection,
    /// The merchant's name and category as its row has them, when the wallet knows it.
    merchant: Option<&'a (String, Option<String>)>,
}

impl<'a> SpentRow<'a> {
    /// The merchant's name: its row's, else (a merchant known only from an imported history)
    /// the one recorded with the payment (`data.merchant_name`). Checkout records the row's
    /// name, and merchants are never renamed, so the two agree wherever both exist.
    pub fn merchant_name(&self) -> Result<Option<std::borrow::Cow<'a, str>>> {
        match self.merchant {
            Some((name, _)) => Ok(Some(std::borrow::Cow::Borrowed(name.as_str()))),
            None => self.recorded("merchant_name"),
        }
    }

    /// The merchant's category now, else the one recorded with the payment.
    pub fn category(&self) -> Result<Option<std::borrow::Cow<'a, str>>> {
        match self.merchant {
            Some((_, Some(category))) => Ok(Some(std::borrow::Cow::Borrowed(category.as_str()))),
            _ => self.recorded("category"),
        }
    }

    /// A text field of the payment's recorded JSON, as SQLite's `json_extract` gives it: the
    /// string, else nothing (absent, or not a string). JSON that does not parse was not written
    /// by okpay: the row is reported as tampered with.
    fn recorded(&self, field: &str) -> Result<Option<std::borrow::Cow<'a, str>>> {
        let data: Option<Vec<u8>> = self
            .conn
            .row(
                "SELECT CAST(data AS BLOB) FROM transactions WHERE seq = ?1",
                [self.seq],
                |r| r.get(0),
            )
            .optional()?;
        let value: serde_json::Value = serde_json::from_slice(data.as_deref().unwrap_or(b"{}"))
            .map_err(|_| {
                crate::error::Error::new(
                    crate::error::Code::IntegrityError,
                    "err.integrity.tampered",
                )
                .arg_detail("table", "transactions")
                .arg_detail("row", self.seq)
            })?;
        Ok(value
            .get(field)
            .and_then(|v| v.as_str())
            .map(|text| std::borrow::Cow::Owned(text.to_string())))
    }
}

/// The payments `report spending` counts: succeeded ones. A payment's recorded status is
/// `succeeded` exactly when its derived status is succeeded, partially refunded or refunded
/// (only a succeeded payment can be refunded), so no join with `tx_status` is needed. Nor with
/// `merchants`: their names and categories are read once into memory (a join probed the
/// merchants' index for every payment, a fifth of an all-time report), and the payment's JSON
/// is read and parsed only for a merchant the wallet does not know.
const SPENT_SQL: &str = "SELECT t.seq, t.amount_minor, t.currency, t.created_at_ms, t.merchant_id
     FROM transactions t INDEXED BY transactions_created
     WHERE t.created_at_ms >= ?1 AND t.created_at_ms < ?2 AND t.kind = 'payment'
       AND t.status = 'succeeded'
     ORDER BY t.created_at_ms, t.seq";

/// The refunds of those payments: a refund always comes after its payment in the ledger, so
/// only the refunds after the period's first payment are read (`transactions_kind`), each with
/// its payment's seq, currency, time and merchant. What they sum to per payment is the
/// refunded amount its derived status carries.
const SPENT_REFUNDS_SQL: &str = "SELECT r.amount_minor, p.currency, p.created_at_ms, p.merchant_id,
            p.seq
     FROM transactions r INDEXED BY transactions_kind
     JOIN links l ON l.tx_seq = r.seq AND l.kind = 'refunds'
     JOIN transactions p ON p.seq = l.target_seq
     WHERE r.kind = 'refund' AND r.seq > ?3
       AND p.kind = 'payment' AND p.status = 'succeeded'
       AND p.created_at_ms >= ?1 AND p.created_at_ms < ?2
     ORDER BY r.seq";

/// Merchants' names and categories by id (FNV-hashed: a report looks one up for every payment).
type MerchantNames = crate::fnv::FnvHashMap<String, (String, Option<String>)>;

/// Every merchant's name and category, by id.
fn merchant_names(conn: &Connection) -> Result<MerchantNames> {
    Ok(super::merchants::list(conn)?
        .into_iter()
        .map(|m| (m.id, (m.name, m.category)))
        .collect())
}

/// Succeeded payments made in `[from_ms, to_ms)`, oldest first, then the refunds of those
/// payments, passed to `each`: [`spent_payments`] then [`spent_refunds`] on one connection.
pub fn payments_between(
    conn: &Connection,
    from_ms: i64,
    to_ms: i64,
    mut each: impl FnMut(&SpentRow<'_>) -> Result<()>,
) -> Result<()> {
    match spent_payments(conn, from_ms, to_ms, &mut each)? {
        Some(first_seq) => spent_refunds(conn, from_ms, to_ms, first_seq, each),
        None => Ok(()),
    }
}

/// Succeeded payments made in `[from_ms, to_ms)`, oldest first, passed to `each`: a range scan
/// of `transactions_created` (SQLite would otherwise walk every payment by kind and filter on
/// time: a one-day report read the whole ledger), reading only the columns a report needs.
/// Returns the smallest seq among them (where their refunds can begin), if any.
pub fn spent_payments(
    conn: &Connection,
    from_ms: i64,
    to_ms: i64,
    mut each: impl FnMut(&SpentRow<'_>) -> Result<()>,
) -> Result<Option<i64>> {
    let merchants = merchant_names(conn)?;
    let known = |id: Option<&str>| id.and_then(|id| merchants.get(id));
    let mut first_seq: Option<i64> = None;
    let mut stmt = conn.prepare(SPENT_SQL)?;
    let mut rows = stmt.query(params![from_ms, to_ms])?;
    while let Some(row) = rows.next()? {
        let seq: i64 = row.get(0)?;
        first_seq = Some(first_seq.map_or(seq, |s| s.min(seq)));
        let merchant_id = text_or_none(row.get_ref(4)?);
        each(&SpentRow {
            net_minor: row.get(1)?,
            payments: 1,
            currency: text_at(row, 2)?,
            created_at_ms: row.get(3)?,
            merchant_id,
            seq,
            conn,
            merchant: known(merchant_id),
        })?;
    }
    Ok(first_seq)
}

/// The refunds of the payments [`spent_payments`] passed on (made in `[from_ms, to_ms)`, the
/// first of them `first_seq`), each against its payment's group.
pub fn spent_refunds(
    conn: &Connection,
    from_ms: i64,
    to_ms: i64,
    first_seq: i64,
    mut each: impl FnMut(&SpentRow<'_>) -> Result<()>,
) -> Result<()> {
    let merchants = merchant_names(conn)?;
    let known = |id: Option<&str>| id.and_then(|id| merchants.get(id));
    let mut stmt = conn.prepare(SPENT_REFUNDS_SQL)?;
    let mut rows = stmt.query(params![from_ms, to_ms, first_seq])?;
    while let Some(row) = rows.next()? {
        let amount: i64 = row.get(0)?;
        let merchant_id = text_or_none(row.get_ref(3)?);
        each(&SpentRow {
            net_minor: amount.saturating_neg(),
            payments: 0,
            currency: text_at(row, 1)?,
            created_at_ms: row.get(2)?,
            merchant_id,
            seq: row.get(4)?,
            conn,
            merchant: known(merchant_id),
        })?;
    }
    Ok(())
}

/// Transactions below which a report reads its payments on one connection: a second one costs
/// about a millisecond to open (the schema, on the second core), what half the scan of a few
/// thousand transactions saves.
pub const SPLIT_FROM: i64 = 10_000;

/// Where to cut `[from_ms, to_ms)` in two for a report read on two connections at once: the
/// time of the transaction halfway through the ledger (one probe), when the ledger holds
/// `split_from` transactions or more and that time falls inside the period. Any cut gives the same report: the earlier
/// part is read first, as one scan in time order would.
pub fn spent_split(
    conn: &Connection,
    from_ms: i64,
    to_ms: i64,
    split_from: i64,
) -> Result<Option<i64>> {
    let middle: Option<(i64, i64)> = conn
        .row(
            "SELECT m.seq, m.created_at_ms FROM transactions m
             WHERE m.seq = (SELECT MAX(seq) FROM transactions) / 2",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(match middle {
        Some((seq, at)) if seq.saturating_mul(2) >= split_from && from_ms < at && at < to_ms => {
            Some(at)
        }
        _ => None,
    })
}

/// Column `at` of `row` as text borrowed from SQLite (a type error when it is not text).
fn text_at<'a>(row: &'a rusqlite::Row<'_>, at: usize) -> Result<&'a str> {
    let value = row.get_ref(at)?;
    Ok(value.as_str().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(at, value.data_type(), Box::new(e))
    })?)
}

/// A text column or JSON field as SQLite gives it: its text, or nothing when it is absent or not
/// a string.
fn text_or_none(value: rusqlite::types::ValueRef<'_>) -> Option<&str> {
    match value {
        rusqlite::types::ValueRef::Text(t) => std::str::from_utf8(t).ok(),
        _ => None,
    }
}

/// Whether any transaction is pending (a top-up or a transfer waiting for its rail): one probe
/// of the partial index, so that a command with nothing pending prepares none of the queries
/// that list pending top-ups and transfers (joins a payment or `balance` paid for every time).
pub fn any_pending(conn: &Connection) -> Result<bool> {
    Ok(conn.row(
        "SELECT EXISTS (SELECT 1 FROM tx_status INDEXED BY tx_status_pending
         WHERE status = 'pending')",
        [],
        |r| r.get(0),
    )?)
}

/// Each of the user's own accounts (`wallet:`, `pending:`, `pending_out:`): `(account id, its
/// newest posting's seq, the seq its stored balance names)`, 0 for none. One statement of index
/// probes, for the structure check every reading command makes.
pub fn own_balance_heads(conn: &Connection) -> Result<Vec<(i64, i64, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id,
                COALESCE((SELECT p.tx_seq FROM postings p WHERE p.account_id = a.id
                          ORDER BY p.tx_seq DESC LIMIT 1), 0),
                COALESCE((SELECT b.last_seq FROM balances b WHERE b.account_id = a.id), 0)
         FROM accounts a
         WHERE a.name LIKE 'wallet:%' OR a.name LIKE 'pending:%' OR a.name LIKE 'pending_out:%'",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

#[cfg(test)]
mod plan_tests {
    /// A report row names its merchant as SQLite's `COALESCE(merchant row, recorded JSON)` did:
    /// the merchant's row where the wallet knows it (its category too, unless it has none), the
    /// payment's JSON otherwise; a refund is counted against its payment's merchant; JSON that
    /// does not parse is reported as tampered with, not skipped.
    #[test]
    fn spending_rows_take_names_from_the_merchant_row_else_from_the_payment() {
        let conn = crate::store::tests::memory();
        conn.execute_batch(
            "INSERT INTO merchants (id, name, category, origin, created_at_ms)
                 VALUES ('mer_A', 'Alpha', 'food', 'added', 0), ('mer_B', 'Beta', NULL, 'added', 0);
             INSERT INTO transactions (seq, id, kind, status, amount_minor, currency, created_at_ms, merchant_id, data)
                 VALUES (1, 'tx_1', 'payment', 'succeeded', 100, 'CNY', 10, 'mer_A',
                         '{\"merchant_name\":\"typed\",\"category\":\"other\"}'),
                        (2, 'tx_2', 'payment', 'succeeded', 200, 'CNY', 20, 'mer_B',
                         '{\"category\":\"travel\"}'),
                        (3, 'tx_3', 'payment', 'succeeded', 300, 'EUR', 30, 'mer_gone',
                         '{\"merchant_name\":\"Caf\\u00e9 \\\"Z\\\"\",\"category\":7}'),
                        (4, 'tx_4', 'payment', 'succeeded', 400, 'CNY', 40, NULL, '{}'),
                        (5, 'tx_5', 'refund', 'succeeded', 50, 'EUR', 50, NULL, '{}');
             INSERT INTO links (tx_seq, kind, target_seq) VALUES (5, 'refunds', 3);",
        )
        .unwrap();
        let mut seen = Vec::new();
        super::payments_between(&conn, 0, 100, |row| {
            seen.push((
                row.net_minor,
                row.payments,
                row.currency.to_string(),
                row.merchant_id.map(str::to_string),
                row.merchant_name()?.map(|n| n.into_owned()),
                row.category()?.map(|c| c.into_owned()),
            ));
            Ok(())
        })
        .unwrap();
        let s = |t: &str| Some(t.to_string());
        assert_eq!(
            seen,
            vec![
                (100, 1, "CNY".into(), s("mer_A"), s("Alpha"), s("food")),
                (200, 1, "CNY".into(), s("mer_B"), s("Beta"), s("travel")),
                (300, 1, "EUR".into(), s("mer_gone"), s("Café \"Z\""), None),
                (400, 1, "CNY".into(), None, None, None),
                (-50, 0, "EUR".into(), s("mer_gone"), s("Café \"Z\""), None),
            ]
        );
        // Not JSON (the idempotency index refuses it; dropped here, as a forger would): the row
        // is named, nothing is made up.
        let conn = crate::store::tests::memory();
        conn.execute_batch(
            "DROP INDEX transactions_idempotency;
             INSERT INTO transactions (seq, id, kind, status, amount_minor, currency, created_at_ms, merchant_id, data)
                 VALUES (1, 'tx_1', 'payment', 'succeeded', 100, 'CNY', 10, 'mer_x', '{not json');",
        )
        .unwrap();
        let err = super::payments_between(&conn, 0, 100, |row| row.merchant_name().map(drop))
            .unwrap_err();
        assert_eq!(err.code, crate::error::Code::IntegrityError);
    }

    /// `report spending` over a period reads that period: a range of the time index, in its
    /// order (no sort), whatever the ledger's size.
    #[test]
    fn spending_is_a_range_of_the_time_index_without_a_sort() {
        let conn = crate::store::tests::memory();
        let mut stmt = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {}", super::SPENT_SQL))
            .unwrap();
        let plan: Vec<String> = stmt
            .query_map([0, 1], |r| r.get(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let plan = plan.join("\n");
        assert!(
            plan.contains(
                "SEARCH t USING INDEX transactions_created (created_at_ms>? AND created_at_ms<?)"
            ),
            "{plan}"
        );
        assert!(!plan.contains("TEMP B-TREE"), "{plan}");
        assert!(!plan.contains("tx_status"), "{plan}");
        // The refunds: a range of the kind index from the period's first payment on.
        let mut stmt = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {}", super::SPENT_REFUNDS_SQL))
            .unwrap();
        let plan: Vec<String> = stmt
            .query_map([0, 1, 0], |r| r.get(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let plan = plan.join("\n");
        assert!(
            plan.contains("SEARCH r USING INDEX transactions_kind (kind=? AND seq>?)"),
            "{plan}"
        );
        assert!(!plan.contains("TEMP B-TREE"), "{plan}");
        let mut seen = 0;
        super::payments_between(&conn, 0, i64::MAX, |_| {
            seen += 1;
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, 0);
    }
}
