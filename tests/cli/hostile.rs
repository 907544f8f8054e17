//! The hostile-input table (issue 7): malformed amounts, currencies, dates, ids, URIs, JSON,
//! file paths, huge strings, NUL and invalid UTF-8, bidi and invisible characters and
//! full-width digits, given to every command. Each case must be refused with its exact error
//! code and exit code, without a panic, and leave a logical dump of the wallet (every row of
//! every table) unchanged.
//!
//! One wallet and one session serve the whole table: unlocking is not what it is about, and the
//! KDF is slow in debug builds.

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;

use crate::harness::{Env, PASSWORD};

/// One hostile invocation and what it must answer.
struct Case {
    args: Vec<OsString>,
    stdin: Option<Vec<u8>>,
    code: &'static str,
    /// `details.field` of the refusal, when the case is about one field.
    field: Option<&'static str>,
}

impl Case {
    fn new(args: &[&str], code: &'static str) -> Case {
        Case {
            args: args.iter().map(OsString::from).collect(),
            stdin: None,
            code,
            field: None,
        }
    }

    fn owned(args: Vec<String>, code: &'static str) -> Case {
        Case {
            args: args.into_iter().map(OsString::from).collect(),
            stdin: None,
            code,
            field: None,
        }
    }

    fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Case {
        self.stdin = Some(bytes.into());
        self
    }

    fn field(mut self, field: &'static str) -> Case {
        self.field = Some(field);
        self
    }

    /// Replace the argument equal to `marker` by raw bytes (not UTF-8).
    fn raw_arg(mut self, marker: &str, bytes: &[u8]) -> Case {
        for arg in &mut self.args {
            if arg == marker {
                *arg = OsString::from_vec(bytes.to_vec());
            }
        }
        self
    }
}

/// The exit code CLI.md gives each error code used here.
fn exit_code_of(code: &str) -> i32 {
    match code {
        "invalid_input" | "input_required" => 2,
        "already_exists" | "invalid_state" => 11,
        "not_found" => 12,
        other => panic!("no exit code for {other} in this table"),
    }
}

/// Every row of every table, sorted: what the wallet says, independent of page layout.
fn logical_dump(env: &Env) -> Vec<String> {
    let db = env.db();
    let mut tables: Vec<String> = {
        let mut stmt = db
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .expect("list tables");
        let names = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .expect("query tables");
        names.map(|n| n.expect("table name")).collect()
    };
    tables.sort();
    let mut dump = Vec::new();
    for table in tables {
        let mut stmt = db
            .prepare(&format!("SELECT * FROM \"{table}\""))
            .expect("select");
        let columns = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                let mut line = format!("{table}:");
                for i in 0..columns {
                    let v: rusqlite::types::Value = r.get(i)?;
                    line.push_str(&format!(" {v:?}"));
                }
                Ok(line)
            })
            .expect("rows")
            .map(|r| r.expect("row"))
            .collect();
        rows.sort();
        dump.extend(rows);
    }
    dump
}

/// Characters that must never enter a text field: zero-width space, right-to-left override,
/// byte-order mark, left-to-right isolate, line separator.
const HIDDEN: [char; 5] = ['\u{200B}', '\u{202E}', '\u{FEFF}', '\u{2066}', '\u{2028}'];

/// Arguments with `{}` where the hidden character goes, the field it names, and stdin.
type Template<'a> = (Vec<&'a str>, &'static str, Option<Vec<u8>>);

