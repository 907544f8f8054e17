//! Risk monitoring, scripted on sandbox wallets as the README's recipes do it: every default
//! rule fires and challenges or blocks as documented; a challenge without a terminal is exit 3
//! `step_up_required` (nothing recorded, a security event) and the password (or a one-time code
//! once 2FA is on) answers it; a block is exit 7, recorded, explained by `receipt`; `risk rules`
//! and `risk set` (loosening is a step-up, tampering is found); Chinese messages; and refunds
//! giving back what their payment counted against the spending limits.

use serde_json::Value;

use crate::harness::{has_cjk, Env, Output, PASSWORD};

/// 12:00 on 2027-03-10 in Shanghai.
const NOON: &str = "2027-03-10T04:00:00Z";

/// A sandbox wallet in Asia/Shanghai with its clock at noon, a test card and a session.
struct Risky {
    env: Env,
    tok: String,
    card: String,
}

impl Risky {
    /// A wallet with nothing in it yet.
    fn empty() -> Risky {
        let env = Env::new();
        env.init_sandbox_in("Asia/Shanghai");
        env.cmd(["sandbox", "clock", "set", NOON])
            .env("OKPAY_PASSWORD", PASSWORD)
            .run()
            .success();
        let out = env
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
        let card = out.stdout.trim().to_string();
        let mut w = Risky {
            env,
            tok: String::new(),
            card,
        };
        w.login(PASSWORD);
        w
    }

    /// A wallet holding `amount` CNY, topped up two hours before now (14:00), so that money
    /// paid out now is not "straight after a top-up".
    fn funded(amount: &str) -> Risky {
        let mut w = Risky::empty();
        w.topup(amount);
        w.clock(&["advance", "2h"]);
        w
    }

    /// A session for 12 hours (a sandbox session expires by the sandbox clock).
    fn login(&mut self, password: &str) {
        let out = self
            .env
            .cmd(["login", "--raw", "--ttl", "12h", "--password-stdin"])
            .stdin(format!("{password}\n"))
            .run()
            .success();
        self.tok = out.stdout.trim().to_string();
    }

    /// Move the sandbox clock (`set TIME` or `advance DURATION`) and log in again.
    fn clock(&mut self, args: &[&str]) {
        self.env
            .cmd(["sandbox", "clock"])
            .args(args)
            .env("OKPAY_PASSWORD", PASSWORD)
            .run()
            .success();
        self.login(PASSWORD);
    }

    /// `okpay --json ARGS…` inside the session.
    fn run(&self, args: &[&str]) -> Output {
        self.env
            .cmd(args.iter().copied())
            .json()
            .env("OKPAY_SESSION", &self.tok)
            .run()
    }

    fn topup(&self, amount: &str) {
        self.run(&["topup", amount, "--source", &self.card, "-y"])
            .success();
    }

    /// `pay AMOUNT --merchant M -y` inside the session, no terminal, no password.
    fn pay(&self, amount: &str, merchant: &str) -> Output {
        self.run(&["pay", amount, "--merchant", merchant, "-y"])
    }

    /// The same payment answered with the password again (`--password-stdin`).
    fn pay_with_password(&self, amount: &str, merchant: &str, password: &str) -> Output {
        self.env
            .cmd([
                "pay",
                amount,
                "--merchant",
                merchant,
                "-y",
                "--password-stdin",
            ])
            .json()
            .env("OKPAY_SESSION", &self.tok)
            .stdin(format!("{password}\n"))
            .run()
    }

    fn payments(&self, status: &str) -> i64 {
        self.env.sql_i64(&format!(
            "select count(*) from transactions where kind = 'payment' and status = '{status}'"
        ))
    }

    fn events(&self, kind: &str) -> Vec<Value> {
        let doc = self
            .run(&["security", "events", "--kind", kind])
            .success()
            .json();
        doc["events"].as_array().cloned().unwrap_or_default()
    }

    fn rules(&self) -> Value {
        self.run(&["risk", "rules"]).success().json()
    }

    fn fired(&self, rule: &str) -> i64 {
        let rules = self.rules();
        rules["rules"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == rule)
            .and_then(|r| r["fired"].as_i64())
            .unwrap_or_else(|| panic!("no rule {rule}: {rules}"))
    }
}

