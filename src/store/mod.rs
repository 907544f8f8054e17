//! SQLite: opening and creating wallet files, the schema's migrations, and every query.
//!
//! Opening refuses anything that is not an okpay wallet (an empty file, random bytes, another
//! application's database, a wallet from a newer okpay) before SQLite may write to it, so the
//! file stays byte-for-byte as it was; only a regular file is opened at all (see `files`).
//! Commands that write nothing open the wallet read-only ([`Store::open_read_only`]), so a
//! read-only file or directory still reads. Writes go through [`Store::write`]: one
//! `BEGIN IMMEDIATE` transaction, retried while another process holds the lock.

pub mod anchor;
pub mod backup;
pub mod batch;
pub mod files;
pub mod fx;
pub mod ids;
pub mod ledger;
pub mod limits;
pub mod merchants;
pub mod risk;
pub mod scan;
pub mod security;
pub mod sessions;
pub mod sources;
pub mod support;
pub mod totp;
pub mod transfers;
pub mod wallet_row;

mod cached;
pub use cached::Cached;

use std::fs::{DirBuilder, OpenOptions};
use std::io::Read;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior};

use crate::error::{Code, Error, IoCause, Result};

/// Prepared statements kept per connection: a payment runs about fifty distinct ones, several
/// more than once, and preparing is most of what a short command costs.
const STATEMENT_CACHE: usize = 96;
use files::not_a_wallet;

/// `PRAGMA application_id` of okpay wallets: "okpy".
pub const APPLICATION_ID: i32 = 0x6F6B_7079;

/// The migrations, in order; the schema version is their count. Append only.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_funding.sql"),
    include_str!("migrations/0003_payments.sql"),
    include_str!("migrations/0004_seals.sql"),
    include_str!("migrations/0005_limits.sql"),
    include_str!("migrations/0006_security.sql"),
    include_str!("migrations/0007_requests.sql"),
    include_str!("migrations/0008_risk.sql"),
    include_str!("migrations/0009_support.sql"),
    include_str!("migrations/0010_fx.sql"),
    include_str!("migrations/0013_limit_usage.sql"),
    include_str!("migrations/0014_hot_path.sql"),
    include_str!("migrations/0015_transfer.sql"),
    include_str!("migrations/0016_checks_without_in.sql"),
];

/// How long one statement waits for another process's lock before SQLite reports busy.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
/// How many times a write transaction is retried when the lock stays busy.
const WRITE_ATTEMPTS_MAX: u32 = 4;

/// The schema version this build writes.
pub fn schema_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// Process-wide SQLite settings, for the binary's `main` before anything else touches SQLite:
/// no memory statistics (okpay never reads them, and keeping them takes a global mutex on every
/// allocation: 840,000 of a payment's 7.5 million instructions).
pub fn configure_process() {
    // SAFETY: `sqlite3_config` must run before `sqlite3_initialize` and while no other thread
    // uses SQLite; `main` calls this first, single-threaded. Called too late it only returns
    // SQLITE_MISUSE and changes nothing, which is harmless, so the result is not checked.
    unsafe {
        rusqlite::ffi::sqlite3_config(rusqlite::ffi::SQLITE_CONFIG_MEMSTATUS, 0);
    }
}

/// An open wallet database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Whether the per-connection write settings were applied: at a read-write open, before
    /// any statement is prepared (reading commands open read-only and skip them).
    configured: bool,
    /// Whether this process probed every b-tree ([`touch_btrees`]); done before its first
    /// commit, so damage found by a later step cannot follow an earlier commit.
    touched: bool,
    /// The next write is the command's last database operation ([`Store::next_write_is_last`]).
    last_write: bool,
    /// Writes committed by this process.
    commits: u32,
}

