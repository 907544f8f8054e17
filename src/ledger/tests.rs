//! Unit and property tests of the ledger against an in-memory database: recording and its
//! invariants, derived statuses, the read model, `verify` and its tamper detection, and
//! idempotency keys.

use std::collections::{BTreeMap, HashMap};

use jiff::Timestamp;
use proptest::prelude::*;
use rusqlite::Connection;

use super::*;
use crate::auth::vault::WalletKey;
use crate::error::Code;
use crate::ledger::idempotency::{self, Lookup};
use crate::ledger::verify::{verify, Problem};
use crate::ledger::view::LinkView;
use crate::money::Currency;
use crate::store::ledger as q;

// ---- Helpers ----

/// A fresh ledger in memory with its chain row, and the key it is sealed with.
fn setup() -> (Connection, WalletKey) {
    let conn = crate::store::tests::memory();
    let key = WalletKey::generate();
    let head_mac = seal::head_mac(&key, 0, &[0u8; 32]);
    conn.execute(
        "INSERT INTO chain (id, count, head, head_mac) VALUES (1, 0, zeroblob(32), ?1)",
        [head_mac.to_vec()],
    )
    .unwrap();
    (conn, key)
}

fn t0() -> Timestamp {
    Timestamp::from_second(1_700_000_000).unwrap()
}

fn leg(account: String, currency: Currency, amount_minor: i64) -> Posting {
    Posting {
        account,
        currency,
        amount_minor,
    }
}

/// A top-up that is available at once: wallet +, external −.
fn topup(currency: Currency, amount: i64, source: &str) -> NewTransaction {
    let mut tx = NewTransaction::new(Kind::Topup, Status::Succeeded, amount, currency, t0());
    tx.source_id = Some(source.to_string());
    tx.postings = vec![
        leg(account::wallet(currency), currency, amount),
        leg(account::external(source), currency, -amount),
    ];
    tx
}

/// A top-up waiting for the bank: pending +, external −.
fn pending_topup(currency: Currency, amount: i64, source: &str) -> NewTransaction {
    let mut tx = NewTransaction::new(Kind::Topup, Status::Pending, amount, currency, t0());
    tx.source_id = Some(source.to_string());
    tx.postings = vec![
        leg(account::pending(currency), currency, amount),
        leg(account::external(source), currency, -amount),
    ];
    tx
}

/// The settlement of a pending top-up: pending −, wallet +.
fn settle(target: &str, currency: Currency, amount: i64) -> NewTransaction {
    let mut tx = NewTransaction::new(Kind::Settlement, Status::Succeeded, amount, currency, t0());
    tx.postings = vec![
        leg(account::pending(currency), currency, -amount),
        leg(account::wallet(currency), currency, amount),
    ];
    tx.links = vec![(target.to_string(), LinkKind::Settles)];
    tx
}

/// The bank returned a pending top-up: pending −, external +.
fn return_topup(target: &str, currency: Currency, amount: i64, source: &str) -> NewTransaction {
    let mut tx = NewTransaction::new(Kind::Settlement, Status::Succeeded, amount, currency, t0());
    tx.postings = vec![
        leg(account::pending(currency), currency, -amount),
        leg(account::external(source), currency, amount),
    ];
    tx.links = vec![(target.to_string(), LinkKind::Returns)];
    tx
}

/// A payment: wallet −, merchant +.
fn payment(currency: Currency, amount: i64, merchant: &str) -> NewTransaction {
    let mut tx = NewTransaction::new(Kind::Payment, Status::Succeeded, amount, currency, t0());
    tx.merchant_id = Some(merchant.to_string());
    tx.postings = vec![
        leg(account::wallet(currency), currency, -amount),
        leg(account::merchant(merchant), currency, amount),
    ];
    tx
}

/// A declined payment: no postings, a reason.
fn declined(currency: Currency, amount: i64, merchant: &str) -> NewTransaction {
    let mut tx = NewTransaction::new(Kind::Payment, Status::Declined, amount, currency, t0());
    tx.merchant_id = Some(merchant.to_string());
    tx.reason = Some("insufficient_funds".to_string());
    tx
}

/// A refund of (part of) a payment: merchant −, wallet +.
fn refund(target: &str, currency: Currency, amount: i64, merchant: &str) -> NewTransaction {
    let mut tx = NewTransaction::new(Kind::Refund, Status::Succeeded, amount, currency, t0());
    tx.merchant_id = Some(merchant.to_string());
    tx.postings = vec![
        leg(account::merchant(merchant), currency, -amount),
        leg(account::wallet(currency), currency, amount),
    ];
    tx.links = vec![(target.to_string(), LinkKind::Refunds)];
    tx
}

fn rec(conn: &Connection, key: &WalletKey, new: &NewTransaction) -> String {
    record(conn, key, new).unwrap().id
}

/// Record in a rusqlite transaction: committed when `record` succeeds, rolled back otherwise.
fn write(conn: &mut Connection, key: &WalletKey, new: &NewTransaction) -> Result<Recorded> {
    let tx = conn.transaction().unwrap();
    let recorded = record(&tx, key, new)?;
    tx.commit().unwrap();
    Ok(recorded)
}

/// An account's balance summed over its currencies (tests use one currency per account).
fn bal(conn: &Connection, name: &str) -> i64 {
    conn.query_row(
        "SELECT COALESCE(SUM(b.balance_minor), 0) FROM balances b
         JOIN accounts a ON a.id = b.account_id WHERE a.name = ?1",
        [name],
        |r| r.get(0),
    )
    .unwrap()
}

/// The derived status of a transaction, and the amount refunded.
fn derived(conn: &Connection, id: &str) -> (Status, i64) {
    let row = q::tx_by_id(conn, id).unwrap().unwrap();
    let (status, refunded) = q::status_of(conn, row.seq).unwrap().unwrap();
    (Status::parse(&status).unwrap(), refunded)
}

fn status_of(conn: &Connection, id: &str) -> Status {
    derived(conn, id).0
}

fn tx_count(conn: &Connection) -> i64 {
    q::tx_count(conn).unwrap()
}

fn row_count(conn: &Connection, table: &str) -> i64 {
    conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

/// Row counts, balances and the chain head: what a refusal must leave as it was.
#[derive(Debug, PartialEq, Eq)]
struct Snapshot {
    counts: Vec<i64>,
    balances: Vec<(String, String, i64)>,
    head: Option<Vec<u8>>,
}

/// Every row count that `record` may touch, to show that a refusal wrote nothing.
fn snapshot(conn: &Connection) -> Snapshot {
    let counts = [
        "transactions",
        "postings",
        "links",
        "seals",
        "tx_status",
        "accounts",
        "balances",
    ]
    .iter()
    .map(|t| row_count(conn, t))
    .collect();
    let head = q::chain(conn).unwrap().map(|(_, head, _)| head);
    Snapshot {
        counts,
        balances: q::balances(conn).unwrap(),
        head,
    }
}

fn kinds(problems: &[Problem]) -> Vec<&'static str> {
    problems.iter().map(|p| p.kind).collect()
}

