//! `export -o` a device or a pipe writes through it: the path is never replaced by a regular
//! file (as root, renaming over `/dev/null` would have put a file there).

use std::os::unix::fs::FileTypeExt;
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;

use crate::harness::Env;

#[test]
fn an_export_to_a_fifo_goes_through_it_and_leaves_it_a_fifo() {
    let env = Env::new();
    env.init_sandbox();
    env.record_topup(12_345, Some("into the pipe"));
    let fifo = env.root().join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success(), "mkfifo failed");
    let (sent, received) = mpsc::channel();
    let path = fifo.clone();
    std::thread::spawn(move || {
        let _ = sent.send(std::fs::read(&path));
    });
    let out = env
        .cmd(["export", "--format", "json", "-o"])
        .arg(fifo.as_os_str())
        .run()
        .success();
    let kind = std::fs::symlink_metadata(&fifo)
        .expect("the pipe")
        .file_type();
    assert!(
        kind.is_fifo(),
        "the pipe was replaced: {kind:?}\n{}",
        out.show()
    );
    let bytes = received
        .recv_timeout(Duration::from_secs(30))
        .expect("the export wrote into the pipe")
        .expect("read the pipe");
    let json: Value = serde_json::from_slice(&bytes).expect("the export is JSON");
    let txs = json["transactions"].as_array().expect("transactions");
    assert_eq!(txs.len(), 1, "{json}");
    assert_eq!(txs[0]["memo"], "into the pipe", "{json}");
}
