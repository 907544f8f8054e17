//! SQLite: opening and creating wallet files, the schema's migrations, and every query.
//!
//! Opening refuses anything that is not an okpay wallet (an empty file, random bytes, another
//! application's database, a wallet from a newer okpay) before SQLite may write to it, so the
//! file stays byte-for-byte as it was. Writes go through [`Store::write`]: one `BEGIN IMMEDIATE`
//! transaction, retried while another process holds the lock.

pub mod anchor;
pub mod backup;
pub mod ledger;
pub mod limits;
pub mod merchants;
pub mod sessions;
pub mod sources;
pub mod wallet_row;

use std::fs::{DirBuilder, OpenOptions};
use std::io::Read;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::error::{Code, Error, Result};

/// `PRAGMA application_id` of okpay wallets: "okpy".
pub const APPLICATION_ID: i32 = 0x6F6B_7079;

/// The migrations, in order; the schema version is their count. Append only.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_funding.sql"),
    include_str!("migrations/0003_payments.sql"),
    include_str!("migrations/0004_seals.sql"),
    include_str!("migrations/0005_limits.sql"),
];

/// How long one statement waits for another process's lock before SQLite reports busy.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
/// How many times a write transaction is retried when the lock stays busy.
const WRITE_ATTEMPTS_MAX: u32 = 4;

/// The schema version this build writes.
pub fn schema_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// An open wallet database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Whether the per-connection write settings were applied (before the first write only:
    /// reading commands skip them).
    configured: bool,
}

impl Store {
    /// Open an existing wallet, refusing anything that is not one without changing it.
    pub fn open(path: &Path) -> Result<Store> {
        check_header(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // The application id was read from the header above; it never changes.
        let version = read_version(&conn)?;
        if version > schema_version() {
            return Err(Error::new(Code::InvalidState, "err.wallet.newer_schema")
                .arg("path", path.display())
                .arg("version", version)
                .arg("supported", schema_version()));
        }
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            configured: false,
        };
        if version < schema_version() {
            store.migrate(version)?;
        }
        Ok(store)
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
            .create(parent)?;
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
                Err(e) => Err(e.into()),
            });
        // The temporary name goes either way; on success the wallet lives on at `path`.
        remove_with_journals(&temp);
        result?;
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
            .open(temp)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(temp, flags)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
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
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current = read_version(&tx)?;
        if current == from_version {
            let start = usize::try_from(from_version).map_err(Error::internal)?;
            for sql in &MIGRATIONS[start..] {
                tx.execute_batch(sql)?;
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
        let value = work(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// `PRAGMA integrity_check`: the problems SQLite reports, empty when the file is sound.
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
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

fn not_a_wallet(path: &Path) -> Error {
    Error::invalid("err.not_a_wallet").arg_detail("path", path.display())
}

/// Read the SQLite header ourselves: SQLite must not touch a file that is not ours.
fn check_header(path: &Path) -> Result<()> {
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(
                Error::new(Code::NotFound, "err.wallet.missing").arg_detail("path", path.display())
            );
        }
        Err(e) => return Err(e.into()),
    };
    if file.metadata()?.is_dir() {
        return Err(not_a_wallet(path));
    }
    let mut header = [0u8; 100];
    let mut filled = 0;
    while filled < header.len() {
        let n = file.read(&mut header[filled..])?;
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

fn read_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

/// The per-connection settings writes need. WAL mode is a property of the file, set once at
/// creation.
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

    /// A fresh schema in memory, for unit tests of the layers above.
    pub(crate) fn memory() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        for sql in MIGRATIONS {
            conn.execute_batch(sql).unwrap();
        }
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