fn clean(conn: &Connection, key: &WalletKey) {
    assert_eq!(verify(conn, vec![], None).unwrap(), vec![], "without key");
    assert_eq!(verify(conn, vec![], Some(key)).unwrap(), vec![], "with key");
}

/// A ledger with one of everything. Returns the ids in order.
fn populate(conn: &Connection, key: &WalletKey) -> Vec<String> {
    let cny = Currency::CNY;
    let jpy = Currency::JPY;
    let mut ids = Vec::new();
    ids.push(rec(conn, key, &topup(cny, 10000, "src_1")));
    ids.push(rec(conn, key, &topup(jpy, 5_000, "src_2")));
    let pay = rec(conn, key, &payment(cny, 3000, "m_1"));
    ids.push(pay.clone());
    ids.push(rec(conn, key, &declined(cny, 100000, "m_1")));
    let pending = rec(conn, key, &pending_topup(cny, 2000, "src_1"));
    ids.push(pending.clone());
    ids.push(rec(conn, key, &settle(&pending, cny, 2000)));
    let returned = rec(conn, key, &pending_topup(jpy, 700, "src_2"));
    ids.push(returned.clone());
    ids.push(rec(conn, key, &return_topup(&returned, jpy, 700, "src_2")));
    ids.push(rec(conn, key, &refund(&pay, cny, 1000, "m_1")));
    let mut memo = payment(jpy, 1_200, "m_2");
    memo.memo = Some("lunch".to_string());
    memo.order_id = Some("order-7".to_string());
    memo.data = serde_json::json!({ "items": [{ "name": "ramen", "qty": 2 }] });
    ids.push(rec(conn, key, &memo));
    ids.push(rec(conn, key, &declined(jpy, 99_999, "m_2")));
    ids
}

// ---- Recording ----

#[test]
fn a_topup_credits_the_wallet_and_debits_the_source() {
    let (conn, key) = setup();
    let id = rec(&conn, &key, &topup(Currency::CNY, 12345, "src_1"));
    assert_eq!(bal(&conn, "wallet:CNY"), 12345);
    assert_eq!(bal(&conn, "external:src_1"), -12345);
    assert_eq!(status_of(&conn, &id), Status::Succeeded);
    let second = rec(&conn, &key, &topup(Currency::CNY, 55, "src_1"));
    assert_eq!(bal(&conn, "wallet:CNY"), 12400);
    assert_eq!(bal(&conn, "external:src_1"), -12400);
    assert_ne!(id, second);
    clean(&conn, &key);
}

#[test]
fn a_payment_moves_money_to_the_merchant() {
    let (conn, key) = setup();
    rec(&conn, &key, &topup(Currency::CNY, 10000, "src_1"));
    let id = rec(&conn, &key, &payment(Currency::CNY, 4001, "m_1"));
    assert_eq!(bal(&conn, "wallet:CNY"), 5999);
    assert_eq!(bal(&conn, "merchant:m_1"), 4001);
    assert_eq!(bal(&conn, "external:src_1"), -10000);
    assert_eq!(status_of(&conn, &id), Status::Succeeded);
    // Paying exactly what is left is allowed and leaves zero.
    rec(&conn, &key, &payment(Currency::CNY, 5999, "m_2"));
    assert_eq!(bal(&conn, "wallet:CNY"), 0);
    clean(&conn, &key);
}

#[test]
fn a_declined_payment_is_recorded_without_postings() {
    let (conn, key) = setup();
    let before = q::balances(&conn).unwrap();
    let recorded = record(&conn, &key, &declined(Currency::CNY, 5000, "m_1")).unwrap();
    assert_eq!(status_of(&conn, &recorded.id), Status::Declined);
    assert!(q::postings_of(&conn, recorded.seq).unwrap().is_empty());
    assert_eq!(q::balances(&conn).unwrap(), before);
    let row = q::tx_by_id(&conn, &recorded.id).unwrap().unwrap();
    assert_eq!(row.reason.as_deref(), Some("insufficient_funds"));
    assert_eq!(row.status, "declined");
    assert_eq!(row.kind, "payment");
    assert_eq!(row.amount_minor, 5000);
    assert_eq!(tx_count(&conn), 1);
    clean(&conn, &key);
}

#[test]
fn postings_that_do_not_sum_to_zero_are_refused_and_write_nothing() {
    let (mut conn, key) = setup();
    write(&mut conn, &key, &topup(Currency::CNY, 1000, "src_1")).unwrap();
    let before = snapshot(&conn);

    let mut bad = topup(Currency::CNY, 1000, "src_1");
    bad.postings[1].amount_minor = -999;
    let err = write(&mut conn, &key, &bad).unwrap_err();
    assert_eq!(err.code, Code::Internal);
    assert_eq!(snapshot(&conn), before);

    // Zero per currency is required, not zero overall.
    let mut mixed = topup(Currency::CNY, 1000, "src_1");
    mixed.postings[1].currency = Currency::USD;
    assert!(write(&mut conn, &key, &mixed).is_err());
    assert_eq!(snapshot(&conn), before);

    // A single leg is unbalanced too.
    let mut single = topup(Currency::CNY, 1000, "src_1");
    single.postings.truncate(1);
    assert!(write(&mut conn, &key, &single).is_err());
    assert_eq!(snapshot(&conn), before);

    // Run straight on the connection: the sum is checked before anything is written.
    assert!(record(&conn, &key, &bad).is_err());
    assert_eq!(snapshot(&conn), before);
    clean(&conn, &key);
}

#[test]
fn a_refusal_that_moves_money_is_refused() {
    let (mut conn, key) = setup();
    let before = snapshot(&conn);
    for status in [Status::Declined, Status::Failed] {
        let mut bad = topup(Currency::CNY, 1000, "src_1");
        bad.status = status;
        assert!(write(&mut conn, &key, &bad).is_err(), "{status:?}");
        assert_eq!(snapshot(&conn), before);
    }
    // A failed top-up without postings is fine.
    let mut failed = NewTransaction::new(Kind::Topup, Status::Failed, 1000, Currency::CNY, t0());
    failed.reason = Some("rail_unavailable".to_string());
    let id = write(&mut conn, &key, &failed).unwrap().id;
    assert_eq!(status_of(&conn, &id), Status::Failed);
    clean(&conn, &key);
}

#[test]
fn bad_account_names_and_negative_amounts_are_refused() {
    let (mut conn, key) = setup();
    let before = snapshot(&conn);
    let mut bad = topup(Currency::CNY, 1000, "src_1");
    bad.postings[1].account = "savings:CNY".to_string();
    assert!(write(&mut conn, &key, &bad).is_err());
    let mut empty = topup(Currency::CNY, 1000, "src_1");
    empty.postings[1].account = "external:".to_string();
    assert!(write(&mut conn, &key, &empty).is_err());
    let mut negative = topup(Currency::CNY, 1000, "src_1");
    negative.amount_minor = -1;
    assert!(write(&mut conn, &key, &negative).is_err());
    let mut fee = topup(Currency::CNY, 1000, "src_1");
    fee.fee_minor = -1;
    assert!(write(&mut conn, &key, &fee).is_err());
    assert_eq!(snapshot(&conn), before);
}

