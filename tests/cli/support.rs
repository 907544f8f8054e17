//! `okpay support`: the offline help centre (search in both languages, articles rendered in the
//! chosen one), every refusal's advice naming an article that exists, contact channels, and
//! announcements with scheduled sandbox maintenance. Tickets are in `tickets.rs`.

use serde_json::Value;

use crate::harness::{has_cjk, Env, Output, PASSWORD};

/// A sandbox wallet (base CNY, zone Asia/Shanghai) unlocked by `OKPAY_PASSWORD` in every
/// command, so moving the sandbox clock expires nothing.
pub struct W {
    pub env: Env,
}

impl W {
    pub fn new() -> W {
        let env = Env::new();
        env.init_sandbox_in("Asia/Shanghai");
        W { env }
    }

    /// `okpay --json ARGS…`, unlocked by `OKPAY_PASSWORD`.
    pub fn run(&self, args: &[&str]) -> Output {
        self.env
            .cmd(args)
            .json()
            .env("OKPAY_PASSWORD", PASSWORD)
            .run()
    }

    /// `okpay ARGS…` (human output) in `lang`, unlocked.
    pub fn human(&self, lang: &str, args: &[&str]) -> Output {
        self.env
            .cmd(args)
            .lang(lang)
            .env("OKPAY_PASSWORD", PASSWORD)
            .run()
    }

    /// Add a card with `number` (CVC 123); returns its id.
    pub fn card(&self, number: &str) -> String {
        self.card_with_cvc(number, "123")
    }

    /// Add a card with `number` and `cvc`; returns its id.
    pub fn card_with_cvc(&self, number: &str, cvc: &str) -> String {
        let out = self
            .env
            .cmd([
                "--json",
                "source",
                "add",
                "card",
                "--holder",
                "Alice Li",
                "--expiry",
                "12/45",
                "--details-stdin",
            ])
            .env("OKPAY_PASSWORD", PASSWORD)
            .stdin(format!("{number}\n{cvc}\n"))
            .run()
            .success();
        out.json()["source"]["id"].as_str().unwrap().to_string()
    }

    /// Top up `amount` from `source`; returns the output (success or a recorded failure).
    pub fn topup(&self, amount: &str, source: &str) -> Output {
        self.run(&["topup", amount, "--source", source, "--yes"])
    }

    /// The id of the transaction a command recorded (success or refusal).
    pub fn tx_id(out: &Output) -> String {
        let doc = out.json();
        doc["transaction"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("no transaction:\n{}", out.show()))
            .to_string()
    }

    pub fn clock_set(&self, time: &str) {
        self.run(&["sandbox", "clock", "set", time]).success();
    }
}

fn article_ids(doc: &Value) -> Vec<String> {
    doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_top_up_failure_article_comes_first_for_chinese_and_english_queries() {
    // The help centre works without any wallet: it is compiled in.
    let env = Env::new();
    for query in [
        vec!["充值失败"],
        vec!["top-up failed"],
        vec!["TOP-UP", "FAILED"],
        vec!["topup", "failed"],
    ] {
        let mut args = vec!["support", "faq"];
        args.extend(query.iter().copied());
        let doc = env.cmd(args).json().run().success().json();
        let ids = article_ids(&doc);
        assert_eq!(
            ids.first().map(String::as_str),
            Some("topup-failed"),
            "{query:?}: {doc}"
        );
        let scores: Vec<u64> = doc["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["score"].as_u64().unwrap())
            .collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]), "ranked: {doc}");
        assert!(
            scores[0] > scores.get(1).copied().unwrap_or(0),
            "a clear first: {doc}"
        );
    }
    // A Chinese query in an English session finds the article, titled in English.
    let doc = env
        .cmd(["support", "faq", "充值"])
        .json()
        .run()
        .success()
        .json();
    let first = &doc["articles"][0];
    assert!(!has_cjk(first["title"].as_str().unwrap()), "{doc}");
    // Nothing found is not an error.
    let none = env
        .cmd(["support", "faq", "xyzzy", "plugh"])
        .json()
        .run()
        .success()
        .json();
    assert_eq!(none["articles"], serde_json::json!([]));
    let human = env.cmd(["support", "faq", "xyzzy"]).run().success();
    assert!(
        human.stdout.contains("No article matches"),
        "{}",
        human.show()
    );
}

