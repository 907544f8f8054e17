-- okpay schema, version 3: merchants. Append-only.

CREATE TABLE merchants (
    seq            INTEGER PRIMARY KEY,
    id             TEXT    NOT NULL UNIQUE,
    name           TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    accepts_okpay  INTEGER NOT NULL DEFAULT 1 CHECK (accepts_okpay IN (0, 1)),
    category       TEXT,
    currencies     TEXT    NOT NULL DEFAULT '',  -- comma-separated ISO codes; empty means all
    blocked        INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
    origin         TEXT    NOT NULL CHECK (origin IN ('added', 'payment')),
    created_at_ms  INTEGER NOT NULL
);
