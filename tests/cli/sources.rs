//! Funding sources: `source add card|bank|platform|third-party`, `source list`, `source remove`,
//! `source providers`. Entry checks are `invalid_input` naming the field and store nothing;
//! adding needs the wallet unlocked; account details never reach the wallet file, its WAL or any
//! output except in masked form; removing a source keeps the history that names it.

use serde_json::Value;

use crate::harness::{contains_bytes, sibling, Env, Output, PASSWORD};

/// A sandbox wallet and one session token for it.
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

    /// `okpay --json ARGS…` inside the session.
    fn run(&self, args: &[&str]) -> Output {
        self.env
            .cmd(args)
            .json()
            .env("OKPAY_SESSION", &self.tok)
            .run()
    }

    /// `okpay --json source add card … --details-stdin` with NUMBER and CVC on stdin.
    fn card(&self, number: &str, cvc: &str, extra: &[&str]) -> Output {
        self.env
            .cmd(["source", "add", "card", "--details-stdin"])
            .args(extra)
            .json()
            .env("OKPAY_SESSION", &self.tok)
            .stdin(format!("{number}\n{cvc}\n"))
            .run()
    }

    fn sources(&self) -> i64 {
        self.env.sql_i64("select count(*) from sources")
    }

    fn list(&self, all: bool) -> Vec<Value> {
        let mut args = vec!["source", "list"];
        if all {
            args.push("--all");
        }
        let doc = self.run(&args).success().json();
        doc["sources"]
            .as_array()
            .unwrap_or_else(|| panic!("no sources array: {doc}"))
            .clone()
    }
}

/// `--holder A --expiry 12/30`: a valid card's other flags.
const CARD: [&str; 4] = ["--holder", "Alice Li", "--expiry", "12/30"];

/// An IBAN with the right check digits for COUNTRY and BBAN (ISO 13616 mod 97), so that a test
/// can build one that passes the checksum but fails the country's length or BBAN format.
fn iban(country: &str, bban: &str) -> String {
    let rearranged = format!("{bban}{country}00");
    let mut rem: u32 = 0;
    for ch in rearranged.chars() {
        let v = ch.to_digit(36).expect("alphanumeric");
        for d in v.to_string().chars() {
            rem = (rem * 10 + d.to_digit(10).unwrap()) % 97;
        }
    }
    format!("{country}{:02}{bban}", 98 - rem)
}

#[test]
fn the_iban_helper_matches_a_known_iban() {
    assert_eq!(iban("DE", "370400440532013000"), "DE89370400440532013000");
    assert_eq!(iban("GB", "WEST12345698765432"), "GB82WEST12345698765432");
}

fn find<'a>(list: &'a [Value], id: &str) -> &'a Value {
    list.iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("{id} not listed: {list:?}"))
}

/// The source object of a successful `source add`, checked for its id.
fn added(out: Output) -> Value {
    let doc = out.success().json();
    let src = doc["source"].clone();
    assert!(
        src["id"].as_str().is_some_and(|id| id.starts_with("src_")),
        "{doc}"
    );
    src
}

