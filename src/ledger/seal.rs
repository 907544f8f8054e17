//! The HMAC chain: each transaction's MAC covers its canonical bytes (row, postings, links) and
//! the previous MAC; the head and the count are MAC'd together so a truncated ledger shows.
//! The MAC key comes from the wallet key, so forging a chain needs the password.

use rusqlite::Connection;

use crate::auth::vault::WalletKey;
use crate::error::{Error, Result};
use crate::store::ledger::{self as q, TxRow};

/// The bytes a transaction's MAC covers, with postings and links sorted.
///
/// Version 1 of the canonical form: the JSON object that serde_json wrote for the fields below,
/// in this order, with no white space; `limit_minor` appears only when set (succeeded payments
/// since schema 5), so every older seal keeps its bytes. Written by hand (it is on the path of
/// every `verify`, generated and batched payment); the tests hold the serde_json version and
/// compare the two byte for byte.
pub fn canonical_bytes(
    row: &TxRow,
    postings: &[(String, String, i64)],
    links: &[(String, String)],
) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(canonical_len_hint(row, postings, links));
    write_canonical(&mut out, row, postings, links);
    Ok(out)
}

/// [`canonical_bytes`] appended to `out` (a caller sealing many rows reuses one buffer).
pub fn write_canonical<A: AsRef<str>, C: AsRef<str>>(
    out: &mut Vec<u8>,
    row: &TxRow,
    postings: &[(A, C, i64)],
    links: &[(String, String)],
) {
    let f = &row.fields;
    out.extend_from_slice(b"{\"v\":1,\"id\":");
    json_str(out, &row.id);
    out.extend_from_slice(b",\"kind\":");
    json_str(out, &f.kind);
    out.extend_from_slice(b",\"status\":");
    json_str(out, &f.status);
    out.extend_from_slice(b",\"amount_minor\":");
    json_int(out, f.amount_minor);
    out.extend_from_slice(b",\"currency\":");
    json_str(out, &f.currency);
    out.extend_from_slice(b",\"fee_minor\":");
    json_int(out, f.fee_minor);
    out.extend_from_slice(b",\"created_at_ms\":");
    json_int(out, f.created_at);
    out.extend_from_slice(b",\"available_at_ms\":");
    match f.available_at {
        Some(ms) => json_int(out, ms),
        None => out.extend_from_slice(b"null"),
    }
    for (name, value) in [
        (&b",\"merchant_id\":"[..], &f.merchant_id),
        (b",\"source_id\":", &f.source_id),
        (b",\"order_id\":", &f.order_id),
        (b",\"memo\":", &f.memo),
        (b",\"reason\":", &f.reason),
    ] {
        out.extend_from_slice(name);
        match value {
            Some(text) => json_str(out, text),
            None => out.extend_from_slice(b"null"),
        }
    }
    out.extend_from_slice(b",\"data\":");
    json_str(out, &f.data);
    out.extend_from_slice(b",\"postings\":[");
    for (i, (account, currency, amount)) in postings.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.push(b'[');
        json_str(out, account.as_ref());
        out.push(b',');
        json_str(out, currency.as_ref());
        out.push(b',');
        json_int(out, *amount);
        out.push(b']');
    }
    out.extend_from_slice(b"],\"links\":[");
    for (i, (kind, id)) in links.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.push(b'[');
        json_str(out, kind);
        out.push(b',');
        json_str(out, id);
        out.push(b']');
    }
    out.push(b']');
    if let Some(limit) = f.limit_minor {
        out.extend_from_slice(b",\"limit_minor\":");
        json_int(out, limit);
    }
    out.push(b'}');
}

/// About how long the canonical bytes are (so one allocation usually fits).
fn canonical_len_hint(
    row: &TxRow,
    postings: &[(String, String, i64)],
    links: &[(String, String)],
) -> usize {
    let f = &row.fields;
    let texts = [
        &f.merchant_id,
        &f.source_id,
        &f.order_id,
        &f.memo,
        &f.reason,
    ]
    .iter()
    .map(|t| t.as_ref().map_or(4, |t| t.len() + 2))
    .sum::<usize>();
    320 + row.id.len()
        + f.data.len()
        + texts
        + postings
            .iter()
            .map(|(a, c, _)| a.len() + c.len() + 28)
            .sum::<usize>()
        + links
            .iter()
            .map(|(k, id)| k.len() + id.len() + 8)
            .sum::<usize>()
}

