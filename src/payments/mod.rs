//! Paying merchants: merchants, payment requests (flags, JSON, `okpay:pay?` URIs, QR codes,
//! signed by the merchant or not), the checkout pipeline in CLI.md's order, and refunds.

pub mod batch;
pub mod checkout;
pub mod merchant;
pub mod plan;
pub mod refund;
pub mod request;
pub mod scan;
pub mod signature;
pub mod uri;
