//! Errors: usage errors as JSON `invalid_input`, messages in Chinese, files that are not
//! wallets refused unchanged, and no panic whatever the input.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::harness::{has_cjk, mode, sibling, write_file, Env, Output};

#[test]
fn usage_errors_are_json_invalid_input() {
    let env = Env::new();
    env.init_sandbox();
    for args in [
        vec!["frobnicate"],
        vec!["history", "--limit", "abc"],
        vec!["history", "--limit", "4294967296"],
        vec!["balance", "--bogus"],
        vec!["receipt"],
        vec!["sandbox"],
        vec!["sandbox", "clock", "rewind"],
        vec!["completions", "tcsh"],
        vec!["--color", "sometimes", "balance"],
        vec!["login", "--ttl"],
    ] {
        let out = env.cmd(args).json().run().failure(2, "invalid_input");
        let doc = out.json();
        assert!(doc["error"]["advice"].is_string(), "{doc}");
        assert!(doc["error"]["details"].is_object(), "{doc}");
        assert!(
            out.stdout.trim_end().ends_with('}'),
            "one document:\n{}",
            out.show()
        );
    }
    // --json after the subcommand counts too.
    let out = env.cmd(["history", "--limit", "abc", "--json"]).run();
    assert_eq!(out.code(), 2, "{}", out.show());
    assert_eq!(out.json()["error"]["code"], "invalid_input");
    // --lang is not a language okpay knows: still JSON.
    let out = env
        .cmd(["--lang", "fr", "--json", "balance"])
        .no_lang()
        .run();
    assert_eq!(out.code(), 2, "{}", out.show());
    assert_eq!(out.json()["error"]["code"], "invalid_input");
}

#[test]
fn usage_errors_without_json_go_to_stderr() {
    let env = Env::new();
    let out = env.cmd(["frobnicate"]).run().failure(2, "invalid_input");
    assert!(out.stdout.is_empty(), "{}", out.show());
    assert!(out.stderr.contains("frobnicate"), "{}", out.show());
}

#[test]
fn help_and_version_succeed() {
    let env = Env::new();
    let out = env.cmd(["--help"]).run().success();
    assert!(out.stdout.contains("Usage"), "{}", out.show());
    assert!(out.stdout.contains("Exit codes"), "{}", out.show());
    let out = env.cmd(["--version"]).run().success();
    assert!(
        out.stdout.contains(env!("CARGO_PKG_VERSION")),
        "{}",
        out.show()
    );
    let out = env.cmd(["history", "--help"]).run().success();
    assert!(out.stdout.contains("--limit"), "{}", out.show());
    // A missing subcommand is a usage error, not a success.
    let out = env.cmd(Vec::<&str>::new()).json().run();
    assert_ne!(out.code(), 0, "{}", out.show());
}

#[test]
fn quiet_failures_print_only_the_error_code() {
    let env = Env::new();
    env.init_sandbox();
    let out = env.cmd(["-q", "receipt", "tx_nope"]).run();
    assert_eq!(out.code(), 12, "{}", out.show());
    assert_eq!(out.stderr, "not_found\n");
    assert!(out.stdout.is_empty(), "{}", out.show());
}

/// A failure's JSON with the human text taken out: what must be identical in every language.
fn without_text(mut doc: Value) -> Value {
    if let Some(error) = doc.get_mut("error").and_then(Value::as_object_mut) {
        error.remove("message");
        error.remove("advice");
        if let Some(details) = error.get_mut("details").and_then(Value::as_object_mut) {
            // clap's own usage text is English in both languages.
            details.remove("usage");
        }
    }
    doc
}

fn in_both_languages(env: &Env, args: &[&str], stdin: Option<&str>) -> (Output, Output) {
    let run = |lang: &str| {
        // The same state for both runs: failed unlocks are counted and reported.
        env.sql("UPDATE wallet SET failed_unlocks = 0");
        let cmd = env.cmd(args.to_vec()).json().lang(lang);
        match stdin {
            Some(text) => cmd.stdin(text.to_string()).run(),
            None => cmd.run(),
        }
    };
    (run("en"), run("zh"))
}

