//! `okpay support ticket`: opening, answering and closing tickets, attachments (limits, types,
//! encrypted in the wallet file, written back byte for byte), the e-mail export read back by
//! Python's `email` module, and no secret in a ticket or its export.

use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::harness::{contains_bytes, Env, Output, PASSWORD};
use crate::support::W;

/// A small but real PNG image (1×4 pixels).
fn png_bytes() -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, 1, 4);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().unwrap();
        writer
            .write_image_data(&[10, 20, 30, 40, 50, 60, 70, 80, 90, 200, 210, 220])
            .unwrap();
    }
    out
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// How many tickets, messages and attachments the wallet holds.
fn stored(env: &Env) -> (i64, i64, i64) {
    (
        env.sql_i64("SELECT COUNT(*) FROM tickets"),
        env.sql_i64("SELECT COUNT(*) FROM ticket_messages"),
        env.sql_i64("SELECT COUNT(*) FROM ticket_attachments"),
    )
}

/// Parse an .eml with Python's `email` module (default policy): headers decoded, the plain
/// body, and each attachment's name, type, size and SHA-256.
fn parse_eml(path: &Path) -> Value {
    const SCRIPT: &str = r#"
import email, email.policy, hashlib, json, sys
with open(sys.argv[1], "rb") as f:
    msg = email.message_from_binary_file(f, policy=email.policy.default)
body = msg.get_body(preferencelist=("plain",))
parts = []
for part in msg.iter_attachments():
    data = part.get_payload(decode=True)
    parts.append({
        "name": part.get_filename(),
        "type": part.get_content_type(),
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "transfer_encoding": part.get("Content-Transfer-Encoding"),
        "text": data.decode("utf-8") if part.get_content_type() == "application/json" else None,
    })
print(json.dumps({
    "subject": str(msg["Subject"]),
    "to": str(msg["To"]),
    "from": str(msg["From"]),
    "date": str(msg["Date"]),
    "message_id": str(msg["Message-ID"]),
    "mime_version": str(msg["MIME-Version"]),
    "content_type": msg.get_content_type(),
    "multipart": msg.is_multipart(),
    "defects": [str(d) for d in msg.defects],
    "body": body.get_content() if body is not None else None,
    "attachments": parts,
}))
"#;
    let out = Command::new("python3")
        .args(["-c", SCRIPT, s(path)])
        .output()
        .expect("python3 is needed to read the exported e-mail back");
    assert!(
        out.status.success(),
        "python3: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A wallet with a top-up and a declined payment to reference.
fn with_transactions() -> (W, String, String) {
    let w = W::new();
    let card = w.card("4242424242424242");
    let topup = W::tx_id(&w.topup("100", &card).success());
    let declined = w
        .run(&[
            "pay",
            "500",
            "--merchant",
            "Tea House",
            "--order",
            "A-1",
            "--yes",
        ])
        .failure(5, "insufficient_funds");
    (w, topup, W::tx_id(&declined))
}

#[test]
fn a_ticket_with_two_transactions_and_a_png_exports_to_an_eml_python_reads_back() {
    let (w, topup, declined) = with_transactions();
    let dir = w.env.root().to_path_buf();
    let png = png_bytes();
    let shot = write(&dir, "截图 1.png", &png);
    let subject = "充值后付款被拒绝";
    let body = "我先充值了 100 元，然后在 Tea House 付款 500 元被拒绝了。\n请帮我看看。";
    let doc = w
        .run(&[
            "support",
            "ticket",
            "new",
            "--subject",
            subject,
            "--body",
            body,
            "--tx",
            &topup,
            "--tx",
            &declined,
            "--attach",
            s(&shot),
        ])
        .success()
        .json();
    let ticket = &doc["ticket"];
    let id = ticket["id"].as_str().unwrap().to_string();
    assert!(id.starts_with("tkt_"), "{doc}");
    assert_eq!(ticket["status"], "open");
    assert_eq!(ticket["subject"], subject);
    assert_eq!(ticket["account"], "alice");
    assert!(!ticket["okpay_version"].as_str().unwrap().is_empty());
    assert!(ticket["os"]
        .as_str()
        .unwrap()
        .starts_with(std::env::consts::OS));
    // The referenced transactions in full, the decline's code included.
    let txs = ticket["transactions"].as_array().unwrap();
    assert_eq!(txs.len(), 2);
    assert_eq!(txs[0]["id"], topup.as_str());
    assert_eq!(txs[0]["source_masked"], "Visa •••• 4242");
    assert_eq!(txs[1]["id"], declined.as_str());
    assert_eq!(txs[1]["status"], "declined");
    assert_eq!(txs[1]["decline"]["code"], "insufficient_funds");
    assert!(!ticket["security_events"].as_array().unwrap().is_empty());
    // The attachment: its name, type from content, size and SHA-256.
    let a = &ticket["messages"][0]["attachments"][0];
    assert_eq!(a["n"], 1);
    assert_eq!(a["name"], "截图 1.png");
    assert_eq!(a["type"], "image/png");
    assert_eq!(a["size"], png.len());
    assert_eq!(a["sha256"], sha256_hex(&png));
    // Stored encrypted: the file's bytes are nowhere in the wallet file.
    assert!(!contains_bytes(&w.env.wallet_bytes(), &png[8..]));

    // Exported in Chinese, read back by Python.
    let eml = dir.join("ticket.eml");
    let out = w
        .env
        .cmd(["support", "ticket", "export", &id, "-o", s(&eml)])
        .lang("zh")
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success();
    assert!(out.stdout.contains("ticket.eml"), "{}", out.show());
    assert_eq!(crate::harness::mode(&eml), 0o600);
    let raw = std::fs::read(&eml).unwrap();
    assert!(raw.is_ascii(), "every header and part is encoded");
    assert!(
        String::from_utf8_lossy(&raw).contains("Subject: =?utf-8?"),
        "RFC 2047 subject"
    );
    let m = parse_eml(&eml);
    assert_eq!(m["defects"], serde_json::json!([]), "{m}");
    assert_eq!(m["mime_version"], "1.0");
    assert_eq!(m["content_type"], "multipart/mixed");
    assert!(m["subject"].as_str().unwrap().contains(subject), "{m}");
    assert!(m["subject"].as_str().unwrap().contains(&id), "{m}");
    assert_eq!(m["to"], "support@okpay.example");
    assert!(m["from"].as_str().unwrap().contains("alice"), "{m}");
    assert!(m["message_id"].as_str().unwrap().contains(&id), "{m}");
    let text = m["body"].as_str().unwrap();
    // The body: in Chinese, the message, and a table of both transactions.
    assert!(text.contains("客服您好"), "{text}");
    assert!(text.contains("请帮我看看"), "{text}");
    for needle in [
        topup.as_str(),
        declined.as_str(),
        "insufficient_funds",
        "500.00 CNY",
        "100.00 CNY",
        "Tea House",
        "Visa •••• 4242",
        "已拒绝",
        "alice",
    ] {
        assert!(text.contains(needle), "{needle} missing from:\n{text}");
    }
    let table_line = text
        .lines()
        .find(|l| l.contains(declined.as_str()))
        .unwrap();
    assert!(table_line.contains("insufficient_funds"), "{table_line}");
    // The screenshot comes back byte for byte; the ticket comes as JSON too.
    let parts = m["attachments"].as_array().unwrap();
    let image = parts
        .iter()
        .find(|p| p["type"] == "image/png")
        .unwrap_or_else(|| panic!("{m}"));
    assert_eq!(image["name"], "截图 1.png");
    assert_eq!(image["sha256"], sha256_hex(&png));
    assert_eq!(image["size"], png.len());
    assert_eq!(image["transfer_encoding"], "base64");
    let json_part = parts
        .iter()
        .find(|p| p["type"] == "application/json")
        .unwrap();
    let attached: Value = serde_json::from_str(json_part["text"].as_str().unwrap()).unwrap();
    assert_eq!(attached["ticket"]["id"], id.as_str());
    assert_eq!(
        attached["ticket"]["transactions"][1]["decline"]["code"],
        "insufficient_funds"
    );

    // In English, the body is English.
    let eml_en = dir.join("ticket-en.eml");
    w.run(&["support", "ticket", "export", &id, "-o", s(&eml_en)])
        .success();
    let en = parse_eml(&eml_en);
    assert!(en["body"].as_str().unwrap().contains("Hello okpay support"));
    assert!(en["body"].as_str().unwrap().contains("declined"));

    // `ticket attachment` writes it back byte for byte.
    let back = dir.join("back.png");
    w.run(&["support", "ticket", "attachment", &id, "1", "-o", s(&back)])
        .success();
    assert_eq!(std::fs::read(&back).unwrap(), png);
    // And to standard output with -o -.
    let piped = w
        .env
        .cmd(["support", "ticket", "attachment", &id, "1", "-o", "-"])
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success();
    assert_eq!(piped.stdout_bytes, png);
}

#[test]
fn the_export_goes_to_the_support_address_and_streams_to_stdout() {
    let (w, topup, _) = with_transactions();
    w.run(&["support", "contact", "set", "email", "help@bank.example"])
        .success();
    let id = w
        .run(&[
            "support",
            "ticket",
            "new",
            "--subject",
            "Top-up question",
            "--body",
            "Hello.",
            "--tx",
            &topup,
        ])
        .success()
        .json()["ticket"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let out = w
        .env
        .cmd([
            "support",
            "ticket",
            "export",
            &id,
            "-o",
            "-",
            "--from",
            "me@home.example",
        ])
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success();
    let path = w.env.root().join("piped.eml");
    std::fs::write(&path, &out.stdout_bytes).unwrap();
    let m = parse_eml(&path);
    assert_eq!(m["to"], "help@bank.example", "{m}");
    assert!(
        m["from"].as_str().unwrap().contains("me@home.example"),
        "{m}"
    );
    // A pipe is written through, not replaced by a file (as root that was /dev/null too).
    let fifo = w.env.root().join("ticket.pipe");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success(), "mkfifo failed");
    let (sent, received) = std::sync::mpsc::channel();
    {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let _ = sent.send(std::fs::read(fifo));
        });
    }
    w.run(&["support", "ticket", "export", &id, "-o", s(&fifo)])
        .success();
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo(),
        "the pipe was replaced by a file"
    );
    let piped = received
        .recv_timeout(std::time::Duration::from_secs(30))
        .expect("the export wrote into the pipe")
        .expect("read the pipe");
    std::fs::write(&path, &piped).unwrap();
    assert_eq!(parse_eml(&path)["to"], "help@bank.example");
    // -o - with --json would put two documents on stdout.
    w.run(&["support", "ticket", "export", &id, "-o", "-"])
        .failure(2, "invalid_input");
    // Exporting needs the key (the attachments are encrypted).
    w.env
        .cmd(["support", "ticket", "export", &id, "-o", s(&path)])
        .json()
        .run()
        .failure(3, "auth_required");
    w.run(&[
        "support",
        "ticket",
        "export",
        &id,
        "-o",
        s(&path),
        "--from",
        "nope",
    ])
    .failure(2, "invalid_input");
}

