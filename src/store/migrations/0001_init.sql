-- okpay schema, version 1. Migrations are append-only: never edit this file, add a new one.

-- The wallet itself: one row. The wallet key is wrapped under the password (argon2id +
-- XChaCha20-Poly1305); the sandbox flag is bound into the wrap's associated data.
CREATE TABLE wallet (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    username         TEXT    NOT NULL,
    base_currency    TEXT    NOT NULL,
    time_zone        TEXT    NOT NULL,
    sandbox          INTEGER NOT NULL CHECK (sandbox IN (0, 1)),
    created_at_ms    INTEGER NOT NULL,
    kdf_m_kib        INTEGER NOT NULL,
    kdf_t            INTEGER NOT NULL,
    kdf_p            INTEGER NOT NULL,
    key_salt         BLOB    NOT NULL,
    key_nonce        BLOB    NOT NULL,
    key_wrapped      BLOB    NOT NULL,
    clock_ms         INTEGER,            -- the sandbox test clock; NULL on a normal wallet
    failed_unlocks   INTEGER NOT NULL DEFAULT 0,
    locked_until_ms  INTEGER,
    frozen           INTEGER NOT NULL DEFAULT 0 CHECK (frozen IN (0, 1)),
    maintenance      INTEGER NOT NULL DEFAULT 0 CHECK (maintenance IN (0, 1))
);

-- Ledger accounts: wallet:CUR, pending:CUR, external:SOURCE, merchant:ID, fees:CUR, fx:CUR.
-- An account holds one currency; a merchant paid in two currencies has two accounts.
CREATE TABLE accounts (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    currency  TEXT NOT NULL,
    UNIQUE (name, currency)
);

-- Append-only: every money movement, refusal and settlement is one row here.
CREATE TABLE transactions (
    seq              INTEGER PRIMARY KEY,
    id               TEXT    NOT NULL UNIQUE,
    kind             TEXT    NOT NULL CHECK (kind IN ('topup', 'payment', 'refund', 'conversion', 'settlement')),
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
    data             TEXT    NOT NULL DEFAULT '{}'  -- JSON: items, fx, details, risk
);
CREATE INDEX transactions_created ON transactions (created_at_ms);
CREATE INDEX transactions_kind ON transactions (kind, seq);
CREATE INDEX transactions_currency ON transactions (currency, seq);
CREATE INDEX transactions_merchant ON transactions (merchant_id, seq) WHERE merchant_id IS NOT NULL;
CREATE INDEX transactions_source ON transactions (source_id, seq) WHERE source_id IS NOT NULL;
CREATE INDEX transactions_order ON transactions (merchant_id, order_id) WHERE order_id IS NOT NULL;

CREATE TABLE postings (
    tx_seq        INTEGER NOT NULL REFERENCES transactions (seq),
    account_id    INTEGER NOT NULL REFERENCES accounts (id),
    amount_minor  INTEGER NOT NULL,
    PRIMARY KEY (tx_seq, account_id)
) WITHOUT ROWID;
CREATE INDEX postings_account ON postings (account_id);

-- A later event about an earlier transaction: settles, returns, refunds, retries.
CREATE TABLE links (
    tx_seq      INTEGER NOT NULL REFERENCES transactions (seq),
    target_seq  INTEGER NOT NULL REFERENCES transactions (seq),
    kind        TEXT    NOT NULL CHECK (kind IN ('settles', 'returns', 'refunds', 'retries')),
    PRIMARY KEY (tx_seq, target_seq),
    CHECK (target_seq < tx_seq)
) WITHOUT ROWID;
CREATE INDEX links_target ON links (target_seq);

CREATE TRIGGER transactions_append_only_update BEFORE UPDATE ON transactions
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER transactions_append_only_delete BEFORE DELETE ON transactions
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER postings_append_only_update BEFORE UPDATE ON postings
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER postings_append_only_delete BEFORE DELETE ON postings
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER links_append_only_update BEFORE UPDATE ON links
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER links_append_only_delete BEFORE DELETE ON links
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;

-- Tamper evidence: each transaction's HMAC over its canonical bytes and the previous HMAC.
-- Kept apart from the ledger rows so a key rotation can re-seal without touching them.
CREATE TABLE seals (
    tx_seq  INTEGER PRIMARY KEY REFERENCES transactions (seq),
    mac     BLOB NOT NULL
);
-- The chain's head and length, MAC'd together so truncation shows.
CREATE TABLE chain (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    count     INTEGER NOT NULL,
    head      BLOB    NOT NULL,
    head_mac  BLOB
);

-- Derived tables, updated in the same SQL transaction as the postings; verify rebuilds them.
CREATE TABLE balances (
    account_id     INTEGER PRIMARY KEY REFERENCES accounts (id),
    balance_minor  INTEGER NOT NULL
);
CREATE TABLE tx_status (
    tx_seq          INTEGER PRIMARY KEY REFERENCES transactions (seq),
    status          TEXT    NOT NULL,
    refunded_minor  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tx_status_status ON tx_status (status, tx_seq);

-- Idempotency keys: per command kind, the canonical request's hash and the recorded outcome.
CREATE TABLE idempotency (
    kind           TEXT    NOT NULL,
    key            TEXT    NOT NULL,
    request_hash   BLOB    NOT NULL,
    tx_seq         INTEGER NOT NULL REFERENCES transactions (seq),
    created_at_ms  INTEGER NOT NULL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;

-- Sessions: the token's hash, its expiry, the wallet key wrapped under a key from the token.
CREATE TABLE sessions (
    id_hash        BLOB    PRIMARY KEY,
    created_at_ms  INTEGER NOT NULL,
    expires_at_ms  INTEGER NOT NULL,
    wrapped_key    BLOB    NOT NULL
) WITHOUT ROWID;

CREATE TABLE security_events (
    seq     INTEGER PRIMARY KEY,
    at_ms   INTEGER NOT NULL,
    kind    TEXT    NOT NULL,
    detail  TEXT    NOT NULL DEFAULT '{}'
);