#[test]
fn chinese_errors_are_in_chinese() {
    let env = Env::new();
    env.init_sandbox();
    let out = env
        .cmd(["receipt", "tx_nope"])
        .lang("zh")
        .run()
        .failure(12, "not_found");
    assert!(has_cjk(&out.stderr), "not Chinese:\n{}", out.show());
    let out = env
        .cmd(["login", "--password-stdin"])
        .lang("zh")
        .stdin("not-the-right-passphrase-1\n")
        .run()
        .failure(3, "auth_failed");
    assert!(has_cjk(&out.stderr), "not Chinese:\n{}", out.show());
    let out = env
        .cmd(["sandbox", "clock", "advance", "1h"])
        .lang("zh")
        .run()
        .failure(3, "auth_required");
    assert!(has_cjk(&out.stderr), "not Chinese:\n{}", out.show());
    let out = env
        .cmd(["frobnicate"])
        .lang("zh")
        .run()
        .failure(2, "invalid_input");
    assert!(has_cjk(&out.stderr), "not Chinese:\n{}", out.show());
    let out = env
        .cmd(["balance", "--currency", "ABC"])
        .lang("zh")
        .run()
        .failure(2, "invalid_input");
    assert!(has_cjk(&out.stderr), "not Chinese:\n{}", out.show());
    // The table headings too.
    let out = env.cmd(["balance"]).lang("zh").run().success();
    assert!(has_cjk(&out.stdout), "not Chinese:\n{}", out.show());
}

#[test]
fn json_codes_and_keys_are_identical_in_english_and_chinese() {
    let env = Env::new();
    env.init_sandbox();
    let wrong = "not-the-right-passphrase-1\n";
    let cases: Vec<(Vec<&str>, Option<&str>)> = vec![
        (vec!["receipt", "tx_nope"], None),
        (vec!["login", "--password-stdin"], Some(wrong)),
        (vec!["sandbox", "clock", "advance", "1h"], None),
        (vec!["sandbox", "clock", "set", "2000-01-01"], None),
        (vec!["balance", "--currency", "ABC"], None),
        (vec!["history", "--kind", "gift"], None),
        (vec!["frobnicate"], None),
        (vec!["history", "--limit", "abc"], None),
        (vec!["init", "--password-stdin"], Some("correct-horse\n")),
    ];
    for (args, stdin) in cases {
        let (en, zh) = in_both_languages(&env, &args, stdin);
        assert_ne!(en.code(), 0, "{}", en.show());
        assert_eq!(en.code(), zh.code(), "{}\n{}", en.show(), zh.show());
        let (en_doc, zh_doc) = (en.json(), zh.json());
        assert_eq!(
            without_text(en_doc.clone()),
            without_text(zh_doc.clone()),
            "{args:?}"
        );
        let zh_text = format!(
            "{} {}",
            zh_doc["error"]["message"], zh_doc["error"]["advice"]
        );
        assert!(
            has_cjk(&zh_text),
            "{args:?}: zh message not Chinese:\n{}",
            zh.show()
        );
        assert!(
            !has_cjk(&en_doc["error"]["message"].to_string()),
            "{}",
            en.show()
        );
    }
    // Successes are identical to the byte.
    for args in [
        vec!["balance"],
        vec!["status"],
        vec!["history"],
        vec!["verify"],
    ] {
        let (en, zh) = in_both_languages(&env, &args, None);
        assert_eq!(en.code(), 0, "{}", en.show());
        assert_eq!(en.stdout, zh.stdout, "{args:?}");
    }
}

#[test]
fn the_language_comes_from_the_locale_when_not_given() {
    let env = Env::new();
    env.init_sandbox();
    let out = env
        .cmd(["receipt", "tx_nope"])
        .no_lang()
        .env("LANG", "zh_CN.UTF-8")
        .run()
        .failure(12, "not_found");
    assert!(
        has_cjk(&out.stderr),
        "LANG=zh_CN.UTF-8 is not Chinese:\n{}",
        out.show()
    );
    let out = env
        .cmd(["receipt", "tx_nope"])
        .no_lang()
        .env("OKPAY_LANG", "zh")
        .run()
        .failure(12, "not_found");
    assert!(
        has_cjk(&out.stderr),
        "OKPAY_LANG=zh is not Chinese:\n{}",
        out.show()
    );
    let out = env
        .cmd(["receipt", "tx_nope"])
        .no_lang()
        .env("LANG", "de_DE.UTF-8")
        .run()
        .failure(12, "not_found");
    assert!(!has_cjk(&out.stderr), "{}", out.show());
    // An explicit --lang wins over the locale.
    let out = env
        .cmd(["receipt", "tx_nope"])
        .env("LC_ALL", "zh_CN.UTF-8")
        .run()
        .failure(12, "not_found");
    assert!(!has_cjk(&out.stderr), "{}", out.show());
}

