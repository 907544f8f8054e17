//! The checks every unlocked write makes before it appends, in time independent of the ledger's
//! size: the settings row's seal, the lock-out counters against their sealed values, the chain
//! head's MAC, the newest transaction's seal recomputed from its rows, and each of the user's
//! own balances against its seal and its account's newest posting. A mismatch is
//! `integrity_error` and the write appends nothing, so a write can never re-seal on top of
//! tampering and erase its evidence.
//!
//! A wallet made before sealing existed (schema < 4, no settings MAC yet) is verified in full
//! once, then every row is sealed and the chain head's MAC moves to version 2; from then on a
//! cleared MAC cannot pass for an old wallet, because the head would not verify as version 1.

use rusqlite::Connection;

use crate::auth::vault::WalletKey;
use crate::error::{Code, Error, Result};
use crate::ledger::sealed::{self, tampered};
use crate::ledger::{seal, verify};
use crate::store::ledger as q;
use crate::store::wallet_row;

/// Where the chain stands: its length and head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainPoint {
    pub count: i64,
    pub head: Vec<u8>,
}

/// The chain as stored, without checking it (for the anchor comparison of reads).
pub fn chain_point(conn: &Connection) -> Result<ChainPoint> {
    let (count, head, _) = q::chain(conn)?.ok_or_else(chain_missing)?;
    Ok(ChainPoint { count, head })
}

fn chain_missing() -> Error {
    Error::new(Code::IntegrityError, "err.integrity.chain_missing")
}

/// Run every pre-write check inside the caller's write transaction; returns the chain point
/// the write starts from.
pub fn before_write(conn: &Connection, key: &WalletKey) -> Result<ChainPoint> {
    match sealed::read(conn, &sealed::WALLET, &[&1])? {
        None => return Err(Error::new(Code::IntegrityError, "err.wallet.no_settings")),
        Some(row) if !row.is_sealed() => upgrade(conn, key)?,
        Some(row) => {
            // The row's seal in today's layout, else in the layout it had before a column
            // joined the seal (an upgraded wallet, until this write reseals it).
            if sealed::verify(key, &sealed::WALLET, &row).is_err() {
                sealed::check(conn, key, &sealed::WALLET, &[&1])?;
            }
        }
    }
    check_lockout_counters(conn)?;
    let point = check_head(conn, key)?;
    for account_id in q::own_accounts(conn)? {
        check_balance(conn, key, account_id)?;
    }
    Ok(point)
}

/// The chain head's MAC, and the newest transaction's seal recomputed from its rows.
fn check_head(conn: &Connection, key: &WalletKey) -> Result<ChainPoint> {
    let ((count, head, head_mac), newest) = q::chain_and_newest(conn)?.ok_or_else(chain_missing)?;
    let expected = seal::head_mac(key, count, &head);
    if head_mac.as_deref() != Some(expected.as_slice()) {
        return Err(tampered("chain", "head"));
    }
    let newest = newest.unwrap_or(0);
    if newest != count {
        return Err(
            Error::new(Code::IntegrityError, "err.integrity.chain_length")
                .arg_detail("transactions", newest)
                .arg_detail("chain", count),
        );
    }
    if count > 0 {
        let row = q::tx_by_seq(conn, count)?.ok_or_else(chain_missing)?;
        let (before, stored) = q::seal_pair(conn, count - 1, count)?;
        let previous = match count {
            1 => vec![0u8; 32],
            n => before.ok_or_else(|| tampered("seals", n - 1))?,
        };
        let canonical = seal::stored_canonical(conn, &row)?;
        let mac = seal::mac(key, &previous, &canonical);
        if stored.as_deref() != Some(mac.as_slice()) || head != mac {
            return Err(tampered("transactions", &row.id));
        }
    }
    Ok(ChainPoint { count, head })
}

/// A balance about to be trusted or changed: its seal matches, and it names its account's
/// newest posting (so an older sealed balance put back, or a posting removed, shows).
pub fn check_balance(conn: &Connection, key: &WalletKey, account_id: i64) -> Result<()> {
    check_balance_state(key, &balance_state(conn, account_id)?)
}

/// An account's stored balance row and newest posting, unchecked (two cached statements, the
/// same for every account, shared with the posting code).
pub fn balance_state(conn: &Connection, account_id: i64) -> Result<q::BalanceState> {
    let stored = sealed::read(conn, &sealed::BALANCES, &[&account_id])?;
    Ok(q::BalanceState {
        account_id,
        stored: stored.map(|row| (row.values, row.mac)),
        newest_posting: q::newest_posting_seq(conn, account_id)?,
    })
}

