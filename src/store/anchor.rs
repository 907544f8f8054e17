//! The rollback anchor: a small file outside the wallet (`$XDG_STATE_HOME/okpay/anchors`,
//! 0600) that remembers, per wallet id, the chain's length and head after the newest write this
//! machine saw. A wallet file put back from an older copy is then behind its anchor, which the
//! chain alone cannot show (an older copy is internally consistent).
//!
//! One line per wallet: `<wallet id> <count> <head hex>`. Updates take an exclusive `flock` on a
//! lock file beside it, only ever move an anchor forward (two processes finishing writes in
//! either order leave the newer one), and replace the file atomically (temporary file, rename),
//! so a crash leaves the old file or the new one, never half of one.

use std::collections::BTreeMap;
use std::fs::{DirBuilder, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
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
        read_all(&self.path).remove(wallet_id)
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
        let mut all = read_all(&self.path);
        let keep_old = all
            .get(wallet_id)
            .is_some_and(|old| !force && old.count >= anchor.count);
        if keep_old {
            return Ok(());
        }
        all.insert(wallet_id.to_string(), anchor.clone());
        while all.len() > WALLETS_MAX {
            let Some(other) = all.keys().find(|id| id.as_str() != wallet_id).cloned() else {
                break;
            };
            all.remove(&other);
        }
        let mut text = String::new();
        for (id, a) in &all {
            text.push_str(&format!("{id} {} {}\n", a.count, hex::encode(&a.head)));
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

/// Every anchor in the file; lines that do not parse are ignored (the file is advisory).
fn read_all(path: &Path) -> BTreeMap<String, Anchor> {
    let mut all = BTreeMap::new();
    let Ok(text) = std::fs::read_to_string(path) else {
        return all;
    };
    for line in text.lines() {
        let mut words = line.split_whitespace();
        let (Some(id), Some(count), Some(head), None) =
            (words.next(), words.next(), words.next(), words.next())
        else {
            continue;
        };
        if let (Ok(count), Ok(head)) = (count.parse::<i64>(), hex::decode(head)) {
            all.insert(id.to_string(), Anchor { count, head });
        }
    }
    all
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
