//! Rebuild when a message catalogue changes: the catalogues are compiled into the binary.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
