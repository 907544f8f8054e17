-- Running totals of what payments counted against the spending limits, one row per calendar
-- day and month of the wallet's zone that had a payment: a payment reads two rows instead of
-- summing every payment of the month. A row is a cache of the sum over the indexed
-- `transactions.limit_minor` column (less what refunds gave back), kept in the same SQL
-- transaction as the payment or refund that changes it, sealed with the wallet key; a missing
-- row is computed from the sum again, and `verify` recomputes every row.
CREATE TABLE limit_usage (
    -- 'day:' or 'month:' and the period's first instant in Unix milliseconds.
    period TEXT PRIMARY KEY,
    used_minor INTEGER NOT NULL CHECK (used_minor >= 0),
    mac BLOB
);
