//! Request integrity: an expiry (`expires=`, RFC 3339) and a merchant's Ed25519 signature
//! (`sig=`), as CLI.md "Shapes of the features to come" → request fixes them.
//!
//! `sig` is the base64url (no padding) Ed25519 signature over the UTF-8 bytes of the request's
//! canonical URI ([`super::uri::canonical`]: `okpay:pay?` and every other parameter, sorted by
//! name then value, percent-encoded per RFC 3986), so `openssl pkeyutl -sign -rawin` makes the
//! same signature okpay does. A merchant added with a verify key is paid only through requests
//! its key signed: the defence against a code swapped for another (a sticker over the real one).

use data_encoding::{BASE64, BASE64URL_NOPAD};
use ed25519_dalek::pkcs8::{DecodePrivateKey, DecodePublicKey};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use jiff::Timestamp;

use super::request::PaymentRequest;
use crate::clock;
use crate::error::{Error, Result};
use crate::store::merchants::MerchantRow;

/// The bytes of an Ed25519 public key.
pub const VERIFY_KEY_BYTES: usize = 32;
/// The longest key file read (a PEM key is a few hundred bytes).
pub const KEY_FILE_BYTES_MAX: u64 = 16 * 1024;

/// A request's signature and the canonical text it claims to sign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    pub text: String,
    pub bytes: [u8; 64],
}

impl Signed {
    /// Read `sig=`: base64url without padding, 64 bytes.
    pub fn parse(sig: &str, text: String) -> Result<Signed> {
        let bytes = BASE64URL_NOPAD
            .decode(sig.as_bytes())
            .ok()
            .and_then(|b| <[u8; 64]>::try_from(b).ok())
            .ok_or_else(|| Error::invalid("err.request.sig_format").detail("field", "sig"))?;
        Ok(Signed { text, bytes })
    }
}

/// Read `expires=` (RFC 3339, any offset).
pub fn parse_expires(text: &str) -> Result<Timestamp> {
    text.parse::<Timestamp>().map_err(|_| {
        Error::invalid("err.request.expires")
            .arg_detail("value", text.chars().take(40).collect::<String>())
            .detail("field", "expires")
    })
}

/// A request past its expiry is refused (before anything is recorded).
pub fn check_expiry(req: &PaymentRequest, now: Timestamp) -> Result<()> {
    match req.expires_at {
        Some(at) if at <= now => Err(Error::invalid("err.request.expired")
            .arg_detail("expires", clock::rfc3339(at))
            .detail("now", clock::rfc3339(now))),
        _ => Ok(()),
    }
}

/// A merchant with a verify key is paid only through a request its key signed; a signature on
/// a request for a merchant without a key proves nothing and is not needed.
pub fn check_signature(merchant: &MerchantRow, req: &PaymentRequest) -> Result<()> {
    let Some(key) = &merchant.verify_key else {
        return Ok(());
    };
    let refuse = |key: &'static str, reason: &str| {
        Error::invalid(key)
            .arg_detail("merchant", &merchant.name)
            .detail("merchant_id", merchant.id.clone())
            .detail("reason", reason)
    };
    let Some(signed) = &req.signature else {
        return Err(refuse("err.request.unsigned", "unsigned"));
    };
    let key = verifying_key(key)?;
    key.verify_strict(
        signed.text.as_bytes(),
        &Signature::from_bytes(&signed.bytes),
    )
    .map_err(|_| refuse("err.request.bad_signature", "bad_signature"))
}

/// A stored verify key (checked when it was added; a bad one now is a damaged row).
fn verifying_key(bytes: &[u8]) -> Result<VerifyingKey> {
    <[u8; VERIFY_KEY_BYTES]>::try_from(bytes)
        .ok()
        .and_then(|b| VerifyingKey::from_bytes(&b).ok())
        .ok_or_else(|| crate::ledger::sealed::tampered("merchants", "verify_key"))
}

/// A verify key given as the raw 32-byte public key in standard base64, if `text` is one.
pub fn verify_key_from_base64(text: &str) -> Option<Result<[u8; VERIFY_KEY_BYTES]>> {
    let bytes = BASE64.decode(text.trim().as_bytes()).ok()?;
    let bytes = <[u8; VERIFY_KEY_BYTES]>::try_from(bytes).ok()?;
    Some(checked_point(bytes))
}

/// A verify key from a PEM `PUBLIC KEY` (SubjectPublicKeyInfo) file's text.
pub fn verify_key_from_pem(pem: &str) -> Result<[u8; VERIFY_KEY_BYTES]> {
    let key = VerifyingKey::from_public_key_pem(pem.trim()).map_err(|e| {
        Error::invalid("err.request.verify_key")
            .arg("detail", e)
            .detail("field", "verify_key")
    })?;
    checked_point(key.to_bytes())
}

/// A point that is not on the curve, or a weak key, cannot verify anything: refuse it now.
fn checked_point(bytes: [u8; VERIFY_KEY_BYTES]) -> Result<[u8; VERIFY_KEY_BYTES]> {
    match VerifyingKey::from_bytes(&bytes) {
        Ok(key) if !key.is_weak() => Ok(bytes),
        _ => Err(Error::invalid("err.request.verify_key")
            .arg("detail", "not a valid Ed25519 public key")
            .detail("field", "verify_key")),
    }
}

