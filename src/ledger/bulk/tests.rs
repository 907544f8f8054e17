//! The bulk writer against the one-by-one code: the same transactions recorded both ways make
//! the same bytes in every table.

use jiff::Timestamp;
use rusqlite::types::Value;
use rusqlite::Connection;

use super::*;
use crate::ledger::verify::{verify_ledger, HeadVersion};
use crate::ledger::{account, record, Kind, LinkKind, Status};
use crate::money::Currency;
use crate::store::ledger::TxWrites;

/// A wallet in memory (settings row and an empty sealed chain).
fn wallet(key: &WalletKey) -> Connection {
    let conn = crate::store::tests::memory();
    conn.execute_batch(
        "INSERT INTO wallet (id, username, base_currency, time_zone, sandbox, created_at_ms,
             kdf_m_kib, kdf_t, kdf_p, key_salt, key_nonce, key_wrapped, wallet_id)
         VALUES (1, 'alice', 'CNY', 'Asia/Shanghai', 1, 0, 1, 1, 1, x'00', x'00', x'00', 'w1');",
    )
    .unwrap();
    conn.execute(
        "INSERT INTO chain (id, count, head, head_mac) VALUES (1, 0, zeroblob(32), ?1)",
        [seal::head_mac(key, 0, &[0u8; 32]).to_vec()],
    )
    .unwrap();
    conn
}

fn at(i: i64) -> Timestamp {
    Timestamp::from_second(1_700_000_000 + i * 3_600).unwrap()
}

fn leg(account: String, currency: Currency, amount_minor: i64) -> Posting {
    Posting {
        account,
        currency,
        amount_minor,
    }
}

/// The `i`th transaction of a mixed history: top-ups in two currencies, pending top-ups and
/// their settlements or returns, payments counted against the limits, declines, refunds.
fn nth(i: i64, ids: &[String], pending: &mut Option<(String, i64)>) -> NewTransaction {
    let cny = Currency::CNY;
    let eur = Currency::EUR;
    if let Some((target, amount)) = pending.take() {
        let mut tx = NewTransaction::new(Kind::Settlement, Status::Succeeded, amount, cny, at(i));
        let (to, link) = if i % 3 == 0 {
            (account::external("src_bank"), LinkKind::Returns)
        } else {
            (account::wallet(cny), LinkKind::Settles)
        };
        tx.postings = vec![
            leg(account::pending(cny), cny, -amount),
            leg(to, cny, amount),
        ];
        tx.links = vec![(target, link)];
        return tx;
    }
    match i % 9 {
        0 => {
            let mut tx = NewTransaction::new(Kind::Topup, Status::Succeeded, 50_000, cny, at(i));
            tx.source_id = Some("src_card".into());
            tx.data = serde_json::json!({"charged_minor": 50_000, "source_masked": "•••• 4242"});
            tx.postings = vec![
                leg(account::external("src_card"), cny, -50_000),
                leg(account::wallet(cny), cny, 50_000),
            ];
            tx
        }
        1 => {
            let mut tx = NewTransaction::new(Kind::Topup, Status::Succeeded, 7_000, eur, at(i));
            tx.postings = vec![
                leg(account::external("src_eur"), eur, -7_000),
                leg(account::wallet(eur), eur, 7_000),
            ];
            tx
        }
        2 => {
            let amount = 1_000 + i;
            let mut tx = NewTransaction::new(Kind::Topup, Status::Pending, amount, cny, at(i));
            tx.available_at = Some(at(i + 1));
            tx.postings = vec![
                leg(account::external("src_bank"), cny, -amount),
                leg(account::pending(cny), cny, amount),
            ];
            tx
        }
        3 => {
            let mut tx =
                NewTransaction::new(Kind::Payment, Status::Declined, 9_999_999, cny, at(i));
            tx.merchant_id = Some("mer_2".into());
            tx.reason = Some("insufficient_funds".into());
            tx.data = serde_json::json!({"decline": {"code": "insufficient_funds"}});
            tx
        }
        4 => {
            // A refund of half the newest payment, when there is one.
            let target = ids.iter().rev().find(|id| id.starts_with("pay:"));
            let mut tx = NewTransaction::new(Kind::Payment, Status::Succeeded, 100, eur, at(i));
            if target.is_none() {
                tx.merchant_id = Some("mer_3".into());
                tx.postings = vec![
                    leg(account::wallet(eur), eur, -100),
                    leg(account::merchant("mer_3"), eur, 100),
                ];
            }
            tx
        }
        _ => {
            let amount = 300 + i * 7;
            let mut tx = NewTransaction::new(Kind::Payment, Status::Succeeded, amount, cny, at(i));
            let m = format!("mer_{}", i % 4);
            tx.merchant_id = Some(m.clone());
            tx.order_id = Some(format!("O-{i}"));
            tx.memo = Some("tea \"and\" cake".into());
            tx.fee_minor = i % 2;
            tx.limit_minor = Some(amount + i % 2);
            tx.data =
                serde_json::json!({"merchant_name": m, "items": [{"name": "x", "quantity": 1}]});
            tx.postings = vec![
                leg(account::wallet(cny), cny, -(amount + i % 2)),
                leg(account::merchant(&m), cny, amount),
                leg(account::fees(cny), cny, i % 2),
            ];
            tx
        }
    }
}