/// A challenge: exit 3 `step_up_required` naming `rule`, answered by the password; returns the
/// error document.
fn challenge(out: Output, rule: &str) -> Value {
    let doc = out.failure(3, "step_up_required").json();
    let e = &doc["error"];
    assert_eq!(e["details"]["challenge"], "password", "{doc}");
    assert_eq!(e["details"]["decision"], "elevated", "{doc}");
    let rules: Vec<&str> = e["details"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, [rule], "{doc}");
    let reason = e["details"]["rules"][0]["reason"].as_str().unwrap();
    assert!(!reason.is_empty() && !reason.contains("%{"), "{doc}");
    assert!(e["message"].as_str().unwrap().contains(reason), "{doc}");
    let advice = e["advice"].as_str().unwrap();
    for hint in ["--password-stdin", "security events", "contact support"] {
        assert!(advice.contains(hint), "{hint}: {advice}");
    }
    assert!(doc.get("transaction").is_none(), "nothing recorded: {doc}");
    doc
}

/// A block: exit 7 `risk_blocked`, recorded as a declined payment naming `rules`.
fn blocked(out: Output, rules: &[&str]) -> Value {
    let doc = out.failure(7, "risk_blocked").json();
    let e = &doc["error"];
    let fired: Vec<&str> = e["details"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule"].as_str().unwrap())
        .collect();
    assert_eq!(fired, rules, "{doc}");
    assert!(e["details"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["reason"].as_str().is_some_and(|s| !s.is_empty())));
    let tx = &doc["transaction"];
    assert_eq!(tx["status"], "declined", "{doc}");
    assert_eq!(tx["decline"]["code"], "risk_blocked", "{doc}");
    assert_eq!(tx["risk"]["decision"], "highest", "{doc}");
    let id = tx["id"].as_str().unwrap();
    let advice = e["advice"].as_str().unwrap();
    for hint in [id, "contact support", "security events"] {
        assert!(advice.contains(hint), "{hint}: {advice}");
    }
    doc
}

/// The payment went through after its challenge was answered with the password.
fn answered(out: Output, rule: &str) -> Value {
    let doc = out.success().json();
    let risk = &doc["transaction"]["risk"];
    assert_eq!(risk["decision"], "elevated", "{doc}");
    assert_eq!(risk["answered"], "password", "{doc}");
    assert_eq!(risk["rules"][0]["rule"], rule, "{doc}");
    assert!(risk["rules"][0]["reason"].is_string(), "{doc}");
    doc["transaction"].clone()
}

#[test]
fn velocity_challenges_the_fifth_payment_in_ten_minutes_and_the_password_answers_it() {
    let mut w = Risky::funded("5000");
    for _ in 0..4 {
        let doc = w.pay("100", "Cafe").success().json();
        assert_eq!(doc["transaction"]["risk"]["decision"], "normal", "{doc}");
        assert_eq!(doc["transaction"]["risk"]["score"], 0, "{doc}");
    }
    let doc = challenge(w.pay("100", "Cafe"), "velocity");
    let reason = doc["error"]["details"]["rules"][0]["reason"]
        .as_str()
        .unwrap();
    assert!(
        reason.contains("payment number 5") && reason.contains("10 minutes"),
        "{reason}"
    );
    assert_eq!(w.payments("succeeded"), 4, "a challenge records nothing");
    assert_eq!(w.payments("declined"), 0);
    // Without --yes the check before the confirmation challenges the same way.
    challenge(w.run(&["pay", "100", "--merchant", "Cafe"]), "velocity");
    assert_eq!(w.events("risk_challenge").len(), 2);

    let tx = answered(w.pay_with_password("100", "Cafe", PASSWORD), "velocity");
    assert_eq!(w.payments("succeeded"), 5);
    let receipt = w
        .env
        .cmd(["receipt", tx["id"].as_str().unwrap()])
        .run()
        .success();
    for words in [
        "Risk",
        "elevated",
        "score 50",
        "confirmed with the password",
        "velocity",
    ] {
        assert!(
            receipt.stdout.contains(words),
            "{words}:\n{}",
            receipt.show()
        );
    }
    let events = w.events("risk_challenge");
    assert_eq!(events.len(), 3);
    assert_eq!(events[0]["details"]["answered"], "password", "{events:?}");
    assert_eq!(events[0]["details"]["transaction_id"], tx["id"]);
    assert_eq!(events[1]["details"]["answered"], false);
    assert_eq!(w.fired("velocity"), 3);

    // Ten minutes on, the window is clear again.
    w.clock(&["advance", "11m"]);
    let doc = w.pay("100", "Cafe").success().json();
    assert_eq!(doc["transaction"]["risk"]["decision"], "normal", "{doc}");
}

#[test]
fn an_amount_far_above_the_usual_is_challenged_once_there_is_history() {
    let w = Risky::funded("5000");
    for _ in 0..9 {
        w.pay("50", "Bakery").success();
    }
    // Nine payments are not enough history yet.
    let doc = w.pay("600", "Bakery").success().json();
    assert_eq!(doc["transaction"]["risk"]["decision"], "normal", "{doc}");
    w.pay("50", "Bakery").success();
    let doc = challenge(w.pay("600", "Bakery"), "unusual_amount");
    let reason = doc["error"]["details"]["rules"][0]["reason"]
        .as_str()
        .unwrap();
    assert!(reason.contains("usual payment of 50.00 CNY"), "{reason}");
    answered(
        w.pay_with_password("600", "Bakery", PASSWORD),
        "unusual_amount",
    );
}

#[test]
fn a_large_first_payment_to_a_new_merchant_is_challenged_and_explained_by_the_receipt() {
    let w = Risky::funded("9000");
    challenge(w.pay("2500", "Jade House"), "new_merchant_large");
    assert_eq!(w.payments("succeeded"), 0);
    let merchants = w.run(&["merchant", "list"]).success().json();
    assert_eq!(
        merchants["merchants"].as_array().unwrap().len(),
        0,
        "a challenge registers no merchant: {merchants}"
    );
    let tx = answered(
        w.pay_with_password("2500", "Jade House", PASSWORD),
        "new_merchant_large",
    );
    let receipt = w
        .run(&["receipt", tx["id"].as_str().unwrap()])
        .success()
        .json();
    assert_eq!(receipt["transaction"]["risk"]["score"], 50, "{receipt}");
    let reason = receipt["transaction"]["risk"]["rules"][0]["reason"]
        .as_str()
        .unwrap();
    assert!(reason.contains("Jade House"), "{reason}");
    // Paid before: no longer new.
    let doc = w.pay("2500", "Jade House").success().json();
    assert_eq!(doc["transaction"]["risk"]["decision"], "normal", "{doc}");
}

#[test]
fn a_large_payment_in_the_night_hours_of_the_wallets_zone_is_challenged() {
    let mut w = Risky::funded("5000");
    w.pay("100", "Night Bar").success();
    // 02:30 on 11 March in Shanghai (18:30 UTC).
    w.clock(&["set", "2027-03-10T18:30:00Z"]);
    let doc = challenge(w.pay("1500", "Night Bar"), "night_large");
    let reason = doc["error"]["details"]["rules"][0]["reason"]
        .as_str()
        .unwrap();
    assert!(
        reason.contains("02:30") && reason.contains("00:00–06:00"),
        "{reason}"
    );
    // Small payments at night are fine.
    w.pay("500", "Night Bar").success();
    answered(
        w.pay_with_password("1500", "Night Bar", PASSWORD),
        "night_large",
    );
}

#[test]
fn money_topped_up_and_paid_straight_out_to_a_new_merchant_is_challenged_or_blocked() {
    let w = Risky::empty();
    w.topup("1200");
    challenge(w.pay("1000", "Mule Shop"), "topup_then_pay");
    answered(
        w.pay_with_password("1000", "Mule Shop", PASSWORD),
        "topup_then_pay",
    );

    // Most of a large top-up, at once, to another new merchant: blocked, and no password
    // lets it through.
    let w = Risky::empty();
    w.topup("3000");
    let doc = blocked(
        w.pay("2500", "Far Away Ltd"),
        &["new_merchant_large", "topup_then_pay"],
    );
    assert_eq!(doc["error"]["details"]["score"], 110, "{doc}");
    assert!(doc["error"]["message"]
        .as_str()
        .unwrap()
        .contains("straight after topping up 3000.00 CNY"));
    blocked(
        w.pay_with_password("2500", "Far Away Ltd", PASSWORD),
        &["new_merchant_large", "topup_then_pay"],
    );
    assert_eq!(w.payments("declined"), 2);
    assert_eq!(w.payments("succeeded"), 0);
    assert_eq!(crate::pay::balance_of(&w.env, "CNY"), "3000.00");

    // The receipt explains the block in words, with the advice.
    let id = doc["transaction"]["id"].as_str().unwrap();
    let receipt = w.env.cmd(["receipt", id]).run().success();
    for words in [
        "highest (blocked), score 110",
        "new_merchant_large (+50)",
        "topup_then_pay (+60)",
        "a merchant you have not paid before",
        "contact support",
    ] {
        assert!(
            receipt.stdout.contains(words),
            "{words}:\n{}",
            receipt.show()
        );
    }
    let events = w.events("risk_blocked");
    assert_eq!(events.len(), 2);
    assert_eq!(events[1]["details"]["transaction_id"], id, "{events:?}");
    let check = w.run(&["security", "check"]).success().json();
    assert!(
        check["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "recent_risk_blocks"),
        "{check}"
    );
    assert_eq!(w.fired("topup_then_pay"), 2);
    assert_eq!(w.fired("new_merchant_large"), 2);
}

#[test]
fn a_large_payment_soon_after_a_password_change_is_challenged() {
    const NEW: &str = "another-lantern-orbit-velvet-99";
    let mut w = Risky::funded("5000");
    w.pay("100", "Shop").success();
    w.pay("1500", "Shop").success();
    w.env
        .cmd(["password", "change", "--password-stdin"])
        .json()
        .stdin(format!("{PASSWORD}\n{NEW}\n"))
        .run()
        .success();
    w.login(NEW);
    let doc = challenge(w.pay("1500", "Shop"), "after_credential_change");
    let reason = doc["error"]["details"]["rules"][0]["reason"]
        .as_str()
        .unwrap();
    assert!(reason.contains("password was changed"), "{reason}");
    answered(
        w.pay_with_password("1500", "Shop", NEW),
        "after_credential_change",
    );
    // A day later it is an ordinary payment again.
    w.env
        .cmd(["sandbox", "clock", "advance", "25h"])
        .env("OKPAY_PASSWORD", NEW)
        .run()
        .success();
    w.login(NEW);
    let doc = w.pay("1500", "Shop").success().json();
    assert_eq!(doc["transaction"]["risk"]["decision"], "normal", "{doc}");
}

#[test]
fn several_declines_in_a_short_window_block_the_next_payment_until_the_window_passes() {
    let mut w = Risky::funded("100");
    for _ in 0..5 {
        w.pay("150", "Shop").failure(5, "insufficient_funds");
    }
    let doc = blocked(w.pay("150", "Shop"), &["repeated_declines"]);
    let reason = doc["error"]["details"]["rules"][0]["reason"]
        .as_str()
        .unwrap();
    assert!(
        reason.contains("5 declined payments within 30 minutes"),
        "{reason}"
    );
    // Risk comes before the balance: even a payment the balance covers is blocked now.
    blocked(w.pay("100", "Shop"), &["repeated_declines"]);
    // Small payments are never scored by it.
    w.pay("20", "Shop").success();
    w.clock(&["advance", "31m"]);
    w.pay("150", "Shop").failure(5, "insufficient_funds");
    assert_eq!(w.payments("declined"), 8);
}

#[test]
fn with_two_factor_authentication_on_a_one_time_code_answers_the_challenge() {
    let w = Risky::funded("9000");
    let setup = w.run(&["2fa", "enable"]).success().json();
    let secret = setup["secret"].as_str().unwrap().to_string();
    let code = |env: &Env| crate::twofa::oathtool(&secret, &env.clock());
    w.run(&["2fa", "confirm", &code(&w.env)]).success();
    // The session from before 2FA keeps working; the challenge asks for a code.
    let doc = w
        .pay("2500", "Jade House")
        .failure(3, "step_up_required")
        .json();
    assert_eq!(doc["error"]["details"]["challenge"], "otp", "{doc}");
    assert!(doc["error"]["advice"].as_str().unwrap().contains("--otp"));
    w.env
        .cmd(["sandbox", "clock", "advance", "30s"])
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .success();
    let doc = w
        .run(&[
            "pay",
            "2500",
            "--merchant",
            "Jade House",
            "-y",
            "--otp",
            &code(&w.env),
        ])
        .success()
        .json();
    assert_eq!(doc["transaction"]["risk"]["answered"], "otp", "{doc}");
}

#[test]
fn risk_rules_lists_every_rule_and_risk_set_tightens_at_once_but_loosens_only_with_a_step_up() {
    let w = Risky::funded("9000");
    let rules = w.rules();
    let ids: Vec<&str> = rules["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "velocity",
            "unusual_amount",
            "new_merchant_large",
            "night_large",
            "topup_then_pay",
            "after_credential_change",
            "repeated_declines"
        ]
    );
    let velocity = &rules["rules"][0];
    assert_eq!(velocity["enabled"], true);
    assert_eq!(velocity["params"]["count"], 5);
    assert_eq!(velocity["params"]["window"], "10m");
    assert_eq!(velocity["params"]["min_amount"], "100.00");
    assert_eq!(velocity["fired"], 0);
    assert_eq!(rules["thresholds"]["elevated"], 40);
    assert_eq!(rules["thresholds"]["highest"], 100);
    let table = w.env.cmd(["risk", "rules"]).run().success();
    assert!(
        table.stdout.contains("count=5 window=10m"),
        "{}",
        table.show()
    );

    // Tightening needs only the session.
    let doc = w
        .run(&["risk", "set", "velocity", "count=2", "window=1h"])
        .success()
        .json();
    assert_eq!(doc["rules"][0]["params"]["count"], 2, "{doc}");
    w.pay("100", "Cafe").success();
    challenge(w.pay("100", "Cafe"), "velocity");
    let changed = w.events("risk_rule_changed");
    assert_eq!(changed.len(), 1);
    assert_eq!(
        changed[0]["details"]["changes"]["count"]["to"], 2,
        "{changed:?}"
    );

    // Loosening (switching it off) is a step-up and changes nothing without one.
    let out = w
        .run(&["risk", "set", "velocity", "enabled=false"])
        .failure(3, "step_up_required");
    assert!(out.json()["error"]["advice"]
        .as_str()
        .unwrap()
        .contains("--password-stdin"));
    assert_eq!(w.rules()["rules"][0]["enabled"], true);
    w.env
        .cmd([
            "risk",
            "set",
            "velocity",
            "enabled=false",
            "--password-stdin",
        ])
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .success();
    assert_eq!(w.rules()["rules"][0]["enabled"], false);
    w.pay("100", "Cafe").success();
    let changed = w.events("risk_rule_changed");
    assert_eq!(changed.len(), 2);
    assert_eq!(changed[0]["details"]["loosened"], true, "{changed:?}");

    // A lower threshold blocks what was a challenge.
    w.run(&["risk", "set", "thresholds", "highest=50"])
        .success();
    blocked(w.pay("2500", "Jade House"), &["new_merchant_large"]);

    // Bad settings are invalid_input, saying what is accepted.
    for (args, words) in [
        (vec!["speed", "count=3"], "velocity"),
        (vec!["velocity", "colour=red"], "count"),
        (vec!["velocity", "count=1"], "1000"),
        (vec!["velocity", "count"], "KEY=VALUE"),
        (vec!["thresholds", "highest=30"], "highest"),
    ] {
        let mut full = vec!["risk", "set"];
        full.extend(args.iter().copied());
        let doc = w.run(&full).failure(2, "invalid_input").json();
        let text = format!("{} {}", doc["error"]["message"], doc["error"]["advice"]);
        assert!(text.contains(words), "{args:?}: {text}");
    }
    w.run(&["risk", "set", "velocity"])
        .failure(2, "invalid_input");
}

#[test]
fn edited_or_deleted_rule_settings_are_an_integrity_error() {
    let w = Risky::funded("9000");
    w.run(&["risk", "set", "new_merchant_large", "min_amount=1000"])
        .success();
    assert_eq!(w.env.sql_i64("select count(*) from risk_rules"), 8);
    w.env
        .sql("update risk_rules set enabled = 0 where rule = 'new_merchant_large'");
    w.pay("2500", "Jade House").failure(13, "integrity_error");
    w.env
        .cmd(["verify"])
        .json()
        .password()
        .run()
        .failure(13, "integrity_error");
    assert_eq!(w.payments("succeeded"), 0);

    let w = Risky::funded("9000");
    w.run(&["risk", "set", "new_merchant_large", "min_amount=1000"])
        .success();
    w.env.sql("delete from risk_rules");
    w.pay("1500", "Jade House").failure(13, "integrity_error");
    w.env
        .cmd(["verify"])
        .json()
        .password()
        .run()
        .failure(13, "integrity_error");
}

#[test]
fn challenges_and_blocks_speak_chinese() {
    let w = Risky::funded("9000");
    let out = w
        .env
        .cmd(["pay", "2500", "--merchant", "Jade House", "-y"])
        .lang("zh")
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .failure(3, "step_up_required");
    assert!(
        out.stderr.contains("首次向从未付过款的商户"),
        "{}",
        out.show()
    );
    assert!(out.stderr.contains("--password-stdin"), "{}", out.show());
    let doc = w
        .env
        .cmd(["pay", "2500", "--merchant", "Jade House", "-y"])
        .lang("zh")
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .failure(3, "step_up_required")
        .json();
    assert_eq!(doc["error"]["code"], "step_up_required");
    assert!(has_cjk(
        doc["error"]["details"]["rules"][0]["reason"]
            .as_str()
            .unwrap()
    ));
    assert!(has_cjk(doc["error"]["advice"].as_str().unwrap()));

    w.run(&["risk", "set", "thresholds", "highest=50"])
        .success();
    let out = w
        .env
        .cmd(["pay", "2500", "--merchant", "Jade House", "-y"])
        .lang("zh")
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .failure(7, "risk_blocked");
    assert!(out.stderr.contains("风险监控"), "{}", out.show());
    assert!(out.stderr.contains("联系客服"), "{}", out.show());
    let id = w
        .env
        .sql_i64("select count(*) from transactions where reason = 'risk_blocked'");
    assert_eq!(id, 1);
    // The table as a terminal shows it, headings included (a pipe gets bare rows).
    let rules = w
        .env
        .cmd(["risk", "rules"])
        .lang("zh")
        .env("OKPAY_FORCE_TTY", "1")
        .run()
        .success();
    assert!(rules.stdout.contains("触发次数"), "{}", rules.show());
    let events = w
        .env
        .cmd(["security", "events", "--kind", "risk_blocked"])
        .lang("zh")
        .run()
        .success();
    assert!(
        events.stdout.contains("首次向从未付过款的商户"),
        "{}",
        events.show()
    );
}

#[test]
fn security_events_show_the_risk_events_newest_first() {
    let w = Risky::empty();
    w.topup("3000");
    blocked(
        w.pay("2500", "Far Away Ltd"),
        &["new_merchant_large", "topup_then_pay"],
    );
    challenge(w.pay("2000", "Near Shop"), "new_merchant_large");
    let doc = w
        .run(&[
            "security",
            "events",
            "--kind",
            "risk_challenge",
            "--kind",
            "risk_blocked",
        ])
        .success()
        .json();
    let kinds: Vec<&str> = doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["risk_challenge", "risk_blocked"], "{doc}");
    let reason = doc["events"][0]["details"]["rules"][0]["reason"]
        .as_str()
        .unwrap();
    assert!(reason.contains("Near Shop"), "{reason}");
    let table = w.env.cmd(["security", "events"]).run().success();
    assert!(
        table.stdout.contains("Payment challenged"),
        "{}",
        table.show()
    );
}

#[test]
fn a_refund_gives_back_what_its_payment_counted_against_the_limits() {
    let w = Risky::funded("1000");
    w.run(&["limits", "set", "--daily", "200"]).success();
    let paid = w.pay("150", "Shop").success().json();
    let id = paid["transaction"]["id"].as_str().unwrap().to_string();
    let limits = |w: &Risky| w.run(&["limits"]).success().json()["limits"].clone();
    assert_eq!(limits(&w)["daily"]["used"], "150.00");
    w.pay("100", "Shop").failure(6, "limit_exceeded");

    w.run(&["refund", &id, "--amount", "50", "-y"]).success();
    let l = limits(&w);
    assert_eq!(l["daily"]["used"], "100.00", "{l}");
    assert_eq!(l["monthly"]["used"], "100.00", "{l}");
    w.run(&["refund", &id, "-y"]).success();
    assert_eq!(limits(&w)["daily"]["used"], "0.00");
    // The whole daily limit is there again.
    w.pay("200", "Shop").success();
    w.pay("0.01", "Shop").failure(6, "limit_exceeded");
}