#[test]
fn the_users_own_accounts_never_go_negative() {
    let (mut conn, key) = setup();
    write(&mut conn, &key, &topup(Currency::CNY, 1000, "src_1")).unwrap();
    let pending = write(&mut conn, &key, &pending_topup(Currency::CNY, 500, "src_1"))
        .unwrap()
        .id;
    let before = snapshot(&conn);

    // Overdrawing the wallet, in the currency topped up and in another one.
    let err = write(&mut conn, &key, &payment(Currency::CNY, 1001, "m_1")).unwrap_err();
    assert_eq!(err.code, Code::Internal);
    assert_eq!(snapshot(&conn), before);
    assert!(write(&mut conn, &key, &payment(Currency::JPY, 1, "m_1")).is_err());
    assert_eq!(snapshot(&conn), before);

    // Settling more than is pending.
    assert!(write(&mut conn, &key, &settle(&pending, Currency::CNY, 501)).is_err());
    assert_eq!(snapshot(&conn), before);
    assert_eq!(status_of(&conn, &pending), Status::Pending);

    // Someone else's account may go negative: that is what external sources do.
    assert_eq!(bal(&conn, "external:src_1"), -1500);
    assert_eq!(bal(&conn, "wallet:CNY"), 1000);
    assert_eq!(bal(&conn, "pending:CNY"), 500);
    clean(&conn, &key);
}

#[test]
fn postings_to_one_account_are_merged() {
    let (conn, key) = setup();
    let mut tx = topup(Currency::CNY, 1000, "src_1");
    tx.postings = vec![
        leg(account::wallet(Currency::CNY), Currency::CNY, 600),
        leg(account::wallet(Currency::CNY), Currency::CNY, 400),
        leg(account::external("src_1"), Currency::CNY, -1000),
        leg(account::fees(Currency::CNY), Currency::CNY, 0),
    ];
    let recorded = record(&conn, &key, &tx).unwrap();
    assert_eq!(
        q::postings_of(&conn, recorded.seq).unwrap(),
        vec![
            ("external:src_1".to_string(), "CNY".to_string(), -1000),
            ("wallet:CNY".to_string(), "CNY".to_string(), 1000),
        ]
    );
    assert_eq!(bal(&conn, "wallet:CNY"), 1000);
    clean(&conn, &key);
}

#[test]
fn a_settled_pending_topup_succeeds() {
    let (conn, key) = setup();
    let id = rec(&conn, &key, &pending_topup(Currency::CNY, 2500, "src_1"));
    assert_eq!(status_of(&conn, &id), Status::Pending);
    assert_eq!(bal(&conn, "pending:CNY"), 2500);
    assert_eq!(bal(&conn, "wallet:CNY"), 0);
    let settlement = rec(&conn, &key, &settle(&id, Currency::CNY, 2500));
    assert_eq!(status_of(&conn, &id), Status::Succeeded);
    assert_eq!(status_of(&conn, &settlement), Status::Succeeded);
    assert_eq!(bal(&conn, "pending:CNY"), 0);
    assert_eq!(bal(&conn, "wallet:CNY"), 2500);
    // The recorded status stays what it was: rows are never updated.
    assert_eq!(q::tx_by_id(&conn, &id).unwrap().unwrap().status, "pending");
    clean(&conn, &key);
}

#[test]
fn a_returned_pending_topup_fails() {
    let (conn, key) = setup();
    let id = rec(&conn, &key, &pending_topup(Currency::KWD, 1_500, "src_1"));
    rec(
        &conn,
        &key,
        &return_topup(&id, Currency::KWD, 1_500, "src_1"),
    );
    assert_eq!(status_of(&conn, &id), Status::Failed);
    assert_eq!(bal(&conn, "pending:KWD"), 0);
    assert_eq!(bal(&conn, "wallet:KWD"), 0);
    assert_eq!(bal(&conn, "external:src_1"), 0);
    clean(&conn, &key);
}

#[test]
fn refunds_move_a_payment_to_partially_refunded_then_refunded() {
    let (conn, key) = setup();
    rec(&conn, &key, &topup(Currency::CNY, 10000, "src_1"));
    let pay = rec(&conn, &key, &payment(Currency::CNY, 6000, "m_1"));
    assert_eq!(derived(&conn, &pay), (Status::Succeeded, 0));

    let r1 = rec(&conn, &key, &refund(&pay, Currency::CNY, 1000, "m_1"));
    assert_eq!(derived(&conn, &pay), (Status::PartiallyRefunded, 1000));
    assert_eq!(status_of(&conn, &r1), Status::Succeeded);
    assert_eq!(bal(&conn, "wallet:CNY"), 5000);

    rec(&conn, &key, &refund(&pay, Currency::CNY, 2000, "m_1"));
    assert_eq!(derived(&conn, &pay), (Status::PartiallyRefunded, 3000));

    rec(&conn, &key, &refund(&pay, Currency::CNY, 3000, "m_1"));
    assert_eq!(derived(&conn, &pay), (Status::Refunded, 6000));
    assert_eq!(bal(&conn, "wallet:CNY"), 10000);
    assert_eq!(bal(&conn, "merchant:m_1"), 0);
    clean(&conn, &key);
}

#[test]
fn a_full_refund_at_once_is_refunded() {
    let (conn, key) = setup();
    rec(&conn, &key, &topup(Currency::JPY, 1_000, "src_1"));
    let pay = rec(&conn, &key, &payment(Currency::JPY, 999, "m_1"));
    rec(&conn, &key, &refund(&pay, Currency::JPY, 999, "m_1"));
    assert_eq!(derived(&conn, &pay), (Status::Refunded, 999));
    clean(&conn, &key);
}

#[test]
fn a_link_to_an_unknown_transaction_is_refused() {
    let (mut conn, key) = setup();
    write(&mut conn, &key, &topup(Currency::CNY, 1000, "src_1")).unwrap();
    let before = snapshot(&conn);
    let bad = refund("tx_01ARZ3NDEKTSV4RRFFQ69G5FAV", Currency::CNY, 1, "m_1");
    assert!(write(&mut conn, &key, &bad).is_err());
    assert_eq!(snapshot(&conn), before);
}

#[test]
fn ids_are_prefixed_and_strictly_increasing_under_a_still_clock() {
    let (conn, key) = setup();
    let mut last: Option<Recorded> = None;
    for i in 0..50 {
        let new = if i % 3 == 0 {
            declined(Currency::CNY, 1, "m_1")
        } else {
            topup(Currency::CNY, 1, "src_1")
        };
        assert_eq!(new.created_at, t0());
        let recorded = record(&conn, &key, &new).unwrap();
        assert!(recorded.id.starts_with("tx_"), "{}", recorded.id);
        assert_eq!(recorded.id.len(), 3 + 26);
        if let Some(prev) = &last {
            assert!(recorded.id > prev.id, "{} <= {}", recorded.id, prev.id);
            assert!(recorded.seq > prev.seq);
        }
        last = Some(recorded);
    }
    // Also when the clock steps back.
    let mut early = topup(Currency::CNY, 1, "src_1");
    early.created_at = Timestamp::from_second(1_000_000_000).unwrap();
    let recorded = record(&conn, &key, &early).unwrap();
    assert!(recorded.id > last.unwrap().id);
    clean(&conn, &key);
}

