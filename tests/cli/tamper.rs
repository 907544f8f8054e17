//! The tamper table: someone with `sqlite3` (or a file manager) edits the wallet behind okpay's
//! back, one kind of edit per case. `verify` with the password must find every one (exit 13),
//! and a write must never re-seal on top of one: `pay` and `topup` refuse with exit 13 and
//! change nothing, except for the edits an O(1) pre-write check cannot see (a row in the middle
//! of the chain whose change moves no balance the write touches), where the write goes ahead
//! and `verify` still finds the edit afterwards.

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::harness::{Env, PASSWORD};

/// A wallet with a little history, built once and copied for each case:
/// tx 1 top-up 1000.00 (card), tx 2 pay 50.00 to Tea House (order A1, key pay-1),
/// tx 3 pay 20.00 to Shop Two; two bank sources; a session.
struct Template {
    _env: Env,
    wallet: Vec<u8>,
    /// The wallet before tx 3, for the rollback case.
    older: Vec<u8>,
    anchors: Vec<u8>,
    token: String,
    card: String,
    bank_a: String,
    bank_b: String,
}

fn anchors_path(env: &Env) -> PathBuf {
    env.root()
        .join("home")
        .join(".local")
        .join("state")
        .join("okpay")
        .join("anchors")
}

fn quiet_id(env: &Env, token: &str, args: &[&str], stdin: Option<&str>) -> String {
    let mut cmd = env.cmd(["-q"]).args(args).env("OKPAY_SESSION", token);
    if let Some(text) = stdin {
        cmd = cmd.stdin(text.to_string());
    }
    cmd.run().success().stdout.trim().to_string()
}

fn template() -> &'static Template {
    static TEMPLATE: OnceLock<Template> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let env = Env::new();
        env.init_sandbox();
        let token = env.login();
        let card = quiet_id(
            &env,
            &token,
            &[
                "source",
                "add",
                "card",
                "--holder",
                "Alice Li",
                "--expiry",
                "12/45",
                "--details-stdin",
            ],
            Some("4242424242424242\n123\n"),
        );
        let bank = |iban: &str| {
            quiet_id(
                &env,
                &token,
                &[
                    "source", "add", "bank", "--holder", "Alice Li", "--iban", iban,
                ],
                None,
            )
        };
        let bank_a = bank("DE89370400440532013000");
        let bank_b = bank("GB82WEST12345698765432");
        let run = |args: &[&str]| {
            env.cmd(args.iter().copied())
                .json()
                .env("OKPAY_SESSION", &token)
                .run()
                .success();
        };
        run(&["topup", "1000", "--source", &card, "-y"]);
        run(&[
            "pay",
            "50",
            "--merchant",
            "Tea House",
            "--order",
            "A1",
            "--idempotency-key",
            "pay-1",
            "-y",
        ]);
        run(&["merchant", "add", "Shop Two"]);
        let older = env.wallet_bytes();
        run(&["pay", "20", "--merchant", "Shop Two", "-y"]);
        assert_eq!(env.sql_i64("select count(*) from transactions"), 3);
        let anchors = std::fs::read(anchors_path(&env)).expect("the anchor file exists");
        Template {
            wallet: env.wallet_bytes(),
            older,
            anchors,
            _env: env,
            token,
            card,
            bank_a,
            bank_b,
        }
    })
}

/// A fresh copy of the template wallet (with this machine's anchor) in a new environment.
fn copy() -> Env {
    let t = template();
    let env = Env::new();
    std::fs::create_dir_all(env.wallet().parent().unwrap()).unwrap();
    std::fs::write(env.wallet(), &t.wallet).unwrap();
    let anchors = anchors_path(&env);
    std::fs::create_dir_all(anchors.parent().unwrap()).unwrap();
    std::fs::write(anchors, &t.anchors).unwrap();
    env
}

/// Every row of every table, sorted: a logical dump to compare before and after a refusal.
fn dump(env: &Env) -> Vec<String> {
    let db = env.db();
    let tables: Vec<String> = {
        let mut stmt = db
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap();
        let rows = stmt.query_map([], |r| r.get(0)).unwrap();
        rows.map(Result::unwrap).collect()
    };
    let mut out = Vec::new();
    for table in tables {
        let mut stmt = db.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let values: Vec<String> = (0..n)
                .map(|i| format!("{:?}", row.get::<_, rusqlite::types::Value>(i).unwrap()))
                .collect();
            out.push(format!("{table}: {}", values.join(" | ")));
        }
    }
    out.sort();
    out
}

