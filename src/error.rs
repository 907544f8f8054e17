//! The one error type of okpay: a stable machine code (CLI.md's table), the exit code that goes
//! with it, a message key into the `locales/` catalogues with its arguments, and JSON details.
//!
//! The library never renders text: the CLI looks the message and advice up in the user's
//! language. `Display` prints the code and arguments, for logs and tests.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Map, Value};

/// Every stable error code of CLI.md. Renaming one breaks users' scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Code {
    Internal,
    InvalidInput,
    InputRequired,
    AuthRequired,
    AuthFailed,
    OtpRequired,
    OtpInvalid,
    SessionExpired,
    StepUpRequired,
    LockedOut,
    Frozen,
    InsufficientFunds,
    LimitExceeded,
    RiskBlocked,
    MerchantNotAccepting,
    MerchantBlocked,
    CurrencyNotSupported,
    SourceDeclined,
    SourceInsufficientFunds,
    InvalidSourceDetails,
    SourceExpired,
    RailUnavailable,
    Maintenance,
    IdempotencyConflict,
    AlreadyExists,
    InvalidState,
    NotFound,
    IntegrityError,
}

impl Code {
    /// Every code, for tests and documentation.
    pub const ALL: [Code; 28] = [
        Code::Internal,
        Code::InvalidInput,
        Code::InputRequired,
        Code::AuthRequired,
        Code::AuthFailed,
        Code::OtpRequired,
        Code::OtpInvalid,
        Code::SessionExpired,
        Code::StepUpRequired,
        Code::LockedOut,
        Code::Frozen,
        Code::InsufficientFunds,
        Code::LimitExceeded,
        Code::RiskBlocked,
        Code::MerchantNotAccepting,
        Code::MerchantBlocked,
        Code::CurrencyNotSupported,
        Code::SourceDeclined,
        Code::SourceInsufficientFunds,
        Code::InvalidSourceDetails,
        Code::SourceExpired,
        Code::RailUnavailable,
        Code::Maintenance,
        Code::IdempotencyConflict,
        Code::AlreadyExists,
        Code::InvalidState,
        Code::NotFound,
        Code::IntegrityError,
    ];

