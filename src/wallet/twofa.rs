//! The Wallet facade's two-factor authentication: enabling (a new secret waits for its first
//! code), confirming (recovery codes shown once), the check every password unlock makes once
//! 2FA is on, disabling and regenerating the recovery codes (both step-ups).
//!
//! Whether 2FA is on is trusted only from the sealed settings row, checked with the key the
//! password just unwrapped: clearing the flag or deleting the TOTP row with `sqlite3` is an
//! integrity error, not a way around the second factor.

use super::SteppedUp;
use jiff::Timestamp;
use rusqlite::Connection;
use serde::Serialize;
use serde_json::json;
use zeroize::Zeroizing;

use super::access::TwoFa;
use super::Wallet;
use crate::auth::totp::{self, TotpSecret};
use crate::auth::vault::WalletKey;
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::ledger::sealed::{self, tampered};
use crate::store::totp as tq;
use crate::store::wallet_row;

/// The associated data of the encrypted TOTP secret.
pub(super) const SECRET_AAD: &[u8] = b"totp.secret.1";

/// A second factor offered with a password (or on its own inside a session).
pub enum SecondFactor {
    /// A code from the authenticator app.
    Code(Zeroizing<String>),
    /// A single-use recovery code.
    Recovery(Zeroizing<String>),
}

/// What `2fa enable` shows: the URI for an app (and its QR code), the secret for typing.
#[derive(Serialize)]
pub struct TwoFaSetup {
    pub otpauth_uri: String,
    pub secret: String,
    /// The secret in groups of four (not in JSON: the same characters).
    #[serde(skip)]
    pub secret_grouped: String,
}

/// `2fa status`.
#[derive(Debug, Clone, Serialize)]
pub struct TwoFaStatus {
    pub enabled: bool,
    /// A secret waits for `2fa confirm`.
    pub pending: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled_at: Option<String>,
    pub recovery_codes_left: i64,
}

impl Wallet {
    /// The second factor the caller offers (from `--otp`, `OKPAY_OTP`, `--recovery-code` or a
    /// prompt), used by the next unlock or step-up.
    pub fn set_second_factor(&mut self, factor: Option<SecondFactor>) {
        self.second_factor = factor;
    }

    /// Whether the settings row says 2FA is on, before it can be checked (to decide whether to
    /// ask for a code before the password is checked; enforcement uses the sealed value).
    pub fn twofa_on_unverified(&self) -> bool {
        self.row.twofa
    }

    /// `okpay 2fa status` (no unlock).
    pub fn twofa_status(&self) -> Result<TwoFaStatus> {
        let conn = self.store.conn();
        let row = tq::get(conn)?;
        Ok(TwoFaStatus {
            enabled: self.row.twofa,
            pending: row.as_ref().is_some_and(|r| !r.enabled),
            enabled_at: row
                .and_then(|r| r.enabled_at_ms)
                .map(clock::from_ms)
                .transpose()?
                .map(clock::rfc3339),
            recovery_codes_left: tq::recovery_codes_left(conn)?,
        })
    }

    /// Once 2FA is on (by the sealed settings row), the second factor a password unlock needs:
    /// `otp_required` without one, `otp_invalid` for a wrong or used one. A code's step and a
    /// recovery code are used up in the same write that accepts them.
    pub(super) fn check_second_factor(&mut self, key: &WalletKey, now: Timestamp) -> Result<()> {
        if !twofa_on_sealed(self.store.conn(), key)? {
            return Ok(());
        }
        let factor = self
            .second_factor
            .as_ref()
            .ok_or_else(|| Error::new(Code::OtpRequired, "err.otp.required"))?;
        self.store
            .write(|conn| use_factor(conn, key, factor, now))?;
        self.second_factor_verified = true;
        Ok(())
    }

    /// Operations that need the second factor even inside a session (adding a funding source):
    /// the factor is checked (and counted like an unlock attempt) unless this process already
    /// checked it with the password.
    pub fn require_second_factor(&mut self) -> Result<()> {
        let key = self
            .key
            .take()
            .ok_or_else(|| Error::new(Code::AuthRequired, "err.auth.required"))?;
        let result = self.require_second_factor_with(&key);
        self.key = Some(key);
        result
    }

