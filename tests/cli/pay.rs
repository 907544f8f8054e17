//! `pay`: the three ways to ask for a payment (flags, a JSON request, an `okpay:pay?` URI), the
//! order of checks and the declines of CLI.md, duplicate orders, idempotency keys, maintenance,
//! bad input, concurrent payers and unlocking.

use std::process::Stdio;

use serde_json::{json, Value};

use crate::harness::{write_file, Env, Output, PASSWORD};

/// A sandbox wallet and a session token for it.
pub(crate) struct Wallet {
    pub env: Env,
    pub tok: String,
}

impl Wallet {
    /// `init --sandbox` and one login.
    pub fn new() -> Wallet {
        let env = Env::new();
        env.init_sandbox();
        let tok = env.login();
        Wallet { env, tok }
    }

    /// A sandbox wallet holding exactly `amount` CNY, topped up by a test card.
    pub fn funded(amount: &str) -> Wallet {
        let w = Wallet::new();
        w.topup(amount);
        w
    }

    /// Move the sandbox clock forward to the next 10:00 UTC (the wallet's zone) and log in
    /// again: a large payment made in the night hours (00:00–06:00) scores higher with risk
    /// monitoring, so a test that pays one must not depend on when the suite runs.
    pub fn daytime(&mut self) {
        let now: jiff::Timestamp = self.env.clock().parse().expect("the clock is RFC 3339");
        let today = now.to_zoned(jiff::tz::TimeZone::UTC).date();
        let mut at = today
            .at(10, 0, 0, 0)
            .to_zoned(jiff::tz::TimeZone::UTC)
            .expect("10:00 UTC")
            .timestamp();
        if at <= now {
            at += jiff::SignedDuration::from_hours(24);
        }
        self.run(["sandbox", "clock", "set", &at.to_string()])
            .success();
        self.tok = self.env.login();
    }

    /// `okpay --json ARGS…` inside the session.
    pub fn run<const N: usize>(&self, args: [&str; N]) -> Output {
        self.env
            .cmd(args)
            .json()
            .env("OKPAY_SESSION", &self.tok)
            .run()
    }

    /// Add a 4242 test card; returns its source id.
    pub fn add_card(&self) -> String {
        let out = self
            .env
            .cmd([
                "source",
                "add",
                "card",
                "--holder",
                "A",
                "--expiry",
                "12/30",
                "--details-stdin",
                "-q",
            ])
            .env("OKPAY_SESSION", &self.tok)
            .stdin("4242424242424242\n123\n")
            .run()
            .success();
        let id = out.stdout.trim().to_string();
        assert!(id.starts_with("src_"), "{}", out.show());
        id
    }

    /// Top up `amount` CNY from a fresh test card.
    pub fn topup(&self, amount: &str) {
        let source = self.add_card();
        let doc = self
            .run(["topup", amount, "--source", &source, "-y"])
            .success()
            .json();
        assert_eq!(doc["transaction"]["status"], "succeeded", "{doc}");
    }

    /// The available CNY balance, as `balance --json` prints it.
    pub fn cny(&self) -> String {
        balance_of(&self.env, "CNY")
    }

    /// `receipt TXID --json`'s transaction.
    pub fn receipt(&self, id: &str) -> Value {
        self.run(["receipt", id]).success().json()["transaction"].clone()
    }

    /// `pay AMOUNT --merchant M -y` (plus more arguments); the transaction on success.
    pub fn pay_ok(&self, amount: &str, merchant: &str, more: &[&str]) -> Value {
        let out = self
            .env
            .cmd(["pay", amount, "--merchant", merchant, "-y"])
            .args(more)
            .json()
            .env("OKPAY_SESSION", &self.tok)
            .run()
            .success();
        let tx = out.json()["transaction"].clone();
        assert_eq!(tx["kind"], "payment", "{}", out.show());
        assert_eq!(tx["status"], "succeeded", "{}", out.show());
        tx
    }
}

/// The available balance in `currency` from `balance --json` (no unlocking needed).
pub(crate) fn balance_of(env: &Env, currency: &str) -> String {
    let doc = env.cmd(["balance"]).json().run().success().json();
    doc["balances"]
        .as_array()
        .unwrap_or_else(|| panic!("no balances: {doc}"))
        .iter()
        .find(|b| b["currency"] == currency)
        .and_then(|b| b["available"].as_str())
        .unwrap_or_else(|| panic!("no {currency} balance: {doc}"))
        .to_string()
}