#[test]
fn the_list_has_at_least_twenty_articles_each_in_both_languages() {
    let env = Env::new();
    let doc = env.cmd(["support", "faq"]).json().run().success().json();
    let ids = article_ids(&doc);
    assert!(ids.len() >= 20, "{doc}");
    assert!(doc["articles"][0]["score"].is_null(), "{doc}");
    for id in &ids {
        let en = env
            .cmd(["support", "faq", "show", id])
            .json()
            .run()
            .success()
            .json();
        let zh = env
            .cmd(["support", "faq", "show", id])
            .json()
            .lang("zh")
            .run()
            .success()
            .json();
        assert_eq!(en["article"]["id"], zh["article"]["id"]);
        assert_eq!(en["article"]["lang"], "en");
        assert_eq!(zh["article"]["lang"], "zh");
        let (en_title, zh_title) = (
            en["article"]["title"].as_str().unwrap(),
            zh["article"]["title"].as_str().unwrap(),
        );
        assert!(!has_cjk(en_title), "{id}: {en_title}");
        assert!(has_cjk(zh_title), "{id}: {zh_title}");
        assert!(en["article"]["body"].as_str().unwrap().len() > 200, "{id}");
        assert!(has_cjk(zh["article"]["body"].as_str().unwrap()), "{id}");
    }
}

#[test]
fn an_article_is_rendered_for_the_terminal_in_the_chosen_language() {
    let env = Env::new();
    let en = env
        .cmd(["support", "faq", "show", "topup-failed"])
        .run()
        .success();
    let zh = env
        .cmd(["support", "faq", "show", "topup-failed"])
        .lang("zh")
        .run()
        .success();
    assert!(en.stdout.starts_with("A top-up failed"), "{}", en.show());
    assert!(zh.stdout.starts_with("充值失败"), "{}", zh.show());
    for out in [&en, &zh] {
        // Rendered, not raw Markdown: no `#` headings, no `**`, lists with bullets, lines that
        // fit a terminal; commands keep their backticks when colour is off.
        assert!(!out.stdout.contains("\n#"), "{}", out.show());
        assert!(!out.stdout.contains("**"), "{}", out.show());
        assert!(out.stdout.contains("  • "), "{}", out.show());
        assert!(
            out.stdout.contains("`okpay history --status failed`"),
            "{}",
            out.show()
        );
        assert!(
            out.stdout.contains("\n    okpay topup --retry"),
            "{}",
            out.show()
        );
        for line in out.stdout.lines() {
            let width = unicode_width::UnicodeWidthStr::width(line);
            assert!(width <= 90, "too wide ({width}): {line}");
        }
        assert!(
            out.stdout.contains("topup-failed"),
            "footer: {}",
            out.show()
        );
    }
    // With colour on, commands are highlighted instead.
    let coloured = env
        .cmd([
            "--color",
            "always",
            "support",
            "faq",
            "show",
            "topup-failed",
        ])
        .run()
        .success();
    assert!(coloured.stdout.contains("\u{1b}["), "{}", coloured.show());
    assert!(!coloured.stdout.contains("`okpay history --status failed`"));
    // An unknown article is not_found, and its advice points at the list.
    let out = env
        .cmd(["support", "faq", "show", "no-such-article"])
        .json()
        .run()
        .failure(12, "not_found");
    assert_eq!(out.details()["id"], "no-such-article");
}

/// The article a refusal names exists in both languages, and the advice ends with the command
/// that shows it.
fn assert_links_an_article(env: &Env, out: &Output) -> String {
    let doc = out.json();
    let article = doc["error"]["details"]["article"]
        .as_str()
        .unwrap_or_else(|| panic!("no details.article:\n{}", out.show()))
        .to_string();
    let advice = doc["error"]["advice"].as_str().unwrap();
    assert!(
        advice.ends_with(&format!("okpay support faq show {article}")),
        "{}",
        out.show()
    );
    for lang in ["en", "zh"] {
        env.cmd(["support", "faq", "show", &article])
            .lang(lang)
            .json()
            .run()
            .success();
    }
    article
}