#[test]
fn every_kind_is_added_and_listed_masked() {
    let w = W::new();
    let debit = added(w.card("4242424242424242", "123", &CARD));
    assert_eq!(debit["kind"], "card");
    assert_eq!(debit["masked"], "Visa •••• 4242");
    assert_eq!(debit["type"], "debit", "--type defaults to debit");
    assert_eq!(debit["currency"], "CNY", "--currency defaults to the base");
    assert_eq!(debit["fee_percent"], "0.00");
    assert_eq!(debit["simulated_balance"], "10000.00");

    let credit = added(w.card(
        "4242 4242 4242 4242",
        "123",
        &[
            "--holder",
            "Alice Li",
            "--expiry",
            "12/30",
            "--type",
            "credit",
            "--currency",
            "USD",
            "--label",
            "travel",
        ],
    ));
    assert_eq!(credit["masked"], "Visa •••• 4242");
    assert_eq!(credit["type"], "credit");
    assert_eq!(credit["currency"], "USD");
    assert_eq!(credit["fee_percent"], "1.00");
    assert_eq!(credit["simulated_balance"], "10000.00");

    // Spaces and lower case are accepted in an IBAN.
    let iban_src = added(w.run(&[
        "source",
        "add",
        "bank",
        "--holder",
        "Alice Li",
        "--iban",
        "de89 3704 0044 0532 0130 00",
    ]));
    assert_eq!(iban_src["kind"], "bank");
    assert_eq!(iban_src["masked"], "DE89 •••• 3000");
    assert_eq!(iban_src["fee_percent"], "0.00");
    let gb = added(w.run(&[
        "source",
        "add",
        "bank",
        "--holder",
        "Alice Li",
        "--iban",
        "GB82WEST12345698765432",
        "--currency",
        "GBP",
    ]));
    assert_eq!(gb["masked"], "GB82 •••• 5432");
    assert_eq!(gb["currency"], "GBP");

    let domestic = added(w.run(&[
        "source",
        "add",
        "bank",
        "--holder",
        "Alice Li",
        "--account",
        "6222020200112233",
        "--bank",
        "ICBC",
    ]));
    assert_eq!(domestic["kind"], "bank");
    let masked = domestic["masked"].as_str().unwrap();
    assert!(masked.ends_with("•••• 2233"), "{domestic}");
    assert!(!masked.contains("62220202"), "{domestic}");

    let mut platforms = Vec::new();
    for (provider, name) in [
        ("alipay", "Alipay"),
        ("wechatpay", "WeChat Pay"),
        ("unionpay", "UnionPay"),
    ] {
        let account = format!("{provider}-acct-778812");
        let src = added(w.run(&[
            "source",
            "add",
            "platform",
            "--provider",
            provider,
            "--account",
            &account,
        ]));
        assert_eq!(src["kind"], "platform");
        assert_eq!(src["provider"], provider);
        assert_eq!(src["fee_percent"], "0.50");
        let masked = src["masked"].as_str().unwrap();
        assert!(masked.starts_with(name), "{src}");
        assert!(masked.contains("••••"), "{src}");
        assert!(!masked.contains(&account), "{src}");
        assert!(!masked.contains("acct-7788"), "{src}");
        platforms.push(src);
    }

    let mut third = Vec::new();
    for (provider, name) in [("paypal", "PayPal"), ("wise", "Wise")] {
        let email = format!("zhang.wei.{provider}@example.com");
        let src = added(w.run(&[
            "source",
            "add",
            "third-party",
            "--provider",
            provider,
            "--email",
            &email,
        ]));
        assert_eq!(src["kind"], "third-party");
        assert_eq!(src["provider"], provider);
        assert_eq!(src["fee_percent"], "3.00");
        let masked = src["masked"].as_str().unwrap();
        assert!(masked.starts_with(name), "{src}");
        assert!(masked.contains('•'), "{src}");
        assert!(!masked.contains(&email), "{src}");
        assert!(!masked.contains("zhang.wei"), "{src}");
        third.push(src);
    }

    // Everything is listed, in the same masked form, with the same fields.
    let list = w.list(false);
    assert_eq!(list.len(), 10, "{list:?}");
    assert_eq!(w.sources(), 10);
    for src in [&debit, &credit, &iban_src, &gb, &domestic]
        .into_iter()
        .chain(platforms.iter())
        .chain(third.iter())
    {
        let listed = find(&list, src["id"].as_str().unwrap());
        for field in [
            "kind",
            "masked",
            "currency",
            "fee_percent",
            "simulated_balance",
        ] {
            assert_eq!(listed[field], src[field], "{field} of {listed}");
        }
    }
    // Ids are distinct.
    let mut ids: Vec<&str> = list.iter().map(|s| s["id"].as_str().unwrap()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 10);

    // The table shows the masks too.
    let table = w
        .env
        .cmd(["source", "list"])
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .success();
    for needle in ["Visa •••• 4242", "DE89 •••• 3000", "GB82 •••• 5432"] {
        assert!(table.stdout.contains(needle), "{}", table.show());
    }
    // `source list` needs no unlocking.
    let doc = w.env.cmd(["source", "list"]).json().run().success().json();
    assert_eq!(doc["sources"].as_array().unwrap().len(), 10);
}

#[test]
fn quiet_source_add_prints_only_the_id() {
    let w = W::new();
    let out = w
        .env
        .cmd(["-q", "source", "add", "card", "--details-stdin"])
        .args(CARD)
        .env("OKPAY_SESSION", &w.tok)
        .stdin("4242424242424242\n123\n")
        .run()
        .success();
    let id = out.stdout.trim_end_matches('\n');
    assert!(
        id.starts_with("src_") && !id.contains(char::is_whitespace),
        "{}",
        out.show()
    );
    assert_eq!(out.stdout, format!("{id}\n"));
    assert_eq!(
        w.env
            .sql_i64(&format!("select count(*) from sources where id = '{id}'")),
        1
    );
}