/// What a write does on the tampered copy.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Write {
    /// Refused with exit 13, nothing changed.
    Refused,
    /// Goes ahead (the edit is invisible to an O(1) check); `verify` still finds it after.
    Allowed,
}

struct Case {
    name: &'static str,
    /// okpay commands run on the copy before tampering (with the session).
    prepare: &'static [&'static [&'static str]],
    /// Wrong passwords tried before tampering.
    wrong_logins: usize,
    sql: fn(&Template) -> String,
    pay: Write,
    topup: Write,
    /// Pay the same request under the template's idempotency key.
    replay: bool,
    /// Top up from bank A rather than the card.
    topup_bank: bool,
}

const NO_PREP: &[&[&str]] = &[];

fn cases() -> Vec<Case> {
    use Write::{Allowed, Refused};
    let base = |name, sql: fn(&Template) -> String, pay, topup| Case {
        name,
        prepare: NO_PREP,
        wrong_logins: 0,
        sql,
        pay,
        topup,
        replay: false,
        topup_bank: false,
    };
    vec![
        base(
            "posting amount, newest transaction",
            |_| {
                "DROP TRIGGER postings_append_only_update;
                 UPDATE postings SET amount_minor = amount_minor - 100
                  WHERE tx_seq = 3 AND amount_minor > 0;"
                    .into()
            },
            Refused,
            Refused,
        ),
        base(
            "posting amount, middle transaction",
            |_| {
                "DROP TRIGGER postings_append_only_update;
                 UPDATE postings SET amount_minor = amount_minor + 100
                  WHERE tx_seq = 1 AND amount_minor < 0;"
                    .into()
            },
            Allowed,
            Allowed,
        ),
        base(
            "transaction amount",
            |_| {
                "DROP TRIGGER transactions_append_only_update;
                 UPDATE transactions SET amount_minor = 1 WHERE seq = 3;"
                    .into()
            },
            Refused,
            Refused,
        ),
        base(
            "delete the newest, fix the balances, roll the chain back",
            |_| {
                "DROP TRIGGER transactions_append_only_delete;
                 DROP TRIGGER postings_append_only_delete;
                 DELETE FROM postings WHERE tx_seq = 3;
                 DELETE FROM tx_status WHERE tx_seq = 3;
                 DELETE FROM seals WHERE tx_seq = 3;
                 DELETE FROM transactions WHERE seq = 3;
                 UPDATE balances SET balance_minor = balance_minor + 2000
                  WHERE account_id = (SELECT id FROM accounts WHERE name = 'wallet:CNY');
                 UPDATE chain SET count = 2, head = (SELECT mac FROM seals WHERE tx_seq = 2);"
                    .into()
            },
            Refused,
            Refused,
        ),
        base(
            "delete a transaction in the middle",
            |_| {
                "DROP TRIGGER transactions_append_only_delete;
                 DROP TRIGGER postings_append_only_delete;
                 DELETE FROM postings WHERE tx_seq = 2;
                 DELETE FROM tx_status WHERE tx_seq = 2;
                 DELETE FROM seals WHERE tx_seq = 2;
                 DELETE FROM transactions WHERE seq = 2;"
                    .into()
            },
            Refused, // the newest seal cannot be recomputed without its predecessor's
            Refused,
        ),
        base(
            "delete the first transaction",
            |_| {
                "DROP TRIGGER transactions_append_only_delete;
                 DROP TRIGGER postings_append_only_delete;
                 DELETE FROM postings WHERE tx_seq = 1;
                 DELETE FROM tx_status WHERE tx_seq = 1;
                 DELETE FROM seals WHERE tx_seq = 1;
                 DELETE FROM transactions WHERE seq = 1;"
                    .into()
            },
            Allowed,
            Refused, // the card's account lost its newest posting: its sealed balance says so
        ),
        base(
            "insert a transaction",
            |_| {
                "INSERT INTO transactions (seq, id, kind, status, amount_minor, currency,
                     created_at_ms, data)
                 SELECT 4, 'tx_99999999999999999999999999', 'topup', 'succeeded', 100000, 'CNY',
                     created_at_ms, '{}' FROM transactions WHERE seq = 3;
                 INSERT INTO postings (tx_seq, account_id, amount_minor)
                 SELECT 4, id, 100000 FROM accounts WHERE name = 'wallet:CNY';
                 UPDATE balances SET balance_minor = balance_minor + 100000
                  WHERE account_id = (SELECT id FROM accounts WHERE name = 'wallet:CNY');"
                    .into()
            },
            Refused,
            Refused,
        ),
        base(
            "swap the order of two transactions",
            |_| {
                "DROP TRIGGER transactions_append_only_update;
                 CREATE TEMP TABLE swapped AS
                     SELECT seq, amount_minor, merchant_id, order_id, data FROM transactions
                      WHERE seq IN (2, 3);
                 UPDATE transactions SET
                     amount_minor = (SELECT amount_minor FROM swapped WHERE seq = 5 - transactions.seq),
                     merchant_id = (SELECT merchant_id FROM swapped WHERE seq = 5 - transactions.seq),
                     order_id = (SELECT order_id FROM swapped WHERE seq = 5 - transactions.seq),
                     data = (SELECT data FROM swapped WHERE seq = 5 - transactions.seq)
                  WHERE seq IN (2, 3);"
                    .into()
            },
            Refused,
            Refused,
        ),
        base(
            "recorded status",
            |_| {
                "DROP TRIGGER transactions_append_only_update;
                 UPDATE transactions SET status = 'declined' WHERE seq = 3;"
                    .into()
            },
            Refused,
            Refused,
        ),
        base(
            "derived status",
            |_| "UPDATE tx_status SET status = 'refunded' WHERE tx_seq = 2;".into(),
            Allowed,
            Allowed,
        ),
        base(
            "balance",
            |_| {
                "UPDATE balances SET balance_minor = balance_minor + 100000
                  WHERE account_id = (SELECT id FROM accounts WHERE name = 'wallet:CNY');"
                    .into()
            },
            Refused,
            Refused,
        ),
        base(
            "time zone",
            |_| "UPDATE wallet SET time_zone = 'Asia/Tokyo';".into(),
            Refused,
            Refused,
        ),
        Case {
            prepare: &[&["sandbox", "maintenance", "--on"]],
            ..base(
                "maintenance switched off",
                |_| "UPDATE wallet SET maintenance = 0;".into(),
                Refused,
                Refused,
            )
        },
        Case {
            prepare: &[&["merchant", "block", "Tea House"]],
            ..base(
                "merchant unblocked",
                |_| "UPDATE merchants SET blocked = 0;".into(),
                Refused,
                Allowed,
            )
        },
        base(
            "session expiry",
            |_| "UPDATE sessions SET expires_at_ms = expires_at_ms + 31536000000;".into(),
            Refused,
            Refused,
        ),
        Case {
            replay: true,
            ..base(
                "idempotency record pointed elsewhere",
                |_| "UPDATE idempotency SET tx_seq = 3;".into(),
                Refused,
                Allowed,
            )
        },
        Case {
            replay: true,
            ..base(
                "idempotency record deleted",
                |_| "DELETE FROM idempotency;".into(),
                Refused,
                Allowed,
            )
        },
        Case {
            topup_bank: true,
            ..base(
                "ciphertext moved to another row",
                |t| {
                    format!(
                        "UPDATE sources SET secret = (SELECT secret FROM sources WHERE id = '{}')
                          WHERE id = '{}';",
                        t.bank_b, t.bank_a
                    )
                },
                Allowed,
                Refused,
            )
        },
        base(
            "sandbox flag",
            |_| "UPDATE wallet SET sandbox = 0;".into(),
            Refused,
            Refused,
        ),
        Case {
            wrong_logins: 3,
            ..base(
                "failed-unlock counter reset",
                |_| "UPDATE wallet SET failed_unlocks = 0;".into(),
                Refused,
                Refused,
            )
        },
    ]
}