/// A JSON string as serde_json writes it: `"` and `\\` escaped with a backslash, the control
/// characters U+0000 to U+001F as `\b \t \n \f \r` or `\u00XX` (lower-case hex), everything
/// else (U+007F and all non-ASCII included) as its UTF-8 bytes.
fn json_str(out: &mut Vec<u8>, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'"');
    let bytes = text.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let short = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            0x09 => b't',
            0x0A => b'n',
            0x0C => b'f',
            0x0D => b'r',
            0x00..=0x1F => b'u',
            _ => continue,
        };
        out.extend_from_slice(&bytes[start..i]);
        out.push(b'\\');
        out.push(short);
        if short == b'u' {
            out.extend_from_slice(b"00");
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 0xF)]);
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// An integer in decimal, as serde_json writes it.
fn json_int(out: &mut Vec<u8>, n: i64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n.unsigned_abs();
    loop {
        at -= 1;
        // `rest % 10` is below 10.
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if n < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(&digits[at..]);
}

/// What every transaction MAC starts with, before the previous MAC and the canonical bytes.
const TX_MAC_PREFIX: &[u8] = b"okpay/tx/v1\0";

/// The MAC of one transaction after `previous`.
pub fn mac(key: &WalletKey, previous: &[u8], canonical: &[u8]) -> [u8; 32] {
    let mut input = Vec::with_capacity(previous.len() + canonical.len() + 8);
    input.extend_from_slice(TX_MAC_PREFIX);
    input.extend_from_slice(previous);
    input.extend_from_slice(canonical);
    key.hmac(&input)
}

/// [`mac`] over canonical bytes already written (by [`write_canonical`]), with the MAC key's
/// blocks hashed once (`MacState`) and no copy of the bytes: `verify` walks the chain so.
pub fn mac_of_canonical(
    key: &crate::auth::vault::MacState,
    previous: &[u8],
    canonical: &[u8],
) -> [u8; 32] {
    key.mac_parts(&[TX_MAC_PREFIX, previous, canonical])
}

/// The MAC over the chain's length and head, for a wallet whose other state is sealed too.
pub fn head_mac(key: &WalletKey, count: i64, head: &[u8]) -> [u8; 32] {
    head_mac_versioned(key, b"okpay/head/v2\0", count, head)
}

/// The head MAC of a wallet made before sealed rows existed (schema < 4), until its first
/// unlocked write seals it.
pub fn head_mac_v1(key: &WalletKey, count: i64, head: &[u8]) -> [u8; 32] {
    head_mac_versioned(key, b"okpay/head/v1\0", count, head)
}

fn head_mac_versioned(key: &WalletKey, domain: &[u8], count: i64, head: &[u8]) -> [u8; 32] {
    let mut input = Vec::with_capacity(head.len() + 24);
    input.extend_from_slice(domain);
    input.extend_from_slice(&count.to_be_bytes());
    input.extend_from_slice(head);
    key.hmac(&input)
}

/// Seal a just-inserted transaction onto the chain.
pub fn append(
    conn: &Connection,
    key: &WalletKey,
    row: &TxRow,
    postings: &[(String, String, i64)],
    links: &[(String, String)],
) -> Result<()> {
    let (count, head, _) = q::chain(conn)?.ok_or_else(|| Error::internal("chain row missing"))?;
    let canonical = canonical_bytes(row, postings, links)?;
    let mac = mac(key, &head, &canonical);
    q::insert_seal(conn, row.seq, &mac)?;
    let count = count
        .checked_add(1)
        .ok_or_else(|| Error::internal("chain overflow"))?;
    q::set_chain(conn, count, &mac, &head_mac(key, count, &mac))
}

/// The canonical bytes of a stored transaction, read back from the database.
pub fn stored_canonical(conn: &Connection, row: &TxRow) -> Result<Vec<u8>> {
    let mut postings = q::postings_of(conn, row.seq)?;
    postings.sort();
    let mut links: Vec<(String, String)> = q::links_from(conn, row.seq)?
        .into_iter()
        .map(|l| (l.kind, l.other_id))
        .collect();
    links.sort();
    canonical_bytes(row, &postings, &links)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::model::TxFields;
    use proptest::prelude::*;
    use serde::Serialize;

    /// The canonical form as serde_json wrote it before the hand-written writer: the reference
    /// the writer must match byte for byte (every existing seal was made with it).
    #[derive(Serialize)]
    struct Canonical<'a> {
        v: u8,
        id: &'a str,
        kind: &'a str,
        status: &'a str,
        amount_minor: i64,
        currency: &'a str,
        fee_minor: i64,
        created_at_ms: i64,
        available_at_ms: Option<i64>,
        merchant_id: Option<&'a str>,
        source_id: Option<&'a str>,
        order_id: Option<&'a str>,
        memo: Option<&'a str>,
        reason: Option<&'a str>,
        data: &'a str,
        postings: &'a [(String, String, i64)],
        links: &'a [(String, String)],
        #[serde(skip_serializing_if = "Option::is_none")]
        limit_minor: Option<i64>,
    }

    fn serde_canonical(
        row: &TxRow,
        postings: &[(String, String, i64)],
        links: &[(String, String)],
    ) -> Vec<u8> {
        serde_json::to_vec(&Canonical {
            v: 1,
            id: &row.id,
            kind: &row.kind,
            status: &row.status,
            amount_minor: row.amount_minor,
            currency: &row.currency,
            fee_minor: row.fee_minor,
            created_at_ms: row.created_at,
            available_at_ms: row.available_at,
            merchant_id: row.merchant_id.as_deref(),
            source_id: row.source_id.as_deref(),
            order_id: row.order_id.as_deref(),
            memo: row.memo.as_deref(),
            reason: row.reason.as_deref(),
            data: &row.data,
            postings,
            links,
            limit_minor: row.limit_minor,
        })
        .unwrap()
    }

    fn row(limit_minor: Option<i64>) -> TxRow {
        TxRow {
            seq: 1,
            id: "tx_1".into(),
            fields: TxFields {
                kind: "payment".into(),
                status: "succeeded".into(),
                amount_minor: 100,
                currency: "CNY".into(),
                fee_minor: 0,
                created_at: 0,
                available_at: None,
                merchant_id: Some("mer_1".into()),
                source_id: None,
                order_id: None,
                memo: None,
                reason: None,
                data: "{}".into(),
                limit_minor,
            },
        }
    }

    #[test]
    fn rows_without_limit_usage_keep_their_old_canonical_bytes() {
        let old = canonical_bytes(&row(None), &[], &[]).unwrap();
        let text = String::from_utf8(old).unwrap();
        assert!(!text.contains("limit_minor"), "{text}");
        assert!(text.ends_with(r#""postings":[],"links":[]}"#), "{text}");
        let new = canonical_bytes(&row(Some(100)), &[], &[]).unwrap();
        let text = String::from_utf8(new).unwrap();
        assert!(text.ends_with(r#""links":[],"limit_minor":100}"#), "{text}");
    }

    #[test]
    fn a_known_row_has_the_bytes_it_was_sealed_with() {
        let mut r = row(Some(-7));
        r.fields.memo = Some("茶\"\\\u{1}\u{7f}\n😀".into());
        r.fields.available_at = Some(i64::MIN);
        r.fields.data = r#"{"items":[{"name":"ramen"}]}"#.into();
        let postings = [
            ("merchant:mer_1".to_string(), "CNY".to_string(), 100),
            ("wallet:CNY".to_string(), "CNY".to_string(), i64::MAX),
        ];
        let links = [("refunds".to_string(), "tx_0".to_string())];
        let bytes = canonical_bytes(&r, &postings, &links).unwrap();
        let expected = concat!(
            r#"{"v":1,"id":"tx_1","kind":"payment","status":"succeeded","amount_minor":100,"#,
            r#""currency":"CNY","fee_minor":0,"created_at_ms":0,"#,
            r#""available_at_ms":-9223372036854775808,"merchant_id":"mer_1","source_id":null,"#,
            r#""order_id":null,"memo":"茶\"\\\u0001"#,
            "\u{7f}",
            r#"\n😀","reason":null,"data":"{\"items\":[{\"name\":\"ramen\"}]}","#,
            r#""postings":[["merchant:mer_1","CNY",100],["wallet:CNY","CNY",9223372036854775807]],"#,
            r#""links":[["refunds","tx_0"]],"limit_minor":-7}"#
        );
        assert_eq!(String::from_utf8(bytes.clone()).unwrap(), expected);
        assert_eq!(bytes, serde_canonical(&r, &postings, &links));
    }

    #[test]
    fn every_control_character_and_ascii_is_written_as_serde_json_writes_it() {
        for c in (0u32..0x100).chain([0x2028, 0x2029, 0xFEFF, 0x1F600]) {
            let c = char::from_u32(c).unwrap();
            let mut r = row(None);
            r.fields.reason = Some(format!("a{c}b{c}"));
            assert_eq!(
                canonical_bytes(&r, &[], &[]).unwrap(),
                serde_canonical(&r, &[], &[]),
                "U+{:04X}",
                c as u32
            );
        }
    }

    /// Text full of what JSON escapes: control characters, quotes, backslashes, non-ASCII and
    /// emoji, besides any other character.
    fn nasty() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => prop::char::range('\u{0}', '\u{1f}').prop_map(String::from),
            2 => prop::sample::select(vec!["\"", "\\", "\u{7f}", "\\u0000", "/", "\r\n"])
                .prop_map(String::from),
            2 => prop::sample::select(vec!["茶馆", "é", "\u{2028}", "\u{feff}", "😀", "👩‍👩‍👧"])
                .prop_map(String::from),
            3 => any::<char>().prop_map(String::from),
            3 => "[a-z0-9_:]{0,6}",
        ];
        prop::collection::vec(piece, 0..12).prop_map(|p| p.concat())
    }

    fn fields() -> impl Strategy<Value = TxFields<crate::ledger::model::Stored>> {
        (
            (
                nasty(),
                nasty(),
                any::<i64>(),
                nasty(),
                any::<i64>(),
                any::<i64>(),
            ),
            (
                prop::option::of(any::<i64>()),
                prop::option::of(nasty()),
                prop::option::of(nasty()),
                prop::option::of(nasty()),
                prop::option::of(nasty()),
                prop::option::of(nasty()),
            ),
            (nasty(), prop::option::of(any::<i64>())),
        )
            .prop_map(
                |(
                    (kind, status, amount_minor, currency, fee_minor, created_at),
                    (available_at, merchant_id, source_id, order_id, memo, reason),
                    (data, limit_minor),
                )| TxFields {
                    kind,
                    status,
                    amount_minor,
                    currency,
                    fee_minor,
                    created_at,
                    available_at,
                    merchant_id,
                    source_id,
                    order_id,
                    memo,
                    reason,
                    data,
                    limit_minor,
                },
            )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn the_writer_matches_serde_json_byte_for_byte(
            id in nasty(),
            fields in fields(),
            postings in prop::collection::vec((nasty(), nasty(), any::<i64>()), 0..4),
            links in prop::collection::vec((nasty(), nasty()), 0..3),
        ) {
            let row = TxRow { seq: 1, id, fields };
            let mine = canonical_bytes(&row, &postings, &links).unwrap();
            prop_assert_eq!(&mine, &serde_canonical(&row, &postings, &links));
            // Appending to a used buffer writes the same bytes after what was there.
            let mut buf = b"prefix".to_vec();
            write_canonical(&mut buf, &row, &postings, &links);
            prop_assert_eq!(&buf[6..], &mine[..]);
        }

        #[test]
        fn data_written_by_serde_json_round_trips_through_the_seal(
            texts in prop::collection::vec(nasty(), 0..4),
            numbers in prop::collection::vec(any::<i64>(), 0..3),
        ) {
            // Data as `record` stores it: a JSON value's text, itself escaped inside the seal.
            let mut row = row(None);
            row.fields.data = serde_json::json!({ "items": texts, "n": numbers }).to_string();
            prop_assert_eq!(
                canonical_bytes(&row, &[], &[]).unwrap(),
                serde_canonical(&row, &[], &[])
            );
        }
    }
}
