//! `fx` and `convert`: rates set, imported (the ECB's files as published, and plain CSV) and
//! listed with their date, source and staleness; inverse and cross rates; conversions that show
//! a quote, need a confirmation, balance per currency through `fx:CUR` with the spread as its
//! own fee, keep each currency's minor digits, are declined and recorded when the balance is
//! short, and refuse tampered rates.

use std::path::PathBuf;

use serde_json::Value;

use crate::harness::{Env, PASSWORD};
use crate::pay::Wallet;

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fx")
        .join(name)
        .display()
        .to_string()
}

fn rates(w: &Wallet) -> Vec<Value> {
    w.run(["fx", "rates"]).success().json()["rates"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn rate<'a>(all: &'a [Value], base: &str, quote: &str) -> &'a Value {
    all.iter()
        .find(|r| r["base"] == base && r["quote"] == quote)
        .unwrap_or_else(|| panic!("no {base}/{quote} in {all:?}"))
}

fn balance(env: &Env, currency: &str) -> String {
    let doc = env.cmd(["balance"]).json().run().success().json();
    doc["balances"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["currency"] == currency)
        .map(|b| b["available"].as_str().unwrap().to_string())
        .unwrap_or_default()
}

fn convert(w: &Wallet, args: &[&str]) -> Value {
    let out = w
        .env
        .cmd(["convert", "-y"])
        .args(args)
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .success();
    let tx = out.json()["transaction"].clone();
    assert_eq!(tx["kind"], "conversion", "{}", out.show());
    assert_eq!(tx["status"], "succeeded", "{}", out.show());
    tx
}

