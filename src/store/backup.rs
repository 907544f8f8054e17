//! Backup files, with SQLite's online backup API: a consistent copy of a live wallet while other
//! processes keep writing to it (WAL lets them), and the reverse, a verified copy written back
//! into the live file through its own connection, so SQLite's locking and WAL keep every other
//! process's view whole.
//!
//! A copy is always built at a hidden temporary name (0600, created with `O_EXCL`) and only then
//! linked into place, so a crash or a refusal never leaves a half-written file at the name the
//! user gave, nor a copy of the wallet under a name nobody asked for.

use std::fs::OpenOptions;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use super::{hex_nonce, remove_with_journals, Store, BUSY_TIMEOUT};
use crate::error::{Code, Error, Result};

/// How many times a copy step is retried while another connection holds a lock it needs.
const STEP_ATTEMPTS_MAX: u32 = 200;
/// The pause between two such attempts.
const STEP_PAUSE: Duration = Duration::from_millis(25);

/// A file that exists only until it is dropped (with any journal SQLite left beside it),
/// unless [`TempFile::keep`] moved it into place first.
#[derive(Debug)]
pub struct TempFile {
    path: PathBuf,
}

impl TempFile {
    /// A new, empty, 0600 file beside `target`, named `.<target name>.<purpose>-<random>`.
    pub fn beside(target: &Path, purpose: &str) -> Result<TempFile> {
        let parent = parent_of(target);
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let path = parent.join(format!(".{name}.{purpose}-{}", hex_nonce()));
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)?;
        Ok(TempFile { path })
    }

    /// Where the temporary file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Put the finished file at `target`: refusing an existing file (`already_exists`), or
    /// replacing it when `replace` is set. The file's data is synced before it gets its name.
    pub fn keep(self, target: &Path, replace: bool) -> Result<()> {
        std::fs::File::open(&self.path)?.sync_all()?;
        if replace {
            std::fs::rename(&self.path, target)?;
        } else {
            match std::fs::hard_link(&self.path, target) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    return Err(Error::new(Code::AlreadyExists, "err.backup.exists")
                        .arg_detail("path", target.display()));
                }
                Err(e) => return Err(e.into()),
            }
        }
        // The temporary name goes in Drop; the data lives on at `target`.
        if let Ok(dir) = std::fs::File::open(parent_of(target)) {
            let _ = dir.sync_all();
        }
        Ok(())
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        remove_with_journals(&self.path);
    }
}

/// The directory holding `path` (`.` for a bare file name).
pub fn parent_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Open a file for writing a copy into, with the settings the copy's clean-up needs.
fn open_copy(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Deleted rows (sessions) are overwritten with zeros, not merely unlinked.
    conn.pragma_update(None, "secure_delete", "ON")?;
    Ok(conn)
}

/// Copy every page of `from` into `to` in one step, so the copy is one consistent snapshot
/// (one read transaction on the source); retried while a lock is busy.
fn copy_all(from: &Connection, to: &mut Connection) -> Result<()> {
    let backup = Backup::new(from, to)?;
    for _ in 0..STEP_ATTEMPTS_MAX {
        match backup.step(-1)? {
            StepResult::Done => return Ok(()),
            _ => {
                std::thread::sleep(STEP_PAUSE);
            }
        }
    }
    Err(Error::new(Code::Internal, "err.busy"))
}

impl Store {
    /// Write a consistent copy of this wallet into `temp` and let `finish` change the copy
    /// (leave sessions out, note the backup's time) before it is closed; the copy is then
    /// vacuumed, so no byte of a deleted row lingers in the file, and kept in WAL mode like
    /// every wallet.
    pub fn copy_into(
        &self,
        temp: &TempFile,
        finish: impl FnOnce(&Connection) -> Result<()>,
    ) -> Result<()> {
        let mut copy = open_copy(temp.path())?;
        copy_all(&self.conn, &mut copy)?;
        copy.pragma_update(None, "journal_mode", "DELETE")?;
        let tx = copy.transaction()?;
        finish(&tx)?;
        tx.commit()?;
        copy.execute_batch("VACUUM")?;
        super::set_wal(&copy)?;
        copy.close().map_err(|(_, e)| Error::from(e))?;
        Ok(())
    }

