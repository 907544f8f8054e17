//! `transfer`: money out to an IBAN (with the holder's name) or to one of the user's own bank
//! sources, on the bank rail: pending with amount and fee held in `pending_out`, settled on the
//! next business day at 10:00, or returned with the money restored; the fee schedule; freeze,
//! insufficient funds, the daily limit, maintenance and a rail that is down, as for payments;
//! idempotency; a risk challenge; JPY and KWD digits; the IBAN never in clear in the wallet
//! file; exports that hledger and bean-check accept; migration 0015 on a wallet made before it;
//! and (issue 11 too) a converted payment's refund going back to the balance it left.

use std::process::Command;

use serde_json::Value;

use crate::harness::{contains_bytes, Env, Output, PASSWORD};

const IBAN: &str = "DE89370400440532013000";
const IBAN_SPACED: &str = "DE89 3704 0044 0532 0130 00";
const RETURNED: &str = "DE50100000000000000777";
const CLOSED: &str = "DE40100000000000000666";

/// A sandbox wallet (base CNY, zone UTC) at Wednesday 2030-01-02 08:00 UTC, unlocked by
/// `OKPAY_PASSWORD` in every command (moving the clock would expire a session).
struct W {
    env: Env,
}

impl W {
    fn new() -> W {
        let env = Env::new();
        env.init_sandbox();
        let w = W { env };
        w.run(&["sandbox", "clock", "set", "2030-01-02T08:00:00Z"])
            .success();
        w
    }

    fn run(&self, args: &[&str]) -> Output {
        self.env
            .cmd(args)
            .json()
            .env("OKPAY_PASSWORD", PASSWORD)
            .run()
    }

    /// Add a card in CUR and top up AMOUNT from it.
    fn fund(&self, amount: &str, currency: &str) {
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
                "--currency",
                currency,
                "--details-stdin",
            ])
            .env("OKPAY_PASSWORD", PASSWORD)
            .stdin("4242424242424242\n123\n")
            .run()
            .success();
        let card = out.stdout.trim().to_string();
        self.run(&["topup", amount, "--source", &card, "-y"])
            .success();
    }

    fn transfer(&self, args: &[&str]) -> Output {
        let mut all = vec!["transfer"];
        all.extend_from_slice(args);
        all.push("--yes");
        self.run(&all)
    }

    fn to_iban(&self, amount: &str, iban: &str) -> Output {
        self.transfer(&[amount, "--to", iban, "--name", "Max Mustermann"])
    }

    fn balance(&self, currency: &str) -> Value {
        let all = self.run(&["balance"]).success().json();
        all["balances"]
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["currency"] == currency)
            .cloned()
            .unwrap_or(Value::Null)
    }

    fn receipt(&self, id: &str) -> Value {
        self.run(&["receipt", id]).success().json()["transaction"].clone()
    }

    fn count(&self, kind: &str) -> i64 {
        self.env.sql_i64(&format!(
            "select count(*) from transactions where kind = '{kind}'"
        ))
    }

    fn verify_clean(&self) {
        let v = self.run(&["verify"]).success().json();
        assert_eq!(v["verify"]["ok"], true, "{v}");
        assert_eq!(v["verify"]["problems"], serde_json::json!([]));
    }
}

fn tx(out: &Output) -> Value {
    out.json()["transaction"].clone()
}

