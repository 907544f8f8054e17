//! Black-box tests: topup (being written).
