//! Records people can read and reuse: the transactions of a wallet streamed out as okpay's own
//! CSV or JSON, as an hledger journal or a beancount file, and okpay's CSV read back in.
//!
//! Nothing here prints: the writers take any `io::Write`, and the CLI decides where it goes.

pub mod csvfile;
pub mod journal;
pub mod jsonfile;
pub mod period;
pub mod report;
pub mod statement;

use crate::ledger::Kind;

/// The most rows one import file may hold.
pub const IMPORT_ROWS_MAX: usize = 10_000_000;

/// One transaction as exported: the stored row, its derived status (a due bank top-up already
/// shows as it will end), postings and outgoing links, read in one pass
/// ([`crate::store::scan::transactions_in_full`]).
pub type Record = crate::store::scan::FullTx;

/// A bank top-up or transfer out whose settlement is due but not yet recorded (reads show it
/// settled before the next write records it): exported as the settlement it will be.
#[derive(Debug, Clone)]
pub struct DueSettlement {
    pub topup_id: String,
    pub currency: String,
    pub amount_minor: i64,
    pub at_ms: i64,
    pub source_id: Option<String>,
    /// Whether the bank pays it out (`false`: returned to the source).
    pub settled: bool,
    /// A transfer out (`pending_out` pays the external account, or goes back to the wallet)
    /// rather than a top-up.
    pub transfer: bool,
    /// A transfer's fee, held with its amount.
    pub fee_minor: i64,
    /// The external account a transfer goes to (`external:…`).
    pub external: Option<String>,
}

/// The sign of a transaction's amount seen from the wallet: money in is positive, money out
/// negative.
pub fn signed_minor(kind: &str, amount_minor: i64) -> i64 {
    match Kind::parse(kind) {
        Some(Kind::Payment) | Some(Kind::Conversion) | Some(Kind::Transfer) => -amount_minor,
        Some(Kind::Topup) | Some(Kind::Refund) | Some(Kind::Settlement) => amount_minor,
        // Kinds added later (transfer): money out.
        None => -amount_minor,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_out_is_negative() {
        assert_eq!(signed_minor("payment", 500), -500);
        assert_eq!(signed_minor("transfer", 500), -500);
        assert_eq!(signed_minor("topup", 500), 500);
        assert_eq!(signed_minor("refund", 500), 500);
    }
}