/// Files that are not okpay wallets: name, bytes.
fn not_wallets(dir: &Path) -> Vec<(&'static str, PathBuf)> {
    let mut files = Vec::new();
    let mut add = |name: &'static str, bytes: &[u8]| {
        let path = dir.join(name);
        write_file(&path, bytes, 0o600);
        files.push((name, path));
    };
    add("empty", b"");
    // Deterministic noise.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let noise: Vec<u8> = (0..8192)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    add("random.bin", &noise);
    add("notes.txt", "shopping list\n- milk\n- 鸡蛋\n".as_bytes());
    let mut header = b"SQLite format 3\0".to_vec();
    header.extend([0u8; 40]);
    add("truncated.db", &header);

    for (name, wal) in [("other-app.sqlite", false), ("other-app-wal.sqlite", true)] {
        let path = dir.join(name);
        let conn = rusqlite::Connection::open(&path).unwrap();
        if wal {
            conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        }
        conn.execute_batch(
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
             INSERT INTO notes (body) VALUES ('remember the milk');
             PRAGMA user_version = 7;",
        )
        .unwrap();
        drop(conn);
        files.push((name, path));
    }
    files
}

const READERS: &[&[&str]] = &[
    &["balance"],
    &["status"],
    &["history"],
    &["receipt", "tx_nope"],
    &["verify"],
    &["sandbox", "clock", "show"],
    &["logout", "--all"],
];

fn siblings_absent(path: &Path) {
    for suffix in ["-wal", "-shm", "-journal"] {
        let side = sibling(path, suffix);
        assert!(!side.exists(), "{} was created", side.display());
    }
}

#[test]
fn files_that_are_not_wallets_are_refused_unchanged() {
    let env = Env::new();
    let dir = env.root().join("files");
    std::fs::create_dir(&dir).unwrap();
    for (name, path) in not_wallets(&dir) {
        let before = std::fs::read(&path).unwrap();
        let mode_before = mode(&path);
        for args in READERS {
            env.cmd(["--db"])
                .arg(&path)
                .args(args.iter().copied())
                .json()
                .run()
                .failure(2, "invalid_input");
        }
        env.cmd(["--db"])
            .arg(&path)
            .args(["login"])
            .json()
            .password()
            .run()
            .failure(2, "invalid_input");
        env.cmd(["--db"])
            .arg(&path)
            .args(["verify"])
            .json()
            .password()
            .run()
            .failure(2, "invalid_input");
        // Human form, through OKPAY_DB.
        env.cmd(["balance"])
            .env("OKPAY_DB", &path)
            .run()
            .failure(2, "invalid_input");
        // init refuses to overwrite it.
        env.cmd(["--db"])
            .arg(&path)
            .args(["init", "--sandbox"])
            .json()
            .password()
            .run()
            .failure(11, "already_exists");
        assert!(std::fs::read(&path).unwrap() == before, "{name} changed");
        assert_eq!(mode(&path), mode_before, "{name}: mode changed");
        if !name.contains("wal") {
            siblings_absent(&path);
        }
    }
}

#[test]
fn a_directory_is_not_a_wallet() {
    let env = Env::new();
    let dir = env.root().join("a-directory");
    std::fs::create_dir(&dir).unwrap();
    for args in READERS {
        env.cmd(["--db"])
            .arg(&dir)
            .args(args.iter().copied())
            .json()
            .run()
            .failure(2, "invalid_input");
    }
    let out = env
        .cmd(["--db"])
        .arg(&dir)
        .args(["init"])
        .json()
        .password()
        .run();
    assert!(matches!(out.code(), 2 | 11), "{}", out.show());
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        0,
        "files appeared"
    );
}

#[test]
fn a_wallet_from_a_newer_okpay_is_refused_unchanged() {
    let env = Env::new();
    env.init_sandbox();
    env.sql("PRAGMA user_version = 99");
    let before = env.wallet_bytes();
    for args in READERS {
        env.cmd(args.to_vec())
            .json()
            .run()
            .failure(11, "invalid_state");
    }
    env.cmd(["login"])
        .json()
        .password()
        .run()
        .failure(11, "invalid_state");
    env.cmd(["sandbox", "clock", "advance", "1h"])
        .json()
        .password()
        .run()
        .failure(11, "invalid_state");
    assert!(env.wallet_bytes() == before, "the wallet file changed");
    assert_eq!(env.sql_i64("PRAGMA user_version"), 99);
}

