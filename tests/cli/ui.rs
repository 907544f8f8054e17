//! At a terminal and in a pipe (issue 13): tables fitted to the width with ids never split and
//! shortened to a unique prefix (`--wide` for full ids); tab-separated lines with full ids on a
//! pipe; ids taken as unique prefixes, labels and names everywhere; dynamic shell completion.

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

use crate::harness::{okpay_bin, Env};

/// A sandbox wallet in a session with three sources, a top-up, two merchants and payments.
struct W {
    env: Env,
    tok: String,
}

const CARD: &str = "4242424242424242";

impl W {
    fn new() -> W {
        let env = Env::new();
        env.init_sandbox();
        let tok = env.login();
        W { env, tok }
    }

    fn cmd(&self, args: &[&str]) -> crate::harness::Cmd {
        self.env.cmd(args).env("OKPAY_SESSION", &self.tok)
    }

    fn ok(&self, args: &[&str]) -> Value {
        self.cmd(args).json().run().success().json()
    }

    /// The standard setup: three labelled sources, a top-up, payments to two merchants.
    fn filled() -> W {
        let w = W::new();
        w.cmd(&[
            "source",
            "add",
            "card",
            "--holder",
            "Li Lei",
            "--expiry",
            "12/30",
            "--label",
            "信用卡",
            "--details-stdin",
        ])
        .json()
        .stdin(format!("{CARD}\n123\n"))
        .run()
        .success();
        w.ok(&[
            "source",
            "add",
            "platform",
            "--provider",
            "alipay",
            "--account",
            "li@example.com",
            "--label",
            "第三方支付机构账户",
        ]);
        w.ok(&[
            "source",
            "add",
            "bank",
            "--holder",
            "Li Lei",
            "--iban",
            "DE89370400440532013000",
        ]);
        w.ok(&["topup", "500", "--source", "信用卡", "--yes"]);
        w.ok(&["pay", "10", "--merchant", "Tea House", "--yes"]);
        w.ok(&[
            "pay",
            "12",
            "--merchant",
            "第三方茶馆",
            "--memo",
            "绿茶两杯，外带，请放在前台",
            "--yes",
        ]);
        w.ok(&["pay", "8", "--merchant", "Café Zoë", "--yes"]);
        w
    }

    fn ids(&self, args: &[&str], key: &str) -> Vec<String> {
        self.ok(args)[key]
            .as_array()
            .unwrap_or_else(|| panic!("no {key}"))
            .iter()
            .map(|v| v["id"].as_str().unwrap().to_string())
            .collect()
    }

    fn source_ids(&self) -> Vec<String> {
        self.ids(&["source", "list"], "sources")
    }

    fn tx_ids(&self) -> Vec<String> {
        self.ids(&["history"], "transactions")
    }

    fn merchant_ids(&self) -> Vec<String> {
        self.ids(&["merchant", "list"], "merchants")
    }

    /// `ARGS…` in `lang` as a terminal `columns` wide shows it.
    fn at_width(&self, lang: &str, args: &[&str], columns: u32) -> String {
        self.cmd(args)
            .lang(lang)
            .env("OKPAY_FORCE_TTY", "1")
            .env("COLUMNS", columns.to_string())
            .run()
            .success()
            .stdout
    }

    /// `ARGS…` on a pipe.
    fn piped(&self, args: &[&str]) -> String {
        self.cmd(args).run().success().stdout
    }
}

fn width(line: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(line)
}

fn tag_of(id: &str) -> usize {
    id.find('_').unwrap() + 1
}

/// Every id is shown whole on one line as a prefix of at least the tag and 6 characters, and
/// every id-like word shown is such a prefix of a known id (no id split over lines).
fn assert_ids_whole(text: &str, ids: &[String], tag: &str) {
    let words: Vec<&str> = text.split_whitespace().collect();
    for id in ids {
        assert!(
            words
                .iter()
                .any(|w| id.starts_with(w) && w.len() >= tag_of(id) + 6),
            "{id} not shown whole:\n{text}"
        );
    }
    for w in words.iter().filter(|w| w.starts_with(tag)) {
        assert!(
            w.len() >= tag.len() + 6 && ids.iter().any(|id| id.starts_with(w)),
            "'{w}' is a piece of an id:\n{text}"
        );
    }
}