#[test]
fn every_decline_and_failed_top_up_names_the_article_that_explains_it() {
    let w = W::new();
    let card = w.card("4242424242424242");
    w.topup("100", &card).success();
    // A decline for each reason this wallet can produce.
    let low = w
        .run(&["pay", "500", "--merchant", "Tea House", "--yes"])
        .failure(5, "insufficient_funds");
    assert_eq!(assert_links_an_article(&w.env, &low), "declined-balance");
    w.run(&["limits", "set", "--per-transaction", "10"])
        .success();
    let limit = w
        .run(&["pay", "20", "--merchant", "Tea House", "--yes"])
        .failure(6, "limit_exceeded");
    assert_eq!(assert_links_an_article(&w.env, &limit), "declined-limit");
    w.run(&["merchant", "add", "Closed Shop", "--no-okpay"])
        .success();
    let closed = w
        .run(&["pay", "5", "--merchant", "Closed Shop", "--yes"])
        .failure(8, "merchant_not_accepting");
    assert_eq!(
        assert_links_an_article(&w.env, &closed),
        "declined-merchant"
    );
    w.run(&["merchant", "block", "Tea House"]).success();
    let blocked = w
        .run(&["pay", "5", "--merchant", "Tea House", "--yes"])
        .failure(8, "merchant_blocked");
    assert_eq!(
        assert_links_an_article(&w.env, &blocked),
        "declined-merchant"
    );
    // A failed top-up for each test card.
    for (number, code, article) in [
        ("4000000000000002", "source_declined", "topup-failed"),
        (
            "4000000000009995",
            "source_insufficient_funds",
            "topup-source-balance",
        ),
        ("4000000000000069", "source_expired", "topup-card-expired"),
        (
            "4000000000000127",
            "invalid_source_details",
            "topup-wrong-details",
        ),
    ] {
        let src = w.card(number);
        let out = w.topup("5", &src).failure(9, code);
        assert_eq!(assert_links_an_article(&w.env, &out), article, "{code}");
    }
    let flaky = w.card("4000000000000119");
    let out = w.topup("5", &flaky).failure(10, "rail_unavailable");
    assert_eq!(assert_links_an_article(&w.env, &out), "topup-network");
    // The receipt of a recorded decline names the article too, in both languages.
    let tx = W::tx_id(&low);
    for lang in ["en", "zh"] {
        let receipt = w.human(lang, &["receipt", &tx]).success();
        assert!(
            receipt
                .stdout
                .contains("okpay support faq show declined-balance"),
            "{}",
            receipt.show()
        );
    }
    // Human form: the advice on stderr ends with the command.
    let out = w
        .human("zh", &["pay", "50", "--merchant", "Other", "--yes"])
        .failure(6, "limit_exceeded");
    assert!(
        out.stderr
            .trim_end()
            .ends_with("okpay support faq show declined-limit"),
        "{}",
        out.show()
    );
}

#[test]
fn other_refusals_link_their_article_too() {
    let env = Env::new();
    env.init_sandbox();
    // Usage errors, not found, locked wallets and file errors each name an article.
    for (args, exit, code) in [
        (vec!["history", "--limit", "abc"], 2, "invalid_input"),
        (vec!["receipt", "tx_nope"], 12, "not_found"),
        (
            vec!["topup", "5", "--source", "src_x", "--yes"],
            3,
            "auth_required",
        ),
    ] {
        let out = env.cmd(args.clone()).json().run().failure(exit, code);
        assert_links_an_article(&env, &out);
    }
    let card = env
        .cmd([
            "source",
            "add",
            "card",
            "--holder",
            "A",
            "--expiry",
            "12/45",
            "--details-stdin",
        ])
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .stdin("4242424242424241\n123\n")
        .run()
        .failure(2, "invalid_input");
    assert_eq!(assert_links_an_article(&env, &card), "topup-card");
    // The same article in both languages: the details are identical.
    let en = env.cmd(["receipt", "tx_nope"]).json().run();
    let zh = env.cmd(["receipt", "tx_nope"]).json().lang("zh").run();
    assert_eq!(en.details(), zh.details());
}

