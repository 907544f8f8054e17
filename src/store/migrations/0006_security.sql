-- okpay schema: the security centre. Append-only: never edit this file, add a new one.

-- `security freeze` works without unlocking, so it cannot re-seal the settings row: it records a
-- request here, outside the row's MAC. A request can only make the wallet stricter (frozen when
-- either this or the sealed `frozen` flag is set); the next unlocked write folds it into the
-- sealed flag, and `security unfreeze` (a step-up) clears both.
ALTER TABLE wallet ADD COLUMN freeze_requested_at_ms INTEGER;

-- `security events --kind K` reads the newest events of a few kinds.
CREATE INDEX security_events_kind ON security_events (kind, seq);
