//! `backup` and `restore`: an online copy that stays consistent while another process pays,
//! private and without sessions; a verified restore that brings an old state back and
//! re-anchors; an older copy put back by hand is caught as a rollback; damaged, foreign and
//! tampered backups are refused and leave the wallet byte for byte as it was.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::harness::{contains_bytes, mode, Env};
use crate::pay::{balance_of, Wallet};

/// `backup FILE --json`, successful; returns the `backup` object.
fn backup(env: &Env, file: &Path) -> Value {
    let doc = env.cmd(["backup"]).arg(file).json().run().success().json();
    doc["backup"].clone()
}

/// A path in the test's directory.
fn at(env: &Env, name: &str) -> PathBuf {
    env.root().join(name)
}

/// `restore FILE --yes --json` inside the session.
fn restore_in_session(w: &Wallet, file: &Path) -> crate::harness::Output {
    w.env
        .cmd(["restore", "--yes"])
        .arg(file)
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .run()
}

/// `verify` of a copy with the password, against an anchor directory of its own (the copy is
/// older than the wallet this machine anchored, by design).
fn verify_copy(env: &Env, file: &Path) -> Value {
    env.cmd(["verify"])
        .json()
        .password()
        .env("OKPAY_DB", file)
        .env("XDG_STATE_HOME", env.root().join("other-state"))
        .run()
        .success()
        .json()
}

/// Temporary files a backup or restore left in a directory.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.contains(".backup-") || n.contains(".restore-"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_backup_taken_while_another_process_pays_is_consistent_private_and_sessionless() {
    let w = Wallet::funded("1000.00");
    let mut files = Vec::new();
    std::thread::scope(|scope| {
        let payer = scope.spawn(|| {
            for i in 0..25 {
                w.env
                    .cmd(["pay", "1.00", "--merchant", "Busy Shop", "-y"])
                    .arg("--idempotency-key")
                    .arg(format!("busy-{i}"))
                    .json()
                    .env("OKPAY_SESSION", &w.tok)
                    .run()
                    .success();
            }
        });
        for i in 0..4 {
            let file = at(&w.env, &format!("backup-{i}.db"));
            let info = backup(&w.env, &file);
            assert_eq!(info["path"], file.display().to_string());
            assert!(
                info["at"].as_str().is_some_and(|s| s.ends_with('Z')),
                "{info}"
            );
            let transactions = info["transactions"].as_i64().expect("transactions");
            files.push((file, transactions));
        }
        payer.join().expect("payer thread");
    });
    let live_sessions: Vec<(Vec<u8>, Vec<u8>)> = {
        let db = w.env.db();
        let mut stmt = db
            .prepare("select id_hash, wrapped_key from sessions")
            .expect("sessions");
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("query");
        rows.map(|r| r.expect("row")).collect()
    };
    assert!(!live_sessions.is_empty(), "the wallet has a session");
    for (file, transactions) in &files {
        assert_eq!(mode(file), 0o600, "{}", file.display());
        let bytes = std::fs::read(file).expect("read backup");
        for (id_hash, wrapped) in &live_sessions {
            assert!(!contains_bytes(&bytes, id_hash), "a session's hash lingers");
            assert!(!contains_bytes(&bytes, wrapped), "a session's key lingers");
        }
        let copy = rusqlite::Connection::open(file).expect("open backup");
        let sessions: i64 = copy
            .query_row("select count(*) from sessions", [], |r| r.get(0))
            .expect("count sessions");
        assert_eq!(sessions, 0, "{}", file.display());
        let count: i64 = copy
            .query_row("select count(*) from transactions", [], |r| r.get(0))
            .expect("count");
        assert_eq!(count, *transactions);
        drop(copy);
        let doc = verify_copy(&w.env, file);
        assert_eq!(doc["verify"]["ok"], true, "{doc}");
        assert_eq!(doc["verify"]["chain_checked"], true, "{doc}");
    }
    // The live wallet knows when it was backed up.
    let status = w.run(["status"]).success().json();
    assert!(
        status["status"]["last_backup_at"]
            .as_str()
            .is_some_and(|s| s.ends_with('Z')),
        "{status}"
    );
    assert_eq!(
        w.env
            .sql_i64("select count(*) from security_events where kind = 'backup'"),
        4
    );
    assert_eq!(balance_of(&w.env, "CNY"), "975.00");
    assert!(leftovers(w.env.root()).is_empty());
    crate::pay::assert_verify_clean(&w);
}