    fn require_second_factor_with(&mut self, key: &WalletKey) -> Result<()> {
        if self.second_factor_verified || !twofa_on_sealed(self.store.conn(), key)? {
            return Ok(());
        }
        if self.second_factor.is_none() {
            return Err(Error::new(Code::OtpRequired, "err.otp.required"));
        }
        let now = self.now();
        self.reserve_code_attempt(now)?;
        let checked = self.check_second_factor(key, now);
        match checked {
            Ok(()) => self.clear_attempts(key),
            Err(e) => Err(self.failed(now, e)),
        }
    }
}

/// Whether 2FA is on, by the settings row checked against its seal.
fn twofa_on_sealed(conn: &Connection, key: &WalletKey) -> Result<bool> {
    if !wallet_row::sealed(conn)?.unwrap_or(false) {
        // A wallet from before sealing has never had 2FA.
        return Ok(false);
    }
    let flag = wallet_row::load(conn)?.twofa;
    match sealed::check(conn, key, &sealed::WALLET, &[&1]) {
        Ok(true) => Ok(flag),
        Ok(false) => Err(Error::new(Code::IntegrityError, "err.wallet.no_settings")),
        // The settings were edited: every write will refuse them, but the unlock itself may go
        // on (so `verify` can list what changed) if it meets every second factor that could
        // still be on: the flag as it reads, or a confirmed TOTP row under its own seal.
        Err(_) => {
            let totp_on = tq::get(conn)?.is_some_and(|r| r.enabled)
                && sealed::check(conn, key, &sealed::TOTP, &[&1]).unwrap_or(false);
            Ok(flag || totp_on)
        }
    }
}

/// Check and use up one factor inside the caller's write transaction.
fn use_factor(
    conn: &Connection,
    key: &WalletKey,
    factor: &SecondFactor,
    now: Timestamp,
) -> Result<()> {
    let invalid = || Error::new(Code::OtpInvalid, "err.otp.invalid");
    match factor {
        SecondFactor::Code(code) => {
            let row = tq::get(conn)?
                .filter(|r| r.enabled)
                .ok_or_else(|| tampered("totp", 1))?;
            if !sealed::check(conn, key, &sealed::TOTP, &[&1])? {
                return Err(tampered("totp", 1));
            }
            let secret = TotpSecret::from_bytes(&key.open(SECRET_AAD, &row.secret)?);
            let step = secret.check(code, now.as_second(), row.last_step)?;
            if !tq::use_step(conn, step)? {
                return Err(invalid());
            }
            sealed::reseal(conn, key, &sealed::TOTP, &[&1])
        }
        SecondFactor::Recovery(code) => {
            let n =
                tq::unused_recovery_code(conn, &totp::recovery_hash(code))?.ok_or_else(invalid)?;
            if !sealed::check(conn, key, &sealed::RECOVERY_CODES, &[&n])? {
                return Err(tampered("recovery_codes", n));
            }
            if !tq::use_recovery_code(conn, n, clock::to_ms(now))? {
                return Err(invalid());
            }
            sealed::reseal(conn, key, &sealed::RECOVERY_CODES, &[&n])?;
            let left = tq::recovery_codes_left(conn)?;
            log(conn, now, "recovery_code_used", json!({"left": left}))
        }
    }
}

fn write_recovery_codes(conn: &Connection, key: &WalletKey, hashes: &[[u8; 32]]) -> Result<()> {
    tq::replace_recovery_codes(conn, hashes)?;
    for n in 1..=i64::try_from(hashes.len()).map_err(Error::internal)? {
        sealed::reseal(conn, key, &sealed::RECOVERY_CODES, &[&n])?;
    }
    Ok(())
}

fn log(conn: &Connection, now: Timestamp, kind: &str, detail: serde_json::Value) -> Result<()> {
    wallet_row::log_event(conn, clock::to_ms(now), kind, &detail)
}

