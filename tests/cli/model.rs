//! One transaction model (issue 12): a wallet made by okpay before the model and the
//! hand-written canonical bytes (tests/fixtures/ledger/made-before-one-model.db: 200 generated
//! transactions, then a payment whose memo, order id and item hold quotes, a backslash, Chinese
//! and an emoji, a refund with such a reason, a conversion, a pending bank top-up and a pending
//! transfer; password `PASSWORD`) keeps verifying, reads back as it was written, and takes new
//! transactions on its chain.

use std::path::PathBuf;

use serde_json::Value;

use crate::harness::{Env, PASSWORD};

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ledger/made-before-one-model.db")
}

/// A copy of the fixture as this test's wallet.
fn old_wallet() -> Env {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let dir = env.wallet().parent().expect("the wallet's folder");
    std::fs::create_dir_all(dir).expect("the wallet's folder");
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).expect("chmod 700");
    std::fs::copy(fixture(), env.wallet()).expect("copy the fixture wallet");
    std::fs::set_permissions(env.wallet(), std::fs::Permissions::from_mode(0o600))
        .expect("chmod 600");
    env
}

fn verify(env: &Env) -> Value {
    let out = env
        .cmd(["verify", "--password-stdin"])
        .json()
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .success()
        .json();
    assert_eq!(out["verify"]["ok"], true, "{out}");
    assert_eq!(out["verify"]["chain_checked"], true, "{out}");
    out
}

#[test]
fn a_wallet_made_before_the_model_verifies_every_seal() {
    let env = old_wallet();
    assert_eq!(env.sql_i64("SELECT COUNT(*) FROM transactions"), 205);
    assert_eq!(env.sql_i64("SELECT COUNT(*) FROM seals"), 205);
    verify(&env);
}

#[test]
fn its_escaped_texts_read_back_as_written() {
    let env = old_wallet();
    let out = env
        .cmd([
            "history", "--all", "--kind", "payment", "--search", "quoted",
        ])
        .json()
        .run()
        .success()
        .json();
    let txs = out["transactions"].as_array().expect("transactions");
    assert_eq!(txs.len(), 1, "{out}");
    let tx = &txs[0];
    assert_eq!(
        tx["memo"], r#"here "quoted" back\slash 茶馆 😀 end"#,
        "{tx}"
    );
    assert_eq!(tx["order_id"], r#"A-"1"\x"#, "{tx}");
    assert_eq!(tx["items"][0]["name"], r#"Green "tea" \ 绿茶"#, "{tx}");
    let refund = env
        .cmd(["history", "--all", "--kind", "refund", "--search", "杯子"])
        .json()
        .run()
        .success()
        .json();
    assert_eq!(
        refund["transactions"].as_array().map(Vec::len),
        Some(1),
        "{refund}"
    );
}

#[test]
fn new_transactions_seal_onto_its_chain() {
    let env = old_wallet();
    let token = env.login();
    env.cmd([
        "pay",
        "3.20",
        "--merchant",
        "Tea House",
        "--memo",
        r#"after "the" model \ 新"#,
        "--yes",
    ])
    .env("OKPAY_SESSION", &token)
    .json()
    .run()
    .success();
    assert_eq!(env.sql_i64("SELECT COUNT(*) FROM seals"), 206);
    verify(&env);
}

#[test]
fn an_edited_memo_in_it_is_found() {
    // The check above can fail: one character of an old memo changed is tampering.
    let env = old_wallet();
    env.sql(
        "DROP TRIGGER transactions_append_only_update;
         UPDATE transactions SET memo = replace(memo, 'quoted', 'qu0ted') WHERE memo LIKE '%quoted%';",
    );
    env.cmd(["verify", "--password-stdin"])
        .json()
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .failure(13, "integrity_error");
}