#[test]
fn tables_fit_80_columns_with_ids_whole_and_short() {
    let w = W::filled();
    let cases: [(&[&str], Vec<String>, &str); 3] = [
        (&["source", "list"], w.source_ids(), "src_"),
        (&["history"], w.tx_ids(), "tx_"),
        (&["merchant", "list"], w.merchant_ids(), "mer_"),
    ];
    for lang in ["en", "zh"] {
        for (args, ids, tag) in &cases {
            for columns in [80, 100, 120] {
                let text = w.at_width(lang, args, columns);
                for line in text.lines() {
                    assert!(
                        width(line) <= columns as usize,
                        "{args:?} at {columns}: {} columns: {line}\n{text}",
                        width(line)
                    );
                }
                assert!(!text.contains('\t'), "{text}");
                assert!(!text.contains('\u{1b}'), "{text}");
                assert_ids_whole(&text, ids, tag);
            }
        }
    }
    // Wider terminals show more: the running balance from 120 columns (here also asked for as
    // OKPAY_FORCE_TTY=N), not at 80.
    let at_80 = w.at_width("en", &["history"], 80);
    let at_120 = w.at_width("en", &["history"], 120);
    assert!(!at_80.contains("Balance"), "{at_80}");
    assert!(at_120.contains("Balance"), "{at_120}");
    assert!(at_120.lines().any(|l| width(l) > 80), "{at_120}");
    let forced = w
        .cmd(&["history"])
        .env("OKPAY_FORCE_TTY", "120")
        .run()
        .success()
        .stdout;
    assert_eq!(forced, at_120);
    // The short ids are shorter than the ids, and each can be typed back.
    let text = w.at_width("en", &["history"], 80);
    let first = w.tx_ids()[0].clone();
    let short = text
        .split_whitespace()
        .find(|word| first.starts_with(word) && word.starts_with("tx_"))
        .unwrap()
        .to_string();
    assert!(short.len() < first.len(), "{short} is the whole id");
    let receipt = w.ok(&["receipt", &short]);
    assert_eq!(receipt["transaction"]["id"], first.as_str());
    // The zone every row shares sits in the heading, in each language's punctuation.
    let zh = w.at_width("zh", &["history"], 80);
    assert!(zh.contains("时间（"), "{zh}");
    assert!(!zh.contains("时间 ("), "{zh}");
    assert!(text.contains("Time ("), "{text}");
    // --wide shows them whole.
    let wide = w.at_width("en", &["--wide", "history"], 200);
    for id in w.tx_ids() {
        assert!(wide.contains(&id), "--wide: {id} missing:\n{wide}");
    }
}

#[test]
fn piped_listings_are_tab_separated_with_full_ids() {
    let w = W::filled();
    let cases: [(&[&str], Vec<String>); 3] = [
        (&["history"], w.tx_ids()),
        (&["source", "list"], w.source_ids()),
        (&["merchant", "list"], w.merchant_ids()),
    ];
    for (args, ids) in &cases {
        for color in ["auto", "always"] {
            let mut full = vec!["--color", color];
            full.extend_from_slice(args);
            let text = w.piped(&full);
            assert!(!text.contains('\u{1b}'), "{args:?}: escape codes:\n{text}");
            assert!(
                !text.chars().any(|c| ('\u{2500}'..='\u{257f}').contains(&c)),
                "{args:?}: box drawing:\n{text}"
            );
            let lines: Vec<&str> = text.lines().collect();
            assert!(lines.iter().all(|l| l.contains('\t')), "{args:?}:\n{text}");
            // `cut -f1`
            let first: Vec<String> = lines
                .iter()
                .map(|l| l.split('\t').next().unwrap().to_string())
                .collect();
            assert_eq!(&first, ids, "{args:?}: cut -f1:\n{text}");
            let columns = lines[0].split('\t').count();
            assert!(lines.iter().all(|l| l.split('\t').count() == columns));
        }
    }
}