#[test]
fn backup_refuses_an_existing_file_a_missing_folder_and_the_wallet_itself() {
    let w = Wallet::funded("10");
    let file = at(&w.env, "b.db");
    std::fs::write(&file, b"keep me").expect("write");
    w.env
        .cmd(["backup"])
        .arg(&file)
        .json()
        .run()
        .failure(11, "already_exists");
    assert_eq!(std::fs::read(&file).expect("read"), b"keep me");
    // --force replaces it with a backup.
    w.env
        .cmd(["backup", "--force"])
        .arg(&file)
        .json()
        .run()
        .success();
    assert_eq!(mode(&file), 0o600);
    verify_copy(&w.env, &file);
    let missing = at(&w.env, "no/such/dir/b.db");
    w.env
        .cmd(["backup"])
        .arg(&missing)
        .json()
        .run()
        .failure(2, "invalid_input");
    assert!(!missing.exists());
    w.env
        .cmd(["backup", "--force"])
        .arg(w.env.wallet())
        .json()
        .run()
        .failure(2, "invalid_input");
    w.env
        .cmd(["backup", "--force"])
        .arg(w.env.root())
        .json()
        .run()
        .failure(2, "invalid_input");
    // Text output in both languages.
    let out = w
        .env
        .cmd(["backup"])
        .arg(at(&w.env, "en.db"))
        .run()
        .success();
    assert!(out.stdout.contains("en.db"), "{}", out.show());
    let out = w
        .env
        .cmd(["backup"])
        .arg(at(&w.env, "zh.db"))
        .lang("zh")
        .run()
        .success();
    assert!(crate::harness::has_cjk(&out.stdout), "{}", out.show());
    let out = w
        .env
        .cmd(["backup"])
        .arg(at(&w.env, "zh.db"))
        .lang("zh")
        .run()
        .failure(11, "already_exists");
    assert!(crate::harness::has_cjk(&out.stderr), "{}", out.show());
    assert!(leftovers(w.env.root()).is_empty());
}

#[test]
fn restore_brings_the_old_balance_back_and_re_anchors() {
    let w = Wallet::funded("100.00");
    w.pay_ok("10.00", "Shop", &[]);
    let file = at(&w.env, "good.db");
    backup(&w.env, &file);
    let backed_up = crate::pay::tx_count(&w.env);
    w.pay_ok("20.00", "Shop", &[]);
    w.pay_ok("30.00", "Shop", &[]);
    assert_eq!(w.cny(), "40.00");

    // Without a terminal and without --yes: nothing happens.
    let before = w.env.wallet_bytes();
    w.env
        .cmd(["restore"])
        .arg(&file)
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .failure(2, "input_required");
    assert_eq!(w.env.wallet_bytes(), before);
    // Without a credential: auth_required.
    w.env
        .cmd(["restore", "--yes"])
        .arg(&file)
        .json()
        .run()
        .failure(3, "auth_required");

    let doc = w
        .env
        .cmd(["restore", "--yes"])
        .arg(&file)
        .json()
        .password()
        .run()
        .success()
        .json();
    assert_eq!(doc["restore"]["path"], file.display().to_string(), "{doc}");
    assert_eq!(doc["restore"]["transactions"], backed_up, "{doc}");
    assert!(doc["restore"]["at"].as_str().is_some(), "{doc}");
    assert_eq!(w.cny(), "90.00");
    assert_eq!(crate::pay::tx_count(&w.env), backed_up);
    // Re-anchored: the wallet is current, verifies, and takes the next payment.
    let status = w.env.cmd(["status"]).json().run().success().json();
    assert_eq!(status["status"]["anchor"], "current", "{status}");
    let doc = w
        .env
        .cmd(["verify"])
        .json()
        .password()
        .run()
        .success()
        .json();
    assert_eq!(doc["verify"]["chain_checked"], true);
    // Sessions ended with the restore; the password still works.
    w.env
        .cmd(["pay", "5", "--merchant", "Shop", "-y"])
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .failure(3, "session_expired");
    w.env
        .cmd(["pay", "5", "--merchant", "Shop", "-y"])
        .json()
        .password()
        .run()
        .success();
    assert_eq!(w.cny(), "85.00");
    w.env.cmd(["verify"]).json().password().run().success();
    assert_eq!(
        w.env
            .sql_i64("select count(*) from security_events where kind = 'restore'"),
        1
    );
    // Human output, both languages.
    let tok = w.env.login();
    let out = w
        .env
        .cmd(["restore", "--yes"])
        .arg(&file)
        .env("OKPAY_SESSION", &tok)
        .lang("zh")
        .run()
        .success();
    assert!(crate::harness::has_cjk(&out.stdout), "{}", out.show());
    assert_eq!(w.cny(), "90.00");
    assert!(leftovers(w.env.wallet().parent().expect("dir")).is_empty());
}

