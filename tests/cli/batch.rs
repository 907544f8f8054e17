//! `pay --batch`: CSV and JSONL input, one result line per input line in input order through the
//! whole checkout (declines recorded, duplicates and bad lines refused, risk challenges
//! declined without a prompt), chunked durable commits, and reruns under an idempotency
//! prefix that pay exactly the rest, even after a kill half-way.

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;

use serde_json::Value;

use crate::harness::{write_file, Output, PASSWORD};
use crate::pay::Wallet;

/// The result lines of a `--json` batch, and its summary (the last line).
fn results(out: &Output) -> (Vec<Value>, Value) {
    let mut lines: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}\n{}", out.show())))
        .collect();
    let summary = lines.pop().expect("a summary line");
    (lines, summary["summary"].clone())
}

fn batch(w: &Wallet, file: &std::path::Path, more: &[&str]) -> Output {
    w.env
        .cmd(["pay", "--batch"])
        .arg(file)
        .args(["-y"])
        .args(more)
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .run()
}

fn payments(w: &Wallet, status: &str) -> i64 {
    w.env.sql_i64(&format!(
        "SELECT COUNT(*) FROM transactions WHERE kind = 'payment' AND status = '{status}'"
    ))
}

#[test]
fn a_csv_batch_runs_every_line_through_the_checkout_in_input_order() {
    let w = Wallet::funded("100");
    let file = w.env.root().join("pay.csv");
    let csv = "merchant,amount,currency,order,memo,items\n\
               Tea House,10.00,CNY,A-1,first,\n\
               Tea House,10.00,CNY,A-1,same order again,\n\
               \n\
               Book Shop,95,CNY,B-1,,\n\
               Book Shop,1.234,CNY,B-2,,\n\
               \"Jade, Ltd\",,,C-1,items,Green tea:2:12.50;Cake:1:5\n";
    write_file(&file, csv.as_bytes(), 0o600);
    let out = batch(&w, &file, &[]).success();
    let (lines, summary) = results(&out);
    let got: Vec<(i64, &str)> = lines
        .iter()
        .map(|l| (l["line"].as_i64().unwrap(), l["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        got,
        vec![
            (2, "succeeded"),
            (3, "failed"),
            (5, "declined"),
            (6, "failed"),
            (7, "succeeded")
        ],
        "{}",
        out.show()
    );
    assert_eq!(lines[0]["transaction"]["order_id"], "A-1");
    assert_eq!(lines[1]["error"]["code"], "already_exists");
    assert_eq!(
        lines[1]["error"]["details"]["transaction_id"],
        lines[0]["transaction"]["id"]
    );
    assert_eq!(lines[2]["error"]["code"], "insufficient_funds");
    assert_eq!(lines[2]["transaction"]["status"], "declined");
    assert_eq!(lines[2]["error"]["details"]["missing"], "5.00");
    assert_eq!(lines[3]["error"]["code"], "invalid_input");
    assert!(lines[3].get("transaction").is_none());
    assert_eq!(lines[4]["transaction"]["amount"], "30.00");
    assert_eq!(lines[4]["transaction"]["merchant_name"], "Jade, Ltd");
    assert_eq!(summary["lines"], 5);
    assert_eq!(summary["succeeded"], 2);
    assert_eq!(summary["declined"], 1);
    assert_eq!(summary["failed"], 2);
    // Recorded: two payments, one decline; nothing for the refused lines.
    assert_eq!(payments(&w, "succeeded"), 2);
    assert_eq!(payments(&w, "declined"), 1);
    assert_eq!(w.cny(), "60.00");
    w.run(["verify"]).success();
}

#[test]
fn jsonl_from_stdin_after_the_password_line_and_csv_output() {
    let w = Wallet::funded("50");
    let input = format!(
        "{PASSWORD}\n{}\n{}\n",
        r#"{"merchant": "Tea House", "amount": "5", "order": "J-1"}"#,
        r#"{"merchant": "Tea House", "amont": "5"}"#
    );
    let out = w
        .env
        .cmd([
            "pay",
            "--batch",
            "-",
            "--password-stdin",
            "-y",
            "--format",
            "csv",
        ])
        .stdin(input)
        .run()
        .success();
    let rows: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        rows[0],
        "line,status,transaction,error,message",
        "{}",
        out.show()
    );
    assert!(rows[1].starts_with("1,succeeded,tx_"), "{}", out.show());
    assert!(
        rows[2].starts_with("2,failed,,invalid_input,"),
        "{}",
        out.show()
    );
    assert_eq!(rows.len(), 3);
    assert!(out.stderr.contains("2 lines"), "{}", out.show());
    assert_eq!(payments(&w, "succeeded"), 1);
    assert_eq!(w.cny(), "45.00");
    // The same in Chinese: the summary is translated.
    let out = w
        .env
        .cmd(["pay", "--batch", "-", "-y"])
        .env("OKPAY_SESSION", &w.tok)
        .lang("zh")
        .stdin(r#"{"merchant": "Tea House", "amount": "1"}"#)
        .run()
        .success();
    assert!(out.stderr.contains("批量付款"), "{}", out.show());
}

#[test]
fn a_bad_header_or_file_pays_nothing() {
    let w = Wallet::funded("50");
    let file = w.env.root().join("bad.csv");
    write_file(&file, b"merchant,amont\nTea,1\n", 0o600);
    let out = batch(&w, &file, &[]).failure(2, "invalid_input");
    assert_eq!(out.details()["column"], "amont");
    let missing = w.env.root().join("nope.csv");
    batch(&w, &missing, &[]).failure(2, "invalid_input");
    write_file(&file, b"merchant,amount\nTea,1\n", 0o600);
    batch(&w, &file, &["--chunk", "0"]).failure(2, "invalid_input");
    // Without --yes and without a terminal, nothing moves.
    w.env
        .cmd(["pay", "--batch"])
        .arg(&file)
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .failure(2, "input_required");
    assert_eq!(payments(&w, "succeeded"), 0);
    // A locked wallet is auth_required.
    w.env
        .cmd(["pay", "--batch"])
        .arg(&file)
        .args(["-y"])
        .json()
        .run()
        .failure(3, "auth_required");
}

#[test]
fn a_rerun_with_the_same_prefix_pays_nothing_twice() {
    let w = Wallet::funded("100");
    let file = w.env.root().join("pay.csv");
    let mut csv = String::from("merchant,amount\n");
    for i in 0..7 {
        csv.push_str(&format!("Shop {i},1.00\n"));
    }
    write_file(&file, csv.as_bytes(), 0o600);
    let first = batch(
        &w,
        &file,
        &["--idempotency-prefix", "run-1", "--chunk", "3"],
    )
    .success();
    let (lines, _) = results(&first);
    assert_eq!(lines.len(), 7);
    let again = batch(
        &w,
        &file,
        &["--idempotency-prefix", "run-1", "--chunk", "2"],
    )
    .success();
    let (replayed, summary) = results(&again);
    for (a, b) in lines.iter().zip(&replayed) {
        assert_eq!(a["transaction"]["id"], b["transaction"]["id"]);
        assert_eq!(b["transaction"]["replayed"], true, "{b}");
    }
    assert_eq!(summary["succeeded"], 7);
    assert_eq!(payments(&w, "succeeded"), 7);
    // A changed line under the same key is idempotency_conflict, for that line only.
    csv = csv.replace("Shop 3,1.00", "Shop 3,2.00");
    write_file(&file, csv.as_bytes(), 0o600);
    let changed = batch(&w, &file, &["--idempotency-prefix", "run-1"]).success();
    let (lines, _) = results(&changed);
    assert_eq!(lines[3]["status"], "failed");
    assert_eq!(lines[3]["error"]["code"], "idempotency_conflict");
    assert_eq!(lines[4]["status"], "succeeded");
    assert_eq!(payments(&w, "succeeded"), 7);
    // A new prefix pays again.
    batch(&w, &file, &["--idempotency-prefix", "run-2"]).success();
    assert_eq!(payments(&w, "succeeded"), 14);
}

#[test]
fn a_risk_challenge_is_a_declined_line_unless_answered_up_front() {
    let w = Wallet::funded("5000");
    w.run(["risk", "set", "velocity", "count=2", "window=1h"])
        .success();
    let file = w.env.root().join("pay.csv");
    write_file(
        &file,
        b"merchant,amount\nCafe,100\nCafe,100\nCafe,100\n",
        0o600,
    );
    let out = batch(&w, &file, &[]).success();
    let (lines, summary) = results(&out);
    assert_eq!(lines[0]["status"], "succeeded", "{}", out.show());
    assert_eq!(lines[1]["status"], "declined");
    assert_eq!(lines[1]["error"]["code"], "step_up_required");
    assert_eq!(lines[1]["error"]["details"]["rules"][0]["rule"], "velocity");
    assert_eq!(summary["declined"], 2);
    assert_eq!(payments(&w, "succeeded"), 1);
    // The password given up front answers the challenges.
    let out = w
        .env
        .cmd(["pay", "--batch"])
        .arg(&file)
        .args(["-y", "--password-stdin"])
        .json()
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .success();
    let (_, summary) = results(&out);
    assert_eq!(summary["succeeded"], 3, "{}", out.show());
}

#[test]
fn a_kill_mid_batch_loses_no_acknowledged_line_and_a_rerun_finishes_exactly_the_rest() {
    let total: usize = std::env::var("OKPAY_BATCH_KILL_LINES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(600);
    let w = Wallet::funded("5000");
    let file = w.env.root().join("pay.jsonl");
    let mut text = String::new();
    for i in 0..total {
        text.push_str(&format!(
            "{{\"merchant\": \"Shop {}\", \"amount\": \"0.01\", \"order\": \"K-{i}\"}}\n",
            i % 7
        ));
    }
    write_file(&file, text.as_bytes(), 0o600);
    let cmd = w
        .env
        .cmd(["pay", "--batch"])
        .arg(&file)
        .args([
            "-y",
            "--json",
            "--chunk",
            "25",
            "--idempotency-prefix",
            "kill",
        ])
        .env("OKPAY_SESSION", &w.tok);
    let mut command = cmd.command();
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let mut child = command.spawn().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut acknowledged = Vec::new();
    let mut line = String::new();
    let half = total / 2;
    while acknowledged.len() < half && stdout.read_line(&mut line).unwrap() > 0 {
        let doc: Value = serde_json::from_str(&line).unwrap();
        acknowledged.push(doc["transaction"]["id"].as_str().unwrap().to_string());
        line.clear();
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let recorded = payments(&w, "succeeded");
    assert!(recorded as usize >= half, "{recorded}");
    assert!(
        (recorded as usize) < total,
        "the kill came too late to test anything"
    );
    for id in &acknowledged {
        let n = w.env.sql_i64(&format!(
            "SELECT COUNT(*) FROM transactions WHERE id = '{id}'"
        ));
        assert_eq!(n, 1, "acknowledged {id} was lost");
    }
    w.run(["verify"]).success();
    let out = batch(&w, &file, &["--idempotency-prefix", "kill"]).success();
    let (lines, summary) = results(&out);
    assert_eq!(lines.len(), total);
    assert_eq!(summary["succeeded"], total as i64);
    let replayed = lines
        .iter()
        .filter(|l| l["transaction"]["replayed"] == true)
        .count();
    assert_eq!(replayed as i64, recorded);
    assert_eq!(payments(&w, "succeeded"), total as i64);
    w.run(["verify"]).success();
    let _ = std::io::stderr().flush();
}

#[test]
fn limits_count_the_payments_made_earlier_in_the_same_chunk() {
    let w = Wallet::funded("500");
    w.run(["limits", "set", "--daily", "25"]).success();
    let file = w.env.root().join("pay.csv");
    write_file(
        &file,
        b"merchant,amount,order\nA,10,1\nA,10,1\nB,10,2\nC,10,3\nC,5,4\nD,1,5\n",
        0o600,
    );
    let out = batch(&w, &file, &[]).success();
    let (lines, _) = results(&out);
    let got: Vec<&str> = lines
        .iter()
        .map(|l| l["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        got,
        vec![
            "succeeded",
            "failed",
            "succeeded",
            "declined",
            "succeeded",
            "declined"
        ],
        "{}",
        out.show()
    );
    assert_eq!(lines[3]["error"]["code"], "limit_exceeded");
    assert_eq!(lines[3]["error"]["details"]["used"], "20.00");
    assert_eq!(lines[5]["error"]["details"]["used"], "25.00");
    // A later chunk (a new write) sees the same usage.
    let out = batch(&w, &file, &["--allow-duplicate", "--chunk", "1"]).success();
    let (lines, summary) = results(&out);
    assert_eq!(summary["succeeded"], 0, "{}", out.show());
    assert_eq!(lines[0]["error"]["code"], "limit_exceeded");
}

#[test]
fn a_chunk_reads_each_merchant_once_and_sees_what_its_own_lines_did() {
    let w = Wallet::funded("100");
    w.run(["merchant", "add", "Known Shop"]).success();
    let file = w.env.root().join("pay.csv");
    // A new merchant under two spellings; another registered by a decline; a known one.
    write_file(
        &file,
        b"merchant,amount,order\n\
          New Shop,1,1\n\
          new shop,1,2\n\
          Poor Shop,500,3\n\
          Poor Shop,1,4\n\
          Poor Shop,1,5\n\
          Known Shop,1,6\n\
          Known Shop,1,7\n",
        0o600,
    );
    let out = batch(&w, &file, &[]).success();
    let (lines, _) = results(&out);
    // (A decline says nothing about the merchant being new.)
    let got: Vec<(&str, Option<bool>)> = lines
        .iter()
        .map(|l| {
            (
                l["status"].as_str().unwrap(),
                l["transaction"]["merchant_new"].as_bool(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("succeeded", Some(true)),
            ("succeeded", Some(false)),
            ("declined", None),
            ("succeeded", Some(true)),
            ("succeeded", Some(false)),
            ("succeeded", Some(true)),
            ("succeeded", Some(false)),
        ],
        "a merchant is new until a payment to it goes through, whatever the spelling: {}",
        out.show()
    );
    assert_eq!(
        lines[0]["transaction"]["merchant"],
        lines[1]["transaction"]["merchant"],
        "{}",
        out.show()
    );
    assert_eq!(w.env.sql_i64("SELECT COUNT(*) FROM merchants"), 3);

    // A merchant's flags changed behind okpay's back: the chunk refuses before paying anyone,
    // even where the merchant's first line comes after lines that could be paid.
    w.env
        .sql("UPDATE merchants SET blocked = 1 WHERE name = 'Known Shop'");
    let paid = payments(&w, "succeeded");
    write_file(
        &file,
        b"merchant,amount,order\nNew Shop,1,8\nKnown Shop,1,9\n",
        0o600,
    );
    let out = batch(&w, &file, &[]);
    assert_eq!(out.code(), 13, "{}", out.show());
    // The summary (nothing paid), then the error.
    assert!(
        out.stdout.contains(r#""code": "integrity_error""#),
        "{}",
        out.show()
    );
    assert!(
        out.stdout
            .starts_with(r#"{"summary":{"declined":0,"failed":0,"lines":0,"succeeded":0}}"#),
        "{}",
        out.show()
    );
    assert_eq!(payments(&w, "succeeded"), paid, "nothing paid");
}
