//! Many processes at once: payers killed with SIGKILL at random moments lose no acknowledged
//! command; 8 processes × 50 payments end at the exact balance with no lock error reaching a
//! user; bursts of logins run the KDF no more often than the lock-out allows.
//!
//! The kill test runs 40 processes by default; `OKPAY_TEST_KILL_FULL=1` runs the full 240.

use std::collections::BTreeMap;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::{Env, Output, PASSWORD};
use crate::pay::{balance_of, Wallet};

/// Processes in the default kill run, and in the full one (`OKPAY_TEST_KILL_FULL=1`).
const KILL_PROCESSES_DEFAULT: usize = 40;
const KILL_PROCESSES_FULL: usize = 240;
/// How many run at once.
const KILL_WAVE: usize = 4;
/// The latest a process is killed after it was spawned.
const KILL_DELAY_MAX_MS: u64 = 30;
/// The fixed seed of the kill delays and the order of kinds.
const KILL_SEED: u64 = 0x6f6b_7061_795f_6b31;

/// xorshift64*: a small deterministic generator, so a failing run can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

/// Minor units of a decimal string with two digits ("12.30" → 1230).
fn minor(amount: &str) -> i64 {
    let (units, cents) = amount.split_once('.').unwrap_or((amount, "0"));
    let units: i64 = units.parse().unwrap_or_else(|_| panic!("amount {amount}"));
    let cents: i64 = format!("{cents:0<2}")
        .parse()
        .unwrap_or_else(|_| panic!("amount {amount}"));
    units * 100 + cents
}

/// Every transaction of `history --all --json`.
fn history(env: &Env) -> Vec<Value> {
    let doc = env.cmd(["history", "--all"]).json().run().success().json();
    doc["transactions"]
        .as_array()
        .unwrap_or_else(|| panic!("no transactions: {doc}"))
        .clone()
}

/// What the wallet must hold: succeeded top-ups in, succeeded payments (and their fees) out.
fn ledger_sum_minor(transactions: &[Value]) -> i64 {
    transactions
        .iter()
        .filter(|tx| tx["status"] == "succeeded" && tx["currency"] == "CNY")
        .map(|tx| {
            let amount = minor(tx["amount"].as_str().unwrap_or("0"));
            let fee = minor(tx["fee"].as_str().unwrap_or("0"));
            match tx["kind"].as_str() {
                Some("topup") => amount,
                Some("payment") => -(amount + fee),
                other => panic!("unexpected kind {other:?}: {tx}"),
            }
        })
        .sum()
}

/// A process of the kill test, with when to kill it.
struct Victim {
    key: String,
    child: Child,
    kill_at: Instant,
}

