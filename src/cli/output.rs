//! Standard output and standard error that never panic: `println!` panics when stdout cannot
//! be written (`okpay balance > /dev/full`). Output goes through [`write`], which keeps the
//! first failure; [`finish`] flushes and turns it into `io_error` (path `<stdout>`), so a run
//! whose output was lost never exits 0. A closed pipe ends the process by SIGPIPE (main.rs).

use std::fmt;
use std::io::Write;
use std::sync::Mutex;

use crate::error::{Error, IoCause, Result};

/// The first failure to write standard output, if any: its kind and errno (for the cause).
static STDOUT_FAILURE: Mutex<Option<(std::io::ErrorKind, Option<i32>)>> = Mutex::new(None);

/// Print on standard output like `println!`: `outln!("{x}")`.
macro_rules! outln {
    () => {
        $crate::cli::output::write(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::cli::output::write(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// Print on standard output like `print!`.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::cli::output::write(format_args!($($arg)*))
    };
}

/// Print on standard error like `eprintln!`, ignoring failures (there is nowhere left to say).
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::cli::output::write_err(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// Print on standard error like `eprint!`.
macro_rules! errout {
    ($($arg:tt)*) => {
        $crate::cli::output::write_err(format_args!($($arg)*))
    };
}

/// Write to standard output, keeping the first failure for [`finish`].
pub fn write(args: fmt::Arguments<'_>) {
    if let Err(e) = std::io::stdout().lock().write_fmt(args) {
        record(&e);
    }
}

/// Write to standard error; a failure there cannot be reported anywhere.
pub fn write_err(args: fmt::Arguments<'_>) {
    let _ = std::io::stderr().lock().write_fmt(args);
}

/// Keep `e` as the failure of standard output, unless one is kept already.
pub fn record(e: &std::io::Error) {
    if let Ok(mut failure) = STDOUT_FAILURE.lock() {
        if failure.is_none() {
            *failure = Some((e.kind(), e.raw_os_error()));
        }
    }
}

/// Whether writing standard output has failed.
pub fn failed() -> bool {
    STDOUT_FAILURE.lock().map(|k| k.is_some()).unwrap_or(false)
}

/// `io_error` for standard output, from a failed write (also recorded).
pub fn stdout_error(e: std::io::Error) -> Error {
    record(&e);
    let cause = IoCause::of(&e);
    let mut error = Error::io("<stdout>", cause)
        .arg("cause", cause.as_str())
        .detail("system", e.to_string());
    // The command may have done its work: only its output was lost.
    error.key = "err.file.stdout";
    error
}

/// Flush standard output; the first failure of the run, if any, as `io_error`.
pub fn finish() -> Result<()> {
    if let Err(e) = std::io::stdout().lock().flush() {
        record(&e);
    }
    match STDOUT_FAILURE.lock().ok().and_then(|f| *f) {
        None => Ok(()),
        Some((_, Some(errno))) => Err(stdout_error(std::io::Error::from_raw_os_error(errno))),
        Some((kind, None)) => Err(stdout_error(std::io::Error::from(kind))),
    }
}
