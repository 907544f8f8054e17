-- okpay schema, version 5: spending limits. Append-only.
--
-- What a payment counts against the limits: the base-currency value of what left the wallet,
-- fee included, on succeeded payments only (declines and other kinds leave it NULL). It is
-- covered by the transaction's seal whenever it is set (src/ledger/seal.rs), and the partial
-- index makes a day's or a month's usage one index range scan.
ALTER TABLE transactions ADD COLUMN limit_minor INTEGER CHECK (limit_minor IS NULL OR limit_minor >= 0);
CREATE INDEX transactions_limit_usage ON transactions (created_at_ms, limit_minor)
    WHERE limit_minor IS NOT NULL;

-- Whether the limit rows were ever written (sealed with the settings, so deleting every row
-- cannot silently bring back the defaults).
ALTER TABLE wallet ADD COLUMN limits_set INTEGER NOT NULL DEFAULT 0 CHECK (limits_set IN (0, 1));

-- The limit settings, one row per limit, in minor units of the base currency; a raise waits in
-- `pending_minor` until `effective_at_ms`. No row means the documented default. Every row is
-- sealed (src/ledger/sealed.rs, LIMITS); rows are written all three at once and never deleted.
CREATE TABLE limits (
    name             TEXT    PRIMARY KEY CHECK (name IN ('per_transaction', 'daily', 'monthly')),
    amount_minor     INTEGER NOT NULL CHECK (amount_minor > 0),
    pending_minor    INTEGER CHECK (pending_minor IS NULL OR pending_minor > 0),
    effective_at_ms  INTEGER,
    changed_at_ms    INTEGER NOT NULL,
    mac              BLOB
);
