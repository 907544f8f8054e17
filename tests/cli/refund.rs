//! `refund`: full and partial refunds linked to the payment, the payment's derived status, and
//! the refusals (over-refunding, refunding what is not a succeeded payment, unknown ids, no
//! confirmation, no unlocking, maintenance).

use serde_json::{json, Value};

use crate::harness::Output;
use crate::pay::{assert_verify_clean, ledger_balances, tx_count, Wallet};

fn refund(w: &Wallet, id: &str, more: &[&str]) -> Output {
    w.env
        .cmd(["refund", id, "-y"])
        .args(more)
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .run()
}

fn refund_ok(w: &Wallet, payment: &str, more: &[&str]) -> Value {
    let out = refund(w, payment, more).success();
    let tx = out.json()["transaction"].clone();
    assert_eq!(tx["kind"], "refund", "{}", out.show());
    assert_eq!(tx["status"], "succeeded", "{}", out.show());
    assert!(tx["id"].as_str().unwrap().starts_with("tx_"), "{tx}");
    assert_eq!(
        tx["links"],
        json!([{"type": "refunds", "id": payment}]),
        "{}",
        out.show()
    );
    tx
}

fn refunded_by(receipt: &Value) -> Vec<String> {
    receipt["links"]
        .as_array()
        .unwrap_or_else(|| panic!("no links: {receipt}"))
        .iter()
        .filter(|l| l["type"] == "refunded_by")
        .map(|l| l["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn partial_refunds_add_up() {
    let w = Wallet::funded("100");
    let pay = w.pay_ok("30", "Shoe Shop", &["--order", "S-1"]);
    let pay_id = pay["id"].as_str().unwrap();
    assert_eq!(w.cny(), "70.00");

    let r1 = refund_ok(
        &w,
        pay_id,
        &["--amount", "10", "--reason", "one size too small"],
    );
    assert_eq!(r1["amount"], "10.00", "{r1}");
    assert_eq!(r1["currency"], "CNY", "{r1}");
    assert_eq!(r1["merchant"], pay["merchant"], "{r1}");
    assert_eq!(w.cny(), "80.00");
    let receipt = w.receipt(pay_id);
    assert_eq!(receipt["status"], "partially_refunded", "{receipt}");
    assert_eq!(receipt["refunded"], "10.00", "{receipt}");
    assert_eq!(receipt["amount"], "30.00", "{receipt}");
    assert_eq!(refunded_by(&receipt), [r1["id"].as_str().unwrap()]);
    let r1_receipt = w.receipt(r1["id"].as_str().unwrap());
    assert_eq!(r1_receipt["kind"], "refund");
    assert_eq!(r1_receipt["reason"], "one size too small", "{r1_receipt}");

    let r2 = refund_ok(&w, pay_id, &["--amount", "20.00"]);
    assert_eq!(r2["amount"], "20.00", "{r2}");
    assert_ne!(r2["id"], r1["id"]);
    assert_eq!(w.cny(), "100.00", "the balance is restored");
    let receipt = w.receipt(pay_id);
    assert_eq!(receipt["status"], "refunded", "{receipt}");
    assert_eq!(receipt["refunded"], "30.00", "{receipt}");
    let mut links = refunded_by(&receipt);
    links.sort();
    let mut expected = vec![
        r1["id"].as_str().unwrap().to_string(),
        r2["id"].as_str().unwrap().to_string(),
    ];
    expected.sort();
    assert_eq!(links, expected, "{receipt}");

    // The database: two refunds linked to the payment; the merchant's account back to zero.
    assert_eq!(
        w.env.sql_i64(&format!(
            "select count(*) from links l join transactions t on t.seq = l.target_seq \
             where t.id = '{pay_id}' and l.kind = 'refunds'"
        )),
        2
    );
    assert_eq!(
        w.env.sql_i64(
            "select count(*) from transactions where kind = 'refund' and status = 'succeeded'"
        ),
        2
    );
    assert!(
        ledger_balances(&w.env)
            .iter()
            .all(|(account, _, _)| !account.starts_with("merchant:")),
        "{:?}",
        ledger_balances(&w.env)
    );
    // History shows the payment's derived status.
    let doc = w.run(["history", "--status", "refunded"]).success().json();
    let txs = doc["transactions"].as_array().unwrap();
    assert_eq!(txs.len(), 1, "{doc}");
    assert_eq!(txs[0]["id"], pay_id, "{doc}");
    assert_verify_clean(&w);
}

#[test]
fn a_refund_without_an_amount_refunds_what_is_left() {
    let w = Wallet::funded("100");
    let pay = w.pay_ok("30", "Shoe Shop", &[]);
    let pay_id = pay["id"].as_str().unwrap();
    refund_ok(&w, pay_id, &["--amount", "12.5"]);
    let rest = refund_ok(&w, pay_id, &[]);
    assert_eq!(rest["amount"], "17.50", "{rest}");
    let receipt = w.receipt(pay_id);
    assert_eq!(receipt["status"], "refunded", "{receipt}");
    assert_eq!(receipt["refunded"], "30.00", "{receipt}");
    assert_eq!(w.cny(), "100.00");

    // Nothing is left: a further refund is invalid_state and records nothing.
    let before = tx_count(&w.env);
    refund(&w, pay_id, &[]).failure(11, "invalid_state");
    refund(&w, pay_id, &["--amount", "0.01"]).failure(11, "invalid_state");
    assert_eq!(tx_count(&w.env), before);

    // A whole payment in one go.
    let pay = w.pay_ok("40", "Hat Shop", &[]);
    let all = refund_ok(&w, pay["id"].as_str().unwrap(), &[]);
    assert_eq!(all["amount"], "40.00", "{all}");
    assert_eq!(w.receipt(pay["id"].as_str().unwrap())["status"], "refunded");
    assert_eq!(w.cny(), "100.00");
    assert_verify_clean(&w);
}

#[test]
fn a_refund_beyond_what_is_left_is_invalid_state() {
    let w = Wallet::funded("100");
    let pay = w.pay_ok("30", "Shoe Shop", &[]);
    let pay_id = pay["id"].as_str().unwrap();
    let before = tx_count(&w.env);
    let balances = ledger_balances(&w.env);
    refund(&w, pay_id, &["--amount", "30.01"]).failure(11, "invalid_state");
    assert_eq!(tx_count(&w.env), before, "nothing recorded");

    refund_ok(&w, pay_id, &["--amount", "25"]);
    let before = tx_count(&w.env);
    let balances_after_one = ledger_balances(&w.env);
    assert_ne!(balances_after_one, balances);
    refund(&w, pay_id, &["--amount", "5.01"]).failure(11, "invalid_state");
    refund(&w, pay_id, &["--amount", "30"]).failure(11, "invalid_state");
    assert_eq!(tx_count(&w.env), before, "nothing recorded");
    assert_eq!(ledger_balances(&w.env), balances_after_one);
    assert_eq!(w.receipt(pay_id)["status"], "partially_refunded");
    assert_eq!(w.receipt(pay_id)["refunded"], "25.00");

    // Exactly what is left is fine.
    refund_ok(&w, pay_id, &["--amount", "5"]);
    assert_eq!(w.cny(), "100.00");
    assert_verify_clean(&w);
}

#[test]
fn only_a_succeeded_payment_can_be_refunded() {
    let w = Wallet::funded("10");
    let topup = w.run(["history", "--kind", "topup"]).success().json()["transactions"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let declined = w
        .run(["pay", "50", "--merchant", "Shoe Shop", "-y"])
        .failure(5, "insufficient_funds")
        .json()["transaction"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let before = tx_count(&w.env);
    let balances = ledger_balances(&w.env);
    refund(&w, &declined, &[]).failure(11, "invalid_state");
    refund(&w, &declined, &["--amount", "1"]).failure(11, "invalid_state");
    refund(&w, &topup, &[]).failure(11, "invalid_state");
    refund(&w, &topup, &["--amount", "1"]).failure(11, "invalid_state");

    // A refund is not refundable either.
    let pay = w.pay_ok("4", "Shoe Shop", &[]);
    let r = refund_ok(&w, pay["id"].as_str().unwrap(), &["--amount", "1"]);
    let before2 = tx_count(&w.env);
    refund(&w, r["id"].as_str().unwrap(), &[]).failure(11, "invalid_state");
    assert_eq!(tx_count(&w.env), before2);
    assert_eq!(before + 2, before2, "only the payment and its refund");
    assert_ne!(ledger_balances(&w.env), balances);
    assert_eq!(w.cny(), "7.00");
}

#[test]
fn an_unknown_id_is_not_found() {
    let w = Wallet::funded("10");
    let before = tx_count(&w.env);
    for id in ["tx_00000000000000000000000000", "tx_nope", "nope"] {
        refund(&w, id, &[]).failure(12, "not_found");
    }
    assert_eq!(tx_count(&w.env), before);
}

#[test]
fn a_refund_confirms_and_needs_unlocking() {
    let w = Wallet::funded("50");
    let pay = w.pay_ok("30", "Shoe Shop", &[]);
    let pay_id = pay["id"].as_str().unwrap();
    let before = tx_count(&w.env);

    // No --yes, no terminal.
    w.run(["refund", pay_id, "--amount", "5"])
        .failure(2, "input_required");
    w.env
        .cmd(["refund", pay_id])
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .stdin("y\n")
        .run()
        .failure(2, "input_required");
    // No credentials.
    w.env
        .cmd(["refund", pay_id, "-y"])
        .json()
        .run()
        .failure(3, "auth_required");
    // Maintenance refuses every money movement.
    w.run(["sandbox", "maintenance", "--on"]).success();
    refund(&w, pay_id, &[]).failure(10, "maintenance");
    w.run(["sandbox", "maintenance", "--off"]).success();

    assert_eq!(tx_count(&w.env), before, "nothing recorded");
    assert_eq!(w.cny(), "20.00");
    assert_eq!(w.receipt(pay_id)["status"], "succeeded");

    // With the password instead of a session.
    let doc = w
        .env
        .cmd(["refund", pay_id, "-y"])
        .json()
        .password()
        .run()
        .success()
        .json();
    assert_eq!(doc["transaction"]["amount"], "30.00", "{doc}");
    assert_eq!(w.cny(), "50.00");
}

#[test]
fn a_bad_refund_amount_is_invalid_input() {
    let w = Wallet::funded("50");
    let pay = w.pay_ok("30", "Shoe Shop", &[]);
    let pay_id = pay["id"].as_str().unwrap();
    let before = tx_count(&w.env);
    for amount in ["0", "-1", "1.234", "1e1", "1,0", "abc", ""] {
        refund(&w, pay_id, &["--amount", amount]).failure(2, "invalid_input");
    }
    assert_eq!(tx_count(&w.env), before);
    assert_eq!(w.receipt(pay_id)["status"], "succeeded");
}

#[test]
fn a_refunded_order_still_counts_as_paid() {
    let w = Wallet::funded("50");
    let pay = w.pay_ok("30", "Shoe Shop", &["--order", "S-9"]);
    let pay_id = pay["id"].as_str().unwrap();
    refund_ok(&w, pay_id, &["--amount", "10"]);
    let out = w
        .run([
            "pay",
            "30",
            "--merchant",
            "Shoe Shop",
            "--order",
            "S-9",
            "-y",
        ])
        .failure(11, "already_exists");
    assert_eq!(out.details()["transaction_id"], pay_id);
    refund_ok(&w, pay_id, &[]);
    let out = w
        .run([
            "pay",
            "30",
            "--merchant",
            "Shoe Shop",
            "--order",
            "S-9",
            "-y",
        ])
        .failure(11, "already_exists");
    assert_eq!(out.details()["transaction_id"], pay_id);
    assert_eq!(w.cny(), "50.00");
}
