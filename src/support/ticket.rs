//! Support tickets: a subject, messages with attachments, and a snapshot of what support needs
//! (account name, okpay version, operating system, every referenced transaction in full with
//! its failure or decline and risk rules, the security events around them), taken when the
//! ticket is opened. A limit on everything: subject, message length, messages, transactions,
//! attachments.

use rusqlite::Connection;
use serde::Serialize;
use serde_json::Value;

use crate::clock;
use crate::error::{Code, Error, Result};
use crate::store::support::{self as q, AttachmentRow, MessageRow, TicketRow};

/// The longest subject, in characters.
pub const SUBJECT_CHARS_MAX: usize = 150;
/// The longest message, in characters.
pub const BODY_CHARS_MAX: usize = 20_000;
/// The most messages one ticket holds (the description and the replies).
pub const MESSAGES_MAX: i64 = 50;
/// The most transactions one ticket names.
pub const TRANSACTIONS_MAX: usize = 10;
/// The most security events a ticket's snapshot carries.
pub const EVENTS_MAX: usize = 20;
/// The most tickets `ticket list` shows, and a wallet holds.
pub const TICKETS_MAX: u32 = 1000;
/// Security events this long before the earliest referenced transaction are relevant.
pub const EVENTS_BEFORE_MS: i64 = 24 * 3_600_000;
/// An id prefix must have at least this many characters after `tkt_`.
pub const PREFIX_CHARS_MIN: usize = 6;

/// The security event kinds a ticket's snapshot carries (not clock moves or backups).
pub const EVENT_KINDS: &[&str] = &[
    "login_failed",
    "locked_out",
    "session_revoked",
    "password_changed",
    "key_rotated",
    "2fa_enabled",
    "2fa_disabled",
    "recovery_code_used",
    "limit_changed",
    "source_added",
    "source_removed",
    "merchant_added",
    "merchant_blocked",
    "frozen",
    "unfrozen",
    "risk_challenge",
    "risk_blocked",
    "restore",
];

/// A subject: one line, at most [`SUBJECT_CHARS_MAX`] characters.
pub fn check_subject(text: &str) -> Result<String> {
    crate::text::check_line(text, "subject", SUBJECT_CHARS_MAX)
}

/// A message: several lines (tabs and line breaks allowed, `\r\n` read as `\n`), no other
/// control, bidi or invisible characters, NFC, not blank, at most [`BODY_CHARS_MAX`].
pub fn check_body(text: &str) -> Result<String> {
    let text = text.replace("\r\n", "\n");
    // Line breaks and tabs are the only control characters a message may hold; positions in
    // the error stay right, since each is swapped for one space.
    let flat: String = text
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect();
    crate::text::refuse_hidden(&flat, "body")?;
    let normal = crate::text::nfc(&text);
    let trimmed = normal.trim_end().trim_start_matches('\n');
    if trimmed.trim().is_empty() || trimmed.chars().count() > BODY_CHARS_MAX {
        return Err(Error::invalid("err.ticket.body")
            .arg("max", BODY_CHARS_MAX)
            .detail("field", "body"));
    }
    Ok(trimmed.to_string())
}

/// The ticket `text` names: its id, or a unique prefix of at least [`PREFIX_CHARS_MIN`]
/// characters after `tkt_`.
pub fn resolve(conn: &Connection, text: &str) -> Result<TicketRow> {
    crate::text::refuse_hidden(text, "id")?;
    let not_found = || Error::new(Code::NotFound, "err.ticket.not_found").arg_detail("id", text);
    let body = text.strip_prefix("tkt_").ok_or_else(not_found)?;
    let exact = q::tickets_with_prefix(conn, text, 2)?
        .into_iter()
        .find(|t| t.id == text);
    if let Some(t) = exact {
        return Ok(t);
    }
    if body.chars().count() < PREFIX_CHARS_MIN {
        return Err(not_found());
    }
    let mut found = q::tickets_with_prefix(conn, text, 6)?;
    match found.len() {
        0 => Err(not_found()),
        1 => Ok(found.remove(0)),
        _ => {
            let ids: Vec<String> = found.into_iter().map(|t| t.id).collect();
            Err(Error::invalid("err.ticket.ambiguous")
                .arg_detail("id", text)
                .arg("candidates", ids.join(", "))
                .detail("candidates", ids))
        }
    }
}

/// One attachment as shown: `{"n", "name", "type", "size", "sha256"}`.
#[derive(Debug, Clone, Serialize)]
pub struct AttachmentView {
    pub n: i64,
    pub name: String,
    #[serde(rename = "type")]
    pub mime: String,
    pub size: i64,
    pub sha256: String,
}

/// One message as shown.
#[derive(Debug, Clone, Serialize)]
pub struct MessageView {
    pub n: i64,
    pub body: String,
    pub created_at: String,
    pub attachments: Vec<AttachmentView>,
}

/// A ticket in full, for `ticket show` and the export.
#[derive(Debug, Clone, Serialize)]
pub struct TicketView {
    pub id: String,
    pub subject: String,
    pub status: String,
    pub created_at: String,
    pub updated_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closed_at: Option<String>,
    /// The account name, okpay version and operating system when the ticket was opened.
    pub account: String,
    pub okpay_version: String,
    pub os: String,
    pub messages: Vec<MessageView>,
    /// The referenced transactions as they were when the ticket was opened (CLI.md's
    /// transaction objects: masked sources only).
    pub transactions: Vec<Value>,
    /// The security events around them.
    pub security_events: Vec<Value>,
}

