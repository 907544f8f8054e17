//! Damaged files and hostile environments (issue 7, holes 3 and 8): a table of damaged copies
//! of a real wallet and of paths that are no wallet at all, each run through the reading and the
//! writing commands with its documented exit code, within a time limit, and the file unchanged;
//! a wallet in a read-only directory read by a user who cannot write there; standard output on
//! a full disk; environment variables that are not UTF-8.
//!
//! What each case answers (CLI.md, "Error codes and exit codes"):
//! - damage (truncation, damaged pages, a dropped table): 13 `integrity_error`;
//! - a path the file system refuses (a FIFO, a device, a name too long): 14 `io_error` with
//!   `details.cause`;
//! - a readable file that is not an okpay wallet (empty, another application's SQLite file,
//!   `/proc/self/status`) and a directory: 2 `invalid_input`, as before.

use std::ffi::{OsStr, OsString};
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::{okpay_bin, Env, PASSWORD};

/// Every command on a damaged file answers within this (a hang fails the test, never CI).
const WITHIN: Duration = Duration::from_secs(3);
/// How long a process may run before it is killed and the test fails.
const KILL_AFTER: Duration = Duration::from_secs(20);

/// A finished run.
struct Run {
    what: String,
    code: i32,
    stdout: String,
    stderr: String,
    took: Duration,
}

impl Run {
    fn show(&self) -> String {
        format!(
            "{}\nexit {} after {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.what, self.code, self.took, self.stdout, self.stderr
        )
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not one JSON document ({e}):\n{}", self.show()))
    }

    /// The exit code and `error.code` of a JSON failure; never an internal error or a panic.
    fn expect(&self, exit: i32, code: &str) -> Value {
        assert_ne!(self.code, 1, "internal error:\n{}", self.show());
        assert_ne!(self.code, 101, "panic:\n{}", self.show());
        assert!(!self.stderr.contains("panicked"), "panic:\n{}", self.show());
        assert_eq!(
            self.code,
            exit,
            "expected exit {exit} ({code}):\n{}",
            self.show()
        );
        let doc = self.json();
        assert_eq!(doc["error"]["code"], code, "{}", self.show());
        assert!(doc["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()));
        doc["error"]["details"].clone()
    }
}

/// Spawn `cmd` (stdin empty), wait at most [`KILL_AFTER`], and collect what it printed.
fn run_command(cmd: Command, what: String) -> Run {
    run_with_stdin(cmd, "", what)
}

/// [`run_command`] with `input` on standard input.
fn run_with_stdin(mut cmd: Command, input: &str, what: String) -> Run {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let started = Instant::now();
    let mut child = cmd.spawn().unwrap_or_else(|e| panic!("{what}: {e}"));
    if let Some(mut pipe) = child.stdin.take() {
        use std::io::Write;
        // The process may exit without reading: a broken pipe is fine.
        let _ = pipe.write_all(input.as_bytes());
    }
    let mut stdout_pipe = child.stdout.take().expect("stdout");
    let mut stderr_pipe = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stdout_pipe.read_to_end(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stderr_pipe.read_to_end(&mut s);
        s
    });
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > KILL_AFTER {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what} hung: killed after {KILL_AFTER:?}");
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let took = started.elapsed();
    Run {
        what,
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.join().expect("stdout")).into_owned(),
        stderr: String::from_utf8_lossy(&err.join().expect("stderr")).into_owned(),
        took,
    }
}

/// `okpay --lang en --json --db DB ARGS…` in the harness's cleared environment, plus `envs`.
fn okpay(env: &Env, db: &Path, args: &[&str], envs: &[(&str, &OsStr)]) -> Run {
    let mut cmd = env
        .cmd(["--json"])
        .arg("--db")
        .arg(db)
        .args(args.iter().copied());
    for (k, v) in envs {
        cmd = cmd.env(k, *v);
    }
    let what = format!("okpay --db {} {args:?}", db.display());
    run_command(cmd.command(), what)
}