#[test]
fn the_view_shows_links_both_ways_and_postings() {
    let (conn, key) = setup();
    rec(&conn, &key, &topup(Currency::CNY, 10000, "src_1"));
    let mut pay_new = payment(Currency::CNY, 6000, "m_1");
    pay_new.memo = Some("books".to_string());
    pay_new.data = serde_json::json!({ "charged_minor": 6000, "items": ["a", "b"] });
    let pay = rec(&conn, &key, &pay_new);
    let r1 = rec(&conn, &key, &refund(&pay, Currency::CNY, 1000, "m_1"));
    let r2 = rec(&conn, &key, &refund(&pay, Currency::CNY, 550, "m_1"));

    let v = view::load(&conn, &pay).unwrap();
    assert_eq!(v.id, pay);
    assert_eq!(v.kind, "payment");
    assert_eq!(v.status, "partially_refunded");
    assert_eq!(v.status(), Some(Status::PartiallyRefunded));
    assert_eq!(v.amount, "60.00");
    assert_eq!(v.currency, "CNY");
    assert_eq!(v.refunded.as_deref(), Some("15.50"));
    assert_eq!(v.charged.as_deref(), Some("60.00"));
    assert_eq!(v.memo.as_deref(), Some("books"));
    assert_eq!(v.merchant.as_deref(), Some("m_1"));
    assert!(!v.extra.contains_key("charged_minor"));
    assert_eq!(v.extra["items"], serde_json::json!(["a", "b"]));
    assert_eq!(
        v.links,
        vec![
            LinkView {
                kind: "refunded_by".to_string(),
                id: r1.clone(),
            },
            LinkView {
                kind: "refunded_by".to_string(),
                id: r2.clone(),
            },
        ]
    );
    let postings: Vec<(String, String, String)> = v
        .postings
        .iter()
        .map(|p| (p.account.clone(), p.currency.clone(), p.amount.clone()))
        .collect();
    assert_eq!(
        postings,
        vec![
            ("merchant:m_1".into(), "CNY".into(), "60.00".into()),
            ("wallet:CNY".into(), "CNY".into(), "-60.00".into()),
        ]
    );

    let rv = view::load(&conn, &r1).unwrap();
    assert_eq!(rv.kind, "refund");
    assert_eq!(rv.status, "succeeded");
    assert_eq!(
        rv.links,
        vec![LinkView {
            kind: "refunds".to_string(),
            id: pay.clone(),
        }]
    );
    assert_eq!(rv.postings.len(), 2);

    // The JSON shape: links as {type, id}, extra fields flattened.
    let json = serde_json::to_value(&v).unwrap();
    assert_eq!(json["links"][0]["type"], "refunded_by");
    assert_eq!(json["links"][0]["id"], r1.as_str());
    assert_eq!(json["items"], serde_json::json!(["a", "b"]));

    // By seq too.
    let by_seq = view::load_seq(&conn, v.seq).unwrap();
    assert_eq!(by_seq.id, pay);

    // Unknown ids are not_found.
    let err = view::load(&conn, "tx_nope").unwrap_err();
    assert_eq!(err.code, Code::NotFound);
}

#[test]
fn the_view_of_settlements_and_refusals() {
    let (conn, key) = setup();
    let pending = rec(&conn, &key, &pending_topup(Currency::JPY, 500, "src_1"));
    let settlement = rec(&conn, &key, &settle(&pending, Currency::JPY, 500));
    let v = view::load(&conn, &pending).unwrap();
    assert_eq!(v.status, "succeeded");
    assert_eq!(v.amount, "500");
    assert_eq!(v.source.as_deref(), Some("src_1"));
    assert_eq!(
        v.links,
        vec![LinkView {
            kind: "settled_by".to_string(),
            id: settlement.clone(),
        }]
    );
    let s = view::load(&conn, &settlement).unwrap();
    assert_eq!(
        s.links,
        vec![LinkView {
            kind: "settles".to_string(),
            id: pending,
        }]
    );

    let d = rec(&conn, &key, &declined(Currency::KWD, 1_234, "m_1"));
    let dv = view::load(&conn, &d).unwrap();
    assert_eq!(dv.status, "declined");
    assert_eq!(dv.amount, "1.234");
    assert!(dv.postings.is_empty());
    assert!(dv.links.is_empty());
    assert!(dv.refunded.is_none());
}

// ---- verify ----

#[test]
fn verify_is_clean_on_a_fresh_ledger() {
    let (conn, key) = setup();
    clean(&conn, &key);
    // A fresh ledger checked with another key: the head MAC does not match.
    let other = WalletKey::generate();
    let problems = verify(&conn, vec![], Some(&other)).unwrap();
    assert_eq!(kinds(&problems), vec!["head_mismatch"]);
}

#[test]
fn verify_is_clean_after_many_operations() {
    let (conn, key) = setup();
    let ids = populate(&conn, &key);
    assert_eq!(tx_count(&conn), ids.len() as i64);
    clean(&conn, &key);
    for round in 0..20 {
        rec(&conn, &key, &topup(Currency::KWD, 1_000 + round, "src_3"));
        rec(&conn, &key, &payment(Currency::KWD, 999, "m_3"));
    }
    clean(&conn, &key);
}

#[test]
fn sqlite_integrity_problems_are_reported_alone() {
    let (conn, key) = setup();
    populate(&conn, &key);
    let problems = verify(&conn, vec!["page 3 is bad".to_string()], Some(&key)).unwrap();
    assert_eq!(kinds(&problems), vec!["sqlite"]);
    assert_eq!(problems[0].detail, "page 3 is bad");
}

#[test]
fn verify_detects_a_changed_posting_amount() {
    let (conn, key) = setup();
    let ids = populate(&conn, &key);
    clean(&conn, &key);
    let seq = q::tx_by_id(&conn, &ids[2]).unwrap().unwrap().seq;
    conn.execute_batch("DROP TRIGGER postings_append_only_update")
        .unwrap();
    let changed = conn
        .execute(
            "UPDATE postings SET amount_minor = amount_minor + 1
             WHERE tx_seq = ?1 AND amount_minor > 0",
            [seq],
        )
        .unwrap();
    assert_eq!(changed, 1);

    let without = verify(&conn, vec![], None).unwrap();
    let k = kinds(&without);
    assert!(k.contains(&"unbalanced"), "{without:?}");
    assert!(k.contains(&"balance_mismatch"), "{without:?}");
    assert!(!k.contains(&"chain_broken"), "{without:?}");
    let unbalanced = without.iter().find(|p| p.kind == "unbalanced").unwrap();
    assert_eq!(unbalanced.subject.as_deref(), Some(ids[2].as_str()));

    let with = verify(&conn, vec![], Some(&key)).unwrap();
    let k = kinds(&with);
    assert!(k.contains(&"unbalanced") || k.contains(&"balance_mismatch"));
    let broken = with.iter().find(|p| p.kind == "chain_broken").unwrap();
    assert_eq!(broken.subject.as_deref(), Some(ids[2].as_str()));
}