fn pay(env: &Env, t: &Template, replay: bool) -> crate::harness::Output {
    let args: Vec<&str> = if replay {
        vec![
            "pay",
            "50",
            "--merchant",
            "Tea House",
            "--order",
            "A1",
            "--idempotency-key",
            "pay-1",
            "-y",
        ]
    } else {
        vec!["pay", "1", "--merchant", "Tea House", "-y"]
    };
    env.cmd(args).json().env("OKPAY_SESSION", &t.token).run()
}

fn topup(env: &Env, t: &Template, bank: bool) -> crate::harness::Output {
    let source = if bank { &t.bank_a } else { &t.card };
    env.cmd(["topup", "1", "--source", source, "-y"])
        .json()
        .env("OKPAY_SESSION", &t.token)
        .run()
}

fn check_write(
    case: &Case,
    what: &str,
    env: &Env,
    expected: Write,
    run: impl Fn() -> crate::harness::Output,
) {
    let before = dump(env);
    let out = run();
    match expected {
        Write::Refused => {
            out.failure(13, "integrity_error");
            assert!(
                dump(env) == before,
                "{}: the refused {what} changed the wallet",
                case.name
            );
        }
        Write::Allowed => {
            assert!(
                out.code() != 13,
                "{}: {what} was expected to go ahead\n{}",
                case.name,
                out.show()
            );
        }
    }
}