/// Text-field templates: `{}` is where the hidden character goes; the field it names.
fn hidden_character_cases(txid: &str) -> Vec<Case> {
    let card_stdin = b"4242424242424242\n123\n".to_vec();
    let templates: Vec<Template> = vec![
        (
            vec!["pay", "1", "--merchant", "Tea{}", "--yes"],
            "merchant",
            None,
        ),
        (
            vec![
                "pay",
                "1",
                "--merchant",
                "Base Shop",
                "--order",
                "BASE1{}",
                "--yes",
            ],
            "order",
            None,
        ),
        (
            vec![
                "pay",
                "1",
                "--merchant",
                "Tea House",
                "--memo",
                "lunch{}",
                "--yes",
            ],
            "memo",
            None,
        ),
        (
            vec![
                "pay",
                "--merchant",
                "Tea House",
                "--item",
                "tea{}:1:2",
                "--yes",
            ],
            "item",
            None,
        ),
        (
            vec!["refund", txid, "--reason", "bro{}ken", "--yes"],
            "reason",
            None,
        ),
        (vec!["merchant", "add", "New{} Shop"], "name", None),
        (
            vec!["merchant", "add", "New Shop", "--category", "food{}"],
            "category",
            None,
        ),
        (vec!["merchant", "block", "Tea{} House"], "name", None),
        (
            vec![
                "source",
                "add",
                "bank",
                "--holder",
                "Ali{}ce",
                "--iban",
                "DE89370400440532013000",
            ],
            "holder",
            None,
        ),
        (
            vec![
                "source",
                "add",
                "bank",
                "--holder",
                "Alice",
                "--account",
                "12345678",
                "--bank",
                "ICBC{}",
            ],
            "bank",
            None,
        ),
        (
            vec![
                "source",
                "add",
                "card",
                "--holder",
                "Al{}ice",
                "--expiry",
                "12/45",
                "--details-stdin",
            ],
            "holder",
            Some(card_stdin.clone()),
        ),
        (
            vec![
                "source",
                "add",
                "card",
                "--holder",
                "Alice",
                "--expiry",
                "12/45",
                "--label",
                "l{}",
                "--details-stdin",
            ],
            "label",
            Some(card_stdin.clone()),
        ),
        (
            vec![
                "source",
                "add",
                "third-party",
                "--provider",
                "paypal",
                "--email",
                "a{}@example.com",
            ],
            "email",
            None,
        ),
        (
            vec![
                "source",
                "add",
                "platform",
                "--provider",
                "alipay",
                "--account",
                "acct{}1",
            ],
            "account",
            None,
        ),
        (
            vec!["init", "--username", "al{}ice", "--sandbox"],
            "username",
            None,
        ),
        (vec!["login", "--username", "alice{}"], "username", None),
        (vec!["history", "--merchant", "Tea{}"], "merchant", None),
        (vec!["history", "--search", "lun{}ch"], "search", None),
        (vec!["receipt", "{}tx_"], "transaction", None),
        (
            vec!["topup", "1", "--source", "SRC{}", "--yes"],
            "source",
            None,
        ),
    ];
    let mut cases = Vec::new();
    for c in HIDDEN {
        for (template, field, stdin) in &templates {
            let args = template
                .iter()
                .map(|a| a.replace("{}", &c.to_string()))
                .collect();
            let mut case = Case::owned(args, "invalid_input");
            // The e-mail check refuses the character with its own message, not a field name
            // from the text module; the field is still named.
            case = case.field(field);
            if let Some(bytes) = stdin {
                case = case.stdin(bytes.clone());
            }
            cases.push(case);
        }
        // The same characters percent-encoded in a URI, and escaped in a JSON request.
        let encoded: String = c.to_string().bytes().map(|b| format!("%{b:02X}")).collect();
        cases.push(
            Case::owned(
                vec![
                    "pay".into(),
                    format!("okpay:pay?merchant=Tea%20House&amount=1&memo=x{encoded}"),
                    "--yes".into(),
                ],
                "invalid_input",
            )
            .field("memo"),
        );
        let json = format!(
            r#"{{"merchant": "Base Shop", "amount": "1", "order": "BASE1\u{:04x}"}}"#,
            u32::from(c)
        );
        cases.push(
            Case::new(&["pay", "--request", "-", "--yes"], "invalid_input")
                .stdin(json)
                .field("order"),
        );
    }
    cases
}

fn amount_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for amount in [
        "1e3",
        "1E2",
        "1,000",
        "1 000",
        "1_000",
        "１００",
        "-5",
        "0",
        "0.00",
        "1.001",
        "1.",
        ".5",
        "+5",
        "1000000000001",
        "NaN",
        "inf",
        "",
        " 1",
        "1 ",
        "0x10",
        "١٢",
        "1/2",
    ] {
        cases.push(Case::new(
            &["pay", amount, "--merchant", "Tea House", "--yes"],
            "invalid_input",
        ));
    }
    for amount in [
        "1e3",
        "１００",
        "-1",
        "0",
        "10.001",
        "99999999999999999999",
        "abc",
    ] {
        cases.push(Case::new(
            &["topup", amount, "--source", "SRC", "--yes"],
            "invalid_input",
        ));
    }
    for amount in ["0", "-1", "1e1", "1.001", "１"] {
        cases.push(Case::new(
            &["refund", "TXID", "--amount", amount, "--yes"],
            "invalid_input",
        ));
    }
    for balance in ["-1", "1e3", "abc", "１０", ""] {
        cases.push(Case::new(
            &["sandbox", "source", "SRC", "--balance", balance],
            "invalid_input",
        ));
    }
    for bound in ["1e3", "abc", "-", "１"] {
        cases.push(Case::new(&["history", "--min", bound], "invalid_input"));
    }
    cases
}

