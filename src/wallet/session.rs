//! The Wallet facade's unlocking: passwords (with lock-out counted in the file), session
//! tokens, login and logout.

use jiff::{SignedDuration, Timestamp};

use super::access::{Security, Unlocked};
use super::{
    key_aad, session_aad, Credential, Wallet, FAILED_UNLOCKS_MAX, LOCKOUT_BASE_SECONDS,
    LOCKOUT_MAX_SECONDS, SESSION_TTL_MAX,
};
use crate::auth::password::{KdfParams, Password};
use crate::auth::vault::{self, SessionToken, WalletKey, WrappedKey};
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::ledger::sealed;
use crate::store::{sessions, wallet_row};

/// An attempt in flight longer than this was abandoned (its process died during the KDF).
const PENDING_STALE_MS: i64 = 120_000;
/// The longest a new attempt waits for the attempts in flight to end.
const RESERVE_WAIT_MAX: std::time::Duration = std::time::Duration::from_secs(30);

/// What the reservation of an attempt found.
enum Reserve {
    /// Go ahead; the consecutive failures so far.
    Go(i64),
    /// Locked out until then.
    Locked(i64),
    /// Too many attempts in flight: wait for them.
    Wait,
}

/// How long the `failures`-th consecutive failure locks the wallet: 5 minutes at the
/// threshold, doubling with each failure after it, at most a day.
fn lockout_seconds(failures: i64) -> i64 {
    let doublings = u32::try_from((failures - FAILED_UNLOCKS_MAX).clamp(0, 16)).unwrap_or(16);
    LOCKOUT_BASE_SECONDS
        .saturating_mul(1_i64 << doublings)
        .min(LOCKOUT_MAX_SECONDS)
}

fn row_is_sealed_in(conn: &rusqlite::Connection) -> Result<bool> {
    Ok(wallet_row::sealed(conn)?.unwrap_or(false))
}

/// Proof that this process checked the password again, and the second factor once 2FA is on:
/// the stepped-up state of the wallet's unlocking (locked → password verified → second factor
/// verified → unlocked → stepped up). The operations that loosen a protection take one by
/// reference: raising a limit or loosening a risk rule (as an `Option`: tightening needs none),
/// unfreezing, setting the FX spread, turning 2FA off or replacing its recovery codes, and
/// starting a session. Only [`Wallet::step_up`] makes one (a session never does); it cannot be
/// cloned or built outside this module, and it names the wallet that made it:
///
/// ```compile_fail,E0451
/// // Outside the wallet module a step-up cannot be forged:
/// let forged = okpay::wallet::SteppedUp { wallet_id: String::new() };
/// ```
#[derive(Debug)]
#[must_use = "a step-up is only worth the operation it is handed to"]
pub struct SteppedUp {
    wallet_id: String,
}

/// The refusal of an operation that needs a step-up this process did not make.
pub fn step_up_required() -> Error {
    Error::new(Code::StepUpRequired, "err.auth.step_up_required")
}

impl Wallet {
    fn wrapped_key(&self) -> Result<WrappedKey> {
        let damaged = || Error::new(Code::IntegrityError, "err.vault.secret_damaged");
        Ok(WrappedKey {
            salt: self
                .row
                .key_salt
                .as_slice()
                .try_into()
                .map_err(|_| damaged())?,
            params: KdfParams {
                m_kib: self.row.kdf_m_kib,
                t: self.row.kdf_t,
                p: self.row.kdf_p,
            },
            nonce: self
                .row
                .key_nonce
                .as_slice()
                .try_into()
                .map_err(|_| damaged())?,
            ciphertext: self.row.key_wrapped.clone(),
        })
    }

    fn check_lockout(&self, now: Timestamp) -> Result<()> {
        let Some(until_ms) = self.row.locked_until_ms else {
            return Ok(());
        };
        let now_ms = clock::to_ms(now);
        if until_ms <= now_ms {
            return Ok(());
        }
        let until = clock::from_ms(until_ms)?;
        let retry_after = (until_ms - now_ms + 999) / 1000;
        Err(Error::new(Code::LockedOut, "err.auth.locked_out")
            .arg("retry_at", clock::local(until, &self.zone))
            .detail("retry_after", retry_after)
            .detail("retry_at", clock::rfc3339(until)))
    }