#[test]
fn verify_detects_a_balanced_rewrite_of_postings_only_with_the_key() {
    // Someone moves the money to another merchant and fixes the balances table too: the
    // structure is sound, only the chain shows it.
    let (conn, key) = setup();
    let ids = populate(&conn, &key);
    let seq = q::tx_by_id(&conn, &ids[2]).unwrap().unwrap().seq;
    let other = q::account_id(&conn, "merchant:evil", "CNY").unwrap();
    conn.execute_batch("DROP TRIGGER postings_append_only_update")
        .unwrap();
    conn.execute(
        "UPDATE postings SET account_id = ?1 WHERE tx_seq = ?2 AND amount_minor > 0",
        [other, seq],
    )
    .unwrap();
    conn.execute_batch(
        "DELETE FROM balances;
         INSERT INTO balances (account_id, balance_minor)
             SELECT account_id, SUM(amount_minor) FROM postings GROUP BY account_id;",
    )
    .unwrap();
    assert_eq!(verify(&conn, vec![], None).unwrap(), vec![]);
    let with = verify(&conn, vec![], Some(&key)).unwrap();
    assert_eq!(kinds(&with), vec!["chain_broken"]);
}

#[test]
fn verify_detects_a_changed_memo_only_with_the_key() {
    let (conn, key) = setup();
    let ids = populate(&conn, &key);
    let target = &ids[ids.len() - 2]; // the payment with a memo
    conn.execute_batch("DROP TRIGGER transactions_append_only_update")
        .unwrap();
    let changed = conn
        .execute(
            "UPDATE transactions SET memo = 'rent' WHERE id = ?1",
            [target],
        )
        .unwrap();
    assert_eq!(changed, 1);
    assert_eq!(verify(&conn, vec![], None).unwrap(), vec![]);
    let with = verify(&conn, vec![], Some(&key)).unwrap();
    assert_eq!(kinds(&with), vec!["chain_broken"]);
    assert_eq!(with[0].subject.as_deref(), Some(target.as_str()));
}

#[test]
fn verify_detects_a_changed_seal() {
    let (conn, key) = setup();
    populate(&conn, &key);
    conn.execute("UPDATE seals SET mac = zeroblob(32) WHERE tx_seq = 3", [])
        .unwrap();
    assert_eq!(verify(&conn, vec![], None).unwrap(), vec![]);
    let with = verify(&conn, vec![], Some(&key)).unwrap();
    assert_eq!(kinds(&with), vec!["chain_broken"]);
}

fn delete_tx(conn: &Connection, seq: i64) {
    conn.execute_batch(
        "DROP TRIGGER IF EXISTS transactions_append_only_delete;
         DROP TRIGGER IF EXISTS postings_append_only_delete;
         DROP TRIGGER IF EXISTS links_append_only_delete;",
    )
    .unwrap();
    for table in ["seals", "postings", "links", "tx_status", "idempotency"] {
        conn.execute(&format!("DELETE FROM {table} WHERE tx_seq = ?1"), [seq])
            .unwrap();
    }
    conn.execute("DELETE FROM transactions WHERE seq = ?1", [seq])
        .unwrap();
}

#[test]
fn verify_detects_a_truncated_ledger() {
    let (conn, key) = setup();
    let ids = populate(&conn, &key);
    // The last transaction is a declined payment: removing it leaves balances and statuses
    // consistent, so only the chain's length shows it.
    let last = q::tx_by_id(&conn, ids.last().unwrap()).unwrap().unwrap();
    assert_eq!(last.status, "declined");
    delete_tx(&conn, last.seq);
    assert_eq!(tx_count(&conn), ids.len() as i64 - 1);

    let without = verify(&conn, vec![], None).unwrap();
    assert_eq!(kinds(&without), vec!["chain_length"]);
    let with = verify(&conn, vec![], Some(&key)).unwrap();
    assert!(kinds(&with).contains(&"chain_length"), "{with:?}");
    assert!(!kinds(&with).contains(&"chain_broken"), "{with:?}");
}

#[test]
fn verify_detects_a_removed_refund() {
    let (conn, key) = setup();
    let ids = populate(&conn, &key);
    let refund_row = q::tx_by_id(&conn, &ids[8]).unwrap().unwrap();
    assert_eq!(refund_row.kind, "refund");
    // Remove the refund in the middle: balances, the payment's status, the chain all show it.
    delete_tx(&conn, refund_row.seq);
    let with = verify(&conn, vec![], Some(&key)).unwrap();
    let k = kinds(&with);
    for expected in [
        "balance_mismatch",
        "status_mismatch",
        "chain_length",
        "chain_broken",
    ] {
        assert!(k.contains(&expected), "{expected} missing from {with:?}");
    }
}

#[test]
fn verify_detects_an_edited_balance() {
    let (conn, key) = setup();
    populate(&conn, &key);
    conn.execute(
        "UPDATE balances SET balance_minor = balance_minor + 5
         WHERE account_id = (SELECT id FROM accounts WHERE name = 'wallet:CNY')",
        [],
    )
    .unwrap();
    for problems in [
        verify(&conn, vec![], None).unwrap(),
        verify(&conn, vec![], Some(&key)).unwrap(),
    ] {
        assert_eq!(kinds(&problems), vec!["balance_mismatch"]);
        assert_eq!(problems[0].subject.as_deref(), Some("wallet:CNY"));
    }
    // A balance row deleted outright is a mismatch too.
    conn.execute(
        "DELETE FROM balances
         WHERE account_id = (SELECT id FROM accounts WHERE name = 'merchant:m_1')",
        [],
    )
    .unwrap();
    let problems = verify(&conn, vec![], None).unwrap();
    assert_eq!(
        kinds(&problems),
        vec!["balance_mismatch", "balance_mismatch"]
    );
}

#[test]
fn verify_detects_an_edited_status() {
    let (conn, key) = setup();
    let ids = populate(&conn, &key);
    let seq = q::tx_by_id(&conn, &ids[2]).unwrap().unwrap().seq;
    conn.execute(
        "UPDATE tx_status SET status = 'refunded', refunded_minor = 3000 WHERE tx_seq = ?1",
        [seq],
    )
    .unwrap();
    let problems = verify(&conn, vec![], Some(&key)).unwrap();
    assert_eq!(kinds(&problems), vec!["status_mismatch"]);
    assert_eq!(problems[0].subject.as_deref(), Some(ids[2].as_str()));
}

#[test]
fn verify_detects_an_illegal_link() {
    let (conn, key) = setup();
    let ids = populate(&conn, &key);
    // A settlement of a top-up that was never pending, written behind the ledger's back.
    let succeeded_topup = q::tx_by_id(&conn, &ids[0]).unwrap().unwrap().seq;
    let last = q::tx_by_id(&conn, ids.last().unwrap())
        .unwrap()
        .unwrap()
        .seq;
    conn.execute(
        "INSERT INTO links (tx_seq, target_seq, kind) VALUES (?1, ?2, 'settles')",
        [last, succeeded_topup],
    )
    .unwrap();
    let problems = verify(&conn, vec![], None).unwrap();
    assert!(kinds(&problems).contains(&"bad_link"), "{problems:?}");
}