fn currency_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for cur in [
        "XXX",
        "XAU",
        "XTS",
        "XDR",
        "XAD",
        "ABC",
        "usd ",
        "ＵＳＤ",
        "",
        "US",
        "USDT",
        "€",
    ] {
        cases.push(
            Case::new(
                &[
                    "pay",
                    "1",
                    "--currency",
                    cur,
                    "--merchant",
                    "Tea House",
                    "--yes",
                ],
                "invalid_input",
            )
            .field("currency"),
        );
    }
    for args in [
        vec!["init", "--base-currency", "XXX", "--sandbox"],
        vec!["balance", "--currency", "XAU"],
        vec!["history", "--currency", "XTS"],
        vec!["merchant", "add", "Gold Shop", "--currency", "XAU"],
        vec![
            "topup",
            "1",
            "--currency",
            "XDR",
            "--source",
            "SRC",
            "--yes",
        ],
    ] {
        cases.push(Case::new(&args, "invalid_input"));
    }
    cases
}

fn time_and_id_cases() -> Vec<Case> {
    vec![
        Case::new(&["history", "--from", "2026-13-01"], "invalid_input"),
        Case::new(&["history", "--from", "2026-02-30"], "invalid_input"),
        Case::new(&["history", "--to", "someday"], "invalid_input"),
        Case::new(
            &["history", "--from", "２０２６-０１-０１"],
            "invalid_input",
        ),
        Case::new(&["history", "--kind", "gift"], "invalid_input"),
        Case::new(&["history", "--status", "done"], "invalid_input"),
        Case::new(&["history", "--limit", "-1"], "invalid_input"),
        Case::new(&["history", "--limit", "１０"], "invalid_input"),
        Case::new(&["sandbox", "clock", "set", "2020-01-01"], "invalid_input"),
        Case::new(&["sandbox", "clock", "set", "soon"], "invalid_input"),
        Case::new(&["sandbox", "clock", "advance", "-1d"], "invalid_input"),
        Case::new(&["sandbox", "clock", "advance", "1y"], "invalid_input"),
        Case::new(&["sandbox", "clock", "advance", "１d"], "invalid_input"),
        Case::new(
            &["sandbox", "clock", "advance", "99999999999999d"],
            "invalid_input",
        ),
        Case::new(&["login", "--ttl", "13h"], "invalid_input"),
        Case::new(&["login", "--ttl", "abc"], "invalid_input"),
        Case::new(
            &["init", "--tz", "Mars/Olympus_Mons", "--sandbox"],
            "invalid_input",
        ),
        Case::new(
            &[
                "source",
                "add",
                "card",
                "--holder",
                "A",
                "--expiry",
                "13/45",
                "--details-stdin",
            ],
            "invalid_input",
        )
        .stdin("4242424242424242\n123\n"),
        Case::new(
            &[
                "source",
                "add",
                "card",
                "--holder",
                "A",
                "--expiry",
                "１２/４５",
                "--details-stdin",
            ],
            "invalid_input",
        )
        .stdin("4242424242424242\n123\n"),
        Case::new(&["receipt", "tx_doesnotexist"], "not_found"),
        Case::new(&["refund", "tx_doesnotexist", "--yes"], "not_found"),
        Case::new(&["source", "remove", "src_doesnotexist"], "not_found"),
        Case::new(&["merchant", "block", "Nobody At All"], "not_found"),
        Case::new(
            &["topup", "1", "--source", "nosuchsource", "--yes"],
            "not_found",
        ),
        Case::new(
            &["sandbox", "source", "nosuchsource", "--balance", "10"],
            "not_found",
        ),
        Case::new(
            &["sandbox", "rail", "carrier-pigeon", "--down"],
            "invalid_input",
        ),
        Case::new(&["merchant", "add", "Tea House"], "already_exists"),
        Case::new(
            &[
                "pay",
                "1",
                "--merchant",
                "Base Shop",
                "--order",
                "BASE1",
                "--yes",
            ],
            "already_exists",
        ),
        Case::new(
            &[
                "pay",
                "1",
                "--merchant",
                "BASE SHOP",
                "--order",
                "BASE1",
                "--yes",
            ],
            "already_exists",
        ),
        // The order id and merchant name compare in NFC: "Cafe\u{301}" is "Café".
        Case::new(
            &[
                "pay",
                "1",
                "--merchant",
                "Cafe\u{301}",
                "--order",
                "C1",
                "--yes",
            ],
            "already_exists",
        ),
    ]
}

