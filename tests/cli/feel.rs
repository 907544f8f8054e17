//! Issue 13, "feels right at a terminal": help with examples and its own section of global
//! options, man pages with EXAMPLES, EXIT STATUS, ENVIRONMENT and FILES, Chinese everywhere a
//! user reads, a confirmation that comes before the password and ends quietly on "no", a
//! password asked again at a terminal, receipts that tell one story, and the first five
//! minutes. Terminal paths run under a pseudo-terminal made by `script` (util-linux).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::{has_cjk, Cmd, Env, Output, PASSWORD};

// ---------------------------------------------------------------------------------------------
// A pseudo-terminal: `script -qefc CMD /dev/null` runs okpay with a pty as its terminal; what
// it prints is read as it comes, and answers are typed once their prompt is seen (a prompt
// that turns echo off flushes anything typed ahead).

struct Tty {
    child: Child,
    input: Option<std::process::ChildStdin>,
    screen: Arc<Mutex<Vec<u8>>>,
    seen: usize,
    what: String,
}

fn shell_quote(word: &str) -> String {
    format!("'{}'", word.replace('\'', r"'\''"))
}

impl Tty {
    fn spawn(cmd: &Cmd) -> Tty {
        let command = cmd.command();
        let mut line = shell_quote(&command.get_program().to_string_lossy());
        for arg in command.get_args() {
            line.push(' ');
            line.push_str(&shell_quote(&arg.to_string_lossy()));
        }
        let mut script = Command::new("script");
        script.env_clear();
        for (k, v) in command.get_envs() {
            if let Some(v) = v {
                script.env(k, v);
            }
        }
        script
            .args(["-qefc", &line, "/dev/null"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = script.spawn().unwrap_or_else(|e| {
            panic!("`script` (util-linux) is needed for the terminal tests: {e}")
        });
        let screen = Arc::new(Mutex::new(Vec::new()));
        let mut out = child.stdout.take().expect("stdout");
        let sink = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = out.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Tty {
            input: child.stdin.take(),
            child,
            screen,
            seen: 0,
            what: line,
        }
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.screen.lock().unwrap()).into_owned()
    }

    /// Wait until `text` appears after what was already waited for.
    fn expect(&mut self, text: &str) {
        let started = Instant::now();
        loop {
            let screen = self.text();
            if let Some(at) = screen.get(self.seen..).and_then(|s| s.find(text)) {
                self.seen += at + text.len();
                return;
            }
            if started.elapsed() > Duration::from_secs(30) {
                let _ = self.child.kill();
                panic!("{}: no {text:?} on the screen:\n{screen}", self.what);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Type a line (after a short pause: the prompt is on screen, the read may not be).
    fn send(&mut self, line: &str) {
        std::thread::sleep(Duration::from_millis(150));
        let input = self.input.as_mut().expect("input open");
        input.write_all(format!("{line}\n").as_bytes()).unwrap();
        input.flush().unwrap();
    }

    /// Wait for the end: the exit code and the whole screen.
    fn finish(mut self) -> (i32, String) {
        let started = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > Duration::from_secs(60) {
                let _ = self.child.kill();
                panic!("{} did not finish:\n{}", self.what, self.text());
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        drop(self.input.take());
        std::thread::sleep(Duration::from_millis(100));
        let screen = self.text();
        assert!(!screen.contains("panicked"), "{screen}");
        (status.code().unwrap_or(-1), screen)
    }
}

// ---------------------------------------------------------------------------------------------
// Fixtures.

/// A sandbox wallet with a debit card; the card's id.
fn wallet_with_card(env: &Env) -> String {
    env.init_sandbox();
    add_card(env, &[])
}

fn add_card(env: &Env, extra: &[&str]) -> String {
    let out = env
        .cmd([
            "source",
            "add",
            "card",
            "--holder",
            "Alice Li",
            "--expiry",
            "12/45",
            "--details-stdin",
        ])
        .args(extra)
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .stdin("4242424242424242\n123\n")
        .run()
        .success();
    out.json()["source"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("no source id: {}", out.show()))
        .to_string()
}

fn topup(env: &Env, amount: &str, source: &str) -> Output {
    env.cmd(["topup", amount, "--source", source, "--yes"])
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
}

fn transactions(env: &Env) -> i64 {
    env.sql_i64("SELECT COUNT(*) FROM transactions")
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

// ---------------------------------------------------------------------------------------------
// 3. Help.

#[test]
fn command_help_puts_global_options_in_their_own_section() {
    let env = Env::new();
    let help = env.cmd(["pay", "--help"]).run().success().stdout;
    let global = help
        .find("Global options:")
        .expect("a Global options section");
    let merchant = help.find("--merchant").expect("--merchant");
    let db = help.find("--db <PATH>").expect("--db");
    assert!(merchant < global && global < db, "{help}");
    for flag in ["--json", "--lang", "--yes", "--password-stdin", "--otp"] {
        assert!(
            help[global..].contains(flag),
            "{flag} among the globals:\n{help}"
        );
    }
    let options = &help[..global];
    assert!(!options.contains("--password-stdin"), "{help}");
}

#[test]
fn commands_that_move_money_or_read_the_ledger_end_with_examples() {
    let env = Env::new();
    for command in [
        "init",
        "login",
        "balance",
        "topup",
        "pay",
        "refund",
        "convert",
        "history",
        "receipt",
        "statement",
        "export",
        "import",
        "report",
    ] {
        let help = env.cmd([command, "--help"]).run().success().stdout;
        let at = help
            .find("Examples:\n")
            .unwrap_or_else(|| panic!("{command} --help has no examples:\n{help}"));
        let examples = &help[at..];
        assert!(
            examples.contains(&format!("\n  okpay {command}"))
                || (command == "login" && examples.contains("okpay login")),
            "{command}: {examples}"
        );
        assert_eq!(
            examples.matches("Examples:").count(),
            1,
            "{command}: {examples}"
        );
        // The short help stays short, unless the command's own closing text has examples.
        let short = env.cmd([command, "-h"]).run().success().stdout;
        assert!(
            short.lines().count() < help.lines().count(),
            "{command} -h:\n{short}"
        );
        if short.contains("Examples: see --help.") {
            assert!(!short.contains("Examples:\n"), "{command} -h:\n{short}");
        }
    }
}

#[test]
fn the_exit_code_table_is_an_aligned_list_at_80_columns() {
    let env = Env::new();
    let help = env
        .cmd(["--help"])
        .env("COLUMNS", "80")
        .run()
        .success()
        .stdout;
    let at = help.find("Exit codes:\n").expect("exit codes");
    let table: Vec<&str> = help[at..]
        .lines()
        .skip(1)
        .take_while(|l| !l.is_empty())
        .collect();
    assert!(table.len() >= 15, "{help}");
    let mut codes = Vec::new();
    for line in &table {
        assert!(line.chars().count() <= 80, "wider than 80: {line:?}");
        let head = &line[..6.min(line.len())];
        match head.trim().parse::<u8>() {
            Ok(code) => {
                assert_eq!(&line[4..6], "  ", "the text column is aligned: {line:?}");
                codes.push(code);
            }
            // A continuation stays under the text, never at the left edge.
            Err(_) => assert!(line.starts_with("      ") && line.len() > 6, "{line:?}"),
        }
    }
    assert_eq!(codes, (0..=14).collect::<Vec<u8>>(), "{help}");
    assert!(
        help.contains("   2  invalid_input, input_required, cancelled"),
        "{help}"
    );
}

#[test]
fn the_usage_line_does_not_ask_for_the_wallet_path() {
    let env = Env::new();
    for cmd in [
        env.cmd(["backup", "--help"]),
        env.cmd(["backup", "--help"]).env_remove("OKPAY_DB"),
    ] {
        let help = cmd.run().success().stdout;
        let usage = help
            .lines()
            .find(|l| l.starts_with("Usage:"))
            .expect("a usage line");
        assert_eq!(usage, "Usage: okpay backup [OPTIONS] <FILE>", "{help}");
    }
}

fn man(page: &Path) -> (String, String) {
    let out = Command::new("man")
        .arg("-l")
        .arg(page)
        .env("MANWIDTH", "80")
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap_or_else(|e| panic!("man (man-db) is needed for this test: {e}"));
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn man_pages_render_without_warnings_and_have_the_reference_sections() {
    let (text, warnings) = man(&repo().join("man/okpay.1"));
    assert!(warnings.is_empty(), "man okpay warns:\n{warnings}");
    for section in ["EXAMPLES", "EXIT STATUS", "ENVIRONMENT", "FILES"] {
        assert!(
            text.contains(&format!("\n{section}\n")),
            "no {section}:\n{text}"
        );
    }
    let env_at = text.find("\nENVIRONMENT\n").unwrap();
    for var in [
        "OKPAY_DB",
        "OKPAY_SESSION",
        "OKPAY_LANG",
        "OKPAY_OTP",
        "NO_COLOR",
    ] {
        assert!(
            text[env_at..].contains(var),
            "{var} in ENVIRONMENT:\n{text}"
        );
    }
    let exit_at = text.find("\nEXIT STATUS\n").unwrap();
    assert!(text[exit_at..].contains("insufficient_funds"), "{text}");
    let files_at = text.find("\nFILES\n").unwrap();
    assert!(text[files_at..].contains("wallet.db"), "{text}");
    for page in [
        "okpay-pay.1",
        "okpay-topup.1",
        "okpay-history.1",
        "okpay-balance.1",
    ] {
        let (text, warnings) = man(&repo().join("man").join(page));
        assert!(warnings.is_empty(), "{page} warns:\n{warnings}");
        assert!(text.contains("\nEXAMPLES\n"), "{page}:\n{text}");
        assert!(text.contains("\nEXIT STATUS\n"), "{page}:\n{text}");
    }
    // Every page renders cleanly at 80 columns.
    for entry in std::fs::read_dir(repo().join("man")).unwrap() {
        let path = entry.unwrap().path();
        let (_, warnings) = man(&path);
        assert!(warnings.is_empty(), "{}: {warnings}", path.display());
    }
}

#[test]
fn every_flag_is_in_the_committed_man_page_of_its_command() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, page: String, missing: &mut Vec<String>) {
        let path = repo().join("man").join(format!("{page}.1"));
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            if let Some(long) = arg.get_long() {
                // roff writes hyphens as \-.
                let roff = format!("\\-\\-{}", long.replace('-', "\\-"));
                if !text.contains(&roff) {
                    missing.push(format!("{page}: --{long}"));
                }
            }
        }
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, format!("{page}-{}", sub.get_name()), missing);
        }
    }
    let mut cmd = okpay::cli::Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut missing = Vec::new();
    walk(&cmd, "okpay".to_string(), &mut missing);
    assert!(
        missing.is_empty(),
        "flags missing from man/ (run `cargo run -- generate-docs .`): {missing:#?}"
    );
}

// ---------------------------------------------------------------------------------------------
// 4. Chinese everywhere.

#[test]
fn usage_errors_are_in_chinese_with_the_argument_as_typed() {
    let env = Env::new();
    let out = env
        .cmd(["blance"])
        .lang("zh")
        .run()
        .failure(2, "invalid_input");
    let first = out.stderr.lines().next().unwrap_or_default().to_string();
    assert!(first.starts_with("错误：命令行无效："), "{}", out.show());
    assert!(
        first.contains("`blance`") && first.contains("`balance`"),
        "{first}"
    );
    assert!(!out.stderr.contains("unrecognized"), "{}", out.show());
    assert!(
        !out.stderr.contains("错误： "),
        "no space after the full-width colon"
    );
    // OKPAY_LANG gives the same, and --json keeps clap's words in details.usage.
    let doc = env
        .cmd(["blance"])
        .no_lang()
        .env("OKPAY_LANG", "zh")
        .json()
        .run()
        .failure(2, "invalid_input")
        .json();
    let message = doc["error"]["message"].as_str().unwrap();
    assert!(has_cjk(message) && message.contains("`blance`"), "{doc}");
    assert!(doc["error"]["details"]["usage"]
        .as_str()
        .unwrap()
        .contains("blance"));
    for (args, typed) in [
        (vec!["pay", "--bogus"], "`--bogus`"),
        (vec!["history", "--limit", "abc"], "`abc`"),
        (vec!["completions", "tcsh"], "`tcsh`"),
    ] {
        let out = env
            .cmd(args.clone())
            .lang("zh")
            .run()
            .failure(2, "invalid_input");
        let first = out.stderr.lines().next().unwrap_or_default();
        assert!(
            has_cjk(first) && first.contains(typed),
            "{args:?}: {}",
            out.show()
        );
        assert!(
            !first.contains("unexpected") && !first.contains("invalid value"),
            "{args:?}: {first}"
        );
    }
    // English keeps clap's own words.
    let en = env.cmd(["blance"]).run().failure(2, "invalid_input");
    assert!(
        en.stderr.contains("unrecognized subcommand 'blance'"),
        "{}",
        en.show()
    );
}

#[test]
fn weak_password_feedback_is_chinese() {
    let env = Env::new();
    let doc = env
        .cmd([
            "init",
            "--sandbox",
            "--username",
            "alice",
            "--base-currency",
            "CNY",
        ])
        .lang("zh")
        .json()
        .password_line("aaaaaaaaaaaaaaaa")
        .run()
        .failure(2, "invalid_input")
        .json();
    let message = doc["error"]["message"].as_str().unwrap();
    assert!(has_cjk(message), "{doc}");
    // Quoted examples (“aaa”) are the password's own text.
    let words: String = message
        .split('“')
        .map(|part| part.split_once('”').map_or(part, |(_, rest)| rest))
        .collect();
    let latin_words = words
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() > 2)
        .count();
    assert_eq!(latin_words, 0, "English in the Chinese feedback: {message}");
    assert!(
        !message.contains("。 "),
        "a stray space between sentences: {message}"
    );
}

#[test]
fn chinese_names_are_written_without_spaces_and_latin_ones_with() {
    let env = Env::new();
    let card = wallet_with_card(&env);
    topup(&env, "500", &card).success();
    let pay = |merchant: &str, order: &str| {
        env.cmd([
            "pay",
            "10",
            "--merchant",
            merchant,
            "--order",
            order,
            "--yes",
        ])
        .lang("zh")
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
    };
    let out = pay("茶馆", "A-1").success();
    assert!(
        out.stdout.contains("已向茶馆付款 10.00 CNY。"),
        "{}",
        out.show()
    );
    let out = pay("Tea House", "A-2").success();
    assert!(
        out.stdout.contains("已向 Tea House 付款 10.00 CNY。"),
        "{}",
        out.show()
    );
    // A blocked merchant that is also new: the state list and the decline.
    pay("京东商城", "A-3").success();
    env.cmd(["merchant", "block", "京东商城"])
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success();
    let out = pay("京东商城", "A-4").failure(8, "merchant_blocked");
    assert!(out.stderr.contains("您已屏蔽京东商城（"), "{}", out.show());
    let list = env.cmd(["merchant", "list"]).lang("zh").run().success();
    let line = list
        .stdout
        .lines()
        .find(|l| l.contains("京东商城"))
        .unwrap_or_else(|| panic!("{}", list.show()))
        .to_string();
    assert!(!line.contains(", "), "{line}");
    if line.contains("已屏蔽") && line.contains("新商户") {
        assert!(
            line.contains("已屏蔽、新商户") || line.contains("新商户、已屏蔽"),
            "{line}"
        );
    }
}

#[test]
fn the_chinese_demo_uses_chinese_data() {
    let env = Env::new();
    let out = env.cmd(["demo"]).lang("zh").run().success();
    for word in ["茶馆", "绿茶", "月饼", "夜市", "牛肉面"] {
        assert!(out.stdout.contains(word), "{word}:\n{}", out.show());
    }
    for word in [
        "Tea House",
        "Green tea",
        "Mooncake",
        "Night Market",
        "Jade",
        "Everyday",
    ] {
        assert!(
            !out.stdout.contains(word),
            "{word} in the Chinese demo:\n{}",
            out.show()
        );
    }
    let en = env.cmd(["demo"]).run().success();
    assert!(en.stdout.contains("Tea House") && en.stdout.contains("Green tea"));
}

// ---------------------------------------------------------------------------------------------
// 5. Confirmation.

#[test]
fn no_at_the_confirmation_ends_quietly_before_any_password_is_asked() {
    for (lang, cancelled, label) in [
        ("en", "Cancelled; nothing was done.", "error:"),
        ("zh", "已取消，未执行任何操作。", "错误："),
    ] {
        let env = Env::new();
        let card = wallet_with_card(&env);
        let before = transactions(&env);
        let failed_before = env.sql_i64("SELECT failed_unlocks FROM wallet");
        let mut tty = Tty::spawn(&env.cmd(["topup", "100", "--source", &card]).lang(lang));
        tty.expect("[y/N]");
        tty.send("n");
        let (code, screen) = tty.finish();
        assert_eq!(code, 2, "{screen}");
        assert!(screen.contains(cancelled), "{screen}");
        assert!(
            !screen.contains(label),
            "a cancel is not an error:\n{screen}"
        );
        assert!(!screen.contains("[input_required]") && !screen.contains("[cancelled]"));
        let password = if lang == "zh" { "密码" } else { "Password" };
        assert!(
            !screen.contains(password),
            "the password was asked:\n{screen}"
        );
        assert!(!screen.contains("\x1b[31m") && !screen.contains("\x1b[1;31m"));
        assert_eq!(transactions(&env), before, "nothing was recorded");
        assert_eq!(
            env.sql_i64("SELECT failed_unlocks FROM wallet"),
            failed_before
        );
    }
}

#[test]
fn the_confirmation_comes_before_the_password_for_a_payment_and_yes_goes_ahead() {
    let env = Env::new();
    let card = wallet_with_card(&env);
    topup(&env, "300", &card).success();
    let mut tty = Tty::spawn(
        &env.cmd(["pay", "25", "--merchant", "茶馆", "--order", "T-1"])
            .lang("zh"),
    );
    tty.expect("确认立即付款？");
    tty.expect("[y/N]");
    tty.send("y");
    tty.expect("密码：");
    tty.send(PASSWORD);
    let (code, screen) = tty.finish();
    assert_eq!(code, 0, "{screen}");
    let confirm_at = screen.find("[y/N]").unwrap();
    let password_at = screen.find("密码：").unwrap();
    assert!(confirm_at < password_at, "{screen}");
    assert!(screen.contains("已向茶馆付款"), "{screen}");
    // The answer on screen is what was typed, never an English `yes`; the prompt has a
    // full-width colon and no ASCII one.
    assert!(!screen.contains("yes"), "{screen}");
    assert!(!screen.contains("密码:"), "{screen}");
    assert!(!screen.contains("[hidden]"), "{screen}");
}

#[test]
fn with_json_a_cancel_is_an_error_object_with_code_cancelled() {
    let env = Env::new();
    let card = wallet_with_card(&env);
    let mut tty = Tty::spawn(&env.cmd(["topup", "100", "--source", &card]).json());
    tty.expect("[y/N]");
    tty.send("n");
    let (code, screen) = tty.finish();
    assert_eq!(code, 2, "{screen}");
    let start = screen.find('{').expect("a JSON document");
    let doc: Value = serde_json::from_str(screen[start..].trim()).unwrap_or_else(|e| {
        panic!("{e}:\n{screen}");
    });
    assert_eq!(doc["error"]["code"], "cancelled", "{doc}");
    assert!(!doc["error"]["message"].as_str().unwrap().is_empty());
}

#[test]
fn a_wrong_password_at_the_terminal_is_asked_again_up_to_three_times() {
    let env = Env::new();
    let card = wallet_with_card(&env);
    // Two wrong, then right: the top-up goes through; both failures are in the security log.
    let mut tty = Tty::spawn(&env.cmd(["topup", "100", "--source", &card]));
    tty.expect("[y/N]");
    tty.send("y");
    for wrong in ["wrong-one", "wrong-two"] {
        tty.expect("Password: ");
        tty.send(wrong);
        tty.expect("Wrong password; try again.");
    }
    tty.expect("Password: ");
    tty.send(PASSWORD);
    let (code, screen) = tty.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("Topped up 100.00 CNY"), "{screen}");
    let events = env
        .cmd(["security", "events"])
        .json()
        .run()
        .success()
        .json();
    let failed = events["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "login_failed")
        .count();
    assert_eq!(failed, 2, "{events}");

    // Three wrong: auth_failed, three counted failures, nothing recorded.
    let before = transactions(&env);
    let mut tty = Tty::spawn(&env.cmd(["topup", "100", "--source", &card]).lang("zh"));
    tty.expect("[y/N]");
    tty.send("y");
    for (n, wrong) in ["w1", "w2", "w3"].iter().enumerate() {
        tty.expect("密码：");
        tty.send(wrong);
        if n < 2 {
            tty.expect("密码错误，请重试。");
        }
    }
    let (code, screen) = tty.finish();
    assert_eq!(code, 3, "{screen}");
    assert!(screen.contains("[auth_failed]"), "{screen}");
    assert_eq!(screen.matches("密码：").count(), 3, "{screen}");
    assert_eq!(env.sql_i64("SELECT failed_unlocks FROM wallet"), 3);
    assert_eq!(transactions(&env), before);
}

#[test]
fn without_a_terminal_a_confirmation_still_needs_yes() {
    let env = Env::new();
    let card = wallet_with_card(&env);
    env.cmd(["topup", "100", "--source", &card])
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .failure(2, "input_required");
}

// ---------------------------------------------------------------------------------------------
// 6. Receipts and JSON.

#[test]
fn a_returned_bank_transfer_tells_one_story() {
    let env = Env::new();
    env.init_sandbox();
    let out = env
        .cmd([
            "source",
            "add",
            "bank",
            "--holder",
            "Alice Li",
            "--iban",
            "DE50100000000000000777",
        ])
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success();
    let bank = out.json()["source"]["id"].as_str().unwrap().to_string();
    let tx = topup(&env, "50", &bank).success().json()["transaction"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    env.cmd(["sandbox", "clock", "advance", "4d"])
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success();
    env.cmd(["balance"])
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success();
    for (lang, charged, nothing, reason, error) in [
        (
            "en",
            "Charged to source",
            "Nothing was charged",
            "reason:",
            "error:",
        ),
        ("zh", "资金来源扣款", "未产生任何扣款", "原因：", "错误："),
    ] {
        let out = env.cmd(["receipt", &tx]).lang(lang).run().success();
        assert!(out.stdout.contains(nothing), "{}", out.show());
        assert!(!out.stdout.contains(charged), "{}", out.show());
        assert!(out.stdout.contains(reason), "{}", out.show());
        assert!(!out.stdout.contains(error), "{}", out.show());
    }
    let doc = env.cmd(["receipt", &tx]).json().run().success().json();
    let failure = &doc["transaction"]["failure"];
    assert_eq!(failure["code"], "source_declined", "{doc}");
    assert!(
        failure["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{doc}"
    );
    assert!(
        failure["advice"].as_str().is_some_and(|m| !m.is_empty()),
        "{doc}"
    );
}

#[test]
fn a_decline_in_json_carries_code_message_and_advice() {
    let env = Env::new();
    env.init_sandbox();
    let out = env
        .cmd(["pay", "50", "--merchant", "茶馆", "--yes"])
        .json()
        .lang("zh")
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .failure(5, "insufficient_funds");
    let doc = out.json();
    let decline = &doc["transaction"]["decline"];
    assert_eq!(decline["code"], "insufficient_funds", "{doc}");
    assert!(decline["message"].as_str().is_some_and(has_cjk), "{doc}");
    assert!(decline["advice"].as_str().is_some_and(has_cjk), "{doc}");
    let id = doc["transaction"]["id"].as_str().unwrap();
    for cmd in [env.cmd(["receipt", id]), env.cmd(["history"])] {
        let doc = cmd.json().run().success().json();
        let tx = if doc["transaction"].is_object() {
            doc["transaction"].clone()
        } else {
            doc["transactions"][0].clone()
        };
        assert_eq!(tx["decline"]["code"], "insufficient_funds", "{doc}");
        assert!(tx["decline"]["message"].as_str().is_some(), "{doc}");
        assert!(tx["decline"]["advice"].as_str().is_some(), "{doc}");
    }
    let text = env.cmd(["receipt", id]).lang("zh").run().success();
    assert!(text.stdout.contains("原因：付款被拒绝"), "{}", text.show());
}

// ---------------------------------------------------------------------------------------------
// 7. The first five minutes.

#[test]
fn init_says_how_to_log_in_for_bash_and_fish() {
    for lang in ["en", "zh"] {
        let env = Env::new();
        let out = env
            .cmd([
                "init",
                "--sandbox",
                "--username",
                "alice",
                "--base-currency",
                "CNY",
            ])
            .lang(lang)
            .password()
            .run()
            .success();
        let all = format!("{}{}", out.stdout, out.stderr);
        assert!(all.contains("eval \"$(okpay login)\""), "{}", out.show());
        assert!(all.contains("okpay login | source"), "{}", out.show());
    }
}

#[test]
fn an_empty_balance_says_to_add_a_source_and_top_up() {
    let env = Env::new();
    env.init_sandbox();
    for lang in ["en", "zh"] {
        let out = env.cmd(["balance"]).lang(lang).run().success();
        assert!(out.stderr.contains("okpay source add"), "{}", out.show());
        assert!(out.stderr.contains("okpay topup"), "{}", out.show());
    }
    let card = add_card(&env, &[]);
    topup(&env, "10", &card).success();
    let out = env.cmd(["balance"]).run().success();
    assert!(!out.stderr.contains("okpay topup"), "{}", out.show());
    // --json and --quiet stay as they were.
    let out = Env::new();
    out.init_sandbox();
    assert!(out
        .cmd(["balance"])
        .json()
        .run()
        .success()
        .stderr
        .is_empty());
}

#[test]
fn okpay_alone_prints_an_overview_and_exits_0() {
    let env = Env::new();
    let out = env.cmd(Vec::<&str>::new()).no_lang().run();
    assert_eq!(out.code(), 0, "{}", out.show());
    for command in [
        "okpay demo",
        "okpay init --sandbox",
        "okpay balance",
        "okpay pay",
        "okpay history",
    ] {
        assert!(out.stdout.contains(command), "{command}:\n{}", out.show());
    }
    assert!(out.stderr.is_empty(), "{}", out.show());
    assert!(!out.stdout.contains("invalid_input"), "{}", out.show());
    assert!(out.stdout.lines().count() < 30, "short:\n{}", out.stdout);
    let zh = env
        .cmd(Vec::<&str>::new())
        .no_lang()
        .env("OKPAY_LANG", "zh")
        .run();
    assert_eq!(zh.code(), 0);
    assert!(
        has_cjk(&zh.stdout) && zh.stdout.contains("okpay balance"),
        "{}",
        zh.show()
    );
    // Global flags alone: the overview too.
    let out = env.cmd(Vec::<&str>::new()).lang("zh").run();
    assert_eq!(out.code(), 0, "{}", out.show());
    assert!(has_cjk(&out.stdout), "{}", out.show());
}

#[test]
fn status_without_a_wallet_offers_a_sandbox() {
    let env = Env::new();
    for lang in ["en", "zh"] {
        let out = env
            .cmd(["status"])
            .lang(lang)
            .run()
            .failure(12, "not_found");
        assert!(
            out.stderr.contains("okpay init --sandbox"),
            "{}",
            out.show()
        );
    }
}

#[test]
fn cards_say_debit_or_credit_and_platform_accounts_keep_what_you_recognise() {
    let env = Env::new();
    let debit = wallet_with_card(&env);
    let credit = add_card(&env, &["--type", "credit"]);
    for (lang, debit_word, credit_word) in [
        ("en", "debit card", "credit card"),
        ("zh", "借记卡", "信用卡"),
    ] {
        let list = env.cmd(["source", "list", "--wide"]).lang(lang).run();
        let list = if list.code() == 0 {
            list
        } else {
            env.cmd(["source", "list"]).lang(lang).run().success()
        };
        assert!(list.stdout.contains(debit_word), "{}", list.show());
        assert!(list.stdout.contains(credit_word), "{}", list.show());
    }
    assert_ne!(debit, credit);
    let out = env
        .cmd([
            "source",
            "add",
            "platform",
            "--provider",
            "alipay",
            "--account",
            "alice@example.com",
        ])
        .json()
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success();
    assert_eq!(
        out.json()["source"]["masked"],
        "Alipay a•••@example.com",
        "{}",
        out.show()
    );
}

// ---------------------------------------------------------------------------------------------
// 8. The demo.

#[test]
fn the_demo_says_what_to_try_next_in_plain_words() {
    for (lang, next) in [("en", "What to try next:"), ("zh", "接下来可以试试：")] {
        let env = Env::new();
        let out = env.cmd(["demo"]).lang(lang).run().success();
        assert!(out.stdout.contains(next), "{}", out.show());
        let tail = &out.stdout[out.stdout.find(next).unwrap()..];
        assert!(tail.contains("okpay init --sandbox"), "{tail}");
        assert!(
            !out.stdout.contains("session token alone"),
            "{}",
            out.show()
        );
    }
}

fn demo_in(tmp: &Path, env: &Env) -> Child {
    env.cmd(["demo"])
        .env("TMPDIR", tmp)
        .command()
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn the demo")
}

fn wait_for(child: &mut Child) {
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the demo hangs"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn leftovers(tmp: &Path) -> Vec<String> {
    std::fs::read_dir(tmp)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn an_interrupted_demo_leaves_nothing_behind() {
    let env = Env::new();
    let tmp = env.root().join("tmp");
    std::fs::create_dir(&tmp).unwrap();

    // `okpay demo | head -1`: the reader goes away after the first line.
    let mut child = demo_in(&tmp, &env);
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    out.read_exact(&mut first).unwrap();
    drop(out);
    wait_for(&mut child);
    assert!(leftovers(&tmp).is_empty(), "{:?}", leftovers(&tmp));

    // Ctrl-C after the first line.
    let mut child = demo_in(&tmp, &env);
    let mut out = child.stdout.take().unwrap();
    out.read_exact(&mut first).unwrap();
    let started = Instant::now();
    while leftovers(&tmp).is_empty() && started.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(5));
    }
    // SAFETY: signalling our own child.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    std::thread::spawn(move || {
        let mut sink = Vec::new();
        let _ = out.read_to_end(&mut sink);
    });
    wait_for(&mut child);
    assert!(leftovers(&tmp).is_empty(), "{:?}", leftovers(&tmp));
}