/// Every non-zero ledger balance, by account name and currency.
pub(crate) fn ledger_balances(env: &Env) -> Vec<(String, String, i64)> {
    let db = env.db();
    let mut stmt = db
        .prepare(
            "select a.name, a.currency, b.balance_minor from balances b \
             join accounts a on a.id = b.account_id where b.balance_minor != 0 \
             order by a.name, a.currency",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap();
    rows.map(Result::unwrap).collect()
}

/// How many transactions the ledger holds.
pub(crate) fn tx_count(env: &Env) -> i64 {
    env.sql_i64("select count(*) from transactions")
}

fn count_payments(env: &Env, status: &str) -> i64 {
    env.sql_i64(&format!(
        "select count(*) from transactions where kind = 'payment' and status = '{status}'"
    ))
}

/// `verify` with the session: the structure and the HMAC chain are clean.
pub(crate) fn assert_verify_clean(w: &Wallet) {
    let doc = w.run(["verify"]).success().json();
    assert_eq!(doc["verify"]["ok"], true, "{doc}");
    assert_eq!(doc["verify"]["problems"], json!([]), "{doc}");
}

/// The fields every way of asking must agree on.
fn receipt_fields(tx: &Value) -> Value {
    json!({
        "kind": tx["kind"],
        "status": tx["status"],
        "merchant_name": tx["merchant_name"],
        "amount": tx["amount"],
        "currency": tx["currency"],
        "fee": tx["fee"],
        "memo": tx["memo"],
        "items": tx["items"],
    })
}

const MEMO: &str = "Gift for Bob & Ann";

fn expected_fields() -> Value {
    json!({
        "kind": "payment",
        "status": "succeeded",
        "merchant_name": "Tea House",
        "amount": "30.00",
        "currency": "CNY",
        "fee": "0.00",
        "memo": MEMO,
        "items": [
            {"name": "Green Tea", "quantity": 2, "unit_price": "12.50", "total": "25.00"},
            {"name": "Cake", "quantity": 1, "unit_price": "5.00", "total": "5.00"},
        ],
    })
}

fn request_doc(order: &str) -> String {
    json!({
        "merchant": "Tea House",
        "amount": "30",
        "currency": "CNY",
        "order": order,
        "memo": MEMO,
        "items": [
            {"name": "Green Tea", "quantity": 2, "unit_price": "12.50"},
            {"name": "Cake", "quantity": 1, "unit_price": "5"},
        ],
    })
    .to_string()
}

#[test]
fn flags_json_request_file_and_uri_give_the_same_receipt() {
    let w = Wallet::funded("200");
    let mut ids = Vec::new();
    let mut check = |out: Output, order: &str| {
        let out = out.success();
        let tx = out.json()["transaction"].clone();
        assert_eq!(receipt_fields(&tx), expected_fields(), "{}", out.show());
        assert_eq!(tx["order_id"], order, "{}", out.show());
        assert!(tx["merchant"].as_str().unwrap().starts_with("mer_"), "{tx}");
        assert!(tx["id"].as_str().unwrap().starts_with("tx_"), "{tx}");
        // The receipt command shows the same.
        let receipt = w.receipt(tx["id"].as_str().unwrap());
        assert_eq!(receipt_fields(&receipt), expected_fields(), "{receipt}");
        assert_eq!(receipt["order_id"], order, "{receipt}");
        assert_eq!(receipt["merchant"], tx["merchant"]);
        assert_eq!(receipt["created_at"], tx["created_at"]);
        ids.push(tx["id"].as_str().unwrap().to_string());
        tx
    };

    // Flags.
    let by_flags = w
        .env
        .cmd([
            "pay",
            "30",
            "--currency",
            "CNY",
            "--merchant",
            "Tea House",
            "--order",
            "A-1",
            "--item",
            "Green Tea:2:12.50",
            "--item",
            "Cake:1:5",
            "--memo",
            MEMO,
            "-y",
        ])
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .run();
    let first = check(by_flags, "A-1");
    assert_eq!(first["balance_after"], "170.00", "{first}");

    // A JSON request on stdin, inside the session.
    let by_stdin = w
        .env
        .cmd(["pay", "--request", "-", "-y"])
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .stdin(request_doc("A-2"))
        .run();
    let tx = check(by_stdin, "A-2");
    assert_eq!(tx["merchant"], first["merchant"], "the same merchant: {tx}");

    // A JSON request on stdin after the password line, without a session.
    let by_password = w
        .env
        .cmd(["pay", "--password-stdin", "--request", "-", "-y"])
        .json()
        .stdin(format!("{PASSWORD}\n{}\n", request_doc("A-3")))
        .run();
    check(by_password, "A-3");

    // A JSON request in a file.
    let file = w.env.root().join("request.json");
    write_file(&file, request_doc("A-4").as_bytes(), 0o600);
    let by_file = w
        .env
        .cmd(["pay", "--request"])
        .arg(&file)
        .arg("-y")
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .run();
    check(by_file, "A-4");

    // An okpay:pay? URI, percent-encoded (a space is %20, the memo's & is %26).
    let uri = "okpay:pay?merchant=Tea%20House&amount=30.00&currency=CNY&order=A-5\
               &memo=Gift%20for%20Bob%20%26%20Ann\
               &item=Green%20Tea:2:12.50&item=Cake:1:5";
    let by_uri = w
        .env
        .cmd(["pay", uri, "-y"])
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .run();
    let last = check(by_uri, "A-5");
    assert_eq!(last["balance_after"], "50.00", "{last}");

    assert_eq!(w.cny(), "50.00");
    assert_eq!(count_payments(&w.env, "succeeded"), 5);
    assert_eq!(
        w.env.sql_i64("select count(*) from merchants"),
        1,
        "every way named the same merchant"
    );
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), 5, "five distinct ids: {ids:?}");
    assert_verify_clean(&w);
}

