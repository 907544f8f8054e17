//! Records people can read and reuse: `export` in every format (checked by hledger and
//! beancount's own tools against `okpay balance`), `import` of okpay's CSV export, and the
//! reworked `history`.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::harness::{Env, Output};

/// A sandbox wallet with a session, its clock on a Monday morning.
pub(crate) struct Sample {
    pub env: Env,
    pub tok: String,
    /// Transaction ids by name.
    pub ids: std::collections::BTreeMap<&'static str, String>,
}

impl Sample {
    pub fn empty() -> Sample {
        let env = Env::new();
        env.init_sandbox();
        env.cmd(["sandbox", "clock", "set", "2027-03-01T09:00:00Z"])
            .password()
            .run()
            .success();
        let tok = env.login();
        Sample {
            env,
            tok,
            ids: Default::default(),
        }
    }

    /// Top-ups with fees (credit card, platform, third party), a failed top-up, a bank transfer
    /// settled, one returned and one still pending, payments to two merchants, a partial refund
    /// and a declined payment.
    pub fn new() -> Sample {
        let mut s = Sample::empty();
        let debit = s.card("4242424242424242", &[]);
        let credit = s.card("4242424242424242", &["--type", "credit"]);
        let declining = s.card("4000000000000002", &[]);
        let alipay = s.source(&[
            "platform",
            "--provider",
            "alipay",
            "--account",
            "alice-8812",
        ]);
        let paypal = s.source(&[
            "third-party",
            "--provider",
            "paypal",
            "--email",
            "alice@example.com",
        ]);
        let bank = s.source(&[
            "bank",
            "--holder",
            "Alice Li",
            "--iban",
            "DE89370400440532013000",
        ]);
        let closing = s.source(&[
            "bank",
            "--holder",
            "Alice Li",
            "--iban",
            "DE50100000000000000777",
        ]);
        s.topup("debit", "2000", &debit, 0);
        s.topup("credit", "1000", &credit, 0);
        s.topup("alipay", "200", &alipay, 0);
        s.topup("paypal", "100.55", &paypal, 0);
        s.topup("declined_card", "50", &declining, 9);
        s.topup("bank", "1000", &bank, 0);
        s.topup("returned", "300", &closing, 0);
        for (name, category) in [("茶馆", "food"), ("Book Shop", "books")] {
            s.run(&["merchant", "add", name, "--category", category])
                .success();
        }
        s.pay("tea", "88.50", "茶馆", &["--memo", "乌龙茶"]);
        s.pay("books", "120", "Book Shop", &["--order", "B-1"]);
        let books = s.ids["books"].clone();
        let out = s.run(&["refund", &books, "--amount", "20", "-y"]).success();
        s.ids.insert(
            "refund",
            out.json()["transaction"]["id"].as_str().unwrap().into(),
        );
        let out = s
            .run(&["pay", "4000", "--merchant", "茶馆", "-y"])
            .failure(5, "insufficient_funds");
        s.ids.insert(
            "declined_pay",
            out.json()["transaction"]["id"].as_str().unwrap().into(),
        );
        // The next business day at 10:00: the transfers settle (one is returned).
        s.clock_set("2027-03-02T11:00:00Z");
        s.pay("tea2", "12.30", "茶馆", &[]);
        s.topup("pending", "500", &bank, 0);
        s
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.env
            .cmd(args)
            .json()
            .env("OKPAY_SESSION", &self.tok)
            .run()
    }

    pub fn clock_set(&mut self, at: &str) {
        self.run(&["sandbox", "clock", "set", at]).success();
        self.tok = self.env.login();
    }

    fn card(&self, number: &str, extra: &[&str]) -> String {
        let out = self
            .env
            .cmd([
                "-q", "source", "add", "card", "--holder", "Alice Li", "--expiry", "12/45",
            ])
            .args(["--details-stdin"])
            .args(extra)
            .env("OKPAY_SESSION", &self.tok)
            .stdin(format!("{number}\n123\n"))
            .run()
            .success();
        out.stdout.trim().to_string()
    }

    fn source(&self, args: &[&str]) -> String {
        let out = self
            .env
            .cmd(["-q", "source", "add"])
            .args(args)
            .env("OKPAY_SESSION", &self.tok)
            .run()
            .success();
        out.stdout.trim().to_string()
    }

    fn topup(&mut self, name: &'static str, amount: &str, source: &str, exit: i32) {
        let out = self.run(&["topup", amount, "--source", source, "-y"]);
        assert_eq!(out.code(), exit, "{}", out.show());
        let id = out.json()["transaction"]["id"]
            .as_str()
            .unwrap()
            .to_string();
        self.ids.insert(name, id);
    }