fn uri_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for (uri, field) in [
        ("okpay:pay?merchant=%zz&amount=1", Some("merchant")),
        ("OKPAY:PAY?merchant=%zz&amount=1", Some("merchant")),
        ("OkPay:pay?merchant=Tea&amount=1&memo=%", Some("memo")),
        ("okpay:pay?merchant=Tea&amount=1&memo=%4", Some("memo")),
        ("okpay:pay?merchant=%FF&amount=1", Some("merchant")),
        (
            "okpay:pay?merchant=Tea&amount=1&order=%E2%82",
            Some("order"),
        ),
        ("okpay:pay?merchant=Tea&amount=1%2C000", None),
        ("okpay:pay?merchant=Tea&amount=1e3", None),
        ("okpay:pay?merchant=Tea&amount=%EF%BC%91", None),
        (
            "okpay:pay?merchant=Tea&amount=1&currency=XXX",
            Some("currency"),
        ),
        ("okpay:pay?merchant=a&merchant=b&amount=1", None),
        ("okpay:pay?bogus=1", None),
        ("okpay:pay", None),
        ("okpay:send?merchant=Tea&amount=1", None),
        ("okpay:pay?merchant=Tea&item=tea:0:1", Some("quantity")),
        (
            "okpay:pay?merchant=Tea&item=tea:%EF%BC%92:1",
            Some("quantity"),
        ),
        ("okpay:pay?merchant=Tea&amount=1&memo=a%0Ab", Some("memo")),
        ("okpay:pay?merchant=Tea&amount=1&memo=a%00b", Some("memo")),
        ("okpay:pay?merchant=%20&amount=1", Some("merchant")),
    ] {
        let mut case = Case::new(&["pay", uri, "--yes"], "invalid_input");
        if let Some(f) = field {
            case = case.field(f);
        }
        cases.push(case);
    }
    cases.push(Case::new(
        &[
            "pay",
            "okpay:pay?merchant=Tea&amount=1",
            "--merchant",
            "Tea",
            "--yes",
        ],
        "invalid_input",
    ));
    cases.push(Case::owned(
        vec![
            "pay".into(),
            format!(
                "okpay:pay?merchant=Tea&amount=1&memo={}",
                "a".repeat(70_000)
            ),
            "--yes".into(),
        ],
        "invalid_input",
    ));
    cases
}