/// Run an entry check that must fail with `invalid_input` naming FIELD, and store nothing.
fn refused(w: &W, out: Output, field: &str) {
    let out = out.failure(2, "invalid_input");
    let doc = out.json();
    assert_eq!(
        doc["error"]["details"]["field"],
        field,
        "details.field:\n{}",
        out.show()
    );
    assert!(
        doc["error"]["advice"]
            .as_str()
            .is_some_and(|a| !a.is_empty()),
        "no advice:\n{}",
        out.show()
    );
    assert!(doc.get("source").is_none(), "{}", out.show());
    assert_eq!(
        w.sources(),
        0,
        "a refused source was stored:\n{}",
        out.show()
    );
}

#[test]
fn card_entry_checks_are_invalid_input_naming_the_field() {
    let w = W::new();
    // Luhn.
    for number in ["4242424242424241", "4000000000000001", "1234567812345678"] {
        refused(&w, w.card(number, "123", &CARD), "number");
    }
    // Not a card number at all.
    for number in ["", "abcd", "4242", "42424242424242424242424"] {
        let out = w.card(number, "123", &CARD);
        assert_eq!(out.code(), 2, "{}", out.show());
        assert_eq!(w.sources(), 0, "{}", out.show());
    }
    // Expiry format.
    for expiry in [
        "13/30", "00/30", "2030-12", "12/2030", "1230", "12-30", "ab/cd", "",
    ] {
        refused(
            &w,
            w.card(
                "4242424242424242",
                "123",
                &["--holder", "Alice Li", "--expiry", expiry],
            ),
            "expiry",
        );
    }
    // CVC.
    for cvc in ["12", "12a", "1234", "", "abc"] {
        refused(&w, w.card("4242424242424242", cvc, &CARD), "cvc");
    }
    // American Express has a four-digit code.
    refused(&w, w.card("378282246310005", "123", &CARD), "cvc");
    // Holder.
    refused(
        &w,
        w.card(
            "4242424242424242",
            "123",
            &["--holder", "", "--expiry", "12/30"],
        ),
        "holder",
    );
    // A valid card still works afterwards.
    added(w.card("4242424242424242", "123", &CARD));
    assert_eq!(w.sources(), 1);
    assert_eq!(w.env.sql_i64("select count(*) from transactions"), 0);
}

#[test]
fn a_past_expiry_is_judged_by_the_wallet_clock() {
    let env = Env::new();
    env.init_sandbox();
    // The sandbox clock, not the real one, decides: move it to March 2037 (the clock only
    // moves forward from the real time of `init`, so the test uses a date far ahead).
    env.cmd(["sandbox", "clock", "set", "2037-03-15T12:00:00Z"])
        .password()
        .run()
        .success();
    let w = W {
        tok: env.login(),
        env,
    };
    for expiry in ["01/20", "12/30", "12/36", "02/37"] {
        refused(
            &w,
            w.card(
                "4242424242424242",
                "123",
                &["--holder", "Alice Li", "--expiry", expiry],
            ),
            "expiry",
        );
    }
    // The current month is still valid.
    let src = added(w.card(
        "4242424242424242",
        "123",
        &["--holder", "Alice Li", "--expiry", "03/37"],
    ));
    assert_eq!(src["expiry"], "03/37");

    // A month later the same card is refused.
    w.env
        .cmd(["sandbox", "clock", "set", "2037-04-01T00:00:00Z"])
        .password()
        .run()
        .success();
    let out = w
        .env
        .cmd([
            "source",
            "add",
            "card",
            "--holder",
            "Alice Li",
            "--expiry",
            "03/37",
            "--details-stdin",
            "--password-stdin",
        ])
        .json()
        .stdin(format!("{PASSWORD}\n4242424242424242\n123\n"))
        .run()
        .failure(2, "invalid_input");
    assert_eq!(out.details()["field"], "expiry", "{}", out.show());
    assert_eq!(w.sources(), 1);
}

