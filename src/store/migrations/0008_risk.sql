-- okpay schema: risk monitoring. Append-only: never edit this file, add a new one.

-- The rule settings changed with `risk set`, one row per rule plus the decision thresholds
-- (`rule = 'thresholds'`). `params` is a JSON object of whole numbers in internal units (amounts
-- in minor units of the base currency, windows in seconds). No row means the documented
-- defaults; once one is set, every row is written and sealed (src/ledger/sealed.rs, RISK_RULES),
-- and the settings row remembers it (`wallet.risk_set`), so deleting them all shows.
CREATE TABLE risk_rules (
    rule           TEXT    PRIMARY KEY CHECK (rule IN ('velocity', 'unusual_amount',
                       'new_merchant_large', 'night_large', 'topup_then_pay',
                       'after_credential_change', 'repeated_declines', 'thresholds')),
    enabled        INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    params         TEXT    NOT NULL,
    changed_at_ms  INTEGER NOT NULL,
    mac            BLOB
);
ALTER TABLE wallet ADD COLUMN risk_set INTEGER NOT NULL DEFAULT 0 CHECK (risk_set IN (0, 1));

-- How often each rule fired (`risk rules`): a counter for display, which no decision reads.
CREATE TABLE risk_fired (
    rule   TEXT    PRIMARY KEY,
    count  INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0)
);

-- The rules' inputs, each one bounded index range scan over a short window:
-- declined payments (repeated_declines),
CREATE INDEX transactions_declines ON transactions (created_at_ms)
    WHERE kind = 'payment' AND status = 'declined';
-- instant top-ups that went through (topup_then_pay),
CREATE INDEX transactions_topups ON transactions (created_at_ms, currency, amount_minor)
    WHERE kind = 'topup' AND status = 'succeeded';
-- and refunds, which give back what their payment counted against the spending limits.
CREATE INDEX transactions_refunds ON transactions (created_at_ms)
    WHERE kind = 'refund';
