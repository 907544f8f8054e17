-- okpay schema, version 2: funding sources and the simulated rails' state. Append-only.

-- A funding source. Secrets (IBAN, account number, provider account id, e-mail) are encrypted
-- with the wallet key in `secret`; only masked forms are plain. Cards keep the rail's token,
-- brand, last four digits and expiry: never the full number, never the CVC.
CREATE TABLE sources (
    seq                INTEGER PRIMARY KEY,
    id                 TEXT    NOT NULL UNIQUE,
    kind               TEXT    NOT NULL CHECK (kind IN ('card', 'bank', 'platform', 'third-party')),
    label              TEXT,
    currency           TEXT    NOT NULL,
    holder             TEXT,
    masked             TEXT    NOT NULL,
    brand              TEXT,
    card_type          TEXT    CHECK (card_type IN ('debit', 'credit')),
    expiry             TEXT,
    provider           TEXT,
    bank_name          TEXT,
    token              TEXT,
    secret             BLOB,
    behaviour          TEXT    NOT NULL DEFAULT 'succeeds',  -- what the simulated rail does
    sim_balance_minor  INTEGER NOT NULL,                     -- the simulated external balance
    created_at_ms      INTEGER NOT NULL,
    removed_at_ms      INTEGER
);

-- The simulated rails that a sandbox test has taken down.
CREATE TABLE rails_down (
    kind  TEXT PRIMARY KEY CHECK (kind IN ('card', 'bank', 'platform', 'third-party'))
);
