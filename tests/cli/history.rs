//! `okpay history`: formats, limits and filters.

use serde_json::json;

use crate::harness::Env;

const CSV_HEADER: &str =
    "id,created_at,kind,status,amount,currency,fee,merchant,source,order_id,memo,available_at,signed_amount,balance_after,merchant_name,reason\n";

#[test]
fn an_empty_wallet_has_no_history_in_every_format() {
    let env = Env::new();
    env.init_sandbox();
    let out = env.cmd(["history"]).run().success();
    assert!(
        out.stdout.to_lowercase().contains("no transactions"),
        "{}",
        out.show()
    );
    let out = env.cmd(["history"]).json().run().success();
    assert_eq!(out.json(), json!({"transactions": []}));
    let out = env.cmd(["history", "--format", "json"]).run().success();
    assert_eq!(out.json(), json!({"transactions": []}));
    let out = env.cmd(["history", "--format", "csv"]).run().success();
    assert_eq!(out.stdout, CSV_HEADER);
    let out = env.cmd(["history", "--format", "jsonl"]).run().success();
    assert_eq!(out.stdout, "");
    let out = env.cmd(["history", "--all"]).json().run().success();
    assert_eq!(out.json(), json!({"transactions": []}));
}

#[test]
fn bad_filter_values_are_invalid_input() {
    let env = Env::new();
    env.init_sandbox();
    for args in [
        vec!["--kind", "gift"],
        vec!["--kind", ""],
        vec!["--status", "done"],
        vec!["--from", "someday"],
        vec!["--from", "2026-13-01"],
        vec!["--to", "2026-02-30"],
        vec!["--to", "12/31/2026"],
        vec!["--min", "abc"],
        vec!["--min", "-5"],
        vec!["--min", "1e3"],
        vec!["--max", "1,000"],
        vec!["--max", "0.001"],
        vec!["--currency", "ABC"],
        vec!["--limit", "abc"],
        vec!["--limit", "-1"],
        vec!["--format", "xml"],
    ] {
        let mut argv = vec!["history"];
        argv.extend(args);
        env.cmd(argv).json().run().failure(2, "invalid_input");
    }
}

#[test]
fn limit_conflicts_with_all() {
    let env = Env::new();
    env.init_sandbox();
    env.cmd(["history", "--limit", "5", "--all"])
        .json()
        .run()
        .failure(2, "invalid_input");
}

#[test]
fn json_conflicts_with_format() {
    let env = Env::new();
    env.init_sandbox();
    for format in ["csv", "jsonl", "table", "json"] {
        env.cmd(["history", "--format", format])
            .json()
            .run()
            .failure(2, "invalid_input");
    }
}

#[test]
fn recorded_transactions_are_listed_newest_first_in_every_format() {
    let env = Env::new();
    env.init_sandbox();
    let ids = env.record_topups(&[
        (1_000, Some("first")),
        (2_500, Some("second")),
        (30_000, Some("third, with a comma")),
    ]);

    let doc = env.cmd(["history"]).json().run().success().json();
    let txs = doc["transactions"].as_array().unwrap();
    let listed: Vec<&str> = txs.iter().map(|t| t["id"].as_str().unwrap()).collect();
    let newest_first: Vec<&str> = ids.iter().rev().map(String::as_str).collect();
    assert_eq!(listed, newest_first);
    let third = &txs[0];
    assert_eq!(third["kind"], "topup");
    assert_eq!(third["status"], "succeeded");
    assert_eq!(third["amount"], "300.00");
    assert_eq!(third["currency"], "CNY");
    assert_eq!(third["fee"], "0.00");
    assert_eq!(third["memo"], "third, with a comma");
    assert!(third["created_at"].as_str().unwrap().ends_with('Z'));
    assert!(ids.iter().all(|id| id.starts_with("tx_")));

    let out = env.cmd(["history", "--limit", "2"]).json().run().success();
    assert_eq!(out.json()["transactions"].as_array().unwrap().len(), 2);

    let out = env.cmd(["history", "--format", "jsonl"]).run().success();
    let lines: Vec<serde_json::Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], ids[2].as_str());

    let out = env.cmd(["history", "--format", "csv"]).run().success();
    let mut reader = csv::Reader::from_reader(out.stdout.as_bytes());
    assert_eq!(
        reader
            .headers()
            .unwrap()
            .iter()
            .collect::<Vec<_>>()
            .join(",")
            + "\n",
        CSV_HEADER
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[0][0], ids[2].as_str());
    assert_eq!(&rows[0][4], "300.00");
    assert_eq!(&rows[0][10], "third, with a comma");

    let out = env.cmd(["history"]).run().success();
    for id in &ids {
        assert!(out.stdout.contains(id.as_str()), "{}", out.show());
    }
    let out = env.cmd(["-q", "history"]).run().success();
    assert_eq!(out.stdout.lines().collect::<Vec<_>>(), newest_first);
}

#[test]
fn filters_select_matching_transactions() {
    let env = Env::new();
    env.init_sandbox();
    let ids = env.record_topups(&[(1_000, Some("coffee")), (2_500, Some("books"))]);
    let count = |args: &[&str]| {
        let mut argv = vec!["history"];
        argv.extend(args);
        env.cmd(argv).json().run().success().json()["transactions"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(count(&["--kind", "topup"]), 2);
    assert_eq!(count(&["--kind", "payment"]), 0);
    assert_eq!(count(&["--status", "succeeded"]), 2);
    assert_eq!(count(&["--status", "pending"]), 0);
    assert_eq!(count(&["--min", "20"]), 1);
    assert_eq!(count(&["--max", "10.00"]), 1);
    assert_eq!(count(&["--min", "10", "--max", "25"]), 2);
    assert_eq!(count(&["--currency", "CNY"]), 2);
    assert_eq!(count(&["--currency", "USD"]), 0);
    assert_eq!(count(&["--search", "book"]), 1);
    assert_eq!(count(&["--search", &ids[0]]), 1);
    assert_eq!(count(&["--search", "nothing like it"]), 0);
    assert_eq!(count(&["--from", "2000-01-01"]), 2);
    assert_eq!(count(&["--from", "2999-01-01"]), 0);
    assert_eq!(count(&["--to", "2000-01-01T00:00:00Z"]), 0);
    assert_eq!(count(&["--limit", "1"]), 1);
    assert_eq!(count(&["--all"]), 2);
}