#[test]
fn bank_entry_checks_are_invalid_input_naming_the_field() {
    let w = W::new();
    let bad = [
        // Wrong check digits.
        "DE89370400440532013001".to_string(),
        "DE00370400440532013000".to_string(),
        // Right check digits, wrong length for Germany (22).
        iban("DE", "37040044053201300"),
        iban("DE", "3704004405320130001"),
        // Right check digits and length, but letters where Germany's BBAN has digits.
        iban("DE", "3704004405320130AB"),
        // Right check digits, digits where the UK's BBAN has the bank's letters.
        iban("GB", "1234NWBK12345698765432"),
        // Not a country that uses IBANs.
        iban("ZZ", "1234567890"),
        // Junk.
        "".to_string(),
        "DE89-3704-0044-0532-0130-00".to_string(),
        "not an iban".to_string(),
    ];
    for text in &bad {
        refused(
            &w,
            w.run(&[
                "source", "add", "bank", "--holder", "Alice Li", "--iban", text,
            ]),
            "iban",
        );
    }
    // The accepted forms of one IBAN.
    for text in [
        "DE89370400440532013000",
        "de89370400440532013000",
        "DE89 3704 0044 0532 0130 00",
        "de89 3704 0044 0532 0130 00",
        "De89 37040044 0532013000",
    ] {
        let src = added(w.run(&[
            "source", "add", "bank", "--holder", "Alice Li", "--iban", text,
        ]));
        assert_eq!(src["masked"], "DE89 •••• 3000", "{text}");
    }
    assert_eq!(w.sources(), 5);
}

#[test]
fn platform_and_third_party_entry_checks_are_invalid_input_naming_the_field() {
    let w = W::new();
    for provider in ["foopay", "paypal", "", "ALIPAY-X"] {
        refused(
            &w,
            w.run(&[
                "source",
                "add",
                "platform",
                "--provider",
                provider,
                "--account",
                "acct-1",
            ]),
            "provider",
        );
    }
    for provider in ["foopay", "alipay", ""] {
        refused(
            &w,
            w.run(&[
                "source",
                "add",
                "third-party",
                "--provider",
                provider,
                "--email",
                "alice@example.com",
            ]),
            "provider",
        );
    }
    for email in [
        "not-an-email",
        "a@",
        "@example.com",
        "a b@example.com",
        "a@@example.com",
        "a@b",
        "",
    ] {
        refused(
            &w,
            w.run(&[
                "source",
                "add",
                "third-party",
                "--provider",
                "paypal",
                "--email",
                email,
            ]),
            "email",
        );
    }
}

/// Every kind of source, each with `--currency CUR` (cards read their details from stdin).
fn add_each_kind_with_currency(w: &W, currency: &str) -> Vec<Output> {
    vec![
        w.card(
            "4242424242424242",
            "123",
            &[
                "--holder",
                "Alice Li",
                "--expiry",
                "12/30",
                "--currency",
                currency,
            ],
        ),
        w.run(&[
            "source",
            "add",
            "bank",
            "--holder",
            "Alice Li",
            "--iban",
            "DE89370400440532013000",
            "--currency",
            currency,
        ]),
        w.run(&[
            "source",
            "add",
            "platform",
            "--provider",
            "alipay",
            "--account",
            "acct-1",
            "--currency",
            currency,
        ]),
        w.run(&[
            "source",
            "add",
            "third-party",
            "--provider",
            "paypal",
            "--email",
            "alice@example.com",
            "--currency",
            currency,
        ]),
    ]
}

#[test]
fn an_unknown_currency_is_invalid_input_and_stores_nothing() {
    let w = W::new();
    for currency in ["XYZ", "ABC", "EURO", "12", "XAU"] {
        for out in add_each_kind_with_currency(&w, currency) {
            let out = out.failure(2, "invalid_input");
            let msg = out.json()["error"]["message"].as_str().unwrap().to_string();
            assert!(msg.contains(currency), "{}", out.show());
            assert_eq!(w.sources(), 0, "{}", out.show());
        }
    }
}

#[test]
fn an_unknown_currency_names_the_currency_field() {
    let w = W::new();
    for out in add_each_kind_with_currency(&w, "XYZ") {
        let out = out.failure(2, "invalid_input");
        assert_eq!(out.details()["field"], "currency", "{}", out.show());
    }
}