/// Environment variables to add to a run.
type Envs = Vec<(&'static str, OsString)>;

/// A sandbox wallet with a card, three top-ups and a payment, closed (WAL checkpointed).
struct Fixture {
    env: Env,
    token: String,
    source: String,
    /// The payment's transaction id.
    payment: String,
}

impl Fixture {
    fn new() -> Fixture {
        let env = Env::new();
        env.init_sandbox();
        let token = env.login();
        let session = |args: &[&str]| {
            env.cmd(args.iter().copied())
                .env("OKPAY_SESSION", &token)
                .run()
                .success()
        };
        let source = env
            .cmd([
                "-q",
                "source",
                "add",
                "card",
                "--holder",
                "Alice Li",
                "--expiry",
                "12/45",
                "--details-stdin",
            ])
            .env("OKPAY_SESSION", &token)
            .stdin("4242424242424242\n123\n")
            .run()
            .success()
            .stdout
            .trim()
            .to_string();
        for amount in ["100", "250.50", "80"] {
            session(&["-q", "topup", amount, "--source", &source, "--yes"]);
        }
        session(&["-q", "merchant", "add", "Shop"]);
        let payment = session(&[
            "-q",
            "pay",
            "30",
            "--merchant",
            "Shop",
            "--order",
            "A-1",
            "--yes",
        ])
        .stdout
        .trim()
        .to_string();
        // Fold the log into the file, so a copy of the file alone is the whole wallet.
        let conn = env.db();
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .expect("checkpoint");
        drop(conn);
        Fixture {
            env,
            token,
            source,
            payment,
        }
    }

    fn bytes(&self) -> Vec<u8> {
        self.env.wallet_bytes()
    }

    /// Every command of the table, with the credentials each needs.
    fn commands(&self) -> Vec<(Vec<String>, Envs)> {
        let session = vec![("OKPAY_SESSION", OsString::from(&self.token))];
        let password = vec![("OKPAY_PASSWORD", OsString::from(PASSWORD))];
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        vec![
            (words(&["verify"]), vec![]),
            (words(&["verify"]), password.clone()),
            (words(&["balance"]), vec![]),
            (words(&["history"]), vec![]),
            (words(&["status"]), vec![]),
            (words(&["receipt", &self.payment]), vec![]),
            (words(&["source", "list"]), vec![]),
            (words(&["merchant", "list"]), vec![]),
            (words(&["sandbox", "clock", "show"]), vec![]),
            (words(&["login"]), password.clone()),
            (words(&["logout", "--all"]), vec![]),
            (
                words(&["pay", "1", "--merchant", "Shop", "--yes"]),
                session.clone(),
            ),
            (
                words(&["topup", "1", "--source", &self.source, "--yes"]),
                password,
            ),
            (words(&["merchant", "add", "Other"]), session),
        ]
    }
}

/// The SQLite page size of a database file.
fn page_size(bytes: &[u8]) -> usize {
    match u16::from_be_bytes([bytes[16], bytes[17]]) {
        1 => 65_536,
        n => usize::from(n),
    }
}

fn be32(bytes: &[u8], at: usize) -> usize {
    u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as usize
}

/// The pages on SQLite's freelist (trunks and leaves): damage there loses nothing.
fn free_pages(bytes: &[u8]) -> Vec<usize> {
    let size = page_size(bytes);
    let mut free = Vec::new();
    let mut trunk = be32(bytes, 32);
    while trunk != 0 && free.len() <= bytes.len() / size {
        free.push(trunk);
        let at = (trunk - 1) * size;
        let leaves = be32(bytes, at + 4);
        for i in 0..leaves.min(size / 4 - 2) {
            free.push(be32(bytes, at + 8 + 4 * i));
        }
        trunk = be32(bytes, at);
    }
    free
}

/// xorshift64: the same damage on every run.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// `pristine` with `count` pages in use after the first overwritten by pseudo-random bytes.
fn damage_pages(pristine: &[u8], seed: u64, count: usize) -> (Vec<u8>, Vec<usize>) {
    let size = page_size(pristine);
    let free = free_pages(pristine);
    let mut candidates: Vec<usize> = (2..=pristine.len() / size)
        .filter(|p| !free.contains(p))
        .collect();
    let mut noise = Noise(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut bytes = pristine.to_vec();
    let mut hit = Vec::new();
    for _ in 0..count.min(candidates.len()) {
        let page = candidates.remove((noise.next() % candidates.len() as u64) as usize);
        let at = (page - 1) * size;
        for b in &mut bytes[at..at + size] {
            *b = noise.next() as u8;
        }
        hit.push(page);
    }
    (bytes, hit)
}

/// How many seeds of random page damage: 6, or `OKPAY_DAMAGE_SEEDS` for a longer run.
fn damage_seeds() -> u64 {
    std::env::var("OKPAY_DAMAGE_SEEDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(6)
}

/// One damaged copy: its name, its path, and the exit code and error code every command gives.
struct Case {
    name: String,
    path: PathBuf,
    exit: i32,
    code: &'static str,
    cause: Option<&'static str>,
    /// Damage inside the data: a read that never reaches it still answers (exit 0), as the
    /// contract lets reads keep working for what is sound; `verify` refuses. A write refuses
    /// when the damage is on its path or on the first pages of any table or index (checked
    /// before every write); damage deeper inside a table, off the write's path, is left as it
    /// was and still reported by `verify`.
    reads_may_succeed: bool,
    /// The damaged pages (1-based), for random damage.
    damaged_pages: Vec<usize>,
}

fn case(name: &str, path: PathBuf, exit: i32, code: &'static str) -> Case {
    Case {
        name: name.to_string(),
        path,
        exit,
        code,
        cause: None,
        reads_may_succeed: false,
        damaged_pages: Vec::new(),
    }
}

fn io_case(name: &str, path: PathBuf, cause: &'static str) -> Case {
    Case {
        cause: Some(cause),
        ..case(name, path, 14, "io_error")
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write a damaged copy");
    path
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).expect("path");
    // SAFETY: a valid NUL-terminated path; mkfifo only reads it.
    let rc = unsafe { libc::mkfifo(c.as_ptr(), 0o600) };
    assert_eq!(rc, 0, "mkfifo {}", path.display());
}

/// A copy of `pristine` with `table` dropped (with rusqlite, as `sqlite3` would).
fn without_table(dir: &Path, pristine: &[u8], table: &str) -> PathBuf {
    let path = write(dir, &format!("dropped-{table}.db"), pristine);
    let conn = rusqlite::Connection::open(&path).expect("open the copy");
    conn.execute_batch(&format!("DROP TABLE {table}"))
        .expect("drop table");
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .expect("checkpoint");
    drop(conn);
    path
}

fn cases(f: &Fixture, dir: &Path) -> Vec<Case> {
    let pristine = f.bytes();
    let size = page_size(&pristine);
    let pages = pristine.len() / size;
    assert!(pages >= 8, "the fixture wallet has only {pages} pages");
    let mut cases = vec![
        case(
            "head -c 4096",
            write(dir, "head-4096.db", &pristine[..4096]),
            13,
            "integrity_error",
        ),
        case(
            "missing its last page",
            write(dir, "no-last-page.db", &pristine[..pristine.len() - size]),
            13,
            "integrity_error",
        ),
        case(
            "half",
            write(dir, "half.db", &pristine[..pages / 2 * size]),
            13,
            "integrity_error",
        ),
        case(
            "dropped table merchants",
            without_table(dir, &pristine, "merchants"),
            13,
            "integrity_error",
        ),
        case(
            "dropped table sessions",
            without_table(dir, &pristine, "sessions"),
            13,
            "integrity_error",
        ),
    ];
    for seed in 1..=damage_seeds() {
        let (bytes, hit) = damage_pages(&pristine, seed, 3);
        cases.push(Case {
            reads_may_succeed: true,
            damaged_pages: hit.clone(),
            ..case(
                &format!("random damage, seed {seed}, pages {hit:?}"),
                write(dir, &format!("random-{seed}.db"), &bytes),
                13,
                "integrity_error",
            )
        });
    }
    let other = dir.join("other-app.sqlite");
    let conn = rusqlite::Connection::open(&other).expect("other app");
    conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('milk');")
        .expect("other app's table");
    drop(conn);
    cases.push(case("another app's SQLite file", other, 2, "invalid_input"));
    cases.push(case(
        "an empty file",
        write(dir, "empty.db", b""),
        2,
        "invalid_input",
    ));
    let directory = dir.join("a-directory");
    std::fs::create_dir(&directory).expect("mkdir");
    cases.push(case("a directory", directory, 2, "invalid_input"));
    cases.push(case(
        "/proc/self/status",
        PathBuf::from("/proc/self/status"),
        2,
        "invalid_input",
    ));
    let fifo = dir.join("fifo.db");
    mkfifo(&fifo);
    cases.push(io_case("a FIFO", fifo, "not_a_regular_file"));
    cases.push(io_case(
        "a character device",
        PathBuf::from("/dev/null"),
        "not_a_regular_file",
    ));
    let long = dir.join("a".repeat(5000));
    cases.push(io_case("a 5,000-character name", long, "name_too_long"));
    let deep: PathBuf = std::iter::repeat_n("b".repeat(200), 25).collect();
    cases.push(io_case(
        "a 5,000-character path",
        dir.join(deep).join("wallet.db"),
        "name_too_long",
    ));
    cases
}

/// What a path is, to compare before and after: its bytes, or its kind.
fn snapshot(path: &Path) -> String {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_fifo() => "fifo".to_string(),
        Ok(m) if m.is_dir() => format!("dir with {} entries", entries(path)),
        Ok(m) if m.is_file() && !path.starts_with("/proc") => {
            let bytes = std::fs::read(path).expect("read");
            format!("{} bytes, {:x}", bytes.len(), fnv(&bytes))
        }
        Ok(_) => "other".to_string(),
        Err(e) => format!("{:?}", e.kind()),
    }
}

fn entries(dir: &Path) -> usize {
    std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0)
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

#[test]
fn damaged_and_foreign_files_answer_with_their_documented_code_quickly_and_unchanged() {
    let f = Fixture::new();
    let dir = f.env.root().join("cases");
    std::fs::create_dir(&dir).expect("cases dir");
    let commands = f.commands();
    let mut checked = 0;
    let mut reads_answered = 0;
    let mut writes_off_damage = 0;
    for case in cases(&f, &dir) {
        let before = snapshot(&case.path);
        // Never read a FIFO: only the random-damage copies are kept.
        let damaged_copy = case
            .reads_may_succeed
            .then(|| std::fs::read(&case.path).expect("read the copy"));
        for (args, envs) in &commands {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let envs: Vec<(&str, &OsStr)> = envs.iter().map(|(k, v)| (*k, v.as_os_str())).collect();
            let mut run = okpay(&f.env, &case.path, &args, &envs);
            checked += 1;
            let context = format!("case: {}", case.name);
            run.what = format!("[{context}] {}", run.what);
            let reading = matches!(
                args.as_slice(),
                ["balance" | "history" | "status" | "receipt", ..]
                    | ["source" | "merchant", "list"]
                    | ["sandbox", "clock", ..]
            );
            if case.reads_may_succeed && reading && run.code == 0 {
                run.json();
                reads_answered += 1;
                assert_eq!(
                    snapshot(&case.path),
                    before,
                    "{context}: {args:?} changed it"
                );
                continue;
            }
            if case.reads_may_succeed && !reading && args[0] != "verify" && run.code == 0 {
                let damaged = damaged_copy.as_deref().expect("a damaged copy");
                write_off_damage(&f, &case, damaged, &run);
                writes_off_damage += 1;
                continue;
            }
            let details = run.expect(case.exit, case.code);
            if let Some(cause) = case.cause {
                assert_eq!(details["cause"], cause, "{context}\n{}", run.show());
                assert!(details["path"].is_string(), "{context}\n{}", run.show());
            }
            if case.code == "integrity_error" {
                assert!(details["path"].is_string(), "{context}\n{}", run.show());
            }
            if args[0] == "verify" && case.code == "integrity_error" {
                let problems = details["problems"].as_array().cloned().unwrap_or_default();
                let kinds: Vec<&str> = problems.iter().filter_map(|p| p["kind"].as_str()).collect();
                assert!(
                    kinds.iter().any(|k| matches!(*k, "sqlite" | "damaged")),
                    "{context}: verify names no damage\n{}",
                    run.show()
                );
            }
            assert!(
                run.took < WITHIN,
                "{context}: took {:?}\n{}",
                run.took,
                run.show()
            );
            assert_eq!(
                snapshot(&case.path),
                before,
                "{context}: {args:?} changed it"
            );
        }
    }
    assert!(checked >= 14 * 19, "only {checked} runs");
    eprintln!("{checked} runs");
    eprintln!("{reads_answered} reads of damaged copies answered from sound pages");
    eprintln!("{writes_off_damage} writes succeeded beside damage off their path");
    // The pristine wallet still reads: the table is about the copies.
    let ok = okpay(&f.env, f.env.wallet(), &["verify"], &[]);
    assert_eq!(ok.code, 0, "{}", ok.show());
}

/// A write that succeeded on a copy with random damage: it must have left every damaged page
/// as it was, `verify` must still report the damage, and the copy is put back for the next run.
fn write_off_damage(f: &Fixture, case: &Case, damaged: &[u8], run: &Run) {
    let after = std::fs::read(&case.path).expect("read the copy");
    let size = page_size(damaged);
    for &page in &case.damaged_pages {
        let range = (page - 1) * size..page * size;
        assert!(
            after.get(range.clone()) == damaged.get(range),
            "{}: the write changed damaged page {page}",
            run.show()
        );
    }
    let verify = okpay(&f.env, &case.path, &["verify"], &[]);
    verify.expect(13, "integrity_error");
    std::fs::write(&case.path, damaged).expect("restore the damaged copy");
    // Putting the older copy back is a deliberate rollback: forget the anchor the write
    // advanced, as `verify --accept` would on a sound file.
    let anchors = f.env.root().join("home/.local/state/okpay/anchors");
    if anchors.exists() {
        std::fs::remove_file(&anchors).expect("forget the anchor");
    }
}

/// `id -u`.
fn uid() -> u32 {
    // SAFETY: getuid has no preconditions and cannot fail.
    unsafe { libc::getuid() }
}

/// A command that runs okpay as `nobody` when the tests run as root (permission bits do not
/// bind root), or as the current user otherwise. Fails, never skips, when root cannot drop.
fn unprivileged(args: &[&str], db: &Path) -> Command {
    let mut cmd = if uid() == 0 {
        let setpriv = ["/usr/bin/setpriv", "/bin/setpriv", "/usr/sbin/setpriv"]
            .into_iter()
            .find(|p| Path::new(p).exists())
            .unwrap_or_else(|| {
                panic!(
                    "the tests run as root and setpriv (util-linux) is missing: install it so \
                     this test can run okpay as an unprivileged user"
                )
            });
        let mut c = Command::new(setpriv);
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(okpay_bin());
        c
    } else {
        Command::new(okpay_bin())
    };
    cmd.env_clear()
        .env("HOME", "/nonexistent")
        .env("TZ", "UTC")
        .env("NO_COLOR", "1")
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("OKPAY_DB", db)
        .args(["--lang", "en", "--json"])
        .args(args);
    cmd
}

#[test]
fn a_wallet_in_a_read_only_directory_reads_and_refuses_writes_unchanged() {
    let f = Fixture::new();
    // A directory every user can reach (the harness's is private to its owner).
    let public = tempfile::Builder::new()
        .prefix("okpay-readonly-")
        .tempdir()
        .expect("temp dir");
    let chmod = |p: &Path, mode: u32| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).expect("chmod")
    };
    chmod(public.path(), 0o755);
    let dir = public.path().join("ro");
    std::fs::create_dir(&dir).expect("mkdir");
    let wallet = dir.join("wallet.db");
    std::fs::write(&wallet, f.bytes()).expect("copy the wallet");
    let root = uid() == 0;
    // As root the files belong to root and okpay runs as nobody: the file is readable by
    // others, the directory readable but not writable. Otherwise both are the user's own.
    chmod(&wallet, if root { 0o644 } else { 0o400 });
    chmod(&dir, if root { 0o555 } else { 0o500 });
    let before = std::fs::read(&wallet).expect("read");

    let status = run_command(unprivileged(&["status"], &wallet), "status".into());
    assert_eq!(status.code, 0, "{}", status.show());

    let balance = run_command(unprivileged(&["balance"], &wallet), "balance".into());
    assert_eq!(balance.code, 0, "{}", balance.show());
    assert_eq!(balance.json()["total"]["available"], "400.50");
    for args in [
        &["history"][..],
        &["verify"],
        &["merchant", "list"],
        &["source", "list"],
        &["sandbox", "clock", "show"],
    ] {
        let run = run_command(unprivileged(args, &wallet), format!("{args:?}"));
        assert_eq!(run.code, 0, "{}", run.show());
    }
    // A write is refused: io_error naming the file and the cause; nothing changes.
    let mut pay = unprivileged(&["pay", "1", "--merchant", "Shop", "--yes"], &wallet);
    pay.env("OKPAY_SESSION", &f.token);
    let run = run_command(pay, "pay in a read-only directory".into());
    let details = run.expect(14, "io_error");
    assert_eq!(details["cause"], "permission_denied", "{}", run.show());
    assert_eq!(details["path"], wallet.display().to_string());

    chmod(&dir, 0o755);
    assert!(
        std::fs::read(&wallet).expect("read") == before,
        "the wallet changed"
    );
    let names: Vec<_> = std::fs::read_dir(&dir)
        .expect("ls")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, vec![OsString::from("wallet.db")], "files appeared");
}

