//! `okpay password change [--rotate-key]`: the key re-wrapped (or replaced), other sessions
//! ended, everything still opening and verifying under the new password.

use std::process::Stdio;
use std::time::Duration;

use crate::harness::{Env, PASSWORD};

const NEW: &str = "another-lantern-orbit-velvet-99";

/// A wallet with a card, a bank source (an encrypted IBAN), a top-up and a keyed payment.
fn wallet() -> (Env, String, String) {
    let env = Env::new();
    env.init_sandbox();
    let tok = env.login();
    let card = env
        .cmd([
            "-q",
            "source",
            "add",
            "card",
            "--holder",
            "Alice Li",
            "--expiry",
            "12/45",
            "--details-stdin",
        ])
        .env("OKPAY_SESSION", &tok)
        .stdin("4242424242424242\n123\n")
        .run()
        .success()
        .stdout
        .trim()
        .to_string();
    let bank = env
        .cmd([
            "-q",
            "source",
            "add",
            "bank",
            "--holder",
            "Alice Li",
            "--iban",
            "DE89370400440532013000",
        ])
        .env("OKPAY_SESSION", &tok)
        .run()
        .success()
        .stdout
        .trim()
        .to_string();
    for args in [
        vec!["topup", "1000", "--source", card.as_str(), "-y"],
        vec![
            "pay",
            "50",
            "--merchant",
            "Tea House",
            "--idempotency-key",
            "k-1",
            "-y",
        ],
    ] {
        env.cmd(args)
            .json()
            .env("OKPAY_SESSION", &tok)
            .run()
            .success();
    }
    (env, tok, bank)
}

fn change(env: &Env, current: &str, new: &str, rotate: bool) -> crate::harness::Output {
    let mut cmd = env.cmd(["password", "change", "--password-stdin"]).json();
    if rotate {
        cmd = cmd.arg("--rotate-key");
    }
    cmd.stdin(format!("{current}\n{new}\n")).run()
}

fn verify_with(env: &Env, password: &str) -> crate::harness::Output {
    env.cmd(["verify"])
        .json()
        .env("OKPAY_PASSWORD", password)
        .run()
}

#[test]
fn a_changed_password_re_wraps_the_key_and_ends_the_other_sessions() {
    let (env, tok, bank) = wallet();
    let other = env.login();
    let out = env
        .cmd(["password", "change", "--password-stdin"])
        .json()
        .env("OKPAY_SESSION", &tok)
        .stdin(format!("{PASSWORD}\n{NEW}\n"))
        .run()
        .success()
        .json();
    assert_eq!(out["password"]["key_rotated"], false, "{out}");
    assert_eq!(out["password"]["sessions_revoked"], 1, "{out}");
    verify_with(&env, PASSWORD).failure(3, "auth_failed");
    verify_with(&env, NEW).success();
    // The caller's session lives on; the other one ended.
    env.cmd(["pay", "1", "--merchant", "Tea House", "-y"])
        .json()
        .env("OKPAY_SESSION", &tok)
        .run()
        .success();
    env.cmd(["pay", "1", "--merchant", "Tea House", "-y"])
        .json()
        .env("OKPAY_SESSION", &other)
        .run()
        .failure(3, "session_expired");
    // The sealed source still checks out under the same key.
    env.cmd(["topup", "5", "--source", &bank, "-y"])
        .json()
        .env("OKPAY_PASSWORD", NEW)
        .run()
        .success();
    let events =
        env.sql_i64("select count(*) from security_events where kind = 'password_changed'");
    assert_eq!(events, 1);
}