impl Store {
    /// Open an existing wallet for reading and writing, refusing anything that is not one
    /// without changing it.
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_read_write(path).map_err(|e| files::explain(path, e))
    }

    fn open_read_write(path: &Path) -> Result<Store> {
        check_header(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        tune(&conn)?;
        // The application id was read from the header above; it never changes.
        let version = read_version(&conn)?;
        check_version(path, version)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            configured: false,
            touched: false,
            last_write: false,
            commits: 0,
        };
        if version < schema_version() {
            store.migrate(version)?;
        }
        // Before any statement is prepared: `PRAGMA foreign_keys` expires every prepared
        // statement, and a payment used to prepare two of them twice (315,000 instructions).
        store.configure()?;
        check_tables(&store.conn)?;
        Ok(store)
    }

    /// Open an existing wallet for a command that writes nothing: SQLite may not write to the
    /// file, so a wallet in a read-only directory, a 0400 file or a damaged file reads without
    /// being changed. A wallet that still needs a migration is opened for writing once.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        Self::open_reading(path).map_err(|e| files::explain(path, e))
    }

    fn open_reading(path: &Path) -> Result<Store> {
        check_header(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let attempt = Connection::open_with_flags(path, flags)
            .map_err(Error::from)
            .and_then(|conn| {
                tune(&conn)?;
                let version = read_version(&conn)?;
                Ok((conn, version))
            });
        let (conn, version) = match attempt {
            Ok(opened) => opened,
            // A WAL wallet is read through its `-shm` index, which this user may be unable to
            // create (a read-only directory). With nothing in the log, the file alone is the
            // whole wallet: read it as immutable.
            Err(e) if e.code == Code::IoError && files::wal_is_empty(path) => {
                let uri = files::immutable_uri(path);
                let conn = Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)?;
                let version = read_version(&conn)?;
                (conn, version)
            }
            Err(e) => return Err(e),
        };
        check_version(path, version)?;
        if version < schema_version() {
            drop(conn);
            return Self::open_read_write(path);
        }
        check_tables(&conn)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            configured: false,
            touched: false,
            last_write: false,
            commits: 0,
        })
    }

    /// Create a new wallet file (0600, parents 0700) with the current schema, and let `fill`
    /// write its first rows in the same transaction. Refuses an existing file, unchanged.
    ///
    /// The wallet is built in a hidden file beside `path` and linked into place only when it is
    /// complete, so a crash during `init` never leaves a half-made wallet at `path`, and two
    /// processes creating the same wallet cannot both succeed.
    pub fn create(path: &Path, fill: impl FnOnce(&Connection) -> Result<()>) -> Result<Store> {
        let exists = || {
            Error::new(Code::AlreadyExists, "err.wallet.exists").arg_detail("path", path.display())
        };
        if path.exists() {
            return Err(exists());
        }
        let parent = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(parent)
            .map_err(|e| match e.kind() {
                // A component of the path exists and is not a directory.
                std::io::ErrorKind::AlreadyExists => {
                    Error::io(parent.display(), IoCause::NotADirectory)
                }
                _ => Error::io_at(parent, &e),
            })?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let nonce = hex_nonce();
        let temp = parent.join(format!(".{name}.init-{nonce}"));
        let result =
            Self::build(&temp, fill).and_then(|()| match std::fs::hard_link(&temp, path) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(exists()),
                Err(e) => Err(Error::io_at(path, &e)),
            });
        // The temporary name goes either way; on success the wallet lives on at `path`.
        remove_with_journals(&temp);
        result.map_err(|e| files::explain(path, files::renamed(e, &temp, path)))?;
        if let Ok(dir) = std::fs::File::open(parent) {
            let _ = dir.sync_all();
        }
        Store::open(path)
    }

    /// Write a complete wallet at `temp`, then close it (checkpointing the WAL into the file).
    fn build(temp: &Path, fill: impl FnOnce(&Connection) -> Result<()>) -> Result<()> {
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(temp)
            .map_err(|e| Error::io_at(temp, &e))?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(temp, flags)?;
        tune(&conn)?;
        apply_pragmas(&conn)?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Exclusive)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        for sql in MIGRATIONS {
            tx.execute_batch(sql)?;
        }
        tx.pragma_update(None, "user_version", schema_version())?;
        fill(&tx)?;
        tx.commit()?;
        set_wal(&conn)?;
        conn.close().map_err(|(_, e)| Error::from(e))?;
        Ok(())
    }

    fn migrate(&mut self, from_version: i64) -> Result<()> {
        self.configure()?;
        // A migration may rebuild a table others refer to (SQLite's twelve-step ALTER): foreign
        // keys are off while it runs (the pragma is a no-op inside a transaction, so it is set
        // around it) and checked as a whole before the commit.
        self.conn.pragma_update(None, "foreign_keys", "OFF")?;
        let result = self.migrate_in_transaction(from_version);
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        result
    }

    fn migrate_in_transaction(&mut self, from_version: i64) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current = read_version(&tx)?;
        if current == from_version {
            let start = usize::try_from(from_version).map_err(Error::internal)?;
            for sql in &MIGRATIONS[start..] {
                tx.execute_batch(sql)?;
            }
            let dangling: Option<String> = tx
                .query_row("PRAGMA foreign_key_check", [], |r| r.get(0))
                .optional()?;
            if let Some(table) = dangling {
                return Err(Error::internal(format!(
                    "migration left a dangling reference in {table}"
                )));
            }
            tx.pragma_update(None, "user_version", schema_version())?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The file this store reads.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The connection, for reads.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Run `work` in one `BEGIN IMMEDIATE` transaction and commit it durably; retried from the
    /// start while another process holds the write lock.
    pub fn write<T>(&mut self, mut work: impl FnMut(&Connection) -> Result<T>) -> Result<T> {
        let mut attempt = 1;
        loop {
            match self.write_once(&mut work) {
                Err(e) if e.key == "err.busy" && attempt < WRITE_ATTEMPTS_MAX => {
                    attempt += 1;
                    std::thread::sleep(Duration::from_millis(25 * u64::from(attempt)));
                }
                other => return other,
            }
        }
    }

    fn configure(&mut self) -> Result<()> {
        if !self.configured {
            apply_pragmas(&self.conn)?;
            self.configured = true;
        }
        Ok(())
    }

    fn write_once<T>(&mut self, work: &mut impl FnMut(&Connection) -> Result<T>) -> Result<T> {
        self.configure()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Damage near the root of any b-tree refuses the first write, before anything is
        // committed, unless that write is also the command's last: then whatever it finds
        // rolls it back whole, and there is nothing after it to fail.
        let only_write = self.last_write && self.commits == 0;
        if !self.touched && !only_write {
            touch_btrees(&tx)?;
            self.touched = true;
        }
        // The declaration covers one write, whatever its outcome.
        self.last_write = false;
        let value = work(&tx)?;
        tx.commit()?;
        self.commits += 1;
        Ok(value)
    }

    /// Declare that the next write is the last thing this command does with the database (a
    /// payment, a top-up or a refund recorded, then only printed), so that write may skip the
    /// probe of every b-tree when it is also the first: a failure inside it rolls back whole.
    pub fn next_write_is_last(&mut self) {
        self.last_write = true;
    }

    /// `PRAGMA integrity_check`: the problems SQLite reports, empty when the file is sound.
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        self.file_check(true)
    }

    /// SQLite's check of the file: `PRAGMA integrity_check` when `deep`, else
    /// `PRAGMA quick_check` (every page and b-tree, without matching each index entry to its
    /// row: linear instead of N log N, half the time on a large wallet). The problems SQLite
    /// reports, empty when the file is sound.
    pub fn file_check(&self, deep: bool) -> Result<Vec<String>> {
        let pragma = if deep {
            "PRAGMA integrity_check"
        } else {
            "PRAGMA quick_check"
        };
        let mut stmt = self.conn.prepare(pragma)?;
        let rows = stmt.query_map([], |row| row.get::<_, String>(0))?;
        let mut problems = Vec::new();
        for row in rows {
            let line = row?;
            if line != "ok" {
                problems.push(line);
            }
        }
        Ok(problems)
    }
}