#[test]
fn an_older_copy_put_back_by_hand_is_a_rollback_until_accepted() {
    let w = Wallet::funded("100.00");
    w.pay_ok("10.00", "Shop", &[]);
    let old = at(&w.env, "old.db");
    std::fs::copy(w.env.wallet(), &old).expect("cp");
    assert!(!w.env.wal().exists(), "the wallet was checkpointed");
    w.pay_ok("20.00", "Shop", &[]);
    assert_eq!(w.cny(), "70.00");
    std::fs::copy(&old, w.env.wallet()).expect("cp back");

    let out = w
        .env
        .cmd(["verify"])
        .json()
        .password()
        .run()
        .failure(13, "integrity_error");
    let kinds: Vec<String> = out.details()["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| p["kind"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(kinds.iter().any(|k| k == "rolled_back"), "{kinds:?}");
    let before = w.env.wallet_bytes();
    w.env
        .cmd(["pay", "1", "--merchant", "Shop", "-y"])
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .failure(13, "integrity_error");
    assert_eq!(
        w.env.wallet_bytes(),
        before,
        "a refused payment changes nothing"
    );
    assert_eq!(w.cny(), "90.00");

    w.env
        .cmd(["verify", "--accept"])
        .json()
        .password()
        .run()
        .success();
    w.pay_ok("1.00", "Shop", &[]);
    assert_eq!(w.cny(), "89.00");
    w.env.cmd(["verify"]).json().password().run().success();
}

#[test]
fn damaged_foreign_and_tampered_backups_are_refused_and_change_nothing() {
    let w = Wallet::funded("100.00");
    w.pay_ok("10.00", "Shop", &[]);
    let good = at(&w.env, "good.db");
    backup(&w.env, &good);
    w.pay_ok("5.00", "Shop", &[]);
    let bytes = std::fs::read(&good).expect("read backup");

    let truncated = at(&w.env, "truncated.db");
    std::fs::write(&truncated, &bytes[..4096]).expect("write");
    let half = at(&w.env, "half.db");
    std::fs::write(&half, &bytes[..bytes.len() / 2]).expect("write");
    let short = at(&w.env, "short.db");
    std::fs::write(&short, &bytes[..bytes.len() - 4096]).expect("write");

    let foreign = {
        let other = Env::new();
        other.init_sandbox();
        other.record_topup(10_000, None);
        let file = at(&w.env, "foreign.db");
        backup(&other, &file);
        file
    };

    let tampered = |name: &str, sql: &str| {
        let file = at(&w.env, name);
        std::fs::write(&file, &bytes).expect("write");
        let db = rusqlite::Connection::open(&file).expect("open copy");
        db.execute_batch(sql).expect("tamper");
        drop(db);
        file
    };
    let balance = tampered(
        "balance.db",
        "update balances set balance_minor = balance_minor + 100000
          where account_id = (select id from accounts where name = 'wallet:CNY')",
    );
    let memo = tampered(
        "memo.db",
        "drop trigger transactions_append_only_update;
         update transactions set memo = 'forged' where seq = (select max(seq) from transactions)",
    );
    let deleted = tampered(
        "deleted.db",
        "pragma foreign_keys = off;
         drop trigger transactions_append_only_delete;
         drop trigger postings_append_only_delete;
         delete from postings where tx_seq = (select max(seq) from transactions);
         delete from tx_status where tx_seq = (select max(seq) from transactions);
         delete from transactions where seq = (select max(seq) from transactions);",
    );
    let merchant = tampered("merchant.db", "update merchants set blocked = 1");

    let before = w.env.wallet_bytes();
    let refused: [&Path; 8] = [
        &truncated, &half, &short, &foreign, &balance, &memo, &deleted, &merchant,
    ];
    for file in refused {
        let out = restore_in_session(&w, file).failure(13, "integrity_error");
        assert!(
            out.details()["path"].as_str().is_some(),
            "{}: {}",
            file.display(),
            out.show()
        );
        assert_eq!(
            w.env.wallet_bytes(),
            before,
            "{} changed the wallet",
            file.display()
        );
        assert!(!w.env.wal().exists());
    }
    let out = restore_in_session(&w, &foreign).failure(13, "integrity_error");
    assert!(
        out.json()["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("another wallet")),
        "{}",
        out.show()
    );
    // Not a wallet at all, or no file: invalid_input, as for --db.
    let text = at(&w.env, "notes.txt");
    std::fs::write(&text, "hello\n".repeat(100)).expect("write");
    restore_in_session(&w, &text).failure(2, "invalid_input");
    restore_in_session(&w, &at(&w.env, "missing.db")).failure(2, "invalid_input");
    restore_in_session(&w, w.env.root()).failure(2, "invalid_input");
    assert_eq!(w.env.wallet_bytes(), before);
    assert!(leftovers(w.env.wallet().parent().expect("dir")).is_empty());
    assert_eq!(w.cny(), "85.00");
    // The message is in Chinese too.
    let out = w
        .env
        .cmd(["restore", "--yes"])
        .arg(&balance)
        .env("OKPAY_SESSION", &w.tok)
        .lang("zh")
        .run()
        .failure(13, "integrity_error");
    assert!(crate::harness::has_cjk(&out.stderr), "{}", out.show());
    // And the good backup still restores.
    restore_in_session(&w, &good).success();
    assert_eq!(w.cny(), "90.00");
}

#[test]
fn restore_recovers_a_wallet_tampered_with_after_the_backup() {
    let w = Wallet::funded("100.00");
    let file = at(&w.env, "good.db");
    backup(&w.env, &file);
    w.pay_ok("10.00", "Shop", &[]);
    // Someone with sqlite3 adds money; the next write refuses, as it must.
    w.env.sql(
        "update balances set balance_minor = balance_minor + 100000
          where account_id = (select id from accounts where name = 'wallet:CNY')",
    );
    w.env
        .cmd(["pay", "1", "--merchant", "Shop", "-y"])
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .failure(13, "integrity_error");
    // The advice is to restore a backup: that works on the tampered wallet.
    restore_in_session(&w, &file).success();
    assert_eq!(w.cny(), "100.00");
    w.env.cmd(["verify"]).json().password().run().success();
    w.env
        .cmd(["pay", "1", "--merchant", "Shop", "-y"])
        .json()
        .password()
        .run()
        .success();
    assert_eq!(w.cny(), "99.00");
}

#[test]
fn restore_needs_the_wallet_and_a_backup_copied_into_place_is_accepted_with_the_password() {
    let w = Wallet::funded("30.00");
    let file = at(&w.env, "good.db");
    backup(&w.env, &file);
    // A new machine: no wallet, no anchor.
    let fresh = Env::new();
    let out = fresh
        .cmd(["restore", "--yes"])
        .arg(&file)
        .json()
        .password()
        .run()
        .failure(12, "not_found");
    assert!(
        out.json()["error"]["advice"]
            .as_str()
            .is_some_and(|a| a.contains("verify --accept")),
        "{}",
        out.show()
    );
    std::fs::create_dir_all(fresh.wallet().parent().expect("dir")).expect("mkdir");
    std::fs::copy(&file, fresh.wallet()).expect("cp");
    fresh
        .cmd(["verify", "--accept"])
        .json()
        .password()
        .run()
        .success();
    assert_eq!(balance_of(&fresh, "CNY"), "30.00");
    fresh
        .cmd(["pay", "5", "--merchant", "Shop", "-y"])
        .json()
        .password()
        .run()
        .success();
    assert_eq!(balance_of(&fresh, "CNY"), "25.00");
}
