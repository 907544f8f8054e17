//! One-row queries and statements through the connection's prepared-statement cache: a
//! statement a command runs twice (the chain head, a seal, a merchant) is parsed once.

use rusqlite::{Connection, Params, Row};

/// `query_row` and `execute` that reuse a cached prepared statement.
pub trait Cached {
    /// Like [`Connection::query_row`], through the statement cache.
    fn row<T, P, F>(&self, sql: &str, params: P, f: F) -> rusqlite::Result<T>
    where
        P: Params,
        F: FnOnce(&Row<'_>) -> rusqlite::Result<T>;

    /// Like [`Connection::execute`], through the statement cache.
    fn exec<P: Params>(&self, sql: &str, params: P) -> rusqlite::Result<usize>;
}

impl Cached for Connection {
    fn row<T, P, F>(&self, sql: &str, params: P, f: F) -> rusqlite::Result<T>
    where
        P: Params,
        F: FnOnce(&Row<'_>) -> rusqlite::Result<T>,
    {
        self.prepare_cached(sql)?.query_row(params, f)
    }

    fn exec<P: Params>(&self, sql: &str, params: P) -> rusqlite::Result<usize> {
        self.prepare_cached(sql)?.execute(params)
    }
}