/// Remove a file and any journal SQLite left beside it.
fn remove_with_journals(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

/// A random suffix for temporary names.
fn hex_nonce() -> String {
    format!("{:016x}", rand::random::<u64>())
}

/// Read the SQLite header ourselves: SQLite must not touch a file that is not ours, and only a
/// regular file is opened at all.
fn check_header(path: &Path) -> Result<()> {
    let mut file = files::open_regular(path)?;
    let mut header = [0u8; 100];
    let mut filled = 0;
    while filled < header.len() {
        let n = file
            .read(&mut header[filled..])
            .map_err(|e| Error::io_at(path, &e))?;
        if n == 0 {
            return Err(not_a_wallet(path));
        }
        filled += n;
    }
    if &header[..16] != b"SQLite format 3\0" {
        return Err(not_a_wallet(path));
    }
    let app_id = i32::from_be_bytes([header[68], header[69], header[70], header[71]]);
    if app_id != APPLICATION_ID {
        return Err(not_a_wallet(path));
    }
    Ok(())
}

fn check_version(path: &Path, version: i64) -> Result<()> {
    if version > schema_version() {
        return Err(Error::new(Code::InvalidState, "err.wallet.newer_schema")
            .arg("path", path.display())
            .arg("version", version)
            .arg("supported", schema_version()));
    }
    Ok(())
}

/// The tables the migrations leave (a unit test keeps this in step with their `CREATE TABLE`
/// and `DROP TABLE` lines; reading the migrations at every start cost a fifth of a payment).
const TABLES: &[&str] = &[
    "wallet",
    "accounts",
    "transactions",
    "postings",
    "links",
    "seals",
    "chain",
    "balances",
    "tx_status",
    "idempotency",
    "sessions",
    "security_events",
    "sources",
    "rails_down",
    "merchants",
    "totp",
    "recovery_codes",
    "limits",
    "risk_rules",
    "risk_fired",
    "support_contact",
    "maintenance_window",
    "tickets",
    "ticket_messages",
    "ticket_attachments",
    "fx_rates",
    "fx_settings",
    "limit_usage",
    "payees",
];

/// Every table the migrations create must be there: a wallet whose header is okpay's but which
/// lacks one is damaged, whichever command opens it (one read of the schema table).
fn check_tables(conn: &Connection) -> Result<()> {
    let mut stmt = conn.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")?;
    let present = stmt
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    if let Some(table) = TABLES.iter().find(|t| !present.iter().any(|p| p == *t)) {
        return Err(Error::new(Code::IntegrityError, "err.file.missing_table")
            .arg_detail("table", table)
            .detail("sqlite", format!("no such table: {table}")));
    }
    Ok(())
}

/// Before a command may write, read the first entry of every table and index: the root and
/// leftmost pages of each b-tree, a few dozen pages in one statement whatever the wallet's size.
/// Damage there is `integrity_error` before anything is written; damage deeper inside a large
/// table is found by SQLite when a command reaches it (a write then rolls back) and by `verify`.
fn touch_btrees(conn: &Connection) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE type IN ('table', 'index')",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let quote = |name: &str| format!("\"{}\"", name.replace('"', "\"\""));
    let probes: Vec<String> = rows
        .iter()
        .map(|(kind, name, table, sql)| {
            if kind == "table" {
                return format!("(SELECT 1 FROM {} LIMIT 1)", quote(name));
            }
            // A partial index serves only queries that imply its condition.
            let condition = sql
                .as_deref()
                .and_then(|s| s.find(" WHERE ").map(|at| s[at..].to_string()))
                .unwrap_or_default();
            format!(
                "(SELECT 1 FROM {} INDEXED BY {}{condition} LIMIT 1)",
                quote(table),
                quote(name)
            )
        })
        .collect();
    if probes.is_empty() {
        return Ok(());
    }
    let sql = format!("SELECT {}", probes.join(", "));
    let outcome = conn
        .prepare(&sql)
        .and_then(|mut stmt| stmt.query_row([], |_| Ok(())));
    match outcome.map_err(Error::from) {
        Err(e) if e.code == Code::IntegrityError => Err(e),
        // Only damage counts here; a probe SQLite cannot plan is no finding.
        _ => Ok(()),
    }
}