#[test]
fn verify_with_another_key_breaks_the_chain() {
    let (conn, key) = setup();
    let ids = populate(&conn, &key);
    let other = WalletKey::generate();
    let problems = verify(&conn, vec![], Some(&other)).unwrap();
    assert_eq!(kinds(&problems), vec!["chain_broken"]);
    assert_eq!(problems[0].subject.as_deref(), Some(ids[0].as_str()));
    // Without a key the structure is fine.
    assert_eq!(verify(&conn, vec![], None).unwrap(), vec![]);
}

#[test]
fn verify_detects_a_tampered_chain_head() {
    let (conn, key) = setup();
    populate(&conn, &key);
    conn.execute("UPDATE chain SET head_mac = zeroblob(32)", [])
        .unwrap();
    assert_eq!(verify(&conn, vec![], None).unwrap(), vec![]);
    assert_eq!(
        kinds(&verify(&conn, vec![], Some(&key)).unwrap()),
        vec!["head_mismatch"]
    );
    conn.execute("DELETE FROM chain", []).unwrap();
    assert_eq!(
        kinds(&verify(&conn, vec![], None).unwrap()),
        vec!["chain_length"]
    );
}

// ---- Idempotency ----

#[test]
fn request_hashes_ignore_key_order_and_tell_requests_apart() {
    let a = serde_json::json!({ "amount": "100.00", "currency": "CNY", "merchant": "m_1",
        "items": [{ "name": "x", "qty": 1 }] });
    let b = serde_json::json!({ "items": [{ "qty": 1, "name": "x" }], "merchant": "m_1",
        "currency": "CNY", "amount": "100.00" });
    assert_eq!(
        idempotency::request_hash("pay", &a),
        idempotency::request_hash("pay", &b)
    );
    let c = serde_json::json!({ "amount": "100.01", "currency": "CNY", "merchant": "m_1",
        "items": [{ "name": "x", "qty": 1 }] });
    assert_ne!(
        idempotency::request_hash("pay", &a),
        idempotency::request_hash("pay", &c)
    );
    assert_ne!(
        idempotency::request_hash("pay", &a),
        idempotency::request_hash("topup", &a)
    );
    // The kind and the request cannot be shifted into each other.
    assert_ne!(
        idempotency::request_hash("pay", &serde_json::json!("x")),
        idempotency::request_hash("pa", &serde_json::json!("yx"))
    );
}

#[test]
fn idempotency_keys_replay_and_conflict() {
    let (conn, key) = setup();
    let request = serde_json::json!({ "amount": "10.00", "currency": "CNY" });
    let hash = idempotency::request_hash("topup", &request);
    assert_eq!(
        idempotency::lookup(&conn, Some(&key), "topup", "k-1", &hash).unwrap(),
        Lookup::Fresh
    );
    // The transaction names its key, and the record is written in the same transaction.
    let mut tx = topup(Currency::CNY, 1000, "src_1");
    idempotency::tag(&mut tx.data, "topup", "k-1", &hash);
    let recorded = record(&conn, &key, &tx).unwrap();
    idempotency::remember(&conn, &key, "topup", "k-1", &hash, recorded.seq, 1).unwrap();
    assert_eq!(
        idempotency::lookup(&conn, Some(&key), "topup", "k-1", &hash).unwrap(),
        Lookup::Replay(recorded.seq)
    );

    let other = idempotency::request_hash(
        "topup",
        &serde_json::json!({ "amount": "11.00", "currency": "CNY" }),
    );
    let err = idempotency::lookup(&conn, Some(&key), "topup", "k-1", &other).unwrap_err();
    assert_eq!(err.code, Code::IdempotencyConflict);
    assert_eq!(err.details["key"], "k-1");

    // A key belongs to one command kind.
    let pay_hash = idempotency::request_hash("pay", &request);
    assert_eq!(
        idempotency::lookup(&conn, Some(&key), "pay", "k-1", &pay_hash).unwrap(),
        Lookup::Fresh
    );
    // Another key is free.
    assert_eq!(
        idempotency::lookup(&conn, Some(&key), "topup", "k-2", &hash).unwrap(),
        Lookup::Fresh
    );
    // A record edited behind okpay's back is refused once the key can check it.
    conn.execute("UPDATE idempotency SET created_at_ms = 99", [])
        .unwrap();
    let err = idempotency::lookup(&conn, Some(&key), "topup", "k-1", &hash).unwrap_err();
    assert_eq!(err.code, Code::IntegrityError);
    // Remembering the same key twice is refused by the table.
    assert!(idempotency::remember(&conn, &key, "topup", "k-1", &hash, recorded.seq, 2).is_err());
    // Even without the key: a record pointed at another transaction, or removed, shows
    // against the sealed transaction that names the key.
    let other = record(&conn, &key, &topup(Currency::CNY, 5, "src_1")).unwrap();
    conn.execute("UPDATE idempotency SET tx_seq = ?1", [other.seq])
        .unwrap();
    let err = idempotency::lookup(&conn, None, "topup", "k-1", &hash).unwrap_err();
    assert_eq!(err.code, Code::IntegrityError);
    conn.execute("DELETE FROM idempotency", []).unwrap();
    let err = idempotency::lookup(&conn, None, "topup", "k-1", &hash).unwrap_err();
    assert_eq!(err.code, Code::IntegrityError);
}

#[test]
fn idempotency_keys_are_checked() {
    for good in ["a", "order-7/retry_2", "~!@#$%^&*()", &"k".repeat(200)] {
        assert!(idempotency::check_key(good).is_ok(), "{good:?}");
    }
    for bad in [
        "",
        &"k".repeat(201),
        "has space",
        " lead",
        "tab\there",
        "new\nline",
        "nul\0",
        "del\x7f",
        "caf\u{e9}",
    ] {
        let err = idempotency::check_key(bad).unwrap_err();
        assert_eq!(err.code, Code::InvalidInput, "{bad:?}");
    }
}

// Accounts are keyed by (name, currency): a source or merchant used in two currencies has an
// account in each, and a posting whose currency differs from the one its name carries is refused.
#[test]
fn an_external_account_used_in_two_currencies_stays_balanced() {
    // `external:SOURCE` and `merchant:ID` carry no currency in their names, so one source can
    // fund top-ups in two currencies.
    let (conn, key) = setup();
    rec(&conn, &key, &topup(Currency::CNY, 1000, "src_1"));
    rec(&conn, &key, &topup(Currency::JPY, 500, "src_1"));
    rec(&conn, &key, &payment(Currency::CNY, 100, "m_1"));
    rec(&conn, &key, &payment(Currency::JPY, 100, "m_1"));
    clean(&conn, &key);
    let mut per_currency: BTreeMap<String, i64> = BTreeMap::new();
    for (_, currency, balance) in q::balances(&conn).unwrap() {
        *per_currency.entry(currency).or_insert(0) += balance;
    }
    assert!(per_currency.values().all(|s| *s == 0), "{per_currency:?}");
}

