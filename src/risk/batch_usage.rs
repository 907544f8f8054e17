//! Limit usage kept up to date across the payments of one batch chunk, inside its one write
//! transaction. Summing the day's and month's usage costs a scan of every payment in the
//! window, once per payment: a chunk paying thousands of times in one day would make that
//! quadratic. While a [`Memo`] guard lives, [`super::limits::usage`] sums the window once and
//! then adds only the rows appended since (the ledger is append-only). Rolling a line back
//! (a savepoint) forgets the sums, since a seq may then be used again.

use std::cell::RefCell;

use rusqlite::Connection;

use crate::error::Result;
use crate::store::batch as bq;
use crate::store::limits as lq;

#[derive(Clone, Copy)]
struct Sums {
    day: (i64, i64),
    month: (i64, i64),
    day_used: i64,
    month_used: i64,
    last_seq: i64,
}

thread_local! {
    /// `None`: no memo in use; `Some(None)`: in use, nothing summed yet.
    static MEMO: RefCell<Option<Option<Sums>>> = const { RefCell::new(None) };
}

/// While this lives, usage sums are kept between payments (only inside one write transaction).
pub struct Memo(());

impl Memo {
    pub fn start() -> Memo {
        MEMO.with(|m| *m.borrow_mut() = Some(None));
        Memo(())
    }

    /// Forget the sums (after a savepoint was rolled back).
    pub fn forget(&self) {
        MEMO.with(|m| *m.borrow_mut() = Some(None));
    }
}

impl Drop for Memo {
    fn drop(&mut self) {
        MEMO.with(|m| *m.borrow_mut() = None);
    }
}

/// The raw usage (before refunds give any back) of the day and month windows, from the memo
/// when one is in use; `None` when none is.
pub fn used(conn: &Connection, day: (i64, i64), month: (i64, i64)) -> Result<Option<(i64, i64)>> {
    let Some(current) = MEMO.with(|m| *m.borrow()) else {
        return Ok(None);
    };
    let sums = match current {
        Some(s) if s.day == day && s.month == month => {
            let (d, m, last_seq) = bq::used_after(conn, s.last_seq, day, month)?;
            Sums {
                day_used: s.day_used.saturating_add(d),
                month_used: s.month_used.saturating_add(m),
                last_seq,
                ..s
            }
        }
        _ => Sums {
            day,
            month,
            last_seq: bq::newest_seq(conn)?,
            day_used: lq::used(conn, day.0, day.1)?,
            month_used: lq::used(conn, month.0, month.1)?,
        },
    };
    MEMO.with(|m| *m.borrow_mut() = Some(Some(sums)));
    Ok(Some((sums.day_used, sums.month_used)))
}