    /// Unlock with a password or a session token. Failed passwords are counted in the file,
    /// so backoff and lock-out hold across processes.
    pub fn unlock(&mut self, credential: Credential) -> Result<Unlocked<'_>> {
        match credential {
            Credential::Password(password) => drop(self.unlock_password(&password)?),
            Credential::Session(token) => self.unlock_session(&token)?,
        }
        Ok(Unlocked::new(self))
    }

    fn unlock_password(&mut self, password: &Password) -> Result<SteppedUp> {
        let now = self.now();
        self.check_lockout(now)?;
        let wrapped = self.wrapped_key()?;
        self.reserve_attempt(now)?;
        let sandbox = self.row.sandbox;
        match vault::unwrap_with_password_checked(
            &wrapped,
            password,
            &key_aad(sandbox),
            &key_aad(!sandbox),
        ) {
            Ok(key) => {
                let verified = match PasswordVerified(key).second_factor(self, now) {
                    Ok(verified) => verified,
                    Err(e) => return Err(self.failed(now, e)),
                };
                self.clear_attempts(verified.key())?;
                self.install(verified);
                Ok(SteppedUp {
                    wallet_id: self.row.wallet_id.clone(),
                })
            }
            Err(e) if e.code == Code::AuthFailed => Err(self.failed(now, e)),
            // Any other outcome (a damaged or edited key record) still ends the reserved
            // attempt, as a failure: the counters must always add up.
            Err(e) => {
                let counted = self.failed(now, Error::new(Code::AuthFailed, "err.auth.failed"));
                if counted.code == Code::AuthFailed {
                    Err(e)
                } else {
                    Err(counted)
                }
            }
        }
    }

    /// Reserve one attempt before the KDF runs (a write of its own, so parallel attempts see
    /// each other): refused with `locked_out` while a lock-out lasts. While the failures and the
    /// attempts in flight reach the threshold, a new attempt waits for those in flight to end,
    /// so a burst of wrong passwords runs the KDF at most `FAILED_UNLOCKS_MAX` times and a burst
    /// of right ones all get through. Returns the failures before this attempt.
    /// Reserve an attempt for a one-time code checked on its own (inside a session).
    pub(super) fn reserve_code_attempt(&mut self, now: Timestamp) -> Result<()> {
        self.reserve_attempt(now).map(|_| ())
    }

    fn reserve_attempt(&mut self, now: Timestamp) -> Result<i64> {
        let now_ms = clock::to_ms(now);
        let started = std::time::Instant::now();
        loop {
            let real_now_ms = clock::to_ms(Timestamp::now());
            let outcome = self.store.write(|conn| {
                let mut state = wallet_row::lockout(conn)?;
                let stale = state
                    .pending_since_ms
                    .is_some_and(|since| real_now_ms.saturating_sub(since) > PENDING_STALE_MS);
                if state.pending > 0 && stale {
                    wallet_row::expire_pending(conn)?;
                    state = wallet_row::lockout(conn)?;
                }
                if let Some(until) = state.locked_until_ms.filter(|&u| u > now_ms) {
                    return Ok(Reserve::Locked(until));
                }
                if state.failed + state.pending >= FAILED_UNLOCKS_MAX {
                    if state.pending > 0 {
                        return Ok(Reserve::Wait);
                    }
                    // A lock-out just ended: one more attempt, and the wallet is locked again
                    // for the next, doubled, period unless it succeeds.
                    let until = now_ms.saturating_add(lockout_seconds(state.failed + 1) * 1000);
                    wallet_row::set_locked_until(conn, Some(until))?;
                }
                wallet_row::reserve_attempt(conn, real_now_ms)?;
                Ok(Reserve::Go(state.failed))
            })?;
            match outcome {
                Reserve::Go(failed) => return Ok(failed),
                Reserve::Locked(until_ms) => {
                    self.row.locked_until_ms = Some(until_ms);
                    return self.check_lockout(now).map(|()| 0);
                }
                Reserve::Wait if started.elapsed() < RESERVE_WAIT_MAX => {
                    std::thread::sleep(std::time::Duration::from_millis(25));
                }
                Reserve::Wait => {
                    return Err(Error::new(Code::LockedOut, "err.auth.attempts_in_flight")
                        .detail("retry_after", 1));
                }
            }
        }
    }

    /// A wrong password: count it; at the threshold, lock the wallet for a doubling time.
    pub(super) fn failed(&mut self, now: Timestamp, error: Error) -> Error {
        let now_ms = clock::to_ms(now);
        let counted = self.store.write(|conn| {
            let failures = wallet_row::attempt_failed(conn)?;
            wallet_row::log_event(
                conn,
                now_ms,
                "unlock_failed",
                &serde_json::json!({"failures": failures}),
            )?;
            if failures >= FAILED_UNLOCKS_MAX {
                let seconds = lockout_seconds(failures);
                let until = now_ms.saturating_add(seconds.saturating_mul(1000));
                wallet_row::set_locked_until(conn, Some(until))?;
                wallet_row::log_event(
                    conn,
                    now_ms,
                    "locked_out",
                    &serde_json::json!({"seconds": seconds, "failures": failures}),
                )?;
            }
            Ok(failures)
        });
        match counted {
            Ok(failures) => {
                self.row.failed_unlocks = failures;
                let remaining = (FAILED_UNLOCKS_MAX - failures).max(0);
                error.detail("attempts_remaining", remaining)
            }
            Err(e) => e,
        }
    }

    /// A success clears the failures and seals the counters as they now stand, when the
    /// settings row and the counters are sound. On a tampered wallet nothing is sealed: the
    /// attempt is counted as a failure instead, which keeps the counters' equation true, so
    /// the tampering alone is what the next write and `verify` report.
    pub(super) fn clear_attempts(&mut self, key: &WalletKey) -> Result<()> {
        let cleared = self.store.write(|conn| {
            let counters_sound = crate::ledger::guard::check_lockout_counters(conn).is_ok();
            let sealed = row_is_sealed_in(conn)?;
            let settings_sound = !sealed
                || sealed::check(conn, key, &sealed::WALLET, &[&1]).is_ok_and(|found| found);
            if !(counters_sound && settings_sound) {
                wallet_row::attempt_failed(conn)?;
                return Ok(false);
            }
            wallet_row::attempt_succeeded(conn)?;
            wallet_row::seal_counters(conn)?;
            if sealed {
                sealed::reseal(conn, key, &sealed::WALLET, &[&1])?;
            }
            Ok(true)
        })?;
        if cleared {
            self.row.failed_unlocks = 0;
            self.row.locked_until_ms = None;
        }
        Ok(())
    }

    fn unlock_session(&mut self, token: &str) -> Result<()> {
        let token = SessionToken::parse(token)?;
        let now_ms = clock::to_ms(self.now());
        let expired = || Error::new(Code::SessionExpired, "err.session.expired");
        // One read of the row's sealed values: the expiry and wrapped key, checked against
        // the row's MAC once the wrapped key has given the wallet key.
        let id_hash = token.id_hash();
        let sealed_row =
            sealed::read(self.store.conn(), &sealed::SESSIONS, &[&id_hash.as_slice()])?
                .ok_or_else(expired)?;
        let row = sessions::from_sealed(&sealed_row.values)?;
        if row.expires_at_ms <= now_ms {
            self.store
                .write(|conn| sessions::purge_expired(conn, now_ms))?;
            return Err(expired());
        }
        let sandbox = self.row.sandbox;
        let key = match vault::unwrap_for_session(&row.wrapped_key, &token, &session_aad(sandbox)) {
            Ok(key) => key,
            Err(e) => {
                // Opening only under the other sandbox setting: the flag was flipped.
                if vault::unwrap_for_session(&row.wrapped_key, &token, &session_aad(!sandbox))
                    .is_ok()
                {
                    return Err(Error::new(
                        Code::IntegrityError,
                        "err.integrity.sandbox_flag",
                    ));
                }
                return Err(e);
            }
        };
        // The expiry just read is trusted only if the row's seal says so (a wallet made before
        // sealing existed has its sessions sealed at its first unlocked write).
        if self.row.sealed {
            sealed::verify(&key, &sealed::SESSIONS, &sealed_row)?;
        }
        // A session is handed out only once every factor was checked, so it stands for both.
        self.install(FactorsVerified(key));
        self.session_expires_at = Some(clock::from_ms(row.expires_at_ms)?);
        Ok(())
    }

    /// A step-up: the password again (and the second factor once 2FA is on), even when a
    /// session already unlocked the wallet. It unlocks the wallet too, and returns the proof the
    /// operations that loosen a protection take (see [`SteppedUp`]). The attempt is counted
    /// like any unlock.
    pub fn step_up(&mut self, password: &Password) -> Result<SteppedUp> {
        self.unlock_password(password)
    }

    /// Accept `proof` for this wallet: `step_up_required` for a proof another wallet made
    /// (a process holding two wallets cannot lend one's step-up to the other).
    pub(super) fn check_step_up(&self, proof: &SteppedUp) -> Result<()> {
        if proof.wallet_id == self.row.wallet_id {
            Ok(())
        } else {
            Err(step_up_required())
        }
    }

    /// Accept an optional proof: whether this process stepped up for this wallet. For the
    /// operations that need a step-up only when they loosen something (limits, risk rules).
    pub(super) fn stepped_up(&self, proof: Option<&SteppedUp>) -> Result<bool> {
        match proof {
            Some(p) => self.check_step_up(p).map(|()| true),
            None => Ok(false),
        }
    }

    /// The wallet key, or `auth_required` when locked.
    pub fn key(&self) -> Result<&WalletKey> {
        self.key
            .as_ref()
            .ok_or_else(|| Error::new(Code::AuthRequired, "err.auth.required"))
    }

    /// `okpay login`: check the username (when given) and the password, then start a session.
    /// A wrong username or password is the same `auth_failed`.
    pub fn login(
        &mut self,
        username: Option<&str>,
        password: &Password,
        ttl: SignedDuration,
    ) -> Result<(SessionToken, Timestamp)> {
        if ttl <= SignedDuration::ZERO || ttl > SESSION_TTL_MAX {
            return Err(Error::invalid("err.session.ttl").arg("max", "12h"));
        }
        let now = self.now();
        self.check_lockout(now)?;
        if username.is_some_and(|u| u != self.row.username) {
            // Count the attempt and spend the same time as a password check, then fail the same
            // way as a wrong password.
            self.reserve_attempt(now)?;
            let _ = vault::unwrap_with_password(
                &self.wrapped_key()?,
                password,
                b"okpay/username-mismatch",
            );
            let error = Error::new(Code::AuthFailed, "err.auth.failed");
            return Err(self.failed(now, error));
        }
        let proof = self.unlock_password(password)?;
        self.unlocked()?
            .security()
            .new_session(ttl, "login", &proof)
    }

    /// `okpay logout`: end the given session, or every session. Returns how many ended.
    pub fn logout(&mut self, token: Option<&str>, all: bool) -> Result<usize> {
        let now_ms = clock::to_ms(self.now());
        let id_hash = match (all, token) {
            (true, _) => None,
            (false, Some(t)) => Some(SessionToken::parse(t)?.id_hash()),
            (false, None) => return Err(Error::new(Code::InputRequired, "err.logout.no_session")),
        };
        self.store.write(|conn| {
            let revoked = match &id_hash {
                Some(h) => sessions::delete(conn, h)?,
                None => sessions::delete_all(conn)?,
            };
            sessions::purge_expired(conn, now_ms)?;
            let detail = serde_json::json!({"revoked": revoked, "all": all});
            wallet_row::log_event(conn, now_ms, "logout", &detail)?;
            Ok(revoked)
        })
    }
}