/// Per currency, what a transaction's postings add up to.
fn posting_sums(env: &Env, tx_id: &str) -> Vec<(String, i64)> {
    let db = env.db();
    let mut stmt = db
        .prepare(
            "SELECT a.currency, sum(p.amount_minor) FROM postings p
             JOIN accounts a ON a.id = p.account_id
             JOIN transactions t ON t.seq = p.tx_seq
             WHERE t.id = ?1 GROUP BY a.currency ORDER BY a.currency",
        )
        .unwrap();
    stmt.query_map([tx_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap()
}

fn account_balance(env: &Env, name: &str) -> i64 {
    env.sql_i64(&format!(
        "SELECT coalesce((SELECT b.balance_minor FROM balances b JOIN accounts a ON a.id = b.account_id WHERE a.name = '{name}'), 0)"
    ))
}

#[test]
fn a_fresh_wallet_lists_the_bundled_snapshot_as_such_and_stale() {
    let w = Wallet::new();
    let doc = w.run(["fx", "rates"]).success().json();
    let all = doc["rates"].as_array().unwrap();
    let usd = rate(all, "EUR", "USD");
    assert_eq!(usd["rate"], "1.0705");
    assert_eq!(usd["source"], "snapshot");
    assert_eq!(usd["date"], "2024-06-28");
    assert_eq!(usd["stale"], true);
    assert_eq!(doc["spread_percent"], "0.5");
    assert_eq!(doc["snapshot_date"], "2024-06-28");
    // Readable without unlocking, in a table too.
    let out = w.env.cmd(["fx", "rates"]).run().success();
    assert!(out.stdout.contains("bundled snapshot"), "{}", out.stdout);
}

#[test]
fn fx_set_dates_a_rate_today_and_it_goes_stale_after_seven_days() {
    let w = Wallet::new();
    let set = w.run(["fx", "set", "usd", "CNY", "7.12"]).success().json();
    assert_eq!(set["rate"]["rate"], "7.12");
    assert_eq!(set["rate"]["source"], "manual");
    assert_eq!(set["rate"]["stale"], false);
    assert_eq!(set["rate"]["date"], &w.env.clock()[..10]);
    for bad in ["0", "-1", "7,12", "1e3", "abc"] {
        w.run(["fx", "set", "USD", "CNY", bad])
            .failure(2, "invalid_input");
    }
    w.run(["fx", "set", "USD", "USD", "1"])
        .failure(2, "invalid_input");
    // Without a credential it is refused.
    w.env
        .cmd(["fx", "set", "USD", "CNY", "7"])
        .json()
        .run()
        .failure(3, "auth_required");
    let pw = |args: &[&str]| {
        w.env
            .cmd(args.iter().copied())
            .json()
            .env("OKPAY_PASSWORD", PASSWORD)
            .run()
            .success()
    };
    pw(&["sandbox", "clock", "advance", "7d"]);
    let all = rates(&w);
    assert_eq!(rate(&all, "USD", "CNY")["stale"], false);
    pw(&["sandbox", "clock", "advance", "1d"]);
    let doc = pw(&["fx", "rates"]).json();
    let all = doc["rates"].as_array().unwrap();
    assert_eq!(rate(all, "USD", "CNY")["stale"], true);
}

#[test]
fn ecb_files_are_recognised_from_their_content_and_cross_rates_follow() {
    for file in ["eurofxref-daily.xml", "eurofxref.csv", "eurofxref-hist.csv"] {
        let w = Wallet::funded("1000");
        // The name says nothing: the content decides.
        let copy = w.env.root().join("rates.dat");
        std::fs::copy(fixture(file), &copy).unwrap();
        let doc = w
            .run(["fx", "import", copy.to_str().unwrap()])
            .success()
            .json();
        assert_eq!(doc["import"]["format"], "ecb", "{file}");
        assert_eq!(doc["import"]["date"], "2024-06-28", "{file}");
        assert!(
            doc["import"]["imported"].as_u64().unwrap() >= 30,
            "{file}: {doc}"
        );
        let all = rates(&w);
        let usd = rate(&all, "EUR", "USD");
        assert_eq!(usd["source"], "ecb", "{file}");
        assert_eq!(usd["rate"], "1.0705");
        // The published digits are kept: 1.4670, not 1.467.
        assert_eq!(rate(&all, "EUR", "CAD")["rate"], "1.4670");
        // CNY → JPY goes through the euro: 171.94 / 7.7748, to 10 significant digits.
        let tx = convert(&w, &["100", "--from", "CNY", "--to", "JPY"]);
        assert_eq!(tx["fx"]["rate"], "22.11503833", "{file}");
        assert_eq!(tx["fx"]["rate_route"], "cross:EUR");
        assert_eq!(tx["fx"]["rate_date"], "2024-06-28");
        // 99.50 CNY × 22.11503833 = 2200.44… → 2200 JPY (rounded down).
        assert_eq!(tx["fx"]["to_amount"], "2200");
        // CNY → USD: 1.0705 / 7.7748 = 0.1376884293.
        let tx = convert(&w, &["100", "--from", "CNY", "--to", "USD"]);
        assert_eq!(tx["fx"]["rate"], "0.1376884293");
        assert_eq!(tx["fx"]["to_amount"], "13.69");
    }
}

#[test]
fn the_historical_file_skips_retired_currencies_and_keeps_the_newest_day() {
    let w = Wallet::new();
    let doc = w
        .run(["fx", "import", &fixture("eurofxref-hist.csv")])
        .success()
        .json();
    assert!(doc["import"]["skipped"].as_u64().unwrap() > 0, "{doc}");
    let all = rates(&w);
    assert_eq!(rate(&all, "EUR", "USD")["rate"], "1.0705");
    assert_eq!(rate(&all, "EUR", "USD")["date"], "2024-06-28");
}

#[test]
fn a_plain_csv_imports_and_a_bad_line_imports_nothing() {
    let w = Wallet::new();
    let doc = w
        .run(["fx", "import", &fixture("rates.csv")])
        .success()
        .json();
    assert_eq!(doc["import"]["format"], "csv");
    assert_eq!(doc["import"]["imported"], 2);
    let all = rates(&w);
    // The newest of the pair's two lines.
    assert_eq!(rate(&all, "USD", "CNY")["rate"], "7.12");
    assert_eq!(rate(&all, "KWD", "CNY")["source"], "csv");
    let bad = w.env.root().join("bad.csv");
    std::fs::write(
        &bad,
        "date,base,quote,rate\n2026-11-30,GBP,CNY,9.1\n2026-11-30,GBP,CNY,nine\n",
    )
    .unwrap();
    let out = w
        .run(["fx", "import", bad.to_str().unwrap()])
        .failure(2, "invalid_input");
    assert_eq!(out.details()["line"], 3);
    assert!(rates(&w).iter().all(|r| r["base"] != "GBP"));
    let missing = w.env.root().join("nope.csv");
    w.run(["fx", "import", missing.to_str().unwrap()])
        .failure(2, "invalid_input");
    let junk = w.env.root().join("junk.txt");
    std::fs::write(&junk, "hello\nworld\n").unwrap();
    w.run(["fx", "import", junk.to_str().unwrap()])
        .failure(2, "invalid_input");
}

#[test]
fn jpy_cny_and_kwd_amounts_keep_their_digits() {
    let w = Wallet::funded("1000");
    w.run(["fx", "set", "KWD", "CNY", "23.1"]).success();
    w.run(["convert", "10.5", "--from", "JPY", "--to", "CNY", "-y"])
        .failure(2, "invalid_input");
    w.run([
        "convert",
        "10.5",
        "--from",
        "CNY",
        "--to",
        "JPY",
        "--to-amount",
        "-y",
    ])
    .failure(2, "invalid_input");
    w.run(["convert", "1.0001", "--from", "KWD", "--to", "CNY", "-y"])
        .failure(2, "invalid_input");
    // 100.00 CNY less 0.50 spread, at 1/23.1 = 0.04329004329: 4.307 KWD (rounded down).
    let tx = convert(&w, &["100", "--from", "CNY", "--to", "KWD"]);
    assert_eq!(tx["fx"]["spread"], "0.50");
    assert_eq!(tx["fx"]["to_amount"], "4.307");
    assert_eq!(tx["fx"]["rate_route"], "inverse");
    let tx = convert(&w, &["100", "--from", "CNY", "--to", "JPY"]);
    assert_eq!(tx["fx"]["to_amount"], "2200");
    assert_eq!(balance(&w.env, "KWD"), "4.307");
    assert_eq!(balance(&w.env, "JPY"), "2200");
    assert_eq!(balance(&w.env, "CNY"), "800.00");
    // Back from JPY: 1000 JPY less a 5 JPY spread.
    let tx = convert(&w, &["1000", "--from", "JPY", "--to", "KWD"]);
    assert_eq!(tx["fx"]["from_amount"], "1000");
    assert_eq!(tx["fx"]["spread"], "5");
    assert_eq!(balance(&w.env, "JPY"), "1200");
    // The total is in the base currency, with the rates' date.
    let doc = w.env.cmd(["balance"]).json().run().success().json();
    assert_eq!(doc["total"]["currency"], "CNY");
    assert_eq!(doc["total"]["rates_date"], "2024-06-28");
    assert!(doc.get("total_excludes").is_none(), "{doc}");
}

#[test]
fn a_conversion_balances_per_currency_and_the_spread_is_its_own_fee() {
    let w = Wallet::funded("1000");
    w.run(["fx", "set", "EUR", "CNY", "7.80"]).success();
    let tx = convert(&w, &["200", "--from", "CNY", "--to", "EUR"]);
    let id = tx["id"].as_str().unwrap();
    // 200.00 CNY: 1.00 spread, 199.00 at 1/7.80 = 0.1282051282 → 25.51 EUR.
    assert_eq!(tx["fx"]["rate"], "0.1282051282");
    assert_eq!(tx["fx"]["spread_percent"], "0.5");
    assert_eq!(tx["fx"]["spread"], "1.00");
    assert_eq!(tx["fx"]["from_amount"], "200.00");
    assert_eq!(tx["fx"]["to_amount"], "25.51");
    assert_eq!(tx["fx"]["stale"], false);
    assert_eq!(tx["fee"], "1.00");
    assert_eq!(tx["amount"], "200.00");
    assert_eq!(tx["currency"], "CNY");
    for (currency, sum) in posting_sums(&w.env, id) {
        assert_eq!(sum, 0, "postings in {currency} do not balance");
    }
    assert_eq!(account_balance(&w.env, "fees:CNY"), 100);
    assert_eq!(account_balance(&w.env, "fx:CNY"), 19_900);
    assert_eq!(account_balance(&w.env, "fx:EUR"), -2_551);
    assert_eq!(account_balance(&w.env, "wallet:EUR"), 2_551);
    assert_eq!(account_balance(&w.env, "wallet:CNY"), 80_000);
    // `--to-amount`: exactly 10.00 EUR arrives, from the least CNY that gives it.
    let tx = convert(&w, &["10", "--from", "CNY", "--to", "EUR", "--to-amount"]);
    assert_eq!(tx["fx"]["to_amount"], "10.00");
    assert_eq!(tx["fx"]["from_amount"], "78.40");
    assert_eq!(balance(&w.env, "EUR"), "35.51");
    // The receipt shows the quote; verify finds the ledger sound.
    let receipt = w.receipt(id);
    assert_eq!(receipt["fx"]["to_amount"], "25.51");
    w.run(["verify"]).success();
}

#[test]
fn without_yes_nothing_moves_and_a_short_balance_is_a_recorded_decline() {
    let w = Wallet::funded("100");
    w.run(["convert", "50", "--from", "CNY", "--to", "EUR"])
        .failure(2, "input_required");
    assert_eq!(
        w.env
            .sql_i64("SELECT count(*) FROM transactions WHERE kind = 'conversion'"),
        0
    );
    let out = w
        .run(["convert", "150", "--from", "CNY", "--to", "EUR", "-y"])
        .failure(5, "insufficient_funds");
    assert_eq!(out.details()["missing"], "50.00");
    let tx = &out.json()["transaction"];
    assert_eq!(tx["kind"], "conversion");
    assert_eq!(tx["status"], "declined");
    // Recorded even without --yes: nothing moves, so nothing needs confirming.
    w.run(["convert", "150", "--from", "CNY", "--to", "EUR"])
        .failure(5, "insufficient_funds");
    assert_eq!(
        w.env.sql_i64(
            "SELECT count(*) FROM transactions WHERE kind = 'conversion' AND status = 'declined'"
        ),
        2
    );
    assert_eq!(balance(&w.env, "CNY"), "100.00");
    // A frozen wallet converts nothing.
    w.run(["security", "freeze"]).success();
    w.run(["convert", "10", "--from", "CNY", "--to", "EUR", "-y"])
        .failure(4, "frozen");
}

#[test]
fn a_stale_rate_still_converts_once_confirmed_and_says_so() {
    let w = Wallet::funded("100");
    let tx = convert(&w, &["10", "--from", "CNY", "--to", "EUR"]);
    assert_eq!(tx["fx"]["stale"], true);
    assert_eq!(tx["fx"]["rate_snapshot"], true);
    assert_eq!(tx["fx"]["rate_date"], "2024-06-28");
}

#[test]
fn the_spread_is_set_with_a_step_up() {
    let w = Wallet::funded("1000");
    w.run(["fx", "spread", "1"]).failure(3, "step_up_required");
    w.run(["fx", "spread", "11"]).failure(2, "invalid_input");
    let doc = w
        .env
        .cmd(["fx", "spread", "1"])
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success()
        .json();
    assert_eq!(doc["spread_percent"], "1");
    w.run(["fx", "set", "EUR", "CNY", "8"]).success();
    let tx = convert(&w, &["100", "--from", "CNY", "--to", "EUR"]);
    assert_eq!(tx["fx"]["spread"], "1.00");
    assert_eq!(tx["fx"]["spread_percent"], "1");
    // 99.00 CNY / 8 = 12.375 → 12.37 EUR.
    assert_eq!(tx["fx"]["to_amount"], "12.37");
}

#[test]
fn a_tampered_or_deleted_rate_stops_the_conversion() {
    let w = Wallet::funded("1000");
    w.run(["fx", "set", "EUR", "CNY", "7.80"]).success();
    w.run(["fx", "set", "GBP", "CNY", "9.10"]).success();
    w.env
        .sql("UPDATE fx_rates SET rate = '0.01' WHERE base = 'EUR'");
    w.run(["convert", "100", "--from", "CNY", "--to", "EUR", "-y"])
        .failure(13, "integrity_error");
    w.env
        .sql("UPDATE fx_rates SET rate = '7.80' WHERE base = 'EUR'");
    convert(&w, &["100", "--from", "CNY", "--to", "EUR"]);
    // Deleting a rate to fall back on another shows too.
    w.env.sql("DELETE FROM fx_rates WHERE base = 'GBP'");
    w.run(["convert", "100", "--from", "CNY", "--to", "EUR", "-y"])
        .failure(13, "integrity_error");
}

#[test]
fn chinese_messages() {
    let w = Wallet::funded("100");
    let out = w
        .env
        .cmd(["convert", "500", "--from", "CNY", "--to", "EUR", "-y"])
        .lang("zh")
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .failure(5, "insufficient_funds");
    assert!(out.stderr.contains("余额"), "{}", out.stderr);
    let out = w.env.cmd(["fx", "rates"]).lang("zh").run().success();
    assert!(out.stdout.contains("内置快照"), "{}", out.stdout);
}

#[test]
fn paying_euros_from_a_cny_only_wallet_converts_at_the_quote_and_counts_the_cny_value() {
    let w = Wallet::funded("1000");
    w.run(["fx", "set", "EUR", "CNY", "7.80"]).success();
    // Without --yes the quote waits for a confirmation: nothing moves.
    w.run([
        "pay",
        "50.00",
        "--currency",
        "EUR",
        "--merchant",
        "Berlin Shop",
    ])
    .failure(2, "input_required");
    let tx = w.pay_ok("50.00", "Berlin Shop", &["--currency", "EUR"]);
    assert_eq!(tx["amount"], "50.00");
    assert_eq!(tx["currency"], "EUR");
    let fx = &tx["fx"];
    assert_eq!(fx["from"], "CNY");
    assert_eq!(fx["to"], "EUR");
    assert_eq!(fx["to_amount"], "50.00");
    // The least CNY that gives 50.00 EUR at 1/7.80 after a 0.5% spread.
    assert_eq!(fx["from_amount"], "391.97");
    assert_eq!(fx["spread"], "1.96");
    assert_eq!(fx["rate"], "0.1282051282");
    for (currency, sum) in posting_sums(&w.env, tx["id"].as_str().unwrap()) {
        assert_eq!(sum, 0, "postings in {currency} do not balance");
    }
    assert_eq!(balance(&w.env, "CNY"), "608.03");
    let eur = w
        .env
        .cmd(["balance", "--currency", "EUR"])
        .json()
        .run()
        .success()
        .json();
    assert_eq!(eur["balances"][0]["available"], "0.00");
    // The daily limit counts what left the wallet, in CNY.
    let limits = w.run(["limits"]).success().json();
    assert_eq!(limits["limits"]["daily"]["used"], "391.97");
    // The receipt keeps the quote.
    assert_eq!(
        w.receipt(tx["id"].as_str().unwrap())["fx"]["from_amount"],
        "391.97"
    );
    // A limit below the CNY value refuses the next one, though 50 EUR is below it in euros.
    w.run(["limits", "set", "--per-transaction", "300"])
        .success();
    let out = w
        .run([
            "pay",
            "50",
            "--currency",
            "EUR",
            "--merchant",
            "Berlin Shop",
            "-y",
        ])
        .failure(6, "limit_exceeded");
    assert_eq!(out.details()["limit"], "per_transaction");
    assert_eq!(balance(&w.env, "CNY"), "608.03");
}

#[test]
fn a_payment_chooses_its_balance_or_the_one_named() {
    let w = Wallet::funded("1000");
    w.run(["fx", "set", "EUR", "CNY", "8"]).success();
    // Hold some euros: a payment they cover needs no conversion.
    convert(&w, &["20", "--from", "CNY", "--to", "EUR", "--to-amount"]);
    let tx = w.pay_ok("15", "Berlin Shop", &["--currency", "EUR"]);
    assert!(tx.get("fx").is_none() || tx["fx"].is_null(), "{tx}");
    assert_eq!(balance(&w.env, "EUR"), "5.00");
    // Named: from JPY, which the wallet holds.
    convert(&w, &["200", "--from", "CNY", "--to", "JPY"]);
    let tx = w.pay_ok(
        "10",
        "Berlin Shop",
        &["--currency", "EUR", "--from-currency", "JPY"],
    );
    assert_eq!(tx["fx"]["from"], "JPY");
    assert!(!tx["fx"]["from_amount"].as_str().unwrap().contains('.'));
    // Too little of the named balance: declined, and what is missing is in that currency.
    let out = w
        .run([
            "pay",
            "100",
            "--currency",
            "EUR",
            "--merchant",
            "Berlin Shop",
            "--from-currency",
            "JPY",
            "-y",
        ])
        .failure(5, "insufficient_funds");
    assert_eq!(out.details()["currency"], "JPY");
    // No rate at all for the pair: refused at entry, nothing recorded.
    let before = w.env.sql_i64("SELECT count(*) FROM transactions");
    w.run([
        "pay",
        "1",
        "--currency",
        "KWD",
        "--merchant",
        "Kuwait Shop",
        "-y",
    ])
    .failure(2, "invalid_input");
    assert_eq!(w.env.sql_i64("SELECT count(*) FROM transactions"), before);
}

#[test]
fn a_payment_the_base_cannot_cover_converts_from_another_held_currency() {
    let mut w = Wallet::funded("1000");
    // 500 EUR is a large payment: in the night hours risk monitoring would ask to confirm it
    // before the balance is looked at.
    w.daytime();
    w.run(["fx", "set", "EUR", "CNY", "8"]).success();
    w.run(["fx", "set", "EUR", "JPY", "160"]).success();
    convert(&w, &["900", "--from", "CNY", "--to", "JPY"]);
    // 20 EUR is 160 CNY, more than the 100 CNY left: the yen pay it.
    let tx = w.pay_ok("20", "Berlin Shop", &["--currency", "EUR"]);
    assert_eq!(tx["fx"]["from"], "JPY", "{tx}");
    assert_eq!(balance(&w.env, "CNY"), "100.00");
    // Nothing held covers 500 EUR: declined, with what the base currency lacks.
    let out = w
        .run([
            "pay",
            "500",
            "--currency",
            "EUR",
            "--merchant",
            "Berlin Shop",
            "-y",
        ])
        .failure(5, "insufficient_funds");
    assert_eq!(out.details()["currency"], "CNY");
}

#[test]
fn the_receipt_shows_the_quote_and_the_balance_in_the_currency_that_paid() {
    let w = Wallet::funded("1000");
    w.run(["fx", "set", "EUR", "CNY", "7.80"]).success();
    let tx = w.pay_ok("50.00", "Berlin Shop", &["--currency", "EUR"]);
    let out = w
        .env
        .cmd(["receipt", tx["id"].as_str().unwrap()])
        .run()
        .success();
    assert!(out.stdout.contains("391.97 CNY"), "{}", out.stdout);
    assert!(
        out.stdout.contains("1 CNY = 0.1282051282 EUR"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("608.03 CNY"), "{}", out.stdout);
    let out = w
        .env
        .cmd(["receipt", tx["id"].as_str().unwrap()])
        .lang("zh")
        .run()
        .success();
    assert!(out.stdout.contains("汇率"), "{}", out.stdout);
}

#[test]
fn a_top_up_in_a_currency_the_source_lacks_offers_both_ways() {
    let w = Wallet::new();
    let card = w.add_card();
    let out = w.run(["topup", "10", "--currency", "USD", "--source", &card, "-y"]);
    assert_eq!(
        out.json()["error"]["code"],
        "invalid_input",
        "{}",
        out.show()
    );
    let advice = out.json()["error"]["advice"].as_str().unwrap().to_string();
    assert!(
        advice.contains("okpay convert AMOUNT --from CNY --to USD"),
        "{advice}"
    );
    assert!(advice.contains("--currency USD"), "{advice}");
    // A source in that currency tops up that balance.
    let usd = w
        .env
        .cmd([
            "source",
            "add",
            "card",
            "--holder",
            "A",
            "--expiry",
            "12/30",
            "--currency",
            "USD",
            "--details-stdin",
            "-q",
        ])
        .env("OKPAY_SESSION", &w.tok)
        .stdin("4242424242424242\n123\n")
        .run()
        .success();
    let usd = usd.stdout.trim().to_string();
    w.run(["topup", "10", "--currency", "USD", "--source", &usd, "-y"])
        .success();
    assert_eq!(balance(&w.env, "USD"), "10.00");
}
