//! The Wallet facade's operations at scale: `verify` with a progress report.

use super::access::Integrity;
use super::anchor_problem;
use crate::error::Result;
use crate::ledger::verify::{self, Problem};

/// SQLite's check of the file running on its own connection in another thread (see
/// [`Integrity::spawn_file_check`]).
pub struct FileCheck(std::thread::JoinHandle<Result<Vec<String>>>);

impl FileCheck {
    /// The problems SQLite found, once the check is over.
    pub fn wait(self) -> Result<Vec<String>> {
        self.0
            .join()
            .unwrap_or_else(|_| Err(crate::error::Error::internal("the file check stopped")))
    }
}

impl Integrity<'_> {
    /// Start SQLite's check of the file ([`crate::store::Store::file_check`]) on a second,
    /// read-only connection in another thread, so that it runs beside the ledger pass of
    /// `verify` on a second core instead of before it.
    pub fn spawn_file_check(&self, deep: bool) -> FileCheck {
        let path = self.store.path().to_path_buf();
        FileCheck(std::thread::spawn(move || {
            let store = crate::store::Store::open_read_only(&path)?;
            crate::store::scan::unmap(store.conn())?;
            store.file_check(deep)
        }))
    }

    /// Prepare for reading the whole file once (`verify`): no memory map, so memory stays
    /// bounded by SQLite's page cache whatever the wallet's size.
    pub fn for_full_scan(&self) -> Result<()> {
        crate::store::scan::unmap(self.store.conn())
    }

    /// [`Wallet::verify_after`], calling `progress(done, total)` as the ledger is walked (one
    /// streaming pass: memory stays constant whatever the number of transactions).
    pub fn verify_after_with(
        &self,
        integrity: Vec<String>,
        progress: &mut dyn FnMut(i64, i64),
    ) -> Result<Vec<Problem>> {
        let mut problems =
            verify::verify_with(self.store.conn(), integrity, self.key.as_ref(), progress)?;
        if let Some(p) = anchor_problem(&self.integrity().anchor_state()?) {
            problems.insert(0, p);
        }
        Ok(problems)
    }
}