/// A history recorded one by one: each transaction with the id it got.
fn one_by_one(conn: &Connection, key: &WalletKey, n: i64) -> Vec<(NewTransaction, String)> {
    let mut done: Vec<(NewTransaction, String)> = Vec::new();
    let mut pending = None;
    let mut paid: Vec<(String, i64)> = Vec::new();
    for i in 0..n {
        let mut tx = nth(i, &[], &mut pending);
        if i % 9 == 4 {
            if let Some((target, amount)) = paid.pop() {
                tx = NewTransaction::new(
                    Kind::Refund,
                    Status::Succeeded,
                    amount / 2,
                    Currency::CNY,
                    at(i),
                );
                tx.merchant_id = Some("mer_1".into());
                tx.postings = vec![
                    leg(account::merchant("mer_1"), Currency::CNY, -(amount / 2)),
                    leg(account::wallet(Currency::CNY), Currency::CNY, amount / 2),
                ];
                tx.links = vec![(target, LinkKind::Refunds)];
            }
        }
        let recorded = record(conn, key, &tx).unwrap();
        if tx.kind == Kind::Topup && tx.status == Status::Pending {
            pending = Some((recorded.id.clone(), tx.amount_minor));
        }
        if tx.kind == Kind::Payment
            && tx.status == Status::Succeeded
            && tx.currency == Currency::CNY
        {
            paid.push((recorded.id.clone(), tx.amount_minor));
        }
        done.push((tx, recorded.id));
    }
    done
}

/// Record through the scope open on the writes' connection under a given id (the ids are
/// random; the second wallet takes the first one's).
fn bulk_record(
    writes: &mut TxWrites<'_>,
    key: &WalletKey,
    tx: &NewTransaction,
    id: &str,
) -> Recorded {
    crate::ledger::check_postings(tx).unwrap();
    ACTIVE.with(|a| {
        let mut slot = a.borrow_mut();
        let state = slot.as_mut().unwrap();
        state.record(writes, key, tx, id.to_string()).unwrap()
    })
}

/// Every row of every table, in rowid order (WITHOUT ROWID tables in key order).
fn dump(conn: &Connection) -> Vec<(String, Vec<Vec<Value>>)> {
    let mut names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{name}\"")).unwrap();
            let n = stmt.column_count();
            let mut rows: Vec<Vec<Value>> = stmt
                .query_map([], |r| (0..n).map(|i| r.get::<_, Value>(i)).collect())
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            rows.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
            (name, rows)
        })
        .collect()
}

#[test]
fn bulk_recording_writes_the_same_bytes_as_one_by_one() {
    let key = WalletKey::generate();
    let one = wallet(&key);
    let history = one_by_one(&one, &key, 300);
    assert!(history.iter().any(|(tx, _)| !tx.links.is_empty()));
    assert!(history.iter().any(|(tx, _)| tx.limit_minor.is_some()));

    let bulk = wallet(&key);
    // In three scopes (three chunks), the middle one with a line rolled back; the outer two
    // write through statements prepared for the scope (`sandbox generate`), the middle one
    // through the statement cache (`pay --batch`).
    let thirds = [0..100, 100..200, 200..300];
    for (n, range) in thirds.into_iter().enumerate() {
        scope(&bulk, &key, || {
            let mut writes = if n == 1 {
                TxWrites::cached(&bulk)
            } else {
                TxWrites::prepare(&bulk)?
            };
            for (i, (tx, id)) in history[range.clone()].iter().enumerate() {
                if n == 1 && i == 50 {
                    // A line recorded in a savepoint, then rolled back.
                    let before = mark();
                    bulk.execute_batch("SAVEPOINT line").unwrap();
                    let mut extra = tx.clone();
                    extra.links.clear();
                    if extra.postings.is_empty() || extra.kind != Kind::Settlement {
                        bulk_record(&mut writes, &key, &extra, "tx_01ZZZZZZZZZZZZZZZZZZZZZZZZ");
                    }
                    bulk.execute_batch("ROLLBACK TO line; RELEASE line")
                        .unwrap();
                    restore(before);
                }
                let recorded = bulk_record(&mut writes, &key, tx, id);
                assert_eq!(&recorded.id, id);
            }
            Ok(())
        })
        .unwrap();
    }
    let (a, b) = (dump(&one), dump(&bulk));
    assert_eq!(a.len(), b.len());
    for ((name, rows_a), (_, rows_b)) in a.iter().zip(&b) {
        assert_eq!(rows_a.len(), rows_b.len(), "{name}");
        assert_eq!(rows_a, rows_b, "{name}");
    }
    assert!(a
        .iter()
        .any(|(name, rows)| name == "seals" && rows.len() == 300));
    assert!(verify_ledger(&bulk, Some(&key), HeadVersion::V2)
        .unwrap()
        .is_empty());
}

