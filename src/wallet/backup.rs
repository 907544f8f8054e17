//! The Wallet facade's backups: `backup` (an online copy, sessions left out, no unlocking
//! needed) and `restore` (a copy checked with the wallet key, then written back over the live
//! wallet and re-anchored: a restore is a deliberate rollback).
//!
//! A restore never trusts the file it is given: the bytes are first copied aside (so what is
//! checked is what is restored), then the copy must be this wallet (same wallet id), sound
//! (SQLite's integrity check), and verify in full with this wallet's key (chain, sealed rows,
//! balances). Only then, and after the user's yes, does the live wallet change, in one step.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::Wallet;
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::ledger::{guard, verify};
use crate::money::format_minor;
use crate::store::anchor::Anchor;
use crate::store::backup::{self as files, TempFile};
use crate::store::ledger as lq;
use crate::store::{sessions, wallet_row, Store};

/// What `okpay backup` wrote: `{"backup": {"path", "transactions", "at"}}`.
#[derive(Debug, Clone, Serialize)]
pub struct BackupInfo {
    pub path: String,
    pub transactions: i64,
    pub at: String,
}

/// What `okpay restore` did: `{"restore": {"path", "transactions", "at"}}`.
#[derive(Debug, Clone, Serialize)]
pub struct RestoreInfo {
    pub path: String,
    /// The transactions the wallet holds now (the backup's).
    pub transactions: i64,
    /// The transactions it held before.
    pub transactions_before: i64,
    pub at: String,
}

/// A backup that passed every check, copied aside, waiting for the user's yes.
#[derive(Debug)]
pub struct PreparedRestore {
    copy: TempFile,
    source: PathBuf,
    /// Transactions in the live wallet now.
    pub transactions_now: i64,
    /// Transactions in the backup.
    pub transactions_backup: i64,
    /// The base currency's available balance now and in the backup, formatted.
    pub balance_now: String,
    pub balance_backup: String,
    /// When the backup was made, if it says (RFC 3339).
    pub made_at: Option<String>,
}

impl Wallet {
    /// `okpay backup FILE`: a consistent copy of the wallet while other processes may be
    /// writing, without its sessions, written 0600 at a temporary name and then linked to
    /// `target` (an existing `target` is refused unless `replace`). Records the backup's time
    /// and a `backup` security event in the live wallet.
    pub fn backup(&mut self, target: &Path, replace: bool) -> Result<BackupInfo> {
        self.check_backup_target(target, replace)?;
        let at = self.now();
        let at_ms = clock::to_ms(at);
        let temp = TempFile::beside(target, "backup")?;
        let mut transactions = 0;
        self.store.copy_into(&temp, |conn| {
            sessions::delete_all(conn)?;
            wallet_row::set_last_backup(conn, at_ms)?;
            transactions = lq::tx_count(conn)?;
            Ok(())
        })?;
        temp.keep(target, replace)?;
        let path = target.display().to_string();
        let detail = serde_json::json!({"path": path, "transactions": transactions});
        let recorded = self.store.write(|conn| {
            wallet_row::set_last_backup(conn, at_ms)?;
            wallet_row::log_event(conn, at_ms, "backup", &detail)
        });
        if let Err(e) = recorded {
            // All or nothing: a backup the wallet does not know about is taken back (a file
            // it replaced with --force is gone either way).
            if !replace {
                let _ = std::fs::remove_file(target);
            }
            return Err(e);
        }
        self.row.last_backup_ms = Some(at_ms);
        Ok(BackupInfo {
            path,
            transactions,
            at: clock::rfc3339(at),
        })
    }

    /// The target's directory must exist, the target must not be the wallet itself, and an
    /// existing target is refused unless it is a regular file to be replaced.
    fn check_backup_target(&self, target: &Path, replace: bool) -> Result<()> {
        let path = || target.display().to_string();
        if !files::parent_of(target).is_dir() {
            return Err(Error::invalid("err.backup.dir_missing").arg_detail("path", path()));
        }
        let Ok(meta) = std::fs::symlink_metadata(target) else {
            return Ok(());
        };
        if same_file(target, self.path()) {
            return Err(Error::invalid("err.backup.is_wallet").arg_detail("path", path()));
        }
        if !replace {
            return Err(
                Error::new(Code::AlreadyExists, "err.backup.exists").arg_detail("path", path())
            );
        }
        if !meta.is_file() {
            return Err(Error::invalid("err.backup.not_a_file").arg_detail("path", path()));
        }
        Ok(())
    }

