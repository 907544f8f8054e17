//! Authentication: passwords, the key vault, sessions, lockout.
pub mod password;
pub mod totp;
pub mod vault;