/// A ticket in a list.
#[derive(Debug, Clone, Serialize)]
pub struct TicketSummary {
    pub id: String,
    pub subject: String,
    pub status: String,
    pub created_at: String,
    pub updated_at: String,
    pub messages: usize,
    pub attachments: usize,
    pub transactions: usize,
}

fn rfc(ms: i64) -> Result<String> {
    Ok(clock::rfc3339(clock::from_ms(ms)?))
}

fn context_of(row: &TicketRow) -> Result<serde_json::Map<String, Value>> {
    match serde_json::from_str::<Value>(&row.context) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(Error::new(Code::IntegrityError, "err.ticket.damaged").arg_detail("id", &row.id)),
    }
}

fn text_of(map: &serde_json::Map<String, Value>, key: &str) -> String {
    map.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

fn list_of(map: &serde_json::Map<String, Value>, key: &str) -> Vec<Value> {
    map.get(key)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

/// Shape a stored ticket, its messages and attachments.
pub fn view(
    row: &TicketRow,
    messages: &[MessageRow],
    attachments: &[AttachmentRow],
) -> Result<TicketView> {
    let context = context_of(row)?;
    let mut shown = Vec::with_capacity(messages.len());
    for m in messages {
        shown.push(MessageView {
            n: m.n,
            body: m.body.clone(),
            created_at: rfc(m.created_at_ms)?,
            attachments: attachments
                .iter()
                .filter(|a| a.message_n == m.n)
                .map(|a| AttachmentView {
                    n: a.n,
                    name: a.name.clone(),
                    mime: a.mime.clone(),
                    size: a.size,
                    sha256: hex::encode(&a.sha256),
                })
                .collect(),
        });
    }
    Ok(TicketView {
        id: row.id.clone(),
        subject: row.subject.clone(),
        status: row.status.clone(),
        created_at: rfc(row.created_at_ms)?,
        updated_at: rfc(row.updated_at_ms)?,
        closed_at: row.closed_at_ms.map(rfc).transpose()?,
        account: text_of(&context, "account"),
        okpay_version: text_of(&context, "okpay_version"),
        os: text_of(&context, "os"),
        messages: shown,
        transactions: list_of(&context, "transactions"),
        security_events: list_of(&context, "security_events"),
    })
}

/// A ticket for `ticket list`.
pub fn summary(conn: &Connection, row: &TicketRow) -> Result<TicketSummary> {
    let context = context_of(row)?;
    Ok(TicketSummary {
        id: row.id.clone(),
        subject: row.subject.clone(),
        status: row.status.clone(),
        created_at: rfc(row.created_at_ms)?,
        updated_at: rfc(row.updated_at_ms)?,
        messages: q::messages(conn, row.seq)?.len(),
        attachments: q::attachments(conn, row.seq)?.len(),
        transactions: list_of(&context, "transactions").len(),
    })
}

/// The associated data of an attachment's encrypted content: the ticket, the number and the
/// SHA-256 of the plain bytes, so content moved to another row does not open.
pub fn attachment_aad(ticket_id: &str, n: i64, sha256: &[u8]) -> Vec<u8> {
    format!(
        "ticket_attachments.content.{ticket_id}.{n}.{}",
        hex::encode(sha256)
    )
    .into_bytes()
}

/// The operating system as a ticket records it: `linux x86_64 (6.1.0)`.
pub fn operating_system() -> String {
    let release = kernel_release();
    let base = format!("{} {}", std::env::consts::OS, std::env::consts::ARCH);
    match release {
        Some(r) if !r.is_empty() => format!("{base} ({r})"),
        _ => base,
    }
}

/// The kernel's release, where the system says it (Linux).
fn kernel_release() -> Option<String> {
    let text = std::fs::read_to_string("/proc/sys/kernel/osrelease").ok()?;
    let release = text.trim();
    (!release.is_empty() && release.len() <= 64 && release.is_ascii()).then(|| release.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_keep_their_lines_and_refuse_hidden_characters() {
        assert_eq!(
            check_body("line one\r\nline two\n\n\tindented\n  ").unwrap(),
            "line one\nline two\n\n\tindented"
        );
        assert!(check_body("   \n\n").is_err());
        assert!(check_body("bad \u{202e} bidi").is_err());
        assert!(check_body("escape \u{1b}[31m").is_err());
        assert!(check_body(&"字".repeat(BODY_CHARS_MAX + 1)).is_err());
        assert!(check_body(&"字".repeat(BODY_CHARS_MAX)).is_ok());
    }

    #[test]
    fn subjects_are_one_line() {
        assert_eq!(check_subject(" 充值失败 ").unwrap(), "充值失败");
        assert!(check_subject("a\nb").is_err());
        assert!(check_subject(&"x".repeat(SUBJECT_CHARS_MAX + 1)).is_err());
    }

    #[test]
    fn the_operating_system_is_named() {
        let os = operating_system();
        assert!(os.starts_with(std::env::consts::OS), "{os}");
    }
}