#[test]
fn record_goes_through_the_scope_and_the_guard_passes_after() {
    let key = WalletKey::generate();
    let conn = wallet(&key);
    let mut pending = None;
    let ids = scope(&conn, &key, || {
        let mut ids = Vec::new();
        for i in 0..40 {
            let tx = nth(i, &[], &mut pending);
            let recorded = record(&conn, &key, &tx)?;
            if tx.kind == Kind::Topup && tx.status == Status::Pending {
                pending = Some((recorded.id.clone(), tx.amount_minor));
            }
            ids.push(recorded.id);
            if i == 1 {
                // Nothing written to the chain row yet.
                assert_eq!(q::chain(&conn)?.unwrap().0, 0);
            }
        }
        Ok(ids)
    })
    .unwrap();
    assert!(ids.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(q::chain(&conn).unwrap().unwrap().0, 40);
    assert!(verify_ledger(&conn, Some(&key), HeadVersion::V2)
        .unwrap()
        .is_empty());
    // Outside a scope, recording is one by one again, on the sealed head.
    record(&conn, &key, &nth(0, &[], &mut None)).unwrap();
    assert_eq!(q::chain(&conn).unwrap().unwrap().0, 41);
}

#[test]
fn a_balance_edited_before_the_scope_is_refused_when_first_touched() {
    let key = WalletKey::generate();
    let conn = wallet(&key);
    record(&conn, &key, &nth(0, &[], &mut None)).unwrap();
    conn.execute("UPDATE balances SET balance_minor = balance_minor + 1", [])
        .unwrap();
    let err = scope(&conn, &key, || record(&conn, &key, &nth(0, &[], &mut None))).unwrap_err();
    assert_eq!(err.code, crate::error::Code::IntegrityError);
}

#[test]
fn a_head_edited_before_the_scope_is_refused() {
    let key = WalletKey::generate();
    let conn = wallet(&key);
    record(&conn, &key, &nth(0, &[], &mut None)).unwrap();
    conn.execute("UPDATE chain SET count = 5", []).unwrap();
    assert!(scope(&conn, &key, || Ok(())).is_err());
}

/// The `i`th payment counted against the limits (`nth` 5..8 are).
fn counted(i: i64) -> NewTransaction {
    let tx = nth(i * 9 + 5, &[], &mut None);
    assert!(tx.limit_minor.is_some());
    tx
}

#[test]
fn a_scope_serves_the_limit_totals_it_moved_and_checks_the_rest_once() {
    let key = WalletKey::generate();
    let conn = wallet(&key);
    // Funds, and a counted payment one by one: a day and a month total on disk.
    record(&conn, &key, &nth(0, &[], &mut None)).unwrap();
    record(&conn, &key, &counted(0)).unwrap();
    let stored = |period: &str| -> i64 {
        conn.query_row(
            "SELECT used_minor FROM limit_usage WHERE period = ?1",
            [period],
            |r| r.get(0),
        )
        .unwrap()
    };
    let periods: Vec<String> = conn
        .prepare("SELECT period FROM limit_usage ORDER BY period")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(periods.len(), 2, "{periods:?}");
    scope(&conn, &key, || {
        // Not met yet: read from disk by whoever asks.
        assert_eq!(period_total(&conn, &periods[0]), None);
        record(&conn, &key, &counted(0))?;
        for p in &periods {
            assert_eq!(period_total(&conn, p), Some(stored(p)), "{p}");
        }
        // Another connection's scope is not this one.
        let other = wallet(&key);
        assert_eq!(period_total(&other, &periods[0]), None);
        Ok(())
    })
    .unwrap();
    assert_eq!(period_total(&conn, &periods[0]), None, "the scope is over");

    // A total edited behind okpay's back is refused when a scope first moves it.
    conn.execute("UPDATE limit_usage SET used_minor = 0", [])
        .unwrap();
    let err = scope(&conn, &key, || record(&conn, &key, &counted(0))).unwrap_err();
    assert_eq!(err.code, crate::error::Code::IntegrityError);
}