#[test]
fn quiet_pay_prints_the_transaction_id() {
    let w = Wallet::funded("10");
    let out = w
        .env
        .cmd(["-q", "pay", "2.5", "--merchant", "Kiosk", "-y"])
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .success();
    let id = out.stdout.trim_end_matches('\n');
    assert!(
        id.starts_with("tx_") && !id.contains('\n'),
        "{}",
        out.show()
    );
    let receipt = w.receipt(id);
    assert_eq!(receipt["amount"], "2.50");
    assert_eq!(receipt["status"], "succeeded");
    assert_eq!(w.cny(), "7.50");
}

#[test]
fn items_without_an_amount_pay_their_total() {
    let w = Wallet::funded("20");
    let tx = w
        .env
        .cmd([
            "pay",
            "--merchant",
            "Bakery",
            "--item",
            "Bun:3:1.10",
            "--item",
            "Pretzel:1:0.7",
            "-y",
        ])
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .success()
        .json()["transaction"]
        .clone();
    assert_eq!(tx["amount"], "4.00", "{tx}");
    assert_eq!(tx["items"][0]["total"], "3.30", "{tx}");
    assert_eq!(tx["items"][1]["unit_price"], "0.70", "{tx}");
    assert_eq!(tx["balance_after"], "16.00", "{tx}");

    // The same in a JSON request with no amount.
    let doc = json!({"merchant": "Bakery", "items": [{"name": "Bun", "quantity": 2, "unit_price": "1.5"}]});
    let tx = w
        .env
        .cmd(["pay", "--request", "-", "-y"])
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .stdin(doc.to_string())
        .run()
        .success()
        .json()["transaction"]
        .clone();
    assert_eq!(tx["amount"], "3.00", "{tx}");
    assert_eq!(tx["currency"], "CNY", "the base currency by default: {tx}");
    assert_eq!(w.cny(), "13.00");
}

#[test]
fn items_disagreeing_with_the_amount_are_invalid_input_with_the_difference() {
    let w = Wallet::funded("50");
    let before = tx_count(&w.env);
    let out = w
        .run([
            "pay",
            "10",
            "--merchant",
            "Bakery",
            "--item",
            "Bun:2:3.50",
            "-y",
        ])
        .failure(2, "invalid_input");
    let details = out.details();
    assert_eq!(details["difference"], "3.00", "{}", out.show());
    assert_eq!(details["items_total"], "7.00", "{}", out.show());
    assert_eq!(details["amount"], "10.00", "{}", out.show());

    // The same in a JSON request.
    let doc = json!({"merchant": "Bakery", "amount": "5", "items": [{"name": "Bun", "quantity": 1, "unit_price": "6"}]});
    let out = w
        .env
        .cmd(["pay", "--request", "-", "-y"])
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .stdin(doc.to_string())
        .run()
        .failure(2, "invalid_input");
    assert!(
        out.details()["difference"].is_string(),
        "details.difference: {}",
        out.show()
    );
    assert_eq!(tx_count(&w.env), before, "nothing recorded");
    assert_eq!(w.cny(), "50.00");
}

