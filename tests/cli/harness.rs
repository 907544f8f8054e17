//! The test harness, in the manner of jj's: every test gets its own temporary directory and
//! wallet path, and runs the real `okpay` binary with a cleared environment (a fake `HOME`,
//! `TZ=UTC`, `NO_COLOR`, `PATH`, `OKPAY_DB`) and `--lang en`. Every run is checked for panics;
//! tests assert exit codes, JSON fields and the wallet file afterwards.

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// The standard test password: long and strong enough for okpay's policy.
pub const PASSWORD: &str = "correct-horse-battery-staple-42";

/// No single command may take longer than this (a hang means a prompt or a deadlock).
const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);

/// The binary under test.
pub fn okpay_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_okpay"))
}

/// A fresh temporary directory with a wallet path inside it (`<tmp>/data/wallet.db`, whose
/// parent does not exist yet).
pub struct Env {
    tmp: tempfile::TempDir,
    wallet: PathBuf,
}

impl Default for Env {
    fn default() -> Self {
        Env::new()
    }
}

impl Env {
    pub fn new() -> Env {
        let tmp = tempfile::Builder::new()
            .prefix("okpay-cli-test-")
            .tempdir()
            .expect("temp dir");
        std::fs::create_dir(tmp.path().join("home")).expect("home dir");
        let wallet = tmp.path().join("data").join("wallet.db");
        Env { tmp, wallet }
    }

    /// The temporary directory.
    pub fn root(&self) -> &Path {
        self.tmp.path()
    }

    /// The wallet path given in `OKPAY_DB`.
    pub fn wallet(&self) -> &Path {
        &self.wallet
    }

    /// The wallet's `-wal` file.
    pub fn wal(&self) -> PathBuf {
        sibling(&self.wallet, "-wal")
    }

