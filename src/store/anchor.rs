//! The rollback anchor: a small file outside the wallet (`$XDG_STATE_HOME/okpay/anchors`,
//! 0600) that remembers, per wallet id, the chain's length and head after the newest write this
//! machine saw. A wallet file put back from an older copy is then behind its anchor, which the
//! chain alone cannot show (an older copy is internally consistent).
//!
//! One line per wallet: `<wallet id> <count, 19 digits> <head hex> <check>`, where the check is
//! the first 4 bytes of the SHA-256 of the rest of the line, in hex. Updates take an exclusive
//! `flock` on a lock file beside it and only ever move an anchor forward (two processes
//! finishing writes in either order leave the newer one). The usual update, a wallet already
//! anchored, rewrites its line in place (the line keeps its length), which costs a write a few
//! microseconds where replacing the file (temporary file, rename) cost a quarter of a
//! millisecond; a line read half-written, by a reader at that moment or after a crash, fails its
//! check and counts as no anchor (a notice, never a false alarm). Adding or dropping a wallet
//! replaces the file atomically. Lines of the older three-word form still read.

use std::collections::BTreeMap;
use std::fs::{DirBuilder, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, FileExt, OpenOptionsExt};
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};

use crate::error::Result;

/// The most wallets one anchor file remembers; beyond it, anchors are dropped in id order (a
/// dropped anchor is only a missing one: a notice, never a false alarm).
pub const WALLETS_MAX: usize = 1000;

/// Where a wallet's chain stood after the newest write seen here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub count: i64,
    pub head: Vec<u8>,
}

/// How a wallet compares with its anchor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnchorState {
    /// No anchor on this machine (a new machine, or the wallet was never written here).
    Missing,
    /// The wallet is where the anchor says, or ahead of it (written elsewhere since).
    Current,
    /// The wallet is behind its anchor: an older copy was put in place.
    RolledBack { anchored: i64, wallet: i64 },
    /// Same length, another head: a different history of the same wallet.
    Diverged { count: i64 },
}

impl AnchorState {
    /// Compare a wallet's chain (`count`, `head`) with its anchor.
    pub fn of(anchor: Option<&Anchor>, count: i64, head: &[u8]) -> AnchorState {
        match anchor {
            None => AnchorState::Missing,
            Some(a) if count < a.count => AnchorState::RolledBack {
                anchored: a.count,
                wallet: count,
            },
            Some(a) if count == a.count && a.head != head => AnchorState::Diverged { count },
            Some(_) => AnchorState::Current,
        }
    }

    /// Whether this state means the wallet cannot be trusted.
    pub fn is_bad(&self) -> bool {
        matches!(
            self,
            AnchorState::RolledBack { .. } | AnchorState::Diverged { .. }
        )
    }
}

/// The anchor file.
#[derive(Debug, Clone)]
pub struct AnchorFile {
    path: PathBuf,
}

