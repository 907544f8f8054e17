//! `limits`: each limit refuses with exit 6 and records the decline, exactly at a limit passes,
//! the day and month are the wallet's calendar (a non-UTC zone, the sandbox clock), raises wait
//! 24 hours and need a step-up, lowerings apply at once, `limits cancel`, concurrent payers
//! never jointly exceed a limit, Chinese messages, and tampered settings are `integrity_error`.

use std::process::Stdio;

use serde_json::Value;

use crate::harness::{has_cjk, Env, Output, PASSWORD};
use crate::pay::Wallet;

/// A sandbox wallet in Asia/Shanghai, unlocked by `OKPAY_PASSWORD` in every command (the tests
/// move the sandbox clock, which would expire a session).
struct Shanghai {
    env: Env,
}

impl Shanghai {
    fn new() -> Shanghai {
        let env = Env::new();
        env.init_sandbox_in("Asia/Shanghai");
        Shanghai { env }
    }

    fn run<const N: usize>(&self, args: [&str; N]) -> Output {
        self.env
            .cmd(args)
            .json()
            .env("OKPAY_PASSWORD", PASSWORD)
            .run()
    }

    fn fund(&self, amount: &str) {
        let out = self
            .env
            .cmd([
                "source",
                "add",
                "card",
                "--holder",
                "A",
                "--expiry",
                "12/30",
                "--details-stdin",
                "-q",
            ])
            .env("OKPAY_PASSWORD", PASSWORD)
            .stdin("4242424242424242\n123\n")
            .run()
            .success();
        let source = out.stdout.trim().to_string();
        self.run(["topup", amount, "--source", &source, "-y"])
            .success();
    }

    fn pay(&self, amount: &str) -> Output {
        self.run(["pay", amount, "--merchant", "Tea House", "-y"])
    }

    fn limits(&self) -> Value {
        self.run(["limits"]).success().json()["limits"].clone()
    }
}

fn declined(env: &Env) -> i64 {
    env.sql_i64(
        "select count(*) from transactions where kind = 'payment' and status = 'declined' \
         and reason = 'limit_exceeded'",
    )
}

fn limit_refusal(out: Output, limit: &str) -> Value {
    let out = out.failure(6, "limit_exceeded");
    let doc = out.json();
    let details = doc["error"]["details"].clone();
    assert_eq!(details["limit"], limit, "{doc}");
    assert_eq!(doc["transaction"]["status"], "declined", "{doc}");
    assert_eq!(
        doc["transaction"]["decline"]["code"], "limit_exceeded",
        "{doc}"
    );
    let advice = doc["error"]["advice"].as_str().unwrap_or_default();
    assert!(advice.contains("limits set"), "{advice}");
    details
}