#[test]
fn a_transfer_to_an_iban_is_pending_then_settled_at_ten_on_the_next_business_day() {
    let w = W::new();
    w.fund("1000", "CNY");
    let out = w
        .transfer(&[
            "100",
            "--to",
            IBAN_SPACED,
            "--name",
            "Max Mustermann",
            "--memo",
            "rent",
        ])
        .success();
    let t = tx(&out);
    assert_eq!(t["kind"], "transfer");
    assert_eq!(t["status"], "pending");
    assert_eq!(t["amount"], "100.00");
    assert_eq!(t["fee"], "1.00");
    assert_eq!(t["memo"], "rent");
    assert_eq!(t["available_at"], "2030-01-03T10:00:00Z");
    assert_eq!(t["recipient"]["account"], "DE89 •••• 3000");
    assert_eq!(t["recipient"]["name"], "Max Mustermann");
    assert_eq!(t["recipient"]["own"], false);
    assert!(!out.stdout.contains("370400440532013000"), "{}", out.stdout);
    let id = t["id"].as_str().unwrap().to_string();
    // Amount and fee left the available balance at once, held in pending_out.
    let b = w.balance("CNY");
    assert_eq!(b["available"], "899.00");
    assert_eq!(b["pending_out"], "101.00");
    assert_eq!(
        w.env
            .sql_i64("select b.balance_minor from balances b join accounts a on a.id = b.account_id where a.name = 'pending_out:CNY'"),
        10_100
    );

    // A second before ten it is still pending; at ten it is paid out.
    w.run(&["sandbox", "clock", "set", "2030-01-03T09:59:59Z"])
        .success();
    assert_eq!(w.receipt(&id)["status"], "pending");
    assert_eq!(w.count("settlement"), 0);
    w.run(&["sandbox", "clock", "set", "2030-01-03T10:00:00Z"])
        .success();
    let r = w.receipt(&id);
    assert_eq!(r["status"], "succeeded");
    assert_eq!(r["links"][0]["type"], "settled_by");
    let settlement = w.receipt(r["links"][0]["id"].as_str().unwrap());
    assert_eq!(settlement["kind"], "settlement");
    assert_eq!(settlement["created_at"], "2030-01-03T10:00:00Z");
    let legs: Vec<(String, String)> = settlement["postings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["account"].as_str().unwrap().to_string(),
                p["amount"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        legs.contains(&("pending_out:CNY".into(), "-101.00".into())),
        "{legs:?}"
    );
    assert!(
        legs.contains(&("fees:CNY".into(), "1.00".into())),
        "{legs:?}"
    );
    assert!(
        legs.iter()
            .any(|(a, m)| a.starts_with("external:pye_") && m == "100.00"),
        "{legs:?}"
    );
    let b = w.balance("CNY");
    assert_eq!(b["available"], "899.00");
    assert!(b.get("pending_out").is_none(), "{b}");
    // The history lists it, and the kind filter finds it.
    let h = w.run(&["history", "--kind", "transfer"]).success().json();
    assert_eq!(h["transactions"][0]["id"], id.as_str());
    assert_eq!(h["transactions"][0]["signed_amount"], "-100.00");
    w.verify_clean();
}

#[test]
fn the_iban_is_stored_encrypted_and_never_in_clear_in_the_wallet_file() {
    let w = W::new();
    w.fund("500", "CNY");
    w.to_iban("10", IBAN_SPACED).success();
    w.to_iban("10", &IBAN.to_lowercase()).success();
    assert_eq!(w.env.sql_i64("select count(*) from payees"), 2);
    assert_eq!(
        w.env.sql_i64(
            "select count(*) from payees where masked = 'DE89 •••• 3000' and length(secret) > 22"
        ),
        2
    );
    // Checkpoint, then read every byte of the file and its log.
    w.run(&["verify"]).success();
    let mut bytes = w.env.wallet_bytes();
    if let Ok(wal) = std::fs::read(w.env.wal()) {
        bytes.extend(wal);
    }
    for needle in [IBAN, IBAN_SPACED, "370400440532013000", "3704 0044"] {
        assert!(
            !contains_bytes(&bytes, needle.as_bytes()),
            "{needle} in the file"
        );
    }
    // Rotating the key re-encrypts it, and the wallet still verifies.
    w.env
        .cmd(["password", "change", "--rotate-key", "--password-stdin"])
        .json()
        .stdin(format!("{PASSWORD}\n{PASSWORD}-new\n"))
        .run()
        .success();
    let v = w
        .env
        .cmd(["verify"])
        .json()
        .env("OKPAY_PASSWORD", format!("{PASSWORD}-new"))
        .run()
        .success()
        .json();
    assert_eq!(v["verify"]["ok"], true, "{v}");
}

#[test]
fn the_returned_test_account_gives_amount_and_fee_back_with_the_reason() {
    let w = W::new();
    w.fund("300", "CNY");
    let t = tx(&w.to_iban("50", RETURNED).success());
    assert_eq!(t["status"], "pending");
    let id = t["id"].as_str().unwrap().to_string();
    assert_eq!(w.balance("CNY")["available"], "249.00");
    // Reads show it returned from ten o'clock on, before a write records it.
    w.run(&["sandbox", "clock", "set", "2030-01-03T10:00:00Z"])
        .success();
    let r = w.receipt(&id);
    assert_eq!(r["status"], "failed");
    assert_eq!(r["failure"]["code"], "source_declined");
    assert_eq!(r["links"][0]["type"], "returned_by");
    let back = w.receipt(r["links"][0]["id"].as_str().unwrap());
    assert_eq!(back["kind"], "settlement");
    assert_eq!(back["amount"], "51.00");
    assert_eq!(back["returned"]["code"], "source_declined");
    assert_eq!(w.balance("CNY")["available"], "300.00");
    assert!(w.balance("CNY").get("pending_out").is_none());
    // The receipt explains it in words.
    let text = w
        .env
        .cmd(["receipt", &id])
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success();
    assert!(
        text.stdout.contains("returned the transfer"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains("okpay support faq show transfers"),
        "{}",
        text.stdout
    );
    w.verify_clean();
}

#[test]
fn the_closed_test_account_fails_at_entry_and_nothing_moves() {
    let w = W::new();
    w.fund("300", "CNY");
    let out = w.to_iban("50", CLOSED).failure(9, "invalid_source_details");
    assert_eq!(out.json()["transaction"]["status"], "failed");
    assert_eq!(w.balance("CNY")["available"], "300.00");
    assert_eq!(w.env.sql_i64("select count(*) from payees"), 0);
    w.verify_clean();
}

#[test]
fn a_withdrawal_to_an_own_bank_source_is_free_and_arrives_at_the_source() {
    let w = W::new();
    w.fund("1000", "CNY");
    let bank = w
        .env
        .cmd([
            "-q", "source", "add", "bank", "--holder", "Alice Li", "--iban", IBAN, "--label",
            "home",
        ])
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success()
        .stdout
        .trim()
        .to_string();
    let t = tx(&w.transfer(&["200", "--to", "home"]).success());
    assert_eq!(t["fee"], "0.00");
    assert_eq!(t["source"], bank.as_str());
    assert_eq!(t["recipient"]["own"], true);
    assert_eq!(w.balance("CNY")["available"], "800.00");
    // Ids made at the same sandbox instant share a long prefix: that prefix names both
    // sources (ambiguous), one more character names the bank alone.
    let card_id: String = w
        .env
        .db()
        .query_row("select id from sources where kind = 'card'", [], |r| {
            r.get(0)
        })
        .unwrap();
    let common = bank
        .chars()
        .zip(card_id.chars())
        .take_while(|(a, b)| a == b)
        .count();
    assert!(common >= "src_".len() + 6, "{bank} {card_id}");
    let out = w
        .transfer(&["1", "--to", &bank[..common]])
        .failure(2, "invalid_input");
    assert_eq!(out.details()["candidates"].as_array().unwrap().len(), 2);
    let t2 = tx(&w.transfer(&["1", "--to", &bank[..=common]]).success());
    assert_eq!(t2["source"], bank.as_str());
    // Another currency than the source's is refused at entry.
    w.transfer(&["10", "--currency", "EUR", "--to", &bank])
        .failure(2, "invalid_input");
    w.run(&["sandbox", "clock", "set", "2030-01-03T10:00:00Z"])
        .success();
    let sources = w.run(&["source", "list"]).success().json();
    let src = sources["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == bank.as_str())
        .unwrap()
        .clone();
    assert_eq!(src["simulated_balance"], "10201.00");
    assert_eq!(w.receipt(t["id"].as_str().unwrap())["status"], "succeeded");
    // A card is not a bank account.
    w.transfer(&["10", "--to", &card_id])
        .failure(2, "invalid_input");
    w.verify_clean();
}

#[test]
fn a_frozen_wallet_refuses_and_nothing_changes() {
    let w = W::new();
    w.fund("300", "CNY");
    w.env.cmd(["security", "freeze"]).json().run().success();
    let before = w.env.sql_i64("select count(*) from transactions");
    w.to_iban("50", IBAN).failure(4, "frozen");
    assert_eq!(w.env.sql_i64("select count(*) from transactions"), before);
    assert_eq!(w.balance("CNY")["available"], "300.00");
}

#[test]
fn too_little_money_is_declined_as_for_a_payment() {
    let w = W::new();
    w.fund("100", "CNY");
    let out = w.to_iban("100", IBAN).failure(5, "insufficient_funds");
    let d = out.details();
    assert_eq!(d["missing"], "1.00", "the fee counts: {d}");
    assert_eq!(out.json()["transaction"]["status"], "declined");
    assert_eq!(out.json()["transaction"]["kind"], "transfer");
    assert_eq!(w.balance("CNY")["available"], "100.00");
    // Exactly the amount and the fee passes.
    w.to_iban("99", IBAN).success();
    assert_eq!(w.balance("CNY")["available"], "0.00");
    w.verify_clean();
}

#[test]
fn the_daily_limit_counts_the_fee_and_refuses_one_unit_over() {
    let w = W::new();
    w.fund("1000", "CNY");
    w.run(&["limits", "set", "--daily", "200"]).success();
    let out = w.to_iban("200", IBAN).failure(6, "limit_exceeded");
    assert_eq!(out.details()["limit"], "daily");
    assert_eq!(out.json()["transaction"]["status"], "declined");
    // 199 + 1.00 fee is exactly the limit.
    w.to_iban("199", IBAN).success();
    w.to_iban("0.01", IBAN).failure(6, "limit_exceeded");
    let limits = w.run(&["limits"]).success().json();
    assert_eq!(limits["limits"]["daily"]["used"], "200.00");
    w.verify_clean();
}

#[test]
fn maintenance_and_a_rail_that_is_down_refuse_like_payments() {
    let w = W::new();
    w.fund("300", "CNY");
    w.run(&["sandbox", "maintenance", "--on"]).success();
    let before = w.env.sql_i64("select count(*) from transactions");
    w.to_iban("10", IBAN).failure(10, "maintenance");
    assert_eq!(w.env.sql_i64("select count(*) from transactions"), before);
    w.run(&["sandbox", "maintenance", "--off"]).success();
    w.run(&["sandbox", "rail", "bank", "--down"]).success();
    let out = w
        .transfer(&[
            "10",
            "--to",
            IBAN,
            "--name",
            "Max",
            "--idempotency-key",
            "k-rail",
        ])
        .failure(10, "rail_unavailable");
    assert_eq!(out.json()["transaction"]["status"], "failed");
    assert_eq!(w.balance("CNY")["available"], "300.00");
    // A temporary failure leaves the key free: the retry goes through once the rail is up.
    w.run(&["sandbox", "rail", "bank", "--up"]).success();
    let t = tx(&w
        .transfer(&[
            "10",
            "--to",
            IBAN,
            "--name",
            "Max",
            "--idempotency-key",
            "k-rail",
        ])
        .success());
    assert_eq!(t["status"], "pending");
    w.verify_clean();
}

#[test]
fn an_idempotency_key_replays_the_first_outcome() {
    let w = W::new();
    w.fund("300", "CNY");
    let args = [
        "10",
        "--to",
        IBAN,
        "--name",
        "Max",
        "--idempotency-key",
        "k1",
    ];
    let first = tx(&w.transfer(&args).success());
    let again = tx(&w.transfer(&args).success());
    assert_eq!(again["id"], first["id"]);
    assert_eq!(again["replayed"], true);
    assert_eq!(w.count("transfer"), 1);
    // The same amount written differently is the same request.
    let same = [
        "10.00",
        "--to",
        IBAN_SPACED,
        "--name",
        "Max",
        "--idempotency-key",
        "k1",
    ];
    assert_eq!(tx(&w.transfer(&same).success())["id"], first["id"]);
    w.transfer(&[
        "11",
        "--to",
        IBAN,
        "--name",
        "Max",
        "--idempotency-key",
        "k1",
    ])
    .failure(11, "idempotency_conflict");
    assert_eq!(w.count("transfer"), 1);
}

#[test]
fn bad_input_is_refused_before_anything_moves() {
    let w = W::new();
    w.fund("300", "CNY");
    let before = w.env.sql_i64("select count(*) from transactions");
    // The holder's name is required for an IBAN.
    let out = w
        .transfer(&["10", "--to", IBAN])
        .failure(2, "invalid_input");
    assert_eq!(out.details()["field"], "name");
    // A bad checksum, and an unknown source id.
    w.transfer(&["10", "--to", "DE89370400440532013001", "--name", "Max"])
        .failure(2, "invalid_input");
    w.transfer(&["10", "--to", "src_01NOPE00000000000000000000"])
        .failure(12, "not_found");
    w.transfer(&["0", "--to", IBAN, "--name", "Max"])
        .failure(2, "invalid_input");
    w.transfer(&["1,000", "--to", IBAN, "--name", "Max"])
        .failure(2, "invalid_input");
    // Without --yes and without a terminal it needs an answer.
    w.run(&["transfer", "10", "--to", IBAN, "--name", "Max"])
        .failure(2, "input_required");
    assert_eq!(w.env.sql_i64("select count(*) from transactions"), before);
    // The error never shows the IBAN in full.
    let out = w.transfer(&["10", "--to", IBAN]);
    assert!(!out.stdout.contains(IBAN) && !out.stderr.contains(IBAN));
}

#[test]
fn jpy_and_kwd_amounts_keep_their_digits() {
    let w = W::new();
    w.fund("9000", "JPY");
    w.fund("100", "KWD");
    let t = tx(&w
        .transfer(&["1000", "--currency", "JPY", "--to", IBAN, "--name", "Max"])
        .success());
    assert_eq!(t["amount"], "1000");
    assert_eq!(t["fee"], "1");
    assert_eq!(w.balance("JPY")["available"], "7999");
    assert_eq!(w.balance("JPY")["pending_out"], "1001");
    w.transfer(&["10.5", "--currency", "JPY", "--to", IBAN, "--name", "Max"])
        .failure(2, "invalid_input");
    let t = tx(&w
        .transfer(&["1.25", "--currency", "KWD", "--to", IBAN, "--name", "Max"])
        .success());
    assert_eq!(t["amount"], "1.250");
    assert_eq!(t["fee"], "1.000");
    assert_eq!(w.balance("KWD")["available"], "97.750");
    w.transfer(&["0.0001", "--currency", "KWD", "--to", IBAN, "--name", "Max"])
        .failure(2, "invalid_input");
    // The total is in the base currency at the bundled rates, which have no KWD: it says so,
    // and once KWD has a rate every held currency counts.
    let b = w.run(&["balance"]).success().json();
    assert_eq!(b["total_excludes"], serde_json::json!(["KWD"]), "{b}");
    w.run(&["fx", "set", "KWD", "CNY", "23.5"]).success();
    let b = w.run(&["balance"]).success().json();
    assert!(b.get("total_excludes").is_none(), "{b}");
    assert!(b["total"]["rates_date"].is_string(), "{b}");
    w.verify_clean();
}

/// Run an interoperability tool; a missing tool fails the test with the way to install it.
fn tool(program: &str, args: &[&str], install: &str) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} is needed for this test ({e}): {install}"));
    assert!(
        out.status.success(),
        "{program} {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn exports_with_transfers_pass_hledger_and_bean_check() {
    let w = W::new();
    w.fund("1000", "CNY");
    w.to_iban("100", IBAN).success();
    w.to_iban("50", RETURNED).success();
    w.run(&["sandbox", "clock", "set", "2030-01-03T10:00:00Z"])
        .success();
    w.to_iban("20", IBAN).success();
    for (format, name) in [("ledger", "x.journal"), ("beancount", "x.beancount")] {
        let path = w.env.root().join(name);
        w.run(&["export", "--format", format, "-o", path.to_str().unwrap()])
            .success();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains(IBAN), "{text}");
        if format == "ledger" {
            tool(
                "hledger",
                &["-f", path.to_str().unwrap(), "check", "-s"],
                "apt-get install -y hledger",
            );
            let bal = tool(
                "hledger",
                &[
                    "-f",
                    path.to_str().unwrap(),
                    "balance",
                    "^assets:okpay:CNY$",
                    "-N",
                    "--flat",
                ],
                "apt-get install -y hledger",
            );
            // 1000 − 101 − 51 + 51 − 21 = 878.
            assert!(bal.contains("878.00 CNY"), "{bal}");
        } else {
            tool(
                "bean-check",
                &[path.to_str().unwrap()],
                "pip install beancount",
            );
        }
    }
    for format in ["csv", "json"] {
        let path = w.env.root().join(format!("x.{format}"));
        w.run(&["export", "--format", format, "-o", path.to_str().unwrap()])
            .success();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.matches("transfer").count() >= 3, "{text}");
        assert!(!text.contains(IBAN));
    }
    let statement = w.run(&["statement", "--month", "2030-01"]).success().json();
    assert!(statement["statement"]["currencies"].is_array());
    w.verify_clean();
}

