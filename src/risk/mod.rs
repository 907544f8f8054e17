//! The stages of a payment that protect the payer: spending limits, and risk monitoring (a
//! rules engine whose every decision can be explained).

pub mod batch_usage;
pub mod engine;
pub mod limits;
pub mod monitor;
pub mod rules;
