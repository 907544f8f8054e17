//! The security centre: `security freeze` without unlocking stops every money movement (exit 4,
//! nothing recorded) while reading keeps working; `security unfreeze` is a step-up; a freeze
//! request survives unlocked writes and the seals stay consistent; `security events` with its
//! filters and words; `security check` and its findings; a restore keeps the freeze.

use std::os::unix::fs::PermissionsExt;

use serde_json::Value;

use crate::harness::{has_cjk, Env, Output, PASSWORD};
use crate::pay::{assert_verify_clean, balance_of, tx_count, Wallet};

/// `okpay --json ARGS…` with no session and no password.
fn bare<const N: usize>(env: &Env, args: [&str; N]) -> Output {
    env.cmd(args).json().run()
}

/// `status --json`'s `frozen`.
fn frozen(env: &Env) -> bool {
    let doc = bare(env, ["status"]).success().json();
    doc["status"]["frozen"]
        .as_bool()
        .unwrap_or_else(|| panic!("no frozen in status: {doc}"))
}

/// `security unfreeze --password-stdin` inside the session.
fn unfreeze_with_password(w: &Wallet) -> Output {
    w.env
        .cmd(["security", "unfreeze", "--password-stdin"])
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .stdin(format!("{PASSWORD}\n"))
        .run()
}