    /// Replace this wallet's whole contents with the wallet at `source`, through this
    /// connection (SQLite's backup API in reverse): other processes see the old wallet or the
    /// new one, never a mixture.
    pub fn replace_with(&mut self, source: &Path) -> Result<()> {
        self.configure()?;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let from = Connection::open_with_flags(source, flags)?;
        from.busy_timeout(BUSY_TIMEOUT)?;
        copy_all(&from, &mut self.conn)
    }
}

/// Copy the wallet file at `source` (and the `-wal` beside it, if any) into `temp`, byte for
/// byte, so what is checked and what is restored are the same bytes whatever happens to
/// `source` meanwhile, and nothing is created or changed beside `source` (SQLite would leave
/// `-wal` and `-shm` files next to a backup it only read). The copy is not trusted yet: open it
/// with [`Store::open`] and verify it.
pub fn copy_file(source: &Path, temp: &TempFile) -> Result<()> {
    super::check_header(source)?;
    copy_bytes(source, temp.path())?;
    let wal = sibling(source, "-wal");
    if wal.is_file() {
        let target = sibling(temp.path(), "-wal");
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&target)?;
        copy_bytes(&wal, &target)?;
    }
    Ok(())
}

/// Copy `from`'s bytes into the existing file `to`, keeping `to`'s permissions.
fn copy_bytes(from: &Path, to: &Path) -> Result<()> {
    let mut reader = std::fs::File::open(from)?;
    let mut writer = OpenOptions::new().write(true).truncate(true).open(to)?;
    std::io::copy(&mut reader, &mut writer)?;
    writer.sync_all()?;
    Ok(())
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// A backup SQLite cannot read as a database.
pub fn damaged(path: &Path, cause: impl std::fmt::Display) -> Error {
    Error::new(Code::IntegrityError, "err.restore.damaged")
        .arg_detail("path", path.display())
        .detail("cause", cause.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wallet(dir: &Path) -> Store {
        let path = dir.join("w.db");
        Store::create(&path, |conn| {
            conn.execute_batch(
                "INSERT INTO sessions (id_hash, created_at_ms, expires_at_ms, wrapped_key)
                 VALUES (x'5e55105e55105e55', 0, 1, x'c0ffeec0ffeec0ffee');",
            )?;
            Ok(())
        })
        .unwrap()
    }

    #[test]
    fn a_copy_is_private_complete_and_leaves_out_what_finish_deletes() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let store = wallet(dir.path());
        let target = dir.path().join("copy.db");
        let temp = TempFile::beside(&target, "backup").unwrap();
        store
            .copy_into(&temp, |conn| {
                conn.execute("DELETE FROM sessions", [])?;
                Ok(())
            })
            .unwrap();
        temp.keep(&target, false).unwrap();
        let mode = std::fs::metadata(&target).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let bytes = std::fs::read(&target).unwrap();
        let needle = [0xc0, 0xff, 0xee, 0xc0, 0xff, 0xee];
        assert!(!bytes.windows(needle.len()).any(|w| w == needle));
        let copy = Store::open(&target).unwrap();
        let n: i64 = copy
            .conn()
            .query_row("SELECT COUNT(*) FROM sessions", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
        // Only the target is left: no temporary file.
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.'))
            .collect();
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn keep_refuses_an_existing_file_unless_replacing() {
        let dir = tempfile::tempdir().unwrap();
        let store = wallet(dir.path());
        let target = dir.path().join("copy.db");
        std::fs::write(&target, b"keep me").unwrap();
        let temp = TempFile::beside(&target, "backup").unwrap();
        store.copy_into(&temp, |_| Ok(())).unwrap();
        let err = temp.keep(&target, false).unwrap_err();
        assert_eq!(err.code, Code::AlreadyExists);
        assert_eq!(std::fs::read(&target).unwrap(), b"keep me");
        let temp = TempFile::beside(&target, "backup").unwrap();
        store.copy_into(&temp, |_| Ok(())).unwrap();
        temp.keep(&target, true).unwrap();
        assert!(Store::open(&target).is_ok());
    }

    #[test]
    fn replace_with_brings_the_copy_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = wallet(dir.path());
        let temp = TempFile::beside(&dir.path().join("copy.db"), "backup").unwrap();
        store.copy_into(&temp, |_| Ok(())).unwrap();
        store
            .write(|conn| {
                conn.execute("DELETE FROM sessions", [])?;
                Ok(())
            })
            .unwrap();
        store.replace_with(temp.path()).unwrap();
        let n: i64 = store
            .conn()
            .query_row("SELECT COUNT(*) FROM sessions", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1);
        let mode: String = store
            .conn()
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }
}
