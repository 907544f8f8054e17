//! The ledger read in sequence order for `verify`, as four cursors that each walk one index
//! once: transactions (with their seal and stored status, joined by primary key), postings by
//! transaction, links by the linking transaction and links by their target. The caller merges
//! them by sequence number, so memory stays constant whatever the ledger's size.

use rusqlite::{Connection, Row, Rows, Statement};

use super::ledger::{tx_from_row, TxRow, TX_COLUMNS, TX_COLUMNS_LEN};
use crate::error::Result;

/// A transaction with its seal and its stored derived status.
pub struct ScanTx {
    pub row: TxRow,
    pub seal: Option<Vec<u8>>,
    pub stored_status: Option<(String, i64)>,
}

/// A posting: (tx_seq, account id, amount); [`accounts`] names the accounts.
pub type ScanPosting = (i64, i64, i64);

/// A link from `tx_seq`: (tx_seq, kind, target_seq, target id, target kind, target status);
/// the target's columns are `None` when it does not exist.
pub type ScanLinkFrom = (
    i64,
    String,
    i64,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// A link to `target_seq`: (target_seq, kind, linking seq, linking amount).
pub type ScanLinkTo = (i64, String, i64, Option<i64>);

/// The prepared statements of a scan; [`Statements::cursors`] starts it.
pub struct Statements<'c> {
    txs: Statement<'c>,
    postings: Statement<'c>,
    links_from: Statement<'c>,
    links_to: Statement<'c>,
}

impl<'c> Statements<'c> {
    pub fn prepare(conn: &'c Connection) -> Result<Statements<'c>> {
        let txs = format!(
            "SELECT {TX_COLUMNS}, s.mac, st.status, st.refunded_minor FROM transactions t
             LEFT JOIN seals s ON s.tx_seq = t.seq LEFT JOIN tx_status st ON st.tx_seq = t.seq
             ORDER BY t.seq"
        );
        Ok(Statements {
            txs: conn.prepare(&txs)?,
            postings: conn
                .prepare("SELECT tx_seq, account_id, amount_minor FROM postings ORDER BY tx_seq")?,
            links_from: conn.prepare(
                "SELECT l.tx_seq, l.kind, l.target_seq, t.id, t.kind, t.status FROM links l
                 LEFT JOIN transactions t ON t.seq = l.target_seq ORDER BY l.tx_seq, l.target_seq",
            )?,
            links_to: conn.prepare(
                "SELECT l.target_seq, l.kind, l.tx_seq, f.amount_minor FROM links l
                 INDEXED BY links_target LEFT JOIN transactions f ON f.seq = l.tx_seq
                 ORDER BY l.target_seq, l.tx_seq",
            )?,
        })
    }

    pub fn cursors(&mut self) -> Result<Cursors<'_>> {
        Ok(Cursors {
            txs: Cursor::new(self.txs.query([])?, scan_tx)?,
            postings: Cursor::new(self.postings.query([])?, |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?,
            links_from: Cursor::new(self.links_from.query([])?, |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })?,
            links_to: Cursor::new(self.links_to.query([])?, |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?,
        })
    }
}

fn scan_tx(r: &Row<'_>) -> rusqlite::Result<ScanTx> {
    let status: Option<String> = r.get(17)?;
    let refunded: Option<i64> = r.get(18)?;
    Ok(ScanTx {
        row: tx_from_row(r)?,
        seal: r.get(16)?,
        stored_status: status.map(|s| (s, refunded.unwrap_or(0))),
    })
}

/// The four cursors of a scan.
pub struct Cursors<'s> {
    pub txs: Cursor<'s, ScanTx>,
    pub postings: Cursor<'s, ScanPosting>,
    pub links_from: Cursor<'s, ScanLinkFrom>,
    pub links_to: Cursor<'s, ScanLinkTo>,
}

/// Rows with one row of look-ahead.
pub struct Cursor<'s, T> {
    rows: Rows<'s>,
    map: fn(&Row<'_>) -> rusqlite::Result<T>,
    next: Option<T>,
}

