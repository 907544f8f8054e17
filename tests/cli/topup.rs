//! `topup`: the simulated rails of CLI.md ("Rails and the sandbox"): every row of the sandbox
//! table, pending bank transfers and their settlement, fees and their rounding, failures recorded
//! with advice, `--retry`, idempotency keys (also under ten racing processes), confirmation, the
//! order of checks and bad input.

use std::process::Stdio;

use serde_json::Value;

use crate::harness::{Env, Output, PASSWORD};

/// A sandbox wallet (base CNY, zone UTC) and a session token for it.
struct W {
    env: Env,
    tok: String,
}

impl W {
    fn new() -> W {
        let env = Env::new();
        env.init_sandbox();
        let tok = env.login();
        W { env, tok }
    }

    /// A sandbox wallet whose clock is set to `time` (RFC 3339).
    fn at(time: &str) -> W {
        let env = Env::new();
        env.init_sandbox();
        env.cmd(["sandbox", "clock", "set", time])
            .password()
            .run()
            .success();
        let tok = env.login();
        W { env, tok }
    }

    /// Move the sandbox clock to `time` and log in again (moving it expires the session).
    fn clock_set(&mut self, time: &str) {
        self.run(&["sandbox", "clock", "set", time]).success();
        self.tok = self.env.login();
    }

    /// `okpay --json ARGS…` inside the session.
    fn run(&self, args: &[&str]) -> Output {
        self.env
            .cmd(args)
            .json()
            .env("OKPAY_SESSION", &self.tok)
            .run()
    }

    /// Add a card with NUMBER (CVC 123; Amex would need four digits); returns its id.
    fn card(&self, number: &str, extra: &[&str]) -> String {
        let out = self
            .env
            .cmd([
                "-q",
                "source",
                "add",
                "card",
                "--holder",
                "Alice Li",
                "--expiry",
                "12/45",
                "--details-stdin",
            ])
            .args(extra)
            .env("OKPAY_SESSION", &self.tok)
            .stdin(format!("{number}\n123\n"))
            .run()
            .success();
        id_of(out)
    }

    fn bank(&self, iban: &str) -> String {
        id_of(
            self.env
                .cmd([
                    "-q", "source", "add", "bank", "--holder", "Alice Li", "--iban", iban,
                ])
                .env("OKPAY_SESSION", &self.tok)
                .run()
                .success(),
        )
    }

    fn platform(&self, extra: &[&str]) -> String {
        id_of(
            self.env
                .cmd([
                    "-q",
                    "source",
                    "add",
                    "platform",
                    "--provider",
                    "alipay",
                    "--account",
                    "alice-8812",
                ])
                .args(extra)
                .env("OKPAY_SESSION", &self.tok)
                .run()
                .success(),
        )
    }

    fn third_party(&self, extra: &[&str]) -> String {
        id_of(
            self.env
                .cmd([
                    "-q",
                    "source",
                    "add",
                    "third-party",
                    "--provider",
                    "paypal",
                    "--email",
                    "alice@example.com",
                ])
                .args(extra)
                .env("OKPAY_SESSION", &self.tok)
                .run()
                .success(),
        )
    }

    /// `topup AMOUNT --source SOURCE -y EXTRA…`.
    fn topup(&self, amount: &str, source: &str, extra: &[&str]) -> Output {
        let mut args = vec!["topup", amount, "--source", source, "-y"];
        args.extend_from_slice(extra);
        self.run(&args)
    }

    /// A top-up that must succeed; returns its transaction object.
    fn ok(&self, amount: &str, source: &str) -> Value {
        let tx = self.topup(amount, source, &[]).success().json()["transaction"].clone();
        assert_eq!(tx["kind"], "topup", "{tx}");
        tx
    }

    fn receipt(&self, id: &str) -> Value {
        self.run(&["receipt", id]).success().json()["transaction"].clone()
    }