#[test]
fn defaults_are_shown_without_unlocking() {
    let env = Env::new();
    env.init_sandbox();
    let doc = env.cmd(["limits"]).json().run().success().json();
    let l = &doc["limits"];
    assert_eq!(l["currency"], "CNY");
    assert_eq!(l["per_transaction"]["amount"], "5000.00");
    assert_eq!(l["daily"]["amount"], "20000.00");
    assert_eq!(l["daily"]["used"], "0.00");
    assert_eq!(l["daily"]["remaining"], "20000.00");
    assert!(l["daily"]["resets_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(l["monthly"]["amount"], "100000.00");
    assert_eq!(l["pending"], serde_json::json!([]));
    let table = env.cmd(["limits"]).run().success();
    assert!(table.stdout.contains("Per transaction"), "{}", table.show());
}

#[test]
fn each_limit_refuses_at_one_minor_unit_over_and_resets_on_the_wallets_calendar() {
    let w = Shanghai::new();
    w.fund("1000");
    w.run([
        "limits",
        "set",
        "--per-transaction",
        "100",
        "--daily",
        "200",
        "--monthly",
        "300",
    ])
    .success();
    // 2027-01-30 23:00 in Shanghai.
    w.run(["sandbox", "clock", "set", "2027-01-30T15:00:00Z"])
        .success();

    let d = limit_refusal(w.pay("100.01"), "per_transaction");
    assert_eq!(d["limit_amount"], "100.00");
    assert!(d.get("resets_at").is_none(), "{d}");
    w.pay("100").success();
    w.pay("100").success();
    let d = limit_refusal(w.pay("0.01"), "daily");
    assert_eq!(d["limit_amount"], "200.00");
    assert_eq!(d["used"], "200.00");
    assert_eq!(d["remaining"], "0.00");
    // Midnight in Shanghai, not in UTC.
    assert_eq!(d["resets_at"], "2027-01-30T16:00:00Z");
    assert_eq!(declined(&w.env), 2);

    // Past local midnight: a new day, the same month (January 31 in Shanghai).
    w.run(["sandbox", "clock", "advance", "2h"]).success();
    let l = w.limits();
    assert_eq!(l["daily"]["used"], "0.00", "{l}");
    assert_eq!(l["monthly"]["used"], "200.00", "{l}");
    w.pay("100").success();
    let d = limit_refusal(w.pay("0.01"), "monthly");
    assert_eq!(d["used"], "300.00");
    assert_eq!(d["resets_at"], "2027-01-31T16:00:00Z");
    assert_eq!(declined(&w.env), 3);

    // February in Shanghai: the month starts again.
    w.run(["sandbox", "clock", "advance", "1d"]).success();
    w.pay("100").success();
    assert_eq!(w.limits()["monthly"]["used"], "100.00");

    // The declines are in the history, recorded as declined payments.
    let history = w.run(["history", "--status", "declined"]).success().json();
    let declines = history["transactions"].as_array().unwrap();
    assert_eq!(declines.len(), 3, "{history}");
    assert!(declines
        .iter()
        .all(|t| t["decline"]["code"] == "limit_exceeded"));
}

#[test]
fn a_raise_waits_24_hours_and_a_lowering_applies_at_once() {
    let w = Shanghai::new();
    w.fund("1000");
    w.run(["limits", "set", "--daily", "200"]).success();
    assert_eq!(w.limits()["daily"]["amount"], "200.00");
    let events = "select count(*) from security_events where kind = 'limit_changed'";
    assert_eq!(w.env.sql_i64(events), 1);

    let clock = w.env.clock();
    let l = w.run(["limits", "set", "--daily", "500"]).success().json()["limits"].clone();
    assert_eq!(l["daily"]["amount"], "200.00", "{l}");
    assert_eq!(l["pending"][0]["limit"], "daily", "{l}");
    assert_eq!(l["pending"][0]["amount"], "500.00", "{l}");
    let effective: jiff::Timestamp = l["pending"][0]["effective_at"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let now: jiff::Timestamp = clock.parse().unwrap();
    assert_eq!(effective.duration_since(now).as_hours(), 24);
    let table = w.env.cmd(["limits"]).run().success();
    assert!(table.stdout.contains("Pending"), "{}", table.show());

    w.run(["sandbox", "clock", "advance", "23h"]).success();
    limit_refusal(w.pay("300"), "daily");
    w.run(["sandbox", "clock", "advance", "1h"]).success();
    let l = w.limits();
    assert_eq!(l["daily"]["amount"], "500.00", "{l}");
    assert_eq!(l["pending"], serde_json::json!([]), "{l}");
    w.pay("300").success();
    // Lowered, set, applied.
    assert_eq!(w.env.sql_i64(events), 3);

    w.run(["limits", "set", "--daily", "250"]).success();
    limit_refusal(w.pay("0.01"), "daily");
}

#[test]
fn cancel_withdraws_a_pending_raise() {
    let w = Shanghai::new();
    w.run(["limits", "set", "--monthly", "1000"]).success();
    w.run(["limits", "set", "--monthly", "2000", "--daily", "30000"])
        .success();
    assert_eq!(w.limits()["pending"].as_array().unwrap().len(), 2);
    let doc = w.run(["limits", "cancel"]).success().json();
    assert_eq!(doc["withdrawn"], 2, "{doc}");
    assert_eq!(doc["limits"]["pending"], serde_json::json!([]));
    w.run(["sandbox", "clock", "advance", "2d"]).success();
    let l = w.limits();
    assert_eq!(l["monthly"]["amount"], "1000.00", "{l}");
    assert_eq!(l["daily"]["amount"], "20000.00", "{l}");
    let again = w.run(["limits", "cancel"]).success().json();
    assert_eq!(again["withdrawn"], 0);
}

#[test]
fn a_raise_with_only_a_session_is_step_up_required_and_changes_nothing() {
    let w = Wallet::new();
    w.run(["limits", "set", "--daily", "100"]).success();
    let events = "select count(*) from security_events where kind = 'limit_changed'";
    let before = w.env.sql_i64(events);
    let out = w
        .run(["limits", "set", "--daily", "200"])
        .failure(3, "step_up_required");
    assert!(out.json()["error"]["advice"]
        .as_str()
        .unwrap()
        .contains("--password-stdin"));
    let l = w.run(["limits"]).success().json()["limits"].clone();
    assert_eq!(l["daily"]["amount"], "100.00");
    assert_eq!(l["pending"], serde_json::json!([]));
    assert_eq!(w.env.sql_i64(events), before);
    // The same raise with the password again inside the session goes through.
    w.env
        .cmd(["limits", "set", "--daily", "200", "--password-stdin"])
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .success();
    // Lowering needs no step-up; neither does cancelling.
    w.run(["limits", "set", "--monthly", "1000"]).success();
    w.run(["limits", "cancel"]).success();
    // No flag at all is a usage error.
    w.run(["limits", "set"]).failure(2, "invalid_input");
    w.run(["limits", "set", "--daily", "0"])
        .failure(2, "invalid_input");
}

#[test]
fn ten_concurrent_payers_never_jointly_exceed_the_daily_limit() {
    let w = Wallet::funded("1000.00");
    w.run(["limits", "set", "--daily", "100"]).success();
    let children: Vec<_> = (0..10)
        .map(|_| {
            let mut cmd = w
                .env
                .cmd(["pay", "15.00", "--merchant", "Race Shop", "-y"])
                .json()
                .env("OKPAY_SESSION", &w.tok)
                .command();
            cmd.stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            cmd.spawn().expect("spawn okpay")
        })
        .collect();
    let (mut ok, mut over) = (0, 0);
    for child in children {
        let out = child.wait_with_output().expect("wait");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let doc: Value = serde_json::from_str(&stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}\n{stderr}"));
        match out.status.code() {
            Some(0) => ok += 1,
            Some(6) => {
                assert_eq!(doc["error"]["code"], "limit_exceeded", "{doc}");
                assert_eq!(doc["error"]["details"]["limit"], "daily", "{doc}");
                over += 1;
            }
            other => panic!("unexpected exit {other:?}: {stdout}\n{stderr}"),
        }
    }
    assert_eq!((ok, over), (6, 4));
    let paid = w.env.sql_i64(
        "select coalesce(sum(amount_minor), 0) from transactions \
         where kind = 'payment' and status = 'succeeded'",
    );
    assert!(paid <= 10_000, "{paid}");
    assert_eq!(declined(&w.env), 4);
    let l = w.run(["limits"]).success().json()["limits"].clone();
    assert_eq!(l["daily"]["used"], "90.00");
}

#[test]
fn the_refusal_speaks_chinese() {
    let w = Wallet::funded("100.00");
    w.run(["limits", "set", "--per-transaction", "10"])
        .success();
    let out = w
        .env
        .cmd(["pay", "20", "--merchant", "Kiosk", "-y"])
        .lang("zh")
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .failure(6, "limit_exceeded");
    assert!(out.stderr.contains("单笔限额"), "{}", out.show());
    let table = w.env.cmd(["limits"]).lang("zh").run().success();
    assert!(has_cjk(&table.stdout), "{}", table.show());
}

#[test]
fn tampered_limit_settings_are_an_integrity_error() {
    let w = Wallet::funded("100.00");
    w.run(["limits", "set", "--daily", "10"]).success();
    w.env
        .sql("update limits set amount_minor = 100000000 where name = 'daily'");
    w.run(["pay", "20", "--merchant", "Kiosk", "-y"])
        .failure(13, "integrity_error");
    // Any other write notices it too, and so does `verify` once unlocked.
    w.run(["merchant", "add", "Bakery"])
        .failure(13, "integrity_error");
    w.run(["verify"]).failure(13, "integrity_error");
    assert_eq!(
        w.env
            .sql_i64("select count(*) from transactions where kind = 'payment'"),
        0
    );
}

#[test]
fn a_deleted_limit_row_is_an_integrity_error() {
    let w = Wallet::funded("100.00");
    w.run(["limits", "set", "--daily", "10"]).success();
    w.env.sql("delete from limits where name = 'daily'");
    w.run(["pay", "20", "--merchant", "Kiosk", "-y"])
        .failure(13, "integrity_error");
}

#[test]
fn deleting_every_limit_row_does_not_bring_the_defaults_back() {
    let w = Wallet::funded("100.00");
    w.run(["limits", "set", "--daily", "10"]).success();
    w.env.sql("delete from limits");
    w.run(["pay", "20", "--merchant", "Kiosk", "-y"])
        .failure(13, "integrity_error");
    w.run(["verify"]).failure(13, "integrity_error");
}

#[test]
fn a_replayed_limit_decline_is_the_same_error() {
    let w = Wallet::funded("100.00");
    w.run(["limits", "set", "--per-transaction", "10"])
        .success();
    let args = [
        "pay",
        "20",
        "--merchant",
        "Kiosk",
        "-y",
        "--idempotency-key",
        "k-1",
    ];
    let first = w.run(args).failure(6, "limit_exceeded").json();
    let again = w.run(args).failure(6, "limit_exceeded").json();
    assert_eq!(again["transaction"]["replayed"], true, "{again}");
    assert_eq!(first["error"], again["error"]);
}

/// The day's and month's running totals (`limit_usage`) follow payments and refunds; a total
/// lowered with `sqlite3` refuses the next payment and `verify` names it; deleted totals are
/// summed again from the payments, so the limits hold either way.
#[test]
fn running_totals_follow_payments_and_refunds_and_cannot_be_lowered() {
    let w = Shanghai::new();
    w.fund("1000");
    w.run(["limits", "set", "--daily", "300"]).success();
    w.run(["sandbox", "clock", "set", "2027-01-30T04:00:00Z"])
        .success();
    let first = w.pay("100").success().json();
    let first_id = first["transaction"]["id"].as_str().unwrap().to_string();
    w.pay("50").success();
    let totals = |kind: &str| {
        w.env.sql_i64(&format!(
            "select used_minor from limit_usage where period like '{kind}:%'"
        ))
    };
    assert_eq!(totals("day"), 15_000);
    assert_eq!(totals("month"), 15_000);
    // A refund gives back what its payment counted, in the payment's own day and month.
    w.run(["refund", &first_id, "--amount", "40", "-y"])
        .success();
    assert_eq!(totals("day"), 11_000);
    assert_eq!(w.limits()["daily"]["used"], "110.00");
    w.run(["verify"]).success();

    // Deleted totals come back from the payments themselves: the limit still holds.
    w.env.sql("delete from limit_usage");
    w.pay("190").success();
    assert_eq!(totals("day"), 30_000);
    let d = limit_refusal(w.pay("0.01"), "daily");
    assert_eq!(d["used"], "300.00");

    // A total lowered behind okpay's back: the next payment is refused and nothing recorded.
    w.env
        .sql("update limit_usage set used_minor = 0 where period like 'day:%'");
    let payments = || {
        w.env
            .sql_i64("select count(*) from transactions where kind = 'payment'")
    };
    let before = payments();
    w.pay("50").failure(13, "integrity_error");
    assert_eq!(payments(), before);
    let doc = w.run(["verify"]).failure(13, "integrity_error").json();
    let problems = doc["error"]["details"]["problems"].to_string();
    assert!(problems.contains("limit_usage"), "{doc}");
}
