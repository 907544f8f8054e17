-- okpay schema: the support desk (contact channels, maintenance windows, tickets). Append-only:
-- never edit this file, add a new one.
--
-- Every table here is sealed (src/ledger/sealed.rs): each row carries an HMAC with the wallet
-- key over its columns, written by an unlocked write and checked by writes and `verify`.

-- The contact channels the user changed with `support contact set`; a channel without a row
-- has its documented default. Tickets are addressed to the `email` channel, so a row edited
-- behind okpay's back must not pass: it is sealed.
CREATE TABLE support_contact (
    key            TEXT    PRIMARY KEY CHECK (key IN ('help_centre', 'email', 'chat', 'x', 'weibo', 'wechat')),
    value          TEXT    NOT NULL,
    changed_at_ms  INTEGER NOT NULL,
    mac            BLOB
) WITHOUT ROWID;

-- A maintenance window (a sandbox wallet schedules one with `sandbox maintenance --from --until
-- --note`; `--on` opens one without an end). The settings row's sealed `maintenance` flag says
-- that a window is set; this row says when it starts and is expected to end. With the flag set
-- and this row gone, the wallet is in maintenance without an end: removing the row can only
-- make okpay stricter.
CREATE TABLE maintenance_window (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    from_ms    INTEGER NOT NULL,
    until_ms   INTEGER,
    note       TEXT,
    set_at_ms  INTEGER NOT NULL,
    mac        BLOB,
    CHECK (until_ms IS NULL OR until_ms > from_ms)
);

-- Support tickets. `context` is the JSON snapshot taken when the ticket was opened: account
-- name, okpay version, operating system, the referenced transactions in full (masked sources
-- only) and the security events around them.
CREATE TABLE tickets (
    seq            INTEGER PRIMARY KEY,
    id             TEXT    NOT NULL UNIQUE,
    subject        TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('open', 'closed')),
    context        TEXT    NOT NULL DEFAULT '{}',
    created_at_ms  INTEGER NOT NULL,
    updated_at_ms  INTEGER NOT NULL,
    closed_at_ms   INTEGER,
    mac            BLOB
);

-- The messages of a ticket, numbered from 1 (the first is the description).
CREATE TABLE ticket_messages (
    ticket_seq     INTEGER NOT NULL REFERENCES tickets (seq),
    n              INTEGER NOT NULL CHECK (n > 0),
    body           TEXT    NOT NULL,
    created_at_ms  INTEGER NOT NULL,
    mac            BLOB,
    PRIMARY KEY (ticket_seq, n)
) WITHOUT ROWID;

-- Attachments (screenshots and the like), numbered from 1 across the ticket. `content` is
-- encrypted with the wallet key (associated data: the ticket's id, the number and the SHA-256),
-- so a file moved to another ticket or row does not open; `sha256` is of the plain bytes.
CREATE TABLE ticket_attachments (
    ticket_seq  INTEGER NOT NULL REFERENCES tickets (seq),
    n           INTEGER NOT NULL CHECK (n > 0),
    message_n   INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    type        TEXT    NOT NULL CHECK (type IN ('image/png', 'image/jpeg', 'application/pdf', 'text/plain')),
    size        INTEGER NOT NULL CHECK (size > 0),
    sha256      BLOB    NOT NULL,
    content     BLOB    NOT NULL,
    mac         BLOB,
    PRIMARY KEY (ticket_seq, n)
);
