//! Writing `okpay:pay?…` URIs, in the canonical form that signatures cover: the scheme and path
//! in lower case, then every parameter as `name=value`, sorted by name and then by value (both
//! compared as their percent-encoded bytes), each percent-encoded per RFC 3986 (the unreserved
//! characters `A–Z a–z 0–9 - . _ ~` stay, every other byte is `%XX` in upper-case hex), joined
//! with `&`. A signed request is the canonical URI followed by `&sig=…`.
//!
//! A request must fit a version-20 QR code at error correction level M (666 bytes), so every
//! request okpay writes can be scanned; a 10-item signed request with short names fits.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::request::{PaymentRequest, URI_PREFIX};
use super::signature;
use crate::clock;
use crate::error::{Error, Result};

/// The bytes a version-20 QR code holds at error correction level M (ISO/IEC 18004, table 7).
pub const URI_BYTES_MAX: usize = 666;
/// The QR code version that holds [`URI_BYTES_MAX`] bytes.
pub const QR_VERSION_MAX: i16 = 20;

/// RFC 3986's unreserved characters stay; everything else is percent-encoded.
const NOT_UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// One URI component, percent-encoded per RFC 3986.
pub fn encode(text: &str) -> String {
    utf8_percent_encode(text, NOT_UNRESERVED).to_string()
}

/// The canonical URI of decoded `(name, value)` parameters (the text a signature covers).
pub fn canonical(pairs: &[(String, String)]) -> String {
    let mut encoded: Vec<String> = pairs
        .iter()
        .map(|(name, value)| format!("{}={}", encode(name), encode(value)))
        .collect();
    // No parameter name is a prefix of another, so sorting `name=value` sorts by name, then
    // by value.
    encoded.sort_unstable();
    format!("{URI_PREFIX}?{}", encoded.join("&"))
}

/// The parameters of a checked request, decoded.
fn parameters(req: &PaymentRequest) -> Vec<(String, String)> {
    let mut pairs = vec![
        ("merchant".to_string(), req.merchant.clone()),
        ("amount".to_string(), req.amount.to_string()),
        (
            "currency".to_string(),
            req.amount.currency().code().to_string(),
        ),
    ];
    if let Some(order) = &req.order_id {
        pairs.push(("order".to_string(), order.clone()));
    }
    if let Some(memo) = &req.memo {
        pairs.push(("memo".to_string(), memo.clone()));
    }
    for item in &req.items {
        let line = format!("{}:{}:{}", item.name, item.quantity, item.unit_price);
        pairs.push(("item".to_string(), line));
    }
    if let Some(at) = req.expires_at {
        pairs.push(("expires".to_string(), clock::rfc3339(at)));
    }
    pairs
}

/// The request's URI, canonical, signed with `key` when one is given; a request longer than a
/// version-20 QR code holds is refused, naming the limit.
pub fn write(req: &PaymentRequest, key: Option<&ed25519_dalek::SigningKey>) -> Result<String> {
    let mut uri = canonical(&parameters(req));
    if let Some(key) = key {
        let sig = signature::sign(key, &uri);
        uri = format!("{uri}&sig={sig}");
    }
    if uri.len() > URI_BYTES_MAX {
        return Err(Error::invalid("err.request.too_long")
            .arg_detail("bytes", uri.len())
            .arg_detail("max", URI_BYTES_MAX)
            .arg_detail("version", QR_VERSION_MAX));
    }
    Ok(uri)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;
    use crate::payments::request::{from_uri, parse_item_flag, RawRequest};
    use ed25519_dalek::SigningKey;

    fn request(items: usize, name_chars: usize) -> PaymentRequest {
        RawRequest {
            merchant: Some("Tea House".into()),
            order: Some("A-1001".into()),
            expires: Some("2026-12-01T18:00:00Z".into()),
            items: (0..items)
                .map(|i| parse_item_flag(&format!("{}{i}:2:12.50", "T".repeat(name_chars))))
                .collect::<Result<_>>()
                .unwrap(),
            ..Default::default()
        }
        .check(Currency::CNY)
        .unwrap()
    }

    #[test]
    fn the_canonical_form_sorts_and_escapes() {
        let pairs = [
            ("merchant".to_string(), "Tea House".to_string()),
            ("item".to_string(), "b:1:1".to_string()),
            ("amount".to_string(), "2".to_string()),
            ("item".to_string(), "a é:1:1".to_string()),
        ];
        assert_eq!(
            canonical(&pairs),
            "okpay:pay?amount=2&item=a%20%C3%A9%3A1%3A1&item=b%3A1%3A1&merchant=Tea%20House"
        );
    }

    #[test]
    fn a_written_request_reads_back_the_same() {
        let key = SigningKey::from_bytes(&[9u8; 32]);
        let req = request(3, 8);
        for signed in [false, true] {
            let uri = write(&req, signed.then_some(&key)).unwrap();
            let mut back = from_uri(&uri).unwrap().check(Currency::USD).unwrap();
            assert_eq!(back.signature.is_some(), signed);
            if let Some(s) = back.signature.take() {
                assert_eq!(
                    format!("{}&sig={}", s.text, signature::sign(&key, &s.text)),
                    uri
                );
            }
            let mut expected = req.clone();
            expected.items.sort_by_key(|i| i.name.clone());
            assert_eq!(back, expected);
        }
    }

    #[test]
    fn ten_signed_items_fit_a_version_20_code_and_more_is_refused() {
        let key = SigningKey::from_bytes(&[9u8; 32]);
        let uri = write(&request(10, 12), Some(&key)).unwrap();
        assert!(uri.len() <= URI_BYTES_MAX, "{}", uri.len());
        let code = qrcode::QrCode::with_error_correction_level(uri.as_bytes(), qrcode::EcLevel::M)
            .unwrap();
        assert!(matches!(code.version(), qrcode::Version::Normal(v) if v <= QR_VERSION_MAX));
        let err = write(&request(20, 12), Some(&key)).unwrap_err();
        assert_eq!(err.key, "err.request.too_long");
        assert_eq!(err.details["max"], "666");
        assert_eq!(err.details["version"], "20");
    }
}