#[test]
fn payers_killed_at_random_moments_lose_no_acknowledged_command() {
    let processes = if std::env::var_os("OKPAY_TEST_KILL_FULL").is_some_and(|v| v == "1") {
        KILL_PROCESSES_FULL
    } else {
        KILL_PROCESSES_DEFAULT
    };
    let w = Wallet::funded("500.00");
    let source = w.add_card();
    w.run(["sandbox", "source", &source, "--balance", "1000000"])
        .success();
    let before = history(&w.env).len();
    let mut rng = Rng(KILL_SEED);
    let mut acknowledged: BTreeMap<String, String> = BTreeMap::new();
    let mut killed = 0;
    let mut spawned = 0;
    while spawned < processes {
        let wave = KILL_WAVE.min(processes - spawned);
        let mut victims: Vec<Victim> = (0..wave)
            .map(|_| {
                let key = format!("kill-{spawned}");
                let mut cmd = if rng.next().is_multiple_of(3) {
                    w.env.cmd(["topup", "2.00", "--source", &source, "-y"])
                } else {
                    w.env.cmd(["pay", "1.00", "--merchant", "Kill Shop", "-y"])
                }
                .arg("--idempotency-key")
                .arg(&key)
                .json()
                .env("OKPAY_SESSION", &w.tok)
                .command();
                cmd.stdin(Stdio::null())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped());
                let delay = Duration::from_millis(rng.next() % (KILL_DELAY_MAX_MS + 1));
                let child = cmd.spawn().expect("spawn okpay");
                spawned += 1;
                Victim {
                    key,
                    child,
                    kill_at: Instant::now() + delay,
                }
            })
            .collect();
        victims.sort_by_key(|v| v.kill_at);
        for v in &mut victims {
            if let Some(wait) = v.kill_at.checked_duration_since(Instant::now()) {
                std::thread::sleep(wait);
            }
            // SIGKILL; a process that already ended keeps its exit status.
            let _ = v.child.kill();
        }
        for v in victims {
            let out = v.child.wait_with_output().expect("wait");
            let stdout = String::from_utf8_lossy(&out.stdout);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(!stderr.contains("panicked"), "{}: {stderr}", v.key);
            match out.status.code() {
                None => killed += 1,
                Some(0) => {
                    let doc: Value = serde_json::from_str(&stdout)
                        .unwrap_or_else(|e| panic!("{}: not JSON ({e}): {stdout}", v.key));
                    let id = doc["transaction"]["id"]
                        .as_str()
                        .unwrap_or_else(|| panic!("{}: no id: {doc}", v.key));
                    assert_eq!(doc["transaction"]["status"], "succeeded", "{doc}");
                    acknowledged.insert(v.key, id.to_string());
                }
                Some(code) => {
                    // Only a kill may stop a command; no error reaches a user here.
                    panic!("{} exited {code}: {stdout}\n{stderr}", v.key);
                }
            }
        }
    }
    assert_eq!(killed + acknowledged.len(), processes);
    // Every acknowledged transaction is in the ledger, and its key replays it.
    let transactions = history(&w.env);
    eprintln!(
        "kill test: {processes} processes, {} acknowledged, {killed} killed, {} recorded",
        acknowledged.len(),
        transactions.len() - before
    );
    let by_id: BTreeMap<&str, &Value> = transactions
        .iter()
        .filter_map(|tx| Some((tx["id"].as_str()?, tx)))
        .collect();
    for (key, id) in &acknowledged {
        let tx = by_id
            .get(id.as_str())
            .unwrap_or_else(|| panic!("acknowledged {key} ({id}) is not in the ledger"));
        assert_eq!(tx["status"], "succeeded", "{tx}");
    }
    for (key, id) in acknowledged.iter().step_by(7) {
        let kind = if by_id[id.as_str()]["kind"] == "topup" {
            w.env.cmd(["topup", "2.00", "--source", &source, "-y"])
        } else {
            w.env.cmd(["pay", "1.00", "--merchant", "Kill Shop", "-y"])
        };
        let doc = kind
            .arg("--idempotency-key")
            .arg(key)
            .json()
            .env("OKPAY_SESSION", &w.tok)
            .run()
            .success()
            .json();
        assert_eq!(doc["transaction"]["id"], id.as_str(), "{doc}");
        assert_eq!(doc["transaction"]["replayed"], true, "{doc}");
    }
    // The balance is the sum of the movements that succeeded, and the chain verifies.
    let expected = ledger_sum_minor(&transactions);
    assert_eq!(minor(&balance_of(&w.env, "CNY")), expected);
    let doc = w
        .env
        .cmd(["verify"])
        .json()
        .password()
        .run()
        .success()
        .json();
    assert_eq!(doc["verify"]["chain_checked"], true);
    // The wallet still takes payments.
    w.pay_ok("1.00", "Kill Shop", &[]);
}

/// 8 threads, each running `per_process` `okpay pay 1.00` one after another, all at once.
fn eight_payers(w: &Wallet, per_process: usize) -> Vec<Output> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|p| {
                scope.spawn(move || {
                    (0..per_process)
                        .map(|i| {
                            w.env
                                .cmd(["pay", "1.00", "--merchant", "Race Shop", "-y"])
                                .arg("--memo")
                                .arg(format!("p{p}-{i}"))
                                .json()
                                .env("OKPAY_SESSION", &w.tok)
                                .run()
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("payer thread"))
            .collect()
    })
}

/// Every outcome is a success or `insufficient_funds`; returns how many succeeded.
fn tally(outputs: &[Output]) -> usize {
    let mut ok = 0;
    for out in outputs {
        for word in ["database is locked", "busy", "internal"] {
            assert!(
                !out.stdout.contains(word) && !out.stderr.contains(word),
                "{word} reached the user:\n{}",
                out.show()
            );
        }
        match out.code() {
            0 => {
                assert_eq!(out.json()["transaction"]["status"], "succeeded");
                ok += 1;
            }
            5 => {
                assert_eq!(out.json()["error"]["code"], "insufficient_funds");
            }
            code => panic!("unexpected exit {code}:\n{}", out.show()),
        }
    }
    ok
}

#[test]
fn eight_processes_times_fifty_payments_from_a_balance_for_some_of_them() {
    let w = Wallet::funded("300.00");
    let outputs = eight_payers(&w, 50);
    assert_eq!(outputs.len(), 400);
    assert_eq!(tally(&outputs), 300);
    assert_eq!(w.cny(), "0.00");
    crate::pay::assert_verify_clean(&w);
    w.env.cmd(["verify"]).json().password().run().success();
}

#[test]
fn eight_processes_times_fifty_payments_from_a_balance_for_all_of_them() {
    let w = Wallet::funded("400.00");
    let outputs = eight_payers(&w, 50);
    assert_eq!(tally(&outputs), 400);
    assert_eq!(w.cny(), "0.00");
    crate::pay::assert_verify_clean(&w);
}

/// `login` with each password, all spawned at once; the outcomes in spawn order.
fn login_burst(env: &Env, passwords: &[String]) -> Vec<Output> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = passwords
            .iter()
            .map(|p| scope.spawn(move || env.cmd(["login"]).json().password_line(p).run()))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("login thread"))
            .collect()
    })
}