/// The kinds of `security events --json ARGS…`, newest first.
fn event_kinds(env: &Env, more: &[&str]) -> Vec<String> {
    let doc = env
        .cmd(["security", "events"])
        .args(more)
        .json()
        .run()
        .success()
        .json();
    doc["events"]
        .as_array()
        .unwrap_or_else(|| panic!("no events: {doc}"))
        .iter()
        .map(|e| e["kind"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The codes of `security check --json`, in order.
fn finding_codes(env: &Env) -> Vec<String> {
    findings(env)
        .iter()
        .map(|f| f["code"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn findings(env: &Env) -> Vec<Value> {
    let doc = bare(env, ["security", "check"]).success().json();
    doc["findings"]
        .as_array()
        .unwrap_or_else(|| panic!("no findings: {doc}"))
        .clone()
}

#[test]
fn a_freeze_without_credentials_stops_money_but_not_reading() {
    let w = Wallet::funded("100");
    let source = w.add_card();
    let payment = w.pay_ok("10", "Shoe Shop", &[]);
    let payment_id = payment["id"].as_str().unwrap();
    let history_before = bare(&w.env, ["history", "--all"]).success().stdout;
    let count_before = tx_count(&w.env);

    let doc = bare(&w.env, ["security", "freeze"]).success().json();
    assert_eq!(doc["freeze"]["frozen"], true, "{doc}");
    assert_eq!(doc["freeze"]["changed"], true, "{doc}");
    // Freezing again is idempotent.
    let doc = bare(&w.env, ["security", "freeze"]).success().json();
    assert_eq!(doc["freeze"]["changed"], false, "{doc}");

    let out = w
        .run(["pay", "5", "--merchant", "Shoe Shop", "-y"])
        .failure(4, "frozen");
    let advice = out.json()["error"]["advice"].as_str().unwrap().to_string();
    assert!(advice.contains("security unfreeze"), "{advice}");
    assert!(advice.contains("security events"), "{advice}");
    assert!(advice.contains("support"), "{advice}");
    w.run(["topup", "5", "--source", &source, "-y"])
        .failure(4, "frozen");
    w.run(["refund", payment_id, "-y"]).failure(4, "frozen");
    // Frozen comes after unlocking in CLI.md's order: without credentials it is auth_required.
    bare(&w.env, ["pay", "5", "--merchant", "Shoe Shop", "-y"]).failure(3, "auth_required");
    // In Chinese too.
    let out = w
        .env
        .cmd(["pay", "5", "--merchant", "Shoe Shop", "-y"])
        .lang("zh")
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .failure(4, "frozen");
    assert!(has_cjk(&out.stderr), "{}", out.show());

    // Nothing was recorded; reading keeps working.
    assert_eq!(tx_count(&w.env), count_before);
    assert_eq!(
        bare(&w.env, ["history", "--all"]).success().stdout,
        history_before
    );
    assert_eq!(balance_of(&w.env, "CNY"), "90.00");
    w.run(["receipt", payment_id]).success();
    assert!(frozen(&w.env));
    let text = w.env.cmd(["status"]).run().success().stdout;
    assert!(text.contains("Frozen"), "{text}");
}

#[test]
fn unfreezing_is_a_step_up() {
    let w = Wallet::funded("100");
    bare(&w.env, ["security", "freeze"]).success();

    // A session alone is not enough (no terminal to ask on).
    w.run(["security", "unfreeze"])
        .failure(3, "step_up_required");
    assert!(frozen(&w.env));
    // A wrong password is auth_failed and changes nothing.
    w.env
        .cmd(["security", "unfreeze", "--password-stdin"])
        .json()
        .stdin("not the password\n")
        .run()
        .failure(3, "auth_failed");
    assert!(frozen(&w.env));

    let doc = unfreeze_with_password(&w).success().json();
    assert_eq!(doc["freeze"]["frozen"], false, "{doc}");
    assert!(!frozen(&w.env));
    w.pay_ok("10", "Shoe Shop", &[]);
    assert_eq!(w.cny(), "90.00");

    // Not frozen: invalid_state, before any password is asked for.
    w.run(["security", "unfreeze"]).failure(11, "invalid_state");
}

#[test]
fn a_freeze_request_survives_unlocked_writes_and_the_seals_stay_consistent() {
    let w = Wallet::funded("100");
    bare(&w.env, ["security", "freeze"]).success();
    // Made without the key: a request beside the sealed flag.
    assert_eq!(
        w.env
            .sql_i64("SELECT freeze_requested_at_ms IS NOT NULL AND frozen = 0 FROM wallet"),
        1
    );
    assert_verify_clean(&w);

    // An unlocked write folds the request into the sealed flag.
    w.run(["merchant", "add", "Book Shop"]).success();
    assert_eq!(
        w.env
            .sql_i64("SELECT frozen = 1 AND freeze_requested_at_ms IS NULL FROM wallet"),
        1
    );
    assert!(frozen(&w.env));
    w.run(["pay", "5", "--merchant", "Book Shop", "-y"])
        .failure(4, "frozen");
    w.env
        .cmd(["verify", "--password-stdin"])
        .json()
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .success();

    unfreeze_with_password(&w).success();
    assert_verify_clean(&w);
    w.env
        .cmd(["verify", "--password-stdin"])
        .json()
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .success();
    w.pay_ok("5", "Book Shop", &[]);
    assert_eq!(w.cny(), "95.00");
}

#[test]
fn a_folded_freeze_cleared_by_hand_is_tampering() {
    let w = Wallet::funded("50");
    bare(&w.env, ["security", "freeze"]).success();
    w.run(["merchant", "add", "Book Shop"]).success();
    w.env.sql("UPDATE wallet SET frozen = 0");
    w.run(["pay", "5", "--merchant", "Book Shop", "-y"])
        .failure(13, "integrity_error");
    assert_eq!(w.cny(), "50.00");
}

#[test]
fn events_list_a_scenario_newest_first_with_filters() {
    let w = Wallet::new();
    // A failed login, a source, a freeze and an unfreeze.
    w.env
        .cmd(["login", "--password-stdin"])
        .json()
        .stdin("wrong password here\n")
        .run()
        .failure(3, "auth_failed");
    w.add_card();
    bare(&w.env, ["security", "freeze"]).success();
    unfreeze_with_password(&w).success();

    let doc = bare(&w.env, ["security", "events"]).success().json();
    let events = doc["events"].as_array().unwrap();
    let kinds: Vec<&str> = events.iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "unfrozen",
            "frozen",
            "source_added",
            "login_failed",
            "login",
            "wallet_created"
        ],
        "{doc}"
    );
    for e in events {
        let obj = e.as_object().unwrap();
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["at", "details", "id", "kind"], "{e}");
        assert!(e["id"].as_str().unwrap().starts_with("evt_"), "{e}");
        assert!(e["at"].as_str().unwrap().ends_with('Z'), "{e}");
        assert!(e["details"].is_object(), "{e}");
    }
    assert!(events[3]["details"]["failures"].is_number(), "{doc}");

    // --kind, repeated.
    assert_eq!(
        event_kinds(&w.env, &["--kind", "login_failed", "--kind", "frozen"]),
        ["frozen", "login_failed"]
    );
    // --limit.
    assert_eq!(
        event_kinds(&w.env, &["--limit", "2"]),
        ["unfrozen", "frozen"]
    );
    // --since: a date, and a time after the clock moved on.
    assert_eq!(event_kinds(&w.env, &["--since", "2000-01-01"]).len(), 6);
    w.run(["sandbox", "clock", "advance", "2d"]).success();
    let later = w.env.clock();
    let backup = w.env.root().join("wallet.backup");
    w.env.cmd(["backup"]).arg(&backup).json().run().success();
    assert_eq!(
        event_kinds(&w.env, &["--since", &later]),
        ["backup", "clock_moved"],
        "only what happened at or after {later}"
    );
    bare(&w.env, ["security", "events", "--since", "yesterday"]).failure(2, "invalid_input");

    // An unknown kind lists the known ones.
    let out = bare(&w.env, ["security", "events", "--kind", "nope"]).failure(2, "invalid_input");
    let known = out.details()["kinds"].clone();
    assert!(
        known
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k == "login_failed"),
        "{known}"
    );
    bare(&w.env, ["security", "events", "--limit", "0"]).failure(2, "invalid_input");

    // Words in the user's language.
    let en = w.env.cmd(["security", "events"]).run().success().stdout;
    assert!(
        en.contains("Wallet frozen") && en.contains("Wrong password"),
        "{en}"
    );
    let zh = w
        .env
        .cmd(["security", "events"])
        .lang("zh")
        .run()
        .success()
        .stdout;
    assert!(zh.contains("冻结钱包") && zh.contains("密码错误"), "{zh}");
}

#[test]
fn check_lists_findings_most_urgent_first() {
    let env = Env::new();
    env.init_sandbox();
    let codes = finding_codes(&env);
    assert!(codes.contains(&"2fa_off".to_string()), "{codes:?}");
    assert!(codes.contains(&"no_backup".to_string()), "{codes:?}");
    assert!(
        !codes.contains(&"file_permissions".to_string()),
        "{codes:?}"
    );
    assert!(!codes.contains(&"frozen".to_string()), "{codes:?}");
    for f in findings(&env) {
        assert!(!f["message"].as_str().unwrap().is_empty(), "{f}");
        assert!(!f["advice"].as_str().unwrap().is_empty(), "{f}");
        let severity = f["severity"].as_str().unwrap();
        assert!(["critical", "warn", "info"].contains(&severity), "{f}");
    }

    // A wallet others can read: critical, first.
    std::fs::set_permissions(env.wallet(), std::fs::Permissions::from_mode(0o644)).unwrap();
    let list = findings(&env);
    assert_eq!(list[0]["code"], "file_permissions", "{list:?}");
    assert_eq!(list[0]["severity"], "critical", "{list:?}");
    assert_eq!(list[0]["details"]["mode"], "644", "{list:?}");
    std::fs::set_permissions(env.wallet(), std::fs::Permissions::from_mode(0o600)).unwrap();
    assert!(!finding_codes(&env).contains(&"file_permissions".to_string()));
    // A directory others may list is a warning; one they may write to is critical.
    let dir = env.wallet().parent().unwrap();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let list = findings(&env);
    let dir_finding = list
        .iter()
        .find(|f| f["code"] == "file_permissions")
        .unwrap_or_else(|| panic!("{list:?}"));
    assert_eq!(dir_finding["severity"], "warn", "{list:?}");
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    assert_eq!(findings(&env)[0]["severity"], "critical");
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    assert!(!finding_codes(&env).contains(&"file_permissions".to_string()));

    // A backup makes no_backup go away.
    let file = env.root().join("backup.okpay");
    env.cmd(["backup"]).arg(&file).json().run().success();
    assert!(!finding_codes(&env).contains(&"no_backup".to_string()));

    // Sessions, the freeze; then, half a year on, an old password and an old backup.
    let tok = env.login();
    bare(&env, ["security", "freeze"]).success();
    let list = findings(&env);
    let sessions = list.iter().find(|f| f["code"] == "open_sessions").unwrap();
    assert_eq!(sessions["details"]["count"], 1, "{list:?}");
    assert_eq!(list.last().unwrap()["severity"], "info", "{list:?}");
    assert!(finding_codes(&env).contains(&"frozen".to_string()));
    env.cmd(["sandbox", "clock", "advance", "181d"])
        .json()
        .env("OKPAY_SESSION", &tok)
        .run()
        .success();
    let codes = finding_codes(&env);
    assert!(codes.contains(&"password_old".to_string()), "{codes:?}");
    assert!(codes.contains(&"backup_old".to_string()), "{codes:?}");

    // The table, in both languages; findings are not errors.
    let en = env.cmd(["security", "check"]).run().success().stdout;
    assert!(en.contains("2fa_off"), "{en}");
    let zh = env
        .cmd(["security", "check"])
        .lang("zh")
        .run()
        .success()
        .stdout;
    assert!(has_cjk(&zh), "{zh}");
}

#[test]
fn the_help_lists_every_event_kind() {
    let env = Env::new();
    let help = env
        .cmd(["security", "events", "--help"])
        .run()
        .success()
        .stdout
        .replace('\n', " ");
    for kind in okpay::wallet::security::EVENT_KINDS {
        assert!(
            help.contains(&format!(" {kind},")) || help.contains(&format!(" {kind}.")),
            "{kind} is missing from the help:\n{help}"
        );
    }
}

#[test]
fn a_restore_keeps_the_freeze() {
    let w = Wallet::funded("100");
    let file = w.env.root().join("before-freeze.okpay");
    w.env.cmd(["backup"]).arg(&file).json().run().success();
    bare(&w.env, ["security", "freeze"]).success();
    w.env
        .cmd(["restore", "--yes", "--password-stdin"])
        .arg(&file)
        .json()
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .success();
    assert!(frozen(&w.env));
    assert_eq!(w.env.sql_i64("SELECT frozen FROM wallet"), 1);
    w.env
        .cmd(["verify", "--password-stdin"])
        .json()
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .success();
    let tok = w.env.login();
    w.env
        .cmd(["pay", "5", "--merchant", "Shoe Shop", "-y"])
        .json()
        .env("OKPAY_SESSION", &tok)
        .run()
        .failure(4, "frozen");
}
