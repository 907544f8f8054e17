-- okpay schema: exchange rates. Append-only: never edit this file, add a new one.

-- The rates the wallet was given (`fx set`, `fx import`): the newest of each ordered pair,
-- `1 base = rate quote` as a decimal string. Conversions read them, so each row is sealed
-- (src/ledger/sealed.rs, FX_RATES), and their count is sealed in `fx_settings`, so a deleted
-- row shows too. The bundled snapshot is compiled in and never stored.
CREATE TABLE fx_rates (
    base        TEXT    NOT NULL CHECK (length(base) = 3),
    quote       TEXT    NOT NULL CHECK (length(quote) = 3 AND quote <> base),
    rate        TEXT    NOT NULL,
    date        TEXT    NOT NULL,
    source      TEXT    NOT NULL CHECK (source IN ('manual', 'csv', 'ecb')),
    set_at_ms   INTEGER NOT NULL,
    mac         BLOB,
    PRIMARY KEY (base, quote)
);

-- The conversion settings: the spread (percent, a decimal string) and how many rates are stored.
-- No row means the defaults and no rates; once written it is sealed (FX_SETTINGS).
CREATE TABLE fx_settings (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    spread_percent  TEXT    NOT NULL,
    rates_count     INTEGER NOT NULL CHECK (rates_count >= 0),
    changed_at_ms   INTEGER NOT NULL,
    mac             BLOB
);
