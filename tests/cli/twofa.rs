//! `okpay 2fa`: TOTP interoperable with `oathtool` (which `.ci/run` installs: these tests fail,
//! not skip, without it), codes that work once, recovery codes, the lock-out counting wrong
//! codes, and no secret in plain form in the wallet file.

use std::process::{Command, Stdio};

use serde_json::Value;

use crate::harness::{contains_bytes, Env, PASSWORD};

/// A TOTP code for `secret` at `time` (RFC 3339), computed by `oathtool`.
pub(crate) fn oathtool(secret: &str, time: &str) -> String {
    let out = Command::new("oathtool")
        .args(["--totp", "-b", secret, "--now", time])
        .output()
        .unwrap_or_else(|e| {
            panic!("oathtool is needed for the 2FA interoperability tests ({e}): apt-get install oathtool")
        });
    assert!(
        out.status.success(),
        "oathtool: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

struct TwoFa {
    env: Env,
    /// A session from before 2FA was on (it keeps working until it expires).
    tok: String,
    secret: String,
    recovery: Vec<String>,
}

impl TwoFa {
    fn run(&self, args: &[&str]) -> crate::harness::Output {
        self.env
            .cmd(args.iter().copied())
            .json()
            .env("OKPAY_SESSION", &self.tok)
            .run()
    }

    fn clock(&self) -> String {
        self.env.clock()
    }

    /// A write on an edited wallet refuses (the clock stays).
    fn advance_fails_on_tampering(&self) {
        self.run(&["sandbox", "clock", "advance", "30s"])
            .failure(13, "integrity_error");
    }

    /// Move the sandbox clock on (a session unlock needs no code).
    fn advance(&self, by: &str) {
        self.run(&["sandbox", "clock", "advance", by]).success();
    }

    fn code_now(&self) -> String {
        oathtool(&self.secret, &self.clock())
    }

    fn login(&self, extra: &[&str]) -> crate::harness::Output {
        self.env
            .cmd(["login", "--raw", "--password-stdin"])
            .args(extra)
            .stdin(format!("{PASSWORD}\n"))
            .json()
            .run()
    }
}

/// A sandbox wallet with 2FA enabled and confirmed with a code from `oathtool`.
fn enabled() -> TwoFa {
    let env = Env::new();
    env.init_sandbox();
    let tok = env.login();
    let setup = env
        .cmd(["2fa", "enable"])
        .json()
        .env("OKPAY_SESSION", &tok)
        .run()
        .success()
        .json();
    let uri = setup["otpauth_uri"].as_str().unwrap().to_string();
    let secret = setup["secret"].as_str().unwrap().to_string();
    assert!(
        uri.starts_with("otpauth://totp/OKPay:alice?secret=") && uri.contains("&issuer=OKPay"),
        "{uri}"
    );
    assert!(uri.contains(&secret));
    let code = oathtool(&secret, &env.clock());
    let doc = env
        .cmd(["2fa", "confirm", &code])
        .json()
        .env("OKPAY_SESSION", &tok)
        .run()
        .success()
        .json();
    let recovery: Vec<String> = doc["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    assert_eq!(recovery.len(), 10);
    TwoFa {
        env,
        tok,
        secret,
        recovery,
    }
}

#[test]
fn a_code_from_oathtool_logs_in_once_and_an_old_one_never() {
    let w = enabled();
    let status = w.run(&["2fa", "status"]).success().json();
    assert_eq!(status["2fa"]["enabled"], true, "{status}");
    assert_eq!(status["2fa"]["recovery_codes_left"], 10, "{status}");
    let check = w.run(&["security", "check"]).success().json();
    let codes: Vec<&str> = check["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["code"].as_str())
        .collect();
    assert!(!codes.contains(&"2fa_off"), "{check}");
    // No code: otp_required. The code used to confirm: already used.
    w.login(&[]).failure(3, "otp_required");
    w.advance("30s");
    let code = w.code_now();
    let doc = w.login(&["--otp", &code]).success().json();
    assert!(
        doc["session"]
            .as_str()
            .is_some_and(|s| s.starts_with("oks_")),
        "{doc}"
    );
    // The same code a second time.
    w.login(&["--otp", &code]).failure(3, "otp_invalid");
    // A code from 60 seconds earlier (two steps back).
    w.advance("30s");
    let earlier = {
        let now: jiff::Timestamp = w.clock().parse().unwrap();
        let then = now - jiff::SignedDuration::from_secs(60);
        oathtool(&w.secret, &then.to_string())
    };
    if earlier != w.code_now() {
        w.login(&["--otp", &earlier]).failure(3, "otp_invalid");
    }
    // OKPAY_OTP works like --otp.
    w.advance("30s");
    w.env
        .cmd(["login", "--raw", "--password-stdin"])
        .env("OKPAY_OTP", w.code_now())
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .success();
    let events: i64 = w
        .env
        .sql_i64("select count(*) from security_events where kind = '2fa_enabled'");
    assert_eq!(events, 1);
}

#[test]
fn a_recovery_code_works_once() {
    let w = enabled();
    let code = w.recovery[3].to_uppercase();
    w.login(&["--recovery-code", &code]).success();
    w.login(&["--recovery-code", &code])
        .failure(3, "otp_invalid");
    let status = w.run(&["2fa", "status"]).success().json();
    assert_eq!(status["2fa"]["recovery_codes_left"], 9, "{status}");
    // Regenerating (a step-up: password and a code) replaces them all.
    w.advance("30s");
    let doc = w
        .env
        .cmd(["2fa", "recovery-codes", "--regenerate", "--password-stdin"])
        .json()
        .env("OKPAY_OTP", w.code_now())
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .success()
        .json();
    assert_eq!(doc["recovery_codes"].as_array().unwrap().len(), 10);
    w.login(&["--recovery-code", &w.recovery[5]])
        .failure(3, "otp_invalid");
}

#[test]
fn twenty_parallel_wrong_codes_check_at_most_five() {
    let w = enabled();
    let attempts_before = w.env.sql_i64("select unlock_attempts from wallet");
    let children: Vec<_> = (0..20)
        .map(|i| {
            let mut cmd = w
                .env
                .cmd(["login", "--raw", "--password-stdin", "--otp"])
                .arg(format!("{:06}", 100_000 + i))
                .json()
                .command();
            cmd.stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            let mut child = cmd.spawn().unwrap();
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(format!("{PASSWORD}\n").as_bytes())
                .unwrap();
            child
        })
        .collect();
    let mut codes = Vec::new();
    for child in children {
        let out = child.wait_with_output().unwrap();
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        codes.push(doc["error"]["code"].as_str().unwrap_or("?").to_string());
    }
    let checked = codes.iter().filter(|c| *c == "otp_invalid").count();
    let locked = codes.iter().filter(|c| *c == "locked_out").count();
    assert!(checked <= 5, "{codes:?}");
    assert_eq!(checked + locked, 20, "{codes:?}");
    let runs = w.env.sql_i64("select unlock_attempts from wallet") - attempts_before;
    assert!(runs <= 5, "{runs} attempts checked");
    // Even the right code is refused now.
    w.advance("30s");
    w.login(&["--otp", &w.code_now()]).failure(4, "locked_out");
}

#[test]
fn the_secret_and_recovery_codes_are_nowhere_in_plain_form() {
    let w = enabled();
    let raw = data_encoding::BASE32_NOPAD
        .decode(w.secret.as_bytes())
        .unwrap();
    let mut files = vec![w.env.wallet_bytes()];
    if let Ok(wal) = std::fs::read(w.env.wal()) {
        files.push(wal);
    }
    for bytes in &files {
        assert!(!contains_bytes(bytes, w.secret.as_bytes()));
        assert!(!contains_bytes(bytes, &raw));
        for code in &w.recovery {
            assert!(!contains_bytes(bytes, code.as_bytes()), "{code}");
            let bare: String = code.chars().filter(|c| *c != '-').collect();
            assert!(!contains_bytes(bytes, bare.as_bytes()), "{code}");
        }
    }
}

#[test]
fn adding_a_source_and_disabling_need_the_second_factor() {
    let w = enabled();
    let add = |extra: &[&str]| {
        w.env
            .cmd([
                "source",
                "add",
                "bank",
                "--holder",
                "Alice Li",
                "--iban",
                "DE89370400440532013000",
            ])
            .args(extra)
            .json()
            .env("OKPAY_SESSION", &w.tok)
            .run()
    };
    add(&[]).failure(3, "otp_required");
    w.advance("30s");
    add(&["--otp", &w.code_now()]).success();
    // Disabling is a step-up: the session alone is not enough, nor the password alone.
    w.run(&["2fa", "disable"]).failure(3, "step_up_required");
    w.env
        .cmd(["2fa", "disable", "--password-stdin"])
        .json()
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .failure(3, "otp_required");
    w.advance("30s");
    w.env
        .cmd(["2fa", "disable", "--password-stdin", "--otp", &w.code_now()])
        .json()
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .success();
    w.login(&[]).success();
    let status = w.run(&["2fa", "status"]).success().json();
    assert_eq!(status["2fa"]["enabled"], false, "{status}");
    w.run(&["verify"]).success();
}

#[test]
fn switching_2fa_off_behind_okpays_back_is_an_integrity_error() {
    let w = enabled();
    w.env.sql("UPDATE wallet SET twofa = 0");
    // The code is still needed (the TOTP row is sealed on its own), and then the login, a
    // write, refuses the edited settings.
    w.login(&[]).failure(3, "otp_required");
    w.advance_fails_on_tampering();
    w.login(&["--recovery-code", &w.recovery[0]])
        .failure(13, "integrity_error");
    let w = enabled();
    w.env.sql("DELETE FROM totp");
    w.advance("30s");
    let code = w.code_now();
    w.login(&["--otp", &code]).failure(13, "integrity_error");
}

#[test]
fn a_wrong_code_to_confirm_leaves_2fa_off() {
    let env = Env::new();
    env.init_sandbox();
    let tok = env.login();
    env.cmd(["2fa", "confirm", "123456"])
        .json()
        .env("OKPAY_SESSION", &tok)
        .run()
        .failure(11, "invalid_state");
    env.cmd(["2fa", "enable", "--qr-png"])
        .arg(env.root().join("qr.png"))
        .json()
        .env("OKPAY_SESSION", &tok)
        .run()
        .success();
    let png = std::fs::read(env.root().join("qr.png")).unwrap();
    assert_eq!(&png[1..4], b"PNG");
    assert_eq!(crate::harness::mode(&env.root().join("qr.png")), 0o600);
    env.cmd(["2fa", "confirm", "000000"])
        .json()
        .env("OKPAY_SESSION", &tok)
        .run()
        .failure(3, "otp_invalid");
    let status = env.cmd(["2fa", "status"]).json().run().success().json();
    assert_eq!(status["2fa"]["enabled"], false, "{status}");
    assert_eq!(status["2fa"]["pending"], true, "{status}");
    env.login();
}