fn verify_finds_it(case: &Case, env: &Env) {
    let out = env
        .cmd(["verify"])
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .run();
    let out = out.failure(13, "integrity_error");
    // Either the check lists what it found, or unlocking itself met the edit (the sandbox flag
    // is bound into the wrapped key).
    let details = out.details();
    let listed = details["problems"]
        .as_array()
        .is_some_and(|p| !p.is_empty());
    assert!(
        listed
            || out.json()["error"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("sandbox")),
        "{}: {}",
        case.name,
        out.show()
    );
}

#[test]
fn every_kind_of_tampering_is_found_and_no_write_seals_over_it() {
    let t = template();
    let cases = cases();
    assert!(cases.len() >= 15);
    for case in &cases {
        eprintln!("tamper case: {}", case.name);
        let env = copy();
        for args in case.prepare {
            env.cmd(args.iter().copied())
                .json()
                .env("OKPAY_SESSION", &t.token)
                .run()
                .success();
        }
        for i in 0..case.wrong_logins {
            env.cmd(["login"])
                .json()
                .password_line(&format!("not-the-password-{i}"))
                .run()
                .failure(3, "auth_failed");
        }
        // The copy is sound before the edit.
        env.cmd(["verify"])
            .json()
            .env("OKPAY_SESSION", &t.token)
            .run()
            .success();
        // As with the sqlite3 shell, foreign keys are not enforced.
        env.sql(&format!("PRAGMA foreign_keys = OFF; {}", (case.sql)(t)));
        check_write(case, "pay", &env, case.pay, || pay(&env, t, case.replay));
        check_write(case, "topup", &env, case.topup, || {
            topup(&env, t, case.topup_bank)
        });
        // Whatever the writes did, the evidence is still there.
        verify_finds_it(case, &env);
    }
}

