//! `okpay receipt TXID`.

use crate::harness::Env;

#[test]
fn an_unknown_transaction_is_not_found() {
    let env = Env::new();
    env.init_sandbox();
    let out = env
        .cmd(["receipt", "tx_01JZZZZZZZZZZZZZZZZZZZZZZZ"])
        .json()
        .run()
        .failure(12, "not_found");
    assert!(!out.json()["error"]["advice"].as_str().unwrap().is_empty());
    let out = env
        .cmd(["receipt", "tx_nope"])
        .run()
        .failure(12, "not_found");
    assert!(out.stdout.is_empty(), "{}", out.show());
    assert!(out.stderr.contains("tx_nope"), "{}", out.show());
    for odd in ["", "tx_", "%", "' OR 1=1 --", "🧾"] {
        let out = env.cmd(["receipt", odd]).json().run();
        assert!(
            matches!(out.code(), 2 | 12),
            "expected invalid_input or not_found:\n{}",
            out.show()
        );
        out.json();
    }
}

#[test]
fn receipt_shows_a_recorded_transaction_in_full() {
    let env = Env::new();
    env.init_sandbox();
    let id = env.record_topup(12_345, Some("birthday money"));
    let doc = env.cmd(["receipt", &id]).json().run().success().json();
    let tx = &doc["transaction"];
    assert_eq!(tx["id"], id.as_str());
    assert_eq!(tx["kind"], "topup");
    assert_eq!(tx["status"], "succeeded");
    assert_eq!(tx["amount"], "123.45");
    assert_eq!(tx["currency"], "CNY");
    assert_eq!(tx["fee"], "0.00");
    assert_eq!(tx["memo"], "birthday money");
    assert_eq!(tx["source"], "src_test");
    assert!(tx["created_at"].as_str().unwrap().ends_with('Z'));

    let out = env.cmd(["receipt", &id]).run().success();
    assert!(out.stdout.contains(&id), "{}", out.show());
    assert!(out.stdout.contains("123.45 CNY"), "{}", out.show());
    assert!(out.stdout.contains("birthday money"), "{}", out.show());

    let out = env.cmd(["-q", "receipt", &id]).run().success();
    assert_eq!(out.stdout, format!("{id}\n"));
}