#[test]
fn adding_a_source_needs_the_wallet_unlocked() {
    let env = Env::new();
    env.init_sandbox();
    let attempts = [
        env.cmd(["source", "add", "card", "--details-stdin"])
            .args(CARD)
            .json()
            .stdin("4242424242424242\n123\n")
            .run(),
        env.cmd([
            "source",
            "add",
            "bank",
            "--holder",
            "A",
            "--iban",
            "DE89370400440532013000",
        ])
        .json()
        .run(),
        env.cmd([
            "source",
            "add",
            "platform",
            "--provider",
            "alipay",
            "--account",
            "acct-1",
        ])
        .json()
        .run(),
        env.cmd([
            "source",
            "add",
            "third-party",
            "--provider",
            "paypal",
            "--email",
            "alice@example.com",
        ])
        .json()
        .run(),
    ];
    for out in attempts {
        let out = out.failure(3, "auth_required");
        assert!(
            !out.json()["error"]["advice"]
                .as_str()
                .unwrap_or_default()
                .is_empty(),
            "{}",
            out.show()
        );
    }
    assert_eq!(env.sql_i64("select count(*) from sources"), 0);

    // The password line comes first, then the card's two lines.
    let src = added(
        env.cmd([
            "source",
            "add",
            "card",
            "--details-stdin",
            "--password-stdin",
        ])
        .args(CARD)
        .json()
        .stdin(format!("{PASSWORD}\n4242424242424242\n123\n"))
        .run(),
    );
    assert_eq!(src["masked"], "Visa •••• 4242");
    // So does OKPAY_PASSWORD.
    added(
        env.cmd([
            "source",
            "add",
            "platform",
            "--provider",
            "unionpay",
            "--account",
            "acct-1",
        ])
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .run(),
    );
    // A wrong password stores nothing.
    env.cmd([
        "source",
        "add",
        "card",
        "--details-stdin",
        "--password-stdin",
    ])
    .args(CARD)
    .json()
    .stdin("wrong-passphrase-1234567\n4242424242424242\n123\n")
    .run()
    .failure(3, "auth_failed");
    assert_eq!(env.sql_i64("select count(*) from sources"), 2);
    // Removing needs unlocking too.
    let id = src["id"].as_str().unwrap();
    env.cmd(["source", "remove", id])
        .json()
        .run()
        .failure(3, "auth_required");
    assert_eq!(
        env.sql_i64("select count(*) from sources where removed_at_ms is not null"),
        0
    );
}

/// Account details that must never be stored or shown, in every form they could take.
fn secret_forms() -> Vec<(&'static str, String)> {
    vec![
        ("Visa number", "4242424242424242".into()),
        ("Visa number (grouped)", "4242 4242 4242 4242".into()),
        ("Amex number", "378282246310005".into()),
        ("Amex number (grouped)", "3782 822463 10005".into()),
        ("Amex CVC", "7391".into()),
        ("IBAN", "DE89370400440532013000".into()),
        ("IBAN (grouped)", "DE89 3704 0044 0532 0130 00".into()),
        ("IBAN (lower case)", "de89370400440532013000".into()),
        ("IBAN BBAN", "370400440532013000".into()),
        ("domestic account", "6222020200889911".into()),
        ("platform account", "wxid_q7t2morning".into()),
        ("e-mail", "zhang.wei.8841@example.com".into()),
        ("e-mail local part", "zhang.wei.8841".into()),
    ]
}

/// Add a source of every kind with the details of `secret_forms`.
fn add_secret_sources(w: &W) {
    added(w.card("4242424242424242", "123", &CARD));
    added(w.card(
        "3782 822463 10005",
        "7391",
        &[
            "--holder", "Alice Li", "--expiry", "12/30", "--type", "credit",
        ],
    ));
    added(w.run(&[
        "source",
        "add",
        "bank",
        "--holder",
        "Alice Li",
        "--iban",
        "DE89 3704 0044 0532 0130 00",
    ]));
    added(w.run(&[
        "source",
        "add",
        "bank",
        "--holder",
        "Alice Li",
        "--account",
        "6222020200889911",
        "--bank",
        "ICBC",
    ]));
    added(w.run(&[
        "source",
        "add",
        "platform",
        "--provider",
        "wechatpay",
        "--account",
        "wxid_q7t2morning",
    ]));
    added(w.run(&[
        "source",
        "add",
        "third-party",
        "--provider",
        "paypal",
        "--email",
        "zhang.wei.8841@example.com",
    ]));
}

