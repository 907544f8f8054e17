//! Queries of the support desk: contact channels the user changed, the maintenance window, and
//! tickets with their messages and attachments. The rules live in `crate::support` and the
//! wallet facade; every row written here is sealed by the caller in the same write.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;

/// Every contact channel the user changed: (key, value), by key.
pub fn contacts(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare("SELECT key, value FROM support_contact ORDER BY key")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Set one contact channel.
pub fn set_contact(conn: &Connection, key: &str, value: &str, at_ms: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO support_contact (key, value, changed_at_ms) VALUES (?1, ?2, ?3)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value,
             changed_at_ms = excluded.changed_at_ms",
        params![key, value, at_ms],
    )?;
    Ok(())
}

/// Go back to a channel's default.
pub fn reset_contact(conn: &Connection, key: &str) -> Result<()> {
    conn.execute("DELETE FROM support_contact WHERE key = ?1", [key])?;
    Ok(())
}

/// The maintenance window as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowRow {
    pub from_ms: i64,
    pub until_ms: Option<i64>,
    pub note: Option<String>,
    pub set_at_ms: i64,
}

/// The settings row's maintenance flag and the window row, if any.
pub fn maintenance(conn: &Connection) -> Result<(bool, Option<WindowRow>)> {
    let flag: bool = conn
        .prepare_cached("SELECT maintenance FROM wallet WHERE id = 1")?
        .query_row([], |r| r.get(0))?;
    let window = conn
        .prepare_cached(
            "SELECT from_ms, until_ms, note, set_at_ms FROM maintenance_window WHERE id = 1",
        )?
        .query_row([], |r| {
            Ok(WindowRow {
                from_ms: r.get(0)?,
                until_ms: r.get(1)?,
                note: r.get(2)?,
                set_at_ms: r.get(3)?,
            })
        })
        .optional()?;
    Ok((flag, window))
}

/// The wallet's sandbox flag, stored clock and time zone (for "now" inside a transaction).
pub fn clock_and_zone(conn: &Connection) -> Result<(bool, Option<i64>, String)> {
    Ok(conn
        .prepare_cached("SELECT sandbox, clock_ms, time_zone FROM wallet WHERE id = 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?)
}

/// Schedule the window (replacing any other) and set the settings row's flag.
pub fn set_window(conn: &Connection, row: &WindowRow) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO maintenance_window (id, from_ms, until_ms, note, set_at_ms)
         VALUES (1, ?1, ?2, ?3, ?4)",
        params![row.from_ms, row.until_ms, row.note, row.set_at_ms],
    )?;
    conn.execute("UPDATE wallet SET maintenance = 1 WHERE id = 1", [])?;
    Ok(())
}

/// End maintenance: no window, the flag cleared.
pub fn clear_window(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM maintenance_window", [])?;
    conn.execute("UPDATE wallet SET maintenance = 0 WHERE id = 1", [])?;
    Ok(())
}

/// A ticket as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketRow {
    pub seq: i64,
    pub id: String,
    pub subject: String,
    pub status: String,
    pub context: String,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
    pub closed_at_ms: Option<i64>,
}

const TICKET_COLUMNS: &str =
    "seq, id, subject, status, context, created_at_ms, updated_at_ms, closed_at_ms";

fn ticket_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<TicketRow> {
    Ok(TicketRow {
        seq: r.get(0)?,
        id: r.get(1)?,
        subject: r.get(2)?,
        status: r.get(3)?,
        context: r.get(4)?,
        created_at_ms: r.get(5)?,
        updated_at_ms: r.get(6)?,
        closed_at_ms: r.get(7)?,
    })
}

/// Insert a new open ticket; returns its seq.
pub fn insert_ticket(
    conn: &Connection,
    id: &str,
    subject: &str,
    context: &str,
    at_ms: i64,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO tickets (id, subject, status, context, created_at_ms, updated_at_ms)
         VALUES (?1, ?2, 'open', ?3, ?4, ?4)",
        params![id, subject, context, at_ms],
    )?;
    Ok(conn.last_insert_rowid())
}

/// The newest ticket id (ids are made above it, so they sort in creation order).
pub fn last_ticket_id(conn: &Connection) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT id FROM tickets ORDER BY seq DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?)
}

