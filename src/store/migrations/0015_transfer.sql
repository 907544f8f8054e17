-- okpay schema: transfers out of the wallet. Append-only.
--
-- A transfer is a new kind of transaction, and `transactions.kind` carries a CHECK that SQLite
-- cannot alter. The table is rebuilt as https://www.sqlite.org/lang_altertable.html#otheralter
-- describes: a new table with the wider CHECK, every row copied with its exact values (the seals
-- cover the row's values, not the SQL that made it, so the chain still verifies), the old table
-- dropped, the new one renamed, then its indexes and append-only triggers made again. The
-- migration runner turns foreign keys off around it and runs `PRAGMA foreign_key_check` before
-- committing (src/store/mod.rs), as step 1 and step 10 of that procedure ask.
--
-- The columns keep their order (`limit_minor` last, where 0005 added it) so `SELECT *` and every
-- stored row read as before.
CREATE TABLE transactions_new (
    seq              INTEGER PRIMARY KEY,
    id               TEXT    NOT NULL UNIQUE,
    kind             TEXT    NOT NULL CHECK (kind IN ('topup', 'payment', 'refund', 'conversion', 'settlement', 'transfer')),
    status           TEXT    NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed', 'declined')),
    amount_minor     INTEGER NOT NULL,
    currency         TEXT    NOT NULL,
    fee_minor        INTEGER NOT NULL DEFAULT 0,
    created_at_ms    INTEGER NOT NULL,
    available_at_ms  INTEGER,
    merchant_id      TEXT,
    source_id        TEXT,
    order_id         TEXT,
    memo             TEXT,
    reason           TEXT,                 -- the error code of a failure or decline
    data             TEXT    NOT NULL DEFAULT '{}',  -- JSON: items, fx, details, risk
    limit_minor      INTEGER CHECK (limit_minor IS NULL OR limit_minor >= 0)
);
INSERT INTO transactions_new (seq, id, kind, status, amount_minor, currency, fee_minor,
        created_at_ms, available_at_ms, merchant_id, source_id, order_id, memo, reason, data,
        limit_minor)
    SELECT seq, id, kind, status, amount_minor, currency, fee_minor, created_at_ms,
        available_at_ms, merchant_id, source_id, order_id, memo, reason, data, limit_minor
    FROM transactions;
-- Dropping the table drops its indexes and triggers with it.
DROP TABLE transactions;
ALTER TABLE transactions_new RENAME TO transactions;

-- Every index on `transactions` that 0001, 0004, 0005, 0008 made and 0014 kept.
CREATE INDEX transactions_created ON transactions (created_at_ms);
CREATE INDEX transactions_kind ON transactions (kind, seq);
CREATE INDEX transactions_merchant ON transactions (merchant_id, seq) WHERE merchant_id IS NOT NULL;
CREATE INDEX transactions_source ON transactions (source_id, seq) WHERE source_id IS NOT NULL;
CREATE INDEX transactions_order ON transactions (merchant_id, order_id) WHERE order_id IS NOT NULL;
CREATE INDEX transactions_idempotency ON transactions (
    json_extract(data, '$.idempotency.kind'), json_extract(data, '$.idempotency.key')
) WHERE json_extract(data, '$.idempotency.key') IS NOT NULL;
CREATE INDEX transactions_declines ON transactions (created_at_ms)
    WHERE kind = 'payment' AND status = 'declined';
CREATE INDEX transactions_topups ON transactions (created_at_ms, currency, amount_minor)
    WHERE kind = 'topup' AND status = 'succeeded';
CREATE INDEX transactions_refunds ON transactions (created_at_ms)
    WHERE kind = 'refund';

CREATE TRIGGER transactions_append_only_update BEFORE UPDATE ON transactions
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER transactions_append_only_delete BEFORE DELETE ON transactions
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;


-- The other people's accounts transfers went to: the holder's name, the masked IBAN, the IBAN
-- itself encrypted with the wallet key (associated data `payees.secret.ID`, never in clear),
-- and what the simulated bank rail does with it. One row per transfer to an IBAN; sealed
-- (src/ledger/sealed.rs, PAYEES), since settlement decides from `behaviour`.
CREATE TABLE payees (
    seq            INTEGER PRIMARY KEY,
    id             TEXT    NOT NULL UNIQUE,
    holder         TEXT    NOT NULL,
    masked         TEXT    NOT NULL,
    secret         BLOB    NOT NULL,
    behaviour      TEXT    NOT NULL,
    created_at_ms  INTEGER NOT NULL,
    mac            BLOB
);