    /// `okpay restore FILE`, first half: copy the backup aside and check it with the wallet
    /// key. A file that is not a wallet is refused like `Store::open` refuses it; a damaged,
    /// tampered or foreign one is `integrity_error`. The live wallet is not touched.
    pub fn prepare_restore(&self, source: &Path) -> Result<PreparedRestore> {
        let key = self.key()?;
        let shown = || source.display().to_string();
        match std::fs::metadata(source) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::invalid("err.restore.missing").arg_detail("path", shown()));
            }
            Ok(meta) if !meta.is_file() => {
                return Err(Error::invalid("err.restore.not_a_file").arg_detail("path", shown()));
            }
            Err(e) => return Err(e.into()),
            Ok(_) => {}
        }
        let copy = TempFile::beside(self.path(), "restore")?;
        files::copy_file(source, &copy)?;
        let store = open_copy(source, &copy)?;
        let row = wallet_row::load(store.conn()).map_err(|e| damaged(source, e))?;
        if row.wallet_id != self.row.wallet_id {
            return Err(Error::new(Code::IntegrityError, "err.restore.foreign")
                .arg_detail("path", shown())
                .detail("wallet_id", row.wallet_id));
        }
        let integrity = store.integrity_check().map_err(|e| damaged(source, e))?;
        let problems =
            verify::verify(store.conn(), integrity, Some(key)).map_err(|e| damaged(source, e))?;
        if let Some(first) = problems.first() {
            return Err(Error::new(Code::IntegrityError, "err.restore.rejected")
                .arg_detail("path", shown())
                .arg("problem", first.kind)
                .arg("count", problems.len())
                .detail(
                    "problems",
                    serde_json::to_value(&problems).map_err(Error::internal)?,
                ));
        }
        let transactions_backup = lq::tx_count(store.conn()).map_err(|e| damaged(source, e))?;
        let balance_backup = self.base_balance(store.conn())?;
        let made_at = row
            .last_backup_ms
            .and_then(|ms| clock::from_ms(ms).ok())
            .map(clock::rfc3339);
        drop(store);
        Ok(PreparedRestore {
            copy,
            source: source.to_path_buf(),
            transactions_now: lq::tx_count(self.store.conn()).unwrap_or(0),
            transactions_backup,
            balance_now: self.base_balance(self.store.conn()).unwrap_or_default(),
            balance_backup,
            made_at,
        })
    }

    /// The base currency's available balance in a wallet, formatted.
    fn base_balance(&self, conn: &rusqlite::Connection) -> Result<String> {
        let name = crate::ledger::account::wallet(self.base);
        let minor = lq::balances(conn)?
            .into_iter()
            .filter(|(n, _, _)| *n == name)
            .map(|(_, _, b)| b)
            .sum();
        Ok(format!(
            "{} {}",
            format_minor(minor, self.base),
            self.base.code()
        ))
    }

    /// `okpay restore FILE`, second half (after the user's yes): finish the checked copy (no
    /// sessions, this wallet's current password, lock-out counters cleared, a freeze kept, a
    /// `restore` event, sealed through the same checks as every write), anchor this machine at
    /// the copy's chain, then replace the live wallet's contents with it in one step.
    pub fn restore(&mut self, prepared: PreparedRestore) -> Result<RestoreInfo> {
        let key = self
            .key
            .as_ref()
            .ok_or_else(|| Error::new(Code::AuthRequired, "err.auth.required"))?;
        let at = self.now();
        let at_ms = clock::to_ms(at);
        let source = prepared.source.display().to_string();
        let live = &self.row;
        let detail = serde_json::json!({
            "path": source,
            "transactions": prepared.transactions_backup,
            "transactions_before": prepared.transactions_now,
        });
        // A restore never lifts a freeze: only `security unfreeze` does.
        let keep_frozen = crate::store::security::effective_frozen(self.store.conn())?;
        let mut copy = Store::open(prepared.copy.path())?;
        let point = copy.write(|conn| {
            guard::before_write(conn, key)?;
            if keep_frozen {
                crate::store::security::request_freeze(conn, at_ms)?;
            }
            crate::store::security::fold_freeze_request(conn)?;
            sessions::delete_all(conn)?;
            wallet_row::take_key_of(conn, live)?;
            wallet_row::log_event(conn, at_ms, "restore", &detail)?;
            guard::after_write(conn, key)
        })?;
        drop(copy);
        let before = guard::chain_point(self.store.conn()).ok();
        let anchor = |p: &guard::ChainPoint| Anchor {
            count: p.count,
            head: p.head.clone(),
        };
        if let Some(file) = &self.anchors {
            file.accept(&self.row.wallet_id, &anchor(&point))?;
        }
        if let Err(e) = self.store.replace_with(prepared.copy.path()) {
            // Nothing changed: put the anchor back where the live wallet stands.
            if let (Some(file), Some(before)) = (&self.anchors, &before) {
                let _ = file.accept(&self.row.wallet_id, &anchor(before));
            }
            return Err(e);
        }
        self.row = wallet_row::load(self.store.conn())?;
        self.session_expires_at = None;
        Ok(RestoreInfo {
            path: source,
            transactions: point.count,
            transactions_before: prepared.transactions_now,
            at: clock::rfc3339(at),
        })
    }
}

/// Open the copy of a backup as a wallet (migrating an older one), in the backup's name.
fn open_copy(source: &Path, copy: &TempFile) -> Result<Store> {
    Store::open(copy.path()).map_err(|e| match e.key {
        "err.wallet.newer_schema" => Error::new(Code::InvalidState, "err.restore.newer_schema")
            .arg_detail("path", source.display()),
        "err.not_a_wallet" => {
            Error::invalid("err.not_a_wallet").arg_detail("path", source.display())
        }
        _ => damaged(source, e),
    })
}

/// Whatever goes wrong reading a copy that passed the header check means it is damaged.
fn damaged(source: &Path, e: Error) -> Error {
    if e.key == "err.busy" {
        return e;
    }
    match e.code {
        Code::Internal | Code::IntegrityError | Code::InvalidInput | Code::NotFound => {
            let cause = e.args.get("detail").cloned();
            files::damaged(source, cause.unwrap_or_else(|| e.key.to_string()))
        }
        _ => e,
    }
}

/// Whether two paths name the same file (same device and inode).
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
        _ => false,
    }
}
