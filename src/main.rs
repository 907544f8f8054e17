//! The `okpay` binary: tighten the umask, run the command line, exit with its code.

fn main() {
    // SAFETY: umask only changes this process's file-creation mask; nothing else runs yet.
    // Every file okpay creates (the wallet, its WAL, exports) is then private to the user.
    unsafe {
        libc::umask(0o077);
    }
    // SAFETY: restoring the default action for SIGPIPE, before any thread starts, so that
    // `okpay history | head` ends quietly like other Unix tools instead of failing to write.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    okpay::store::configure_process();
    std::process::exit(okpay::cli::main());
}
