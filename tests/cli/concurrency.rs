//! Many processes at once: payers racing for one balance, kills at random moments, bursts of logins.
