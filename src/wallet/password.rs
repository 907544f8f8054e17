//! The Wallet facade's password change: re-wrap the wallet key under a new password and revoke
//! the other sessions; with `--rotate-key`, also move everything under a fresh wallet key: every
//! secret column re-encrypted, the HMAC chain and every sealed row re-sealed, in one SQL
//! transaction (a kill mid-way leaves the old password and key working).

use super::SteppedUp;
use jiff::Timestamp;
use rusqlite::Connection;
use serde::Serialize;
use serde_json::json;

use super::{key_aad, Wallet};
use crate::auth::password::{check_policy, KdfParams, Password};
use crate::auth::vault::{self, SessionToken, WalletKey};
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::ledger::{guard, seal, sealed, verify};
use crate::store::anchor::Anchor;
use crate::store::ledger as q;
use crate::store::{sessions, wallet_row};

/// What `password change` did.
#[derive(Debug, Clone, Serialize)]
pub struct PasswordChanged {
    pub changed_at: String,
    pub key_rotated: bool,
    pub sessions_revoked: usize,
    /// Transactions re-sealed under the new key (0 without `--rotate-key`).
    pub transactions_resealed: i64,
}

impl Wallet {
    /// The wallet key wrapped under `password`, bound to this wallet's sandbox flag.
    fn wrap_for(&self, password: &Password) -> Result<vault::WrappedKey> {
        vault::wrap_with_password(
            self.key()?,
            password,
            KdfParams::DEFAULT,
            &key_aad(self.row.sandbox),
        )
    }

    /// Replace the wallet key: verify everything under the old key first (nothing edited may be
    /// re-sealed), then in one write re-encrypt the secrets, re-seal the chain and every sealed
    /// row, wrap the new key under the new password and end every session.
    fn rotate_and_rewrap(
        &mut self,
        new: &Password,
        now: Timestamp,
        progress: &mut dyn FnMut(i64, i64),
    ) -> Result<PasswordChanged> {
        let problems = verify::verify(
            self.store.conn(),
            self.store.integrity_check()?,
            Some(self.key()?),
        )?;
        if let Some(first) = problems.first() {
            return Err(
                Error::new(Code::IntegrityError, "err.password.rotate_unsound")
                    .arg_detail("problem", first.kind),
            );
        }
        let fresh = WalletKey::generate();
        let wrapped =
            vault::wrap_with_password(&fresh, new, KdfParams::DEFAULT, &key_aad(self.row.sandbox))?;
        let old = self
            .key
            .as_ref()
            .ok_or_else(|| Error::new(Code::AuthRequired, "err.auth.required"))?;
        let anchor = self
            .anchors
            .as_ref()
            .and_then(|f| f.get(&self.row.wallet_id));
        let (revoked, point) = self.store.write(|conn| {
            let start = guard::before_write(conn, old)?;
            super::check_anchor(anchor.as_ref(), &start)?;
            crate::funding::source::rekey(conn, old, &fresh)?;
            crate::funding::transfer::rekey(conn, old, &fresh)?;
            super::support::rekey_attachments(conn, old, &fresh)?;
            reseal_chain(conn, &fresh, start.count, progress)?;
            wallet_row::set_wrapped_key(conn, &wrapped)?;
            let revoked = revoke_sessions(conn, None)?;
            for table in sealed::ALL {
                sealed::seal_table(conn, &fresh, table)?;
            }
            log(
                conn,
                now,
                "password_changed",
                json!({"sessions_revoked": revoked, "key_rotated": true}),
            )?;
            log(
                conn,
                now,
                "key_rotated",
                json!({"transactions": start.count}),
            )?;
            let end = guard::after_write(conn, &fresh)?;
            Ok((revoked, end))
        })?;
        // The head changed at the same length: the anchor moves with it, deliberately.
        if let Some(file) = &self.anchors {
            let anchor = Anchor {
                count: point.count,
                head: point.head.clone(),
            };
            let _ = file.accept(&self.row.wallet_id, &anchor);
        }
        self.key = Some(fresh);
        Ok(PasswordChanged {
            changed_at: clock::rfc3339(now),
            key_rotated: true,
            sessions_revoked: revoked,
            transactions_resealed: point.count,
        })
    }
}

/// How often a long re-sealing reports its progress, in transactions.
const PROGRESS_EVERY: i64 = 1000;

/// Re-seal every transaction, in chain order, under `key`, and the chain head with it;
/// `progress(done, total)` is called as it goes.
fn reseal_chain(
    conn: &Connection,
    key: &WalletKey,
    total: i64,
    progress: &mut dyn FnMut(i64, i64),
) -> Result<()> {
    let mut previous = vec![0u8; 32];
    let mut count = 0_i64;
    q::for_each_tx(conn, |row| {
        let canonical = seal::stored_canonical(conn, &row)?;
        let mac = seal::mac(key, &previous, &canonical);
        q::set_seal(conn, row.seq, &mac)?;
        previous = mac.to_vec();
        count += 1;
        if count % PROGRESS_EVERY == 0 {
            progress(count, total);
        }
        Ok(())
    })?;
    progress(count, total);
    q::set_chain(
        conn,
        count,
        &previous,
        &seal::head_mac(key, count, &previous),
    )
}

/// End every session but `keep` (a token's hash); returns how many ended.
fn revoke_sessions(conn: &Connection, keep: Option<&[u8; 32]>) -> Result<usize> {
    match keep {
        Some(hash) => sessions::delete_all_but(conn, hash),
        None => sessions::delete_all(conn),
    }
}

fn log(conn: &Connection, now: Timestamp, kind: &str, detail: serde_json::Value) -> Result<()> {
    wallet_row::log_event(conn, clock::to_ms(now), kind, &detail)
}

impl Wallet {
    /// `okpay password change`: check the current password (counted like any unlock; a step-up,
    /// so a locked wallet may call it), check
    /// the new one against the policy, then re-wrap the wallet key (and, with `rotate_key`,
    /// replace it) in one write. `keep_session` is the caller's session token, left alive when
    /// the key stays the same.
    pub fn change_password(
        &mut self,
        current: &Password,
        new: &Password,
        rotate_key: bool,
        keep_session: Option<&str>,
        progress: &mut dyn FnMut(i64, i64),
    ) -> Result<(PasswordChanged, SteppedUp)> {
        check_policy(new, Some(&self.row.username))?;
        if new.as_str() == current.as_str() {
            return Err(Error::invalid("err.password.same"));
        }
        let stepped_up = self.step_up(current)?;
        let now = self.now();
        let keep = match (rotate_key, keep_session) {
            (false, Some(token)) => SessionToken::parse(token).ok().map(|t| t.id_hash()),
            _ => None,
        };
        let outcome = if rotate_key {
            self.rotate_and_rewrap(new, now, progress)?
        } else {
            let wrapped = self.wrap_for(new)?;
            let revoked = self.write_unlocked(|conn, _| {
                wallet_row::set_wrapped_key(conn, &wrapped)?;
                let revoked = revoke_sessions(conn, keep.as_ref())?;
                log(
                    conn,
                    now,
                    "password_changed",
                    json!({"sessions_revoked": revoked}),
                )?;
                Ok(revoked)
            })?;
            PasswordChanged {
                changed_at: clock::rfc3339(now),
                key_rotated: false,
                sessions_revoked: revoked,
                transactions_resealed: 0,
            }
        };
        self.row = wallet_row::load(self.store.conn())?;
        Ok((outcome, stepped_up))
    }
}
