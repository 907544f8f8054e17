//! The ledger read in sequence order for `verify`, as four cursors that each walk one index
//! once: transactions (with their seal and stored status, joined by primary key), postings by
//! transaction, links by the linking transaction and links by their target. The caller merges
//! them by sequence number, so memory stays constant whatever the ledger's size.

use rusqlite::{Connection, Row, Rows, Statement};

use super::ledger::{tx_from_row, TxRow, TX_COLUMNS};
use crate::error::Result;

/// A transaction with its seal and its stored derived status.
pub struct ScanTx {
    pub row: TxRow,
    pub seal: Option<Vec<u8>>,
    pub stored_status: Option<(String, i64)>,
}

/// A posting: (tx_seq, account name, currency, amount).
pub type ScanPosting = (i64, String, String, i64);

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
            postings: conn.prepare(
                "SELECT p.tx_seq, a.name, a.currency, p.amount_minor FROM postings p
                 LEFT JOIN accounts a ON a.id = p.account_id ORDER BY p.tx_seq",
            )?,
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
                Ok((
                    r.get(0)?,
                    r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                    r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                    r.get(3)?,
                ))
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
