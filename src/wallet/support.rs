//! The Wallet facade's support desk: contact channels, the maintenance window (sandbox), and
//! tickets. Reading a ticket needs no unlocking; opening, answering and closing one write
//! sealed rows, and an attachment or an export is decrypted, so those need the wallet key.

use jiff::Timestamp;
use serde_json::{json, Value};
use zeroize::Zeroizing;

use super::access::Desk;
use super::access::{Sandbox, Support};
use super::security::EventsFilter;
use super::Wallet;
use crate::auth::totp::TotpSecret;
use crate::auth::vault::WalletKey;
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::ledger::sealed;
use crate::store::support::{self as q, AttachmentRow, TicketRow};
use crate::store::wallet_row;
use crate::support::attachment::{self, Attachment};
use crate::support::contact::{self, ChannelView};
use crate::support::maintenance::{self, Window};
use crate::support::secrets::{self, Known};
use crate::support::ticket::{self, AttachmentView, TicketSummary, TicketView};

/// What `support ticket new` asks for.
pub struct NewTicket {
    pub subject: String,
    pub body: String,
    /// Transaction ids, as typed.
    pub transactions: Vec<String>,
    pub attachments: Vec<Attachment>,
}

/// A ticket ready to be exported: the ticket, its attachments decrypted and checked, and where
/// it goes.
pub struct TicketExport {
    pub ticket: TicketView,
    pub attachments: Vec<(AttachmentView, Vec<u8>)>,
    /// The `email` contact channel.
    pub to: String,
    pub now: Timestamp,
}

impl Wallet {
    /// Refuse a ticket's text that holds a secret: a card number, an IBAN, the wallet's own
    /// account numbers, a session token, the TOTP secret or a recovery code.
    fn refuse_secrets(
        &self,
        key: &WalletKey,
        subject: &str,
        body: &str,
        attachments: &[Attachment],
    ) -> Result<()> {
        let known = self.known_secrets(key)?;
        secrets::refuse(subject, "subject", &known)?;
        secrets::refuse(body, "body", &known)?;
        for a in attachments {
            secrets::refuse(&a.name, "attach", &known)?;
            if a.mime == attachment::Mime::Text {
                let text = String::from_utf8_lossy(&a.bytes);
                secrets::refuse(&text, "attach", &known)
                    .map_err(|e| e.detail("attachment", a.name.clone()))?;
            }
        }
        Ok(())
    }

    /// The wallet's own secrets, decrypted for a scan (zeroized when dropped).
    fn known_secrets(&self, key: &WalletKey) -> Result<Known> {
        let conn = self.store.conn();
        let mut known = Known::default();
        for row in crate::store::sources::list(conn, true)? {
            if !matches!(row.kind.as_str(), "bank" | "platform") {
                continue;
            }
            if let Some(plain) = crate::funding::source::reveal(key, &row)? {
                let text = String::from_utf8_lossy(&plain);
                known.accounts.push(Zeroizing::new(
                    text.chars()
                        .filter(char::is_ascii_alphanumeric)
                        .map(|c| c.to_ascii_uppercase())
                        .collect(),
                ));
            }
        }
        if let Some(row) = crate::store::totp::get(conn)? {
            let plain = key.open(super::twofa::SECRET_AAD, &row.secret)?;
            known.totp = Some(TotpSecret::from_bytes(&plain).base32());
        }
        known.recovery_hashes = q::recovery_code_hashes(conn)?;
        Ok(known)
    }

    /// The snapshot a new ticket records: who, which okpay on which system, the referenced
    /// transactions in full, and the security events from a day before the earliest of them.
    fn ticket_context(&self, ids: &[String]) -> Result<Value> {
        let mut transactions: Vec<Value> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let mut earliest = clock::to_ms(self.now());
        for id in ids {
            crate::text::refuse_hidden(id, "transaction")?;
            let tx = self.books().receipt(id.trim())?;
            if seen.contains(&tx.id) {
                continue;
            }
            earliest = earliest.min(tx.created_at_ms);
            seen.push(tx.id.clone());
            transactions.push(serde_json::to_value(&tx).map_err(Error::internal)?);
        }
        let since = clock::from_ms(earliest.saturating_sub(ticket::EVENTS_BEFORE_MS))?;
        let filter = EventsFilter {
            kinds: ticket::EVENT_KINDS.iter().map(|k| k.to_string()).collect(),
            since: Some(since),
            limit: u32::try_from(ticket::EVENTS_MAX).unwrap_or(20),
        };
        let events = self
            .security_log()
            .security_events(&filter)?
            .into_iter()
            .map(|e| serde_json::to_value(&e).map_err(Error::internal))
            .collect::<Result<Vec<_>>>()?;
        Ok(json!({
            "account": self.username(),
            "okpay_version": env!("CARGO_PKG_VERSION"),
            "os": ticket::operating_system(),
            "transactions": transactions,
            "security_events": events,
        }))
    }
}

