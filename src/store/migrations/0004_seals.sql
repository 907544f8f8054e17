-- okpay schema, version 4: sealed state outside the chain, the wallet's id for the rollback
-- anchor, and lock-out reservations. Append-only.
--
-- Every row a decision trusts carries `mac`: an HMAC with the wallet key over the row's
-- columns (see src/ledger/sealed.rs), written by the same helper for every table, checked
-- before a write trusts the row and by `verify`. A wallet made before version 4 has no MACs
-- yet: its first unlocked write seals every row and moves the chain head's MAC to version 2,
-- so that clearing a MAC afterwards cannot pass for an old wallet.

ALTER TABLE wallet ADD COLUMN wallet_id TEXT;
UPDATE wallet SET wallet_id = lower(hex(randomblob(16))) WHERE wallet_id IS NULL;
ALTER TABLE wallet ADD COLUMN mac BLOB;
-- Every password or code attempt ever reserved (before the KDF runs), the attempts still in
-- flight and since when; with failed_unlocks, checked against the values sealed at the last
-- unlocked write.
ALTER TABLE wallet ADD COLUMN unlock_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE wallet ADD COLUMN attempts_pending INTEGER NOT NULL DEFAULT 0;
ALTER TABLE wallet ADD COLUMN pending_since_ms INTEGER;
ALTER TABLE wallet ADD COLUMN attempts_sealed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE wallet ADD COLUMN failed_sealed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE wallet ADD COLUMN last_backup_ms INTEGER;
-- Whether two-factor authentication is on (sealed with the settings, so removing the TOTP row
-- cannot switch it off).
ALTER TABLE wallet ADD COLUMN twofa INTEGER NOT NULL DEFAULT 0 CHECK (twofa IN (0, 1));

-- The transaction that last changed a balance: a sealed balance names it, and the newest
-- posting of the account must be that transaction's.
ALTER TABLE balances ADD COLUMN last_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE balances ADD COLUMN mac BLOB;
ALTER TABLE tx_status ADD COLUMN mac BLOB;
ALTER TABLE merchants ADD COLUMN mac BLOB;
ALTER TABLE idempotency ADD COLUMN mac BLOB;
ALTER TABLE sessions ADD COLUMN mac BLOB;
ALTER TABLE sources ADD COLUMN mac BLOB;
ALTER TABLE rails_down ADD COLUMN mac BLOB;

-- Idempotency records are an index over the sealed transactions that name their key (in
-- `data.idempotency`): a record removed or pointed elsewhere is found through this index.
CREATE INDEX transactions_idempotency ON transactions (
    json_extract(data, '$.idempotency.kind'), json_extract(data, '$.idempotency.key')
) WHERE json_extract(data, '$.idempotency.key') IS NOT NULL;

-- Two-factor authentication (RFC 6238 TOTP). The secret is encrypted with the wallet key
-- (associated data `totp.secret.1`); `last_step` is the newest 30-second step whose code was
-- accepted, so a code is never accepted twice (RFC 6238 §5.2). `enabled` is 0 while a new
-- secret waits for `2fa confirm`.
CREATE TABLE totp (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    secret         BLOB    NOT NULL,
    enabled        INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
    last_step      INTEGER,
    created_at_ms  INTEGER NOT NULL,
    enabled_at_ms  INTEGER,
    mac            BLOB
);
-- Single-use recovery codes, stored as SHA-256 hashes only.
CREATE TABLE recovery_codes (
    n           INTEGER PRIMARY KEY,
    hash        BLOB    NOT NULL,
    used_at_ms  INTEGER,
    mac         BLOB
);
