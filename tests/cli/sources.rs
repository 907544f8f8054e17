//! Black-box tests: sources (being written).