fn closed(row: &TicketRow) -> Error {
    Error::new(Code::InvalidState, "err.ticket.closed").arg_detail("id", &row.id)
}

/// The ticket `id` names, its seal checked.
fn trusted(conn: &rusqlite::Connection, key: &WalletKey, id: &str) -> Result<TicketRow> {
    let row = ticket::resolve(conn, id)?;
    sealed::check(conn, key, &sealed::TICKETS, &[&row.seq])?;
    Ok(row)
}

/// Store message `n` with its attachments (numbered after `existing`), each sealed.
#[allow(clippy::too_many_arguments)]
fn add_message(
    conn: &rusqlite::Connection,
    key: &WalletKey,
    seq: i64,
    ticket_id: &str,
    n: i64,
    body: &str,
    attachments: &[Attachment],
    existing: usize,
    at_ms: i64,
) -> Result<()> {
    q::insert_message(conn, seq, n, body, at_ms)?;
    sealed::reseal(conn, key, &sealed::TICKET_MESSAGES, &[&seq, &n])?;
    for (i, a) in attachments.iter().enumerate() {
        let number = i64::try_from(existing + i + 1).map_err(Error::internal)?;
        let content = key.seal(
            &ticket::attachment_aad(ticket_id, number, &a.sha256),
            &a.bytes,
        )?;
        let row = AttachmentRow {
            n: number,
            message_n: n,
            name: a.name.clone(),
            mime: a.mime.as_str().to_string(),
            size: i64::try_from(a.bytes.len()).map_err(Error::internal)?,
            sha256: a.sha256.to_vec(),
        };
        q::insert_attachment(conn, seq, &row, &content)?;
        sealed::reseal(conn, key, &sealed::TICKET_ATTACHMENTS, &[&seq, &number])?;
    }
    Ok(())
}

/// Decrypt one attachment after checking its seal, and check its SHA-256.
fn open_attachment(
    conn: &rusqlite::Connection,
    key: &WalletKey,
    ticket: &TicketRow,
    a: &AttachmentRow,
) -> Result<(AttachmentView, Vec<u8>)> {
    sealed::check(conn, key, &sealed::TICKET_ATTACHMENTS, &[&ticket.seq, &a.n])?;
    let sealed_bytes = q::attachment_content(conn, ticket.seq, a.n)?
        .ok_or_else(|| Error::internal("attachment vanished"))?;
    let plain = key.open(
        &ticket::attachment_aad(&ticket.id, a.n, &a.sha256),
        &sealed_bytes,
    )?;
    let digest: [u8; 32] = <sha2::Sha256 as sha2::Digest>::digest(&plain[..]).into();
    if digest.as_slice() != a.sha256.as_slice() {
        return Err(sealed::tampered(
            "ticket_attachments",
            format!("{}/{}", ticket.id, a.n),
        ));
    }
    let view = AttachmentView {
        n: a.n,
        name: a.name.clone(),
        mime: a.mime.clone(),
        size: a.size,
        sha256: hex::encode(&a.sha256),
    };
    Ok((view, plain.to_vec()))
}

/// Re-encrypt every attachment under a new key (a key rotation), one at a time, inside the
/// caller's write transaction; the caller re-seals every table afterwards.
pub fn rekey_attachments(
    conn: &rusqlite::Connection,
    old: &WalletKey,
    new: &WalletKey,
) -> Result<usize> {
    let mut done = 0;
    for at in q::attachment_keys(conn)? {
        let aad = ticket::attachment_aad(&at.ticket_id, at.n, &at.sha256);
        let sealed_bytes = q::attachment_content(conn, at.ticket_seq, at.n)?
            .ok_or_else(|| Error::internal("attachment vanished"))?;
        let plain = old.open(&aad, &sealed_bytes)?;
        q::set_attachment_content(conn, at.ticket_seq, at.n, &new.seal(&aad, &plain)?)?;
        done += 1;
    }
    Ok(done)
}

