//! `okpay sandbox clock [show|set|advance]`.

use jiff::{SignedDuration, Timestamp};

use crate::harness::Env;

fn ts(text: &str) -> Timestamp {
    text.parse()
        .unwrap_or_else(|e| panic!("not an RFC 3339 time {text:?}: {e}"))
}

#[test]
fn the_clock_starts_at_init_and_stands_still() {
    let env = Env::new();
    let before = Timestamp::now();
    env.init_sandbox();
    let after = Timestamp::now();
    let clock = env.clock();
    assert!(clock.ends_with('Z'), "{clock}");
    // JSON times may be given to the second.
    let at = ts(&clock);
    assert!(
        before - SignedDuration::from_secs(1) <= at && at <= after,
        "{before} <= {at} <= {after}"
    );
    std::thread::sleep(std::time::Duration::from_millis(20));
    assert_eq!(env.clock(), clock, "the sandbox clock moved by itself");
    // `sandbox clock` alone means show.
    let out = env.cmd(["sandbox", "clock"]).json().run().success();
    assert_eq!(out.json()["clock"], clock.as_str());
    // Human and quiet forms.
    let out = env.cmd(["sandbox", "clock", "show"]).run().success();
    assert!(out.stdout.contains(&clock), "{}", out.show());
    let out = env.cmd(["-q", "sandbox", "clock", "show"]).run().success();
    assert_eq!(out.stdout, format!("{clock}\n"));
}

#[test]
fn advance_moves_the_clock_forward() {
    let env = Env::new();
    env.init_sandbox();
    let token = env
        .cmd(["login", "--raw", "--ttl", "3h"])
        .password()
        .run()
        .success()
        .stdout
        .trim_end()
        .to_string();
    let start = ts(&env.clock());
    for (duration, total) in [("90s", 90), ("15m", 90 + 900), ("2h", 90 + 900 + 7200)] {
        let out = env
            .cmd(["sandbox", "clock", "advance", duration])
            .json()
            .env("OKPAY_SESSION", &token)
            .run()
            .success();
        let clock = ts(out.json()["clock"].as_str().unwrap());
        assert_eq!(
            clock.duration_since(start),
            SignedDuration::from_secs(total)
        );
    }
    // Still inside the 3-hour session: a day on.
    env.cmd(["sandbox", "clock", "advance", "1d"])
        .json()
        .env("OKPAY_SESSION", &token)
        .run()
        .success();
    // Now the session has expired by the sandbox clock; the password still works.
    env.cmd(["sandbox", "clock", "advance", "1d"])
        .json()
        .env("OKPAY_SESSION", &token)
        .run()
        .failure(3, "session_expired");
    env.cmd(["sandbox", "clock", "advance", "1d"])
        .json()
        .password()
        .run()
        .success();
    let clock = ts(&env.clock());
    assert_eq!(
        clock.duration_since(start),
        SignedDuration::from_secs(90 + 900 + 7200 + 2 * 86_400)
    );
    assert_eq!(
        env.sql_i64("select clock_ms from wallet"),
        clock.as_millisecond()
    );
}

#[test]
fn set_moves_the_clock_to_a_time_or_a_date_in_the_wallets_zone() {
    let env = Env::new();
    env.init_sandbox();
    let token = env.login();
    let set = |time: &str| {
        env.cmd(["sandbox", "clock", "set", time])
            .json()
            .env("OKPAY_SESSION", &token)
            .run()
    };
    // RFC 3339 with an offset, shown in UTC.
    let out = set("2098-06-01T10:00:00+01:00").success();
    assert_eq!(out.json()["clock"], "2098-06-01T09:00:00Z");
    // The 15-minute session has now expired by the sandbox clock: unlock by password.
    set("2099-01-01T00:00:00Z").failure(3, "session_expired");
    env.cmd(["sandbox", "clock", "set", "2099-01-01T00:00:00Z"])
        .json()
        .password()
        .run()
        .success();
    assert_eq!(env.clock(), "2099-01-01T00:00:00Z");
    let out = env
        .cmd(["sandbox", "clock", "set", "2099-02-01"])
        .json()
        .password()
        .run()
        .success();
    assert_eq!(out.json()["clock"], "2099-02-01T00:00:00Z");
    // Setting the clock to where it is already is not going backwards.
    env.cmd(["sandbox", "clock", "set", "2099-02-01T00:00:00Z"])
        .json()
        .password()
        .run()
        .success();
}

