//! A transaction's status: the one it was recorded with, moved on by later linked transactions
//! (a settlement, a return, refunds). The derived status is kept in `tx_status`.

use rusqlite::Connection;

use crate::auth::vault::WalletKey;
use crate::error::{Error, Result};
use crate::ledger::{sealed, LinkKind};
use crate::store::ledger::{self as q, TxRow};

/// The statuses of CLI.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Pending,
    Succeeded,
    Failed,
    Declined,
    PartiallyRefunded,
    Refunded,
}

impl Status {
    /// Every status.
    pub const ALL: [Status; 6] = [
        Status::Pending,
        Status::Succeeded,
        Status::Failed,
        Status::Declined,
        Status::PartiallyRefunded,
        Status::Refunded,
    ];

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Succeeded => "succeeded",
            Status::Failed => "failed",
            Status::Declined => "declined",
            Status::PartiallyRefunded => "partially_refunded",
            Status::Refunded => "refunded",
        }
    }

    /// Parse a stable name.
    pub fn parse(text: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// The derived status of `target` given the transactions linked to it: (status, refunded).
pub fn derive(conn: &Connection, target: &TxRow) -> Result<(Status, i64)> {
    let recorded = Status::parse(&target.status)
        .ok_or_else(|| Error::internal(format!("unknown status {}", target.status)))?;
    let mut linked = Vec::new();
    for link in q::links_to(conn, target.seq)? {
        let kind = LinkKind::parse(&link.kind);
        let amount = if matches!(kind, Some(LinkKind::Refunds)) {
            q::tx_by_seq(conn, link.other_seq)?
                .ok_or_else(|| Error::internal("dangling link"))?
                .amount_minor
        } else {
            0
        };
        linked.push((kind, amount));
    }
    derive_from(recorded, target.amount_minor, linked)
}

/// The derived status from the recorded one and the links to the transaction in the order
/// they were made: each link's kind and the linking transaction's amount.
pub fn derive_from(
    recorded: Status,
    amount_minor: i64,
    linked: impl IntoIterator<Item = (Option<LinkKind>, i64)>,
) -> Result<(Status, i64)> {
    let mut status = recorded;
    let mut refunded_minor: i64 = 0;
    for (kind, amount) in linked {
        match kind {
            Some(LinkKind::Settles) => status = Status::Succeeded,
            Some(LinkKind::Returns) => status = Status::Failed,
            Some(LinkKind::Refunds) => {
                refunded_minor = refunded_minor
                    .checked_add(amount)
                    .ok_or_else(|| Error::internal("refund overflow"))?;
            }
            Some(LinkKind::Retries) | None => {}
        }
    }
    if refunded_minor > 0 {
        status = if refunded_minor >= amount_minor {
            Status::Refunded
        } else {
            Status::PartiallyRefunded
        };
    }
    Ok((status, refunded_minor))
}

/// Recompute, store and seal `target`'s derived status after a link to it was added.
pub fn refresh(conn: &Connection, key: &WalletKey, target: &TxRow) -> Result<()> {
    // The row about to be rewritten must be as sealed: re-deriving it must not erase an edit.
    sealed::check(conn, key, &sealed::TX_STATUS, &[&target.seq])?;
    let (status, refunded) = derive(conn, target)?;
    q::set_status(conn, target.seq, status.as_str(), refunded)?;
    sealed::reseal(conn, key, &sealed::TX_STATUS, &[&target.seq])
}