/// The tickets whose id starts with `prefix` (at most `limit`).
pub fn tickets_with_prefix(conn: &Connection, prefix: &str, limit: u32) -> Result<Vec<TicketRow>> {
    let sql = format!(
        "SELECT {TICKET_COLUMNS} FROM tickets WHERE substr(id, 1, length(?1)) = ?1
         ORDER BY seq LIMIT ?2"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params![prefix, limit], ticket_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Every ticket, newest first, at most `limit`.
pub fn tickets(conn: &Connection, limit: u32) -> Result<Vec<TicketRow>> {
    let sql = format!("SELECT {TICKET_COLUMNS} FROM tickets ORDER BY seq DESC LIMIT ?1");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([limit], ticket_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// How many tickets there are.
pub fn ticket_count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT COUNT(*) FROM tickets", [], |r| r.get(0))?)
}

/// Mark a ticket as changed now (and set its status).
pub fn touch_ticket(
    conn: &Connection,
    seq: i64,
    status: &str,
    at_ms: i64,
    closed_at_ms: Option<i64>,
) -> Result<()> {
    conn.execute(
        "UPDATE tickets SET status = ?2, updated_at_ms = ?3, closed_at_ms = ?4 WHERE seq = ?1",
        params![seq, status, at_ms, closed_at_ms],
    )?;
    Ok(())
}

/// One message as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRow {
    pub n: i64,
    pub body: String,
    pub created_at_ms: i64,
}

/// Append message `n` to a ticket.
pub fn insert_message(
    conn: &Connection,
    ticket_seq: i64,
    n: i64,
    body: &str,
    at_ms: i64,
) -> Result<()> {
    conn.execute(
        "INSERT INTO ticket_messages (ticket_seq, n, body, created_at_ms) VALUES (?1, ?2, ?3, ?4)",
        params![ticket_seq, n, body, at_ms],
    )?;
    Ok(())
}

/// A ticket's messages, in order.
pub fn messages(conn: &Connection, ticket_seq: i64) -> Result<Vec<MessageRow>> {
    let mut stmt = conn.prepare(
        "SELECT n, body, created_at_ms FROM ticket_messages WHERE ticket_seq = ?1 ORDER BY n",
    )?;
    let rows = stmt.query_map([ticket_seq], |r| {
        Ok(MessageRow {
            n: r.get(0)?,
            body: r.get(1)?,
            created_at_ms: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// An attachment's description as stored (its content is read apart).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentRow {
    pub n: i64,
    pub message_n: i64,
    pub name: String,
    pub mime: String,
    pub size: i64,
    pub sha256: Vec<u8>,
}

/// Store attachment `n` (content already encrypted).
pub fn insert_attachment(
    conn: &Connection,
    ticket_seq: i64,
    row: &AttachmentRow,
    content: &[u8],
) -> Result<()> {
    conn.execute(
        "INSERT INTO ticket_attachments
             (ticket_seq, n, message_n, name, type, size, sha256, content)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            ticket_seq,
            row.n,
            row.message_n,
            row.name,
            row.mime,
            row.size,
            row.sha256,
            content
        ],
    )?;
    Ok(())
}

/// A ticket's attachments (without content), in order.
pub fn attachments(conn: &Connection, ticket_seq: i64) -> Result<Vec<AttachmentRow>> {
    let mut stmt = conn.prepare(
        "SELECT n, message_n, name, type, size, sha256 FROM ticket_attachments
         WHERE ticket_seq = ?1 ORDER BY n",
    )?;
    let rows = stmt.query_map([ticket_seq], |r| {
        Ok(AttachmentRow {
            n: r.get(0)?,
            message_n: r.get(1)?,
            name: r.get(2)?,
            mime: r.get(3)?,
            size: r.get(4)?,
            sha256: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The encrypted content of one attachment.
pub fn attachment_content(conn: &Connection, ticket_seq: i64, n: i64) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .query_row(
            "SELECT content FROM ticket_attachments WHERE ticket_seq = ?1 AND n = ?2",
            params![ticket_seq, n],
            |r| r.get(0),
        )
        .optional()?)
}

/// Where an attachment is kept: its ticket (seq and id), its number and the SHA-256 it was
/// encrypted with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentKey {
    pub ticket_seq: i64,
    pub ticket_id: String,
    pub n: i64,
    pub sha256: Vec<u8>,
}

/// Every attachment's key, for a key rotation, which then re-encrypts them one at a time.
pub fn attachment_keys(conn: &Connection) -> Result<Vec<AttachmentKey>> {
    let mut stmt = conn.prepare(
        "SELECT a.ticket_seq, t.id, a.n, a.sha256 FROM ticket_attachments a
         JOIN tickets t ON t.seq = a.ticket_seq ORDER BY a.ticket_seq, a.n",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(AttachmentKey {
            ticket_seq: r.get(0)?,
            ticket_id: r.get(1)?,
            n: r.get(2)?,
            sha256: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Replace one attachment's encrypted content (a key rotation).
pub fn set_attachment_content(
    conn: &Connection,
    ticket_seq: i64,
    n: i64,
    content: &[u8],
) -> Result<()> {
    conn.execute(
        "UPDATE ticket_attachments SET content = ?3 WHERE ticket_seq = ?1 AND n = ?2",
        params![ticket_seq, n, content],
    )?;
    Ok(())
}

/// The hashes of every recovery code (used or not), to keep them out of tickets.
pub fn recovery_code_hashes(conn: &Connection) -> Result<Vec<[u8; 32]>> {
    let mut stmt = conn.prepare("SELECT hash FROM recovery_codes")?;
    let rows = stmt.query_map([], |r| r.get::<_, Vec<u8>>(0))?;
    let mut out = Vec::new();
    for hash in rows {
        if let Ok(h) = <[u8; 32]>::try_from(hash?.as_slice()) {
            out.push(h);
        }
    }
    Ok(out)
}