fn assert_absent(label: &str, bytes: &[u8]) {
    for (name, secret) in secret_forms() {
        assert!(
            !contains_bytes(bytes, secret.as_bytes()),
            "{name} ({secret}) found in {label} ({} bytes)",
            bytes.len()
        );
        let hex = hex::encode(secret.as_bytes());
        assert!(
            !contains_bytes(bytes, hex.as_bytes()),
            "{name} (hex) found in {label}"
        );
    }
}

#[test]
fn no_account_detail_reaches_the_wallet_file_or_its_wal() {
    let w = W::new();
    // Hold a connection open so that the WAL okpay writes to is kept, not checkpointed away.
    let holder = w.env.db();
    let _: i64 = holder
        .query_row("select count(*) from sources", [], |r| r.get(0))
        .unwrap();

    add_secret_sources(&w);
    // Use and remove some of them too, so that transactions and removals are written.
    let list = w.list(false);
    assert_eq!(list.len(), 6);
    for src in &list {
        let id = src["id"].as_str().unwrap();
        w.run(&["topup", "1", "--source", id, "-y"]).success();
    }
    let first = list[0]["id"].as_str().unwrap();
    w.run(&["source", "remove", first]).success();

    let wal = w.env.wal();
    let wal_bytes = std::fs::read(&wal).expect("the WAL is kept while a connection is open");
    assert!(
        wal_bytes.len() > 32,
        "the WAL is empty: the test would prove nothing"
    );
    assert!(
        contains_bytes(&wal_bytes, "•••• 4242".as_bytes())
            || contains_bytes(&w.env.wallet_bytes(), "•••• 4242".as_bytes()),
        "the masked form is stored somewhere: the search works"
    );
    assert_absent("the -wal file", &wal_bytes);
    assert_absent("the wallet file", &w.env.wallet_bytes());
    if let Ok(bytes) = std::fs::read(sibling(w.env.wallet(), "-shm")) {
        assert_absent("the -shm file", &bytes);
    }
    drop(holder);
    assert_absent("the checkpointed wallet file", &w.env.wallet_bytes());
    w.env
        .cmd(["verify"])
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .success();
}

