//! Paying merchants: merchants, payment requests (flags, JSON, `okpay:pay?` URIs), the checkout
//! pipeline in CLI.md's order, and refunds.

pub mod checkout;
pub mod merchant;
pub mod plan;
pub mod refund;
pub mod request;