#[test]
fn a_date_means_midnight_in_the_wallets_zone() {
    let env = Env::new();
    env.cmd([
        "init",
        "--sandbox",
        "--tz",
        "Asia/Shanghai",
        "--base-currency",
        "CNY",
    ])
    .password()
    .run()
    .success();
    let out = env
        .cmd(["sandbox", "clock", "set", "2099-02-01"])
        .json()
        .password()
        .run()
        .success();
    assert_eq!(out.json()["clock"], "2099-01-31T16:00:00Z");
}

#[test]
fn set_to_an_earlier_time_is_invalid_input_and_changes_nothing() {
    let env = Env::new();
    env.init_sandbox();
    let token = env.login();
    let before = env.clock();
    for earlier in ["2000-01-01", "2020-06-01T12:00:00Z", "1970-01-01T00:00:00Z"] {
        env.cmd(["sandbox", "clock", "set", earlier])
            .json()
            .env("OKPAY_SESSION", &token)
            .run()
            .failure(2, "invalid_input");
    }
    assert_eq!(env.clock(), before);
}

#[test]
fn bad_times_and_durations_are_invalid_input() {
    let env = Env::new();
    env.init_sandbox();
    let token = env.login();
    let before = env.clock();
    for time in [
        "yesterday",
        "",
        "2099-02-30",
        "2099-1-1",
        "tomorrow 10:00",
        "9999999999",
    ] {
        env.cmd(["sandbox", "clock", "set", time])
            .json()
            .env("OKPAY_SESSION", &token)
            .run()
            .failure(2, "invalid_input");
    }
    for duration in [
        "abc",
        "0m",
        "0s",
        "1w",
        "1.5h",
        "15",
        "m",
        "",
        "1h30m",
        "99999999999999999999d",
    ] {
        env.cmd(["sandbox", "clock", "advance", duration])
            .json()
            .env("OKPAY_SESSION", &token)
            .run()
            .failure(2, "invalid_input");
    }
    // A negative duration would go backwards: refused (clap may see it as a flag: still exit 2).
    env.cmd(["sandbox", "clock", "advance", "--", "-1h"])
        .json()
        .env("OKPAY_SESSION", &token)
        .run()
        .failure(2, "invalid_input");
    assert_eq!(env.clock(), before);
}

#[test]
fn set_and_advance_need_unlocking_and_show_does_not() {
    let env = Env::new();
    env.init_sandbox();
    let before = env.clock();
    env.cmd(["sandbox", "clock", "advance", "1h"])
        .json()
        .run()
        .failure(3, "auth_required");
    env.cmd(["sandbox", "clock", "set", "2099-01-01"])
        .json()
        .run()
        .failure(3, "auth_required");
    env.cmd(["sandbox", "clock", "advance", "1h"])
        .json()
        .password_line("not-the-right-passphrase-1")
        .run()
        .failure(3, "auth_failed");
    assert_eq!(env.clock(), before);
}

#[test]
fn a_normal_wallet_has_no_sandbox_clock() {
    let env = Env::new();
    env.init_normal();
    for args in [
        vec!["sandbox", "clock"],
        vec!["sandbox", "clock", "show"],
        vec!["sandbox", "clock", "advance", "1h"],
        vec!["sandbox", "clock", "set", "2099-01-01"],
    ] {
        env.cmd(args.clone())
            .json()
            .run()
            .failure(11, "invalid_state");
        env.cmd(args)
            .json()
            .password()
            .run()
            .failure(11, "invalid_state");
    }
    assert_eq!(
        env.sql_i64("select count(*) from wallet where clock_ms is null"),
        1
    );
}