#[test]
fn odd_inputs_never_panic() {
    let env = Env::new();
    env.init_sandbox();
    let token = env.login();
    let long = "9".repeat(10_000);
    let tx_long = format!("tx_{long}");
    let odd: Vec<Vec<&str>> = vec![
        vec!["balance", "--currency", ""],
        vec!["balance", "--currency", "💰"],
        vec!["balance", "--currency", "ＣＮＹ"],
        vec!["balance", "--currency", &long],
        vec!["balance", "--currency", "XXX"],
        vec!["balance", "--currency", "XAU"],
        vec!["history", "--limit", "0"],
        vec!["history", "--limit", "4294967295"],
        vec!["history", "--limit", "99999999999999999999"],
        vec!["history", "--min", "1000000000000.01"],
        vec!["history", "--min", "999999999999999999999999999999999"],
        vec!["history", "--max", "1000000000000"],
        vec!["history", "--min", "0"],
        vec!["history", "--max", "0.00"],
        vec!["history", "--min", "١٢٣"],
        vec!["history", "--min", "NaN"],
        vec!["history", "--min", "inf"],
        vec!["history", "--min", "1e999"],
        vec!["history", "--min", "00000000000000000000000000000001"],
        vec!["history", "--min", ".5"],
        vec!["history", "--min", "5."],
        vec!["history", "--min", " 5"],
        vec!["history", "--from", ""],
        vec!["history", "--from", "9999-12-31"],
        vec!["history", "--from", "0000-01-01"],
        vec!["history", "--from=-009999-01-01T00:00:00Z"],
        vec!["history", "--to", "2026-02-29"],
        vec!["history", "--to", "2026-11-25T25:61:61Z"],
        vec!["history", "--to", "２０２６-01-01"],
        vec!["history", "--from", "2026-01-01", "--to", "2025-01-01"],
        vec!["history", "--search", ""],
        vec!["history", "--search", "%"],
        vec!["history", "--search", "_"],
        vec!["history", "--search", "'; DROP TABLE transactions; --"],
        vec!["history", "--search", "🙂"],
        vec!["history", "--search", &long],
        vec!["history", "--merchant", "Ünïcödé ☃"],
        vec!["history", "--kind", "TOPUP"],
        vec!["history", "--status", "Succeeded"],
        vec!["history", "--currency", "xxx"],
        vec!["receipt", ""],
        vec!["receipt", "tx_日本"],
        vec!["receipt", &tx_long],
        vec!["receipt", "\u{202e}xt"],
        vec!["login", "--ttl", "0m"],
        vec!["login", "--ttl", "13h"],
        vec!["login", "--ttl", "99999999999999999999d"],
        vec!["login", "--ttl", "9223372036854775807s"],
        vec!["login", "--ttl", "１５m"],
        vec!["login", "--ttl", "m"],
        vec!["login", "--username", ""],
        vec!["login", "--username", &long],
        vec!["completions", ""],
        vec!["sandbox", "clock", "set", "yesterday"],
        vec!["sandbox", "clock", "set", ""],
        vec!["sandbox", "clock", "set", "99999-01-01"],
        vec!["sandbox", "clock", "set", "+002099-01-01T00:00:00Z"],
        vec!["sandbox", "clock", "set", "2099-01-01T00:00:00+25:00"],
        vec!["sandbox", "clock", "set", "🕰"],
        vec!["sandbox", "clock", "advance", "9223372036854775807s"],
        vec!["sandbox", "clock", "advance", "36601d"],
        vec!["sandbox", "clock", "advance", "36600d"],
        vec!["sandbox", "clock", "set", "9999-12-30T00:00:00Z"],
        vec!["sandbox", "clock", "advance", "1d"],
        vec!["sandbox", "clock", "advance", "36500d"],
        vec!["status"],
        vec!["balance"],
        vec!["history"],
        vec!["verify"],
    ];
    for args in &odd {
        for json in [true, false] {
            let mut cmd = env.cmd(args.clone()).env("OKPAY_SESSION", &token);
            if json {
                cmd = cmd.json();
            }
            let out = cmd.run();
            assert!(
                (0..=13).contains(&out.code()),
                "exit code outside CLI.md's table:\n{}",
                out.show()
            );
            assert_ne!(out.code(), 1, "internal error:\n{}", out.show());
            if json {
                out.json();
            }
        }
    }
    // The far-future clock with a password (the session has expired by now).
    for args in [
        vec!["sandbox", "clock", "set", "9999-12-30T00:00:00Z"],
        vec!["sandbox", "clock", "advance", "36500d"],
        vec!["login", "--ttl", "12h"],
    ] {
        let out = env.cmd(args).json().password().run();
        assert!(
            (0..=13).contains(&out.code()) && out.code() != 1,
            "{}",
            out.show()
        );
        out.json();
    }
    env.cmd(["verify"]).json().run().success();
}

