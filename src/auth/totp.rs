//! Time-based one-time codes (RFC 6238) as Google Authenticator, Microsoft Authenticator,
//! 1Password and `oathtool` expect them: HMAC-SHA-1, 6 digits, 30-second steps, a 160-bit
//! secret shown in Base32. One step of drift is accepted either way, and a step once used is
//! never accepted again (RFC 6238 §5.2). Recovery codes are 10 single-use codes of 60 random
//! bits, kept only as SHA-256 hashes.

use sha2::{Digest, Sha256};
use totp_rs::{Algorithm, TOTP};
use zeroize::Zeroizing;

use crate::error::{Code, Error, Result};

/// The step length, in seconds.
pub const STEP_SECONDS: i64 = 30;
/// Digits per code.
pub const DIGITS: usize = 6;
/// Steps of clock drift accepted on either side.
pub const DRIFT_STEPS: i64 = 1;
/// The issuer shown by authenticator apps.
pub const ISSUER: &str = "OKPay";
/// How many recovery codes a set holds.
pub const RECOVERY_CODES: usize = 10;
/// The secret's length in bytes (160 bits, RFC 4226's recommendation).
pub const SECRET_BYTES: usize = 20;

/// A TOTP secret, zeroized on drop.
pub struct TotpSecret(Zeroizing<Vec<u8>>);

impl TotpSecret {
    /// A fresh secret from the operating system's CSPRNG.
    pub fn generate() -> TotpSecret {
        TotpSecret(Zeroizing::new(
            super::vault::random_bytes::<SECRET_BYTES>().to_vec(),
        ))
    }

    /// A secret from its bytes (decrypted from the wallet).
    pub fn from_bytes(bytes: &[u8]) -> TotpSecret {
        TotpSecret(Zeroizing::new(bytes.to_vec()))
    }

    /// The raw bytes (to encrypt them).
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The secret in Base32 (RFC 4648, no padding), as authenticator apps take it.
    pub fn base32(&self) -> Zeroizing<String> {
        Zeroizing::new(data_encoding::BASE32_NOPAD.encode(&self.0))
    }

    /// The Base32 secret in groups of four, for typing.
    pub fn base32_grouped(&self) -> Zeroizing<String> {
        let plain = self.base32();
        let groups: Vec<&str> = plain
            .as_bytes()
            .chunks(4)
            .filter_map(|c| std::str::from_utf8(c).ok())
            .collect();
        Zeroizing::new(groups.join(" "))
    }

    /// `otpauth://totp/OKPay:USERNAME?secret=…&issuer=OKPay` (the Key Uri Format).
    pub fn otpauth_uri(&self, username: &str) -> Zeroizing<String> {
        let label =
            percent_encoding::utf8_percent_encode(username, percent_encoding::NON_ALPHANUMERIC);
        Zeroizing::new(format!(
            "otpauth://totp/{ISSUER}:{label}?secret={}&issuer={ISSUER}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
            self.base32().as_str()
        ))
    }

    fn totp(&self) -> TOTP {
        // The secret's length is ours (20 bytes): no check to fail.
        TOTP::new_unchecked(
            Algorithm::SHA1,
            DIGITS,
            0,
            STEP_SECONDS.unsigned_abs(),
            self.0.to_vec(),
        )
    }

    /// The code of one step.
    pub fn code_at_step(&self, step: i64) -> Result<String> {
        let seconds = u64::try_from(step.saturating_mul(STEP_SECONDS)).map_err(Error::internal)?;
        Ok(self.totp().generate(seconds))
    }

    /// Check `code` at `now_seconds`: the step it matches (within one step of drift) and which
    /// is newer than `last_step`; `otp_invalid` otherwise.
    pub fn check(&self, code: &str, now_seconds: i64, last_step: Option<i64>) -> Result<i64> {
        let code = normalise_code(code)?;
        let current = now_seconds.div_euclid(STEP_SECONDS);
        for step in current - DRIFT_STEPS..=current + DRIFT_STEPS {
            if last_step.is_some_and(|last| step <= last) {
                continue;
            }
            let expected = self.code_at_step(step)?;
            if constant_time_eq(expected.as_bytes(), code.as_bytes()) {
                return Ok(step);
            }
        }
        Err(Error::new(Code::OtpInvalid, "err.otp.invalid"))
    }
}