impl Support<'_> {
    /// `support contact set KEY VALUE`: an unlocked write, sealed.
    pub fn contact_set(&mut self, key: &str, value: &str) -> Result<ChannelView> {
        let channel = contact::channel(key)?;
        let value = contact::check_value(channel, value)?;
        self.key()?;
        let now_ms = clock::to_ms(self.now());
        self.write_unlocked(|conn, key| {
            if value == channel.default {
                q::reset_contact(conn, channel.key)?;
            } else {
                q::set_contact(conn, channel.key, &value, now_ms)?;
                sealed::reseal(conn, key, &sealed::SUPPORT_CONTACT, &[&channel.key])?;
            }
            Ok(())
        })?;
        let views = self.desk().support_contacts()?;
        views
            .into_iter()
            .find(|v| v.key == channel.key)
            .ok_or_else(|| Error::internal("channel vanished"))
    }

    /// `support ticket new`: the ticket, its first message and attachments, and a snapshot of
    /// the referenced transactions and the security events around them, in one write.
    pub fn ticket_new(&mut self, new: NewTicket) -> Result<TicketView> {
        let subject = ticket::check_subject(&new.subject)?;
        let body = ticket::check_body(&new.body)?;
        attachment::check_count(new.attachments.len(), 0)?;
        if new.transactions.len() > ticket::TRANSACTIONS_MAX {
            return Err(Error::invalid("err.ticket.too_many_transactions")
                .arg("max", ticket::TRANSACTIONS_MAX)
                .detail("field", "tx"));
        }
        let key = self.key()?;
        self.refuse_secrets(key, &subject, &body, &new.attachments)?;
        let context = self.ticket_context(&new.transactions)?;
        let now = self.now();
        let now_ms = clock::to_ms(now);
        let id = self.write_unlocked(|conn, key| {
            if q::ticket_count(conn)? >= i64::from(ticket::TICKETS_MAX) {
                return Err(Error::new(Code::InvalidState, "err.ticket.too_many")
                    .arg("max", ticket::TICKETS_MAX));
            }
            let last = q::last_ticket_id(conn)?;
            let id = crate::ledger::ids::next(last.as_deref(), "tkt", now)?;
            let seq = q::insert_ticket(conn, &id, &subject, &context.to_string(), now_ms)?;
            add_message(conn, key, seq, &id, 1, &body, &new.attachments, 0, now_ms)?;
            sealed::reseal(conn, key, &sealed::TICKETS, &[&seq])?;
            Ok(id)
        })?;
        self.desk().ticket(&id)
    }

    /// `support ticket reply ID --body T [--attach FILE]…`.
    pub fn ticket_reply(
        &mut self,
        id: &str,
        body: &str,
        attachments: &[Attachment],
    ) -> Result<TicketView> {
        let row = ticket::resolve(self.store.conn(), id)?;
        let body = ticket::check_body(body)?;
        attachment::check_count(attachments.len(), 0)?;
        if row.status != "open" {
            return Err(closed(&row));
        }
        let key = self.key()?;
        self.refuse_secrets(key, "", &body, attachments)?;
        let now_ms = clock::to_ms(self.now());
        self.write_unlocked(|conn, key| {
            let row = trusted(conn, key, &row.id)?;
            if row.status != "open" {
                return Err(closed(&row));
            }
            let messages = q::messages(conn, row.seq)?;
            let n = messages.last().map_or(1, |m| m.n + 1);
            if n > ticket::MESSAGES_MAX {
                return Err(
                    Error::new(Code::InvalidState, "err.ticket.too_many_messages")
                        .arg("max", ticket::MESSAGES_MAX),
                );
            }
            let existing = q::attachments(conn, row.seq)?.len();
            attachment::check_count(attachments.len(), existing)?;
            add_message(
                conn,
                key,
                row.seq,
                &row.id,
                n,
                &body,
                attachments,
                existing,
                now_ms,
            )?;
            q::touch_ticket(conn, row.seq, "open", now_ms, None)?;
            sealed::reseal(conn, key, &sealed::TICKETS, &[&row.seq])
        })?;
        self.desk().ticket(&row.id)
    }

    /// `support ticket close ID`: `invalid_state` when it is closed already.
    pub fn ticket_close(&mut self, id: &str) -> Result<TicketView> {
        let row = ticket::resolve(self.store.conn(), id)?;
        if row.status != "open" {
            return Err(closed(&row));
        }
        self.key()?;
        let now_ms = clock::to_ms(self.now());
        self.write_unlocked(|conn, key| {
            let row = trusted(conn, key, &row.id)?;
            if row.status != "open" {
                return Err(closed(&row));
            }
            q::touch_ticket(conn, row.seq, "closed", now_ms, Some(now_ms))?;
            sealed::reseal(conn, key, &sealed::TICKETS, &[&row.seq])
        })?;
        self.desk().ticket(&row.id)
    }
}