#[test]
fn odd_init_inputs_never_panic() {
    let env = Env::new();
    let mut n = 0;
    for args in [
        vec!["--tz", "Mars/Base"],
        vec!["--tz", "../../../etc/passwd"],
        vec!["--tz", "/etc/localtime"],
        vec!["--base-currency", "XXX"],
        vec!["--base-currency", "XAU"],
        vec!["--base-currency", "CLF"],
        vec!["--base-currency", "ＣＮＹ"],
        vec!["--username", "日本語ユーザー", "--tz", "Asia/Tokyo"],
        vec!["--username", "\u{202e}evil"],
        vec!["--tz", "UTC", "--base-currency", "KWD"],
    ] {
        n += 1;
        let db = env.root().join(format!("w{n}.db"));
        let out = env
            .cmd(["--db"])
            .arg(&db)
            .args(["init", "--sandbox"])
            .args(args.clone())
            .json()
            .password()
            .run();
        assert!(
            out.code() == 0 || out.code() == 2,
            "{args:?}: expected success or invalid_input:\n{}",
            out.show()
        );
        out.json();
        if out.code() == 0 {
            // Whatever was accepted must work afterwards.
            for follow in [
                vec!["balance"],
                vec!["status"],
                vec!["history"],
                vec!["verify"],
            ] {
                env.cmd(["--db"])
                    .arg(&db)
                    .args(follow)
                    .json()
                    .run()
                    .success();
            }
        } else {
            assert!(!db.exists(), "{args:?}: a refused init left a file");
        }
    }
}

#[test]
fn random_arguments_never_panic() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};

    let env = Env::new();
    env.init_sandbox();
    let token = env.login();
    let commands: Vec<Vec<&str>> = vec![
        vec!["balance", "--currency"],
        vec!["receipt"],
        vec!["history", "--search"],
        vec!["history", "--min"],
        vec!["history", "--from"],
        vec!["history", "--kind"],
        vec!["sandbox", "clock", "set"],
        // Durations: see `multibyte_durations_never_panic` for non-ASCII ones.
        vec!["login", "--ttl"],
        vec!["sandbox", "clock", "advance"],
    ];
    let durations = commands.len() - 2;
    let mut runner = TestRunner::new(Config {
        cases: 64,
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (0..commands.len(), "\\PC{0,24}", "[ -~]{0,12}");
    runner
        .run(&strategy, |(which, any, ascii)| {
            let value = if which >= durations { ascii } else { any };
            let out = env
                .cmd(commands[which].clone())
                .arg(&value)
                .json()
                .env("OKPAY_SESSION", &token)
                .run();
            prop_assert!(
                (0..=13).contains(&out.code()) && out.code() != 1,
                "{}",
                out.show()
            );
            prop_assert!(
                serde_json::from_str::<Value>(&out.stdout).is_ok(),
                "{}",
                out.show()
            );
            Ok(())
        })
        .unwrap();
}

#[test]
fn multibyte_durations_never_panic() {
    let env = Env::new();
    env.init_sandbox();
    let token = env.login();
    for duration in ["15ｍ", "Σ", "1ह", "é", "1h\u{301}", "５m", "🕐"] {
        for command in [vec!["login", "--ttl"], vec!["sandbox", "clock", "advance"]] {
            env.cmd(command)
                .arg(duration)
                .json()
                .env("OKPAY_SESSION", &token)
                .run()
                .failure(2, "invalid_input");
        }
    }
}

#[test]
fn a_closed_stdout_does_not_panic() {
    use std::process::Stdio;
    let env = Env::new();
    let mut cmd = env.cmd(["demo"]).command();
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(101), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