impl AnchorFile {
    /// The anchor file at `path` (it need not exist yet).
    pub fn new(path: PathBuf) -> AnchorFile {
        AnchorFile { path }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The anchor of one wallet, if this machine has one. An unreadable file counts as none.
    pub fn get(&self, wallet_id: &str) -> Option<Anchor> {
        find(&std::fs::read_to_string(&self.path).ok()?, wallet_id)
    }

    /// Move the wallet's anchor forward to `anchor` (never back).
    pub fn advance(&self, wallet_id: &str, anchor: &Anchor) -> Result<()> {
        self.update(wallet_id, anchor, false)
    }

    /// Set the wallet's anchor to `anchor`, even backwards (`verify --accept`, `restore`).
    pub fn accept(&self, wallet_id: &str, anchor: &Anchor) -> Result<()> {
        self.update(wallet_id, anchor, true)
    }

    fn update(&self, wallet_id: &str, anchor: &Anchor, force: bool) -> Result<()> {
        let dir = self
            .path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        DirBuilder::new().recursive(true).mode(0o700).create(dir)?;
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .open(sibling(&self.path, ".lock"))?;
        let _guard = Flock::exclusive(&lock)?;
        let text = std::fs::read_to_string(&self.path).unwrap_or_default();
        let keep_old =
            find(&text, wallet_id).is_some_and(|old| !force && old.count >= anchor.count);
        if keep_old {
            return Ok(());
        }
        let line = line_of(wallet_id, anchor);
        if let Some(at) = place_of(&text, wallet_id, line.len()) {
            let file = OpenOptions::new().write(true).open(&self.path)?;
            file.write_all_at(line.as_bytes(), at)?;
            return Ok(());
        }
        let mut all = parse(&text);
        all.insert(wallet_id.to_string(), anchor.clone());
        while all.len() > WALLETS_MAX {
            let Some(other) = all.keys().find(|id| id.as_str() != wallet_id).cloned() else {
                break;
            };
            all.remove(&other);
        }
        let mut text = String::new();
        for (id, a) in &all {
            text.push_str(&line_of(id, a));
            text.push('\n');
        }
        let temp = sibling(&self.path, &format!(".tmp-{:016x}", rand::random::<u64>()));
        let written = (|| -> std::io::Result<()> {
            let mut f = OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&temp)?;
            f.write_all(text.as_bytes())?;
            // No fsync: an anchor lost in a crash is only behind the wallet, which is never a
            // false alarm, and a write should not pay a second flush for it.
            std::fs::rename(&temp, &self.path)
        })();
        if written.is_err() {
            let _ = std::fs::remove_file(&temp);
        }
        Ok(written?)
    }
}

/// One wallet's anchor: its last line that parses, as [`parse`] would keep it, checking only
/// that wallet's lines (a machine's file may name many wallets).
fn find(text: &str, wallet_id: &str) -> Option<Anchor> {
    text.lines()
        .filter(|line| line.split(' ').next() == Some(wallet_id))
        .filter_map(parse_line)
        .map(|(_, anchor)| anchor)
        .next_back()
}

/// Every anchor in the file; lines that do not parse are ignored (the file is advisory).
fn parse(text: &str) -> BTreeMap<String, Anchor> {
    let mut all = BTreeMap::new();
    for line in text.lines() {
        if let Some((id, anchor)) = parse_line(line) {
            all.insert(id.to_string(), anchor);
        }
    }
    all
}

/// One line: `id count head check`, or the older `id count head`.
fn parse_line(line: &str) -> Option<(&str, Anchor)> {
    let mut words = line.split(' ');
    let (id, count, head) = (words.next()?, words.next()?, words.next()?);
    match (words.next(), words.next()) {
        (None, _) => {}
        (Some(check), None) if check == check_of(id, count, head) => {}
        _ => return None,
    }
    let count = count.parse::<i64>().ok()?;
    let head = hex::decode(head).ok()?;
    Some((id, Anchor { count, head }))
}

fn check_of(id: &str, count: &str, head: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(format!("{id} {count} {head}").as_bytes());
    hex::encode(&digest[..4])
}

/// The line for one anchor, without its newline; always the same length for one wallet id.
fn line_of(id: &str, anchor: &Anchor) -> String {
    let count = format!("{:019}", anchor.count.max(0));
    let head = hex::encode(&anchor.head);
    let check = check_of(id, &count, &head);
    format!("{id} {count} {head} {check}")
}

/// Where the wallet's line starts, when it is there with exactly `len` bytes (so the new line
/// can be written over it).
fn place_of(text: &str, wallet_id: &str, len: usize) -> Option<u64> {
    let mut at = 0usize;
    for line in text.split_inclusive('\n') {
        let body = line.strip_suffix('\n')?;
        if body.split(' ').next() == Some(wallet_id) {
            return (body.len() == len).then_some(at as u64);
        }
        at += line.len();
    }
    None
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// An exclusive advisory lock, released on drop.
struct Flock<'a>(&'a File);