#[test]
fn ids_are_taken_as_prefixes_labels_and_names() {
    let w = W::filled();
    let sources = w.source_ids();
    let card = sources[0].clone();
    // A label, a prefix with and without the tag, in any letter case.
    for text in [
        "信用卡".to_string(),
        card[..tag_of(&card) + 18].to_string(),
        card[tag_of(&card)..].to_string(),
        card[..tag_of(&card) + 18].to_lowercase(),
    ] {
        let doc = w.ok(&["topup", "1", "--source", &text, "--yes"]);
        assert_eq!(
            doc["transaction"]["source"],
            card.as_str(),
            "--source {text}"
        );
    }
    w.ok(&["sandbox", "source", "第三方支付机构账户", "--balance", "50"]);
    // Transactions by prefix: receipt and refund.
    let txs = w.tx_ids();
    let payment = w.ok(&["history", "--kind", "payment"])["transactions"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let prefix = payment[..tag_of(&payment) + 18].to_string();
    assert_eq!(
        w.ok(&["receipt", &prefix])["transaction"]["id"],
        payment.as_str()
    );
    assert_eq!(
        w.ok(&["receipt", &payment[3..21]])["transaction"]["id"],
        payment.as_str()
    );
    let refund = w.ok(&["refund", &prefix, "--amount", "1", "--yes"]);
    assert_eq!(refund["transaction"]["kind"], "refund");
    // Merchants by name (NFC: typed decomposed, any letter case), by id prefix.
    let merchants = w.merchant_ids();
    let doc = w.ok(&["merchant", "block", "cafe\u{301} zoe\u{308}"]);
    assert_eq!(doc["merchant"]["id"], merchants[2].as_str());
    let m = &merchants[0];
    let doc = w.ok(&["merchant", "block", &m[..tag_of(m) + 18]]);
    assert_eq!(doc["merchant"]["id"], m.as_str());
    w.ok(&["merchant", "unblock", "tea house"]);
    let doc = w.ok(&["pay", "1", "--merchant", &m[..tag_of(m) + 18], "--yes"]);
    assert_eq!(doc["transaction"]["merchant"], m.as_str());
    // A ticket by a prefix without its tag; --tx by prefix.
    let ticket = w.ok(&[
        "support",
        "ticket",
        "new",
        "--subject",
        "S",
        "--body",
        "B",
        "--tx",
        &prefix,
    ]);
    let ticket_id = ticket["ticket"]["id"].as_str().unwrap().to_string();
    let shown = w.ok(&["support", "ticket", "show", &ticket_id[4..16]]);
    assert_eq!(shown["ticket"]["id"], ticket_id.as_str());
    // A source removed by label.
    let doc = w.ok(&["source", "remove", "第三方支付机构账户"]);
    assert_eq!(doc["source"]["id"], sources[1].as_str());
    assert!(txs.len() >= 3);
}

#[test]
fn ambiguous_and_short_prefixes_are_refused() {
    let w = W::filled();
    let sources = w.source_ids();
    // Sources made in one sandbox millisecond share their first 10 characters after the tag.
    let shared = &sources[0][..tag_of(&sources[0]) + 6];
    assert!(sources.iter().all(|s| s.starts_with(shared)));
    let out = w
        .cmd(&["topup", "1", "--source", shared, "--yes"])
        .json()
        .run()
        .failure(2, "invalid_input");
    let candidates = out.json()["error"]["details"]["candidates"].clone();
    let candidates: Vec<&str> = candidates
        .as_array()
        .unwrap_or_else(|| panic!("no candidates:\n{}", out.show()))
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(candidates.len(), sources.len(), "{}", out.show());
    for s in &sources {
        assert!(candidates.contains(&s.as_str()));
    }
    let before = w.env.sql_i64("select count(*) from transactions");
    for (args, text) in [
        (vec!["topup", "1", "--yes", "--source"], &sources[0]),
        (vec!["receipt"], &w.tx_ids()[0]),
        (vec!["refund", "--yes"], &w.tx_ids()[0]),
        (vec!["merchant", "block"], &w.merchant_ids()[0]),
    ] {
        for short in [
            text[..tag_of(text) + 5].to_string(),
            text[tag_of(text)..tag_of(text) + 5].to_string(),
        ] {
            let mut args = args.clone();
            args.push(&short);
            let out = w.cmd(&args).json().run().failure(2, "invalid_input");
            let doc = out.json();
            assert_eq!(doc["error"]["details"]["min"], 6, "{}", out.show());
            assert!(
                doc["error"]["message"]
                    .as_str()
                    .unwrap()
                    .contains("too short"),
                "{}",
                out.show()
            );
        }
    }
    assert_eq!(w.env.sql_i64("select count(*) from transactions"), before);
    // An unknown prefix is still not_found.
    w.cmd(&["receipt", "tx_ZZZZZZZZZZ"])
        .json()
        .run()
        .failure(12, "not_found");
}

/// The repository's committed completion scripts.
fn completions() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("completions")
}