/// A signing key from a PKCS#8 PEM private key file's text (`openssl genpkey -algorithm
/// ed25519`). `path` is for the message only.
pub fn signing_key_from_pem(pem: &str, path: &str) -> Result<SigningKey> {
    SigningKey::from_pkcs8_pem(pem.trim()).map_err(|e| {
        Error::invalid("err.request.sign_key")
            .arg_detail("path", path)
            .arg("detail", e)
    })
}

/// The `sig=` value for `text`.
pub fn sign(key: &SigningKey, text: &str) -> String {
    BASE64URL_NOPAD.encode(&key.sign(text.as_bytes()).to_bytes())
}

/// A key's public half in standard base64, as `merchant add --verify-key` takes it.
pub fn public_base64(bytes: &[u8]) -> String {
    BASE64.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;
    use crate::payments::request::from_uri;

    fn key() -> SigningKey {
        SigningKey::from_bytes(&[7u8; 32])
    }

    fn merchant(verify_key: Option<Vec<u8>>) -> MerchantRow {
        MerchantRow {
            seq: 1,
            id: "mer_1".into(),
            name: "Tea House".into(),
            accepts_okpay: true,
            category: None,
            currencies: String::new(),
            blocked: false,
            origin: "added".into(),
            created_at_ms: 0,
            verify_key,
        }
    }

    fn request(uri: &str) -> PaymentRequest {
        from_uri(uri).unwrap().check(Currency::CNY).unwrap()
    }

    #[test]
    fn a_signature_covers_every_other_parameter() {
        let text = "okpay:pay?amount=5.00&currency=CNY&merchant=Tea%20House";
        let sig = sign(&key(), text);
        assert_eq!(sig.len(), 86);
        let m = merchant(Some(key().verifying_key().to_bytes().to_vec()));
        // Any order and any escaping of the same parameters verify.
        // `+` is not a space in RFC 3986: this names another merchant.
        let uri = format!("OKPAY:PAY?merchant=Tea+House&sig={sig}&currency=CNY&amount=5.00");
        assert!(check_signature(&m, &request(&uri)).is_err());
        let uri = format!("okpay:pay?merchant=Tea%20House&sig={sig}&currency=CNY&amount=5.00");
        check_signature(&m, &request(&uri)).unwrap();
        let uri = format!("okpay:pay?currency=%43NY&merchant=Tea House&amount=5.00&sig={sig}");
        check_signature(&m, &request(&uri)).unwrap();
        // One changed parameter, or one added, does not.
        for changed in [
            format!("okpay:pay?merchant=Tea%20House&sig={sig}&currency=CNY&amount=5.01"),
            format!("okpay:pay?merchant=Tea%20House&sig={sig}&currency=CNY&amount=5.00&memo=x"),
        ] {
            let err = check_signature(&m, &request(&changed)).unwrap_err();
            assert_eq!(err.key, "err.request.bad_signature");
            assert_eq!(err.details["merchant"], "Tea House");
        }
        let err =
            check_signature(&m, &request("okpay:pay?merchant=Tea%20House&amount=5")).unwrap_err();
        assert_eq!(err.key, "err.request.unsigned");
        // A merchant without a key needs no signature.
        check_signature(&merchant(None), &request("okpay:pay?merchant=Tea&amount=5")).unwrap();
    }

    #[test]
    fn malformed_signatures_and_keys_are_refused() {
        for sig in ["", "abc", "AAAA=", &"A".repeat(88)] {
            let uri = format!("okpay:pay?merchant=m&amount=1&sig={sig}");
            let err = from_uri(&uri)
                .and_then(|r| r.check(Currency::CNY))
                .unwrap_err();
            assert_eq!(err.key, "err.request.sig_format", "{sig}");
        }
        assert!(verify_key_from_base64("not base64!").is_none());
        assert!(verify_key_from_base64(&BASE64.encode(&[1u8; 31])).is_none());
        // The identity point is a weak key.
        let mut identity = [0u8; 32];
        identity[0] = 1;
        assert!(verify_key_from_base64(&BASE64.encode(&identity))
            .unwrap()
            .is_err());
        let good = BASE64.encode(&key().verifying_key().to_bytes());
        assert!(verify_key_from_base64(&good).unwrap().is_ok());
        assert!(
            verify_key_from_pem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")
                .is_err()
        );
        assert!(signing_key_from_pem("nonsense", "k.pem").is_err());
    }

    #[test]
    fn expiry_is_strict_rfc_3339_and_checked_against_now() {
        let req = request("okpay:pay?merchant=m&amount=1&expires=2026-12-01T10:00:00%2B08:00");
        let at: Timestamp = "2026-12-01T02:00:00Z".parse().unwrap();
        assert_eq!(req.expires_at, Some(at));
        let before: Timestamp = "2026-12-01T01:59:59Z".parse().unwrap();
        check_expiry(&req, before).unwrap();
        let err = check_expiry(&req, at).unwrap_err();
        assert_eq!(err.key, "err.request.expired");
        assert_eq!(err.details["expires"], "2026-12-01T02:00:00Z");
        for bad in ["tomorrow", "2026-13-01T00:00:00Z", ""] {
            let uri = format!("okpay:pay?merchant=m&amount=1&expires={bad}");
            let err = from_uri(&uri)
                .and_then(|r| r.check(Currency::CNY))
                .unwrap_err();
            assert_eq!(err.key, "err.request.expires", "{bad}");
        }
    }
}
