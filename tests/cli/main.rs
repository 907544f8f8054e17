//! Black-box tests of the `okpay` command line: one test binary, a harness like jj's, and one
//! module per feature. Each test runs the real binary against its own wallet file.

mod harness;

mod backup;
mod balance;
mod batch;
mod concurrency;
mod damaged;
mod demo;
mod docs;
mod errors;
mod export_device;
mod feel;
mod fx;
mod history;
mod hostile;
mod init;
mod limits;
mod merchant;
mod model;
mod password;
mod pay;
mod receipt;
mod records;
mod refund;
mod request;
mod risk;
mod sandbox_clock;
mod secrets;
mod security;
mod session;
mod sources;
mod support;
mod tamper;
mod tickets;
mod topup;
mod transfer;
mod twofa;
mod ui;
mod verify;
mod verify_stream;