#[test]
fn a_posting_in_another_currency_than_its_account_is_refused() {
    let (mut conn, key) = setup();
    write(&mut conn, &key, &topup(Currency::CNY, 1000, "src_1")).unwrap();
    let before = snapshot(&conn);
    let mut odd = topup(Currency::JPY, 500, "src_2");
    odd.postings[0].account = account::wallet(Currency::CNY);
    assert!(write(&mut conn, &key, &odd).is_err());
    assert_eq!(snapshot(&conn), before);
    clean(&conn, &key);
}

// ---- Kinds and names ----

#[test]
fn names_round_trip() {
    for kind in Kind::ALL {
        assert_eq!(Kind::parse(kind.as_str()), Some(kind));
    }
    for status in Status::ALL {
        assert_eq!(Status::parse(status.as_str()), Some(status));
    }
    for link in [
        LinkKind::Settles,
        LinkKind::Returns,
        LinkKind::Refunds,
        LinkKind::Retries,
    ] {
        assert_eq!(LinkKind::parse(link.as_str()), Some(link));
    }
    assert_eq!(Kind::parse("Payment"), None);
    assert!(account::is_own("wallet:CNY"));
    assert!(account::is_own("pending:JPY"));
    assert!(!account::is_own("external:src_1"));
    assert!(account::is_valid("merchant:m_1"));
    assert!(!account::is_valid("merchant:"));
    assert!(!account::is_valid("bank:x"));
}

// ---- Property: random sequences keep every invariant ----

const CURRENCIES: [Currency; 3] = [Currency::CNY, Currency::JPY, Currency::KWD];

#[derive(Debug, Clone)]
enum Op {
    Topup {
        cur: usize,
        amount: i64,
    },
    PendingTopup {
        cur: usize,
        amount: i64,
    },
    Settle {
        pick: usize,
        returned: bool,
    },
    Pay {
        cur: usize,
        amount: i64,
    },
    Decline {
        cur: usize,
        amount: i64,
    },
    Refund {
        pick: usize,
        part: i64,
    },
    /// Advance the clock (0 keeps it still, so ids must still sort).
    Tick {
        seconds: i64,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let cur = 0..CURRENCIES.len();
    let amount = 1..=2000000i64;
    prop_oneof![
        3 => (cur.clone(), amount.clone()).prop_map(|(cur, amount)| Op::Topup { cur, amount }),
        2 => (cur.clone(), amount.clone())
            .prop_map(|(cur, amount)| Op::PendingTopup { cur, amount }),
        2 => (any::<usize>(), any::<bool>())
            .prop_map(|(pick, returned)| Op::Settle { pick, returned }),
        4 => (cur.clone(), amount.clone()).prop_map(|(cur, amount)| Op::Pay { cur, amount }),
        1 => (cur.clone(), amount).prop_map(|(cur, amount)| Op::Decline { cur, amount }),
        2 => (any::<usize>(), 1..=1000000i64).prop_map(|(pick, part)| Op::Refund { pick, part }),
        1 => (0..3i64).prop_map(|seconds| Op::Tick { seconds }),
    ]
}

/// What the test expects the ledger to hold.
#[derive(Default)]
struct Model {
    /// wallet:* and pending:* balances.
    own: BTreeMap<String, i64>,
    /// Every transaction's expected derived status and refunded amount.
    statuses: HashMap<String, (Status, i64)>,
    /// Pending top-ups not yet settled or returned: (id, currency, amount, source).
    pending: Vec<(String, Currency, i64, String)>,
    /// Payments that can still be refunded: (id, currency, amount, refunded, merchant).
    payments: Vec<(String, Currency, i64, i64, String)>,
    now: Timestamp,
}

impl Model {
    fn own(&self, name: &str) -> i64 {
        self.own.get(name).copied().unwrap_or(0)
    }