/// [`check_balance`] on a state already read (see [`q::BalanceState`]).
pub fn check_balance_state(key: &WalletKey, state: &q::BalanceState) -> Result<()> {
    let named = match &state.stored {
        Some((values, mac)) => {
            let row = sealed::SealedRow {
                values: values.clone(),
                mac: mac.clone(),
            };
            sealed::verify(key, &sealed::BALANCES, &row)?;
            Some(state.last_seq().unwrap_or(0))
        }
        None => None,
    };
    match (state.newest_posting, named) {
        (None, None) => Ok(()),
        (Some(a), Some(b)) if a == b => Ok(()),
        _ => Err(tampered("balances", state.account_id)),
    }
}

/// Failed unlocks are counted without the key (a failure has none), so they cannot carry a MAC.
/// Each attempt adds one to `unlock_attempts` and to the attempts in flight; its outcome moves
/// it to `failed_unlocks` or clears the failures (a success, which seals the counters); every
/// unlocked write seals both totals. Lowering the failures behind okpay's back breaks the
/// equation below, which the next unlocked write and `verify` check.
pub fn check_lockout_counters(conn: &Connection) -> Result<()> {
    let c = wallet_row::counters(conn)?;
    let since = c.attempts - c.attempts_sealed;
    let consistent = since >= 0
        && c.pending >= 0
        && (c.failed - c.failed_sealed) + c.pending == since
        && (c.failed < crate::wallet::FAILED_UNLOCKS_MAX || c.locked_until_ms.is_some());
    if consistent {
        Ok(())
    } else {
        Err(tampered("wallet", "lockout"))
    }
}

/// Seal a wallet made before sealing existed: verify it in full first (nothing tampered may be
/// sealed), then seal every row and move the head MAC to version 2.
fn upgrade(conn: &Connection, key: &WalletKey) -> Result<()> {
    let (count, head, head_mac) = q::chain(conn)?.ok_or_else(chain_missing)?;
    let v1 = seal::head_mac_v1(key, count, &head);
    if head_mac.as_deref() != Some(v1.as_slice()) {
        return Err(tampered("chain", "head"));
    }
    q::name_newest_postings(conn)?;
    let problems = verify::verify_ledger(conn, Some(key), verify::HeadVersion::V1)?;
    if let Some(first) = problems.first() {
        return Err(Error::new(Code::IntegrityError, "err.integrity.upgrade")
            .arg_detail("problem", first.kind)
            .detail("subject", first.subject.clone().unwrap_or_default()));
    }
    wallet_row::seal_counters(conn)?;
    for table in sealed::ALL {
        sealed::seal_table(conn, key, table)?;
    }
    q::set_chain(conn, count, &head, &seal::head_mac(key, count, &head))
}

/// The checks a reading command can make without the key, in O(1): the chain's length against
/// the newest transaction, and each of the user's own balances against its account's newest
/// posting. They catch a ledger cut short or extended behind okpay's back; the seals need the
/// key (`verify` with the password).
pub fn quick_check(conn: &Connection) -> Result<Vec<verify::Problem>> {
    let mut problems = Vec::new();
    let ((count, _, _), newest) = q::chain_and_newest(conn)?.ok_or_else(chain_missing)?;
    let newest = newest.unwrap_or(0);
    if newest != count {
        problems.push(verify::Problem {
            kind: "chain_length",
            subject: None,
            detail: format!("{newest} transactions, chain records {count}"),
        });
    }
    if !wallet_row::sealed(conn)?.unwrap_or(false) {
        return Ok(problems);
    }
    let behind = q::own_balance_heads(conn)?
        .into_iter()
        .filter(|(_, newest, named)| newest != named);
    for (account_id, _, _) in behind {
        problems.push(verify::Problem {
            kind: "balance_mismatch",
            subject: Some(format!("#{account_id}")),
            detail: "stored balance does not name the newest posting".into(),
        });
    }
    Ok(problems)
}