impl<'s, T> Cursor<'s, T> {
    fn new(mut rows: Rows<'s>, map: fn(&Row<'_>) -> rusqlite::Result<T>) -> Result<Self> {
        let next = match rows.next()? {
            Some(r) => Some(map(r)?),
            None => None,
        };
        Ok(Cursor { rows, map, next })
    }

    /// The next row, without taking it.
    pub fn peek(&self) -> Option<&T> {
        self.next.as_ref()
    }

    /// Take the next row.
    pub fn take(&mut self) -> Result<Option<T>> {
        let following = match self.rows.next()? {
            Some(r) => Some((self.map)(r)?),
            None => None,
        };
        Ok(std::mem::replace(&mut self.next, following))
    }
}

/// Every account by id: (name, currency). A scan names its postings' accounts from this map
/// rather than joining `accounts` for each posting (the accounts are few, the postings many).
pub fn accounts(conn: &Connection) -> Result<std::collections::HashMap<i64, (String, String)>> {
    let mut statement = conn.prepare("SELECT id, name, currency FROM accounts")?;
    let rows = statement.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Transactions in the ledger (for the progress bar's total).
pub fn tx_total(conn: &Connection) -> Result<i64> {
    Ok(
        conn.query_row("SELECT COALESCE(MAX(seq), 0) FROM transactions", [], |r| {
            r.get(0)
        })?,
    )
}

/// Read the file through system calls rather than the memory map from now on, so that a scan
/// of the whole ledger keeps only SQLite's small page cache resident (a mapped file counts in
/// the process's memory as its pages are touched: 256 MiB at a million transactions).
pub fn unmap(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "mmap_size", 0)?;
    Ok(())
}

/// One transaction in full: the stored row, its derived status, its postings `(account,
/// currency, amount)` by account name and its outgoing links `(kind, target id)` by target.
#[derive(Debug, Clone)]
pub struct FullTx {
    pub row: TxRow,
    /// The derived status.
    pub status: String,
    pub refunded_minor: i64,
    pub postings: Vec<(String, String, i64)>,
    pub links: Vec<(String, String)>,
}

/// Every transaction created in `[from_ms, to_ms)` in full, oldest first, one at a time: three
/// cursors (transactions with their status, postings, links), each walking its primary key once
/// over the seq range the transactions span, merged by seq. Three queries in all, whatever the
/// number of transactions, and constant memory.
pub fn transactions_in_full(
    conn: &Connection,
    from_ms: Option<i64>,
    to_ms: Option<i64>,
    mut each: impl FnMut(FullTx) -> Result<()>,
) -> Result<()> {
    let bounds: Vec<(&str, i64)> = [(">=", from_ms), ("<", to_ms)]
        .into_iter()
        .filter_map(|(op, ms)| Some((op, ms?)))
        .collect();
    // ` AND t.created_at_ms >= ?N ...`, numbered from `first`.
    let when = |first: usize| -> String {
        bounds
            .iter()
            .enumerate()
            .map(|(i, (op, _))| format!(" AND t.created_at_ms {op} ?{}", first + i))
            .collect()
    };
    let args: Vec<i64> = bounds.iter().map(|(_, ms)| *ms).collect();
    // The seq range first (the time index when there is a range; the ends of the table when
    // not), so the postings and links cursors start and stop where the transactions do.
    let (first, last): (Option<i64>, Option<i64>) = conn.query_row(
        &format!(
            "SELECT MIN(t.seq), MAX(t.seq) FROM transactions t WHERE 1{}",
            when(1)
        ),
        rusqlite::params_from_iter(&args),
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let (Some(first), Some(last)) = (first, last) else {
        return Ok(());
    };
    let mut range_args = vec![first, last];
    range_args.extend(&args);
    let mut txs = conn.prepare(&format!(
        "SELECT {TX_COLUMNS}, s.status, s.refunded_minor FROM transactions t
         JOIN tx_status s ON s.tx_seq = t.seq WHERE t.seq BETWEEN ?1 AND ?2{} ORDER BY t.seq",
        when(3)
    ))?;
    let mut postings = conn.prepare(
        "SELECT p.tx_seq, a.name, a.currency, p.amount_minor FROM postings p
         CROSS JOIN accounts a ON a.id = p.account_id
         WHERE p.tx_seq BETWEEN ?1 AND ?2 ORDER BY p.tx_seq",
    )?;
    let mut links = conn.prepare(
        "SELECT l.tx_seq, l.kind, t.id FROM links l CROSS JOIN transactions t ON t.seq = l.target_seq
         WHERE l.tx_seq BETWEEN ?1 AND ?2 ORDER BY l.tx_seq, l.target_seq",
    )?;
    let mut txs = Cursor::new(txs.query(rusqlite::params_from_iter(&range_args))?, |r| {
        Ok((
            tx_from_row(r)?,
            r.get::<_, String>(TX_COLUMNS_LEN)?,
            r.get::<_, i64>(TX_COLUMNS_LEN + 1)?,
        ))
    })?;
    let mut postings: Cursor<'_, (i64, String, String, i64)> =
        Cursor::new(postings.query([first, last])?, |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
    let mut links: Cursor<'_, (i64, String, String)> =
        Cursor::new(links.query([first, last])?, |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    while let Some((row, status, refunded_minor)) = txs.take()? {
        let seq = row.seq;
        let mut tx_postings = Vec::new();
        while let Some(&(at, ..)) = postings.peek() {
            if at > seq {
                break;
            }
            if let Some((at, account, currency, amount)) = postings.take()? {
                if at == seq {
                    tx_postings.push((account, currency, amount));
                }
            }
        }
        // By account name and currency, as `postings_of` gives them.
        tx_postings.sort();
        let mut tx_links = Vec::new();
        while let Some(&(at, ..)) = links.peek() {
            if at > seq {
                break;
            }
            if let Some((at, kind, id)) = links.take()? {
                if at == seq {
                    tx_links.push((kind, id));
                }
            }
        }
        each(FullTx {
            row,
            status,
            refunded_minor,
            postings: tx_postings,
            links: tx_links,
        })?;
    }
    Ok(())
}

/// The changes to the wallet's available balances (`wallet:` accounts), newest first, each at
/// the transaction it is attributed to: a settlement's at the top-up it settles (history shows
/// the two as one row), any other posting at its own. Two cursors, one per attribution, each
/// walking an index backwards once; [`Attribution::changes_after`] merges them.
pub struct AttributionStatements<'c> {
    own: Statement<'c>,
    settled: Statement<'c>,
    /// The wallet accounts: (id, currency).
    accounts: Vec<(i64, String)>,
}

/// `(seq it counts at, account id, amount)`.
type Change = (i64, i64, i64);

impl<'c> AttributionStatements<'c> {
    pub fn prepare(conn: &'c Connection) -> Result<AttributionStatements<'c>> {
        let mut accounts = conn.prepare(
            "SELECT id, currency FROM accounts WHERE name = 'wallet:' || currency ORDER BY id",
        )?;
        let accounts = accounts
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<(i64, String)>>>()?;
        Ok(AttributionStatements {
            // `+p.account_id`: walk the postings' primary key backwards, never the account
            // index (which would need every posting sorted first).
            own: conn.prepare(
                "SELECT p.tx_seq, p.account_id, p.amount_minor FROM postings p
                 WHERE +p.account_id IN (SELECT id FROM accounts
                                          WHERE name = 'wallet:' || currency)
                   AND NOT EXISTS (SELECT 1 FROM links l
                       WHERE l.tx_seq = p.tx_seq AND l.kind = 'settles')
                 ORDER BY p.tx_seq DESC",
            )?,
            settled: conn.prepare(
                "SELECT l.target_seq, p.account_id, p.amount_minor FROM links l
                 INDEXED BY links_target CROSS JOIN postings p ON p.tx_seq = l.tx_seq
                 WHERE l.kind = 'settles'
                   AND +p.account_id IN (SELECT id FROM accounts
                                          WHERE name = 'wallet:' || currency)
                 ORDER BY l.target_seq DESC",
            )?,
            accounts,
        })
    }

    pub fn cursors(&mut self) -> Result<Attribution<'_>> {
        let change: fn(&Row<'_>) -> rusqlite::Result<Change> =
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?));
        Ok(Attribution {
            own: Cursor::new(self.own.query([])?, change)?,
            settled: Cursor::new(self.settled.query([])?, change)?,
            accounts: &self.accounts,
        })
    }
}

/// The two cursors of [`AttributionStatements`].
pub struct Attribution<'s> {
    own: Cursor<'s, Change>,
    settled: Cursor<'s, Change>,
    accounts: &'s [(i64, String)],
}

impl Attribution<'_> {
    /// Take every change attributed to a transaction after `seq` not taken yet, passing each
    /// `(currency, amount)` to `add`. Called with decreasing `seq`, it reads each change once.
    pub fn changes_after(&mut self, seq: i64, mut add: impl FnMut(&str, i64)) -> Result<()> {
        for cursor in [&mut self.own, &mut self.settled] {
            while cursor.peek().is_some_and(|(at, ..)| *at > seq) {
                if let Some((_, account, amount)) = cursor.take()? {
                    if let Ok(i) = self.accounts.binary_search_by_key(&account, |(id, _)| *id) {
                        add(&self.accounts[i].1, amount);
                    }
                }
            }
        }
        Ok(())
    }
}