    fn add(&mut self, name: String, delta: i64) {
        *self.own.entry(name).or_insert(0) += delta;
    }
}

/// The source and merchant names used for a currency. One per currency: see the test
/// `an_external_account_used_in_two_currencies_stays_balanced` for why.
fn source_for(c: Currency) -> String {
    format!("src_{}", c.code())
}

fn merchant_for(c: Currency) -> String {
    format!("m_{}", c.code())
}

fn run_op(
    conn: &mut Connection,
    key: &WalletKey,
    model: &mut Model,
    op: &Op,
) -> std::result::Result<(), TestCaseError> {
    let at = model.now;
    match *op {
        Op::Tick { seconds } => {
            model.now = model
                .now
                .checked_add(jiff::SignedDuration::from_secs(seconds))
                .unwrap();
        }
        Op::Topup { cur, amount } => {
            let c = CURRENCIES[cur];
            let mut new = topup(c, amount, &source_for(c));
            new.created_at = at;
            let id = write(conn, key, &new).unwrap().id;
            model.add(account::wallet(c), amount);
            model.statuses.insert(id, (Status::Succeeded, 0));
        }
        Op::PendingTopup { cur, amount } => {
            let c = CURRENCIES[cur];
            let source = source_for(c);
            let mut new = pending_topup(c, amount, &source);
            new.created_at = at;
            let id = write(conn, key, &new).unwrap().id;
            model.add(account::pending(c), amount);
            model.statuses.insert(id.clone(), (Status::Pending, 0));
            model.pending.push((id, c, amount, source));
        }
        Op::Settle { pick, returned } => {
            if model.pending.is_empty() {
                return Ok(());
            }
            let (target, c, amount, source) = model.pending.remove(pick % model.pending.len());
            let mut new = if returned {
                return_topup(&target, c, amount, &source)
            } else {
                settle(&target, c, amount)
            };
            new.created_at = at;
            let id = write(conn, key, &new).unwrap().id;
            model.add(account::pending(c), -amount);
            if !returned {
                model.add(account::wallet(c), amount);
            }
            let status = if returned {
                Status::Failed
            } else {
                Status::Succeeded
            };
            model.statuses.insert(target, (status, 0));
            model.statuses.insert(id, (Status::Succeeded, 0));
        }
        Op::Pay { cur, amount } => {
            let c = CURRENCIES[cur];
            let merchant = merchant_for(c);
            let mut new = payment(c, amount, &merchant);
            new.created_at = at;
            let wallet = account::wallet(c);
            if amount > model.own(&wallet) {
                let before = snapshot(conn);
                prop_assert!(write(conn, key, &new).is_err(), "overdraw accepted");
                prop_assert_eq!(snapshot(conn), before);
                prop_assert_eq!(bal(conn, &wallet), model.own(&wallet));
            } else {
                let id = write(conn, key, &new).unwrap().id;
                model.add(wallet, -amount);
                model.statuses.insert(id.clone(), (Status::Succeeded, 0));
                model.payments.push((id, c, amount, 0, merchant));
            }
        }
        Op::Decline { cur, amount } => {
            let c = CURRENCIES[cur];
            let mut new = declined(c, amount, &merchant_for(c));
            new.created_at = at;
            let id = write(conn, key, &new).unwrap().id;
            model.statuses.insert(id, (Status::Declined, 0));
        }
        Op::Refund { pick, part } => {
            if model.payments.is_empty() {
                return Ok(());
            }
            let index = pick % model.payments.len();
            let (target, c, amount, refunded, merchant) = model.payments[index].clone();
            let left = amount - refunded;
            // Sometimes exactly what is left, so full refunds happen too.
            let this = if part % 4 == 0 { left } else { 1 + part % left };
            let mut new = refund(&target, c, this, &merchant);
            new.created_at = at;
            let id = write(conn, key, &new).unwrap().id;
            model.add(account::wallet(c), this);
            model.statuses.insert(id, (Status::Succeeded, 0));
            let refunded = refunded + this;
            let status = if refunded == amount {
                model.payments.remove(index);
                Status::Refunded
            } else {
                model.payments[index].3 = refunded;
                Status::PartiallyRefunded
            };
            model.statuses.insert(target, (status, refunded));
        }
    }
    Ok(())
}

fn check_invariants(
    conn: &Connection,
    key: &WalletKey,
    model: &Model,
) -> std::result::Result<(), TestCaseError> {
    let problems = verify(conn, vec![], Some(key)).unwrap();
    prop_assert!(problems.is_empty(), "{:?}", problems);

    let balances = q::balances(conn).unwrap();
    let mut per_currency: BTreeMap<String, i64> = BTreeMap::new();
    for (name, currency, balance) in &balances {
        *per_currency.entry(currency.clone()).or_insert(0) += balance;
        if account::is_own(name) {
            prop_assert!(*balance >= 0, "{} is {}", name, balance);
            prop_assert_eq!(*balance, model.own(name), "{}", name);
        }
    }
    for (currency, sum) in &per_currency {
        prop_assert_eq!(*sum, 0, "{} sums to {}", currency, sum);
    }
    for (name, expected) in &model.own {
        prop_assert_eq!(bal(conn, name), *expected, "{}", name);
    }

    prop_assert_eq!(tx_count(conn), model.statuses.len() as i64);
    for (id, expected) in &model.statuses {
        prop_assert_eq!(derived(conn, id), *expected, "{}", id);
    }
    // The chain head counts every transaction.
    let (count, _, _) = q::chain(conn).unwrap().unwrap();
    prop_assert_eq!(count, model.statuses.len() as i64);
    // Every balance and derived status is sealed as it stands, and each balance names its
    // account's newest posting: what a write checks before it trusts one.
    for table in [
        &crate::ledger::sealed::BALANCES,
        &crate::ledger::sealed::TX_STATUS,
    ] {
        let bad = crate::ledger::sealed::check_table(conn, key, table).unwrap();
        prop_assert!(bad.is_empty(), "{}: {:?}", table.name, bad);
    }
    prop_assert!(q::stale_balances(conn).unwrap().is_empty());
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM accounts")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    for id in ids {
        prop_assert!(
            crate::ledger::guard::check_balance(conn, key, id).is_ok(),
            "account {}",
            id
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_sequences_keep_the_ledger_sound(ops in prop::collection::vec(op(), 0..40)) {
        let (mut conn, key) = setup();
        let mut model = Model { now: t0(), ..Model::default() };
        for op in &ops {
            run_op(&mut conn, &key, &mut model, op)?;
        }
        check_invariants(&conn, &key, &model)?;

        // Ids sort in chain order.
        let mut ids = Vec::new();
        q::for_each_tx(&conn, |row| {
            ids.push(row.id);
            Ok(())
        })
        .unwrap();
        prop_assert!(ids.windows(2).all(|w| w[0] < w[1]), "{:?}", ids);
        prop_assert!(ids.iter().all(|id| id.starts_with("tx_")));
    }
}

/// A transaction just recorded reads the same through `load_recorded` (which skips the status
/// and incoming-link reads) as through `load_seq`, and is shaped the same by `view::recorded`
/// from what was recorded, whatever its kind and outcome; only a later transaction linking to
/// it (a refund, a settlement) makes them differ.
#[test]
fn a_view_of_a_transaction_just_recorded_is_its_full_view() {
    let (conn, key) = setup();
    rec(&conn, &key, &topup(Currency::CNY, 10_000, "src_1"));
    let same_right_after = |new: &NewTransaction| -> Recorded {
        let recorded = record(&conn, &key, new).unwrap();
        let fresh = view::load_recorded(&conn, recorded.seq).unwrap();
        let full = view::load_seq(&conn, recorded.seq).unwrap();
        let shaped = view::recorded(new, &recorded).unwrap();
        let full = serde_json::to_value(&full).unwrap();
        assert_eq!(serde_json::to_value(&fresh).unwrap(), full);
        assert_eq!(serde_json::to_value(&shaped).unwrap(), full);
        assert_eq!(
            (shaped.seq, shaped.amount_minor, shaped.created_at_ms),
            (fresh.seq, fresh.amount_minor, fresh.created_at_ms)
        );
        recorded
    };
    let paid = same_right_after(&payment(Currency::CNY, 1_000, "mer_1"));
    same_right_after(&declined(Currency::CNY, 900_000, "mer_1"));
    // Fields, data the view reshapes, a fee, postings merged and a zero one dropped.
    let mut rich = payment(Currency::CNY, 1_500, "mer_2");
    rich.order_id = Some("O-1".into());
    rich.memo = Some("tea \"and\" cake".into());
    rich.fee_minor = 20;
    rich.postings = vec![
        leg(account::wallet(Currency::CNY), Currency::CNY, -1_000),
        leg(account::merchant("mer_2"), Currency::CNY, 1_500),
        leg(account::wallet(Currency::CNY), Currency::CNY, -520),
        leg(account::fees(Currency::CNY), Currency::CNY, 20),
        leg(account::fx(Currency::CNY), Currency::CNY, 0),
    ];
    rich.data = serde_json::json!({
        "merchant_name": "Tea", "items": [{"name": "x", "quantity": 2, "unit_price": "7.50"}],
        "charged_minor": 1_520,
        "idempotency": {"kind": "pay", "key": "k-1", "hash": "00"},
    });
    same_right_after(&rich);
    let pending = same_right_after(&pending_topup(Currency::JPY, 500, "src_1"));
    let settled = same_right_after(&settle(&pending.id, Currency::JPY, 500));
    let refunded = same_right_after(&refund(&paid.id, Currency::CNY, 300, "mer_1"));
    for own_links in [&settled, &refunded] {
        assert!(!view::load_recorded(&conn, own_links.seq)
            .unwrap()
            .links
            .is_empty());
    }
    for linked_later in [&paid, &pending] {
        let fresh = view::load_recorded(&conn, linked_later.seq).unwrap();
        let full = view::load_seq(&conn, linked_later.seq).unwrap();
        assert!(fresh.links.is_empty() && !full.links.is_empty(), "{full:?}");
        assert_ne!(fresh.status, full.status);
    }
}
