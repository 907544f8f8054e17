//! What the file system says about a wallet path, before and after SQLite has it: only a
//! regular file is opened (a FIFO would block `open` forever, a device is no wallet), a refused
//! write is told apart as permission, read-only file system or read-only open, and a wallet that
//! cannot have its WAL index beside it is read as an immutable file.

use std::ffi::CString;
use std::fs::{File, OpenOptions};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use crate::error::{Code, Error, IoCause, Result};

/// Open `path` for reading if, and only if, it is a regular file. A directory is not a wallet
/// (`invalid_input`, as for any other file that is not one); a FIFO, socket or device is
/// `io_error` with cause `not_a_regular_file`; a missing file is `not_found`.
pub fn open_regular(path: &Path) -> Result<File> {
    open_regular_file(path).map_err(|refusal| match refusal {
        Refusal::Missing => {
            Error::new(Code::NotFound, "err.wallet.missing").arg_detail("path", path.display())
        }
        Refusal::Directory => not_a_wallet(path).detail("cause", IoCause::IsADirectory.as_str()),
        Refusal::Failed(e) => e,
    })
}

/// Open a file the user named as input (`--password-file`): `None` when it does not exist;
/// a directory, FIFO, socket or device is `io_error`, refused without blocking.
pub fn open_input(path: &Path) -> Result<Option<File>> {
    match open_regular_file(path) {
        Ok(file) => Ok(Some(file)),
        Err(Refusal::Missing) => Ok(None),
        Err(Refusal::Directory) => Err(Error::io(path.display(), IoCause::IsADirectory)),
        Err(Refusal::Failed(e)) => Err(e),
    }
}

/// Why [`open_regular_file`] did not open a path.
enum Refusal {
    Missing,
    Directory,
    Failed(Error),
}

fn open_regular_file(path: &Path) -> std::result::Result<File, Refusal> {
    let refused = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => Refusal::Missing,
        _ => Refusal::Failed(Error::io_at(path, &e)),
    };
    let not_regular = || Refusal::Failed(Error::io(path.display(), IoCause::NotARegularFile));
    let meta = std::fs::metadata(path).map_err(refused)?;
    if meta.is_dir() {
        return Err(Refusal::Directory);
    }
    if !meta.is_file() {
        return Err(not_regular());
    }
    // O_NONBLOCK: should the path have become a FIFO since the check, `open` still returns.
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
        .map_err(refused)?;
    let meta = file.metadata().map_err(refused)?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    Ok(file)
}

/// `invalid_input`: the file is not an okpay wallet.
pub fn not_a_wallet(path: &Path) -> Error {
    Error::invalid("err.not_a_wallet").arg_detail("path", path.display())
}

/// Name the wallet in an error that SQLite raised without a path, and for a refused write say
/// why: the file or its directory not writable, a read-only file system, or a read-only open.
pub fn explain(path: &Path, e: Error) -> Error {
    let cause = e.details.get("cause").and_then(|c| c.as_str());
    let refine = e.code == Code::IoError
        && e.details.contains_key("sqlite")
        && matches!(cause, Some("read_only" | "cannot_open" | "io_failure"));
    let e = e.with_path(path);
    match refine.then(|| write_refusal(path)).flatten() {
        Some(cause) => e.with_cause(cause),
        None => e,
    }
}

/// Name `path` instead of `temp` (the hidden file a wallet is built in) in an error about it.
pub fn renamed(mut e: Error, temp: &Path, path: &Path) -> Error {
    let temp_name = temp.display().to_string();
    if e.details.get("path").and_then(|p| p.as_str()) == Some(temp_name.as_str()) {
        e = e.arg_detail("path", path.display());
    }
    e
}

/// Why writing at `path` (the file itself, or its journal beside it) is refused, if it is.
fn write_refusal(path: &Path) -> Option<IoCause> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    not_writable(path).or_else(|| not_writable(dir))
}

/// `access(W_OK)`: the cause when `path` may not be written by this user.
fn not_writable(path: &Path) -> Option<IoCause> {
    let c = CString::new(path.as_os_str().as_bytes()).ok()?;
    // SAFETY: `c` is a valid NUL-terminated string that outlives the call; access only reads it.
    let rc = unsafe { libc::access(c.as_ptr(), libc::W_OK) };
    if rc == 0 {
        return None;
    }
    let e = std::io::Error::last_os_error();
    match IoCause::of(&e) {
        cause @ (IoCause::PermissionDenied | IoCause::ReadOnlyFileSystem) => Some(cause),
        _ => None,
    }
}

/// Whether the write-ahead log beside `path` holds nothing (absent or empty): then the main file
/// alone is the whole wallet and may be read as immutable.
pub fn wal_is_empty(path: &Path) -> bool {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    match std::fs::metadata(PathBuf::from(wal)) {
        Ok(meta) => meta.len() == 0,
        Err(e) => e.kind() == std::io::ErrorKind::NotFound,
    }
}

/// The SQLite URI that reads `path` as an immutable file (no locks, no `-shm`), for a wallet
/// whose directory this user cannot write. Every byte outside the unreserved set is
/// percent-encoded, so any path (non-UTF-8 included) survives.
pub fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    let bytes = path.as_os_str().as_bytes();
    if bytes.starts_with(b"/") {
        // `file:///abs`: an empty authority, so a path starting with `//` is not a host.
        uri.push_str("//");
    }
    for &b in bytes {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    uri
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_encode_every_odd_byte() {
        use std::ffi::OsStr;
        assert_eq!(
            immutable_uri(Path::new("/a b/w?.db")),
            "file:///a%20b/w%3F.db?immutable=1"
        );
        assert_eq!(immutable_uri(Path::new("w.db")), "file:w.db?immutable=1");
        let odd = Path::new(OsStr::from_bytes(b"/x/\xff#%.db"));
        assert_eq!(immutable_uri(odd), "file:///x/%FF%23%25.db?immutable=1");
    }

    #[test]
    fn only_regular_files_are_opened() {
        let dir = tempfile::tempdir().unwrap();
        let err = open_regular(dir.path()).err().unwrap();
        assert_eq!(err.code, Code::InvalidInput);
        let fifo = dir.path().join("fifo");
        let c = CString::new(fifo.as_os_str().as_bytes()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let err = open_regular(&fifo).err().unwrap();
        assert_eq!(err.code, Code::IoError);
        assert_eq!(err.details["cause"], "not_a_regular_file");
        let long = dir.path().join("a".repeat(5000));
        let err = open_regular(&long).err().unwrap();
        assert_eq!(err.code, Code::IoError);
        assert_eq!(err.details["cause"], "name_too_long");
        let err = open_regular(&dir.path().join("none")).err().unwrap();
        assert_eq!(err.code, Code::NotFound);
    }
}