/// A typed code: six digits, spaces allowed between them (`123 456`).
fn normalise_code(code: &str) -> Result<String> {
    let digits: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() == DIGITS && digits.bytes().all(|b| b.is_ascii_digit()) {
        Ok(digits)
    } else {
        Err(Error::new(Code::OtpInvalid, "err.otp.malformed").arg("digits", DIGITS))
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The alphabet of recovery codes: Crockford's Base32, lowercase (no i, l, o, u).
const RECOVERY_ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// A fresh set of recovery codes: `xxxx-xxxx-xxxx` (60 random bits each).
pub fn recovery_codes() -> Vec<Zeroizing<String>> {
    (0..RECOVERY_CODES)
        .map(|_| {
            let bytes = super::vault::random_bytes::<12>();
            let chars: String = bytes
                .iter()
                .map(|b| char::from(RECOVERY_ALPHABET[usize::from(b & 31)]))
                .collect();
            Zeroizing::new(format!(
                "{}-{}-{}",
                &chars[0..4],
                &chars[4..8],
                &chars[8..12]
            ))
        })
        .collect()
}

/// The stored hash of a recovery code, as typed (case, spaces and dashes do not matter).
pub fn recovery_hash(code: &str) -> [u8; 32] {
    let canonical: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let mut hasher = Sha256::new();
    hasher.update(b"okpay/recovery-code/v1\0");
    hasher.update(canonical.as_bytes());
    hasher.finalize().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, the SHA-1 rows: the 20-byte ASCII secret "12345678901234567890",
    /// 8-digit codes; our 6 digits are their last six.
    #[test]
    fn rfc_6238_test_vectors() {
        let secret = TotpSecret::from_bytes(b"12345678901234567890");
        for (time, code8) in [
            (59_i64, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            let code = secret.code_at_step(time / STEP_SECONDS).unwrap();
            assert_eq!(code, code8[2..], "t={time}");
            assert_eq!(secret.check(&code, time, None).unwrap(), time / 30);
        }
    }

    #[test]
    fn drift_of_one_step_and_no_reuse() {
        let secret = TotpSecret::generate();
        let now = 1_800_000_000_i64;
        let step = now / 30;
        let before = secret.code_at_step(step - 1).unwrap();
        let after = secret.code_at_step(step + 1).unwrap();
        let too_old = secret.code_at_step(step - 2).unwrap();
        assert_eq!(secret.check(&before, now, None).unwrap(), step - 1);
        assert_eq!(secret.check(&after, now, None).unwrap(), step + 1);
        let current = secret.code_at_step(step).unwrap();
        if too_old != current && too_old != before && too_old != after {
            assert!(secret.check(&too_old, now, None).is_err());
        }
        // A step at or before the last one used is never accepted again.
        assert!(secret.check(&current, now, Some(step)).is_err());
        assert!(secret.check(&before, now, Some(step - 1)).is_err());
        let spaced = format!("{} {}", &current[..3], &current[3..]);
        assert_eq!(secret.check(&spaced, now, Some(step - 1)).unwrap(), step);
        for bad in ["", "12345", "1234567", "12a456", "１２３４５６"] {
            let err = secret.check(bad, now, None).unwrap_err();
            assert_eq!(err.code, Code::OtpInvalid, "{bad}");
        }
    }

    #[test]
    fn the_uri_and_base32_are_what_apps_read() {
        let secret = TotpSecret::from_bytes(b"12345678901234567890");
        assert_eq!(secret.base32().as_str(), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(
            secret.base32_grouped().as_str(),
            "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"
        );
        assert_eq!(
            secret.otpauth_uri("alice li").as_str(),
            "otpauth://totp/OKPay:alice%20li?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=OKPay&algorithm=SHA1&digits=6&period=30"
        );
    }

    #[test]
    fn recovery_codes_are_random_and_hash_as_typed() {
        let codes = recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        let mut unique: Vec<&str> = codes.iter().map(|c| c.as_str()).collect();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), RECOVERY_CODES);
        for code in &codes {
            assert_eq!(code.len(), 14);
            assert_eq!(
                recovery_hash(code),
                recovery_hash(&code.to_uppercase().replace('-', " "))
            );
        }
        assert_ne!(recovery_hash(&codes[0]), recovery_hash(&codes[1]));
    }
}
