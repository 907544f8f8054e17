//! `verify` as one streaming pass over a generated ledger: sound when sound, and a change in
//! the middle of a long ledger is found at the transaction where it was made, with and
//! without the key. `OKPAY_VERIFY_STREAM_TXS` sets the size (default 3,000).

use crate::harness::PASSWORD;
use crate::pay::Wallet;

fn size() -> u64 {
    std::env::var("OKPAY_VERIFY_STREAM_TXS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3_000)
}

#[test]
fn a_long_ledger_verifies_in_one_pass_and_a_change_in_its_middle_is_named() {
    let w = Wallet::new();
    let n = size();
    w.env
        .cmd([
            "sandbox",
            "generate",
            "--transactions",
            &n.to_string(),
            "--password-stdin",
        ])
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .success();
    let doc = w.run(["verify"]).success().json();
    assert_eq!(doc["verify"]["chain_checked"], true, "{doc}");
    let structure = w.env.cmd(["verify"]).json().run().success().json();
    assert_eq!(structure["verify"]["chain_checked"], false);
    // A payment in the middle paid one minor unit less to its merchant.
    let middle = w.env.sql_i64(&format!(
        "SELECT seq FROM transactions WHERE kind = 'payment' AND status = 'succeeded'
             AND seq > {} ORDER BY seq LIMIT 1",
        n / 2
    ));
    let id: String = w
        .env
        .db()
        .query_row(
            "SELECT id FROM transactions WHERE seq = ?1",
            [middle],
            |r| r.get(0),
        )
        .unwrap();
    w.env.sql(&format!(
        "DROP TRIGGER postings_append_only_update;
         UPDATE postings SET amount_minor = amount_minor - 1 WHERE tx_seq = {middle}
             AND amount_minor > 0"
    ));
    let out = w
        .env
        .cmd(["verify"])
        .json()
        .run()
        .failure(13, "integrity_error");
    let problems = out.details()["problems"].clone();
    let has = |kind: &str| {
        problems
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["kind"] == kind && p["subject"] == id.as_str())
    };
    assert!(has("unbalanced"), "{problems}");
    let out = w.run(["verify"]).failure(13, "integrity_error");
    let problems = out.details()["problems"].clone();
    let chain = problems
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["kind"] == "chain_broken")
        .unwrap_or_else(|| panic!("{problems}"));
    assert_eq!(chain["subject"], id.as_str());
}

#[test]
fn a_link_to_a_transaction_that_is_not_there_is_a_bad_link() {
    let w = Wallet::funded("100");
    let paid = w.pay_ok("10", "Tea House", &[]);
    w.run([
        "refund",
        paid["id"].as_str().unwrap(),
        "--amount",
        "4",
        "-y",
    ])
    .success();
    w.run(["verify"]).success();
    w.env.sql(
        "PRAGMA foreign_keys = OFF;
         DROP TRIGGER links_append_only_update;
         UPDATE links SET target_seq = 0 WHERE kind = 'refunds'",
    );
    let out = w
        .env
        .cmd(["verify"])
        .json()
        .run()
        .failure(13, "integrity_error");
    let kinds: Vec<String> = out.details()["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kind"].as_str().unwrap().to_string())
        .collect();
    assert!(kinds.contains(&"bad_link".to_string()), "{kinds:?}");
    // The payment no longer shows the refund its stored status names.
    assert!(kinds.contains(&"status_mismatch".to_string()), "{kinds:?}");
}

#[test]
fn generated_history_has_merchants_declines_and_refunds() {
    let w = Wallet::new();
    w.env
        .cmd([
            "sandbox",
            "generate",
            "--transactions",
            "400",
            "--password-stdin",
        ])
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .success();
    assert_eq!(w.env.sql_i64("SELECT COUNT(*) FROM transactions"), 400);
    let count = |sql: &str| w.env.sql_i64(sql);
    assert_eq!(count("SELECT COUNT(*) FROM merchants"), 10);
    assert!(count("SELECT COUNT(*) FROM transactions WHERE status = 'declined'") > 0);
    assert!(count("SELECT COUNT(*) FROM transactions WHERE kind = 'refund'") > 0);
    assert!(count("SELECT COUNT(*) FROM tx_status WHERE status = 'partially_refunded'") > 0);
    // Every payment names a merchant the wallet knows.
    assert_eq!(
        count(
            "SELECT COUNT(*) FROM transactions t WHERE kind = 'payment'
             AND NOT EXISTS (SELECT 1 FROM merchants m WHERE m.id = t.merchant_id)"
        ),
        0
    );
    w.run(["verify"]).success();
    // Generating again reuses the merchants.
    w.env
        .cmd([
            "sandbox",
            "generate",
            "--transactions",
            "100",
            "--password-stdin",
        ])
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .success();
    assert_eq!(count("SELECT COUNT(*) FROM merchants"), 10);
    w.run(["verify"]).success();
}

/// The generated history is a realistic mix: every kind, several currencies, pending bank
/// top-ups settled or returned, refunds, and declines for want of funds, over a limit and
/// blocked by risk monitoring; and it verifies, with the key, as recorded.
#[test]
fn generated_history_mixes_kinds_currencies_and_outcomes() {
    let w = Wallet::new();
    w.env
        .cmd([
            "sandbox",
            "generate",
            "--transactions",
            "1200",
            "--password-stdin",
        ])
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .success();
    let count = |filter: &str| {
        w.env.sql_i64(&format!(
            "SELECT count(*) FROM transactions t JOIN tx_status s ON s.tx_seq = t.seq
             WHERE {filter}"
        ))
    };
    for filter in [
        "t.kind = 'topup' AND t.status = 'pending' AND s.status = 'succeeded'",
        "t.kind = 'topup' AND s.status = 'failed'",
        "t.kind = 'settlement' AND t.reason = 'invalid_source_details'",
        "t.kind = 'refund'",
        "t.currency = 'EUR' AND t.kind = 'payment'",
        "t.currency = 'EUR' AND t.kind = 'topup'",
        "t.status = 'declined' AND t.reason = 'insufficient_funds'",
        "t.status = 'declined' AND t.reason = 'limit_exceeded'",
        "t.status = 'declined' AND t.reason = 'risk_blocked'",
        "s.status = 'partially_refunded'",
    ] {
        assert!(count(filter) > 0, "none where {filter}");
    }
    // The generated transactions and the few the fixture made before them.
    assert!(count("1") >= 1200);
    let balance = w.run(["balance"]).success().json();
    let currencies: Vec<&str> = balance["balances"]
        .as_array()
        .unwrap_or_else(|| panic!("{balance}"))
        .iter()
        .map(|l| l["currency"].as_str().unwrap())
        .collect();
    assert!(currencies.contains(&"EUR"), "{balance}");
    let doc = w.run(["verify"]).success().json();
    assert_eq!(doc["verify"]["chain_checked"], true, "{doc}");
}