impl TwoFa<'_> {
    /// `okpay 2fa enable`: a fresh secret, stored encrypted and unconfirmed.
    pub fn enable(&mut self) -> Result<TwoFaSetup> {
        if self.row.twofa {
            return Err(Error::new(Code::InvalidState, "err.2fa.already_on"));
        }
        let secret = TotpSecret::generate();
        let now_ms = clock::to_ms(self.now());
        self.write_unlocked(|conn, key| {
            let sealed_secret = key.seal(SECRET_AAD, secret.as_bytes())?;
            tq::put_pending(conn, &sealed_secret, now_ms)?;
            sealed::reseal(conn, key, &sealed::TOTP, &[&1])
        })?;
        Ok(TwoFaSetup {
            otpauth_uri: secret.otpauth_uri(&self.row.username).to_string(),
            secret: secret.base32().to_string(),
            secret_grouped: secret.base32_grouped().to_string(),
        })
    }

    /// `okpay 2fa confirm CODE`: the first code proves the app has the secret; 2FA is on and
    /// ten recovery codes are made, shown once and stored hashed.
    pub fn confirm(&mut self, code: &str) -> Result<Vec<Zeroizing<String>>> {
        self.key()?;
        if self.row.twofa {
            return Err(Error::new(Code::InvalidState, "err.2fa.already_on"));
        }
        if tq::get(self.store.conn())?.is_none_or(|r| r.enabled) {
            return Err(Error::new(Code::InvalidState, "err.2fa.nothing_to_confirm"));
        }
        let now = self.now();
        self.reserve_code_attempt(now)?;
        let codes = totp::recovery_codes();
        let hashes: Vec<[u8; 32]> = codes.iter().map(|c| totp::recovery_hash(c)).collect();
        let confirmed = self.write_unlocked(|conn, key| {
            let row = tq::get(conn)?
                .filter(|r| !r.enabled)
                .ok_or_else(|| Error::new(Code::InvalidState, "err.2fa.nothing_to_confirm"))?;
            if !sealed::check(conn, key, &sealed::TOTP, &[&1])? {
                return Err(tampered("totp", 1));
            }
            let secret = TotpSecret::from_bytes(&key.open(SECRET_AAD, &row.secret)?);
            let step = secret.check(code, now.as_second(), None)?;
            tq::confirm(conn, step, clock::to_ms(now))?;
            sealed::reseal(conn, key, &sealed::TOTP, &[&1])?;
            write_recovery_codes(conn, key, &hashes)?;
            wallet_row::set_twofa(conn, true)?;
            log(conn, now, "2fa_enabled", json!({}))
        });
        match confirmed {
            Ok(()) => {
                let key = self
                    .key
                    .take()
                    .ok_or_else(|| Error::new(Code::AuthRequired, "err.auth.required"))?;
                let cleared = self.clear_attempts(&key);
                self.key = Some(key);
                cleared?;
            }
            Err(e) => return Err(self.failed(now, e)),
        }
        self.row.twofa = true;
        Ok(codes)
    }

    /// `okpay 2fa disable`: a step-up (the password and a code or recovery code).
    pub fn disable(&mut self, step_up: &SteppedUp) -> Result<()> {
        self.check_step_up(step_up)?;
        if !self.row.twofa {
            return Err(Error::new(Code::InvalidState, "err.2fa.already_off"));
        }
        let now = self.now();
        self.write_unlocked(|conn, _| {
            tq::delete_all(conn)?;
            wallet_row::set_twofa(conn, false)?;
            log(conn, now, "2fa_disabled", json!({}))
        })?;
        self.row.twofa = false;
        Ok(())
    }

    /// `okpay 2fa recovery-codes --regenerate`: a step-up; every old code stops working.
    pub fn regenerate_codes(&mut self, step_up: &SteppedUp) -> Result<Vec<Zeroizing<String>>> {
        self.check_step_up(step_up)?;
        if !self.row.twofa {
            return Err(Error::new(Code::InvalidState, "err.2fa.already_off"));
        }
        let now = self.now();
        let codes = totp::recovery_codes();
        let hashes: Vec<[u8; 32]> = codes.iter().map(|c| totp::recovery_hash(c)).collect();
        self.write_unlocked(|conn, key| {
            write_recovery_codes(conn, key, &hashes)?;
            log(conn, now, "recovery_codes_regenerated", json!({}))
        })?;
        Ok(codes)
    }
}
