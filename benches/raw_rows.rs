//! The raw-insert floor of `pay --batch` (`benches/run.sh`): every row a batch added to a wallet,
//! written again with plain prepared rusqlite statements, row by row, in one durable transaction,
//! into a copy of the wallet as it was before the batch. Nothing is checked, sealed or read back:
//! the rows of each table go in through one `INSERT INTO table VALUES (…)`, and each posting
//! moves its account's balance and each limit-counted payment its running totals with one
//! `UPDATE`, as many writes as the batch made.
//!
//! ```sh
//! cargo bench -q --bench raw_rows -- AFTER.db BEFORE-COPY.db
//! ```
//!
//! Prints one line: the seconds from `BEGIN` to the end of `COMMIT` and the rows written.

use std::time::Instant;

use rusqlite::types::Value;
use rusqlite::{params, Connection, OpenFlags};

/// The tables a payment adds rows to, each with the column that ties a row to its transaction.
const TABLES: &[(&str, &str)] = &[
    ("transactions", "seq"),
    ("postings", "tx_seq"),
    ("tx_status", "tx_seq"),
    ("seals", "tx_seq"),
    ("links", "tx_seq"),
    ("idempotency", "tx_seq"),
];

type Rows = Vec<Vec<Value>>;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let [after, before] = args.as_slice() else {
        return Err("usage: raw_rows AFTER.db BEFORE-COPY.db".into());
    };
    let target = Connection::open(before)?;
    let first: i64 = target.query_row("SELECT MAX(seq) + 1 FROM transactions", [], |r| r.get(0))?;
    let new_accounts: i64 = target.query_row("SELECT MAX(id) FROM accounts", [], |r| r.get(0))?;
    let new_merchants: i64 =
        target.query_row("SELECT IFNULL(MAX(seq), 0) FROM merchants", [], |r| {
            r.get(0)
        })?;
    let periods_before: Vec<(String, i64)> = target
        .prepare("SELECT period, used_minor FROM limit_usage")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;

    // Everything the batch added, read before the clock starts.
    let source = Connection::open_with_flags(after, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let all = |sql: &str, from: i64| -> rusqlite::Result<Rows> {
        let mut stmt = source.prepare(sql)?;
        let n = stmt.column_count();
        let rows = stmt.query_map([from], |r| (0..n).map(|i| r.get::<_, Value>(i)).collect())?;
        rows.collect()
    };
    let mut tables: Vec<(&str, Rows)> = vec![
        (
            "accounts",
            all("SELECT * FROM accounts WHERE id > ?1", new_accounts)?,
        ),
        (
            "merchants",
            all("SELECT * FROM merchants WHERE seq > ?1", new_merchants)?,
        ),
    ];
    for (table, column) in TABLES {
        let sql = format!("SELECT * FROM {table} WHERE {column} >= ?1");
        tables.push((table, all(&sql, first)?));
    }
    let postings: Vec<(i64, i64, i64)> = source
        .prepare("SELECT tx_seq, account_id, amount_minor FROM postings WHERE tx_seq >= ?1")?
        .query_map([first], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let counted: Vec<i64> = source
        .prepare("SELECT limit_minor FROM transactions WHERE seq >= ?1 AND limit_minor > 0")?
        .query_map([first], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let periods_after: Vec<(String, i64)> = source
        .prepare("SELECT period, used_minor FROM limit_usage")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let moved: Vec<String> = periods_after
        .into_iter()
        .filter(|p| !periods_before.contains(p))
        .map(|(period, _)| period)
        .collect();

    target.pragma_update(None, "synchronous", "FULL")?;
    // The page cache okpay's bulk writer gives itself (`ledger::bulk`), so that neither side
    // spills dirty pages to the log in the middle of its transaction.
    target.pragma_update(None, "cache_size", -32_768)?;
    let start = Instant::now();
    let tx = target.unchecked_transaction()?;
    let mut written = 0usize;
    for (table, rows) in &tables {
        let Some(width) = rows.first().map(Vec::len) else {
            continue;
        };
        let marks: Vec<String> = (1..=width).map(|i| format!("?{i}")).collect();
        let sql = format!("INSERT INTO {table} VALUES ({})", marks.join(", "));
        let mut insert = tx.prepare(&sql)?;
        for row in rows {
            insert.execute(rusqlite::params_from_iter(row))?;
            written += 1;
        }
    }
    {
        let mut balance = tx.prepare(
            "INSERT INTO balances (account_id, balance_minor, last_seq, mac) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (account_id) DO UPDATE
                 SET balance_minor = balance_minor + excluded.balance_minor,
                     last_seq = excluded.last_seq, mac = excluded.mac",
        )?;
        // A balance row carries a 32-byte MAC in the wallet; the floor writes as many bytes.
        let mac = [0u8; 32];
        for (seq, account, amount) in &postings {
            balance.execute(params![account, amount, seq, mac])?;
            written += 1;
        }
        let mut total =
            tx.prepare("UPDATE limit_usage SET used_minor = used_minor + ?1 WHERE period = ?2")?;
        for amount in &counted {
            for period in &moved {
                total.execute(params![amount, period])?;
                written += 1;
            }
        }
    }
    tx.commit()?;
    let seconds = start.elapsed().as_secs_f64();
    println!("{seconds:.3} s, {written} rows written");
    Ok(())
}
