//! The demo's throw-away wallet is removed even when the tour does not finish: on Ctrl-C
//! (SIGINT), a kill (SIGTERM, SIGHUP) or a closed pipe (SIGPIPE: `okpay demo | head -1`). The
//! handler only unlinks the directory's files and removes it (async-signal-safe calls, on
//! paths prepared beforehand), then dies of the same signal as it would have.

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::sync::OnceLock;

/// The files the demo may leave, then the directory itself (last).
static PATHS: OnceLock<Vec<CString>> = OnceLock::new();

/// What the demo writes in its directory.
const FILES: [&str; 5] = [
    "demo-wallet.db",
    "demo-wallet.db-wal",
    "demo-wallet.db-shm",
    "demo-wallet.db-journal",
    "demo-request.png",
];

const SIGNALS: [libc::c_int; 4] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP, libc::SIGPIPE];

extern "C" fn remove_and_die(signal: libc::c_int) {
    if let Some(paths) = PATHS.get() {
        if let Some((dir, files)) = paths.split_last() {
            for file in files {
                // SAFETY: unlink and rmdir are async-signal-safe; the strings were made before
                // the handler was installed and are never freed.
                unsafe {
                    libc::unlink(file.as_ptr());
                }
            }
            unsafe {
                libc::rmdir(dir.as_ptr());
            }
        }
    }
    // SAFETY: restoring the default action and raising the signal again are
    // async-signal-safe; the process then ends as the signal says (exit 130 for Ctrl-C).
    unsafe {
        libc::signal(signal, libc::SIG_DFL);
        libc::raise(signal);
    }
}

/// Remove `dir` (and the demo's files in it) if a signal ends the process.
pub fn on_signal_remove(dir: &Path) {
    let Ok(dir_c) = CString::new(dir.as_os_str().as_bytes()) else {
        return;
    };
    let mut paths: Vec<CString> = FILES
        .iter()
        .filter_map(|name| CString::new(dir.join(name).as_os_str().as_bytes()).ok())
        .collect();
    paths.push(dir_c);
    if PATHS.set(paths).is_err() {
        return;
    }
    for signal in SIGNALS {
        // SAFETY: installing a handler that only makes async-signal-safe calls.
        unsafe {
            libc::signal(
                signal,
                remove_and_die as extern "C" fn(libc::c_int) as *const () as libc::sighandler_t,
            );
        }
    }
}