    /// A command line: `okpay --lang en ARGS…` in the cleared environment.
    pub fn cmd<I, S>(&self, args: I) -> Cmd
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        let home = self.root().join("home");
        Cmd {
            args: args.into_iter().map(Into::into).collect(),
            envs: vec![
                ("HOME".into(), home.into()),
                ("TZ".into(), "UTC".into()),
                ("NO_COLOR".into(), "1".into()),
                ("PATH".into(), std::env::var_os("PATH").unwrap_or_default()),
                ("OKPAY_DB".into(), self.wallet.clone().into()),
            ],
            lang: Some("en".to_string()),
            json: false,
            stdin: None,
        }
    }

    /// `init --sandbox --username alice --base-currency CNY --tz UTC --password-stdin`.
    pub fn init_sandbox(&self) -> Output {
        self.init_sandbox_in("UTC")
    }

    /// `init --sandbox --username alice --base-currency CNY --tz ZONE` with the test password.
    pub fn init_sandbox_in(&self, zone: &str) -> Output {
        self.cmd([
            "init",
            "--sandbox",
            "--username",
            "alice",
            "--base-currency",
            "CNY",
            "--tz",
            zone,
            "--password-stdin",
        ])
        .json()
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .success()
    }

    /// A normal (not sandbox) wallet: `init --username alice --base-currency CNY --tz UTC`.
    pub fn init_normal(&self) -> Output {
        self.cmd([
            "init",
            "--username",
            "alice",
            "--base-currency",
            "CNY",
            "--tz",
            "UTC",
            "--password-stdin",
        ])
        .json()
        .stdin(format!("{PASSWORD}\n"))
        .run()
        .success()
    }

    /// `login --raw --password-stdin`: one unlock, shared through `OKPAY_SESSION` by the rest of
    /// a test that is not about unlocking.
    pub fn login(&self) -> String {
        let out = self
            .cmd(["login", "--raw", "--password-stdin"])
            .stdin(format!("{PASSWORD}\n"))
            .run()
            .success();
        let token = out.stdout.trim_end_matches('\n').to_string();
        assert!(is_token(&token), "login --raw printed {:?}", out.stdout);
        token
    }

    /// The sandbox clock, as `sandbox clock show --json` prints it.
    pub fn clock(&self) -> String {
        let out = self
            .cmd(["sandbox", "clock", "show"])
            .json()
            .run()
            .success();
        out.json()["clock"]
            .as_str()
            .expect("clock is a string")
            .to_string()
    }

    /// Open the wallet file directly, to look at (or tamper with) the database.
    pub fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.wallet).expect("open the wallet with rusqlite")
    }

    /// One integer from SQL run against the wallet.
    pub fn sql_i64(&self, sql: &str) -> i64 {
        self.db()
            .query_row(sql, [], |r| r.get(0))
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    /// One text value from SQL run against the wallet.
    pub fn sql_text(&self, sql: &str) -> String {
        self.db()
            .query_row(sql, [], |r| r.get(0))
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    /// Run SQL statements against the wallet.
    pub fn sql(&self, sql: &str) {
        self.db()
            .execute_batch(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// The wallet file's bytes.
    pub fn wallet_bytes(&self) -> Vec<u8> {
        std::fs::read(&self.wallet).expect("read the wallet file")
    }

    /// Record a top-up of `minor` units of CNY from the test source `src_test` into the
    /// wallet, with an optional memo, through the binary (`okpay import` of one CSV row, which
    /// records it with every check and seal a write makes).
    pub fn record_topup(&self, minor: i64, memo: Option<&str>) -> String {
        self.record_topups(&[(minor, memo)]).remove(0)
    }

    /// Several such top-ups, one import; returns their ids in order (at the sandbox clock, one
    /// millisecond apart).
    pub fn record_topups(&self, topups: &[(i64, Option<&str>)]) -> Vec<String> {
        let now: jiff::Timestamp = self.clock().parse().expect("the clock is RFC 3339");
        let mut csv = String::from(
            "id,created_at,kind,status,signed_amount,amount,currency,fee,merchant,\
             merchant_name,source,order_id,memo,available_at,reason,recorded_status,postings,\
             links,limit_minor,data\n",
        );
        let mut ids = Vec::new();
        for (n, (minor, memo)) in topups.iter().enumerate() {
            let at = now + jiff::SignedDuration::from_millis(n as i64 + 1);
            let ms = u64::try_from(at.as_millisecond()).expect("after 1970");
            let id = format!("tx_{}", ulid::Ulid::from_parts(ms, n as u128 + 1));
            let amount = format!("{}.{:02}", minor / 100, minor % 100);
            let memo = memo.unwrap_or_default().replace('"', "\"\"");
            csv.push_str(&format!(
                "{id},{at},topup,succeeded,{amount},{amount},CNY,0.00,,,src_test,,\"{memo}\",,,\
                 succeeded,external:src_test CNY -{amount};wallet:CNY CNY {amount},,,{{}}\n"
            ));
            ids.push(id);
        }
        let file = self.root().join(format!("fixture-{}.csv", ids[0]));
        std::fs::write(&file, csv).expect("write the fixture");
        self.cmd(["import".into(), file.into_os_string()])
            .json()
            .env("OKPAY_PASSWORD", PASSWORD)
            .run()
            .success();
        ids
    }
}

/// `path` with `suffix` appended to its file name (`wallet.db` → `wallet.db-wal`).
pub fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// Whether `s` looks like a session token: `oks_` and 64 lowercase hex digits.
pub fn is_token(s: &str) -> bool {
    s.strip_prefix("oks_").is_some_and(|hex| {
        hex.len() == 64 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    })
}

/// Whether `text` contains CJK ideographs.
pub fn has_cjk(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// The file mode's permission bits.
pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("stat {}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

/// Write `bytes` to `path` with the given permissions.
pub fn write_file(path: &Path, bytes: &[u8], mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, bytes).expect("write file");
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// Whether `needle` occurs in `haystack`.
pub fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// A command line being built.
pub struct Cmd {
    args: Vec<OsString>,
    envs: Vec<(OsString, OsString)>,
    lang: Option<String>,
    json: bool,
    stdin: Option<Vec<u8>>,
}

impl Cmd {
    /// Append one argument.
    pub fn arg(mut self, arg: impl Into<OsString>) -> Self {
        self.args.push(arg.into());
        self
    }

    /// Append several arguments.
    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    /// Add `--json`.
    pub fn json(mut self) -> Self {
        self.json = true;
        self
    }

    /// Use `--lang LANG` instead of `--lang en`.
    pub fn lang(mut self, lang: &str) -> Self {
        self.lang = Some(lang.to_string());
        self
    }

    /// Pass no `--lang` at all (to test the locale variables).
    pub fn no_lang(mut self) -> Self {
        self.lang = None;
        self
    }

    /// Feed standard input (otherwise it is /dev/null: never a terminal).
    pub fn stdin(mut self, text: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(text.into());
        self
    }

    /// Add `--password-stdin` and feed the standard password as the first line.
    pub fn password(self) -> Self {
        self.password_line(PASSWORD)
    }

    /// Add `--password-stdin` and feed `password` as the first line.
    pub fn password_line(mut self, password: &str) -> Self {
        self.args.push("--password-stdin".into());
        self.stdin(format!("{password}\n"))
    }

    /// Set an environment variable.
    pub fn env(mut self, key: &str, value: impl Into<OsString>) -> Self {
        let value = value.into();
        self.envs.retain(|(k, _)| k != key);
        self.envs.push((key.into(), value));
        self
    }

    /// Remove a variable the harness sets (e.g. `OKPAY_DB`).
    pub fn env_remove(mut self, key: &str) -> Self {
        self.envs.retain(|(k, _)| k != key);
        self
    }

    /// The full argument vector (without the program name).
    pub fn argv(&self) -> Vec<OsString> {
        let mut argv = Vec::new();
        if let Some(lang) = &self.lang {
            argv.push("--lang".into());
            argv.push(lang.into());
        }
        if self.json {
            argv.push("--json".into());
        }
        argv.extend(self.args.iter().cloned());
        argv
    }

    /// The `std::process::Command`, for tests that need to drive the process themselves.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(okpay_bin());
        cmd.env_clear();
        for (k, v) in &self.envs {
            cmd.env(k, v);
        }
        cmd.args(self.argv());
        cmd
    }

    /// Run to completion and check it did not panic.
    pub fn run(self) -> Output {
        let mut cmd = self.command();
        cmd.stdin(if self.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let description = format!("okpay {:?}", self.argv());
        let mut child = cmd.spawn().unwrap_or_else(|e| panic!("{description}: {e}"));
        let writer = child.stdin.take().map(|mut pipe| {
            let bytes = self.stdin.clone().unwrap_or_default();
            // The process may exit without reading everything: a broken pipe is fine.
            std::thread::spawn(move || {
                let _ = pipe.write_all(&bytes);
            })
        });
        let stdout = reader(child.stdout.take().expect("stdout"));
        let stderr = reader(child.stderr.take().expect("stderr"));
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait") {
                break status;
            }
            if started.elapsed() > COMMAND_TIMEOUT {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{description} did not finish within {COMMAND_TIMEOUT:?}");
            }
            std::thread::sleep(Duration::from_millis(2));
        };
        if let Some(w) = writer {
            let _ = w.join();
        }
        let stdout = stdout.join().expect("stdout reader");
        let stderr = stderr.join().expect("stderr reader");
        let out = Output {
            description,
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stdout_bytes: stdout,
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
            json_mode: self.json,
        };
        out.assert_no_panic();
        out
    }
}

fn reader(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}

/// What a run printed and how it ended.
#[derive(Debug)]
pub struct Output {
    pub description: String,
    code: i32,
    pub stdout: String,
    pub stdout_bytes: Vec<u8>,
    pub stderr: String,
    json_mode: bool,
}

impl Output {
    /// The exit code (-1 when killed by a signal).
    pub fn code(&self) -> i32 {
        self.code
    }

    /// A description of the run for assertion messages.
    pub fn show(&self) -> String {
        format!(
            "{}\nexit code: {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.description, self.code, self.stdout, self.stderr
        )
    }

    /// stdout parsed as one JSON document.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not one JSON document ({e}):\n{}", self.show()))
    }

    /// Assert exit 0.
    pub fn success(self) -> Self {
        assert_eq!(self.code, 0, "expected success:\n{}", self.show());
        self
    }

    /// Assert the exit code and the error code: `error.code` in JSON mode, else the `[code]`
    /// that ends the message on stderr.
    pub fn failure(self, exit_code: i32, error_code: &str) -> Self {
        assert_eq!(
            self.code,
            exit_code,
            "expected exit {exit_code} ({error_code}):\n{}",
            self.show()
        );
        if self.json_mode {
            let doc = self.json();
            assert_eq!(
                doc["error"]["code"].as_str(),
                Some(error_code),
                "expected error code {error_code}:\n{}",
                self.show()
            );
            let message = doc["error"]["message"].as_str().unwrap_or_default();
            assert!(
                !message.is_empty(),
                "error without a message:\n{}",
                self.show()
            );
        } else {
            assert!(
                self.stderr.contains(&format!("[{error_code}]"))
                    || self.stderr.trim() == error_code,
                "expected [{error_code}] on stderr:\n{}",
                self.show()
            );
        }
        self
    }

    /// The `error.details` object of a JSON failure.
    pub fn details(&self) -> Value {
        self.json()["error"]["details"].clone()
    }

    /// No command may panic, whatever its input: never exit 101, never print "panicked".
    pub fn assert_no_panic(&self) {
        assert_ne!(self.code, 101, "okpay panicked:\n{}", self.show());
        assert!(
            !self.stderr.contains("panicked"),
            "okpay panicked:\n{}",
            self.show()
        );
    }
}
