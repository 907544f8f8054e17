//! The stages of a payment that protect the payer: spending limits (and, later, risk rules).

pub mod limits;