    /// The stable string users' scripts match on.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Internal => "internal",
            Code::InvalidInput => "invalid_input",
            Code::InputRequired => "input_required",
            Code::AuthRequired => "auth_required",
            Code::AuthFailed => "auth_failed",
            Code::OtpRequired => "otp_required",
            Code::OtpInvalid => "otp_invalid",
            Code::SessionExpired => "session_expired",
            Code::StepUpRequired => "step_up_required",
            Code::LockedOut => "locked_out",
            Code::Frozen => "frozen",
            Code::InsufficientFunds => "insufficient_funds",
            Code::LimitExceeded => "limit_exceeded",
            Code::RiskBlocked => "risk_blocked",
            Code::MerchantNotAccepting => "merchant_not_accepting",
            Code::MerchantBlocked => "merchant_blocked",
            Code::CurrencyNotSupported => "currency_not_supported",
            Code::SourceDeclined => "source_declined",
            Code::SourceInsufficientFunds => "source_insufficient_funds",
            Code::InvalidSourceDetails => "invalid_source_details",
            Code::SourceExpired => "source_expired",
            Code::RailUnavailable => "rail_unavailable",
            Code::Maintenance => "maintenance",
            Code::IdempotencyConflict => "idempotency_conflict",
            Code::AlreadyExists => "already_exists",
            Code::InvalidState => "invalid_state",
            Code::NotFound => "not_found",
            Code::IntegrityError => "integrity_error",
        }
    }

    /// The process exit code of CLI.md's table.
    pub fn exit_code(self) -> i32 {
        match self {
            Code::Internal => 1,
            Code::InvalidInput | Code::InputRequired => 2,
            Code::AuthRequired
            | Code::AuthFailed
            | Code::OtpRequired
            | Code::OtpInvalid
            | Code::SessionExpired
            | Code::StepUpRequired => 3,
            Code::LockedOut | Code::Frozen => 4,
            Code::InsufficientFunds => 5,
            Code::LimitExceeded => 6,
            Code::RiskBlocked => 7,
            Code::MerchantNotAccepting | Code::MerchantBlocked | Code::CurrencyNotSupported => 8,
            Code::SourceDeclined
            | Code::SourceInsufficientFunds
            | Code::InvalidSourceDetails
            | Code::SourceExpired => 9,
            Code::RailUnavailable | Code::Maintenance => 10,
            Code::IdempotencyConflict | Code::AlreadyExists | Code::InvalidState => 11,
            Code::NotFound => 12,
            Code::IntegrityError => 13,
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An operating error (a wrong password, a declined card) or, with `Code::Internal`, a bug.
///
/// `key` names the message in the catalogues (`<key>` and, optionally, `<key>_advice`); when a
/// key has no advice of its own the code's generic advice (`advice.<code>`) is used.
#[derive(Debug, Clone)]
pub struct Error {
    pub code: Code,
    pub key: &'static str,
    pub args: BTreeMap<&'static str, String>,
    pub details: Map<String, Value>,
    /// A recorded refusal carries the transaction that records it (rendered JSON).
    pub transaction: Option<Value>,
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An error with its code and message key.
    pub fn new(code: Code, key: &'static str) -> Self {
        Error {
            code,
            key,
            args: BTreeMap::new(),
            details: Map::new(),
            transaction: None,
        }
    }

    /// `invalid_input` with a message key.
    pub fn invalid(key: &'static str) -> Self {
        Error::new(Code::InvalidInput, key)
    }

    /// An unexpected failure: a bug or a system fault. `what` is kept for the message.
    pub fn internal(what: impl fmt::Display) -> Self {
        Error::new(Code::Internal, "err.internal").arg("detail", what)
    }

    /// A message argument, interpolated as `%{name}`.
    pub fn arg(mut self, name: &'static str, value: impl fmt::Display) -> Self {
        self.args.insert(name, value.to_string());
        self
    }

    /// A field of `error.details` in the JSON output.
    pub fn detail(mut self, name: &str, value: impl Into<Value>) -> Self {
        self.details.insert(name.to_string(), value.into());
        self
    }

    /// A message argument that is also a detail.
    pub fn arg_detail(self, name: &'static str, value: impl fmt::Display) -> Self {
        let text = value.to_string();
        self.arg(name, &text).detail(name, text)
    }

    /// Attach the recorded transaction of a refusal.
    pub fn with_transaction(mut self, tx: Value) -> Self {
        self.transaction = Some(tx);
        self
    }

    /// The stable code string.
    pub fn code_str(&self) -> &'static str {
        self.code.as_str()
    }

    /// The process exit code.
    pub fn exit_code(&self) -> i32 {
        self.code.exit_code()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.code, self.key)?;
        for (name, value) in &self.args {
            write!(f, " {name}={value}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        if let rusqlite::Error::SqliteFailure(ref fe, _) = e {
            match fe.code {
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked => {
                    return Error::new(Code::Internal, "err.busy");
                }
                rusqlite::ErrorCode::NotADatabase => {
                    return Error::new(Code::InvalidInput, "err.not_a_wallet");
                }
                rusqlite::ErrorCode::DiskFull => {
                    return Error::new(Code::Internal, "err.disk_full")
                }
                rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen => {
                    return Error::new(Code::Internal, "err.io").arg("detail", e);
                }
                _ => {}
            }
        }
        Error::internal(format!("database: {e}"))
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::new(Code::Internal, "err.io").arg("detail", e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_distinct_string_and_a_documented_exit_code() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            assert!(seen.insert(code.as_str()), "duplicate {code}");
            assert!((1..=13).contains(&code.exit_code()));
        }
        assert_eq!(Code::InsufficientFunds.exit_code(), 5);
        assert_eq!(Code::Maintenance.exit_code(), 10);
        assert_eq!(Code::IntegrityError.exit_code(), 13);
    }
}