fn read_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

/// The per-connection settings writes need. WAL mode is a property of the file, set once at
/// creation.
/// Per-connection settings for every open: how long to wait for another writer and how many
/// prepared statements to keep. (Pages are read with `pread`, not through a memory map: a map
/// makes every page a full scan touches count as resident, which tripled `history --all`'s
/// peak memory on a 100,000-transaction wallet for no measurable gain on a payment.)
fn tune(conn: &Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    Ok(())
}

fn apply_pragmas(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // SQLite checkpoints when the last connection closes. Keeping the WAL instead (no
    // checkpoint on close) was measured and rejected: the next process must then rebuild the
    // WAL index by reading every frame (800 reads for `okpay balance`), which costs more than the
    // two fsyncs saved.
    Ok(())
}

fn set_wal(conn: &Connection) -> Result<()> {
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    if mode.eq_ignore_ascii_case("wal") {
        Ok(())
    } else {
        Err(Error::internal(format!("journal_mode is {mode}, not wal")))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Inserting a transaction builds no temporary b-tree (an `IN` list in a CHECK builds one
    /// per insert), and the constraints written without lists still refuse what they refused.
    #[test]
    fn a_transaction_insert_checks_its_constraints_without_temporary_tables() {
        let conn = memory();
        let sql = "INSERT INTO transactions (id, kind, status, amount_minor, currency,
                       created_at_ms) VALUES (?1, ?2, ?3, 1, 'CNY', 0)";
        let mut stmt = conn.prepare(&format!("EXPLAIN {sql}")).unwrap();
        let opcodes: Vec<String> = stmt
            .query_map(["", "", ""], |r| r.get::<_, String>(1))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert!(opcodes.iter().any(|o| o == "Insert"), "{opcodes:?}");
        assert!(!opcodes.iter().any(|o| o == "OpenEphemeral"), "{opcodes:?}");
        let insert =
            |id: &str, kind: &str, status: &str| conn.execute(sql, [id, kind, status]).map(|_| ());
        for (n, kind) in [
            "topup",
            "payment",
            "refund",
            "conversion",
            "settlement",
            "transfer",
        ]
        .iter()
        .enumerate()
        {
            for (m, status) in ["pending", "succeeded", "failed", "declined"]
                .iter()
                .enumerate()
            {
                insert(&format!("tx_{n}{m}"), kind, status).unwrap();
            }
        }
        for (kind, status) in [
            ("Payment", "succeeded"),
            ("payment ", "succeeded"),
            ("exchange", "succeeded"),
            ("payment", "refunded"),
            ("payment", ""),
        ] {
            let err = insert("tx_bad", kind, status).unwrap_err();
            assert!(err.to_string().contains("CHECK constraint failed"), "{err}");
        }
    }

    /// The indexes a payment pays for (one page each per write) and the queries lean on
    /// (`INDEXED BY`): a migration that rebuilds `transactions` must make exactly these again.
    #[test]
    fn the_ledger_tables_have_exactly_their_indexes() {
        let conn = memory();
        let names = |table: &str| -> Vec<String> {
            let mut stmt = conn
                .prepare(
                    "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?1
                     AND sql IS NOT NULL ORDER BY name",
                )
                .unwrap();
            let rows = stmt.query_map([table], |r| r.get::<_, String>(0)).unwrap();
            rows.map(Result::unwrap).collect()
        };
        assert_eq!(
            names("transactions"),
            [
                "transactions_created",
                "transactions_declines",
                "transactions_idempotency",
                "transactions_kind",
                "transactions_merchant",
                "transactions_order",
                "transactions_refunds",
                "transactions_source",
                "transactions_topups",
            ]
        );
        assert_eq!(names("tx_status"), ["tx_status_pending"]);
        assert_eq!(names("postings"), ["postings_account"]);
    }

    /// The tables the migrations leave, read from their `CREATE TABLE` and `DROP TABLE` lines.
    pub(crate) fn expected_tables() -> Vec<String> {
        let mut tables: Vec<String> = Vec::new();
        for sql in MIGRATIONS {
            for line in sql.lines() {
                let words: Vec<String> = line
                    .split_whitespace()
                    .map(|w| w.trim_end_matches(['(', ';']).to_ascii_lowercase())
                    .collect();
                let name = |at: usize| {
                    words
                        .iter()
                        .skip(at)
                        .find(|w| !matches!(w.as_str(), "if" | "not" | "exists"))
                        .map(|n| n.trim_matches(['"', '`', '[', ']']).to_string())
                };
                match (
                    words.first().map(String::as_str),
                    words.get(1).map(String::as_str),
                ) {
                    (Some("create"), Some("table")) => tables.extend(name(2)),
                    (Some("drop"), Some("table")) => {
                        if let Some(gone) = name(2) {
                            tables.retain(|t| *t != gone);
                        }
                    }
                    // `ALTER TABLE new RENAME TO old`: a rebuilt table takes its old place.
                    (Some("alter"), Some("table"))
                        if words.get(3).map(String::as_str) == Some("rename") =>
                    {
                        if let (Some(from), Some(to)) = (name(2), words.get(5)) {
                            tables.retain(|t| *t != from);
                            if !tables.contains(to) {
                                tables.push(to.clone());
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        tables
    }

    #[test]
    fn the_table_list_follows_the_migrations() {
        // A rebuilt table (0015) comes back at the end: the order carries no meaning.
        let mut expected = expected_tables();
        expected.sort();
        let mut listed: Vec<String> = TABLES.iter().map(|t| t.to_string()).collect();
        listed.sort();
        assert_eq!(expected, listed);
    }

    #[test]
    fn the_expected_tables_are_read_from_the_migrations() {
        let tables = expected_tables();
        for name in [
            "wallet",
            "transactions",
            "postings",
            "sessions",
            "sources",
            "merchants",
        ] {
            assert!(tables.iter().any(|t| t == name), "{name} in {tables:?}");
        }
        let conn = memory();
        check_tables(&conn).unwrap();
        conn.execute_batch("DROP TABLE merchants").unwrap();
        let err = check_tables(&conn).err().unwrap();
        assert_eq!(err.code, Code::IntegrityError);
        assert_eq!(err.details["table"], "merchants");
    }

    /// A fresh schema in memory, for unit tests of the layers above.
    pub(crate) fn memory() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        for sql in MIGRATIONS {
            conn.execute_batch(sql).unwrap();
        }
        conn
    }

    /// [`memory`]'s schema in a file marked as a wallet (for code that opens a second
    /// connection to it).
    pub(crate) fn file(path: &Path) -> Connection {
        let conn = Connection::open(path).unwrap();
        for sql in MIGRATIONS {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        conn.pragma_update(None, "user_version", schema_version())
            .unwrap();
        conn
    }

    #[test]
    fn files_that_are_not_wallets_are_refused_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("empty", vec![]),
            (
                "random",
                (0..4096u32)
                    .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
                    .collect(),
            ),
            ("text", b"hello, world\n".repeat(20)),
        ];
        for (name, bytes) in cases {
            let path = dir.path().join(name);
            std::fs::write(&path, &bytes).unwrap();
            let err = Store::open(&path).err().unwrap();
            assert_eq!(err.code, Code::InvalidInput, "{name}");
            assert_eq!(std::fs::read(&path).unwrap(), bytes, "{name} changed");
        }
        let other = dir.path().join("other.db");
        Connection::open(&other)
            .unwrap()
            .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
        let before = std::fs::read(&other).unwrap();
        assert_eq!(Store::open(&other).err().unwrap().code, Code::InvalidInput);
        assert_eq!(std::fs::read(&other).unwrap(), before);
    }

    #[test]
    fn a_missing_file_is_not_found() {
        let dir = tempfile::tempdir().unwrap();
        let err = Store::open(&dir.path().join("nope.db")).err().unwrap();
        assert_eq!(err.code, Code::NotFound);
    }

    #[test]
    fn create_refuses_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.db");
        std::fs::write(&path, b"keep me").unwrap();
        let err = Store::create(&path, |_| Ok(())).err().unwrap();
        assert_eq!(err.code, Code::AlreadyExists);
        assert_eq!(std::fs::read(&path).unwrap(), b"keep me");
    }

    #[test]
    fn created_files_are_private_and_reopen() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/w.db");
        drop(Store::create(&path, |_| Ok(())).unwrap());
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let dir_mode = std::fs::metadata(path.parent().unwrap())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(dir_mode & 0o777, 0o700);
        assert!(Store::open(&path).is_ok());
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.db");
        drop(Store::create(&path, |_| Ok(())).unwrap());
        Connection::open(&path)
            .unwrap()
            .pragma_update(None, "user_version", 99)
            .unwrap();
        let err = Store::open(&path).err().unwrap();
        assert_eq!(err.code, Code::InvalidState);
    }

    #[test]
    fn the_ledger_is_append_only() {
        let conn = memory();
        conn.execute_batch(
            "INSERT INTO transactions (seq, id, kind, status, amount_minor, currency, created_at_ms)
             VALUES (1, 'tx_1', 'topup', 'succeeded', 100, 'CNY', 0);",
        )
        .unwrap();
        assert!(conn
            .execute("UPDATE transactions SET amount_minor = 5", [])
            .is_err());
        assert!(conn.execute("DELETE FROM transactions", []).is_err());
    }
}
