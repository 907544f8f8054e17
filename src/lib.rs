//! okpay: a local-first, multi-currency wallet kept in one SQLite file.
//!
//! The library holds the domain (money, ledger, authentication, the wallet facade); the binary's
//! `cli` module is the only code that knows about terminals.

pub mod auth;
pub mod cli;
pub mod clock;
pub mod error;
pub mod fnv;
pub mod funding;
pub mod fx;
pub mod ledger;
pub mod money;
pub mod payments;
pub mod records;
pub mod risk;
pub mod store;
pub mod support;
pub mod text;
pub mod wallet;
