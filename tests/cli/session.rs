//! `login`, `logout`, `status`, the unlocking precedence of CLI.md, and lock-out.

use jiff::{SignedDuration, Timestamp};

use crate::harness::{is_token, write_file, Env, PASSWORD};

/// A well-formed token that no wallet issued.
const UNKNOWN_TOKEN: &str = "oks_0000000000000000000000000000000000000000000000000000000000000000";

fn ts(text: &str) -> Timestamp {
    text.parse()
        .unwrap_or_else(|e| panic!("not an RFC 3339 time {text:?}: {e}"))
}

fn clock_ms(env: &Env) -> i64 {
    env.sql_i64("select clock_ms from wallet")
}

#[test]
fn wrong_password_is_auth_failed_and_counted() {
    let env = Env::new();
    env.init_sandbox();
    let out = env
        .cmd(["login"])
        .json()
        .password_line("not-the-right-passphrase-1")
        .run()
        .failure(3, "auth_failed");
    assert!(!out.stdout.contains("not-the-right"), "{}", out.show());
    assert_eq!(env.sql_i64("select failed_unlocks from wallet"), 1);
    assert_eq!(env.sql_i64("select count(*) from sessions"), 0);

    // Human form: message and advice on stderr, nothing on stdout.
    let out = env
        .cmd(["login"])
        .password_line("not-the-right-passphrase-2")
        .run()
        .failure(3, "auth_failed");
    assert!(out.stdout.is_empty(), "{}", out.show());
    assert!(!out.stderr.contains("not-the-right"), "{}", out.show());
}

#[test]
fn wrong_username_is_the_same_auth_failed_as_a_wrong_password() {
    let env = Env::new();
    env.init_sandbox();
    let by_user = env
        .cmd(["login", "--username", "bob"])
        .json()
        .password()
        .run()
        .failure(3, "auth_failed")
        .json();
    let by_password = env
        .cmd(["login", "--username", "alice"])
        .json()
        .password_line("not-the-right-passphrase-1")
        .run()
        .failure(3, "auth_failed")
        .json();
    assert_eq!(
        by_user["error"]["message"], by_password["error"]["message"],
        "the messages must not tell which was wrong"
    );
    assert_eq!(by_user["error"]["advice"], by_password["error"]["advice"]);
    assert_eq!(env.sql_i64("select count(*) from sessions"), 0);

    // The right username and password work.
    let out = env
        .cmd(["login", "--username", "alice", "--raw"])
        .password()
        .run()
        .success();
    assert!(is_token(out.stdout.trim_end()), "{}", out.show());
}

#[test]
fn login_prints_an_export_line_or_the_bare_token() {
    let env = Env::new();
    env.init_sandbox();
    let out = env.cmd(["login"]).password().run().success();
    let token = out
        .stdout
        .strip_prefix("export OKPAY_SESSION=")
        .and_then(|rest| rest.strip_suffix('\n'))
        .unwrap_or_else(|| panic!("not an export line:\n{}", out.show()));
    assert!(is_token(token), "{}", out.show());

    let out = env.cmd(["login", "--raw"]).password().run().success();
    assert!(out.stdout.ends_with('\n') && out.stdout.lines().count() == 1);
    assert!(
        is_token(out.stdout.trim_end_matches('\n')),
        "{}",
        out.show()
    );
    assert_ne!(
        out.stdout.trim_end(),
        token,
        "every login makes a new token"
    );
    assert_eq!(env.sql_i64("select count(*) from sessions"), 2);
}