#[test]
fn a_payment_larger_than_the_balance_is_declined_and_recorded() {
    let w = Wallet::funded("50");
    let balances = ledger_balances(&w.env);
    let before = tx_count(&w.env);
    let out = w
        .run([
            "pay",
            "80.5",
            "--merchant",
            "Big Store",
            "--order",
            "B-1",
            "-y",
        ])
        .failure(5, "insufficient_funds");
    let doc = out.json();
    let details = &doc["error"]["details"];
    assert_eq!(details["missing"], "30.50", "{doc}");
    assert_eq!(details["currency"], "CNY", "{doc}");
    assert_eq!(details["available"], "50.00", "{doc}");
    let advice = doc["error"]["advice"].as_str().unwrap().to_lowercase();
    assert!(
        advice.contains("top up") && advice.contains("30.50"),
        "advice: {advice}"
    );
    let id = details["transaction_id"].as_str().unwrap().to_string();
    assert!(id.starts_with("tx_"), "{doc}");
    assert_eq!(doc["transaction"]["id"], id.as_str(), "{doc}");
    assert_eq!(doc["transaction"]["status"], "declined", "{doc}");
    assert_eq!(
        doc["transaction"]["decline"]["code"], "insufficient_funds",
        "{doc}"
    );

    // Recorded as one declined payment; every balance unchanged.
    assert_eq!(tx_count(&w.env), before + 1);
    assert_eq!(count_payments(&w.env, "declined"), 1);
    assert_eq!(ledger_balances(&w.env), balances, "balances changed");
    assert_eq!(
        w.env.sql_i64(&format!(
            "select count(*) from postings p join transactions t on t.seq = p.tx_seq \
             where t.id = '{id}' and p.amount_minor != 0"
        )),
        0,
        "a decline moves no money"
    );
    assert_eq!(w.cny(), "50.00");

    let history = w.run(["history", "--status", "declined"]).success().json();
    let txs = history["transactions"].as_array().unwrap();
    assert_eq!(txs.len(), 1, "{history}");
    assert_eq!(txs[0]["id"], id.as_str(), "{history}");
    assert_eq!(txs[0]["amount"], "80.50", "{history}");

    let receipt = w.receipt(&id);
    assert_eq!(receipt["status"], "declined", "{receipt}");
    assert_eq!(
        receipt["decline"]["code"], "insufficient_funds",
        "{receipt}"
    );
    assert_eq!(receipt["decline"]["details"]["missing"], "30.50");

    // Without --json: message and advice on stderr, the code in brackets.
    let out = w
        .env
        .cmd(["pay", "80.5", "--merchant", "Big Store", "-y"])
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .failure(5, "insufficient_funds");
    assert!(out.stdout.is_empty(), "{}", out.show());
    assert!(out.stderr.contains("30.50"), "{}", out.show());
    assert_verify_clean(&w);
}

#[test]
fn a_merchant_that_does_not_accept_okpay_declines() {
    let w = Wallet::funded("50");
    w.run(["merchant", "add", "Cash Only", "--no-okpay"])
        .success();
    let balances = ledger_balances(&w.env);
    let doc = w
        .run(["pay", "5", "--merchant", "cash only", "-y"])
        .failure(8, "merchant_not_accepting")
        .json();
    assert_eq!(doc["transaction"]["status"], "declined", "{doc}");
    assert_eq!(
        doc["transaction"]["decline"]["code"],
        "merchant_not_accepting"
    );
    assert!(!doc["error"]["advice"].as_str().unwrap().is_empty());
    let id = doc["error"]["details"]["transaction_id"].as_str().unwrap();
    assert_eq!(w.receipt(id)["status"], "declined");
    assert_eq!(count_payments(&w.env, "declined"), 1);
    assert_eq!(count_payments(&w.env, "succeeded"), 0);
    assert_eq!(ledger_balances(&w.env), balances);
}

#[test]
fn a_blocked_merchant_declines_until_unblocked() {
    let w = Wallet::funded("50");
    w.pay_ok("5", "Shady Shop", &[]);
    w.run(["merchant", "block", "Shady Shop"]).success();
    let balances = ledger_balances(&w.env);
    let doc = w
        .run(["pay", "5", "--merchant", "Shady Shop", "-y"])
        .failure(8, "merchant_blocked")
        .json();
    assert_eq!(doc["transaction"]["status"], "declined", "{doc}");
    assert_eq!(doc["transaction"]["decline"]["code"], "merchant_blocked");
    assert_eq!(count_payments(&w.env, "declined"), 1);
    assert_eq!(ledger_balances(&w.env), balances);
    assert_eq!(w.cny(), "45.00");

    w.run(["merchant", "unblock", "Shady Shop"]).success();
    w.pay_ok("5", "Shady Shop", &[]);
    assert_eq!(w.cny(), "40.00");
}

#[test]
fn a_currency_the_merchant_does_not_take_declines() {
    let w = Wallet::funded("50");
    w.run(["merchant", "add", "Euro Shop", "--currency", "EUR"])
        .success();
    let balances = ledger_balances(&w.env);
    let doc = w
        .run([
            "pay",
            "5",
            "--currency",
            "CNY",
            "--merchant",
            "Euro Shop",
            "-y",
        ])
        .failure(8, "currency_not_supported")
        .json();
    assert_eq!(doc["transaction"]["status"], "declined", "{doc}");
    assert_eq!(
        doc["transaction"]["decline"]["code"],
        "currency_not_supported"
    );
    assert_eq!(count_payments(&w.env, "declined"), 1);
    assert_eq!(ledger_balances(&w.env), balances);

    // A merchant taking CNY among others is paid.
    w.run([
        "merchant",
        "add",
        "Both Shop",
        "--currency",
        "EUR",
        "--currency",
        "CNY",
    ])
    .success();
    w.pay_ok("5", "Both Shop", &[]);
    assert_eq!(w.cny(), "45.00");
}

