//! `okpay verify`: clean wallets pass; tampering is exit 13 `integrity_error`.

use serde_json::json;

use crate::harness::{Env, PASSWORD};

/// Change a posting's amount behind okpay's back, as someone with `sqlite3` could.
fn tamper_with_a_posting(env: &Env) {
    env.sql(
        "DROP TRIGGER postings_append_only_update;
         UPDATE postings SET amount_minor = amount_minor + 1
          WHERE account_id = (select id from accounts where name = 'wallet:CNY');",
    );
}

fn problem_kinds(details: &serde_json::Value) -> Vec<String> {
    details["problems"]
        .as_array()
        .unwrap_or_else(|| panic!("details.problems is not a list: {details}"))
        .iter()
        .map(|p| p["kind"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn a_fresh_sandbox_wallet_verifies() {
    let env = Env::new();
    env.init_sandbox();
    let out = env.cmd(["verify"]).json().run().success();
    assert_eq!(
        out.json(),
        json!({"verify": {"ok": true, "problems": [], "chain_checked": false}})
    );
    let out = env.cmd(["verify"]).run().success();
    assert!(!out.stdout.is_empty(), "{}", out.show());

    // Given a way to unlock, it checks the chain too.
    let token = env.login();
    let out = env
        .cmd(["verify"])
        .json()
        .env("OKPAY_SESSION", &token)
        .run()
        .success();
    assert_eq!(out.json()["verify"]["chain_checked"], true);
    assert_eq!(out.json()["verify"]["ok"], true);
    let out = env.cmd(["verify"]).json().password().run().success();
    assert_eq!(out.json()["verify"]["chain_checked"], true);
}

#[test]
fn a_fresh_normal_wallet_verifies() {
    let env = Env::new();
    env.init_normal();
    env.cmd(["verify"]).json().run().success();
    let out = env
        .cmd(["verify"])
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success();
    assert_eq!(out.json()["verify"]["chain_checked"], true);
}

#[test]
fn a_wallet_with_transactions_verifies() {
    let env = Env::new();
    env.init_sandbox();
    env.record_topups(&[(10_000, None), (500, Some("memo"))]);
    env.cmd(["verify"]).json().run().success();
    let out = env.cmd(["verify"]).json().password().run().success();
    assert_eq!(
        out.json(),
        json!({"verify": {"ok": true, "problems": [], "chain_checked": true}})
    );
}

#[test]
fn a_changed_posting_amount_is_an_integrity_error() {
    let env = Env::new();
    env.init_sandbox();
    let id = env.record_topup(10_000, None);
    env.cmd(["verify"]).json().run().success();

    tamper_with_a_posting(&env);
    let out = env
        .cmd(["verify"])
        .json()
        .run()
        .failure(13, "integrity_error");
    let details = out.details();
    let kinds = problem_kinds(&details);
    assert!(
        kinds
            .iter()
            .any(|k| k == "unbalanced" || k == "balance_mismatch"),
        "{details}"
    );
    let subjects = details.to_string();
    assert!(
        subjects.contains(&id) || subjects.contains("wallet:CNY"),
        "the problem names the transaction or account: {details}"
    );
    // The human form names the problem on stderr.
    let out = env.cmd(["verify"]).run().failure(13, "integrity_error");
    assert!(
        out.stderr.contains(&id) || out.stderr.contains("wallet:CNY"),
        "{}",
        out.show()
    );
    // Unlocked, still an integrity error.
    env.cmd(["verify"])
        .json()
        .password()
        .run()
        .failure(13, "integrity_error");
}

#[test]
fn a_changed_memo_is_caught_by_the_hmac_chain() {
    let env = Env::new();
    env.init_sandbox();
    let id = env.record_topup(10_000, Some("lunch"));
    let token = env.login();
    env.cmd(["verify"])
        .json()
        .env("OKPAY_SESSION", &token)
        .run()
        .success();

    env.sql(
        "DROP TRIGGER transactions_append_only_update;
         UPDATE transactions SET memo = 'dinner';",
    );
    let out = env
        .cmd(["verify"])
        .json()
        .env("OKPAY_SESSION", &token)
        .run()
        .failure(13, "integrity_error");
    let details = out.details();
    assert_eq!(details["chain_checked"], true, "{details}");
    assert!(!problem_kinds(&details).is_empty(), "{details}");
    assert!(details.to_string().contains(&id), "{details}");
}

#[test]
fn a_deleted_transaction_is_an_integrity_error() {
    let env = Env::new();
    env.init_sandbox();
    env.record_topups(&[(100, None), (200, None)]);
    env.sql(
        "DROP TRIGGER postings_append_only_delete;
         DROP TRIGGER transactions_append_only_delete;
         PRAGMA foreign_keys = OFF;
         DELETE FROM postings WHERE tx_seq = (select max(seq) from transactions);
         DELETE FROM tx_status WHERE tx_seq = (select max(seq) from transactions);
         DELETE FROM seals WHERE tx_seq = (select max(seq) from transactions);
         DELETE FROM transactions WHERE seq = (select max(seq) from transactions);",
    );
    env.cmd(["verify"])
        .json()
        .password()
        .run()
        .failure(13, "integrity_error");
}

#[test]
fn a_credential_that_fails_is_that_credentials_error() {
    let env = Env::new();
    env.init_sandbox();
    env.cmd(["verify"])
        .json()
        .password_line("not-the-right-passphrase-1")
        .run()
        .failure(3, "auth_failed");
    env.cmd(["verify"])
        .json()
        .env(
            "OKPAY_SESSION",
            "oks_0000000000000000000000000000000000000000000000000000000000000000",
        )
        .run()
        .failure(3, "session_expired");
}

/// An index whose entries no longer match its rows (its definition rewritten behind SQLite's
/// back): every page and b-tree is still well formed, so the default `quick_check` passes it,
/// and `verify --deep` (SQLite's `integrity_check`, which matches every index entry to its row)
/// finds it, with a session (the check runs beside the ledger pass) and without.
#[test]
fn verify_deep_matches_every_index_entry_to_its_row() {
    let env = Env::new();
    env.init_sandbox();
    let token = env.login();
    env.record_topup(10_000, None);
    env.cmd(["pay", "12.50", "--merchant", "Tea House", "-y"])
        .env("OKPAY_SESSION", &token)
        .run()
        .success();
    env.sql(
        "PRAGMA writable_schema = ON;
         UPDATE sqlite_schema SET sql = replace(sql, '(merchant_id, seq)', '(seq, merchant_id)')
          WHERE name = 'transactions_merchant';",
    );
    env.cmd(["verify"])
        .env("OKPAY_SESSION", &token)
        .json()
        .run()
        .success();
    for session in [true, false] {
        let mut cmd = env.cmd(["verify", "--deep"]).json();
        if session {
            cmd = cmd.env("OKPAY_SESSION", &token);
        }
        let doc = cmd.run().failure(13, "integrity_error").json();
        let kinds = problem_kinds(&doc["error"]["details"]);
        assert!(kinds.iter().all(|k| k == "sqlite"), "{doc}");
        assert!(doc.to_string().contains("transactions_merchant"), "{doc}");
    }
}