#[test]
fn an_older_copy_put_back_is_rolled_back_until_accepted() {
    let t = template();
    let env = copy();
    std::fs::write(env.wallet(), &t.older).unwrap();
    let before = dump(&env);
    for out in [pay(&env, t, false), topup(&env, t, false)] {
        let out = out.failure(13, "integrity_error");
        assert_eq!(out.details()["anchored"], 3, "{}", out.show());
        assert_eq!(out.details()["wallet"], 2, "{}", out.show());
    }
    assert!(dump(&env) == before, "a refused write changed the wallet");
    // verify names it, with or without the password.
    for with_password in [false, true] {
        let mut cmd = env.cmd(["verify"]).json();
        if with_password {
            cmd = cmd.env("OKPAY_PASSWORD", PASSWORD);
        }
        let out = cmd.run().failure(13, "integrity_error");
        let kinds: Vec<String> = out.details()["problems"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["kind"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(kinds, ["rolled_back"], "{}", out.show());
    }
    let status = env.cmd(["status"]).json().run().success().json();
    assert_eq!(status["status"]["anchor"], "rolled_back", "{status}");
    // A deliberate restore is accepted with the password, then the wallet works again.
    env.cmd(["verify", "--accept"])
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success();
    pay(&env, t, false).success();
    env.cmd(["verify"]).json().run().success();
    let status = env.cmd(["status"]).json().run().success().json();
    assert_eq!(status["status"]["anchor"], "current", "{status}");
}

#[test]
fn verify_accept_needs_the_password_and_a_sound_wallet() {
    let t = template();
    let env = copy();
    std::fs::write(env.wallet(), &t.older).unwrap();
    env.cmd(["verify", "--accept"])
        .json()
        .run()
        .failure(3, "auth_required");
    // An older copy that was also edited is not accepted.
    env.sql(
        "UPDATE balances SET balance_minor = balance_minor + 1
          WHERE account_id = (SELECT id FROM accounts WHERE name = 'wallet:CNY');",
    );
    env.cmd(["verify", "--accept"])
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .failure(13, "integrity_error");
    pay(&env, t, false).failure(13, "integrity_error");
}

#[test]
fn a_missing_anchor_is_a_notice_not_an_error() {
    let t = template();
    let env = copy();
    std::fs::remove_file(anchors_path(&env)).unwrap();
    let status = env.cmd(["status"]).json().run().success().json();
    assert_eq!(status["status"]["anchor"], "missing", "{status}");
    env.cmd(["verify"]).json().run().success();
    pay(&env, t, false).success();
    let status = env.cmd(["status"]).json().run().success().json();
    assert_eq!(status["status"]["anchor"], "current", "{status}");
}

#[test]
fn reads_keep_working_and_warn_about_what_they_can_see_without_the_key() {
    let t = template();
    let env = copy();
    // A clean wallet reads without a warning.
    let doc = env.cmd(["balance"]).json().run().success().json();
    assert!(doc.get("warnings").is_none(), "{doc}");
    // A transaction appended behind okpay's back: the chain no longer covers the ledger.
    env.sql(
        "INSERT INTO transactions (seq, id, kind, status, amount_minor, currency, created_at_ms)
         SELECT 4, 'tx_99999999999999999999999999', 'topup', 'succeeded', 100000, 'CNY',
             created_at_ms FROM transactions WHERE seq = 3;
         INSERT INTO postings (tx_seq, account_id, amount_minor)
         SELECT 4, id, 100000 FROM accounts WHERE name = 'wallet:CNY';",
    );
    let out = env.cmd(["balance"]).json().run().success();
    let doc = out.json();
    let kinds: Vec<&str> = doc["warnings"]
        .as_array()
        .map(|w| w.iter().filter_map(|w| w["kind"].as_str()).collect())
        .unwrap_or_default();
    assert!(kinds.contains(&"chain_length"), "{}", out.show());
    assert!(kinds.contains(&"balance_mismatch"), "{}", out.show());
    let out = env.cmd(["history"]).run().success();
    assert!(out.stderr.contains("warning:"), "{}", out.show());
    let doc = env.cmd(["status"]).json().run().success().json();
    assert!(
        doc["warnings"].as_array().is_some_and(|w| !w.is_empty()),
        "{doc}"
    );
    pay(&env, t, false).failure(13, "integrity_error");
}

#[test]
fn a_refund_does_not_re_derive_an_edited_status_over_the_edit() {
    let t = template();
    let env = copy();
    let payment: String = env
        .db()
        .query_row("SELECT id FROM transactions WHERE seq = 2", [], |r| {
            r.get(0)
        })
        .unwrap();
    env.sql("UPDATE tx_status SET status = 'refunded' WHERE tx_seq = 2;");
    let before = dump(&env);
    env.cmd(["refund", &payment, "--amount", "10", "-y"])
        .json()
        .env("OKPAY_SESSION", &t.token)
        .run()
        .failure(13, "integrity_error");
    assert!(
        dump(&env) == before,
        "the refused refund changed the wallet"
    );
    verify_finds_it(
        &cases()
            .into_iter()
            .find(|c| c.name == "derived status")
            .unwrap(),
        &env,
    );
}

#[test]
fn a_column_removed_behind_okpays_back_is_damage_not_a_bug() {
    let t = template();
    let env = copy();
    env.sql("ALTER TABLE wallet DROP COLUMN attempts_sealed;");
    pay(&env, t, false).failure(13, "integrity_error");
    env.cmd(["verify"])
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .failure(13, "integrity_error");
}