    fn pay(&mut self, name: &'static str, amount: &str, merchant: &str, more: &[&str]) {
        let mut args = vec!["pay", amount, "--merchant", merchant, "-y"];
        args.extend_from_slice(more);
        let out = self.run(&args).success();
        let id = out.json()["transaction"]["id"]
            .as_str()
            .unwrap()
            .to_string();
        self.ids.insert(name, id);
    }

    /// `balance --json`: (currency, available, pending).
    pub fn balances(&self) -> Vec<(String, String, String)> {
        let doc = self.env.cmd(["balance"]).json().run().success().json();
        doc["balances"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| {
                (
                    b["currency"].as_str().unwrap().to_string(),
                    b["available"].as_str().unwrap().to_string(),
                    b["pending"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    }

    /// `export --format FORMAT -o FILE`; the file's path.
    pub fn export(&self, format: &str) -> PathBuf {
        let path = self.env.root().join(format!("export.{format}"));
        let out = self
            .env
            .cmd(["export", "--format", format, "-o"])
            .arg(&path)
            .json()
            .run()
            .success();
        assert_eq!(out.json()["export"]["path"], path.display().to_string());
        path
    }
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

fn hledger(args: &[&str]) -> String {
    tool("hledger", args, "apt-get install -y hledger")
}

/// hledger's balance of one account, as okpay prints amounts (`"0.00"` when it has none).
fn hledger_balance(file: &Path, account: &str, currency: &str) -> String {
    let f = file.to_str().unwrap();
    let query = format!("^{account}$");
    let csv = hledger(&["-f", f, "balance", &query, "--flat", "-N", "-O", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    for row in reader.records() {
        let row = row.unwrap();
        if &row[0] == account {
            let amount = row[1].trim();
            return amount
                .strip_suffix(&format!(" {currency}"))
                .unwrap_or_else(|| panic!("{account}: {amount}"))
                .to_string();
        }
    }
    "0.00".to_string()
}

#[test]
fn the_hledger_export_passes_strict_checks_and_agrees_with_balance() {
    let s = Sample::new();
    let path = s.export("ledger");
    let f = path.to_str().unwrap();
    hledger(&["-f", f, "check", "-s"]);
    let text = std::fs::read_to_string(&path).unwrap();
    // The pending top-up is marked, with its id as a tag; fees have their own postings.
    let pending = &s.ids["pending"];
    assert!(
        text.lines()
            .any(|l| l.contains(" ! ") && l.contains(&format!("okpay_id:{pending}"))),
        "{text}"
    );
    assert!(
        text.contains("expenses:okpay:fees:CNY  10.00 CNY"),
        "{text}"
    );
    // Every transaction is there once, the declined ones too.
    for id in s.ids.values() {
        assert_eq!(text.matches(&format!("okpay_id:{id}")).count(), 1, "{id}");
    }
    let balances = s.balances();
    assert!(!balances.is_empty());
    for (currency, available, pending) in balances {
        assert_eq!(
            hledger_balance(&path, &format!("assets:okpay:{currency}"), &currency),
            available,
            "{currency} available"
        );
        assert_eq!(
            hledger_balance(
                &path,
                &format!("assets:okpay:pending:{currency}"),
                &currency
            ),
            pending,
            "{currency} pending"
        );
    }
    // The sample has pending money, so that comparison meant something.
    assert!(s.balances().iter().any(|b| b.2 != "0.00"));
}

/// Balances from a beancount file, summed by beancount's own loader: account → amount.
fn beancount_balances(path: &Path) -> std::collections::BTreeMap<String, String> {
    let script = r#"
import sys
from beancount import loader
from beancount.core import data
entries, errors, _ = loader.load_file(sys.argv[1])
assert not errors, errors
totals = {}
for e in entries:
    if isinstance(e, data.Transaction):
        for p in e.postings:
            key = (p.account, p.units.currency)
            totals[key] = totals.get(key, 0) + p.units.number
for (account, currency), n in sorted(totals.items()):
    print(account, n)
"#;
    let out = tool(
        "python3",
        &["-c", script, path.to_str().unwrap()],
        "pip install beancount",
    );
    out.lines()
        .filter_map(|l| l.split_once(' '))
        .map(|(a, n)| (a.to_string(), n.to_string()))
        .collect()
}

#[test]
fn the_beancount_export_passes_bean_check_and_agrees_with_balance() {
    let s = Sample::new();
    let path = s.export("beancount");
    tool(
        "bean-check",
        &[path.to_str().unwrap()],
        "pip install beancount",
    );
    let totals = beancount_balances(&path);
    for (currency, available, pending) in s.balances() {
        let get = |account: String| totals.get(&account).cloned().unwrap_or("0.00".into());
        assert_eq!(
            get(format!("Assets:Okpay:{currency}")),
            available,
            "{totals:?}"
        );
        assert_eq!(
            get(format!("Assets:Okpay:Pending:{currency}")),
            pending,
            "{totals:?}"
        );
    }
}

#[test]
fn the_csv_export_parses_and_the_json_export_has_every_transaction() {
    let s = Sample::new();
    let path = s.export("csv");
    let mut reader = csv::Reader::from_path(&path).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    assert_eq!(
        rows.len() as i64,
        s.env.sql_i64("select count(*) from transactions")
    );
    let tea = rows.iter().find(|r| r[col("id")] == *s.ids["tea"]).unwrap();
    assert_eq!(&tea[col("signed_amount")], "-88.50");
    assert_eq!(&tea[col("merchant_name")], "茶馆");
    assert_eq!(&tea[col("memo")], "乌龙茶");
    let declined = rows
        .iter()
        .find(|r| r[col("id")] == *s.ids["declined_pay"])
        .unwrap();
    assert_eq!(&declined[col("status")], "declined");
    assert_eq!(&declined[col("reason")], "insufficient_funds");
    // Oldest first.
    let ids: Vec<&str> = rows.iter().map(|r| r.get(0).unwrap()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);

    let path = s.export("json");
    let doc: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let txs = doc["transactions"].as_array().unwrap();
    assert_eq!(txs.len(), rows.len());
    let credit = txs.iter().find(|t| t["id"] == *s.ids["credit"]).unwrap();
    assert_eq!(credit["fee"], "10.00");
    assert_eq!(credit["signed_amount"], "1000.00");
    assert!(
        credit["postings"].as_array().unwrap().len() == 3,
        "{credit}"
    );
}

#[test]
fn export_to_standard_output_and_bad_flags() {
    let s = Sample::empty();
    let out = s.env.cmd(["export", "--format", "csv"]).run().success();
    assert!(
        out.stdout
            .starts_with("id,created_at,kind,status,signed_amount"),
        "{}",
        out.show()
    );
    s.env
        .cmd(["export", "--format", "csv"])
        .json()
        .run()
        .failure(2, "invalid_input");
    s.env
        .cmd(["export", "--format", "xml"])
        .json()
        .run()
        .failure(2, "invalid_input");
    s.env
        .cmd(["export", "--format", "csv", "--from", "someday"])
        .json()
        .run()
        .failure(2, "invalid_input");
    let dir = s.env.root().to_path_buf();
    s.env
        .cmd(["export", "--format", "csv", "-o"])
        .arg(&dir)
        .json()
        .run()
        .failure(14, "io_error");
}

#[test]
fn export_from_to_selects_the_period() {
    let s = Sample::new();
    let all = s
        .env
        .cmd(["export", "--format", "csv"])
        .run()
        .success()
        .stdout;
    let first_day = s
        .env
        .cmd([
            "export",
            "--format",
            "csv",
            "--from",
            "2027-03-01",
            "--to",
            "2027-03-01",
        ])
        .run()
        .success()
        .stdout;
    let second_day = s
        .env
        .cmd(["export", "--format", "csv", "--from", "2027-03-02"])
        .run()
        .success()
        .stdout;
    let rows = |t: &str| t.lines().count() - 1;
    assert!(rows(&first_day) > 0 && rows(&second_day) > 0);
    assert_eq!(rows(&first_day) + rows(&second_day), rows(&all));
    assert!(second_day.contains(&s.ids["pending"]));
    assert!(!first_day.contains(&s.ids["pending"]));
}

/// A fresh sandbox wallet with a session, its clock where the sample's is.
fn fresh_at(at: &str) -> (Env, String) {
    let env = Env::new();
    env.init_sandbox();
    env.cmd(["sandbox", "clock", "set", at])
        .password()
        .run()
        .success();
    let tok = env.login();
    (env, tok)
}

fn import(env: &Env, tok: &str, file: &Path) -> Output {
    env.cmd(["import"])
        .arg(file)
        .json()
        .env("OKPAY_SESSION", tok)
        .run()
}

fn history_all(env: &Env) -> Value {
    env.cmd(["history", "--all", "--format", "json"])
        .run()
        .success()
        .json()
}

#[test]
fn export_then_import_gives_the_same_balance_and_history_and_twice_adds_nothing() {
    let s = Sample::new();
    let csv = s.export("csv");
    let (env, tok) = fresh_at("2027-03-02T11:00:00Z");
    let n = s.env.sql_i64("select count(*) from transactions");
    let doc = import(&env, &tok, &csv).success().json();
    assert_eq!(doc, serde_json::json!({"imported": n, "skipped": 0}));
    let balance = |e: &Env| e.cmd(["balance"]).json().run().success().json();
    assert_eq!(balance(&env), balance(&s.env));
    assert_eq!(history_all(&env), history_all(&s.env));
    // Sealed like any other: verify with the key walks the chain clean.
    let v = env
        .cmd(["verify"])
        .json()
        .env("OKPAY_SESSION", &tok)
        .run()
        .success()
        .json();
    assert_eq!(v["verify"]["ok"], true, "{v}");

    let doc = import(&env, &tok, &csv).success().json();
    assert_eq!(doc, serde_json::json!({"imported": 0, "skipped": n}));
    assert_eq!(env.sql_i64("select count(*) from transactions"), n);
    assert_eq!(history_all(&env), history_all(&s.env));

    // The merchants did not come along, but their names did: history still finds them.
    let by_name = env
        .cmd(["history", "--all", "--merchant", "茶馆"])
        .json()
        .run()
        .success()
        .json();
    assert_eq!(by_name["transactions"].as_array().unwrap().len(), 3);

    // The wallet goes on from there: a new transaction sorts after the imported ones.
    let out = env
        .cmd(["pay", "1", "--merchant", "茶馆", "-y"])
        .json()
        .env("OKPAY_SESSION", &tok)
        .run()
        .success();
    let id = out.json()["transaction"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let newest = history_all(&env)["transactions"][1]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(id > newest, "{id} <= {newest}");
}

#[test]
fn a_file_with_one_bad_row_imports_nothing_and_names_its_line() {
    let s = Sample::new();
    let csv = s.export("csv");
    let text = std::fs::read_to_string(&csv).unwrap();
    let (env, tok) = fresh_at("2027-03-02T11:00:00Z");
    let cases: Vec<(String, u64)> = {
        let lines: Vec<&str> = text.lines().collect();
        let mut bad_amount: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        // Line 4 (the third transaction): an amount with too many decimals.
        let fields: Vec<&str> = lines[3].splitn(7, ',').collect();
        bad_amount[3] = format!(
            "{},{},{},{},{},{}.001,{}",
            fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6]
        );
        let mut unbalanced: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        // Line 2 (the first transaction, the 2000.00 top-up): postings that do not balance.
        assert!(unbalanced[1].contains("CNY 2000.00"), "{}", unbalanced[1]);
        unbalanced[1] = unbalanced[1].replace("CNY 2000.00", "CNY 2000.01");
        let mut no_header: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        no_header[0] = no_header[0].replace("recorded_status", "state");
        vec![
            (bad_amount.join("\n") + "\n", 4),
            (unbalanced.join("\n") + "\n", 2),
            (no_header.join("\n") + "\n", 1),
        ]
    };
    for (i, (content, line)) in cases.iter().enumerate() {
        let file = env.root().join(format!("bad-{i}.csv"));
        std::fs::write(&file, content).unwrap();
        let out = import(&env, &tok, &file).failure(2, "invalid_input");
        assert_eq!(out.details()["line"], *line, "{}", out.show());
        assert_eq!(env.sql_i64("select count(*) from transactions"), 0);
    }
    let missing = env.root().join("missing.csv");
    import(&env, &tok, &missing).failure(2, "invalid_input");
    // Importing moves money in: it needs the wallet unlocked.
    env.cmd(["import"])
        .arg(&csv)
        .json()
        .run()
        .failure(3, "auth_required");
}

fn history(s: &Sample, args: &[&str]) -> Vec<Value> {
    let doc = s
        .env
        .cmd(["history", "--all"])
        .args(args)
        .json()
        .run()
        .success()
        .json();
    doc["transactions"].as_array().unwrap().clone()
}

fn ids_of(rows: &[Value]) -> Vec<String> {
    rows.iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn history_rows_are_signed_with_a_running_balance_that_ends_at_balance() {
    let s = Sample::new();
    let rows = history(&s, &[]);
    let available = s.balances()[0].1.clone();
    assert_eq!(
        rows[0]["balance_after"],
        available.as_str(),
        "{:#?}",
        rows[0]
    );
    let cents = |v: &Value| -> i64 {
        let t = v.as_str().unwrap_or_else(|| panic!("{v}"));
        let (units, frac) = t.trim_start_matches('-').split_once('.').unwrap();
        let n = units.parse::<i64>().unwrap() * 100 + frac.parse::<i64>().unwrap();
        if t.starts_with('-') {
            -n
        } else {
            n
        }
    };
    for pair in rows.windows(2) {
        let (newer, older) = (&pair[0], &pair[1]);
        let moved = match newer["status"].as_str().unwrap() {
            "failed" | "declined" | "pending" => 0,
            _ => cents(&newer["signed_amount"]),
        };
        assert_eq!(
            cents(&older["balance_after"]),
            cents(&newer["balance_after"]) - moved,
            "{newer:#}\n{older:#}"
        );
    }
    let by_id = |name: &str| {
        rows.iter()
            .find(|r| r["id"] == *s.ids[name])
            .unwrap()
            .clone()
    };
    assert_eq!(by_id("tea")["signed_amount"], "-88.50");
    assert_eq!(by_id("refund")["signed_amount"], "20.00");
    assert_eq!(by_id("credit")["signed_amount"], "1000.00");
    // The first row's balance is its own amount: the wallet started empty.
    assert_eq!(rows.last().unwrap()["balance_after"], "2000.00");
}

#[test]
fn a_bank_top_up_and_its_settlement_are_one_row_unless_links_are_asked_for() {
    let s = Sample::new();
    let rows = history(&s, &[]);
    assert!(rows.iter().all(|r| r["kind"] != "settlement"));
    let bank = rows.iter().find(|r| r["id"] == *s.ids["bank"]).unwrap();
    assert_eq!(bank["status"], "succeeded");
    let returned = rows.iter().find(|r| r["id"] == *s.ids["returned"]).unwrap();
    assert_eq!(returned["status"], "failed");
    assert_eq!(returned["failure"]["code"], "source_declined");
    let pending = rows.iter().find(|r| r["id"] == *s.ids["pending"]).unwrap();
    assert_eq!(pending["status"], "pending");

    let with_links = history(&s, &["--links"]);
    assert_eq!(with_links.len(), rows.len() + 2);
    let settlements: Vec<&Value> = with_links
        .iter()
        .filter(|r| r["kind"] == "settlement")
        .collect();
    assert_eq!(settlements.len(), 2);
    let bank = with_links
        .iter()
        .find(|r| r["id"] == *s.ids["bank"])
        .unwrap();
    assert_eq!(bank["links"][0]["type"], "settled_by", "{bank}");
    assert_eq!(history(&s, &["--kind", "settlement"]).len(), 2);

    let table = s.env.cmd(["history", "--all"]).run().success().stdout;
    assert!(table.contains("not enough money in the wallet"), "{table}");
    assert!(table.contains("the source declined it"), "{table}");
    let table = s
        .env
        .cmd(["history", "--all", "--links"])
        .run()
        .success()
        .stdout;
    assert!(table.contains(&s.ids["bank"]), "{table}");
}

#[test]
fn history_filters_narrow_the_list() {
    let s = Sample::new();
    let all = history(&s, &[]);
    let tea_shop = s.env.sql_i64(
        "select count(*) from transactions t join merchants m on m.id = t.merchant_id \
         where m.name = '茶馆'",
    );
    assert_eq!(tea_shop, 3, "two payments and a declined one");
    for m in ["茶馆", "茶"] {
        let rows = history(&s, &["--merchant", m]);
        assert_eq!(rows.len() as i64, tea_shop, "{m}");
        assert!(rows.iter().all(|r| r["merchant_name"] == "茶馆"), "{m}");
    }
    let books = history(&s, &["--merchant", "book"]);
    assert!(!books.is_empty() && books.iter().all(|r| r["merchant_name"] == "Book Shop"));
    s.env
        .cmd(["history", "--merchant", "nobody"])
        .json()
        .run()
        .success();

    let declined = history(&s, &["--status", "declined"]);
    assert_eq!(ids_of(&declined), vec![s.ids["declined_pay"].clone()]);
    let payments = history(&s, &["--kind", "payment"]);
    assert!(payments.iter().all(|r| r["kind"] == "payment"));
    assert_eq!(payments.len(), 4);
    let today = history(&s, &["--from", "today"]);
    assert_eq!(
        ids_of(&today),
        vec![s.ids["pending"].clone(), s.ids["tea2"].clone()]
    );
    let first_day = history(&s, &["--to", "2027-03-01"]);
    assert_eq!(first_day.len() + today.len(), all.len());
    let this_month = history(&s, &["--from", "this-month", "--to", "this-month"]);
    assert_eq!(this_month.len(), all.len());
    let big = history(&s, &["--min", "1000"]);
    assert!(
        big.iter().all(|r| r["amount"].as_str().unwrap().len() >= 7),
        "{big:?}"
    );
    assert!(ids_of(&big).contains(&s.ids["credit"]));
    let small = history(&s, &["--max", "20"]);
    assert_eq!(
        ids_of(&small),
        vec![s.ids["tea2"].clone(), s.ids["refund"].clone()]
    );
    let found = history(&s, &["--search", "乌龙"]);
    assert_eq!(ids_of(&found), vec![s.ids["tea"].clone()]);
    // The order id finds the payment and the refund that names it.
    let found = history(&s, &["--search", "B-1"]);
    assert_eq!(
        ids_of(&found),
        vec![s.ids["refund"].clone(), s.ids["books"].clone()]
    );
    assert_eq!(history(&s, &["--currency", "USD"]).len(), 0);
    let limited = s
        .env
        .cmd(["history", "--limit", "3"])
        .json()
        .run()
        .success()
        .json();
    assert_eq!(limited["transactions"].as_array().unwrap().len(), 3);

    let jsonl = s
        .env
        .cmd(["history", "--all", "--format", "jsonl"])
        .run()
        .success()
        .stdout;
    let lines: Vec<Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(ids_of(&lines), ids_of(&all));
    let csv_text = s
        .env
        .cmd(["history", "--all", "--format", "csv"])
        .run()
        .success()
        .stdout;
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), all.len());
    assert_eq!(&records[0][13], all[0]["balance_after"].as_str().unwrap());
}

fn statement(s: &Sample, month: &str) -> Value {
    s.env
        .cmd(["statement", "--month", month])
        .json()
        .run()
        .success()
        .json()["statement"]
        .clone()
}

#[test]
fn a_statement_reconciles_and_its_closing_is_the_next_months_opening() {
    let mut s = Sample::new();
    s.clock_set("2027-04-01T09:00:00Z");
    s.pay("april", "50", "茶馆", &[]);
    let march = statement(&s, "2027-03");
    assert_eq!(march["month"], "2027-03");
    let cny = &march["currencies"][0];
    assert_eq!(cny["currency"], "CNY");
    assert_eq!(cny["opening"], "0.00");
    // Fees: 10.00 (credit card) + 1.00 (platform) + 3.02 (third party, 3% of 100.55).
    assert_eq!(cny["fees"], "14.02");
    // The last transfer settled on 3 March, inside the month: nothing is pending at its end.
    assert_eq!(cny["pending"], "0.00");
    let movements = cny["movements"].as_array().unwrap();
    assert!(movements.iter().all(|m| m["id"] != *s.ids["declined_pay"]));
    assert!(movements.iter().any(|m| m["kind"] == "settlement"));
    assert_eq!(
        movements.last().unwrap()["balance_after"],
        cny["closing"],
        "{cny:#}"
    );
    let april = statement(&s, "2027-04");
    let a = &april["currencies"][0];
    assert_eq!(a["opening"], cny["closing"]);
    assert_eq!(a["movements"].as_array().unwrap().len(), 1);
    assert_eq!(a["closing"], s.balances()[0].1.as_str());

    let csv_text = s
        .env
        .cmd(["statement", "--month", "2027-03", "--format", "csv"])
        .run()
        .success()
        .stdout;
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(csv_text.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows.len(), movements.len() + 2);
    assert_eq!(&rows[0][3], "opening");
    assert_eq!(&rows.last().unwrap()[7], cny["closing"].as_str().unwrap());

    let table = s
        .env
        .cmd(["statement", "--month", "2027-03"])
        .run()
        .success()
        .stdout;
    assert!(table.contains("closing"), "{table}");
    let zh = s
        .env
        .cmd(["statement", "--month", "2027-03"])
        .lang("zh")
        .run()
        .success()
        .stdout;
    assert!(zh.contains("期末"), "{zh}");

    for bad in ["2027-13", "2027-3", "March", "2027-03-01"] {
        s.env
            .cmd(["statement", "--month", bad])
            .json()
            .run()
            .failure(2, "invalid_input");
    }
}

#[test]
fn the_html_statement_is_one_self_contained_page() {
    let s = Sample::new();
    let path = s.env.root().join("statement.html");
    s.env
        .cmd(["statement", "--month", "2027-03", "--format", "html", "-o"])
        .arg(&path)
        .run()
        .success();
    let page = std::fs::read_to_string(&path).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<svg"), "a chart of the daily balance");
    assert!(page.contains("茶馆"));
    assert!(page.contains(&s.ids["tea"]));
    for external in [
        "http:", "https:", "<script", "src=", "url(", "<link", "@import",
    ] {
        assert!(!page.contains(external), "{external} in {page}");
    }
    assert_eq!(
        crate::harness::mode(&path) & 0o077,
        0,
        "readable only by the user"
    );
}

/// A refund counts against its payment's period, whenever it is made: a March payment refunded
/// in April is netted in March's report, and April's has neither.
#[test]
fn report_spending_nets_a_later_refund_in_the_payments_period() {
    let mut s = Sample::new();
    s.clock_set("2027-04-02T10:00:00Z");
    let books = s.ids["books"].clone();
    s.run(&["refund", &books, "--amount", "30", "-y"]).success();
    s.pay("april", "7.00", "Book Shop", &[]);
    let report = |month: &str| -> Vec<(String, String, u64)> {
        let doc = s
            .run(&[
                "report", "spending", "--by", "merchant", "--from", month, "--to", month,
            ])
            .success()
            .json();
        doc["report"]["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["key"].as_str().unwrap().to_string(),
                    r["total"].as_str().unwrap().to_string(),
                    r["count"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    // March: Book Shop 120.00 - 20.00 - 30.00; the tea house unchanged.
    assert_eq!(
        report("2027-03"),
        vec![
            ("茶馆".to_string(), "100.80".to_string(), 2),
            ("Book Shop".to_string(), "70.00".to_string(), 1),
        ]
    );
    // April: only the payment made in April.
    assert_eq!(
        report("2027-04"),
        vec![("Book Shop".to_string(), "7.00".to_string(), 1)]
    );
}

#[test]
fn report_spending_by_merchant_draws_bars_proportional_to_the_totals() {
    let s = Sample::new();
    let doc = s
        .env
        .cmd([
            "report", "spending", "--by", "merchant", "--from", "2027-03", "--to", "2027-03",
        ])
        .json()
        .run()
        .success()
        .json();
    let rows = doc["report"]["rows"].as_array().unwrap();
    assert_eq!(doc["report"]["by"], "merchant");
    // Net of refunds: Book Shop 120.00 - 20.00; the tea house 88.50 + 12.30; declines left out.
    let row = |k: &str| rows.iter().find(|r| r["key"] == k).unwrap().clone();
    assert_eq!(row("Book Shop")["total"], "100.00");
    assert_eq!(row("Book Shop")["count"], 1, "a refund is not a payment");
    assert_eq!(row("茶馆")["total"], "100.80");
    assert_eq!(row("茶馆")["count"], 2);
    assert_eq!(rows[0]["key"], "茶馆", "largest first");

    let out = s
        .env
        .cmd([
            "report", "spending", "--by", "merchant", "--from", "2027-03", "--to", "2027-03",
        ])
        .env("COLUMNS", "60")
        .run()
        .success();
    let eighths = |line: &str| -> usize { okpay::records::report::bar_eighths(line) };
    let tea = out.stdout.lines().find(|l| l.starts_with("茶馆")).unwrap();
    let books = out
        .stdout
        .lines()
        .find(|l| l.starts_with("Book Shop"))
        .unwrap();
    let (tea_bar, books_bar) = (eighths(tea), eighths(books));
    assert!(tea_bar > 0 && books_bar > 0, "{}", out.stdout);
    // 100.00 / 100.80 of the longest bar, to within one eighth of a cell.
    let expected = tea_bar as f64 * 100.00 / 100.80;
    assert!((books_bar as f64 - expected).abs() <= 1.0, "{}", out.stdout);
    for line in [tea, books] {
        assert!(unicode_width::UnicodeWidthStr::width(line) <= 60, "{line}");
    }

    let by_day = s
        .env
        .cmd([
            "report", "spending", "--by", "day", "--from", "2027-03", "--to", "2027-03",
            "--format", "csv",
        ])
        .run()
        .success()
        .stdout;
    assert_eq!(
        by_day,
        "key,currency,total,count\n2027-03-01,CNY,188.50,2\n2027-03-02,CNY,12.30,1\n"
    );
    let by_category = s
        .env
        .cmd([
            "report", "spending", "--by", "category", "--from", "2027-03", "--to", "2027-03",
        ])
        .json()
        .run()
        .success()
        .json();
    let keys: Vec<&str> = by_category["report"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, vec!["food", "books"]);
    // The default period is this month (the clock is in March 2027).
    let default = s
        .env
        .cmd(["report", "spending"])
        .json()
        .run()
        .success()
        .json();
    assert_eq!(default["report"]["rows"], doc["report"]["rows"]);
}

#[test]
fn report_balance_draws_a_sparkline_per_currency() {
    let s = Sample::new();
    let doc = s
        .env
        .cmd([
            "report",
            "balance",
            "--from",
            "2027-03-01",
            "--to",
            "2027-03-03",
        ])
        .json()
        .run()
        .success()
        .json();
    let cny = &doc["report"]["currencies"][0];
    let points = cny["points"].as_array().unwrap();
    assert_eq!(points.len(), 3);
    assert_eq!(points[0]["date"], "2027-03-01");
    assert_eq!(points[2]["balance"], s.balances()[0].1.as_str());
    let out = s
        .env
        .cmd([
            "report",
            "balance",
            "--from",
            "2027-03-01",
            "--to",
            "2027-03-03",
        ])
        .run()
        .success();
    let line = out.stdout.lines().find(|l| l.starts_with("CNY")).unwrap();
    let blocks: String = line.chars().filter(|c| ('▁'..='█').contains(c)).collect();
    assert_eq!(blocks.chars().count(), 3, "{line}");
    s.env
        .cmd([
            "report",
            "balance",
            "--from",
            "2027-03-05",
            "--to",
            "2027-03-01",
        ])
        .json()
        .run()
        .failure(2, "invalid_input");
}

#[test]
fn on_a_few_hundred_mixed_transactions_each_filter_agrees_with_the_ledger() {
    let s = Sample::new();
    s.run(&["sandbox", "generate", "--transactions", "300"])
        .success();
    let count = |args: &[&str]| history(&s, args).len() as i64;
    let sql = |filter: &str| {
        s.env.sql_i64(&format!(
            "select count(*) from transactions t join tx_status st on st.tx_seq = t.seq \
             where t.kind != 'settlement' and {filter}"
        ))
    };
    let all = history(&s, &[]);
    assert!(all.len() > 300, "{}", all.len());
    assert_eq!(all.len() as i64, sql("1"));
    assert_eq!(count(&["--kind", "payment"]), sql("t.kind = 'payment'"));
    assert_eq!(count(&["--kind", "topup"]), sql("t.kind = 'topup'"));
    assert_eq!(
        count(&["--status", "declined"]),
        sql("st.status = 'declined'")
    );
    assert_eq!(count(&["--status", "failed"]), sql("st.status = 'failed'"));
    let shop = count(&["--merchant", "Generated shop 3"]);
    assert!(shop > 0);
    assert_eq!(
        shop,
        sql("json_extract(t.data, '$.merchant_name') = 'Generated shop 3'")
    );
    assert_eq!(count(&["--merchant", "茶馆"]), 3);
    assert_eq!(
        count(&["--min", "40", "--max", "45.50"]),
        sql("t.amount_minor between 4000 and 4550")
    );
    assert_eq!(
        count(&["--search", "G-12"]),
        sql("t.order_id like '%G-12%'")
    );
    assert_eq!(
        count(&["--to", "2027-03-01"]),
        // Up to the end of 1 March 2027 (UTC), that day included.
        sql("t.created_at_ms < 1803945600000")
    );
    let combined = count(&["--kind", "payment", "--from", "today", "--max", "50"]);
    assert_eq!(
        combined,
        sql("t.kind = 'payment' and t.created_at_ms >= 1803945600000 and t.amount_minor <= 5000")
    );

    // The running balance still ends at balance and steps by each row's amount.
    assert_eq!(all[0]["balance_after"], s.balances()[0].1.as_str());
    let jsonl = s
        .env
        .cmd(["history", "--all", "--format", "jsonl"])
        .run()
        .success()
        .stdout;
    assert_eq!(jsonl.lines().count(), all.len());
    let csv_text = s
        .env
        .cmd(["history", "--all", "--format", "csv"])
        .run()
        .success()
        .stdout;
    let rows = csv::Reader::from_reader(csv_text.as_bytes())
        .records()
        .count();
    assert_eq!(rows, all.len());
}

/// The JSON export comes back in as the CSV one does, reformatted or not, and a bad object
/// imports nothing and names the line of its `{`.
#[test]
fn a_json_export_imports_like_the_csv_one_and_a_bad_object_names_its_line() {
    let s = Sample::new();
    let json = s.export("json");
    let n = s.env.sql_i64("select count(*) from transactions");
    let text = std::fs::read_to_string(&json).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["transactions"].as_array().unwrap().len() as i64, n);

    // Bad objects first, into the same fresh wallet: each imports nothing.
    let (env, tok) = fresh_at("2027-03-02T11:00:00Z");
    let lines: Vec<&str> = text.lines().collect();
    // Line 4 is the third transaction (line 1 opens the list).
    assert!(lines[3].trim_start().starts_with('{'), "{}", lines[3]);
    let mut bad_amount: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let third: Value = serde_json::from_str(lines[3].trim().trim_end_matches(',')).unwrap();
    let amount = third["amount"].as_str().unwrap();
    bad_amount[3] = bad_amount[3].replacen(
        &format!("\"amount\":\"{amount}\""),
        &format!("\"amount\":\"{amount}1\""),
        1,
    );
    assert_ne!(
        bad_amount[3], lines[3],
        "the amount was not found on line 4"
    );
    let mut wrong_type: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    wrong_type[1] = wrong_type[1].replacen(
        "\"recorded_status\":\"succeeded\"",
        "\"recorded_status\":1",
        1,
    );
    assert_ne!(wrong_type[1], lines[1]);
    for (i, (content, line)) in [
        (bad_amount.join("\n"), 4u64),
        (wrong_type.join("\n"), 2),
        ("{\"transactions\": 5}".to_string(), 1),
    ]
    .iter()
    .enumerate()
    {
        let file = env.root().join(format!("bad-{i}.json"));
        std::fs::write(&file, content).unwrap();
        let out = import(&env, &tok, &file).failure(2, "invalid_input");
        assert_eq!(out.details()["line"], *line, "{}", out.show());
        assert_eq!(env.sql_i64("select count(*) from transactions"), 0);
    }

    // Reformatted (as jq or an editor would), it imports whole.
    let pretty = env.root().join("pretty.json");
    std::fs::write(&pretty, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    let out = import(&env, &tok, &pretty).success().json();
    assert_eq!(out, serde_json::json!({"imported": n, "skipped": 0}));
    let balance = |e: &Env| e.cmd(["balance"]).json().run().success().json();
    assert_eq!(balance(&env), balance(&s.env));
    assert_eq!(history_all(&env), history_all(&s.env));
    let again = import(&env, &tok, &json).success().json();
    assert_eq!(again, serde_json::json!({"imported": 0, "skipped": n}));
    let v = env
        .cmd(["verify"])
        .json()
        .env("OKPAY_SESSION", &tok)
        .run()
        .success()
        .json();
    assert_eq!(v["verify"]["ok"], true, "{v}");
}
