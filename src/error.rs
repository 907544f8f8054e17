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
    IoError,
    Cancelled,
}

impl Code {
    /// Every code, for tests and documentation.
    pub const ALL: [Code; 30] = [
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
        Code::IoError,
        Code::Cancelled,
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
            Code::IoError => "io_error",
            Code::Cancelled => "cancelled",
        }
    }

    /// The process exit code of CLI.md's table.
    pub fn exit_code(self) -> i32 {
        match self {
            Code::Internal => 1,
            Code::InvalidInput | Code::InputRequired | Code::Cancelled => 2,
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
            Code::IoError => 14,
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

/// Marks an argument whose value is a catalogue key (a control character: no user text,
/// which is refused if it holds one, can start with it).
pub const MESSAGE_ARG_MARK: char = '\u{1}';

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

    /// A message argument that is itself a catalogue message (`key`), shown in the user's
    /// language: for reasons the library can name but not word.
    pub fn arg_message(mut self, name: &'static str, key: impl fmt::Display) -> Self {
        self.args.insert(name, format!("{MESSAGE_ARG_MARK}{key}"));
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
    /// SQLite's failures by what they mean for the user: damage is `integrity_error`, the file
    /// system refusing is `io_error`, a busy lock is retried by the store. The wallet's path is
    /// not known here: the layer that opened the file adds it (`details.sqlite` marks these).
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        let rusqlite::Error::SqliteFailure(ref fe, ref message) = e else {
            // A statement that names a column or table the file lacks: damage, not a bug.
            if let rusqlite::Error::SqlInputError { ref msg, .. } = e {
                if is_missing_schema(msg) {
                    return damaged(msg);
                }
            }
            return Error::internal(format!("database: {e}"));
        };
        let text = message.clone().unwrap_or_else(|| fe.to_string());
        let io = |cause: IoCause| Error::io_unnamed(cause).detail("sqlite", text.clone());
        match fe.code {
            C::DatabaseBusy | C::DatabaseLocked => Error::new(Code::Internal, "err.busy"),
            // The header check let the file in, so it is an okpay wallet: now it is damaged.
            C::DatabaseCorrupt | C::NotADatabase => damaged(&text),
            C::DiskFull => io(IoCause::DiskFull),
            C::ReadOnly => io(IoCause::ReadOnly),
            C::PermissionDenied => io(IoCause::PermissionDenied),
            C::CannotOpen => io(IoCause::CannotOpen),
            C::SystemIoFailure => io(IoCause::Failed),
            _ if is_missing_schema(&text) => damaged(&text),
            _ => Error::internal(format!("database: {e}")),
        }
    }
}

/// `integrity_error` for a file SQLite finds damaged; `detail` is SQLite's own words.
fn damaged(detail: &str) -> Error {
    Error::new(Code::IntegrityError, "err.file.damaged")
        .arg("detail", detail)
        .detail("sqlite", detail)
}

/// A table, column or schema missing from a wallet whose header is okpay's: damage, not a bug.
fn is_missing_schema(message: &str) -> bool {
    [
        "no such table",
        "no such column",
        "malformed database schema",
    ]
    .iter()
    .any(|p| message.starts_with(p))
}

impl From<std::io::Error> for Error {
    /// A file-system failure whose path the caller did not name; prefer [`Error::io_at`].
    fn from(e: std::io::Error) -> Self {
        // Reading text that is not UTF-8 (standard input, a file) is bad input, not a fault.
        if e.kind() == std::io::ErrorKind::InvalidData {
            return Error::invalid("err.file.not_utf8");
        }
        Error::io("<unknown>", IoCause::of(&e)).detail("system", e.to_string())
    }
}

impl Error {
    /// `io_error`: `path` could not be read or written because of `cause`.
    pub fn io(path: impl fmt::Display, cause: IoCause) -> Self {
        Error::io_unnamed(cause).arg_detail("path", path)
    }

    /// `io_error` from a failed operation on `path`.
    pub fn io_at(path: &std::path::Path, e: &std::io::Error) -> Self {
        Error::io(path.display(), IoCause::of(e)).detail("system", e.to_string())
    }

    /// `io_error` whose path the caller adds later (with [`Error::with_path`]).
    fn io_unnamed(cause: IoCause) -> Self {
        Error::new(Code::IoError, cause.key()).detail("cause", cause.as_str())
    }

    /// Name `path` in an error that came from SQLite without one (damage, a refused file).
    pub fn with_path(self, path: &std::path::Path) -> Self {
        if self.details.contains_key("sqlite") && !self.details.contains_key("path") {
            self.arg_detail("path", path.display())
        } else {
            self
        }
    }

    /// Replace the cause of an `io_error` (once the caller has looked at the file system).
    pub fn with_cause(mut self, cause: IoCause) -> Self {
        if self.code == Code::IoError {
            self.key = cause.key();
            self.details.insert("cause".into(), cause.as_str().into());
        }
        self
    }
}

/// Why a file could not be read or written: `details.cause` of `io_error`, a stable word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum IoCause {
    PermissionDenied,
    ReadOnlyFileSystem,
    /// The file was opened for reading only (SQLite refused a write).
    ReadOnly,
    DiskFull,
    NameTooLong,
    NotARegularFile,
    NotADirectory,
    IsADirectory,
    NotFound,
    SymlinkLoop,
    /// SQLite could not open the file or the journal beside it.
    CannotOpen,
    /// Any other failure of the device or the system.
    Failed,
}

