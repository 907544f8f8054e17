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
use crate::store::ledger::TxRow;

/// The most rows one import file may hold.
pub const IMPORT_ROWS_MAX: usize = 10_000_000;

/// One transaction as exported: the stored row, its derived status, postings and outgoing links.
#[derive(Debug, Clone)]
pub struct Record {
    pub row: TxRow,
    /// The derived status (a due bank top-up already shows as it will end).
    pub status: String,
    pub refunded_minor: i64,
    /// (account, currency, amount), by account name.
    pub postings: Vec<(String, String, i64)>,
    /// (kind, target id): links from this transaction to earlier ones.
    pub links: Vec<(String, String)>,
}

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
