//! The Wallet facade's transfers out: resolve and hash a request (no unlock), replay it, check
//! it before the confirmation, and run it through the one unit of work.

use super::access::{Topups, Transfers};
use super::finish;
use super::SteppedUp;
use crate::error::Result;
use crate::funding::transfer::{self, Check, Outcome, Resolved, TransferRequest};
use crate::ledger::idempotency;
use crate::ledger::view::TxView;

/// A transfer resolved and hashed, ready for replay, confirmation and execution.
pub struct PreparedTransfer {
    pub resolved: Resolved,
    idempotency: Option<(String, [u8; 32])>,
}

impl Topups<'_> {
    /// Resolve a transfer request and hash it for its idempotency key (no unlock needed).
    pub fn prepare_transfer(
        &self,
        request: &TransferRequest,
        idempotency_key: Option<&str>,
    ) -> Result<PreparedTransfer> {
        let resolved = transfer::resolve(self.store.conn(), request, self.base)?;
        let idempotency = match idempotency_key {
            Some(k) => {
                idempotency::check_key(k)?;
                let hash = idempotency::request_hash(
                    transfer::IDEMPOTENCY_KIND,
                    &transfer::canonical(&resolved),
                );
                Some((k.to_string(), hash))
            }
            None => None,
        };
        Ok(PreparedTransfer {
            resolved,
            idempotency,
        })
    }

    /// The stored outcome of the same request under the same key, if any (no unlock needed).
    pub fn replay_transfer(&self, prepared: &PreparedTransfer) -> Result<Option<TxView>> {
        let Some((k, hash)) = &prepared.idempotency else {
            return Ok(None);
        };
        match transfer::replay(self.store.conn(), None, k, hash)? {
            Some(executed) => finish(executed).map(Some),
            None => Ok(None),
        }
    }

    /// The checks before the confirmation (the wallet must be unlocked).
    pub fn check_transfer(
        &self,
        prepared: &PreparedTransfer,
        step_up: Option<&SteppedUp>,
    ) -> Result<Check> {
        self.key()?;
        transfer::check(
            self.store.conn(),
            &prepared.resolved,
            &self.pay_context(step_up),
        )
    }
}

impl Transfers<'_> {
    /// Run the transfer: checked again and recorded durably in one write. A decline or a
    /// failure is an error carrying its recorded transaction; a risk challenge not answered in
    /// this process is `step_up_required`, logged but not recorded.
    pub fn execute(
        &mut self,
        prepared: &PreparedTransfer,
        step_up: Option<&SteppedUp>,
    ) -> Result<TxView> {
        let ctx = self.pay_context(step_up);
        let idem = prepared.idempotency.as_ref().map(|(k, h)| (k.as_str(), h));
        let outcome = self.write_unlocked(|conn, key| {
            transfer::execute(conn, key, &prepared.resolved, idem, &ctx)
        })?;
        match outcome {
            Outcome::Recorded(executed) => finish(*executed),
            Outcome::Challenged(assessment) => Err(self.risk_challenge_error(&assessment)),
        }
    }
}