    /// (available, pending) of CURRENCY as `balance --json` prints them.
    fn balance(&self, currency: &str) -> (String, String) {
        let doc = self.run(&["balance"]).success().json();
        let row = doc["balances"]
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["currency"] == currency)
            .unwrap_or_else(|| panic!("no {currency} in {doc}"))
            .clone();
        (
            row["available"].as_str().unwrap().to_string(),
            row["pending"].as_str().unwrap().to_string(),
        )
    }

    fn txs(&self) -> i64 {
        self.env.sql_i64("select count(*) from transactions")
    }

    fn count(&self, kind: &str, status: &str) -> i64 {
        self.env.sql_i64(&format!(
            "select count(*) from transactions where kind = '{kind}' and status = '{status}'"
        ))
    }

    /// The source's simulated external balance, from `source list --all`.
    fn sim_balance(&self, source: &str) -> String {
        let doc = self.run(&["source", "list", "--all"]).success().json();
        doc["sources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == source)
            .unwrap_or_else(|| panic!("{source} not listed: {doc}"))["simulated_balance"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// The ledger balance of account NAME (e.g. `fees:CNY`), in minor units.
    fn ledger(&self, name: &str) -> i64 {
        self.env.sql_i64(&format!(
            "select coalesce(sum(p.amount_minor), 0) from postings p \
             join accounts a on a.id = p.account_id where a.name = '{name}'"
        ))
    }

    fn verify_clean(&self) {
        let doc = self.run(&["verify"]).success().json();
        assert_eq!(doc["verify"]["ok"], true, "{doc}");
        assert_eq!(doc["verify"]["problems"], serde_json::json!([]), "{doc}");
    }

    fn history(&self) -> Vec<Value> {
        let doc = self.run(&["history", "--all"]).success().json();
        doc["transactions"].as_array().unwrap().clone()
    }
}

fn id_of(out: Output) -> String {
    let id = out.stdout.trim_end_matches('\n').to_string();
    assert!(id.starts_with("src_"), "{}", out.show());
    id
}

fn links(tx: &Value) -> Vec<(String, String)> {
    tx["links"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|l| {
                    (
                        l["type"].as_str().unwrap().to_string(),
                        l["id"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Check a recorded refusal: exit code, error code, advice, the failed transaction in the
/// answer, in `receipt`, in `history` and in the database, with no postings (no money moved).
/// Returns the failed transaction's id.
fn assert_recorded_failure(
    w: &W,
    out: Output,
    exit: i32,
    code: &str,
    source: &str,
    amount: &str,
) -> String {
    let out = out.failure(exit, code);
    let doc = out.json();
    let err = &doc["error"];
    assert!(
        err["advice"].as_str().is_some_and(|a| !a.trim().is_empty()),
        "no advice:\n{}",
        out.show()
    );
    let tx = &doc["transaction"];
    let id = tx["id"]
        .as_str()
        .unwrap_or_else(|| {
            panic!(
                "a recorded refusal carries its transaction:\n{}",
                out.show()
            )
        })
        .to_string();
    assert!(id.starts_with("tx_"), "{}", out.show());
    assert_eq!(
        err["details"]["transaction_id"],
        id.as_str(),
        "{}",
        out.show()
    );
    assert_eq!(err["details"]["source"], source, "{}", out.show());
    assert_eq!(tx["kind"], "topup", "{}", out.show());
    assert_eq!(tx["status"], "failed", "{}", out.show());
    assert_eq!(tx["failure"]["code"], code, "{}", out.show());
    assert_eq!(tx["amount"], amount, "{}", out.show());
    assert_eq!(tx["source"], source, "{}", out.show());

    let receipt = w.receipt(&id);
    assert_eq!(receipt["status"], "failed", "{receipt}");
    assert_eq!(receipt["failure"]["code"], code, "{receipt}");
    assert_eq!(receipt["source"], source, "{receipt}");
    let history = w.history();
    let row = history
        .iter()
        .find(|t| t["id"] == id.as_str())
        .unwrap_or_else(|| panic!("{id} not in history: {history:?}"));
    assert_eq!(row["status"], "failed", "{row}");

    assert_eq!(
        w.env.sql_i64(&format!(
            "select count(*) from transactions where id = '{id}' and status = 'failed' \
             and kind = 'topup' and reason = '{code}'"
        )),
        1
    );
    assert_eq!(
        w.env.sql_i64(&format!(
            "select count(*) from postings p join transactions t on t.seq = p.tx_seq \
             where t.id = '{id}'"
        )),
        0,
        "a failed top-up moved money"
    );
    id
}

#[test]
fn a_test_card_that_succeeds_credits_the_wallet() {
    let w = W::new();
    let src = w.card("4242424242424242", &[]);
    let tx = w.ok("100", &src);
    let id = tx["id"].as_str().unwrap();
    assert!(id.starts_with("tx_"), "{tx}");
    assert_eq!(tx["status"], "succeeded");
    assert_eq!(tx["amount"], "100.00");
    assert_eq!(tx["currency"], "CNY");
    assert_eq!(tx["fee"], "0.00");
    assert_eq!(tx["charged"], "100.00");
    assert_eq!(tx["source"], src.as_str());
    assert!(tx.get("failure").is_none_or(Value::is_null), "{tx}");
    assert!(tx.get("replayed").is_none_or(|r| r == false), "{tx}");
    assert!(tx["created_at"].as_str().unwrap().ends_with('Z'), "{tx}");
    assert!(
        tx.get("available_at")
            .is_none_or(|a| a.is_null() || *a == tx["created_at"]),
        "a card top-up is instant: {tx}"
    );

    assert_eq!(w.balance("CNY"), ("100.00".into(), "0.00".into()));
    assert_eq!(w.count("topup", "succeeded"), 1);
    assert_eq!(w.txs(), 1);
    assert_eq!(w.ledger("wallet:CNY"), 10_000);
    assert_eq!(w.sim_balance(&src), "9900.00");
    let receipt = w.receipt(id);
    for field in [
        "id", "kind", "status", "amount", "currency", "fee", "charged", "source",
    ] {
        assert_eq!(receipt[field], tx[field], "{field}");
    }
    assert_eq!(w.history()[0]["id"], id);
    w.verify_clean();

    // -q prints the transaction id only.
    let out = w
        .env
        .cmd(["-q", "topup", "2.50", "--source", &src, "-y"])
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .success();
    let id2 = out.stdout.trim_end_matches('\n');
    assert!(
        id2.starts_with("tx_") && out.stdout == format!("{id2}\n"),
        "{}",
        out.show()
    );
    assert_eq!(w.balance("CNY").0, "102.50");
}

#[test]
fn every_documented_card_failure_is_recorded_with_advice() {
    let w = W::new();
    for (number, exit, code) in [
        ("4000000000000002", 9, "source_declined"),
        ("4000000000009995", 9, "source_insufficient_funds"),
        ("4000000000000069", 9, "source_expired"),
        ("4000000000000127", 9, "invalid_source_details"),
        ("4000000000000119", 10, "rail_unavailable"),
    ] {
        let src = w.card(number, &[]);
        let before = w.txs();
        let out = w.topup("10", &src, &[]);
        assert_recorded_failure(&w, out, exit, code, &src, "10.00");
        assert_eq!(w.txs(), before + 1, "{number}");
        assert_eq!(w.sim_balance(&src), "10000.00", "{number} was charged");
    }
    assert_eq!(w.balance("CNY"), ("0.00".into(), "0.00".into()));
    assert_eq!(w.count("topup", "failed"), 5);
    w.verify_clean();
}

#[test]
fn a_refusal_in_human_form_gives_message_and_advice_on_stderr() {
    let w = W::new();
    let src = w.card("4000000000000002", &[]);
    let out = w
        .env
        .cmd(["topup", "10", "--source", &src, "-y"])
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .failure(9, "source_declined");
    assert!(out.stdout.trim().is_empty(), "{}", out.show());
    assert!(
        out.stderr.contains("tx_"),
        "names the transaction:\n{}",
        out.show()
    );
    assert!(
        out.stderr.lines().count() >= 2,
        "message and advice:\n{}",
        out.show()
    );
    let id = w.history()[0]["id"].as_str().unwrap().to_string();
    assert!(out.stderr.contains(&id), "{}", out.show());
    // The receipt shows the failure with its advice.
    let receipt = w
        .env
        .cmd(["receipt", &id])
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .success();
    assert!(receipt.stdout.contains("failed"), "{}", receipt.show());
    assert!(
        receipt.stdout.contains("Use another funding source")
            || receipt.stdout.to_lowercase().contains("advice")
            || receipt.stdout.contains("what to do"),
        "{}",
        receipt.show()
    );
}

#[test]
fn the_closed_test_bank_account_is_invalid_source_details() {
    let w = W::new();
    let src = w.bank("DE40100000000000000666");
    let out = w.topup("10", &src, &[]);
    assert_recorded_failure(&w, out, 9, "invalid_source_details", &src, "10.00");
    assert_eq!(w.balance("CNY"), ("0.00".into(), "0.00".into()));
    assert_eq!(w.count("topup", "pending"), 0);
    assert_eq!(w.sim_balance(&src), "10000.00");
    w.verify_clean();
}

#[test]
fn a_bank_top_up_on_friday_is_pending_until_monday_ten() {
    // Friday 5 December 2036, 15:00 in the wallet's zone (UTC).
    let mut w = W::at("2036-12-05T15:00:00Z");
    let bank = w.bank("DE89370400440532013000");
    let card = w.card("4242424242424242", &[]);
    let out = w.topup("100", &bank, &[]).success();
    let tx = out.json()["transaction"].clone();
    let id = tx["id"].as_str().unwrap().to_string();
    assert_eq!(tx["status"], "pending", "{tx}");
    assert_eq!(tx["available_at"], "2036-12-08T10:00:00Z", "{tx}");
    assert_eq!(tx["fee"], "0.00");
    assert_eq!(tx["charged"], "100.00");
    assert_eq!(tx["amount"], "100.00");

    let check_pending = |w: &W| {
        let doc = w.run(&["balance"]).success().json();
        let cny = &doc["balances"][0];
        assert_eq!(cny["currency"], "CNY", "{doc}");
        assert_eq!(cny["available"], "0.00", "{doc}");
        assert_eq!(cny["pending"], "100.00", "{doc}");
        assert_eq!(cny["pending_available_at"], "2036-12-08T10:00:00Z", "{doc}");
        assert_eq!(w.receipt(&id)["status"], "pending");
        assert_eq!(w.history()[0]["status"], "pending");
        assert_eq!(w.count("settlement", "succeeded"), 0);
    };
    check_pending(&w);
    // The weekend passes; Monday 09:59 it is still pending.
    w.clock_set("2036-12-08T09:59:00Z");
    check_pending(&w);

    // Past 10:00 it is available.
    w.run(&["sandbox", "clock", "advance", "2m"]).success();
    w.tok = w.env.login();
    let doc = w.run(&["balance"]).success().json();
    let cny = &doc["balances"][0];
    assert_eq!(cny["available"], "100.00", "{doc}");
    assert_eq!(cny["pending"], "0.00", "{doc}");
    assert!(
        cny.get("pending_available_at").is_none_or(Value::is_null),
        "{doc}"
    );
    assert_eq!(w.receipt(&id)["status"], "succeeded");

    // The next write records the settlement (once), linked to the top-up and dated available_at.
    w.ok("1", &card);
    w.ok("1", &card);
    assert_eq!(w.count("settlement", "succeeded"), 1);
    let receipt = w.receipt(&id);
    assert_eq!(receipt["status"], "succeeded", "{receipt}");
    let settled_by: Vec<_> = links(&receipt)
        .into_iter()
        .filter(|(kind, _)| kind == "settled_by")
        .collect();
    assert_eq!(settled_by.len(), 1, "{receipt}");
    let settlement = w.receipt(&settled_by[0].1);
    assert_eq!(settlement["kind"], "settlement", "{settlement}");
    assert_eq!(settlement["status"], "succeeded", "{settlement}");
    assert_eq!(settlement["amount"], "100.00", "{settlement}");
    assert_eq!(
        settlement["created_at"], "2036-12-08T10:00:00Z",
        "{settlement}"
    );
    assert!(
        links(&settlement).contains(&("settles".to_string(), id.clone())),
        "{settlement}"
    );
    assert_eq!(w.balance("CNY"), ("102.00".into(), "0.00".into()));
    assert_eq!(w.ledger("pending:CNY"), 0);
    assert_eq!(w.ledger("wallet:CNY"), 10_200);
    w.verify_clean();
}

#[test]
fn reading_shows_a_due_settlement_before_any_write() {
    let mut w = W::at("2036-12-05T15:00:00Z");
    let bank = w.bank("DE89370400440532013000");
    let card = w.card("4242424242424242", &[]);
    let id = w.ok("100", &bank)["id"].as_str().unwrap().to_string();
    // Time passes with no write at all (what the real clock does to a normal wallet): move the
    // stored sandbox clock behind okpay's back, to Monday 10:00:30.
    let monday = jiff::Timestamp::from_second(2_112_343_230).unwrap();
    assert_eq!(monday.to_string(), "2036-12-08T10:00:30Z");
    let sealed_clock = w.env.sql_i64("select clock_ms from wallet");
    w.env.sql(&format!(
        "update wallet set clock_ms = {}",
        monday.as_millisecond()
    ));
    assert_eq!(w.count("settlement", "succeeded"), 0);
    // Reading needs no unlocking and writes nothing.
    for json in [true, false] {
        let mut cmd = w.env.cmd(["balance"]);
        if json {
            cmd = cmd.json();
        }
        let out = cmd.run().success();
        if json {
            let doc = out.json();
            assert_eq!(doc["balances"][0]["available"], "100.00", "{doc}");
            assert_eq!(doc["balances"][0]["pending"], "0.00", "{doc}");
        }
    }
    let receipt = w.env.cmd(["receipt", &id]).json().run().success().json();
    assert_eq!(receipt["transaction"]["status"], "succeeded", "{receipt}");
    let history = w.env.cmd(["history"]).json().run().success().json();
    let row = history["transactions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == id.as_str())
        .unwrap()
        .clone();
    assert_eq!(row["status"], "succeeded", "{history}");
    assert_eq!(w.count("settlement", "succeeded"), 0, "a read wrote");

    // A write would now refuse the clock moved behind okpay's back (it is sealed): put it back
    // and let the sandbox clock move it, a write which records the settlement once.
    w.env
        .cmd(["login", "--password-stdin"])
        .json()
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .failure(13, "integrity_error");
    w.env
        .sql(&format!("update wallet set clock_ms = {sealed_clock}"));
    w.tok = w.env.login();
    w.env
        .cmd(["sandbox", "clock", "set", "2036-12-08T10:00:30Z"])
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .success();
    w.tok = w.env.login();
    w.ok("1", &card);
    assert_eq!(w.count("settlement", "succeeded"), 1);
    let receipt = w.receipt(&id);
    assert!(
        links(&receipt).iter().any(|(k, _)| k == "settled_by"),
        "{receipt}"
    );
    assert_eq!(w.balance("CNY"), ("101.00".into(), "0.00".into()));
    w.verify_clean();
}

#[test]
fn a_bank_transfer_waits_for_the_next_business_day_at_ten_in_the_wallet_zone() {
    // (clock, available_at) in a UTC wallet; the clock only moves forward.
    let mut w = W::at("2036-12-03T18:00:00Z");
    let bank = w.bank("DE89370400440532013000");
    for (now, expected) in [
        ("2036-12-03T18:00:00Z", "2036-12-04T10:00:00Z"), // Wednesday evening → Thursday
        ("2036-12-04T08:00:00Z", "2036-12-05T10:00:00Z"), // Thursday early → Friday
        ("2036-12-06T09:00:00Z", "2036-12-08T10:00:00Z"), // Saturday → Monday
        ("2036-12-07T23:00:00Z", "2036-12-08T10:00:00Z"), // Sunday night → Monday
    ] {
        if now != "2036-12-03T18:00:00Z" {
            w.clock_set(now);
        }
        let tx = w.ok("1", &bank);
        assert_eq!(tx["status"], "pending", "{now}: {tx}");
        assert_eq!(tx["available_at"], expected, "{now}: {tx}");
    }

    // A wallet in Shanghai (UTC+8): Monday 10:00 there is 02:00Z.
    let env = Env::new();
    env.init_sandbox_in("Asia/Shanghai");
    // Friday 15:00 in Shanghai.
    env.cmd(["sandbox", "clock", "set", "2036-12-05T07:00:00Z"])
        .password()
        .run()
        .success();
    let w = W {
        tok: env.login(),
        env,
    };
    let bank = w.bank("DE89370400440532013000");
    let tx = w.ok("1", &bank);
    assert_eq!(tx["available_at"], "2036-12-08T02:00:00Z", "{tx}");
    // Friday 20:00Z is already Saturday 04:00 in Shanghai: still Monday.
    let mut w = w;
    w.clock_set("2036-12-05T20:00:00Z");
    let tx = w.ok("1", &bank);
    assert_eq!(tx["available_at"], "2036-12-08T02:00:00Z", "{tx}");
}

#[test]
fn the_returned_test_account_fails_with_source_declined_and_credits_nothing() {
    let mut w = W::at("2036-12-05T15:00:00Z");
    let returned = w.bank("DE50100000000000000777");
    let card = w.card("4242424242424242", &[]);
    let tx = w.ok("50", &returned);
    let id = tx["id"].as_str().unwrap().to_string();
    assert_eq!(tx["status"], "pending", "{tx}");
    assert_eq!(tx["available_at"], "2036-12-08T10:00:00Z", "{tx}");
    assert_eq!(w.balance("CNY"), ("0.00".into(), "50.00".into()));

    w.clock_set("2036-12-08T10:01:00Z");
    let receipt = w.receipt(&id);
    assert_eq!(receipt["status"], "failed", "{receipt}");
    assert_eq!(receipt["failure"]["code"], "source_declined", "{receipt}");
    assert_eq!(w.balance("CNY"), ("0.00".into(), "0.00".into()));

    // A later write records the return; still nothing credited.
    w.ok("1", &card);
    assert_eq!(w.balance("CNY"), ("1.00".into(), "0.00".into()));
    let receipt = w.receipt(&id);
    assert_eq!(receipt["status"], "failed", "{receipt}");
    assert_eq!(receipt["failure"]["code"], "source_declined", "{receipt}");
    // One story: the money came back, so nothing is shown as charged.
    assert!(receipt.get("charged").is_none(), "{receipt}");
    assert_eq!(
        links(&receipt)
            .iter()
            .filter(|(k, _)| k == "returned_by")
            .count(),
        1,
        "{receipt}"
    );
    let row = w
        .history()
        .into_iter()
        .find(|t| t["id"] == id.as_str())
        .unwrap();
    assert_eq!(row["status"], "failed", "{row}");
    assert_eq!(w.ledger("wallet:CNY"), 100);
    assert_eq!(w.ledger("pending:CNY"), 0);
    assert_eq!(w.sim_balance(&returned), "10000.00", "the money went back");
    w.verify_clean();
}

#[test]
fn above_the_simulated_balance_is_source_insufficient_funds() {
    let w = W::new();
    let debit = w.card("4242424242424242", &[]);
    let doc = w
        .run(&["sandbox", "source", &debit, "--balance", "5"])
        .success()
        .json();
    assert_eq!(doc["source"]["simulated_balance"], "5.00", "{doc}");
    assert_eq!(w.sim_balance(&debit), "5.00");
    let out = w.topup("5.01", &debit, &[]);
    assert_recorded_failure(&w, out, 9, "source_insufficient_funds", &debit, "5.01");
    w.ok("5", &debit);
    assert_eq!(w.sim_balance(&debit), "0.00");
    let out = w.topup("0.01", &debit, &[]);
    assert_recorded_failure(&w, out, 9, "source_insufficient_funds", &debit, "0.01");

    // The fee counts: a credit card is charged amount + 1%.
    let credit = w.card("4242424242424242", &["--type", "credit"]);
    w.run(&["sandbox", "source", &credit, "--balance", "101"])
        .success();
    let out = w.topup("100.01", &credit, &[]);
    assert_recorded_failure(&w, out, 9, "source_insufficient_funds", &credit, "100.01");
    let tx = w.ok("100", &credit);
    assert_eq!(tx["charged"], "101.00", "{tx}");
    assert_eq!(w.sim_balance(&credit), "0.00");

    // Any kind of source.
    for src in [
        w.bank("DE89370400440532013000"),
        w.platform(&[]),
        w.third_party(&[]),
    ] {
        w.run(&["sandbox", "source", &src, "--balance", "5"])
            .success();
        let out = w.topup("10", &src, &[]);
        assert_recorded_failure(&w, out, 9, "source_insufficient_funds", &src, "10.00");
        assert_eq!(w.sim_balance(&src), "5.00");
    }
    assert_eq!(w.balance("CNY"), ("105.00".into(), "0.00".into()));
    assert_eq!(w.count("topup", "pending"), 0);
    w.verify_clean();
}

#[test]
fn a_rail_that_is_down_is_rail_unavailable_and_recorded() {
    let w = W::new();
    let sources = [
        ("card", w.card("4242424242424242", &[])),
        ("bank", w.bank("DE89370400440532013000")),
        ("platform", w.platform(&[])),
        ("third-party", w.third_party(&[])),
    ];
    let mut failed = 0;
    for (rail, src) in &sources {
        w.run(&["sandbox", "rail", rail, "--down"]).success();
        let out = w.topup("10", src, &[]);
        assert_recorded_failure(&w, out, 10, "rail_unavailable", src, "10.00");
        failed += 1;
        // The other rails still work.
        for (other, other_src) in &sources {
            if other != rail && *other != "bank" {
                w.ok("1", other_src);
            }
        }
        w.run(&["sandbox", "rail", rail, "--up"]).success();
        let tx = w.ok("10", src);
        assert!(
            matches!(tx["status"].as_str(), Some("succeeded" | "pending")),
            "{tx}"
        );
    }
    assert_eq!(w.count("topup", "failed"), failed);
    w.verify_clean();
}

#[test]
fn maintenance_refuses_money_movements_records_nothing_and_reading_works() {
    let w = W::new();
    let src = w.card("4242424242424242", &[]);
    let first = w.ok("10", &src)["id"].as_str().unwrap().to_string();
    w.run(&["sandbox", "maintenance", "--on"]).success();
    let before = w.txs();
    let keys_before = w.env.sql_i64("select count(*) from idempotency");
    let out = w
        .topup("5", &src, &["--idempotency-key", "during-maintenance"])
        .failure(10, "maintenance");
    let doc = out.json();
    assert!(
        doc["error"]["advice"]
            .as_str()
            .is_some_and(|a| !a.is_empty()),
        "{}",
        out.show()
    );
    assert!(
        doc.get("transaction").is_none_or(Value::is_null),
        "{}",
        out.show()
    );
    w.topup("5", &src, &[]).failure(10, "maintenance");
    assert_eq!(w.txs(), before, "maintenance recorded a transaction");
    assert_eq!(
        w.env.sql_i64("select count(*) from idempotency"),
        keys_before
    );
    assert_eq!(w.sim_balance(&src), "9990.00");

    // Reading keeps working, with and without the session.
    assert_eq!(w.balance("CNY"), ("10.00".into(), "0.00".into()));
    assert_eq!(w.receipt(&first)["status"], "succeeded");
    assert_eq!(w.history().len(), 1);
    for args in [
        vec!["balance"],
        vec!["history"],
        vec!["receipt", &first],
        vec!["source", "list"],
        vec!["source", "providers"],
        vec!["status"],
    ] {
        w.env.cmd(&args).json().run().success();
    }
    w.verify_clean();

    // Afterwards the same key is free.
    w.run(&["sandbox", "maintenance", "--off"]).success();
    let tx = w
        .topup("5", &src, &["--idempotency-key", "during-maintenance"])
        .success()
        .json()["transaction"]
        .clone();
    assert_eq!(tx["status"], "succeeded", "{tx}");
    assert!(tx.get("replayed").is_none_or(|r| r == false), "{tx}");
    assert_eq!(w.balance("CNY").0, "15.00");
}

#[test]
fn fees_follow_the_schedule_and_are_added_on_top() {
    let w = W::new();
    // The Must-show case: a third-party top-up of 100.00.
    let paypal = w.third_party(&[]);
    let tx = w.ok("100.00", &paypal);
    assert_eq!(tx["status"], "succeeded", "{tx}");
    assert_eq!(tx["amount"], "100.00", "{tx}");
    assert_eq!(tx["fee"], "3.00", "{tx}");
    assert_eq!(tx["charged"], "103.00", "{tx}");
    assert_eq!(w.balance("CNY"), ("100.00".into(), "0.00".into()));
    assert_eq!(w.sim_balance(&paypal), "9897.00");
    assert_eq!(w.ledger("fees:CNY"), 300);
    let receipt = w.receipt(tx["id"].as_str().unwrap());
    assert_eq!(receipt["fee"], "3.00");
    assert_eq!(receipt["charged"], "103.00");
    w.verify_clean();

    for (src, fee, charged) in [
        (
            w.card("4242424242424242", &["--type", "credit"]),
            "1.00",
            "101.00",
        ),
        (
            w.card("4242424242424242", &["--type", "debit"]),
            "0.00",
            "100.00",
        ),
        (w.platform(&[]), "0.50", "100.50"),
        (w.bank("DE89370400440532013000"), "0.00", "100.00"),
    ] {
        let tx = w.ok("100", &src);
        assert_eq!(tx["fee"], fee, "{tx}");
        assert_eq!(tx["charged"], charged, "{tx}");
        assert_eq!(tx["amount"], "100.00", "{tx}");
        let left = format!("{:.2}", 10_000.0 - charged.parse::<f64>().unwrap());
        assert_eq!(w.sim_balance(&src), left, "{tx}");
    }
    // Four instant top-ups available, the bank transfer pending; 3.00 + 1.00 + 0.50 in fees.
    assert_eq!(w.balance("CNY"), ("400.00".into(), "100.00".into()));
    assert_eq!(w.ledger("fees:CNY"), 450);
    w.verify_clean();
}

#[test]
fn fees_round_half_away_from_zero_with_at_least_one_minor_unit() {
    let w = W::new();
    let platform = w.platform(&[]);
    let credit = w.card("4242424242424242", &["--type", "credit"]);
    let debit = w.card("4242424242424242", &[]);
    let paypal = w.third_party(&[]);
    let mut fees = 0;
    for (src, amount, fee, charged) in [
        (&platform, "1.01", "0.01", "1.02"),      // 0.00505
        (&platform, "0.99", "0.01", "1.00"),      // 0.00495 → 0.00, at least 0.01
        (&platform, "0.01", "0.01", "0.02"),      // 0.00005 → at least 0.01
        (&platform, "1", "0.01", "1.01"),         // 0.005 exactly: half away from zero
        (&platform, "301", "1.51", "302.51"),     // 1.505
        (&platform, "303", "1.52", "304.52"),     // 1.515
        (&credit, "2.50", "0.03", "2.53"),        // 0.025
        (&credit, "0.49", "0.01", "0.50"),        // 0.0049
        (&credit, "1234.56", "12.35", "1246.91"), // 12.3456
        (&paypal, "1.50", "0.05", "1.55"),        // 0.045
        (&paypal, "0.50", "0.02", "0.52"),        // 0.015
        (&debit, "0.01", "0.00", "0.01"),         // free stays free
    ] {
        let tx = w.ok(amount, src);
        assert_eq!(tx["fee"], fee, "{amount}: {tx}");
        assert_eq!(tx["charged"], charged, "{amount}: {tx}");
        fees += (fee.parse::<f64>().unwrap() * 100.0).round() as i64;
    }
    assert_eq!(w.ledger("fees:CNY"), fees);

    // A currency without minor units: one yen is the least fee.
    let yen = w.third_party(&["--currency", "JPY"]);
    for (amount, fee, charged) in [("1000", "30", "1030"), ("10", "1", "11"), ("50", "2", "52")] {
        let tx = w.ok(amount, &yen);
        assert_eq!(tx["currency"], "JPY", "{tx}");
        assert_eq!(tx["amount"], amount, "{tx}");
        assert_eq!(tx["fee"], fee, "{tx}");
        assert_eq!(tx["charged"], charged, "{tx}");
    }
    assert_eq!(w.balance("JPY").0, "1060");
    w.topup("1.5", &yen, &[]).failure(2, "invalid_input");
    w.verify_clean();
}

#[test]
fn retry_after_a_rail_outage_is_a_new_linked_attempt() {
    let w = W::new();
    let src = w.card("4242424242424242", &[]);
    w.run(&["sandbox", "rail", "card", "--down"]).success();
    let out = w.topup("20", &src, &[]);
    let failed = assert_recorded_failure(&w, out, 10, "rail_unavailable", &src, "20.00");
    let advice = w.topup("20", &src, &[]).json()["error"]["advice"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(!advice.is_empty());
    let failed_count = w.count("topup", "failed");

    // Still down: the retry is another failed attempt, linked.
    let out = w.run(&["topup", "--retry", &failed, "-y"]);
    let second = assert_recorded_failure(&w, out, 10, "rail_unavailable", &src, "20.00");
    assert_ne!(second, failed);
    assert!(
        links(&w.receipt(&second)).contains(&("retries".to_string(), failed.clone())),
        "{}",
        w.receipt(&second)
    );

    // Up again: the retry succeeds with the same details.
    w.run(&["sandbox", "rail", "card", "--up"]).success();
    let tx = w.run(&["topup", "--retry", &failed, "-y"]).success().json()["transaction"].clone();
    let retry = tx["id"].as_str().unwrap().to_string();
    assert_ne!(retry, failed);
    assert_eq!(tx["status"], "succeeded", "{tx}");
    assert_eq!(tx["amount"], "20.00", "{tx}");
    assert_eq!(tx["source"], src.as_str(), "{tx}");
    assert!(
        links(&tx).contains(&("retries".to_string(), failed.clone())),
        "{tx}"
    );
    let original = w.receipt(&failed);
    assert_eq!(
        original["status"], "failed",
        "the failed attempt stays failed"
    );
    let chain = links(&original);
    assert!(
        chain.contains(&("retried_by".to_string(), retry.clone())),
        "{original}"
    );
    assert!(
        chain.contains(&("retried_by".to_string(), second.clone())),
        "{original}"
    );
    assert_eq!(w.count("topup", "failed"), failed_count + 1);
    assert_eq!(w.balance("CNY"), ("20.00".into(), "0.00".into()));
    assert_eq!(w.sim_balance(&src), "9980.00");

    // Retrying a success is invalid_state, and moves nothing; so is retrying the original
    // failure again once a retry of it succeeded (that would charge twice).
    let before = w.txs();
    w.run(&["topup", "--retry", &retry, "-y"])
        .failure(11, "invalid_state");
    let again = w
        .run(&["topup", "--retry", &failed, "-y"])
        .failure(11, "invalid_state");
    assert_eq!(again.json()["error"]["details"]["retry_id"], retry.as_str());
    w.run(&["topup", "--retry", "tx_01JZZZZZZZZZZZZZZZZZZZZZZZ", "-y"])
        .failure(12, "not_found");
    assert_eq!(w.txs(), before);
    assert_eq!(w.balance("CNY"), ("20.00".into(), "0.00".into()));
    w.verify_clean();
}

#[test]
fn retrying_a_declined_card_or_a_pending_transfer() {
    let w = W::new();
    let declined = w.card("4000000000000002", &[]);
    let out = w.topup("10", &declined, &[]);
    let failed = assert_recorded_failure(&w, out, 9, "source_declined", &declined, "10.00");
    let out = w.run(&["topup", "--retry", &failed, "-y"]);
    let again = assert_recorded_failure(&w, out, 9, "source_declined", &declined, "10.00");
    assert!(links(&w.receipt(&again)).contains(&("retries".to_string(), failed)));

    // A pending bank transfer is not a failure.
    let bank = w.bank("DE89370400440532013000");
    let pending = w.ok("10", &bank)["id"].as_str().unwrap().to_string();
    let before = w.txs();
    w.run(&["topup", "--retry", &pending, "-y"])
        .failure(11, "invalid_state");
    assert_eq!(w.txs(), before);
    assert_eq!(w.balance("CNY"), ("0.00".into(), "10.00".into()));
}

#[test]
fn the_same_key_twice_is_replayed_not_charged_twice() {
    let w = W::new();
    let src = w.card("4242424242424242", &[]);
    let first = w
        .topup("100", &src, &["--idempotency-key", "order-1"])
        .success()
        .json()["transaction"]
        .clone();
    assert!(first.get("replayed").is_none_or(|r| r == false), "{first}");
    // `100` and `100.00` are the same request.
    for amount in ["100.00", "100", "100.0"] {
        let again = w
            .topup(amount, &src, &["--idempotency-key", "order-1"])
            .success()
            .json()["transaction"]
            .clone();
        assert_eq!(again["replayed"], true, "{again}");
        assert_eq!(again["id"], first["id"], "{again}");
        assert_eq!(again["amount"], "100.00");
        assert_eq!(again["status"], "succeeded");
    }
    // Also with an explicit currency that is the source's.
    let again = w
        .topup(
            "100",
            &src,
            &["--idempotency-key", "order-1", "--currency", "CNY"],
        )
        .success()
        .json();
    assert_eq!(again["transaction"]["id"], first["id"], "{again}");
    assert_eq!(w.count("topup", "succeeded"), 1);
    assert_eq!(w.txs(), 1);
    assert_eq!(w.balance("CNY").0, "100.00");
    assert_eq!(w.sim_balance(&src), "9900.00");

    // A different request under the same key.
    let other = w.card("4242424242424242", &[]);
    for (amount, source) in [("101", &src), ("99.99", &src), ("100", &other)] {
        let out = w
            .topup(amount, source, &["--idempotency-key", "order-1"])
            .failure(11, "idempotency_conflict");
        assert!(
            out.json()["error"]["advice"]
                .as_str()
                .is_some_and(|a| !a.is_empty()),
            "{}",
            out.show()
        );
    }
    assert_eq!(w.txs(), 1);
    assert_eq!(w.balance("CNY").0, "100.00");
    // Another key is another top-up.
    w.topup("100", &src, &["--idempotency-key", "order-2"])
        .success();
    assert_eq!(w.count("topup", "succeeded"), 2);
    w.verify_clean();
}

#[test]
fn a_replay_comes_before_unlocking() {
    // CLI.md's order for a top-up: arguments → replay → unlock.
    let w = W::new();
    let src = w.card("4242424242424242", &[]);
    let first = w
        .topup("7", &src, &["--idempotency-key", "k"])
        .success()
        .json();
    let again = w
        .env
        .cmd([
            "topup",
            "7",
            "--source",
            &src,
            "-y",
            "--idempotency-key",
            "k",
        ])
        .json()
        .run()
        .success()
        .json();
    assert_eq!(again["transaction"]["id"], first["transaction"]["id"]);
    assert_eq!(again["transaction"]["replayed"], true);
    // And before confirmation: no --yes needed to replay.
    let again = w
        .env
        .cmd(["topup", "7", "--source", &src, "--idempotency-key", "k"])
        .json()
        .run()
        .success()
        .json();
    assert_eq!(again["transaction"]["id"], first["transaction"]["id"]);
    assert_eq!(again["transaction"]["replayed"], true);
    // Without a key, unlocking is needed.
    w.env
        .cmd(["topup", "7", "--source", &src, "-y"])
        .json()
        .run()
        .failure(3, "auth_required");
    assert_eq!(w.txs(), 1);
}

#[test]
fn a_failed_top_up_is_replayed_as_the_same_failure() {
    let w = W::new();
    let src = w.card("4000000000000002", &[]);
    let out = w.topup("10", &src, &["--idempotency-key", "d"]);
    let id = assert_recorded_failure(&w, out, 9, "source_declined", &src, "10.00");
    for amount in ["10", "10.00"] {
        let out = w
            .topup(amount, &src, &["--idempotency-key", "d"])
            .failure(9, "source_declined");
        let doc = out.json();
        assert_eq!(doc["transaction"]["id"], id.as_str(), "{}", out.show());
        assert_eq!(doc["transaction"]["replayed"], true, "{}", out.show());
        assert_eq!(doc["transaction"]["status"], "failed", "{}", out.show());
        assert_eq!(doc["error"]["details"]["transaction_id"], id.as_str());
        assert!(doc["error"]["advice"]
            .as_str()
            .is_some_and(|a| !a.is_empty()));
    }
    assert_eq!(w.txs(), 1);
    w.topup("11", &src, &["--idempotency-key", "d"])
        .failure(11, "idempotency_conflict");
    assert_eq!(w.txs(), 1);
}

#[test]
fn a_rail_unavailable_failure_leaves_the_key_free() {
    let w = W::new();
    let src = w.card("4242424242424242", &[]);
    w.run(&["sandbox", "rail", "card", "--down"]).success();
    let out = w.topup("30", &src, &["--idempotency-key", "r"]);
    let failed = assert_recorded_failure(&w, out, 10, "rail_unavailable", &src, "30.00");
    // Still down: a new attempt, not a replay.
    let out = w.topup("30", &src, &["--idempotency-key", "r"]);
    let doc = out.json();
    assert_eq!(out.code(), 10, "{}", out.show());
    assert_ne!(doc["transaction"]["id"], failed.as_str(), "{}", out.show());
    assert!(doc["transaction"]
        .get("replayed")
        .is_none_or(|r| r == false));

    w.run(&["sandbox", "rail", "card", "--up"]).success();
    let tx = w
        .topup("30", &src, &["--idempotency-key", "r"])
        .success()
        .json()["transaction"]
        .clone();
    assert_eq!(tx["status"], "succeeded", "{tx}");
    assert_ne!(tx["id"], failed.as_str());
    assert!(tx.get("replayed").is_none_or(|r| r == false), "{tx}");
    // Now the success is what the key replays.
    let again = w
        .topup("30.00", &src, &["--idempotency-key", "r"])
        .success()
        .json()["transaction"]
        .clone();
    assert_eq!(again["id"], tx["id"]);
    assert_eq!(again["replayed"], true);
    assert_eq!(w.count("topup", "succeeded"), 1);
    assert_eq!(w.balance("CNY").0, "30.00");

    // The processing-error test card (rail_unavailable too) leaves its key free as well.
    let flaky = w.card("4000000000000119", &[]);
    let a = w
        .topup("5", &flaky, &["--idempotency-key", "f"])
        .failure(10, "rail_unavailable");
    let b = w
        .topup("5", &flaky, &["--idempotency-key", "f"])
        .failure(10, "rail_unavailable");
    assert_ne!(a.json()["transaction"]["id"], b.json()["transaction"]["id"]);
    assert!(b.json()["transaction"]
        .get("replayed")
        .is_none_or(|r| r == false));
}

#[test]
fn ten_processes_with_one_key_make_one_transaction() {
    let w = W::new();
    let src = w.card("4242424242424242", &[]);
    let children: Vec<_> = (0..10)
        .map(|_| {
            let mut cmd = w
                .env
                .cmd([
                    "topup",
                    "42",
                    "--source",
                    &src,
                    "-y",
                    "--idempotency-key",
                    "race",
                ])
                .json()
                .env("OKPAY_SESSION", &w.tok)
                .command();
            cmd.stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            cmd.spawn().expect("spawn okpay")
        })
        .collect();
    let mut ids = Vec::new();
    let mut replays = 0;
    for child in children {
        let out = child.wait_with_output().expect("wait");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert_eq!(out.status.code(), Some(0), "{stdout}\n{stderr}");
        let doc: Value = serde_json::from_str(&stdout).expect("one JSON document");
        let tx = &doc["transaction"];
        assert_eq!(tx["status"], "succeeded", "{doc}");
        assert_eq!(tx["amount"], "42.00", "{doc}");
        if tx["replayed"] == true {
            replays += 1;
        }
        ids.push(tx["id"].as_str().unwrap().to_string());
    }
    ids.dedup();
    assert_eq!(ids.len(), 1, "different transactions: {ids:?}");
    assert_eq!(replays, 9, "nine answers must be replays");
    assert_eq!(w.txs(), 1);
    assert_eq!(w.count("topup", "succeeded"), 1);
    assert_eq!(w.balance("CNY").0, "42.00");
    assert_eq!(w.sim_balance(&src), "9958.00");
    w.verify_clean();
}

#[test]
fn without_yes_and_without_a_terminal_nothing_moves() {
    let w = W::new();
    let src = w.card("4242424242424242", &[]);
    for extra in [&[][..], &["--no-input"][..]] {
        let mut args = vec!["topup", "10", "--source", src.as_str()];
        args.extend_from_slice(extra);
        let out = w.run(&args).failure(2, "input_required");
        assert!(
            out.json()["error"]["advice"]
                .as_str()
                .is_some_and(|a| !a.is_empty()),
            "{}",
            out.show()
        );
    }
    // Retrying also confirms.
    w.run(&["sandbox", "rail", "card", "--down"]).success();
    let failed = w.topup("10", &src, &[]).json()["transaction"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    w.run(&["sandbox", "rail", "card", "--up"]).success();
    w.run(&["topup", "--retry", &failed])
        .failure(2, "input_required");
    assert_eq!(w.txs(), 1);
    assert_eq!(w.balance("CNY"), ("0.00".into(), "0.00".into()));
    assert_eq!(w.sim_balance(&src), "10000.00");
    // Human form.
    let out = w
        .env
        .cmd(["topup", "10", "--source", &src])
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .failure(2, "input_required");
    assert!(out.stdout.trim().is_empty(), "{}", out.show());
    assert_eq!(w.txs(), 1);
}

#[test]
fn bad_topup_input_is_refused_and_changes_nothing() {
    let w = W::new();
    let src = w.card("4242424242424242", &[]);
    let removed = w.card("4242424242424242", &[]);
    w.run(&["source", "remove", &removed]).success();
    let state = |w: &W| {
        (
            w.txs(),
            w.env.sql_i64("select count(*) from idempotency"),
            w.balance("CNY"),
            w.sim_balance(&src),
        )
    };
    let before = state(&w);
    for amount in [
        "1.234",
        "0",
        "0.00",
        "-5",
        "1e3",
        "1,000",
        "abc",
        "",
        "1000000000001",
        "NaN",
    ] {
        let out = w.topup(amount, &src, &["--idempotency-key", "bad"]);
        assert_eq!(out.code(), 2, "{amount:?}:\n{}", out.show());
        assert_eq!(
            out.json()["error"]["code"],
            "invalid_input",
            "{}",
            out.show()
        );
    }
    let out = w.topup("1.234", &src, &[]).failure(2, "invalid_input");
    assert!(out.json()["error"]["message"]
        .as_str()
        .unwrap()
        .contains("1.234"));
    for currency in ["XYZ", "EURO", "XAU", "12"] {
        w.topup("1", &src, &["--currency", currency])
            .failure(2, "invalid_input");
    }
    // A currency the source does not hold.
    let out = w
        .topup("1", &src, &["--currency", "EUR"])
        .failure(2, "invalid_input");
    assert!(out.json()["error"]["message"]
        .as_str()
        .unwrap()
        .contains("EUR"));
    // Unknown sources.
    for unknown in [
        "src_01JZZZZZZZZZZZZZZZZZZZZZZZ",
        "nonsense",
        "tx_01JZZZZZZZZZZZZZZZZZZZZZZZ",
    ] {
        let out = w.topup("1", unknown, &[]).failure(12, "not_found");
        assert!(
            out.json()["error"]["advice"]
                .as_str()
                .is_some_and(|a| !a.is_empty()),
            "{}",
            out.show()
        );
    }
    // A removed source.
    w.topup("1", &removed, &[]).failure(11, "invalid_state");
    // No source, no amount, both an amount and --retry.
    w.run(&["topup", "1", "-y"]).failure(2, "invalid_input");
    w.run(&["topup", "--source", &src, "-y"])
        .failure(2, "invalid_input");
    w.run(&[
        "topup",
        "1",
        "--retry",
        "tx_01JZZZZZZZZZZZZZZZZZZZZZZZ",
        "-y",
    ])
    .failure(2, "invalid_input");
    assert_eq!(state(&w), before);

    // Human form: a clear message on stderr.
    let out = w
        .env
        .cmd(["topup", "1.234", "--source", &src, "-y"])
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .failure(2, "invalid_input");
    assert!(out.stderr.contains("1.234"), "{}", out.show());
    assert_eq!(state(&w), before);
}

#[test]
fn topping_up_needs_the_wallet_unlocked() {
    let w = W::new();
    let src = w.card("4242424242424242", &[]);
    w.env
        .cmd(["topup", "10", "--source", &src, "-y"])
        .json()
        .run()
        .failure(3, "auth_required");
    w.env
        .cmd(["topup", "10", "--source", &src, "-y"])
        .json()
        .password_line("not-the-password-9931")
        .run()
        .failure(3, "auth_failed");
    assert_eq!(w.txs(), 0);
    // The password on stdin works.
    w.env
        .cmd(["topup", "10", "--source", &src, "-y"])
        .json()
        .password()
        .run()
        .success();
    assert_eq!(w.txs(), 1);
}

#[test]
fn the_order_of_checks_for_a_top_up() {
    // arguments → replay → unlock → frozen → maintenance → source → confirmation → rail.
    let w = W::new();
    let src = w.card("4242424242424242", &[]);
    // Arguments before unlocking.
    w.env
        .cmd(["topup", "1.234", "--source", &src, "-y"])
        .json()
        .run()
        .failure(2, "invalid_input");
    // Unlocking before maintenance.
    w.run(&["sandbox", "maintenance", "--on"]).success();
    w.env
        .cmd(["topup", "1", "--source", &src, "-y"])
        .json()
        .run()
        .failure(3, "auth_required");
    // Maintenance before confirmation.
    w.run(&["topup", "1", "--source", &src])
        .failure(10, "maintenance");
    w.run(&["sandbox", "maintenance", "--off"]).success();
    // The source before confirmation; confirmation before the rail.
    w.run(&["topup", "1", "--source", "src_01JZZZZZZZZZZZZZZZZZZZZZZZ"])
        .failure(12, "not_found");
    let declined = w.card("4000000000000002", &[]);
    w.run(&["topup", "1", "--source", &declined])
        .failure(2, "input_required");
    w.run(&["sandbox", "rail", "card", "--down"]).success();
    w.run(&["topup", "1", "--source", &src])
        .failure(2, "input_required");
    assert_eq!(w.txs(), 0);
}

#[test]
fn maintenance_comes_before_the_source_check() {
    let w = W::new();
    w.run(&["sandbox", "maintenance", "--on"]).success();
    w.run(&[
        "topup",
        "1",
        "--source",
        "src_01JZZZZZZZZZZZZZZZZZZZZZZZ",
        "-y",
    ])
    .failure(10, "maintenance");
}

#[test]
fn racing_writes_record_each_due_settlement_once() {
    let w = W::at("2036-12-05T15:00:00Z");
    let bank = w.bank("DE89370400440532013000");
    let card = w.card("4242424242424242", &[]);
    let a = w.ok("5", &bank)["id"].as_str().unwrap().to_string();
    let b = w.ok("6", &bank)["id"].as_str().unwrap().to_string();
    // Ten writers race: five move the clock to Monday 10:00:30 (each write settles what is due
    // first), five top up.
    // (The clock moves three days, past any session: each writer unlocks with the password.)
    let env = &w.env;
    let children: Vec<_> = (0..10)
        .map(|i| {
            let args = if i % 2 == 0 {
                vec!["sandbox", "clock", "set", "2036-12-08T10:00:30Z"]
            } else {
                vec!["topup", "1", "--source", &card, "-y"]
            };
            let mut cmd = env
                .cmd(args)
                .json()
                .env("OKPAY_PASSWORD", PASSWORD)
                .command();
            cmd.stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            cmd.spawn().expect("spawn okpay")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert_eq!(out.status.code(), Some(0), "{stdout}{stderr}");
    }
    let tok = w.env.login();
    let w = W { env: w.env, tok };
    assert_eq!(w.count("settlement", "succeeded"), 2);
    for id in [&a, &b] {
        let receipt = w.receipt(id);
        assert_eq!(receipt["status"], "succeeded", "{receipt}");
        assert_eq!(
            links(&receipt)
                .iter()
                .filter(|(k, _)| k == "settled_by")
                .count(),
            1,
            "{receipt}"
        );
    }
    // 5 + 6 settled, and five top-ups of 1.
    assert_eq!(w.balance("CNY"), ("16.00".into(), "0.00".into()));
    w.verify_clean();
}

#[test]
fn a_source_in_another_currency_funds_that_currency() {
    let w = W::new();
    let usd = w.card(
        "4242424242424242",
        &["--currency", "USD", "--type", "credit"],
    );
    let tx = w.ok("10", &usd);
    assert_eq!(tx["currency"], "USD", "{tx}");
    assert_eq!(tx["amount"], "10.00", "{tx}");
    assert_eq!(tx["fee"], "0.10", "{tx}");
    assert_eq!(tx["charged"], "10.10", "{tx}");
    let tx = w.topup("5", &usd, &["--currency", "USD"]).success().json();
    assert_eq!(tx["transaction"]["currency"], "USD", "{tx}");
    assert_eq!(w.balance("USD"), ("15.00".into(), "0.00".into()));
    assert_eq!(w.balance("CNY"), ("0.00".into(), "0.00".into()));
    assert_eq!(w.sim_balance(&usd), "9984.85");
    w.topup("5", &usd, &["--currency", "CNY"])
        .failure(2, "invalid_input");
    w.verify_clean();
}

#[test]
fn retry_during_maintenance_or_from_a_removed_source_is_refused() {
    let w = W::new();
    let src = w.card("4242424242424242", &[]);
    w.run(&["sandbox", "rail", "card", "--down"]).success();
    let out = w.topup("10", &src, &[]);
    let failed = assert_recorded_failure(&w, out, 10, "rail_unavailable", &src, "10.00");
    w.run(&["sandbox", "rail", "card", "--up"]).success();
    let before = w.txs();

    w.run(&["sandbox", "maintenance", "--on"]).success();
    w.run(&["topup", "--retry", &failed, "-y"])
        .failure(10, "maintenance");
    assert_eq!(w.txs(), before);
    w.run(&["sandbox", "maintenance", "--off"]).success();

    w.run(&["source", "remove", &src]).success();
    w.run(&["topup", "--retry", &failed, "-y"])
        .failure(11, "invalid_state");
    assert_eq!(w.txs(), before);
    assert_eq!(w.balance("CNY"), ("0.00".into(), "0.00".into()));
    assert_eq!(w.sim_balance(&src), "10000.00");
}

#[test]
fn a_normal_wallet_uses_the_simulated_rails_without_the_test_controls() {
    let env = Env::new();
    env.init_normal();
    let w = W {
        tok: env.login(),
        env,
    };
    let good = w.card("4242424242424242", &[]);
    let declined = w.card("4000000000000002", &[]);
    let tx = w.ok("10", &good);
    assert_eq!(tx["status"], "succeeded", "{tx}");
    let out = w.topup("10", &declined, &[]);
    assert_recorded_failure(&w, out, 9, "source_declined", &declined, "10.00");
    let before = w.txs();
    for args in [
        vec!["sandbox", "rail", "card", "--down"],
        vec!["sandbox", "source", good.as_str(), "--balance", "5"],
        vec!["sandbox", "maintenance", "--on"],
    ] {
        w.run(&args).failure(11, "invalid_state");
    }
    // Nothing changed: the card still works, its balance is untouched.
    assert_eq!(w.sim_balance(&good), "9990.00");
    w.ok("1", &good);
    assert_eq!(w.txs(), before + 1);
    assert_eq!(w.balance("CNY").0, "11.00");
    let status = w.run(&["status"]).success().json();
    assert_eq!(status["status"]["maintenance"], false, "{status}");
}