/// Turn the wallet back into the schema before migration 0015 (file 0014, user_version
/// `version`): the transactions table with the old CHECK (rows, indexes and triggers as they
/// were), no payees.
fn downgrade_to_schema_14(env: &Env, version: i64) {
    let conn = env.db();
    conn.execute_batch(&format!(
        "PRAGMA foreign_keys = OFF;
         BEGIN;
         CREATE TABLE transactions_old (
             seq              INTEGER PRIMARY KEY,
             id               TEXT    NOT NULL UNIQUE,
             kind             TEXT    NOT NULL CHECK (kind IN ('topup', 'payment', 'refund', 'conversion', 'settlement')),
             status           TEXT    NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed', 'declined')),
             amount_minor     INTEGER NOT NULL,
             currency         TEXT    NOT NULL,
             fee_minor        INTEGER NOT NULL DEFAULT 0,
             created_at_ms    INTEGER NOT NULL,
             available_at_ms  INTEGER,
             merchant_id      TEXT,
             source_id        TEXT,
             order_id         TEXT,
             memo             TEXT,
             reason           TEXT,
             data             TEXT    NOT NULL DEFAULT '{{}}'
         , limit_minor INTEGER CHECK (limit_minor IS NULL OR limit_minor >= 0));
         INSERT INTO transactions_old SELECT * FROM transactions;
         DROP TABLE transactions;
         ALTER TABLE transactions_old RENAME TO transactions;
         CREATE INDEX transactions_kind ON transactions (kind, seq);
         CREATE INDEX transactions_merchant ON transactions (merchant_id, seq) WHERE merchant_id IS NOT NULL;
         CREATE INDEX transactions_source ON transactions (source_id, seq) WHERE source_id IS NOT NULL;
         CREATE INDEX transactions_order ON transactions (merchant_id, order_id) WHERE order_id IS NOT NULL;
         CREATE INDEX transactions_idempotency ON transactions (
             json_extract(data, '$.idempotency.kind'), json_extract(data, '$.idempotency.key')
         ) WHERE json_extract(data, '$.idempotency.key') IS NOT NULL;
         CREATE INDEX transactions_limit_usage ON transactions (created_at_ms, limit_minor)
             WHERE limit_minor IS NOT NULL;
         CREATE INDEX transactions_declines ON transactions (created_at_ms)
             WHERE kind = 'payment' AND status = 'declined';
         CREATE INDEX transactions_topups ON transactions (created_at_ms, currency, amount_minor)
             WHERE kind = 'topup' AND status = 'succeeded';
         CREATE INDEX transactions_refunds ON transactions (created_at_ms) WHERE kind = 'refund';
         CREATE TRIGGER transactions_append_only_update BEFORE UPDATE ON transactions
         BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
         CREATE TRIGGER transactions_append_only_delete BEFORE DELETE ON transactions
         BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
         DROP TABLE payees;
         PRAGMA user_version = {version};
         COMMIT;"
    ))
    .unwrap();
}