#[test]
fn a_rotated_key_re_encrypts_and_re_seals_everything() {
    let (env, tok, bank) = wallet();
    let seals_before = env.sql_i64("select sum(length(mac)) from seals");
    let secret_before: Vec<u8> = env
        .db()
        .query_row("select secret from sources where id = ?1", [&bank], |r| {
            r.get(0)
        })
        .unwrap();
    let head_before: Vec<u8> = env
        .db()
        .query_row("select head from chain", [], |r| r.get(0))
        .unwrap();
    let out = change(&env, PASSWORD, NEW, true).success().json();
    assert_eq!(out["password"]["key_rotated"], true, "{out}");
    assert_eq!(out["password"]["transactions_resealed"], 2, "{out}");
    assert_eq!(
        seals_before,
        env.sql_i64("select sum(length(mac)) from seals")
    );
    let secret_after: Vec<u8> = env
        .db()
        .query_row("select secret from sources where id = ?1", [&bank], |r| {
            r.get(0)
        })
        .unwrap();
    let head_after: Vec<u8> = env
        .db()
        .query_row("select head from chain", [], |r| r.get(0))
        .unwrap();
    assert_ne!(secret_before, secret_after, "the IBAN was re-encrypted");
    assert_ne!(head_before, head_after, "the chain was re-sealed");
    // Every session ended, the caller's too: its wrapped key is the old one.
    assert_eq!(env.sql_i64("select count(*) from sessions"), 0);
    env.cmd(["pay", "1", "--merchant", "Tea House", "-y"])
        .json()
        .env("OKPAY_SESSION", &tok)
        .run()
        .failure(3, "session_expired");
    verify_with(&env, PASSWORD).failure(3, "auth_failed");
    let doc = verify_with(&env, NEW).success().json();
    assert_eq!(doc["verify"]["chain_checked"], true, "{doc}");
    // Sealed rows written under the old key check out under the new one: a source, an
    // idempotency record (replayed), the anchor (moved with the head).
    env.cmd(["topup", "5", "--source", &bank, "-y"])
        .json()
        .env("OKPAY_PASSWORD", NEW)
        .run()
        .success();
    let replay = env
        .cmd([
            "pay",
            "50",
            "--merchant",
            "Tea House",
            "--idempotency-key",
            "k-1",
            "-y",
        ])
        .json()
        .env("OKPAY_PASSWORD", NEW)
        .run()
        .success()
        .json();
    assert_eq!(replay["transaction"]["replayed"], true, "{replay}");
    let status = env.cmd(["status"]).json().run().success().json();
    assert_eq!(status["status"]["anchor"], "current", "{status}");
    assert_eq!(
        env.sql_i64("select count(*) from security_events where kind = 'key_rotated'"),
        1
    );
}

#[test]
fn bad_new_passwords_change_nothing() {
    let (env, _tok, _) = wallet();
    let before = env.wallet_bytes();
    // The same password, a weak one, a missing second line, an extra line, no stdin at all.
    change(&env, PASSWORD, PASSWORD, false).failure(2, "invalid_input");
    change(&env, PASSWORD, "abcdefghij", false).failure(2, "invalid_input");
    let zh = env
        .cmd(["password", "change", "--password-stdin"])
        .json()
        .lang("zh")
        .stdin(format!("{PASSWORD}\nabcdefghij\n"))
        .run()
        .failure(2, "invalid_input");
    assert!(crate::harness::has_cjk(&zh.stdout), "{}", zh.show());
    // The strength feedback is ours, worded in Chinese too (not zxcvbn's English).
    assert!(!zh.stdout.contains("guess"), "{}", zh.show());
    let en = change(&env, PASSWORD, "abcdefghij", false).failure(2, "invalid_input");
    assert!(en.stdout.contains("abc or 6543"), "{}", en.show());
    env.cmd(["password", "change", "--password-stdin"])
        .json()
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .failure(2, "input_required");
    env.cmd(["password", "change", "--password-stdin"])
        .json()
        .stdin(format!("{PASSWORD}\n{NEW}\nmore\n"))
        .run()
        .failure(2, "invalid_input");
    env.cmd(["password", "change"])
        .json()
        .run()
        .failure(2, "input_required");
    assert!(env.wallet_bytes() == before, "a refused change wrote");
    // A wrong current password is counted like any failed unlock, and changes nothing else.
    change(&env, "not-the-password-at-all-7", NEW, false).failure(3, "auth_failed");
    verify_with(&env, PASSWORD).success();
}