#[test]
fn output_never_shows_account_details() {
    let w = W::new();
    // What `source add` itself prints, in both forms.
    let mut outputs = vec![
        w.card("4242424242424242", "123", &CARD).success(),
        w.env
            .cmd(["source", "add", "card", "--details-stdin"])
            .args([
                "--holder", "Alice Li", "--expiry", "12/30", "--type", "credit",
            ])
            .env("OKPAY_SESSION", &w.tok)
            .stdin("378282246310005\n7391\n")
            .run()
            .success(),
        w.env
            .cmd([
                "source",
                "add",
                "bank",
                "--holder",
                "Alice Li",
                "--iban",
                "DE89370400440532013000",
            ])
            .env("OKPAY_SESSION", &w.tok)
            .run()
            .success(),
        w.run(&[
            "source",
            "add",
            "bank",
            "--holder",
            "Alice Li",
            "--account",
            "6222020200889911",
            "--bank",
            "ICBC",
        ])
        .success(),
        w.env
            .cmd([
                "source",
                "add",
                "platform",
                "--provider",
                "wechatpay",
                "--account",
                "wxid_q7t2morning",
            ])
            .env("OKPAY_SESSION", &w.tok)
            .run()
            .success(),
        w.run(&[
            "source",
            "add",
            "third-party",
            "--provider",
            "paypal",
            "--email",
            "zhang.wei.8841@example.com",
        ])
        .success(),
    ];
    let list = w.list(false);
    let id = list[0]["id"].as_str().unwrap().to_string();
    let tx = w
        .run(&["topup", "1", "--source", &id, "-y"])
        .success()
        .json()["transaction"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    for args in [
        vec!["source", "list"],
        vec!["source", "list", "--all"],
        vec!["history"],
        vec!["receipt", &tx],
    ] {
        outputs.push(w.run(&args).success());
        outputs.push(
            w.env
                .cmd(&args)
                .env("OKPAY_SESSION", &w.tok)
                .run()
                .success(),
        );
    }
    w.run(&["source", "remove", &id]).success();
    outputs.push(w.run(&["source", "list", "--all"]).success());
    // Errors do not echo a rejected number either.
    outputs.push(w.card("4242424242424241", "123", &CARD));
    outputs.push(w.card("378282246310005", "739", &CARD));
    for out in &outputs {
        for (name, secret) in secret_forms() {
            assert!(
                !out.stdout.contains(&secret) && !out.stderr.contains(&secret),
                "{name} shown:\n{}",
                out.show()
            );
        }
        assert!(
            !out.stdout.contains("4242424242424241") && !out.stderr.contains("4242424242424241"),
            "a rejected number was echoed:\n{}",
            out.show()
        );
    }
}

#[test]
fn removing_a_source_keeps_its_history() {
    let w = W::new();
    let src = added(w.card("4242424242424242", "123", &CARD));
    let id = src["id"].as_str().unwrap();
    let other = added(w.run(&[
        "source",
        "add",
        "platform",
        "--provider",
        "alipay",
        "--account",
        "acct-1",
    ]));
    let tx = w
        .run(&["topup", "25", "--source", id, "-y"])
        .success()
        .json()["transaction"]
        .clone();
    let tx_id = tx["id"].as_str().unwrap();

    let removed = w.run(&["source", "remove", id]).success().json();
    assert_eq!(removed["source"]["id"], id, "{removed}");
    assert_eq!(w.sources(), 2, "the row is kept");

    // Hidden from `source list`, shown by `--all`.
    let list = w.list(false);
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0]["id"], other["id"]);
    let all = w.list(true);
    assert_eq!(all.len(), 2, "{all:?}");
    assert_eq!(find(&all, id)["masked"], "Visa •••• 4242");
    let table = w
        .env
        .cmd(["source", "list"])
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .success();
    assert!(!table.stdout.contains(id), "{}", table.show());

    // The receipt and history still name it.
    let receipt = w.run(&["receipt", tx_id]).success().json();
    assert_eq!(receipt["transaction"]["source"], id, "{receipt}");
    assert_eq!(receipt["transaction"]["status"], "succeeded");
    let human = w
        .env
        .cmd(["receipt", tx_id])
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .success();
    assert!(human.stdout.contains("Visa •••• 4242"), "{}", human.show());
    let history = w.run(&["history"]).success().json();
    assert_eq!(history["transactions"][0]["source"], id, "{history}");
    w.run(&["verify"]).success();

    // Topping up from it is refused and records nothing.
    let before = w.env.sql_i64("select count(*) from transactions");
    w.run(&["topup", "5", "--source", id, "-y"])
        .failure(11, "invalid_state");
    assert_eq!(w.env.sql_i64("select count(*) from transactions"), before);
    let balance = w.run(&["balance"]).success().json();
    assert_eq!(balance["balances"][0]["available"], "25.00");

    // Removing it again does not succeed; an unknown id is not_found.
    let out = w.run(&["source", "remove", id]);
    assert!(matches!(out.code(), 11 | 12), "{}", out.show());
    w.run(&["source", "remove", "src_01JZZZZZZZZZZZZZZZZZZZZZZZ"])
        .failure(12, "not_found");
    assert_eq!(w.list(true).len(), 2);
}

#[test]
fn providers_lists_platforms_and_third_parties_with_fees() {
    let env = Env::new();
    env.init_sandbox();
    // No unlocking needed.
    let doc = env
        .cmd(["source", "providers"])
        .json()
        .run()
        .success()
        .json();
    let providers = doc["providers"].as_array().expect("providers array");
    for (id, kind, fee) in [
        ("alipay", "platform", "0.50"),
        ("wechatpay", "platform", "0.50"),
        ("unionpay", "platform", "0.50"),
        ("paypal", "third-party", "3.00"),
    ] {
        let p = providers
            .iter()
            .find(|p| p["id"] == id)
            .unwrap_or_else(|| panic!("{id} missing: {doc}"));
        assert_eq!(p["kind"], kind, "{p}");
        assert_eq!(p["fee_percent"], fee, "{p}");
        assert!(p["name"].as_str().is_some_and(|n| !n.is_empty()), "{p}");
    }
    for p in providers {
        assert!(
            matches!(p["kind"].as_str(), Some("platform" | "third-party")),
            "{p}"
        );
    }
    let table = env.cmd(["source", "providers"]).run().success();
    for needle in ["Alipay", "WeChat Pay", "UnionPay", "PayPal", "0.50", "3.00"] {
        assert!(table.stdout.contains(needle), "{}", table.show());
    }
}