fn merchant_named(w: &Wallet, name: &str) -> Value {
    // merchant list needs no unlocking.
    let doc = w
        .env
        .cmd(["merchant", "list"])
        .json()
        .run()
        .success()
        .json();
    doc["merchants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == name)
        .cloned()
        .unwrap_or_else(|| panic!("no merchant {name}: {doc}"))
}

#[test]
fn an_unknown_merchant_is_registered_and_new_until_paid() {
    let w = Wallet::funded("10");
    // A declined payment registers it too.
    let doc = w
        .run(["pay", "25", "--merchant", "Corner Cafe", "-y"])
        .failure(5, "insufficient_funds")
        .json();
    let m = merchant_named(&w, "Corner Cafe");
    assert_eq!(doc["transaction"]["merchant"], m["id"], "{doc}");
    assert!(m["id"].as_str().unwrap().starts_with("mer_"), "{m}");
    assert_eq!(m["origin"], "payment", "{m}");
    assert_eq!(m["new"], true, "{m}");
    assert_eq!(m["accepts_okpay"], true, "{m}");
    assert_eq!(m["blocked"], false, "{m}");

    let tx = w.pay_ok("4", "corner cafe", &[]);
    assert_eq!(
        tx["merchant"], m["id"],
        "case-insensitive: the same merchant"
    );
    assert_eq!(tx["merchant_name"], "Corner Cafe");
    assert_eq!(tx["merchant_new"], true, "{tx}");
    let m = merchant_named(&w, "Corner Cafe");
    assert_eq!(m["new"], false, "paid once, no longer new: {m}");
    let tx = w.pay_ok("4", "Corner Cafe", &[]);
    assert_eq!(tx["merchant_new"], false, "{tx}");
    assert_eq!(w.env.sql_i64("select count(*) from merchants"), 1);
}

#[test]
fn without_yes_and_without_a_terminal_nothing_moves() {
    let w = Wallet::funded("50");
    let before = tx_count(&w.env);
    let balances = ledger_balances(&w.env);
    let out = w
        .run(["pay", "5", "--merchant", "Kiosk"])
        .failure(2, "input_required");
    assert!(out.json().get("transaction").is_none(), "{}", out.show());
    // Stdin with data is not a terminal either.
    w.env
        .cmd(["pay", "5", "--merchant", "Kiosk"])
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .stdin("y\nyes\n")
        .run()
        .failure(2, "input_required");
    w.run(["pay", "5", "--merchant", "Kiosk", "--no-input"])
        .failure(2, "input_required");
    assert_eq!(tx_count(&w.env), before, "nothing recorded");
    assert_eq!(ledger_balances(&w.env), balances);
    assert_eq!(w.cny(), "50.00");
}

#[test]
fn the_same_order_twice_is_refused_with_the_first_id() {
    let w = Wallet::funded("100");
    let first = w.pay_ok("10", "Book Store", &["--order", "O-1"]);
    let before = tx_count(&w.env);
    let out = w
        .run([
            "pay",
            "10",
            "--merchant",
            "book store",
            "--order",
            "O-1",
            "-y",
        ])
        .failure(11, "already_exists");
    assert_eq!(
        out.details()["transaction_id"],
        first["id"],
        "{}",
        out.show()
    );
    // Another amount, the same order: still a duplicate.
    let out = w
        .run([
            "pay",
            "12",
            "--merchant",
            "Book Store",
            "--order",
            "O-1",
            "-y",
        ])
        .failure(11, "already_exists");
    assert_eq!(
        out.details()["transaction_id"],
        first["id"],
        "{}",
        out.show()
    );
    assert_eq!(tx_count(&w.env), before, "nothing recorded");
    assert_eq!(w.cny(), "90.00");

    // The same order id at another merchant is another order.
    w.pay_ok("10", "Other Store", &["--order", "O-1"]);
    // --allow-duplicate pays it.
    let second = w.pay_ok("10", "Book Store", &["--order", "O-1", "--allow-duplicate"]);
    assert_ne!(second["id"], first["id"]);
    assert_eq!(second["order_id"], "O-1");
    assert_eq!(w.cny(), "70.00");
    assert_eq!(count_payments(&w.env, "succeeded"), 3);
}

#[test]
fn an_order_whose_only_attempt_was_declined_can_be_paid() {
    let w = Wallet::funded("10");
    let declined = w
        .run([
            "pay",
            "20",
            "--merchant",
            "Book Store",
            "--order",
            "O-2",
            "-y",
        ])
        .failure(5, "insufficient_funds")
        .json();
    w.topup("15");
    let paid = w.pay_ok("20", "Book Store", &["--order", "O-2"]);
    assert_ne!(paid["id"], declined["transaction"]["id"]);
    assert_eq!(w.cny(), "5.00");
    // Now it is paid, so the next attempt is a duplicate of the paid one.
    let out = w
        .run([
            "pay",
            "1",
            "--merchant",
            "Book Store",
            "--order",
            "O-2",
            "-y",
        ])
        .failure(11, "already_exists");
    assert_eq!(out.details()["transaction_id"], paid["id"]);
}

#[test]
fn an_idempotency_key_replays_the_first_success() {
    let w = Wallet::funded("100");
    let first = w.pay_ok(
        "5",
        "Kiosk",
        &["--idempotency-key", "k-1", "--order", "I-1"],
    );
    assert_ne!(first["replayed"], true, "{first}");
    // 5 and 5.00 are the same request.
    let again = w.pay_ok(
        "5.00",
        "Kiosk",
        &["--idempotency-key", "k-1", "--order", "I-1"],
    );
    assert_eq!(again["replayed"], true, "{again}");
    assert_eq!(again["id"], first["id"]);
    assert_eq!(again["amount"], "5.00");
    assert_eq!(count_payments(&w.env, "succeeded"), 1, "one payment");
    assert_eq!(w.cny(), "95.00");

    // The same key with another request is a conflict, and records nothing.
    let before = tx_count(&w.env);
    w.run([
        "pay",
        "6",
        "--merchant",
        "Kiosk",
        "--idempotency-key",
        "k-1",
        "--order",
        "I-1",
        "-y",
    ])
    .failure(11, "idempotency_conflict");
    w.run([
        "pay",
        "5",
        "--merchant",
        "Another Kiosk",
        "--idempotency-key",
        "k-1",
        "--order",
        "I-1",
        "-y",
    ])
    .failure(11, "idempotency_conflict");
    assert_eq!(tx_count(&w.env), before);
    assert_eq!(w.cny(), "95.00");
}

#[test]
fn an_idempotency_key_replays_a_decline() {
    let w = Wallet::funded("10");
    let args = [
        "pay",
        "50",
        "--merchant",
        "Kiosk",
        "--idempotency-key",
        "k-2",
        "-y",
    ];
    let first = w.run(args).failure(5, "insufficient_funds").json();
    let id = first["transaction"]["id"].clone();
    assert!(id.as_str().unwrap().starts_with("tx_"), "{first}");
    // Even with the money there now, the key answers with the stored decline.
    w.topup("100");
    let again = w.run(args).failure(5, "insufficient_funds").json();
    assert_eq!(again["transaction"]["id"], id, "{again}");
    assert_eq!(again["error"]["details"]["transaction_id"], id, "{again}");
    assert_eq!(again["transaction"]["replayed"], true, "{again}");
    assert_eq!(count_payments(&w.env, "declined"), 1);
    assert_eq!(count_payments(&w.env, "succeeded"), 0);
    assert_eq!(w.cny(), "110.00");
}

#[test]
fn an_error_that_records_nothing_leaves_the_key_free() {
    let w = Wallet::funded("10");
    w.run(["sandbox", "maintenance", "--on"]).success();
    w.run([
        "pay",
        "5",
        "--merchant",
        "Kiosk",
        "--idempotency-key",
        "k-3",
        "-y",
    ])
    .failure(10, "maintenance");
    w.run(["sandbox", "maintenance", "--off"]).success();
    let tx = w.pay_ok("5", "Kiosk", &["--idempotency-key", "k-3"]);
    assert_ne!(tx["replayed"], true, "{tx}");
    assert_eq!(w.cny(), "5.00");
}

#[test]
fn maintenance_refuses_without_recording() {
    let w = Wallet::funded("50");
    w.run(["sandbox", "maintenance", "--on"]).success();
    let before = tx_count(&w.env);
    let balances = ledger_balances(&w.env);
    let doc = w
        .run(["pay", "5", "--merchant", "Kiosk", "--order", "M-1", "-y"])
        .failure(10, "maintenance")
        .json();
    assert!(doc.get("transaction").is_none(), "not recorded: {doc}");
    assert!(!doc["error"]["advice"].as_str().unwrap().is_empty());
    assert_eq!(tx_count(&w.env), before, "nothing recorded");
    assert_eq!(ledger_balances(&w.env), balances);
    // Reading keeps working.
    assert_eq!(w.cny(), "50.00");

    w.run(["sandbox", "maintenance", "--off"]).success();
    w.pay_ok("5", "Kiosk", &["--order", "M-1"]);
    assert_eq!(w.cny(), "45.00");
}

#[test]
fn from_currency_pays_from_that_balance() {
    let w = Wallet::funded("50");
    let before = tx_count(&w.env);
    // The wallet holds no USD: converting from it is declined (and recorded), nothing moves.
    let out = w
        .run([
            "pay",
            "5",
            "--currency",
            "CNY",
            "--merchant",
            "Kiosk",
            "--from-currency",
            "USD",
            "-y",
        ])
        .failure(5, "insufficient_funds");
    assert_eq!(out.details()["currency"], "USD");
    assert_eq!(tx_count(&w.env), before + 1);
    assert_eq!(w.cny(), "50.00");
    w.pay_ok("5", "Kiosk", &["--from-currency", "CNY"]);
    assert_eq!(w.cny(), "45.00");
}

#[test]
fn bad_input_is_invalid_input_and_records_nothing() {
    let w = Wallet::funded("50");
    let before = tx_count(&w.env);
    let merchants = w.env.sql_i64("select count(*) from merchants");
    let balances = ledger_balances(&w.env);

    for amount in [
        "0",
        "0.00",
        "-1",
        "1.234",
        "1e3",
        "1,000",
        "abc",
        "",
        " 5",
        "1000000000001",
    ] {
        w.run(["pay", amount, "--merchant", "Kiosk", "-y"])
            .failure(2, "invalid_input");
    }
    for item in [
        "Tea",
        "Tea:1",
        "Tea:x:1",
        "Tea:0:1",
        "Tea:-1:1",
        "Tea:1.5:1",
        "Tea:1:-1",
        "Tea:1:0",
        "Tea:1:1.234",
        ":1:1",
    ] {
        w.run(["pay", "--merchant", "Kiosk", "--item", item, "-y"])
            .failure(2, "invalid_input");
    }
    for currency in ["ABC", "XXX", "CN", "CNYY"] {
        w.run([
            "pay",
            "5",
            "--currency",
            currency,
            "--merchant",
            "Kiosk",
            "-y",
        ])
        .failure(2, "invalid_input");
    }
    for uri in [
        "okpay:pay?merchant=Kiosk&amount=1&foo=bar",
        "okpay:pay?merchant=Kiosk&amount=0",
        "okpay:pay?merchant=Kiosk&amount=1.234",
        "okpay:pay?merchant=Kiosk&amount=1&currency=ABC",
        "okpay:pay?merchant=Kiosk",
        "okpay:pay?amount=1",
        "okpay:pay?merchant=Kiosk&amount=1&item=Tea",
        "okpay:pay?merchant=Kiosk&amount=1%ZZ",
        "okpay:send?merchant=Kiosk&amount=1",
    ] {
        w.run(["pay", uri, "-y"]).failure(2, "invalid_input");
    }
    for doc in [
        "not json",
        "{}",
        r#"{"merchant": "Kiosk", "amount": "-1"}"#,
        r#"{"merchant": "Kiosk", "amount": "1", "colour": "red"}"#,
        r#"{"merchant": "Kiosk", "items": [{"name": "Tea", "quantity": 0, "unit_price": "1"}]}"#,
    ] {
        w.env
            .cmd(["pay", "--request", "-", "-y"])
            .json()
            .env("OKPAY_SESSION", &w.tok)
            .stdin(doc)
            .run()
            .failure(2, "invalid_input");
    }
    // No merchant at all; no amount and no items; both an amount and a URI.
    w.run(["pay", "5", "-y"]).failure(2, "invalid_input");
    w.run(["pay", "--merchant", "Kiosk", "-y"])
        .failure(2, "invalid_input");
    w.run([
        "pay",
        "okpay:pay?merchant=Kiosk&amount=1",
        "--request",
        "-",
        "-y",
    ])
    .failure(2, "invalid_input");

    assert_eq!(tx_count(&w.env), before, "nothing recorded");
    assert_eq!(
        w.env.sql_i64("select count(*) from merchants"),
        merchants,
        "no merchant registered by a bad request"
    );
    assert_eq!(ledger_balances(&w.env), balances);
}

#[test]
fn eight_concurrent_payers_from_a_balance_for_five() {
    let w = Wallet::funded("100.00");
    let children: Vec<_> = (0..8)
        .map(|i| {
            let mut cmd = w
                .env
                .cmd(["pay", "20.00", "--merchant", "Race Shop", "-y"])
                .arg("--order")
                .arg(format!("R-{i}"))
                .json()
                .env("OKPAY_SESSION", &w.tok)
                .command();
            cmd.stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            cmd.spawn().expect("spawn okpay")
        })
        .collect();
    let mut ok = 0;
    let mut short = 0;
    for child in children {
        let out = child.wait_with_output().expect("wait");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let code = out.status.code().unwrap_or(-1);
        assert!(
            code != 101 && !stderr.contains("panicked"),
            "okpay panicked: {stdout}\n{stderr}"
        );
        let doc: Value = serde_json::from_str(&stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}\n{stderr}"));
        match code {
            0 => {
                assert_eq!(doc["transaction"]["status"], "succeeded", "{doc}");
                ok += 1;
            }
            5 => {
                assert_eq!(doc["error"]["code"], "insufficient_funds", "{doc}");
                short += 1;
            }
            _ => panic!("unexpected exit {code}: {stdout}\n{stderr}"),
        }
    }
    assert_eq!((ok, short), (5, 3));
    assert_eq!(w.cny(), "0.00");
    assert_eq!(count_payments(&w.env, "succeeded"), 5);
    assert_eq!(count_payments(&w.env, "declined"), 3);
    assert_eq!(
        w.env
            .sql_i64("select count(*) from merchants where name = 'Race Shop'"),
        1,
        "one merchant, registered once"
    );
    assert_verify_clean(&w);
}

#[test]
fn a_session_needs_no_password_and_no_credentials_is_auth_required() {
    let w = Wallet::funded("50");
    // The session alone: no stdin, no password.
    w.pay_ok("5", "Kiosk", &[]);
    let before = tx_count(&w.env);
    let out = w
        .env
        .cmd(["pay", "5", "--merchant", "Kiosk", "-y"])
        .json()
        .run()
        .failure(3, "auth_required");
    assert!(out.json().get("transaction").is_none(), "{}", out.show());
    assert_eq!(tx_count(&w.env), before, "nothing recorded");
    assert_eq!(w.cny(), "45.00");
    // The password on stdin works without a session.
    let doc = w
        .env
        .cmd(["pay", "5", "--merchant", "Kiosk", "-y"])
        .json()
        .password()
        .run()
        .success()
        .json();
    assert_eq!(doc["transaction"]["status"], "succeeded");
    assert_eq!(w.cny(), "40.00");
}

#[test]
fn checks_run_in_the_order_cli_md_gives() {
    let w = Wallet::funded("10");
    w.run(["merchant", "add", "Blocked Shop"]).success();
    w.run(["merchant", "block", "Blocked Shop"]).success();
    w.pay_ok(
        "1",
        "Book Store",
        &["--order", "D-1", "--idempotency-key", "k-o"],
    );
    let before = tx_count(&w.env);

    // Arguments before unlocking.
    w.env
        .cmd(["pay", "1.234", "--merchant", "Kiosk", "-y"])
        .json()
        .run()
        .failure(2, "invalid_input");
    // An idempotency replay before unlocking.
    let doc = w
        .env
        .cmd([
            "pay",
            "1",
            "--merchant",
            "Book Store",
            "--order",
            "D-1",
            "--idempotency-key",
            "k-o",
            "-y",
        ])
        .json()
        .run()
        .success()
        .json();
    assert_eq!(doc["transaction"]["replayed"], true, "{doc}");
    // Unlocking before maintenance; maintenance before the merchant.
    w.run(["sandbox", "maintenance", "--on"]).success();
    w.env
        .cmd(["pay", "1", "--merchant", "Blocked Shop", "-y"])
        .json()
        .run()
        .failure(3, "auth_required");
    w.run(["pay", "1", "--merchant", "Blocked Shop", "-y"])
        .failure(10, "maintenance");
    w.run(["sandbox", "maintenance", "--off"]).success();
    assert_eq!(tx_count(&w.env), before, "nothing recorded so far");

    // The merchant before the duplicate order and the balance.
    w.run(["merchant", "block", "Book Store"]).success();
    w.run([
        "pay",
        "500",
        "--merchant",
        "Book Store",
        "--order",
        "D-1",
        "-y",
    ])
    .failure(8, "merchant_blocked");
    w.run(["merchant", "unblock", "Book Store"]).success();
    // The duplicate order before the balance.
    w.run([
        "pay",
        "500",
        "--merchant",
        "Book Store",
        "--order",
        "D-1",
        "-y",
    ])
    .failure(11, "already_exists");
    // The balance before the confirmation.
    w.run(["pay", "500", "--merchant", "Book Store"])
        .failure(5, "insufficient_funds");
    assert_eq!(count_payments(&w.env, "declined"), 2);
    assert_eq!(w.cny(), "9.00");
}

#[test]
fn a_successful_pay_prints_a_receipt() {
    let w = Wallet::funded("100");
    let out = w
        .env
        .cmd([
            "pay",
            "--merchant",
            "Tea House",
            "--order",
            "H-7",
            "--item",
            "Green Tea:2:12.50",
            "--item",
            "Cake:1:5",
            "--memo",
            "for the office",
            "-y",
        ])
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .success();
    let id = w.env.sql_i64("select max(seq) from transactions");
    let id: String = w
        .env
        .db()
        .query_row("select id from transactions where seq = ?1", [id], |r| {
            r.get(0)
        })
        .unwrap();
    let text = &out.stdout;
    for needle in [
        id.as_str(),
        "Tea House",
        "H-7",
        "Green Tea",
        "Cake",
        "12.50",
        "25.00",
        "30.00",
        "for the office",
        "70.00",
    ] {
        assert!(text.contains(needle), "{needle:?} missing:\n{}", out.show());
    }
    // The issue's receipt also shows the fee and the time.
    let lower = text.to_lowercase();
    assert!(lower.contains("fee"), "no fee shown:\n{}", out.show());
    assert!(lower.contains("time"), "no time shown:\n{}", out.show());
}