// ---------------------------------------------------------------------------------------------
// 9. The README.

#[test]
fn the_readme_states_its_prerequisites_and_names_only_files_in_the_repository() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let cargo = std::fs::read_to_string(repo().join("Cargo.toml")).unwrap();
    let msrv = cargo
        .lines()
        .find_map(|l| l.strip_prefix("rust-version = "))
        .map(|v| v.trim_matches('"').to_string())
        .expect("rust-version in Cargo.toml");
    assert!(
        readme.contains(&format!("Rust {msrv}")),
        "the README names Rust {msrv}"
    );
    assert!(
        readme.contains("C compiler"),
        "the README names the C compiler"
    );
    assert!(
        readme.to_lowercase().contains("network"),
        "the README names the network"
    );
    // The first two commands stay first.
    let first_block = readme.split("```sh\n").nth(1).unwrap_or_default();
    assert!(
        first_block.starts_with("cargo run --release -- demo"),
        "{first_block}"
    );
    assert!(first_block
        .lines()
        .nth(1)
        .unwrap_or_default()
        .starts_with("cargo test --locked"));
    // Every Markdown file it names is in the repository.
    for word in readme.split(|c: char| c.is_whitespace() || "()[]`'\",".contains(c)) {
        let word = word.trim_end_matches("'s");
        // `locales/help/en/ID.md` names a pattern, not a file.
        if word.ends_with(".md") && !word.contains("://") && !word.ends_with("/ID.md") {
            let path = word.trim_start_matches("./");
            assert!(
                repo().join(path).exists(),
                "the README names {word}, not in the repository"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The tour: every step in Chinese, and the same JSON as in English apart from the words.

/// Ids, times, tokens and paths replaced, `message` and `advice` dropped.
fn normalized(value: &Value, root: &str) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                // Words: the message, the advice and a risk rule's reason.
                .filter(|(k, _)| !matches!(k.as_str(), "message" | "advice" | "reason"))
                .map(|(k, v)| (k.clone(), normalized(v, root)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(|v| normalized(v, root)).collect()),
        Value::String(s) => {
            // An id, or an account named after one (`external:src_…`).
            let last = s.rsplit(':').next().unwrap_or(s);
            let id = ["tx_", "src_", "mer_", "oks_"]
                .iter()
                .any(|p| last.starts_with(p));
            if id {
                Value::String("<id>".into())
            } else if s.parse::<jiff::Timestamp>().is_ok() {
                Value::String("<time>".into())
            } else {
                Value::String(s.replace(root, "<root>"))
            }
        }
        other => other.clone(),
    }
}

fn tour(lang: &str) -> (Vec<String>, Vec<Value>) {
    let env = Env::new();
    let root = env.root().display().to_string();
    let mut texts = Vec::new();
    let mut docs = Vec::new();
    let both = |cmd: &dyn Fn() -> Cmd, texts: &mut Vec<String>, docs: &mut Vec<Value>, ok: bool| {
        let text = cmd().lang(lang).run();
        let doc = cmd().lang(lang).json().run();
        if ok {
            docs.push(normalized(&doc.success().json(), &root));
        } else {
            docs.push(normalized(&doc.json(), &root));
        }
        texts.push(format!("{}{}", text.stdout, text.stderr));
    };
    // init: the text run makes the wallet, the JSON run of a second wallet shows the shape.
    let init = env
        .cmd([
            "init",
            "--sandbox",
            "--username",
            "alice",
            "--base-currency",
            "CNY",
            "--tz",
            "UTC",
        ])
        .lang(lang)
        .password()
        .run()
        .success();
    texts.push(format!("{}{}", init.stdout, init.stderr));
    let other = env.root().join("other.db");
    let doc = env
        .cmd([
            "init",
            "--sandbox",
            "--username",
            "alice",
            "--base-currency",
            "CNY",
            "--tz",
            "UTC",
        ])
        .env("OKPAY_DB", &other)
        .lang(lang)
        .json()
        .password()
        .run()
        .success()
        .json();
    docs.push(normalized(&doc, &root));
    let card_add = || {
        env.cmd([
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
        .stdin("4242424242424242\n123\n")
    };
    both(&card_add, &mut texts, &mut docs, true);
    let card = env.cmd(["source", "list"]).json().run().success().json()["sources"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let pw = |args: &[&str]| env.cmd(args.to_vec()).env("OKPAY_PASSWORD", PASSWORD);
    both(
        &|| pw(&["topup", "100", "--source", &card, "--yes"]),
        &mut texts,
        &mut docs,
        true,
    );
    both(
        &|| {
            pw(&[
                "pay",
                "--merchant",
                "茶馆",
                "--item",
                "绿茶:2:12.50",
                "--yes",
            ])
        },
        &mut texts,
        &mut docs,
        true,
    );
    both(
        &|| pw(&["pay", "5000", "--merchant", "茶馆", "--yes"]),
        &mut texts,
        &mut docs,
        false,
    );
    both(&|| env.cmd(["history"]), &mut texts, &mut docs, true);
    let paid = env
        .cmd(["history", "--kind", "payment"])
        .json()
        .run()
        .success()
        .json();
    let id = paid["transactions"][0]["id"].as_str().unwrap().to_string();
    both(&|| env.cmd(["receipt", &id]), &mut texts, &mut docs, true);
    both(&|| env.cmd(["balance"]), &mut texts, &mut docs, true);
    (texts, docs)
}

#[test]
fn a_scripted_tour_in_chinese_is_chinese_at_every_step_and_json_matches_english() {
    let (zh_texts, zh_docs) = tour("zh");
    let (_, en_docs) = tour("en");
    let steps = [
        "init",
        "source add",
        "topup",
        "pay",
        "pay (declined)",
        "history",
        "receipt",
        "balance",
    ];
    for (step, text) in steps.iter().zip(&zh_texts) {
        assert!(has_cjk(text), "{step} is not Chinese:\n{text}");
        for english in [
            "error:",
            "what to do:",
            "Topped up",
            "Paid ",
            "Created the wallet",
        ] {
            assert!(!text.contains(english), "{step}: {english:?} in\n{text}");
        }
    }
    assert_eq!(zh_docs.len(), en_docs.len());
    for ((step, zh), en) in steps.iter().zip(&zh_docs).zip(&en_docs) {
        assert_eq!(zh, en, "{step}: the JSON differs beyond message and advice");
    }
}
