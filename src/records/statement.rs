//! A monthly statement: per currency the opening available balance, every movement of
//! available money in the month with the balance after it, the fees, the money still pending
//! at the end, and the closing balance. Opening plus movements equals closing, checked before
//! anything is shown.

use serde::Serialize;

use crate::error::{Code, Error, Result};

/// The statement of one month.
#[derive(Debug, Clone, Serialize)]
pub struct Statement {
    /// `YYYY-MM`.
    pub month: String,
    pub currencies: Vec<CurrencyStatement>,
}

/// One currency's part of a statement.
#[derive(Debug, Clone, Serialize)]
pub struct CurrencyStatement {
    pub currency: String,
    pub opening: String,
    pub closing: String,
    pub fees: String,
    pub pending: String,
    pub movements: Vec<Movement>,
    /// Internal: minor units, for checks and charts.
    #[serde(skip)]
    pub opening_minor: i64,
    #[serde(skip)]
    pub closing_minor: i64,
}

/// One change to the available balance.
#[derive(Debug, Clone, Serialize)]
pub struct Movement {
    pub id: String,
    pub created_at: String,
    pub kind: String,
    pub description: String,
    /// Signed: money in positive, out negative.
    pub amount: String,
    pub fee: String,
    pub balance_after: String,
    #[serde(skip)]
    pub amount_minor: i64,
    #[serde(skip)]
    pub balance_after_minor: i64,
    #[serde(skip)]
    pub at_ms: i64,
}

/// Opening plus every movement must be the closing balance, and each running balance the sum
/// so far; anything else is a bug or a damaged wallet, never printed.
pub fn reconcile(c: &CurrencyStatement) -> Result<()> {
    let mut running = c.opening_minor;
    for m in &c.movements {
        running = running
            .checked_add(m.amount_minor)
            .ok_or_else(|| Error::internal("statement overflow"))?;
        if running != m.balance_after_minor {
            return Err(mismatch(c, running));
        }
    }
    if running != c.closing_minor {
        return Err(mismatch(c, running));
    }
    Ok(())
}

fn mismatch(c: &CurrencyStatement, running: i64) -> Error {
    Error::new(Code::IntegrityError, "err.statement.unbalanced")
        .arg_detail("currency", &c.currency)
        .detail("computed_minor", running)
        .detail("closing_minor", c.closing_minor)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn movement(amount_minor: i64, balance_after_minor: i64) -> Movement {
        Movement {
            id: "tx_1".into(),
            created_at: String::new(),
            kind: "payment".into(),
            description: String::new(),
            amount: String::new(),
            fee: String::new(),
            balance_after: String::new(),
            amount_minor,
            balance_after_minor,
            at_ms: 0,
        }
    }

    #[test]
    fn a_statement_that_does_not_add_up_is_refused() {
        let mut c = CurrencyStatement {
            currency: "CNY".into(),
            opening: String::new(),
            closing: String::new(),
            fees: String::new(),
            pending: String::new(),
            movements: vec![movement(500, 1500), movement(-200, 1300)],
            opening_minor: 1000,
            closing_minor: 1300,
        };
        assert!(reconcile(&c).is_ok());
        c.closing_minor = 1301;
        assert_eq!(reconcile(&c).unwrap_err().code, Code::IntegrityError);
        c.closing_minor = 1300;
        c.movements[0].balance_after_minor = 1499;
        assert!(reconcile(&c).is_err());
    }
}