/// The links of each transaction both ways, for transactions visited newest first: two cursors
/// walking the links' primary key and their target index backwards once.
pub struct LinkStatements<'c> {
    from: Statement<'c>,
    to: Statement<'c>,
}

/// `(seq, kind, the other transaction's id)`.
type LinkEnd = (i64, String, String);

impl<'c> LinkStatements<'c> {
    pub fn prepare(conn: &'c Connection) -> Result<LinkStatements<'c>> {
        Ok(LinkStatements {
            from: conn.prepare(
                "SELECT l.tx_seq, l.kind, t.id FROM links l
                 CROSS JOIN transactions t ON t.seq = l.target_seq
                 ORDER BY l.tx_seq DESC, l.target_seq DESC",
            )?,
            to: conn.prepare(
                "SELECT l.target_seq, l.kind, t.id FROM links l INDEXED BY links_target
                 CROSS JOIN transactions t ON t.seq = l.tx_seq
                 ORDER BY l.target_seq DESC, l.tx_seq DESC",
            )?,
        })
    }

    pub fn cursors(&mut self) -> Result<LinkCursors<'_>> {
        let end: fn(&Row<'_>) -> rusqlite::Result<LinkEnd> =
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?));
        Ok(LinkCursors {
            from: Cursor::new(self.from.query([])?, end)?,
            to: Cursor::new(self.to.query([])?, end)?,
        })
    }
}

/// The two cursors of [`LinkStatements`].
pub struct LinkCursors<'s> {
    from: Cursor<'s, LinkEnd>,
    to: Cursor<'s, LinkEnd>,
}

/// A transaction's links: `(kind, target id)` to earlier transactions by target, and `(kind,
/// linking id)` from later ones by the linking transaction, as `links_from` and `links_to` give
/// them.
pub type LinksBothWays = (Vec<(String, String)>, Vec<(String, String)>);

impl LinkCursors<'_> {
    /// The links of transaction `seq`; called with decreasing `seq`, each link is read once.
    pub fn links_of(&mut self, seq: i64) -> Result<LinksBothWays> {
        let mut out: LinksBothWays = (Vec::new(), Vec::new());
        for (cursor, found) in [(&mut self.from, &mut out.0), (&mut self.to, &mut out.1)] {
            while let Some(&(at, ..)) = cursor.peek() {
                if at < seq {
                    break;
                }
                if let Some((at, kind, id)) = cursor.take()? {
                    if at == seq {
                        found.push((kind, id));
                    }
                }
            }
            // Read backwards: put them in the order of the other end's seq.
            found.reverse();
        }
        Ok(out)
    }
}
