//! Ids as people type and read them: ids by prefix (through each table's unique index), the
//! neighbours of an id (for the shortest unique prefix shown in tables), sources by label,
//! merchants by name, and the recent ids offered by shell completion.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;
use crate::store::Cached;

/// The kinds of id, by their tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Transaction,
    Source,
    Merchant,
    Ticket,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 4] = [
        Kind::Transaction,
        Kind::Source,
        Kind::Merchant,
        Kind::Ticket,
    ];

    /// The tag before the `_`: `tx`, `src`, `mer`, `tkt`.
    pub fn tag(self) -> &'static str {
        match self {
            Kind::Transaction => "tx",
            Kind::Source => "src",
            Kind::Merchant => "mer",
            Kind::Ticket => "tkt",
        }
    }

    /// The table whose unique `id` column holds them.
    fn table(self) -> &'static str {
        match self {
            Kind::Transaction => "transactions",
            Kind::Source => "sources",
            Kind::Merchant => "merchants",
            Kind::Ticket => "tickets",
        }
    }

    /// The kind an id belongs to, by its tag.
    pub fn of(id: &str) -> Option<Kind> {
        let (tag, _) = id.split_once('_')?;
        Kind::ALL.into_iter().find(|k| k.tag() == tag)
    }
}

/// Every character of an id sorts below `~`: `[prefix, prefix~)` is the range of ids starting
/// with `prefix`, read through the unique index.
const ABOVE_ID_CHARS: &str = "~";

/// The ids of `kind` starting with `prefix`, in order, at most `limit`.
pub fn with_prefix(conn: &Connection, kind: Kind, prefix: &str, limit: u32) -> Result<Vec<String>> {
    let sql = format!(
        "SELECT id FROM {} WHERE id >= ?1 AND id < ?2 ORDER BY id LIMIT ?3",
        kind.table()
    );
    let upper = format!("{prefix}{ABOVE_ID_CHARS}");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![prefix, upper, limit], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<String>>>()?)
}

/// The ids just before and just after `id` among those of its kind.
pub fn neighbours(
    conn: &Connection,
    kind: Kind,
    id: &str,
) -> Result<(Option<String>, Option<String>)> {
    let table = kind.table();
    let before = conn.row(
        &format!("SELECT max(id) FROM {table} WHERE id < ?1"),
        [id],
        |r| r.get(0),
    )?;
    let after = conn.row(
        &format!("SELECT min(id) FROM {table} WHERE id > ?1"),
        [id],
        |r| r.get(0),
    )?;
    Ok((before, after))
}

/// The sources labelled `label` (any ASCII letter case), oldest first: `(id, removed)`.
pub fn sources_labelled(conn: &Connection, label: &str) -> Result<Vec<(String, bool)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, removed_at_ms IS NOT NULL FROM sources
         WHERE label = ?1 COLLATE NOCASE ORDER BY seq",
    )?;
    let rows = stmt.query_map([label], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The merchant named `name` (names are unique whatever the ASCII letter case).
pub fn merchant_named(conn: &Connection, name: &str) -> Result<Option<String>> {
    Ok(conn
        .row(
            "SELECT id FROM merchants WHERE name = ?1 COLLATE NOCASE",
            [name],
            |r| r.get(0),
        )
        .optional()?)
}

/// A candidate for shell completion: the value and a short description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub value: String,
    pub about: String,
}

/// A source as completion shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceBrief {
    pub id: String,
    pub label: Option<String>,
    pub masked: String,
    pub currency: String,
}

/// The sources in use, oldest first.
pub fn source_candidates(conn: &Connection) -> Result<Vec<SourceBrief>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, label, masked, currency FROM sources WHERE removed_at_ms IS NULL ORDER BY seq",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(SourceBrief {
            id: r.get(0)?,
            label: r.get(1)?,
            masked: r.get(2)?,
            currency: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The merchants, by name, with their ids: `(id, name, blocked)`.
pub fn merchant_candidates(conn: &Connection, limit: u32) -> Result<Vec<(String, String, bool)>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, name, blocked FROM merchants ORDER BY seq DESC LIMIT ?1")?;
    let rows = stmt.query_map([limit], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// How far back completion looks for transactions: the newest rows only, so a tab press stays
/// instant in a wallet of millions.
const RECENT_SCAN_ROWS: i64 = 5000;

/// A transaction as completion shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TxBrief {
    pub id: String,
    pub kind: String,
    pub status: String,
    pub amount_minor: i64,
    pub currency: String,
}

/// The newest transactions (among the last [`RECENT_SCAN_ROWS`]), newest first, optionally of
/// one kind and some statuses.
pub fn recent_transactions(
    conn: &Connection,
    kind: Option<&str>,
    statuses: &[&str],
    limit: u32,
) -> Result<Vec<TxBrief>> {
    let wanted = statuses.join(",");
    let mut stmt = conn.prepare_cached(
        "SELECT id, kind, status, amount_minor, currency FROM transactions
         WHERE seq > (SELECT coalesce(max(seq), 0) FROM transactions) - ?4
           AND (?1 IS NULL OR kind = ?1)
           AND (?2 = '' OR instr(',' || ?2 || ',', ',' || status || ',') > 0)
         ORDER BY seq DESC LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![kind, wanted, limit, RECENT_SCAN_ROWS], |r| {
        Ok(TxBrief {
            id: r.get(0)?,
            kind: r.get(1)?,
            status: r.get(2)?,
            amount_minor: r.get(3)?,
            currency: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The newest tickets, newest first: `(id, subject, status)`.
pub fn ticket_candidates(conn: &Connection, limit: u32) -> Result<Vec<(String, String, String)>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, subject, status FROM tickets ORDER BY seq DESC LIMIT ?1")?;
    let rows = stmt.query_map([limit], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