/// `PATH` with the okpay under test first.
fn path_with_okpay() -> String {
    let dir = okpay_bin().parent().unwrap().to_path_buf();
    format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

/// Run `shell -c script` against the wallet, or fail saying the shell is missing.
fn shell(w: &W, shell: &str, script: &str) -> std::process::Output {
    Command::new(shell)
        .arg("-c")
        .arg(script)
        .env("PATH", path_with_okpay())
        .env("OKPAY_DB", w.env.wallet())
        .env("HOME", w.env.root().join("home"))
        .current_dir(completions())
        .output()
        .unwrap_or_else(|e| {
            panic!("{shell} is needed for the completion tests (apt-get install -y {shell}): {e}")
        })
}

#[test]
fn bash_completes_source_ids_after_source() {
    let w = W::filled();
    let sources = w.source_ids();
    let out = shell(&w, "bash", "source okpay.bash; complete -p okpay");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{out:?}");
    assert!(
        text.contains("-F _okpay_dynamic") && text.contains("okpay"),
        "{text}"
    );
    let script = r#"source okpay.bash
COMP_WORDS=(okpay topup 10 --source "")
COMP_CWORD=4
_okpay_dynamic okpay "" --source
printf '%s\n' "${COMPREPLY[@]}"
echo ---
COMP_WORDS=(okpay topup 10 --source 信)
COMP_CWORD=4
_okpay_dynamic okpay 信 --source
printf '%s\n' "${COMPREPLY[@]}"
echo ---
COMP_WORDS=(okpay receipt "")
COMP_CWORD=2
_okpay_dynamic okpay "" receipt
printf '%s\n' "${COMPREPLY[@]}"
echo ---
COMP_WORDS=(okpay pay 1 --merchant Te)
COMP_CWORD=4
_okpay_dynamic okpay Te --merchant
printf '%s\n' "${COMPREPLY[@]}"
echo ---
COMP_WORDS=(okpay sour)
COMP_CWORD=1
_okpay_dynamic okpay sour okpay
printf '%s\n' "${COMPREPLY[@]}"
"#;
    let out = shell(&w, "bash", script);
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let parts: Vec<Vec<&str>> = text.split("---\n").map(|p| p.lines().collect()).collect();
    for s in &sources {
        assert!(parts[0].contains(&s.as_str()), "{s} not offered:\n{text}");
    }
    assert!(parts[0].contains(&"信用卡"), "{text}");
    assert_eq!(parts[1], vec!["信用卡"], "{text}");
    for id in w.tx_ids() {
        assert!(parts[2].contains(&id.as_str()), "{id}:\n{text}");
    }
    assert_eq!(parts[3], vec!["Tea\\ House"], "{text}");
    // Other words fall back to clap's completion.
    assert_eq!(parts[4], vec!["source"], "{text}");
    // The helper directly: nothing for a word it does not complete.
    let direct = shell(
        &w,
        "sh",
        "okpay __complete bash -- okpay topup 10 --source ''",
    );
    assert!(direct.status.success(), "{direct:?}");
    let text = String::from_utf8_lossy(&direct.stdout);
    for s in &sources {
        assert!(text.lines().any(|l| l == s), "{text}");
    }
    let none = shell(&w, "sh", "okpay __complete bash -- okpay backup ''");
    assert_eq!(none.status.code(), Some(1), "{none:?}");
    assert!(none.stdout.is_empty());
}

#[test]
fn zsh_and_fish_scripts_load_and_fish_completes_sources() {
    let w = W::filled();
    let out = shell(
        &w,
        "zsh",
        "autoload -U compinit; compinit -u; source ./_okpay && echo loaded",
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && text.contains("loaded"),
        "zsh: {out:?}"
    );
    let out = shell(
        &w,
        "fish",
        "source okpay.fish; and complete -C 'okpay topup 10 --source '",
    );
    assert!(out.status.success(), "fish: {out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    for s in w.source_ids() {
        assert!(text.contains(&s), "fish: {s} not offered:\n{text}");
    }
    assert!(text.contains("信用卡"), "{text}");
}