#[test]
fn contact_channels_have_documented_defaults_that_the_user_can_change() {
    let w = W::new();
    let doc = w.run(&["support", "contact"]).success().json();
    let channels = doc["channels"].as_array().unwrap();
    let keys: Vec<&str> = channels
        .iter()
        .map(|c| c["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        ["help_centre", "email", "chat", "x", "weibo", "wechat"]
    );
    assert!(channels.iter().all(|c| c["default"] == true), "{doc}");
    assert_eq!(channels[1]["value"], "support@okpay.example");
    // Changing one needs the wallet unlocked.
    w.env
        .cmd(["support", "contact", "set", "email", "help@bank.example"])
        .json()
        .run()
        .failure(3, "auth_required");
    let set = w
        .run(&["support", "contact", "set", "email", "help@bank.example"])
        .success()
        .json();
    assert_eq!(set["channel"]["value"], "help@bank.example");
    assert_eq!(set["channel"]["default"], false);
    w.run(&[
        "support",
        "contact",
        "set",
        "help-centre",
        "https://help.bank.example/okpay",
    ])
    .success();
    let doc = w.run(&["support", "contact"]).success().json();
    assert_eq!(doc["channels"][1]["value"], "help@bank.example");
    assert_eq!(
        doc["channels"][0]["value"],
        "https://help.bank.example/okpay"
    );
    // Bad keys and values are refused, and change nothing.
    let out = w
        .run(&["support", "contact", "set", "fax", "123"])
        .failure(2, "invalid_input");
    assert_eq!(out.details()["key"], "fax");
    w.run(&["support", "contact", "set", "email", "not an address"])
        .failure(2, "invalid_input");
    w.run(&["support", "contact", "set", "chat", "chat.example"])
        .failure(2, "invalid_input");
    let after = w.run(&["support", "contact"]).success().json();
    assert_eq!(after, doc);
    // Setting the default again is a reset.
    w.run(&[
        "support",
        "contact",
        "set",
        "email",
        "support@okpay.example",
    ])
    .success();
    assert_eq!(
        w.env
            .sql_i64("SELECT COUNT(*) FROM support_contact WHERE key = 'email'"),
        0
    );
    // The human list names each channel in the user's language.
    let zh = w.human("zh", &["support", "contact"]).success();
    assert!(zh.stdout.contains("在线客服"), "{}", zh.show());
    // An edit behind okpay's back is found by verify.
    w.env
        .sql("UPDATE support_contact SET value = 'evil@attacker.example'");
    let verify = w.run(&["verify"]);
    assert_eq!(verify.code(), 13, "{}", verify.show());
}

#[test]
fn a_scheduled_maintenance_window_refuses_money_with_its_end_then_lets_it_move() {
    let w = W::new();
    let card = w.card("4242424242424242");
    w.clock_set("2027-01-30T06:00:00Z");
    let scheduled = w
        .run(&[
            "sandbox",
            "maintenance",
            "--from",
            "2027-01-30T08:00:00Z",
            "--until",
            "2027-01-30T10:30:00Z",
            "--note",
            "Database upgrade",
        ])
        .success()
        .json();
    assert_eq!(scheduled["maintenance"]["state"], "scheduled");
    // Before it starts, money moves, and the news announces it.
    w.topup("5", &card).success();
    let news = w.run(&["support", "news"]).success().json();
    let window = news["news"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["kind"] == "maintenance")
        .cloned()
        .unwrap_or_else(|| panic!("{news}"));
    assert_eq!(window["state"], "scheduled");
    assert_eq!(window["until"], "2027-01-30T10:30:00Z");
    assert_eq!(window["note"], "Database upgrade");
    // During it: refused, nothing recorded, the end in the advice in the wallet's zone
    // (Asia/Shanghai, UTC+8), in RFC 3339 in the details.
    w.clock_set("2027-01-30T09:00:00Z");
    let before = w.env.sql_i64("SELECT COUNT(*) FROM transactions");
    let out = w.topup("5", &card).failure(10, "maintenance");
    let doc = out.json();
    assert_eq!(doc["error"]["details"]["until"], "2027-01-30T10:30:00Z");
    assert_eq!(doc["error"]["details"]["from"], "2027-01-30T08:00:00Z");
    assert_eq!(doc["error"]["details"]["article"], "maintenance");
    let advice = doc["error"]["advice"].as_str().unwrap();
    assert!(advice.contains("2027-01-30 18:30"), "{advice}");
    assert!(
        advice.ends_with("okpay support faq show maintenance"),
        "{advice}"
    );
    assert_eq!(w.env.sql_i64("SELECT COUNT(*) FROM transactions"), before);
    let zh = w
        .human("zh", &["topup", "5", "--source", &card, "--yes"])
        .failure(10, "maintenance");
    assert!(zh.stderr.contains("2027-01-30 18:30"), "{}", zh.show());
    w.run(&["pay", "1", "--merchant", "Tea House", "--yes"])
        .failure(10, "maintenance");
    // status and news say when it started and when it should end.
    let status = w.run(&["status"]).success().json();
    assert_eq!(status["status"]["maintenance"], true);
    assert_eq!(
        status["status"]["maintenance_window"]["state"],
        "in_progress"
    );
    assert_eq!(
        status["status"]["maintenance_window"]["from"],
        "2027-01-30T08:00:00Z"
    );
    let human = w.human("en", &["status"]).success();
    assert!(
        human.stdout.contains("2027-01-30 16:00"),
        "{}",
        human.show()
    );
    assert!(
        human.stdout.contains("2027-01-30 18:30"),
        "{}",
        human.show()
    );
    let news = w.human("zh", &["support", "news"]).success();
    assert!(news.stdout.contains("维护中"), "{}", news.show());
    assert!(news.stdout.contains("2027-01-30 18:30"), "{}", news.show());
    // Reading keeps working.
    w.run(&["balance"]).success();
    // Once the sandbox clock passes the end, money moves again.
    w.clock_set("2027-01-30T10:30:00Z");
    w.topup("5", &card).success();
    let status = w.run(&["status"]).success().json();
    assert_eq!(status["status"]["maintenance"], false);
    assert_eq!(status["status"]["maintenance_window"]["state"], "ended");
}

#[test]
fn windows_are_checked_and_maintenance_on_and_off_still_work() {
    let w = W::new();
    w.clock_set("2027-01-30T06:00:00Z");
    for (from, until) in [
        ("2027-01-30T10:00:00Z", "2027-01-30T09:00:00Z"),
        ("2027-01-29T00:00:00Z", "2027-01-29T05:00:00Z"),
        ("2027-01-30T10:00:00Z", "2027-04-30T10:00:00Z"),
        ("yesterday", "2027-01-31"),
    ] {
        w.run(&["sandbox", "maintenance", "--from", from, "--until", until])
            .failure(2, "invalid_input");
    }
    // --from without --until is a usage error.
    w.run(&["sandbox", "maintenance", "--from", "2027-01-30T10:00:00Z"])
        .failure(2, "invalid_input");
    assert_eq!(w.env.sql_i64("SELECT COUNT(*) FROM maintenance_window"), 0);
    // A date is midnight in the wallet's zone.
    let doc = w
        .run(&[
            "sandbox",
            "maintenance",
            "--from",
            "2027-01-31",
            "--until",
            "2027-02-01",
        ])
        .success()
        .json();
    assert_eq!(doc["maintenance"]["from"], "2027-01-30T16:00:00Z");
    // --on is maintenance from now with no end announced; the refusal has no until.
    let card = w.card("4242424242424242");
    w.run(&["sandbox", "maintenance", "--on"]).success();
    let out = w.topup("5", &card).failure(10, "maintenance");
    assert!(out.details().get("until").is_none(), "{}", out.show());
    assert_eq!(out.details()["from"], "2027-01-30T06:00:00Z");
    w.run(&["sandbox", "maintenance", "--off"]).success();
    w.topup("5", &card).success();
    let news = w.run(&["support", "news"]).success().json();
    assert!(
        !news["news"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["kind"] == "maintenance"),
        "{news}"
    );
    // Not on a normal wallet.
    let normal = Env::new();
    normal.init_normal();
    normal
        .cmd([
            "sandbox",
            "maintenance",
            "--from",
            "2027-01-30T08:00:00Z",
            "--until",
            "2027-01-30T09:00:00Z",
        ])
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .failure(11, "invalid_state");
}

#[test]
fn an_edited_maintenance_window_is_refused_and_a_removed_one_keeps_money_still() {
    let w = W::new();
    let card = w.card("4242424242424242");
    w.clock_set("2027-01-30T06:00:00Z");
    w.run(&[
        "sandbox",
        "maintenance",
        "--from",
        "2027-01-30T06:00:00Z",
        "--until",
        "2027-01-30T12:00:00Z",
    ])
    .success();
    // Moving the end into the past with sqlite3: every write refuses, verify reports it.
    w.env.sql(
        "UPDATE maintenance_window SET from_ms = from_ms - 7200000, until_ms = from_ms - 3600000",
    );
    w.topup("5", &card).failure(13, "integrity_error");
    assert_eq!(w.run(&["verify"]).code(), 13);
    // Removing the row instead: the sealed flag still says maintenance, with no end.
    w.env.sql("DELETE FROM maintenance_window");
    let out = w.topup("5", &card).failure(10, "maintenance");
    assert!(out.details().get("until").is_none(), "{}", out.show());
    // Switching the flag off too breaks the settings seal.
    w.env.sql("UPDATE wallet SET maintenance = 0");
    w.topup("5", &card).failure(13, "integrity_error");
}

#[test]
fn the_news_lists_notices_without_a_wallet_too() {
    let env = Env::new();
    let doc = env.cmd(["support", "news"]).json().run().success().json();
    let ids: Vec<&str> = doc["news"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n["id"].as_str())
        .collect();
    assert!(ids.contains(&"simulated_rails"), "{doc}");
    let zh = env.cmd(["support", "news"]).lang("zh").run().success();
    assert!(has_cjk(&zh.stdout), "{}", zh.show());
}