impl Security<'_> {
    /// Start a session for a wallet this process has unlocked with the password (and the
    /// second factor): `login`, and the fresh session `security lockdown` hands out.
    pub fn new_session(
        &mut self,
        ttl: SignedDuration,
        event: &str,
        proof: &SteppedUp,
    ) -> Result<(SessionToken, Timestamp)> {
        if ttl <= SignedDuration::ZERO || ttl > SESSION_TTL_MAX {
            return Err(Error::invalid("err.session.ttl").arg("max", "12h"));
        }
        self.check_step_up(proof)?;
        let now = self.now();
        let key = self.key()?;
        let token = SessionToken::generate();
        let wrapped = vault::wrap_for_session(key, &token, &session_aad(self.row.sandbox))?;
        let expires = now
            .checked_add(ttl)
            .map_err(|_| Error::invalid("err.session.ttl").arg("max", "12h"))?;
        let now_ms = clock::to_ms(now);
        let row = sessions::SessionRow {
            created_at_ms: now_ms,
            expires_at_ms: clock::to_ms(expires),
            wrapped_key: wrapped,
        };
        let id_hash = token.id_hash();
        self.write_unlocked(|conn, key| {
            sessions::purge_expired(conn, now_ms)?;
            sessions::insert(conn, &id_hash, &row)?;
            sealed::reseal(conn, key, &sealed::SESSIONS, &[&id_hash.as_slice()])?;
            let detail = serde_json::json!({"ttl_seconds": ttl.as_secs()});
            wallet_row::log_event(conn, now_ms, event, &detail)
        })?;
        self.session_expires_at = Some(expires);
        Ok((token, expires))
    }
}

