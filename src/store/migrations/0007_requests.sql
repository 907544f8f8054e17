-- okpay schema: payment requests a merchant signs. Append-only: never edit this file, add a new one.

-- A merchant's Ed25519 verify key, the raw 32-byte public key (`merchant add --verify-key`). A
-- merchant with one is paid only through requests its key signed. The key is part of the
-- merchant row's seal (src/ledger/sealed.rs, MERCHANTS), so removing it behind okpay's back is
-- found by the next payment to that merchant and by `verify`.
ALTER TABLE merchants ADD COLUMN verify_key BLOB
    CHECK (verify_key IS NULL OR (typeof(verify_key) = 'blob' AND length(verify_key) = 32));