fn json_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    let item = |body: &str| format!(r#"{{"merchant": "Tea House", "items": [{body}]}}"#);
    for (doc, field) in [
        (
            item(r#"{"name": "tea", "quantity": "2", "unit_price": "1"}"#),
            Some("items[0].quantity"),
        ),
        (
            item(r#"{"name": "tea", "quantity": 1.5, "unit_price": "1"}"#),
            Some("items[0].quantity"),
        ),
        (
            item(r#"{"name": "tea", "quantity": 2, "unit_price": 1}"#),
            Some("items[0].unit_price"),
        ),
        (
            item(r#"{"name": "tea", "quantity": 0, "unit_price": "1"}"#),
            Some("quantity"),
        ),
        (
            item(r#"{"name": "tea", "quantity": -1, "unit_price": "1"}"#),
            Some("quantity"),
        ),
        (
            item(r#"{"name": "tea", "quantity": 1e2, "unit_price": "1"}"#),
            Some("items[0].quantity"),
        ),
        (
            item(r#"{"name": "tea", "quantity": 1}"#),
            Some("items[0].unit_price"),
        ),
        (
            item(r#"{"name": 5, "quantity": 1, "unit_price": "1"}"#),
            Some("items[0].name"),
        ),
        (
            item(r#"{"name": "tea", "quantity": 1, "unit_price": "1", "sku": "x"}"#),
            Some("items[0].sku"),
        ),
        (item(r#""tea:1:1""#), Some("items[0]")),
        (
            r#"{"merchant": "Tea House", "amount": 12.5}"#.to_string(),
            Some("amount"),
        ),
        (
            r#"{"merchant": "Tea House", "amount": "1e3"}"#.to_string(),
            None,
        ),
        (
            r#"{"merchant": 5, "amount": "1"}"#.to_string(),
            Some("merchant"),
        ),
        (
            r#"{"merchant": "Tea House", "amount": "1", "order": 7}"#.to_string(),
            Some("order"),
        ),
        (
            r#"{"merchant": "Tea House", "amount": "1", "currency": ["CNY"]}"#.to_string(),
            Some("currency"),
        ),
        (
            r#"{"merchant": "Tea House", "amont": "1"}"#.to_string(),
            Some("amont"),
        ),
        (
            r#"{"merchant": "Tea House", "items": {}}"#.to_string(),
            Some("items"),
        ),
        (
            r#"{"merchant": "Tea House", "amount": "1"} trailing"#.to_string(),
            None,
        ),
        (
            r#"{"merchant": "Tea House", "amount": "1"}{}"#.to_string(),
            None,
        ),
        (
            r#"{"merchant": "Tea House", "amount": "1""#.to_string(),
            None,
        ),
        ("[]".to_string(), Some("request")),
        ("null".to_string(), Some("request")),
        ("\"okpay\"".to_string(), Some("request")),
        (String::new(), None),
        ("\u{FEFF}{}".to_string(), None),
        (
            r#"{"merchant": "Tea House", "amount": "1", "memo": "a\u0000b"}"#.to_string(),
            Some("memo"),
        ),
        (
            r#"{"merchant": "Tea House", "amount": "1", "memo": "a\nb"}"#.to_string(),
            Some("memo"),
        ),
        (format!("{}1{}", "[".repeat(5000), "]".repeat(5000)), None),
        (
            format!(
                r#"{{"merchant": "Tea House", "amount": "1", "memo": "{}"}}"#,
                "m".repeat(70_000)
            ),
            None,
        ),
        (
            item(&vec![r#"{"name": "t", "quantity": 1, "unit_price": "1"}"#; 101].join(",")),
            None,
        ),
    ] {
        let mut case = Case::new(&["pay", "--request", "-", "--yes"], "invalid_input").stdin(doc);
        if let Some(f) = field {
            case = case.field(f);
        }
        cases.push(case);
    }
    // Raw NUL and invalid UTF-8 in the document.
    cases.push(
        Case::new(&["pay", "--request", "-", "--yes"], "invalid_input")
            .stdin(b"{\"merchant\": \"Tea\0House\", \"amount\": \"1\"}".to_vec()),
    );
    cases.push(
        Case::new(&["pay", "--request", "-", "--yes"], "invalid_input")
            .stdin(b"{\"merchant\": \"Tea \xff House\", \"amount\": \"1\"}".to_vec()),
    );
    cases
}

fn path_cases(env: &Env) -> Vec<Case> {
    let missing = env.root().join("no-such-request.json");
    let missing = missing.to_string_lossy().into_owned();
    let dir = env.root().to_string_lossy().into_owned();
    let latin1 = env.root().join("latin1.json");
    std::fs::write(&latin1, b"{\"merchant\": \"Caf\xe9\", \"amount\": \"1\"}").expect("write");
    let latin1 = latin1.to_string_lossy().into_owned();
    vec![
        Case::owned(
            vec!["pay".into(), "--request".into(), dir, "--yes".into()],
            "invalid_input",
        ),
        Case::owned(
            vec!["pay".into(), "--request".into(), missing, "--yes".into()],
            "invalid_input",
        ),
        Case::owned(
            vec!["pay".into(), "--request".into(), latin1, "--yes".into()],
            "invalid_input",
        ),
        Case::new(&["pay", "--request", "/dev/null", "--yes"], "invalid_input"),
        Case::new(&["pay", "--request", "", "--yes"], "invalid_input"),
    ]
}

fn huge_cases() -> Vec<Case> {
    let huge = "x".repeat(100 * 1024);
    let digits = "9".repeat(100 * 1024);
    let mut cases = Vec::new();
    for args in [
        vec!["pay", "1", "--merchant", &huge, "--yes"],
        vec![
            "pay",
            "1",
            "--merchant",
            "Tea House",
            "--memo",
            &huge,
            "--yes",
        ],
        vec![
            "pay",
            "1",
            "--merchant",
            "Tea House",
            "--order",
            &huge,
            "--yes",
        ],
        vec!["pay", &digits, "--merchant", "Tea House", "--yes"],
        vec![
            "pay",
            "1",
            "--currency",
            &huge,
            "--merchant",
            "Tea House",
            "--yes",
        ],
        vec!["merchant", "add", &huge],
        vec!["history", "--search", &huge],
        vec!["refund", "TXID", "--reason", &huge, "--yes"],
        vec!["init", "--username", &huge, "--sandbox"],
        vec![
            "source",
            "add",
            "third-party",
            "--provider",
            "paypal",
            "--email",
            &huge,
        ],
        vec![
            "pay",
            "1",
            "--merchant",
            "Tea House",
            "--idempotency-key",
            &huge,
            "--yes",
        ],
    ] {
        cases.push(Case::new(&args, "invalid_input"));
    }
    cases.push(Case::new(&["receipt", &huge], "not_found"));
    cases
}

fn argv_utf8_cases() -> Vec<Case> {
    let bad: &[u8] = b"Tea\xff\xfeHouse";
    let mut cases = Vec::new();
    for args in [
        vec!["pay", "1", "--merchant", "BAD", "--yes"],
        vec![
            "pay",
            "1",
            "--merchant",
            "Tea House",
            "--memo",
            "BAD",
            "--yes",
        ],
        vec!["pay", "BAD", "--merchant", "Tea House", "--yes"],
        vec!["merchant", "add", "BAD"],
        vec!["receipt", "BAD"],
        vec!["init", "--username", "BAD", "--sandbox"],
        vec!["history", "--search", "BAD"],
        vec![
            "source",
            "add",
            "bank",
            "--holder",
            "BAD",
            "--iban",
            "DE89370400440532013000",
        ],
    ] {
        cases.push(Case::new(&args, "invalid_input").raw_arg("BAD", bad));
    }
    cases
}

fn stdin_cases() -> Vec<Case> {
    let card = [
        "source",
        "add",
        "card",
        "--holder",
        "Alice",
        "--expiry",
        "12/45",
        "--details-stdin",
    ];
    let mut cases = Vec::new();
    for (stdin, code) in [
        (b"\xff\n123\n".to_vec(), "invalid_input"),
        (b"4242424242424242\n\xff\xfe\n".to_vec(), "invalid_input"),
        (
            b"4242424242424242\n123\nextra line\n".to_vec(),
            "invalid_input",
        ),
        (
            b"4242424242424242\n123\n4242424242424242\n123\n".to_vec(),
            "invalid_input",
        ),
        (b"0000000000000000\n123\n".to_vec(), "invalid_input"),
        (b"0000 0000 0000 0000\n123\n".to_vec(), "invalid_input"),
        (b"1234567812345670\n123\n".to_vec(), "invalid_input"),
        (b"4242424242424241\n123\n".to_vec(), "invalid_input"),
        (
            "４２４２４２４２４２４２４２４２\n123\n"
                .as_bytes()
                .to_vec(),
            "invalid_input",
        ),
        (b"4242\x004242 4242 4242\n123\n".to_vec(), "invalid_input"),
        (b"4242424242424242\n12a\n".to_vec(), "invalid_input"),
        (b"4242424242424242\n".to_vec(), "input_required"),
        (Vec::new(), "input_required"),
    ] {
        cases.push(Case::new(&card, code).stdin(stdin));
    }
    // The password line comes first: a non-UTF-8 password, then extra lines after the details.
    let mut with_password: Vec<&str> = card.to_vec();
    with_password.push("--password-stdin");
    cases.push(
        Case::new(&with_password, "invalid_input").stdin(b"\xff\n4242424242424242\n123\n".to_vec()),
    );
    cases.push(
        Case::new(&with_password, "invalid_input")
            .stdin(format!("{PASSWORD}\n4242424242424242\n123\nextra\n")),
    );
    cases.push(
        Case::new(
            &[
                "pay",
                "1",
                "--merchant",
                "Tea House",
                "--yes",
                "--password-stdin",
            ],
            "invalid_input",
        )
        .stdin(b"\xffpassword\n".to_vec()),
    );
    cases.push(
        Case::new(&["login", "--password-stdin"], "invalid_input")
            .stdin(b"correct\xc3(horse\n".to_vec()),
    );
    cases
}

fn entry_check_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for email in [
        "a@b.com\n",
        "a b@example.com",
        "<a@example.com>",
        "Alice <a@example.com>",
        "a@example.com, b@example.com",
        "\"a\"@example.com",
        "a@example",
        "",
    ] {
        cases.push(
            Case::new(
                &[
                    "source",
                    "add",
                    "third-party",
                    "--provider",
                    "paypal",
                    "--email",
                    email,
                ],
                "invalid_input",
            )
            .field("email"),
        );
    }
    for iban in [
        "DE89 3704 0044\n0532 0130 00",
        "DE89370400440532013000\n",
        "DE89370400440532013001",
        "XX89370400440532013000",
        "PK36SCBL0000001123456703",
        "ＤＥ89370400440532013000",
        "",
    ] {
        cases.push(
            Case::new(
                &["source", "add", "bank", "--holder", "Alice", "--iban", iban],
                "invalid_input",
            )
            .field("iban"),
        );
    }
    for item in [
        "tea:0:1",
        "tea:1.5:1",
        "tea:1:-1",
        "nocolons",
        "tea:１:1",
        "tea:10001:1",
        ":1:1",
    ] {
        cases.push(Case::new(
            &["pay", "--merchant", "Tea House", "--item", item, "--yes"],
            "invalid_input",
        ));
    }
    cases.push(Case::new(
        &[
            "pay",
            "5",
            "--merchant",
            "Tea House",
            "--item",
            "tea:2:2",
            "--yes",
        ],
        "invalid_input",
    ));
    cases.push(Case::new(
        &[
            "pay",
            "1",
            "--merchant",
            "Tea House",
            "--from-currency",
            "XXX",
            "--yes",
        ],
        "invalid_input",
    ));
    cases.push(Case::new(
        &[
            "source",
            "add",
            "platform",
            "--provider",
            "bitcoin",
            "--account",
            "x",
        ],
        "invalid_input",
    ));
    cases.push(Case::new(
        &[
            "source",
            "add",
            "bank",
            "--holder",
            "Alice",
            "--account",
            "12;DROP TABLE",
            "--bank",
            "B",
        ],
        "invalid_input",
    ));
    cases.push(Case::new(&["pay", "1", "--yes"], "invalid_input"));
    cases.push(Case::new(
        &["pay", "1", "--merchant", "Tea House"],
        "input_required",
    ));
    // More than the payment: the payment's state, not the typing, is what refuses it.
    cases.push(Case::new(
        &["refund", "TXID", "--amount", "100000", "--yes"],
        "invalid_state",
    ));
    cases
}

/// The shared wallet's session, a paid transaction and the card source.
struct Shared {
    token: String,
    txid: String,
    src: String,
}

/// Set up the shared wallet: a card source labelled `main`, a top-up, a merchant "Tea House",
/// a paid order BASE1 at "Base Shop" and one at "Café" (order C1).
fn setup(env: &Env) -> Shared {
    env.init_sandbox();
    let token = env.login();
    let run = |args: &[&str], stdin: Option<&str>| {
        let mut cmd = env.cmd(args).json().env("OKPAY_SESSION", &token);
        if let Some(s) = stdin {
            cmd = cmd.stdin(s.to_string());
        }
        cmd.run().success().json()
    };
    let card = run(
        &[
            "source",
            "add",
            "card",
            "--holder",
            "Alice",
            "--expiry",
            "12/45",
            "--label",
            "main",
            "--details-stdin",
        ],
        Some("4242424242424242\n123\n"),
    );
    let src = card["source"]["id"]
        .as_str()
        .expect("source id")
        .to_string();
    run(&["topup", "500", "--source", &src, "--yes"], None);
    run(&["merchant", "add", "Tea House"], None);
    let paid = run(
        &[
            "pay",
            "10",
            "--merchant",
            "Base Shop",
            "--order",
            "BASE1",
            "--yes",
        ],
        None,
    );
    run(
        &[
            "pay",
            "2",
            "--merchant",
            "Caf\u{e9}",
            "--order",
            "C1",
            "--yes",
        ],
        None,
    );
    let txid = paid["transaction"]["id"]
        .as_str()
        .expect("tx id")
        .to_string();
    Shared { token, txid, src }
}

#[test]
fn hostile_input_is_refused_with_its_exact_code_and_changes_nothing() {
    let env = Env::new();
    let Shared { token, txid, src } = setup(&env);
    let mut cases = Vec::new();
    cases.extend(hidden_character_cases(&txid));
    cases.extend(amount_cases());
    cases.extend(currency_cases());
    cases.extend(time_and_id_cases());
    cases.extend(uri_cases());
    cases.extend(json_cases());
    cases.extend(path_cases(&env));
    cases.extend(huge_cases());
    cases.extend(argv_utf8_cases());
    cases.extend(stdin_cases());
    cases.extend(entry_check_cases());
    assert!(cases.len() >= 150, "only {} cases", cases.len());

    let before = logical_dump(&env);
    assert!(
        before.iter().any(|row| row.contains("BASE1")),
        "the dump must see the wallet's rows"
    );
    let mut failures = Vec::new();
    for case in &cases {
        let args: Vec<OsString> = case
            .args
            .iter()
            .map(|a| match a.to_str() {
                Some(text) if text.contains("TXID") => text.replace("TXID", &txid).into(),
                Some(text) if text.contains("SRC") => text.replace("SRC", &src).into(),
                _ => a.clone(),
            })
            .collect();
        let mut cmd = env.cmd(args).json().env("OKPAY_SESSION", &token);
        if let Some(bytes) = &case.stdin {
            cmd = cmd.stdin(bytes.clone());
        }
        let out = cmd.run();
        let shown = || {
            let mut s = out.show();
            s.truncate(1500);
            s
        };
        let doc: serde_json::Value = match serde_json::from_str(&out.stdout) {
            Ok(doc) => doc,
            Err(_) => {
                failures.push(format!("not one JSON document: {}", shown()));
                continue;
            }
        };
        let code = doc["error"]["code"].as_str().unwrap_or("(none)");
        if code != case.code || out.code() != exit_code_of(case.code) {
            failures.push(format!(
                "expected {} (exit {}), got {code} (exit {}): {}",
                case.code,
                exit_code_of(case.code),
                out.code(),
                shown()
            ));
            continue;
        }
        if let Some(field) = case.field {
            let details = &doc["error"]["details"];
            if details["field"] != field {
                failures.push(format!("expected details.field {field}: {}", shown()));
                continue;
            }
        }
        if logical_dump(&env) != before {
            failures.push(format!("the wallet changed: {}", shown()));
            break;
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

#[test]
fn uppercase_payment_uris_pay_and_hidden_characters_never_duplicate_an_order() {
    let env = Env::new();
    let Shared { token, .. } = setup(&env);
    let out = env
        .cmd([
            "pay",
            "OKPAY:PAY?merchant=Tea%20House&amount=3&order=U1",
            "--yes",
        ])
        .json()
        .env("OKPAY_SESSION", &token)
        .run()
        .success();
    assert_eq!(
        out.json()["transaction"]["amount"],
        "3.00",
        "{}",
        out.show()
    );
    // The reported hole: a zero-width space after an order id already paid.
    let out = env
        .cmd([
            "pay",
            "1",
            "--merchant",
            "Base Shop",
            "--order",
            "BASE1\u{200b}",
            "--yes",
        ])
        .json()
        .env("OKPAY_SESSION", &token)
        .run()
        .failure(2, "invalid_input");
    let details = out.details();
    assert_eq!(details["field"], "order");
    assert_eq!(details["position"], 6);
    assert_eq!(details["char"], "U+200B");
    // A directory given as the request is named as what it is, with its real path.
    let dir = env.root().to_string_lossy().into_owned();
    let out = env
        .cmd(["pay", "--request", &dir, "--yes"])
        .json()
        .env("OKPAY_SESSION", &token)
        .run()
        .failure(2, "invalid_input");
    assert_eq!(out.details()["path"], dir.as_str(), "{}", out.show());
    assert_eq!(out.details()["cause"], "a directory", "{}", out.show());
}

#[test]
fn details_stdin_never_waits_for_a_writer_that_keeps_the_pipe_open() {
    use std::io::Write;
    use std::process::Stdio;
    use std::time::{Duration, Instant};

    let env = Env::new();
    let Shared { token, .. } = setup(&env);
    let mut child = env
        .cmd([
            "source",
            "add",
            "card",
            "--holder",
            "Bob",
            "--expiry",
            "12/45",
            "--details-stdin",
        ])
        .json()
        .env("OKPAY_SESSION", &token)
        .command()
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn okpay");
    let mut pipe = child.stdin.take().expect("stdin pipe");
    pipe.write_all(b"5555555555554444\n123\n").expect("write");
    pipe.flush().expect("flush");
    // The pipe stays open: okpay must finish with what it was given.
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("okpay waited for more standard input");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    drop(pipe);
    assert_eq!(status.code(), Some(0));
}