impl IoCause {
    /// Every cause, for tests.
    pub const ALL: [IoCause; 12] = [
        IoCause::PermissionDenied,
        IoCause::ReadOnlyFileSystem,
        IoCause::ReadOnly,
        IoCause::DiskFull,
        IoCause::NameTooLong,
        IoCause::NotARegularFile,
        IoCause::NotADirectory,
        IoCause::IsADirectory,
        IoCause::NotFound,
        IoCause::SymlinkLoop,
        IoCause::CannotOpen,
        IoCause::Failed,
    ];

    /// The stable word of `details.cause`.
    pub fn as_str(self) -> &'static str {
        match self {
            IoCause::PermissionDenied => "permission_denied",
            IoCause::ReadOnlyFileSystem => "read_only_file_system",
            IoCause::ReadOnly => "read_only",
            IoCause::DiskFull => "disk_full",
            IoCause::NameTooLong => "name_too_long",
            IoCause::NotARegularFile => "not_a_regular_file",
            IoCause::NotADirectory => "not_a_directory",
            IoCause::IsADirectory => "is_a_directory",
            IoCause::NotFound => "not_found",
            IoCause::SymlinkLoop => "symlink_loop",
            IoCause::CannotOpen => "cannot_open",
            IoCause::Failed => "io_failure",
        }
    }

    /// The message key (`err.file.<cause>`, with its advice beside it).
    pub fn key(self) -> &'static str {
        match self {
            IoCause::PermissionDenied => "err.file.permission_denied",
            IoCause::ReadOnlyFileSystem => "err.file.read_only_file_system",
            IoCause::ReadOnly => "err.file.read_only",
            IoCause::DiskFull => "err.file.disk_full",
            IoCause::NameTooLong => "err.file.name_too_long",
            IoCause::NotARegularFile => "err.file.not_a_regular_file",
            IoCause::NotADirectory => "err.file.not_a_directory",
            IoCause::IsADirectory => "err.file.is_a_directory",
            IoCause::NotFound => "err.file.not_found",
            IoCause::SymlinkLoop => "err.file.symlink_loop",
            IoCause::CannotOpen => "err.file.cannot_open",
            IoCause::Failed => "err.file.io_failure",
        }
    }

    /// The cause of a failed system call.
    pub fn of(e: &std::io::Error) -> IoCause {
        match e.raw_os_error() {
            Some(libc::EACCES | libc::EPERM) => IoCause::PermissionDenied,
            Some(libc::EROFS) => IoCause::ReadOnlyFileSystem,
            Some(libc::ENOSPC | libc::EDQUOT | libc::EFBIG) => IoCause::DiskFull,
            Some(libc::ENAMETOOLONG) => IoCause::NameTooLong,
            Some(libc::ENOTDIR) => IoCause::NotADirectory,
            Some(libc::EISDIR) => IoCause::IsADirectory,
            Some(libc::ENOENT) => IoCause::NotFound,
            Some(libc::ELOOP) => IoCause::SymlinkLoop,
            Some(libc::ENXIO | libc::ENODEV) => IoCause::NotARegularFile,
            _ => match e.kind() {
                std::io::ErrorKind::PermissionDenied => IoCause::PermissionDenied,
                std::io::ErrorKind::NotFound => IoCause::NotFound,
                _ => IoCause::Failed,
            },
        }
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
            assert!((1..=14).contains(&code.exit_code()));
        }
        assert_eq!(Code::InsufficientFunds.exit_code(), 5);
        assert_eq!(Code::Maintenance.exit_code(), 10);
        assert_eq!(Code::IntegrityError.exit_code(), 13);
        assert_eq!(Code::IoError.exit_code(), 14);
        assert_eq!(Code::Cancelled.exit_code(), 2);
    }

    #[test]
    fn io_causes_have_distinct_words_and_keys() {
        let mut seen = std::collections::HashSet::new();
        for cause in IoCause::ALL {
            assert!(seen.insert(cause.as_str()));
            assert_eq!(cause.key(), format!("err.file.{}", cause.as_str()));
        }
        let e = std::io::Error::from_raw_os_error(libc::ENAMETOOLONG);
        assert_eq!(IoCause::of(&e), IoCause::NameTooLong);
        let e = std::io::Error::from_raw_os_error(libc::ENOSPC);
        assert_eq!(IoCause::of(&e), IoCause::DiskFull);
        let e = std::io::Error::from_raw_os_error(libc::EROFS);
        assert_eq!(Error::from(e).details["cause"], "read_only_file_system");
        let text = std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8");
        assert_eq!(Error::from(text).code, Code::InvalidInput);
    }
}
