//! The Wallet facade's operations at scale: `verify` with a progress report.

use super::access::Integrity;
use super::anchor_problem;
use crate::error::Result;
use crate::ledger::verify::{self, Problem};

impl Integrity<'_> {
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