#[test]
fn login_json_gives_session_and_expiry_by_the_sandbox_clock() {
    let env = Env::new();
    env.init_sandbox();
    let now = ts(&env.clock());
    // --json wins over --raw and -q.
    let doc = env
        .cmd(["-q", "login", "--raw"])
        .json()
        .password()
        .run()
        .success()
        .json();
    assert!(is_token(doc["session"].as_str().unwrap()), "{doc}");
    let expires = ts(doc["expires_at"].as_str().unwrap());
    assert!(doc["expires_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(expires.duration_since(now), SignedDuration::from_mins(15));

    let doc = env
        .cmd(["login", "--ttl", "2h"])
        .json()
        .password()
        .run()
        .success()
        .json();
    let expires = ts(doc["expires_at"].as_str().unwrap());
    assert_eq!(expires.duration_since(now), SignedDuration::from_hours(2));

    let doc = env
        .cmd(["login", "--ttl", "12h"])
        .json()
        .password()
        .run()
        .success()
        .json();
    let expires = ts(doc["expires_at"].as_str().unwrap());
    assert_eq!(expires.duration_since(now), SignedDuration::from_hours(12));
}

#[test]
fn login_ttl_out_of_range_is_invalid_input_and_starts_no_session() {
    let env = Env::new();
    env.init_sandbox();
    for ttl in ["0m", "0s", "13h", "721m", "1d", "-5m", "15", "abc", ""] {
        env.cmd(["login", "--ttl", ttl])
            .json()
            .password()
            .run()
            .failure(2, "invalid_input");
    }
    assert_eq!(env.sql_i64("select count(*) from sessions"), 0);
    assert_eq!(env.sql_i64("select failed_unlocks from wallet"), 0);
}

#[test]
fn session_token_unlocks_clock_advance() {
    let env = Env::new();
    env.init_sandbox();
    let token = env.login();
    let before = clock_ms(&env);
    let out = env
        .cmd(["sandbox", "clock", "advance", "90s"])
        .json()
        .env("OKPAY_SESSION", &token)
        .run()
        .success();
    assert_eq!(clock_ms(&env), before + 90_000);
    let clock = ts(out.json()["clock"].as_str().unwrap());
    assert_eq!(clock.as_millisecond(), before + 90_000);
    // The same token keeps working for a second command.
    env.cmd(["sandbox", "clock", "advance", "1m"])
        .env("OKPAY_SESSION", &token)
        .run()
        .success();
    assert_eq!(clock_ms(&env), before + 150_000);
}

#[test]
fn after_logout_the_token_is_session_expired() {
    let env = Env::new();
    env.init_sandbox();
    let token = env.login();
    let out = env
        .cmd(["logout"])
        .json()
        .env("OKPAY_SESSION", &token)
        .run()
        .success();
    assert_eq!(out.json(), serde_json::json!({"revoked": 1}));
    assert_eq!(env.sql_i64("select count(*) from sessions"), 0);
    let before = clock_ms(&env);
    env.cmd(["sandbox", "clock", "advance", "1m"])
        .json()
        .env("OKPAY_SESSION", &token)
        .run()
        .failure(3, "session_expired");
    env.cmd(["sandbox", "clock", "advance", "1m"])
        .env("OKPAY_SESSION", &token)
        .run()
        .failure(3, "session_expired");
    assert_eq!(clock_ms(&env), before, "the clock moved");
}

#[test]
fn logout_all_revokes_every_session() {
    let env = Env::new();
    env.init_sandbox();
    let first = env.login();
    let second = env.login();
    let out = env.cmd(["logout", "--all"]).json().run().success();
    assert_eq!(out.json(), serde_json::json!({"revoked": 2}));
    for token in [first, second] {
        env.cmd(["sandbox", "clock", "advance", "1m"])
            .json()
            .env("OKPAY_SESSION", &token)
            .run()
            .failure(3, "session_expired");
    }
    assert_eq!(env.sql_i64("select count(*) from sessions"), 0);
}

#[test]
fn logout_ends_only_the_session_it_is_given() {
    let env = Env::new();
    env.init_sandbox();
    let first = env.login();
    let second = env.login();
    env.cmd(["logout"])
        .env("OKPAY_SESSION", &first)
        .run()
        .success();
    env.cmd(["sandbox", "clock", "advance", "1m"])
        .json()
        .env("OKPAY_SESSION", &first)
        .run()
        .failure(3, "session_expired");
    env.cmd(["sandbox", "clock", "advance", "1m"])
        .json()
        .env("OKPAY_SESSION", &second)
        .run()
        .success();
}

#[test]
fn session_expires_when_the_sandbox_clock_passes_its_ttl() {
    let env = Env::new();
    env.init_sandbox();
    let token = env
        .cmd(["login", "--raw", "--ttl", "90s"])
        .password()
        .run()
        .success()
        .stdout
        .trim_end()
        .to_string();
    // At login + 0 s and + 89 s the session is valid; it moves the clock to + 90 s, its end.
    for step in ["89s", "1s"] {
        env.cmd(["sandbox", "clock", "advance", step])
            .env("OKPAY_SESSION", &token)
            .run()
            .success();
    }
    let before = clock_ms(&env);
    env.cmd(["sandbox", "clock", "advance", "1m"])
        .json()
        .env("OKPAY_SESSION", &token)
        .run()
        .failure(3, "session_expired");
    assert_eq!(clock_ms(&env), before);
    // Expired rows are purged.
    assert_eq!(env.sql_i64("select count(*) from sessions"), 0);
    // status agrees.
    let status = env
        .cmd(["status"])
        .json()
        .env("OKPAY_SESSION", &token)
        .run()
        .success()
        .json();
    assert_eq!(status["status"]["unlocked"], false);
}

#[test]
fn an_invalid_session_is_session_expired_even_with_okpay_password_set() {
    let env = Env::new();
    env.init_sandbox();
    let logged_out = env.login();
    env.cmd(["logout"])
        .env("OKPAY_SESSION", &logged_out)
        .run()
        .success();
    let before = clock_ms(&env);
    for token in [UNKNOWN_TOKEN, "garbage", "oks_xyz", logged_out.as_str()] {
        env.cmd(["sandbox", "clock", "advance", "1m"])
            .json()
            .env("OKPAY_SESSION", token)
            .env("OKPAY_PASSWORD", PASSWORD)
            .run()
            .failure(3, "session_expired");
    }
    assert_eq!(clock_ms(&env), before, "OKPAY_PASSWORD was used instead");
}

#[test]
fn password_stdin_wins_over_okpay_session() {
    let env = Env::new();
    env.init_sandbox();
    // An unusable session does not matter when the password is given explicitly.
    env.cmd(["sandbox", "clock", "advance", "1m"])
        .json()
        .env("OKPAY_SESSION", UNKNOWN_TOKEN)
        .password()
        .run()
        .success();
    // A good session does not save a wrong explicit password: the password is what is used.
    let token = env.login();
    env.cmd(["sandbox", "clock", "advance", "1m"])
        .json()
        .env("OKPAY_SESSION", &token)
        .password_line("not-the-right-passphrase-1")
        .run()
        .failure(3, "auth_failed");
}

#[test]
fn password_file_wins_over_okpay_session() {
    let env = Env::new();
    env.init_sandbox();
    let file = env.root().join("pw");
    write_file(&file, format!("{PASSWORD}\n").as_bytes(), 0o600);
    env.cmd(["sandbox", "clock", "advance", "1m", "--password-file"])
        .arg(&file)
        .json()
        .env("OKPAY_SESSION", UNKNOWN_TOKEN)
        .run()
        .success();
}

#[test]
fn okpay_password_unlocks() {
    let env = Env::new();
    env.init_sandbox();
    let before = clock_ms(&env);
    env.cmd(["sandbox", "clock", "advance", "1h"])
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success();
    assert_eq!(clock_ms(&env), before + 3_600_000);
    env.cmd(["sandbox", "clock", "advance", "1h"])
        .json()
        .env("OKPAY_PASSWORD", "not-the-right-passphrase-1")
        .run()
        .failure(3, "auth_failed");
    // login takes it too.
    let doc = env
        .cmd(["login"])
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success()
        .json();
    assert!(is_token(doc["session"].as_str().unwrap()));
}

#[test]
fn no_credential_and_no_terminal_is_auth_required() {
    let env = Env::new();
    env.init_sandbox();
    let before = clock_ms(&env);
    env.cmd(["sandbox", "clock", "advance", "1m"])
        .json()
        .run()
        .failure(3, "auth_required");
    env.cmd(["sandbox", "clock", "set", "2099-01-01"])
        .json()
        .run()
        .failure(3, "auth_required");
    env.cmd(["login"]).json().run().failure(3, "auth_required");
    // --no-input says the same even where a terminal could be asked.
    env.cmd(["--no-input", "sandbox", "clock", "advance", "1m"])
        .run()
        .failure(3, "auth_required");
    // Empty variables are no credential.
    env.cmd(["sandbox", "clock", "advance", "1m"])
        .json()
        .env("OKPAY_SESSION", "")
        .env("OKPAY_PASSWORD", "")
        .run()
        .failure(3, "auth_required");
    assert_eq!(clock_ms(&env), before);
}

#[test]
fn password_file_readable_by_others_is_refused_and_a_private_one_works() {
    let env = Env::new();
    env.init_sandbox();
    let file = env.root().join("pw.txt");
    for open_mode in [0o644, 0o640, 0o604] {
        write_file(&file, format!("{PASSWORD}\n").as_bytes(), open_mode);
        env.cmd(["login", "--password-file"])
            .arg(&file)
            .json()
            .run()
            .failure(2, "invalid_input");
    }
    assert_eq!(env.sql_i64("select count(*) from sessions"), 0);
    assert_eq!(env.sql_i64("select failed_unlocks from wallet"), 0);

    write_file(
        &file,
        format!("{PASSWORD}\nignored second line\n").as_bytes(),
        0o600,
    );
    let doc = env
        .cmd(["login", "--password-file"])
        .arg(&file)
        .json()
        .run()
        .success()
        .json();
    assert!(is_token(doc["session"].as_str().unwrap()));

    // A missing file is invalid_input too, and --password-stdin with --password-file conflict.
    env.cmd(["login", "--password-file"])
        .arg(env.root().join("missing"))
        .json()
        .run()
        .failure(2, "invalid_input");
    env.cmd(["login", "--password-file"])
        .arg(&file)
        .json()
        .password()
        .run()
        .failure(2, "invalid_input");
}

#[test]
fn a_password_is_never_accepted_as_a_flag() {
    let env = Env::new();
    env.init_sandbox();
    env.cmd(["login", "--password", PASSWORD])
        .json()
        .run()
        .failure(2, "invalid_input");
    assert_eq!(env.sql_i64("select count(*) from sessions"), 0);
}

#[test]
fn status_is_unlocked_with_a_session_and_locked_without() {
    let env = Env::new();
    env.init_sandbox();
    let locked = env.cmd(["status"]).json().run().success().json();
    let s = &locked["status"];
    assert_eq!(s["unlocked"], false);
    assert!(s.get("session_expires_at").is_none(), "{locked}");
    assert_eq!(s["sandbox"], true);
    assert_eq!(s["time_zone"], "UTC");
    assert_eq!(s["username"], "alice");
    assert_eq!(s["base_currency"], "CNY");
    assert_eq!(s["sessions"], 0);

    let login = env.cmd(["login"]).json().password().run().success().json();
    let token = login["session"].as_str().unwrap();
    let unlocked = env
        .cmd(["status"])
        .json()
        .env("OKPAY_SESSION", token)
        .run()
        .success()
        .json();
    let s = &unlocked["status"];
    assert_eq!(s["unlocked"], true);
    assert_eq!(s["session_expires_at"], login["expires_at"]);
    assert_eq!(s["sessions"], 1);

    // Without the token, still locked; an unknown token does not unlock either.
    let s = env.cmd(["status"]).json().run().success().json();
    assert_eq!(s["status"]["unlocked"], false);
    let s = env
        .cmd(["status"])
        .json()
        .env("OKPAY_SESSION", UNKNOWN_TOKEN)
        .run();
    if s.code() == 0 {
        assert_eq!(s.json()["status"]["unlocked"], false);
    } else {
        s.failure(3, "session_expired");
    }

    // The human form says so, and names the zone.
    let out = env
        .cmd(["status"])
        .env("OKPAY_SESSION", token)
        .run()
        .success();
    assert!(out.stdout.contains("UTC"), "{}", out.show());
    assert!(
        out.stdout.to_lowercase().contains("unlocked"),
        "{}",
        out.show()
    );
    let out = env.cmd(["-q", "status"]).run().success();
    assert_eq!(out.stdout, "locked\n");
}

#[test]
fn five_wrong_passwords_lock_the_wallet_until_the_clock_passes() {
    let env = Env::new();
    env.init_sandbox();
    for attempt in 1..=5 {
        env.cmd(["login"])
            .json()
            .password_line(&format!("wrong-passphrase-attempt-{attempt}"))
            .run()
            .failure(3, "auth_failed");
    }
    // Even the right password is refused now.
    let out = env
        .cmd(["login"])
        .json()
        .password()
        .run()
        .failure(4, "locked_out");
    let details = out.details();
    let retry_after = details["retry_after"].as_i64().expect("retry_after");
    assert!(retry_after > 0, "{details}");
    assert!(
        details["retry_at"].as_str().unwrap().ends_with('Z'),
        "{details}"
    );
    assert_eq!(env.sql_i64("select count(*) from sessions"), 0);
    // Every way of unlocking is refused, not only login.
    env.cmd(["sandbox", "clock", "advance", "1m"])
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .failure(4, "locked_out");
    let status = env.cmd(["status"]).json().run().success().json();
    assert_eq!(status["status"]["locked_out"], true, "{status}");

    // The wallet is locked, so its sandbox clock cannot be moved (that needs unlocking, and the
    // clock is sealed against edits): let the lock-out end as time passing would.
    env.sql("UPDATE wallet SET locked_until_ms = clock_ms - 1");
    let doc = env.cmd(["login"]).json().password().run().success().json();
    assert!(is_token(doc["session"].as_str().unwrap()));
    assert_eq!(env.sql_i64("select failed_unlocks from wallet"), 0);
    let status = env.cmd(["status"]).json().run().success().json();
    assert_eq!(status["status"]["locked_out"], false, "{status}");
}

#[test]
fn a_session_from_another_wallet_does_not_unlock() {
    let first = Env::new();
    first.init_sandbox();
    let token = first.login();
    let second = Env::new();
    second.init_sandbox();
    second
        .cmd(["sandbox", "clock", "advance", "1m"])
        .json()
        .env("OKPAY_SESSION", &token)
        .run()
        .failure(3, "session_expired");
}