impl<'a> Flock<'a> {
    fn exclusive(file: &'a File) -> std::io::Result<Flock<'a>> {
        // SAFETY: flock on a descriptor we own for the guard's lifetime.
        let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) };
        if rc == 0 {
            Ok(Flock(file))
        } else {
            Err(std::io::Error::last_os_error())
        }
    }
}

impl Drop for Flock<'_> {
    fn drop(&mut self) {
        // SAFETY: unlocking the descriptor locked in `exclusive`.
        unsafe {
            libc::flock(self.0.as_raw_fd(), libc::LOCK_UN);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor(count: i64, byte: u8) -> Anchor {
        Anchor {
            count,
            head: vec![byte; 32],
        }
    }

    #[test]
    fn anchors_only_move_forward_unless_accepted() {
        let dir = tempfile::tempdir().unwrap();
        let file = AnchorFile::new(dir.path().join("state/okpay/anchors"));
        assert_eq!(file.get("w1"), None);
        file.advance("w1", &anchor(5, 1)).unwrap();
        file.advance("w2", &anchor(2, 9)).unwrap();
        file.advance("w1", &anchor(3, 2)).unwrap();
        assert_eq!(file.get("w1"), Some(anchor(5, 1)));
        file.accept("w1", &anchor(3, 2)).unwrap();
        assert_eq!(file.get("w1"), Some(anchor(3, 2)));
        assert_eq!(file.get("w2"), Some(anchor(2, 9)));
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(file.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn states() {
        let a = anchor(5, 1);
        assert_eq!(AnchorState::of(None, 5, &[1; 32]), AnchorState::Missing);
        assert_eq!(AnchorState::of(Some(&a), 5, &[1; 32]), AnchorState::Current);
        assert_eq!(AnchorState::of(Some(&a), 6, &[7; 32]), AnchorState::Current);
        assert_eq!(
            AnchorState::of(Some(&a), 4, &[1; 32]),
            AnchorState::RolledBack {
                anchored: 5,
                wallet: 4
            }
        );
        assert!(AnchorState::of(Some(&a), 5, &[2; 32]).is_bad());
    }

    #[test]
    fn an_anchored_wallet_is_updated_in_place_and_a_torn_line_counts_as_none() {
        let dir = tempfile::tempdir().unwrap();
        let file = AnchorFile::new(dir.path().join("anchors"));
        file.advance("w1", &anchor(5, 1)).unwrap();
        file.advance("w2", &anchor(7, 2)).unwrap();
        let inode = |p: &Path| {
            use std::os::unix::fs::MetadataExt;
            std::fs::metadata(p).unwrap().ino()
        };
        let before = inode(file.path());
        file.advance("w1", &anchor(123_456, 3)).unwrap();
        assert_eq!(inode(file.path()), before, "rewritten in place");
        assert_eq!(file.get("w1"), Some(anchor(123_456, 3)));
        assert_eq!(file.get("w2"), Some(anchor(7, 2)));
        // Half of a new line over an old one: the check fails, so no anchor (never a wrong one).
        let text = std::fs::read_to_string(file.path()).unwrap();
        let torn = text.replacen("0000000000000123456", "0000000000000123457", 1);
        std::fs::write(file.path(), torn).unwrap();
        assert_eq!(file.get("w1"), None);
        assert_eq!(file.get("w2"), Some(anchor(7, 2)));
    }

    #[test]
    fn garbage_lines_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("anchors");
        std::fs::write(&path, "junk\nw1 7 0101\nw2 x 00\n").unwrap();
        let file = AnchorFile::new(path);
        assert_eq!(
            file.get("w1"),
            Some(Anchor {
                count: 7,
                head: vec![1, 1]
            })
        );
        assert_eq!(file.get("w2"), None);
    }
}