impl Sandbox<'_> {
    /// `okpay sandbox maintenance --from T --until T [--note TEXT]`: schedule a window
    /// (replacing any other).
    pub fn maintenance_window(
        &mut self,
        from: Timestamp,
        until: Timestamp,
        note: Option<String>,
    ) -> Result<Window> {
        self.require_sandbox()?;
        let now = self.now();
        let window = maintenance::check_new(from, until, note, now)?;
        self.key()?;
        let detail = json!({
            "on": true,
            "from": clock::rfc3339(from),
            "until": clock::rfc3339(until),
        });
        self.write_unlocked(|conn, key| {
            maintenance::schedule(conn, key, &window, now)?;
            wallet_row::log_event(conn, clock::to_ms(now), "sandbox_maintenance", &detail)
        })?;
        self.row.maintenance = true;
        Ok(window)
    }
}

impl Desk<'_> {
    /// `support contact`: every channel, the user's value or the default (no unlocking).
    pub fn support_contacts(&self) -> Result<Vec<ChannelView>> {
        Ok(contact::views(&q::contacts(self.store.conn())?))
    }

    /// The maintenance window, if one is set (no unlocking; `status` and `support news`).
    pub fn maintenance_window(&self) -> Result<Option<Window>> {
        maintenance::window(self.store.conn())
    }

    /// `support ticket list`: newest first (no unlocking).
    pub fn tickets(&self) -> Result<Vec<TicketSummary>> {
        let conn = self.store.conn();
        q::tickets(conn, ticket::TICKETS_MAX)?
            .iter()
            .map(|row| ticket::summary(conn, row))
            .collect()
    }

    /// `support ticket show ID` (no unlocking).
    pub fn ticket(&self, id: &str) -> Result<TicketView> {
        let conn = self.store.conn();
        let row = ticket::resolve(conn, id)?;
        ticket::view(
            &row,
            &q::messages(conn, row.seq)?,
            &q::attachments(conn, row.seq)?,
        )
    }

    /// `support ticket attachment ID N`: the attachment's description and its bytes, decrypted
    /// and checked against its SHA-256.
    pub fn ticket_attachment(&self, id: &str, n: i64) -> Result<(AttachmentView, Vec<u8>)> {
        let key = self.key()?;
        let conn = self.store.conn();
        let row = trusted(conn, key, id)?;
        let found = q::attachments(conn, row.seq)?
            .into_iter()
            .find(|a| a.n == n)
            .ok_or_else(|| {
                Error::new(Code::NotFound, "err.ticket.attachment_not_found")
                    .arg_detail("id", &row.id)
                    .arg_detail("n", n)
            })?;
        open_attachment(conn, key, &row, &found)
    }

    /// `support ticket export ID`: the ticket with every seal checked, its attachments
    /// decrypted, and the support address (the `email` channel, its seal checked too).
    pub fn ticket_export(&self, id: &str) -> Result<TicketExport> {
        let key = self.key()?;
        let conn = self.store.conn();
        let row = trusted(conn, key, id)?;
        let messages = q::messages(conn, row.seq)?;
        for m in &messages {
            sealed::check(conn, key, &sealed::TICKET_MESSAGES, &[&row.seq, &m.n])?;
        }
        let rows = q::attachments(conn, row.seq)?;
        let mut attachments = Vec::with_capacity(rows.len());
        for a in &rows {
            attachments.push(open_attachment(conn, key, &row, a)?);
        }
        sealed::check(conn, key, &sealed::SUPPORT_CONTACT, &[&"email"])?;
        let to = self
            .support_contacts()?
            .into_iter()
            .find(|c| c.key == "email")
            .map(|c| c.value)
            .ok_or_else(|| Error::internal("no email channel"))?;
        Ok(TicketExport {
            ticket: ticket::view(&row, &messages, &rows)?,
            attachments,
            to,
            now: self.now(),
        })
    }
}