#[test]
fn a_full_disk_on_standard_output_is_an_error_not_success() {
    let f = Fixture::new();
    let full = Path::new("/dev/full");
    assert!(full.exists(), "/dev/full is needed for this test");
    for args in [
        &["balance"][..],
        &["--json", "balance"],
        &["history", "--format", "csv"],
        &["--json", "status"],
    ] {
        let mut cmd = f.env.cmd(args.iter().copied()).command();
        cmd.stdin(Stdio::null())
            .stdout(
                std::fs::OpenOptions::new()
                    .write(true)
                    .open(full)
                    .expect("/dev/full"),
            )
            .stderr(Stdio::piped());
        let out = cmd.output().expect("run okpay");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let code = out.status.code().unwrap_or(-1);
        assert_eq!(code, 14, "{args:?} > /dev/full: exit {code}\n{stderr}");
        assert!(stderr.contains("[io_error]"), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[test]
fn environment_variables_that_are_not_utf8_never_fail_as_internal() {
    let f = Fixture::new();
    let bad = OsStr::from_bytes(b"oks_\xff\xfe");
    let count = || f.env.sql_i64("SELECT count(*) FROM transactions");
    let before = count();
    // A session that cannot be read is a session that does not unlock: never the password.
    let run = okpay(
        &f.env,
        f.env.wallet(),
        &["pay", "1", "--merchant", "Shop", "--yes"],
        &[
            ("OKPAY_SESSION", bad),
            ("OKPAY_PASSWORD", OsStr::new(PASSWORD)),
        ],
    );
    run.expect(3, "session_expired");
    assert_eq!(count(), before, "a payment was recorded");
    let run = okpay(
        &f.env,
        f.env.wallet(),
        &["status"],
        &[("OKPAY_SESSION", bad)],
    );
    assert_eq!(run.code, 0, "{}", run.show());
    assert_eq!(run.json()["status"]["unlocked"], false);
    // A password that is not text is refused as input, not ignored.
    let run = okpay(
        &f.env,
        f.env.wallet(),
        &["pay", "1", "--merchant", "Shop", "--yes"],
        &[("OKPAY_PASSWORD", bad)],
    );
    run.expect(2, "invalid_input");
    assert_eq!(count(), before);
    // A wallet path is bytes: a name that is not UTF-8 is fine.
    let odd = f.env.root().join(OsStr::from_bytes(b"w\xff.db"));
    std::fs::write(&odd, f.bytes()).expect("copy");
    let run = okpay(&f.env, &odd, &["balance"], &[]);
    assert_eq!(run.code, 0, "{}", run.show());
    for var in [
        "OKPAY_LANG",
        "LANG",
        "LC_ALL",
        "OKPAY_OTP",
        "HOME",
        "NO_COLOR",
    ] {
        let run = okpay(&f.env, &odd, &["balance"], &[(var, bad)]);
        assert!(
            matches!(run.code, 0 | 2),
            "{var} not UTF-8:\n{}",
            run.show()
        );
        run.json();
    }
}

#[test]
fn init_where_no_wallet_can_be_made_is_io_error_naming_the_path() {
    let env = Env::new();
    let file = env.root().join("a-file");
    std::fs::write(&file, b"keep").expect("write");
    let long: PathBuf = std::iter::repeat_n("c".repeat(200), 25).collect();
    for (db, cause) in [
        (file.join("wallet.db"), "not_a_directory"),
        (env.root().join(long).join("wallet.db"), "name_too_long"),
        (env.root().join("d".repeat(300)), "name_too_long"),
    ] {
        let cmd = env
            .cmd(["--json", "init", "--password-stdin", "--db"])
            .arg(&db)
            .command();
        let what = format!("init at {}", db.display());
        let run = run_with_stdin(cmd, &format!("{PASSWORD}\n"), what);
        let details = run.expect(14, "io_error");
        assert_eq!(details["cause"], cause, "{}", run.show());
    }
    assert_eq!(std::fs::read(&file).expect("read"), b"keep");

    // A directory this user may not write in: as root, okpay runs as nobody.
    let public = tempfile::Builder::new()
        .prefix("okpay-locked-")
        .tempdir()
        .expect("temp dir");
    let chmod = |mode: u32| {
        std::fs::set_permissions(public.path(), std::fs::Permissions::from_mode(mode))
            .expect("chmod")
    };
    chmod(0o555);
    let wallet = public.path().join("wallet.db");
    let init = unprivileged(&["init", "--password-stdin"], &wallet);
    let run = run_with_stdin(init, &format!("{PASSWORD}\n"), "init, locked dir".into());
    let details = run.expect(14, "io_error");
    assert_eq!(details["cause"], "permission_denied", "{}", run.show());
    assert_eq!(
        details["path"],
        wallet.display().to_string(),
        "{}",
        run.show()
    );
    assert_eq!(entries(public.path()), 0, "files appeared");
    chmod(0o755);
}

#[test]
fn a_password_file_that_cannot_be_read_is_io_error_and_never_blocks() {
    let f = Fixture::new();
    let dir = f.env.root().join("pw");
    std::fs::create_dir(&dir).expect("mkdir");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    let fifo = dir.join("fifo");
    mkfifo(&fifo);
    for (path, exit, code, cause) in [
        (fifo.clone(), 14, "io_error", Some("not_a_regular_file")),
        (dir.clone(), 14, "io_error", Some("is_a_directory")),
        (
            PathBuf::from("/dev/zero"),
            14,
            "io_error",
            Some("not_a_regular_file"),
        ),
        (dir.join("missing"), 2, "invalid_input", None),
    ] {
        let cmd = f
            .env
            .cmd(["--json", "login", "--password-file"])
            .arg(&path)
            .command();
        let run = run_command(cmd, format!("login --password-file {}", path.display()));
        let details = run.expect(exit, code);
        assert!(run.took < WITHIN, "took {:?}\n{}", run.took, run.show());
        if let Some(cause) = cause {
            assert_eq!(details["cause"], cause, "{}", run.show());
            assert_eq!(
                details["path"],
                path.display().to_string(),
                "{}",
                run.show()
            );
        }
    }
    assert_eq!(f.env.sql_i64("SELECT failed_unlocks FROM wallet"), 0);
}