fn codes(outputs: &[Output]) -> BTreeMap<String, usize> {
    let mut codes = BTreeMap::new();
    for out in outputs {
        let code = if out.code() == 0 {
            "ok".to_string()
        } else {
            out.json()["error"]["code"]
                .as_str()
                .unwrap_or("?")
                .to_string()
        };
        *codes.entry(code).or_insert(0) += 1;
    }
    codes
}

fn wrong(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| format!("wrong-passphrase-number-{i}"))
        .collect()
}

#[test]
fn twenty_parallel_wrong_logins_run_the_kdf_at_most_five_times() {
    let env = Env::new();
    env.init_sandbox();
    let outputs = login_burst(&env, &wrong(20));
    for out in &outputs {
        match out.code() {
            3 => assert_eq!(out.json()["error"]["code"], "auth_failed"),
            4 => assert_eq!(out.json()["error"]["code"], "locked_out"),
            code => panic!("unexpected exit {code}:\n{}", out.show()),
        }
    }
    let tally = codes(&outputs);
    assert!(
        tally.get("auth_failed").copied().unwrap_or(0) <= 5,
        "{tally:?}"
    );
    assert!(env.sql_i64("select unlock_attempts from wallet") <= 5);
    assert_eq!(env.sql_i64("select attempts_pending from wallet"), 0);
    // The right password is locked out now.
    env.cmd(["login"])
        .json()
        .password()
        .run()
        .failure(4, "locked_out");
}

#[test]
fn twenty_parallel_right_logins_all_succeed() {
    let env = Env::new();
    env.init_sandbox();
    let outputs = login_burst(&env, &vec![PASSWORD.to_string(); 20]);
    for out in &outputs {
        assert_eq!(out.code(), 0, "{}", out.show());
    }
    assert_eq!(env.sql_i64("select count(*) from sessions"), 20);
    assert_eq!(env.sql_i64("select failed_unlocks from wallet"), 0);
    assert_eq!(env.sql_i64("select unlock_attempts from wallet"), 20);
}

#[test]
fn the_right_password_among_nineteen_wrong_gets_in_only_within_the_first_five_attempts() {
    let env = Env::new();
    env.init_sandbox();
    let mut passwords = wrong(19);
    passwords.insert(9, PASSWORD.to_string());
    let outputs = login_burst(&env, &passwords);
    let tally = codes(&outputs);
    let attempts = env.sql_i64("select unlock_attempts from wallet");
    let failed = tally.get("auth_failed").copied().unwrap_or(0);
    let right = &outputs[9];
    for (i, out) in outputs.iter().enumerate() {
        if i != 9 {
            assert!(matches!(out.code(), 3 | 4), "{}", out.show());
        }
    }
    if right.code() == 0 {
        // It took one of the first five reservations. Its success cleared the failures before
        // it ("5 in a row"), so at most 4 wrong ones ran before it and at most 5 after.
        assert!(attempts <= 5 + 5, "{attempts} KDF runs, {tally:?}");
        assert!(failed <= 4 + 5, "{tally:?}");
    } else {
        // Five wrong ones got there first: the wallet locked, and the right one never ran.
        assert_eq!(right.code(), 4, "{}", right.show());
        assert_eq!(right.json()["error"]["code"], "locked_out");
        assert!(attempts <= 5, "{attempts} KDF runs, {tally:?}");
        assert!(failed <= 5, "{tally:?}");
    }
    assert!(env.sql_i64("select failed_unlocks from wallet") <= 5);
    assert_eq!(env.sql_i64("select attempts_pending from wallet"), 0);
    eprintln!("right among wrong: {tally:?}, {attempts} KDF runs");
}