#[test]
fn attachments_beyond_the_limits_or_of_other_types_are_refused_with_nothing_stored() {
    let (w, topup, _) = with_transactions();
    let dir = w.env.root().to_path_buf();
    let png = write(&dir, "ok.png", &png_bytes());
    let new = |extra: &[&str]| {
        let mut args = vec![
            "support",
            "ticket",
            "new",
            "--subject",
            "Files",
            "--body",
            "See the files.",
            "--tx",
            &topup,
        ];
        args.extend_from_slice(extra);
        w.run(&args)
    };
    // Over 10 MiB.
    let big = dir.join("big.png");
    let mut bytes = png_bytes();
    bytes.resize(10 * 1024 * 1024 + 1, 0);
    std::fs::write(&big, &bytes).unwrap();
    let out = new(&["--attach", s(&png), "--attach", s(&big)]).failure(2, "invalid_input");
    assert_eq!(out.details()["path"], s(&big));
    assert_eq!(out.details()["article"], "contact-support");
    // Exactly 10 MiB is allowed (checked below, once the refusals are done).
    let exact = dir.join("exact.png");
    bytes.truncate(10 * 1024 * 1024);
    std::fs::write(&exact, &bytes).unwrap();
    // A sixth attachment.
    let six: Vec<&str> = std::iter::repeat_n(["--attach", s(&png)], 6)
        .flatten()
        .collect();
    let out = new(&six).failure(2, "invalid_input");
    assert_eq!(out.details()["max"], 5);
    // A missing file.
    let missing = dir.join("missing.png");
    let out = new(&["--attach", s(&missing)]).failure(2, "invalid_input");
    assert_eq!(out.details()["path"], s(&missing));
    // An executable, whatever its name says.
    let exe = dir.join("screenshot.png");
    let mut elf = b"\x7fELF\x02\x01\x01\x00".to_vec();
    elf.resize(4096, 0);
    crate::harness::write_file(&exe, &elf, 0o755);
    let out = new(&["--attach", s(&exe)]).failure(2, "invalid_input");
    assert_eq!(out.details()["looks_like"], "executable");
    let script = write(&dir, "run.txt", b"#!/bin/sh\necho hi\n");
    new(&["--attach", s(&script)]).failure(2, "invalid_input");
    let zip = write(&dir, "logs.txt", b"PK\x03\x04\x14\x00\x00\x00");
    new(&["--attach", s(&zip)]).failure(2, "invalid_input");
    let empty = write(&dir, "empty.txt", b"");
    new(&["--attach", s(&empty)]).failure(2, "invalid_input");
    // A directory exists but is no file: io_error.
    new(&["--attach", s(&dir)]).failure(14, "io_error");
    assert_eq!(stored(&w.env), (0, 0, 0), "nothing stored");
    // A reply with six files is refused the same way, and the ticket is left as it was.
    let id = new(&["--attach", s(&exact)]).success().json()["ticket"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(stored(&w.env), (1, 1, 1));
    let mut reply = vec!["support", "ticket", "reply", &id, "--body", "More."];
    reply.extend_from_slice(&six);
    w.run(&reply).failure(2, "invalid_input");
    assert_eq!(stored(&w.env), (1, 1, 1));
    // PDF and text are accepted, their type told from the content.
    let pdf = write(&dir, "statement", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
    let log = write(&dir, "log.bin", "充值失败 12:00\r\nretry\n".as_bytes());
    let jpg = write(
        &dir,
        "photo",
        &[0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, b'J', b'F'],
    );
    let doc = w
        .run(&[
            "support",
            "ticket",
            "reply",
            &id,
            "--body",
            "More files.",
            "--attach",
            s(&pdf),
            "--attach",
            s(&log),
            "--attach",
            s(&jpg),
        ])
        .success()
        .json();
    let types: Vec<&str> = doc["ticket"]["messages"][1]["attachments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["type"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["application/pdf", "text/plain", "image/jpeg"]);
    let numbers: Vec<i64> = doc["ticket"]["messages"][1]["attachments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["n"].as_i64().unwrap())
        .collect();
    assert_eq!(numbers, [2, 3, 4]);
    // The text file comes back with its line endings.
    let back = dir.join("log-back");
    w.run(&["support", "ticket", "attachment", &id, "3", "-o", s(&back)])
        .success();
    assert_eq!(std::fs::read(&back).unwrap(), std::fs::read(&log).unwrap());
    w.run(&["support", "ticket", "attachment", &id, "9", "-o", s(&back)])
        .failure(12, "not_found");
}

#[test]
fn tickets_are_listed_shown_answered_and_closed() {
    let (w, topup, declined) = with_transactions();
    // No ticket yet.
    let list = w.run(&["support", "ticket", "list"]).success().json();
    assert_eq!(list["tickets"], serde_json::json!([]));
    // Opening one needs the wallet unlocked; reading does not.
    w.env
        .cmd(["support", "ticket", "new", "--subject", "S", "--body", "B"])
        .json()
        .run()
        .failure(3, "auth_required");
    let id = w
        .run(&[
            "support",
            "ticket",
            "new",
            "--subject",
            "Declined payment",
            "--body",
            "Why was this declined?",
            "--tx",
            &declined,
        ])
        .success()
        .json()["ticket"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let list = w
        .env
        .cmd(["support", "ticket", "list"])
        .json()
        .run()
        .success()
        .json();
    assert_eq!(list["tickets"][0]["id"], id.as_str());
    assert_eq!(list["tickets"][0]["messages"], 1);
    assert_eq!(list["tickets"][0]["transactions"], 1);
    // A unique prefix of at least six characters after tkt_ is accepted.
    let prefix = &id[..12];
    let shown = w
        .env
        .cmd(["support", "ticket", "show", prefix])
        .json()
        .run()
        .success()
        .json();
    assert_eq!(shown["ticket"]["id"], id.as_str());
    // Fewer than 6 characters after the tag is too short to be a prefix (CLI.md "Values").
    w.env
        .cmd(["support", "ticket", "show", "tkt_01"])
        .json()
        .run()
        .failure(2, "invalid_input");
    w.env
        .cmd(["support", "ticket", "show", "tkt_nope"])
        .json()
        .run()
        .failure(12, "not_found");
    // Human forms, in both languages.
    let en = w.human("en", &["support", "ticket", "show", &id]).success();
    assert!(
        en.stdout.contains("Why was this declined?"),
        "{}",
        en.show()
    );
    assert!(en.stdout.contains("insufficient_funds"), "{}", en.show());
    let zh = w.human("zh", &["support", "ticket", "list"]).success();
    assert!(zh.stdout.contains("处理中"), "{}", zh.show());
    // A reply from standard input, after the password line.
    let out = w
        .env
        .cmd([
            "--json",
            "support",
            "ticket",
            "reply",
            &id,
            "--body-file",
            "-",
            "--password-stdin",
        ])
        .stdin(format!("{PASSWORD}\nIt was my mistake,\nsorry.\n"))
        .run()
        .success();
    let messages = out.json()["ticket"]["messages"].clone();
    assert_eq!(messages[1]["n"], 2);
    assert_eq!(messages[1]["body"], "It was my mistake,\nsorry.");
    // A body file.
    let file = write(w.env.root(), "body.txt", "第三条留言。\n".as_bytes());
    w.run(&["support", "ticket", "reply", &id, "--body-file", s(&file)])
        .success();
    w.run(&[
        "support",
        "ticket",
        "reply",
        &id,
        "--body-file",
        "/nonexistent/body",
    ])
    .failure(2, "invalid_input");
    // Without a body and without a terminal: input_required.
    w.run(&["support", "ticket", "new", "--subject", "No body"])
        .failure(2, "input_required");
    w.run(&["support", "ticket", "reply", &id, "--body", "   "])
        .failure(2, "invalid_input");
    // Closing, then a reply is refused; closing twice is invalid_state.
    let closed = w.run(&["support", "ticket", "close", &id]).success().json();
    assert_eq!(closed["ticket"]["status"], "closed");
    assert!(closed["ticket"]["closed_at"].is_string());
    w.run(&["support", "ticket", "reply", &id, "--body", "Again?"])
        .failure(11, "invalid_state");
    w.run(&["support", "ticket", "close", &id])
        .failure(11, "invalid_state");
    assert_eq!(stored(&w.env), (1, 3, 0));
    // A transaction that does not exist: not_found, nothing stored.
    w.run(&[
        "support",
        "ticket",
        "new",
        "--subject",
        "S",
        "--body",
        "B",
        "--tx",
        "tx_nope",
    ])
    .failure(12, "not_found");
    // The same transaction twice is recorded once; eleven are too many.
    let doc = w
        .run(&[
            "support",
            "ticket",
            "new",
            "--subject",
            "Twice",
            "--body",
            "B",
            "--tx",
            &topup,
            "--tx",
            &topup,
        ])
        .success()
        .json();
    assert_eq!(doc["ticket"]["transactions"].as_array().unwrap().len(), 1);
    let eleven: Vec<&str> = std::iter::repeat_n(["--tx", topup.as_str()], 11)
        .flatten()
        .collect();
    let mut args = vec!["support", "ticket", "new", "--subject", "S", "--body", "B"];
    args.extend(eleven);
    w.run(&args).failure(2, "invalid_input");
    // Hidden characters in the subject are refused like everywhere else.
    w.run(&[
        "support",
        "ticket",
        "new",
        "--subject",
        "a\u{202e}b",
        "--body",
        "B",
    ])
    .failure(2, "invalid_input");
}

/// Every form a secret could take in a file: as typed, grouped, lower case.
fn forms(secret: &str) -> Vec<String> {
    let compact: String = secret.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = vec![secret.to_string(), compact.clone(), compact.to_lowercase()];
    let grouped: Vec<String> = compact
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect();
    out.push(grouped.join(" "));
    out
}

fn assert_absent(label: &str, haystack: &[u8], secrets: &[(&str, String)]) {
    for (name, secret) in secrets {
        for form in forms(secret) {
            assert!(
                !contains_bytes(haystack, form.as_bytes()),
                "{label} contains the {name} ({form})"
            );
        }
    }
}

/// Decode every base64 part of an .eml, so the scan also sees what is encoded.
fn decoded_parts(eml: &Path) -> Vec<u8> {
    const SCRIPT: &str = r#"
import email, email.policy, sys
with open(sys.argv[1], "rb") as f:
    msg = email.message_from_binary_file(f, policy=email.policy.default)
out = bytearray()
for part in msg.walk():
    data = part.get_payload(decode=True)
    if data:
        out += data + b"\n"
for name, value in msg.items():
    out += (name + ": " + str(value) + "\n").encode()
sys.stdout.buffer.write(bytes(out))
"#;
    let out = Command::new("python3")
        .args(["-c", SCRIPT, s(eml)])
        .output()
        .unwrap();
    assert!(out.status.success());
    out.stdout
}

#[test]
fn no_secret_reaches_a_ticket_or_its_export() {
    let w = W::new();
    let card_number = "4242424242424242";
    let cvc = "987";
    let iban = "DE89370400440532013000";
    let account = "6222-9988-7766-5544";
    let card = w.card_with_cvc(card_number, cvc);
    let bank = w
        .run(&[
            "source", "add", "bank", "--holder", "Alice Li", "--iban", iban,
        ])
        .success()
        .json()["source"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    w.run(&[
        "source",
        "add",
        "bank",
        "--holder",
        "Alice Li",
        "--account",
        account,
        "--bank",
        "City Bank",
    ])
    .success();
    let by_card = W::tx_id(&w.topup("50", &card).success());
    let by_bank = W::tx_id(&w.topup("80", &bank).success());
    // 2FA on, with its secret and recovery codes; and a session.
    let session = w.env.login();
    let setup = w.run(&["2fa", "enable"]).success().json();
    let totp = setup["secret"].as_str().unwrap().to_string();
    let code = Command::new("oathtool")
        .args(["--totp", "-b", &totp, "--now", &w.env.clock()])
        .output()
        .expect("oathtool");
    let code = String::from_utf8(code.stdout).unwrap().trim().to_string();
    let codes = w.run(&["2fa", "confirm", &code]).success().json()["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect::<Vec<_>>();
    // From here on a password unlock needs a code; the session made before 2FA still works.
    let run = |args: &[&str]| {
        w.env
            .cmd(args.iter().copied())
            .json()
            .env("OKPAY_SESSION", &session)
            .run()
    };

    // Writing a secret into a ticket is refused, naming its kind, never its value.
    let dir = w.env.root().to_path_buf();
    for (text, kind) in [
        (format!("My card is {card_number}"), "card_number"),
        ("card 4242 4242 4242 4242 failed".to_string(), "card_number"),
        (format!("IBAN {iban}"), "iban"),
        ("to DE89 3704 0044 0532 0130 00".to_string(), "iban"),
        (format!("account {account}"), "account_number"),
        (format!("session {session}"), "session_token"),
        (format!("my 2fa secret is {totp}"), "totp_secret"),
        (format!("recovery code {}", codes[3]), "recovery_code"),
    ] {
        let out = run(&[
            "support",
            "ticket",
            "new",
            "--subject",
            "Help",
            "--body",
            &text,
        ])
        .failure(2, "invalid_input");
        assert_eq!(out.details()["kind"], kind, "{text}");
        assert!(!out.stdout.contains(&text), "{}", out.show());
        let subject = run(&[
            "support",
            "ticket",
            "new",
            "--subject",
            &text,
            "--body",
            "B",
        ])
        .failure(2, "invalid_input");
        assert_eq!(subject.details()["field"], "subject");
    }
    let leaky = write(
        &dir,
        "log.txt",
        format!("paid with {card_number}\n").as_bytes(),
    );
    run(&[
        "support",
        "ticket",
        "new",
        "--subject",
        "Help",
        "--body",
        "See log",
        "--attach",
        s(&leaky),
    ])
    .failure(2, "invalid_input");
    assert_eq!(stored(&w.env), (0, 0, 0));

    // A ticket naming transactions that used the card and the IBAN, with a screenshot and a log.
    let shot = write(&dir, "shot.png", &png_bytes());
    let log = write(&dir, "log.txt", b"topup via Visa **** 4242 failed once\n");
    let id = run(&[
        "support",
        "ticket",
        "new",
        "--subject",
        "Top-ups",
        "--body",
        "Card ending 4242 and my DE89 •••• 3000 account.",
        "--tx",
        &by_card,
        "--tx",
        &by_bank,
        "--attach",
        s(&shot),
        "--attach",
        s(&log),
    ])
    .success()
    .json()["ticket"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let eml = dir.join("t.eml");
    run(&["support", "ticket", "export", &id, "-o", s(&eml)]).success();
    let shown = run(&["support", "ticket", "show", &id]).success();
    let human = w
        .env
        .cmd(["support", "ticket", "show", &id])
        .run()
        .success();
    assert!(shown.stdout.contains("Visa •••• 4242"), "{}", shown.show());
    assert!(shown.stdout.contains("DE89 •••• 3000"), "{}", shown.show());

    let mut secrets: Vec<(&str, String)> = vec![
        ("card number", card_number.to_string()),
        ("IBAN", iban.to_string()),
        ("account number", account.to_string()),
        ("account number", account.replace('-', "")),
        ("password", PASSWORD.to_string()),
        ("session token", session.clone()),
        ("TOTP secret", totp.clone()),
        ("CVC", format!("\"{cvc}\"")),
        ("CVC", format!("cvc {cvc}")),
    ];
    for c in &codes {
        secrets.push(("recovery code", c.clone()));
        secrets.push(("recovery code", c.replace('-', "")));
    }
    // The ticket's rows in the wallet file, the JSON and human output, the raw .eml and every
    // part of it decoded.
    let rows = {
        let db = w.env.db();
        let mut stmt = db
            .prepare(
                "SELECT subject || context FROM tickets
                 UNION ALL SELECT body FROM ticket_messages
                 UNION ALL SELECT name || type FROM ticket_attachments",
            )
            .unwrap();
        let all: Vec<String> = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        all.join("\n")
    };
    assert!(rows.contains(&by_card) && rows.contains(&by_bank), "{rows}");
    assert_absent("the ticket's rows", rows.as_bytes(), &secrets);
    assert_absent("ticket show --json", shown.stdout.as_bytes(), &secrets);
    assert_absent("ticket show", human.stdout.as_bytes(), &secrets);
    let raw = std::fs::read(&eml).unwrap();
    assert_absent("the .eml", &raw, &secrets);
    let decoded = decoded_parts(&eml);
    assert!(
        contains_bytes(&decoded, by_card.as_bytes()),
        "the scan sees the decoded body"
    );
    assert_absent("the .eml's decoded parts", &decoded, &secrets);
}

#[test]
fn tickets_are_sealed_and_survive_a_key_rotation() {
    let (w, topup, _) = with_transactions();
    let png = png_bytes();
    let shot = write(w.env.root(), "shot.png", &png);
    let id = w
        .run(&[
            "support",
            "ticket",
            "new",
            "--subject",
            "Sealed",
            "--body",
            "Body.",
            "--tx",
            &topup,
            "--attach",
            s(&shot),
        ])
        .success()
        .json()["ticket"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    w.run(&["verify"]).success();
    // A key rotation re-encrypts the attachment and re-seals the rows.
    let new_password = "another-long-passphrase-77";
    w.env
        .cmd(["password", "change", "--rotate-key", "--password-stdin"])
        .stdin(format!("{PASSWORD}\n{new_password}\n"))
        .json()
        .run()
        .success();
    let run_new = |args: &[&str]| -> Output {
        w.env
            .cmd(args.iter().copied())
            .json()
            .env("OKPAY_PASSWORD", new_password)
            .run()
    };
    run_new(&["verify"]).success();
    let back = w.env.root().join("back.png");
    run_new(&["support", "ticket", "attachment", &id, "1", "-o", s(&back)]).success();
    assert_eq!(std::fs::read(&back).unwrap(), png);
    // Edits made with sqlite3 are found: by verify, and by the export before it trusts them.
    w.env.sql("UPDATE ticket_messages SET body = 'Edited.'");
    assert_eq!(run_new(&["verify"]).code(), 13);
    let eml = w.env.root().join("t.eml");
    run_new(&["support", "ticket", "export", &id, "-o", s(&eml)]).failure(13, "integrity_error");
    assert!(!eml.exists());
    w.env
        .sql("UPDATE ticket_attachments SET name = 'other.png'");
    run_new(&["support", "ticket", "attachment", &id, "1", "-o", s(&back)])
        .failure(13, "integrity_error");
}
