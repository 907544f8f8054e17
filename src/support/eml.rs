//! A ticket as an e-mail: an RFC 5322 message, MIME multipart/mixed, with headers outside ASCII
//! encoded per RFC 2047 (mail-builder does that), the body as UTF-8 plain text and every
//! attachment base64-encoded, ready for `sendmail -t` or any mail client. The words of the
//! body are the caller's (in the user's language); this module only assembles the message.

use jiff::Timestamp;
use mail_builder::headers::address::Address;
use mail_builder::headers::raw::Raw;
use mail_builder::mime::MimePart;
use mail_builder::MessageBuilder;

use crate::error::{Error, Result};

/// One file attached to the message.
pub struct Part<'a> {
    pub mime: &'a str,
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// What the message says and to whom.
pub struct Email<'a> {
    /// The sender's display name (the account name) and address.
    pub from_name: &'a str,
    pub from_address: &'a str,
    /// The support desk's address.
    pub to: &'a str,
    pub subject: &'a str,
    pub date: Timestamp,
    /// Without the angle brackets: `tkt_…@okpay`.
    pub message_id: &'a str,
    /// The ticket's id, also in an `X-Okpay-Ticket` header for support's tools.
    pub ticket_id: &'a str,
    /// The plain-text body.
    pub body: &'a str,
    pub parts: Vec<Part<'a>>,
}

/// The message's bytes (CRLF line endings, as RFC 5322 writes them).
pub fn build(email: &Email<'_>) -> Result<Vec<u8>> {
    let mut parts = Vec::with_capacity(email.parts.len() + 1);
    parts.push(MimePart::new("text/plain", email.body).inline());
    for part in &email.parts {
        // Encoded here, so every attachment is base64 whatever its type: a text file comes back
        // byte for byte, its line endings included.
        let encoded = data_encoding::BASE64_MIME.encode(part.bytes);
        parts.push(
            MimePart::new(part.mime, encoded.into_bytes())
                .attachment(part.name)
                .transfer_encoding("base64"),
        );
    }
    let to = Address::new_address(None::<&str>, email.to);
    let from = Address::new_address(Some(email.from_name), email.from_address);
    MessageBuilder::new()
        .from(from)
        .to(to)
        .subject(email.subject)
        .date(email.date.as_second())
        .message_id(email.message_id)
        .header("X-Okpay-Ticket", Raw::new(email.ticket_id))
        .header("Auto-Submitted", Raw::new("no"))
        .body(MimePart::new("multipart/mixed", parts))
        .write_to_vec()
        .map_err(Error::internal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_has_encoded_headers_and_base64_parts() {
        let png = b"\x89PNG\r\n\x1a\nbinary\x00\xff";
        let text = "line one\nline two\n".as_bytes();
        let email = Email {
            from_name: "小明",
            from_address: "okpay@localhost",
            to: "support@okpay.example",
            subject: "[okpay tkt_1] 充值失败",
            date: Timestamp::from_second(1_800_000_000).unwrap(),
            message_id: "tkt_1.1@okpay",
            ticket_id: "tkt_1",
            body: "你好\n",
            parts: vec![
                Part {
                    mime: "image/png",
                    name: "截图.png",
                    bytes: png,
                },
                Part {
                    mime: "text/plain",
                    name: "log.txt",
                    bytes: text,
                },
            ],
        };
        let bytes = build(&email).unwrap();
        let eml = String::from_utf8(bytes).unwrap();
        assert!(eml.is_ascii(), "every header and part is encoded:\n{eml}");
        assert!(eml.contains("Subject: =?utf-8?"), "{eml}");
        assert!(eml.contains("support@okpay.example"), "{eml}");
        assert!(eml.contains("multipart/mixed"), "{eml}");
        assert!(eml.contains("Message-ID: <tkt_1.1@okpay>"), "{eml}");
        assert!(eml.contains("X-Okpay-Ticket: tkt_1"), "{eml}");
        assert!(
            eml.matches("Content-Transfer-Encoding: base64").count() >= 2,
            "{eml}"
        );
        assert!(eml.contains(&data_encoding::BASE64_MIME.encode(png)));
        assert!(eml.contains("Date: "), "{eml}");
    }
}