/// After an unlocked write: seal the settings row and the lock-out counters as they now stand.
pub fn after_write(conn: &Connection, key: &WalletKey) -> Result<ChainPoint> {
    wallet_row::seal_counters(conn)?;
    sealed::reseal(conn, key, &sealed::WALLET, &[&1])?;
    chain_point(conn)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::{account, record, Kind, NewTransaction, Posting, Status};
    use crate::money::Currency;

    /// A wallet as okpay wrote them before sealed rows existed: rows without MACs and a
    /// version-1 head MAC, with two top-ups and a payment.
    fn legacy_wallet() -> (Connection, WalletKey) {
        let conn = crate::store::tests::memory();
        let key = WalletKey::generate();
        conn.execute_batch(
            "INSERT INTO wallet (id, username, base_currency, time_zone, sandbox, created_at_ms,
                 kdf_m_kib, kdf_t, kdf_p, key_salt, key_nonce, key_wrapped, wallet_id)
             VALUES (1, 'alice', 'CNY', 'UTC', 1, 0, 1, 1, 1, x'00', x'00', x'00', 'w1');
             INSERT INTO chain (id, count, head, head_mac) VALUES (1, 0, zeroblob(32), NULL);",
        )
        .unwrap();
        let at = jiff::Timestamp::from_second(1_700_000_000).unwrap();
        let cny = Currency::CNY;
        let leg = |account: String, amount_minor: i64| Posting {
            account,
            currency: cny,
            amount_minor,
        };
        for amount in [10_000, 500] {
            let mut tx = NewTransaction::new(Kind::Topup, Status::Succeeded, amount, cny, at);
            tx.postings = vec![
                leg(account::wallet(cny), amount),
                leg(account::external("src_1"), -amount),
            ];
            record(&conn, &key, &tx).unwrap();
        }
        let mut pay = NewTransaction::new(Kind::Payment, Status::Succeeded, 700, cny, at);
        pay.merchant_id = Some("mer_1".into());
        pay.postings = vec![
            leg(account::wallet(cny), -700),
            leg(account::merchant("mer_1"), 700),
        ];
        record(&conn, &key, &pay).unwrap();
        // What an older okpay left: no MACs, no last_seq, a version-1 head.
        for table in sealed::ALL {
            conn.execute(&format!("UPDATE {} SET mac = NULL", table.name), [])
                .unwrap();
        }
        conn.execute("UPDATE balances SET last_seq = 0", [])
            .unwrap();
        let (count, head, _) = q::chain(&conn).unwrap().unwrap();
        let v1 = seal::head_mac_v1(&key, count, &head);
        conn.execute("UPDATE chain SET head_mac = ?1", [v1.to_vec()])
            .unwrap();
        (conn, key)
    }

    #[test]
    fn a_wallet_from_before_sealing_is_verified_then_sealed_once() {
        let (conn, key) = legacy_wallet();
        let point = before_write(&conn, &key).unwrap();
        assert_eq!(point.count, 3);
        for table in sealed::ALL {
            assert!(
                sealed::check_table(&conn, &key, table).unwrap().is_empty(),
                "{}",
                table.name
            );
        }
        assert!(q::stale_balances(&conn).unwrap().is_empty());
        // Sealed now: the next write's checks pass as they are.
        before_write(&conn, &key).unwrap();
        // Clearing the settings MAC does not make it pass for an old wallet again.
        conn.execute("UPDATE wallet SET mac = NULL", []).unwrap();
        let err = before_write(&conn, &key).unwrap_err();
        assert_eq!(err.code, Code::IntegrityError);
    }

    #[test]
    fn a_wallet_from_before_sealing_that_was_edited_is_not_sealed() {
        let (conn, key) = legacy_wallet();
        conn.execute(
            "UPDATE balances SET balance_minor = balance_minor + 100000
             WHERE account_id = (SELECT id FROM accounts WHERE name = 'wallet:CNY')",
            [],
        )
        .unwrap();
        let err = before_write(&conn, &key).unwrap_err();
        assert_eq!(err.code, Code::IntegrityError);
        // Nothing was sealed: the edit is still there to be found.
        let unsealed: i64 = conn
            .query_row(
                "SELECT (SELECT COUNT(*) FROM wallet WHERE mac IS NULL)
                      + (SELECT COUNT(*) FROM balances WHERE mac IS NULL)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(unsealed, 1 + 3);
    }

    #[test]
    fn the_lockout_counters_must_add_up() {
        let (conn, key) = legacy_wallet();
        before_write(&conn, &key).unwrap();
        // Two attempts: one failed, one still running.
        crate::store::wallet_row::reserve_attempt(&conn, 0).unwrap();
        crate::store::wallet_row::attempt_failed(&conn).unwrap();
        crate::store::wallet_row::reserve_attempt(&conn, 0).unwrap();
        check_lockout_counters(&conn).unwrap();
        // The failure wiped behind okpay's back.
        conn.execute("UPDATE wallet SET failed_unlocks = 0", [])
            .unwrap();
        assert!(check_lockout_counters(&conn).is_err());
        assert!(before_write(&conn, &key).is_err());
    }
}