/// Every row of the ledger tables, as text, for comparing before and after.
fn ledger_rows(env: &Env) -> Vec<String> {
    let conn = env.db();
    let mut rows = Vec::new();
    for sql in [
        "SELECT quote(seq)||quote(id)||quote(kind)||quote(status)||quote(amount_minor)||quote(currency)||quote(fee_minor)||quote(created_at_ms)||quote(available_at_ms)||quote(merchant_id)||quote(source_id)||quote(order_id)||quote(memo)||quote(reason)||quote(data)||quote(limit_minor) FROM transactions ORDER BY seq",
        "SELECT quote(tx_seq)||quote(mac) FROM seals ORDER BY tx_seq",
        "SELECT quote(tx_seq)||quote(account_id)||quote(amount_minor) FROM postings ORDER BY tx_seq, account_id",
        "SELECT quote(tx_seq)||quote(target_seq)||quote(kind) FROM links ORDER BY tx_seq",
    ] {
        let mut stmt = conn.prepare(sql).unwrap();
        let found = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .unwrap()
            .map(Result::unwrap);
        rows.extend(found);
    }
    rows
}

fn schema_of(env: &Env, what: &str) -> Vec<String> {
    let conn = env.db();
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_schema WHERE tbl_name = 'transactions' AND type = ?1 AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap();
    stmt.query_map([what], |r| r.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn a_wallet_made_before_migration_0015_keeps_verifying_after_it() {
    let w = W::new();
    w.fund("1000", "CNY");
    w.run(&[
        "pay",
        "88.50",
        "--merchant",
        "Tea House",
        "--order",
        "A-1",
        "-y",
    ])
    .success();
    let payment = w
        .env
        .sql_text("select id from transactions where kind = 'payment'");
    w.run(&["refund", &payment, "--amount", "10", "-y"])
        .success();
    let bank = w
        .env
        .cmd([
            "-q", "source", "add", "bank", "--holder", "Alice Li", "--iban", IBAN,
        ])
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success()
        .stdout
        .trim()
        .to_string();
    w.run(&["topup", "200", "--source", &bank, "-y"]).success();
    let indexes = schema_of(&w.env, "index");
    let triggers = schema_of(&w.env, "trigger");
    assert_eq!(indexes.len(), 9, "{indexes:?}");
    assert_eq!(triggers.len(), 2);
    let current = w.env.sql_i64("PRAGMA user_version");
    // File 0014 is the twelfth migration (0011 and 0012 were never made); 0015 and 0016 follow.
    downgrade_to_schema_14(&w.env, 12);
    let before = ledger_rows(&w.env);

    // The first command migrates; the chain and every seal still verify with the key.
    w.verify_clean();
    assert_eq!(w.env.sql_i64("PRAGMA user_version"), current);
    assert_eq!(ledger_rows(&w.env), before, "rows keep their exact values");
    assert_eq!(schema_of(&w.env, "index"), indexes);
    assert_eq!(schema_of(&w.env, "trigger"), triggers);
    // 0016: the same constraints without IN lists.
    let table = w
        .env
        .sql_text("SELECT sql FROM sqlite_schema WHERE name = 'transactions'");
    assert!(!table.contains(" IN ("), "{table}");
    assert!(table.contains("kind = 'transfer'"), "{table}");
    assert_eq!(
        w.env
            .sql_i64("SELECT count(*) FROM pragma_foreign_key_check"),
        0
    );
    let conn = w.env.db();
    assert!(
        conn.execute("UPDATE transactions SET memo = 'x' WHERE seq = 1", [])
            .is_err(),
        "still append-only"
    );
    assert!(
        conn.execute("DELETE FROM transactions WHERE seq = 1", [])
            .is_err(),
        "still append-only"
    );
    drop(conn);
    // The pending top-up settles, and transfers work on the migrated wallet.
    w.run(&["sandbox", "clock", "set", "2030-01-03T10:00:00Z"])
        .success();
    w.to_iban("50", IBAN).success();
    assert_eq!(w.balance("CNY")["available"], "1070.50");
    w.verify_clean();
}

#[test]
fn a_refund_of_a_converted_payment_goes_back_to_the_balance_it_left() {
    let w = W::new();
    w.fund("1000", "CNY");
    w.run(&["fx", "set", "EUR", "CNY", "7.8"]).success();
    let paid = tx(&w
        .run(&[
            "pay",
            "50",
            "--currency",
            "EUR",
            "--merchant",
            "Shop",
            "--from-currency",
            "CNY",
            "-y",
        ])
        .success());
    let fx = &paid["fx"];
    assert_eq!(fx["from"], "CNY");
    assert_eq!(fx["to_amount"], "50.00");
    let from_amount: f64 = fx["from_amount"].as_str().unwrap().parse().unwrap();
    let spread: f64 = fx["spread"].as_str().unwrap().parse().unwrap();
    let id = paid["id"].as_str().unwrap();
    // A partial refund: 20 of the 50 EUR come back as CNY at the original quote.
    let part = tx(&w.run(&["refund", id, "--amount", "20", "-y"]).success());
    assert_eq!(part["currency"], "EUR");
    assert_eq!(part["fx"]["from"], "EUR");
    assert_eq!(part["fx"]["to"], "CNY");
    assert_eq!(part["fx"]["refund_of_quote"], true);
    let net = from_amount - spread;
    let first: f64 = part["fx"]["to_amount"].as_str().unwrap().parse().unwrap();
    assert!(
        (first - (net * 20.0 / 50.0)).abs() < 0.006,
        "{first} vs {net}"
    );
    // The rest: together exactly what converted, the spread kept; nothing lands in EUR.
    w.run(&["refund", id, "-y"]).success();
    let cny = w.balance("CNY");
    let expected = format!("{:.2}", 1000.0 - spread);
    assert_eq!(cny["available"], expected.as_str(), "{cny}");
    let eur = w.balance("EUR");
    assert!(eur.is_null() || eur["available"] == "0.00", "{eur}");
    assert_eq!(w.receipt(id)["status"], "refunded");
    // The exports still balance (the refund's price is folded like a conversion's).
    let path = w.env.root().join("r.journal");
    w.run(&["export", "--format", "ledger", "-o", path.to_str().unwrap()])
        .success();
    tool(
        "hledger",
        &["-f", path.to_str().unwrap(), "check", "-s"],
        "apt-get install -y hledger",
    );
    let path = w.env.root().join("r.beancount");
    w.run(&[
        "export",
        "--format",
        "beancount",
        "-o",
        path.to_str().unwrap(),
    ])
    .success();
    tool(
        "bean-check",
        &[path.to_str().unwrap()],
        "pip install beancount",
    );
    w.verify_clean();
}

#[test]
fn a_large_first_transfer_is_challenged_like_a_payment() {
    let w = W::new();
    w.fund("5000", "CNY");
    let session = w.env.login();
    let before = w.count("transfer");
    // new_merchant_large (2000.00 CNY): a session alone cannot answer the challenge.
    let out = w
        .env
        .cmd(["transfer", "3000", "--to", IBAN, "--name", "Max", "--yes"])
        .json()
        .env("OKPAY_SESSION", &session)
        .run()
        .failure(3, "step_up_required");
    assert_eq!(out.details()["rules"][0]["rule"], "new_merchant_large");
    assert_eq!(w.count("transfer"), before, "nothing recorded");
    // The password answers it.
    let t = tx(&w
        .env
        .cmd(["transfer", "3000", "--to", IBAN, "--name", "Max", "--yes"])
        .json()
        .env("OKPAY_SESSION", &session)
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success());
    assert_eq!(t["status"], "pending");
    assert_eq!(t["risk"]["answered"], "password");
    assert_eq!(t["risk"]["decision"], "elevated");
}