#[test]
fn a_rotation_killed_midway_leaves_the_old_password_working() {
    let env = Env::new();
    env.init_sandbox();
    let tok = env.login();
    env.cmd(["sandbox", "generate", "--transactions", "20000"])
        .json()
        .env("OKPAY_SESSION", &tok)
        .run()
        .success();
    let mut child = env
        .cmd(["password", "change", "--password-stdin", "--rotate-key"])
        .json()
        .command();
    child
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let mut child = child.spawn().expect("spawn okpay");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin
            .write_all(format!("{PASSWORD}\n{NEW}\n").as_bytes())
            .unwrap();
    }
    // Past the password check (the KDF), into the re-sealing.
    std::thread::sleep(Duration::from_millis(1500));
    let _ = child.kill();
    let status = child.wait().unwrap();
    // Either the rotation finished before the kill, or none of it happened. A kill after its
    // commit but before the process exited (closing the file, moving the anchor) leaves it
    // finished though the exit status says killed: then the new password is the one.
    if status.success() {
        verify_with(&env, NEW).success();
    } else {
        let (works, refused) = if verify_with(&env, PASSWORD).code() == 0 {
            (PASSWORD, NEW)
        } else {
            (NEW, PASSWORD)
        };
        let doc = verify_with(&env, works).success().json();
        assert_eq!(doc["verify"]["chain_checked"], true, "{doc}");
        verify_with(&env, refused).failure(3, "auth_failed");
    }
}

#[test]
fn status_reminds_of_an_old_password_until_it_is_changed() {
    let env = Env::new();
    env.init_sandbox();
    let status = env.cmd(["status"]).json().run().success().json();
    assert_eq!(status["status"]["password_old"], false, "{status}");
    env.cmd(["sandbox", "clock", "advance", "181d"])
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success();
    let status = env.cmd(["status"]).json().run().success().json();
    assert_eq!(status["status"]["password_old"], true, "{status}");
    let text = env.cmd(["status"]).run().success();
    assert!(text.stdout.contains("password change"), "{}", text.show());
    change(&env, PASSWORD, NEW, false).success();
    let status = env.cmd(["status"]).json().run().success().json();
    assert_eq!(status["status"]["password_old"], false, "{status}");
}

#[test]
fn lockdown_freezes_ends_every_session_and_changes_the_password() {
    let (env, tok, _) = wallet();
    let other = env.login();
    let doc = env
        .cmd(["security", "lockdown", "--password-stdin"])
        .json()
        .env("OKPAY_SESSION", &tok)
        .stdin(format!("{PASSWORD}\n{NEW}\n"))
        .run()
        .success()
        .json();
    assert_eq!(doc["lockdown"]["frozen"], true, "{doc}");
    assert_eq!(doc["lockdown"]["sessions_revoked"], 2, "{doc}");
    assert_eq!(doc["lockdown"]["password_changed"], true, "{doc}");
    let fresh = doc["session"].as_str().unwrap().to_string();
    // Only the fresh session is left; the caller's and the other one ended.
    assert_eq!(env.sql_i64("select count(*) from sessions"), 1);
    for old in [&tok, &other] {
        env.cmd(["pay", "1", "--merchant", "Tea House", "-y"])
            .json()
            .env("OKPAY_SESSION", old)
            .run()
            .failure(3, "session_expired");
    }
    // The fresh session unlocks, but money stays frozen until an unfreeze.
    env.cmd(["pay", "1", "--merchant", "Tea House", "-y"])
        .json()
        .env("OKPAY_SESSION", &fresh)
        .run()
        .failure(4, "frozen");
    verify_with(&env, PASSWORD).failure(3, "auth_failed");
    verify_with(&env, NEW).success();
    let kinds: Vec<String> = env
        .cmd(["security", "events"])
        .json()
        .run()
        .success()
        .json()["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_string())
        .collect();
    for kind in ["frozen", "logout", "password_changed", "lockdown_session"] {
        assert!(kinds.iter().any(|k| k == kind), "{kind} in {kinds:?}");
    }
}

#[test]
fn lockdown_freezes_and_ends_sessions_even_when_the_password_change_is_refused() {
    let (env, tok, _) = wallet();
    env.cmd(["security", "lockdown", "--password-stdin"])
        .json()
        .env("OKPAY_SESSION", &tok)
        .stdin(format!("{PASSWORD}\nabcdefghij\n"))
        .run()
        .failure(2, "invalid_input");
    assert_eq!(env.sql_i64("select count(*) from sessions"), 0);
    env.cmd(["pay", "1", "--merchant", "Tea House", "-y"])
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .failure(4, "frozen");
}
