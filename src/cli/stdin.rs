//! Standard input read without a buffer in between: one line at a time, straight from the
//! descriptor, so that what a command has not read stays in the pipe and can be looked at.
//! That is what lets `--details-stdin` refuse extra lines that are already there without ever
//! waiting for a writer that keeps the pipe open (CLI.md "Standard input").

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::os::fd::{AsFd, AsRawFd};

use zeroize::Zeroizing;

/// Standard input as a file of its own (a duplicate of descriptor 0, sharing its position),
/// or `None` when descriptor 0 is closed, which reads as an empty input.
fn stdin_file() -> Option<File> {
    std::io::stdin()
        .as_fd()
        .try_clone_to_owned()
        .ok()
        .map(File::from)
}

/// One line of at most `max_bytes` bytes, its line ending included; `None` at the end of the
/// input. Bytes are read one at a time so that nothing after the line is consumed.
pub fn read_line(max_bytes: usize) -> std::io::Result<Option<Zeroizing<Vec<u8>>>> {
    let Some(mut file) = stdin_file() else {
        return Ok(None);
    };
    let mut line = Zeroizing::new(Vec::new());
    let mut byte = Zeroizing::new([0_u8; 1]);
    while line.len() < max_bytes {
        match file.read(&mut byte[..]) {
            Ok(0) => break,
            Ok(_) => {
                line.push(byte[0]);
                if byte[0] == b'\n' {
                    break;
                }
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(if line.is_empty() { None } else { Some(line) })
}

/// Whether reading standard input now would not block: data is waiting, or the writer is
/// gone (end of input), or it is a regular file.
fn ready_now(file: &File) -> bool {
    let mut pollfd = libc::pollfd {
        fd: file.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: `pollfd` is one valid, initialised element and the count is 1; with a timeout
    // of 0 `poll` returns at once and writes nothing but `revents`.
    let ready = unsafe { libc::poll(&mut pollfd, 1, 0) };
    ready > 0 && pollfd.revents & (libc::POLLIN | libc::POLLHUP) != 0
}

/// What is already waiting on standard input, up to `max_bytes`, without waiting for more:
/// the rest of a pipe whose writer is done, or of a redirected file.
pub fn read_waiting(max_bytes: usize) -> std::io::Result<Zeroizing<Vec<u8>>> {
    let mut rest = Zeroizing::new(Vec::new());
    let Some(mut file) = stdin_file() else {
        return Ok(rest);
    };
    let mut chunk = Zeroizing::new([0_u8; 512]);
    while rest.len() < max_bytes && ready_now(&file) {
        match file.read(&mut chunk[..]) {
            Ok(0) => break,
            Ok(n) => rest.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(rest)
}