/// The two phases of a password unlock, in types: the password opened the wallet key, but
/// with 2FA on the key is not installed (nothing can write) until the second factor is
/// checked too.
struct PasswordVerified(WalletKey);

/// Every factor the wallet asks for was checked: the key may be installed.
struct FactorsVerified(WalletKey);

impl PasswordVerified {
    /// Check the second factor when 2FA is on (by the sealed settings); a no-op otherwise.
    fn second_factor(self, wallet: &mut Wallet, now: Timestamp) -> Result<FactorsVerified> {
        wallet.check_second_factor(&self.0, now)?;
        Ok(FactorsVerified(self.0))
    }
}

impl FactorsVerified {
    fn key(&self) -> &WalletKey {
        &self.0
    }
}

impl Wallet {
    /// Install the key of a fully verified unlock: from here this process may write.
    fn install(&mut self, verified: FactorsVerified) {
        self.key = Some(verified.0);
    }
}

#[cfg(test)]
mod tests {
    use super::super::InitOptions;
    use super::*;
    use crate::money::Currency;

    const PASSWORD: &str = "correct-horse-battery-staple-9";

    fn wallet(dir: &std::path::Path, name: &str) -> Wallet {
        let options = InitOptions {
            username: name.to_string(),
            base_currency: Currency::parse("CNY").unwrap(),
            sandbox: true,
            time_zone: "UTC".to_string(),
            password: Password::new(PASSWORD.to_string()),
        };
        Wallet::init(&dir.join(format!("{name}.db")), options, Timestamp::now()).unwrap()
    }

    #[test]
    fn a_step_up_is_a_proof_for_its_own_wallet_only() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = wallet(dir.path(), "a");
        let mut b = wallet(dir.path(), "b");
        let password = Password::new(PASSWORD.to_string());
        let proof_a = a.step_up(&password).unwrap();
        let proof_b = b.step_up(&password).unwrap();
        assert!(a.check_step_up(&proof_a).is_ok());
        assert!(b.check_step_up(&proof_b).is_ok());
        // A process holding two wallets cannot lend one's step-up to the other.
        let refused = b.check_step_up(&proof_a).unwrap_err();
        assert_eq!(refused.code, Code::StepUpRequired);
        assert!(b.stepped_up(Some(&proof_a)).is_err());
        assert!(!b.stepped_up(None).unwrap());
        assert!(b.stepped_up(Some(&proof_b)).unwrap());
    }

    #[test]
    fn a_wrong_password_makes_no_proof() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = wallet(dir.path(), "a");
        let wrong = Password::new("not-the-password-at-all-1".to_string());
        assert_eq!(a.step_up(&wrong).unwrap_err().code, Code::AuthFailed);
    }
}
