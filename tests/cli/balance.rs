//! `okpay balance`.

use serde_json::json;

use crate::harness::Env;

#[test]
fn a_new_wallet_shows_the_base_currency_at_zero() {
    let env = Env::new();
    env.init_sandbox();
    let out = env.cmd(["balance"]).json().run().success();
    assert_eq!(
        out.json(),
        json!({"balances": [{"currency": "CNY", "available": "0.00", "pending": "0.00"}],
               "total": {"currency": "CNY", "available": "0.00", "pending": "0.00"}})
    );
}

#[test]
fn balance_needs_no_unlocking_and_prints_a_table() {
    let env = Env::new();
    env.init_sandbox();
    let out = env.cmd(["balance"]).run().success();
    assert!(out.stdout.contains("CNY"), "{}", out.show());
    assert!(out.stdout.contains("0.00"), "{}", out.show());
    let out = env.cmd(["-q", "balance"]).run().success();
    assert_eq!(out.stdout, "0.00\n");
}

#[test]
fn balance_of_one_currency_uses_its_minor_digits() {
    let env = Env::new();
    env.init_sandbox();
    for (code, zero) in [
        ("USD", "0.00"),
        ("JPY", "0"),
        ("KWD", "0.000"),
        ("cny", "0.00"),
    ] {
        let doc = env
            .cmd(["balance", "--currency", code])
            .json()
            .run()
            .success()
            .json();
        let upper = code.to_uppercase();
        assert_eq!(
            doc["balances"],
            json!([{"currency": upper, "available": zero, "pending": zero}]),
            "{doc}"
        );
        assert_eq!(doc["total"]["currency"], "CNY", "{doc}");
    }
}

#[test]
fn an_unknown_currency_is_invalid_input() {
    let env = Env::new();
    env.init_sandbox();
    for code in ["ABC", "", "C", "CNYY", "1", "人民币"] {
        env.cmd(["balance", "--currency", code])
            .json()
            .run()
            .failure(2, "invalid_input");
    }
}

#[test]
fn balance_without_a_wallet_is_not_found() {
    let env = Env::new();
    env.cmd(["balance"]).json().run().failure(12, "not_found");
    assert!(!env.wallet().exists(), "balance created a wallet");
}

#[test]
fn balance_shows_recorded_money_and_the_total() {
    let env = Env::new();
    env.init_sandbox();
    env.record_topups(&[(10_000, None), (2_550, None)]);
    let doc = env.cmd(["balance"]).json().run().success().json();
    assert_eq!(
        doc,
        json!({"balances": [{"currency": "CNY", "available": "125.50", "pending": "0.00"}],
               "total": {"currency": "CNY", "available": "125.50", "pending": "0.00"}})
    );
    let out = env.cmd(["-q", "balance"]).run().success();
    assert_eq!(out.stdout, "125.50\n");
}
