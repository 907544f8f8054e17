//! The `okpay` binary: tighten the umask, run the command line, exit with its code.

fn main() {
    // SAFETY: umask only changes this process's file-creation mask; nothing else runs yet.
    // Every file okpay creates (the wallet, its WAL, exports) is then private to the user.
    unsafe {
        libc::umask(0o077);
    }
    std::process::exit(okpay::cli::main());
}
