//! The Wallet facade's batch payments (`pay --batch`): a chunk of lines runs in ONE write (one
//! integrity guard before and after, one durable commit), each line through the whole checkout
//! of [`checkout::execute`]; a line that fails without being recorded (a duplicate order, a bad
//! line) is refused before anything is written, so it leaves nothing behind and the others go
//! on (see [`pay_lines`]). The chunk records through the bulk writer ([`crate::ledger::bulk`])
//! and checks the sealed settings once a chunk (the limit and risk settings the write's own
//! checks loaded, and the exchange rates).

use super::SteppedUp;
use serde::Serialize;

use super::access::Payments;
use crate::error::{Code, Error, Result};
use crate::ledger::view::TxView;
use crate::payments::batch::{line_key, Line};
use crate::payments::checkout::{self, Checkout, PayOptions};
use crate::store::merchants::{self as mq, MerchantRow};
use std::collections::HashMap;

/// What happened to one line of a batch.
#[derive(Debug, Clone)]
pub struct BatchOutcome {
    /// The line's 1-based physical line number in the input.
    pub line: u64,
    /// `succeeded`, `declined` or `failed` (a line refused without being recorded is `failed`;
    /// a risk challenge nobody answered up front is `declined`).
    pub status: String,
    /// The recorded transaction (a payment or its decline), when one was recorded or replayed.
    pub transaction: Option<TxView>,
    /// Why the line did not succeed.
    pub error: Option<Error>,
}

/// The counts `pay --batch` ends with.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct BatchSummary {
    pub lines: u64,
    pub succeeded: u64,
    pub declined: u64,
    pub failed: u64,
}

impl BatchSummary {
    /// Count one line's outcome.
    pub fn add(&mut self, outcome: &BatchOutcome) {
        self.lines += 1;
        match outcome.status.as_str() {
            "succeeded" => self.succeeded += 1,
            "declined" => self.declined += 1,
            _ => self.failed += 1,
        }
    }
}

/// Whether an error concerns its line only (the batch goes on) rather than the wallet (the
/// chunk is rolled back and the batch stops: frozen, maintenance, integrity, I/O, a bug).
fn line_only(e: &Error) -> bool {
    matches!(
        e.code,
        Code::InvalidInput
            | Code::AlreadyExists
            | Code::IdempotencyConflict
            | Code::NotFound
            | Code::InvalidState
            | Code::StepUpRequired
    )
}

fn failed(line: u64, e: Error) -> BatchOutcome {
    BatchOutcome {
        line,
        status: "failed".into(),
        transaction: None,
        error: Some(e.detail("line", line)),
    }
}

impl Payments<'_> {
    /// Pay one chunk of a batch in one durable write; the outcomes come back in input order.
    /// With `prefix`, line N pays under the idempotency key `PREFIX:N`, so running the same
    /// input again replays what was recorded and pays only the rest. An error that is not the
    /// line's own (see [`line_only`]) rolls the whole chunk back and is returned.
    pub fn pay_batch_chunk(
        &mut self,
        lines: Vec<Line>,
        options: PayOptions,
        prefix: Option<&str>,
        step_up: Option<&SteppedUp>,
    ) -> Result<Vec<BatchOutcome>> {
        self.key()?;
        let base = self.base;
        let mut prepared = Vec::with_capacity(lines.len());
        // Each merchant the chunk names, looked up once (not trusted here: the write reads it
        // again and checks its seal).
        let mut found: HashMap<String, Option<MerchantRow>> = HashMap::new();
        for (line, raw) in lines {
            let p = raw.and_then(|raw| raw.check(base)).and_then(|request| {
                let key = prefix.map(|p| line_key(p, line));
                let row = match found.get(&request.merchant) {
                    Some(row) => row.clone(),
                    None => {
                        let row = mq::find(self.store.conn(), &request.merchant)?;
                        found.insert(request.merchant.clone(), row.clone());
                        row
                    }
                };
                self.checkout().prepare_payment_known(
                    request,
                    options,
                    key.as_deref(),
                    row.as_ref(),
                )
            });
            prepared.push((line, p));
        }
        let ctx = self.pay_context(step_up);
        let twofa = self.row.twofa;
        self.write_unlocked_with(|conn, key, trusted| {
            // The sealed settings, checked once for the chunk: nothing in a payment changes them;
            // the merchants, each read and checked once for all the chunk's lines.
            let checked = &mut checkout::Checked::new(trusted.for_checkout(conn, key)?);
            crate::ledger::bulk::scope(conn, key, || {
                pay_lines(conn, key, &prepared, &ctx, checked, twofa)
            })
        })
    }
}

/// The lines of one chunk inside its write. A line refused for a reason of its own is refused
/// before the checkout writes anything (the replay, merchant, signature, duplicate-order and
/// limit checks all come first), so it needs no savepoint: one per line copied every page the
/// line changed into the statement journal, a tenth of a chunk's time. Should such a refusal
/// ever come after a write (`total_changes` moved), the chunk is rolled back whole instead.
fn pay_lines(
    conn: &rusqlite::Connection,
    key: &crate::auth::vault::WalletKey,
    prepared: &[(u64, Result<super::payments::PreparedPayment>)],
    ctx: &checkout::PayContext,
    checked: &mut checkout::Checked,
    twofa: bool,
) -> Result<Vec<BatchOutcome>> {
    let mut out = Vec::with_capacity(prepared.len());
    for (line, p) in prepared {
        let line = *line;
        let p = match p {
            Ok(p) => p,
            Err(e) => {
                out.push(failed(line, e.clone()));
                continue;
            }
        };
        let idem = p.idempotency.as_ref().map(|(k, h)| (k.as_str(), h));
        let changes = conn.total_changes();
        match checkout::execute(conn, key, &p.request, p.options, idem, ctx, checked) {
            Ok(Checkout::Recorded(executed)) => {
                let executed = *executed;
                out.push(BatchOutcome {
                    line,
                    status: executed.tx.status.clone(),
                    transaction: Some(executed.tx),
                    error: executed.failure.map(|e| e.detail("line", line)),
                });
            }
            Ok(Checkout::Challenged(assessment)) => {
                // Logged as a security event; nothing recorded, nobody asked.
                let e = checkout::challenge_error(twofa, &assessment);
                out.push(BatchOutcome {
                    line,
                    status: "declined".into(),
                    transaction: None,
                    error: Some(e.detail("line", line)),
                });
            }
            Err(e) if line_only(&e) && conn.total_changes() == changes => {
                out.push(failed(line, e));
            }
            Err(e) => return Err(e.detail("line", line)),
        }
    }
    Ok(out)
}
