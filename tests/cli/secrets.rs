//! Secrets: neither the password, nor a session token, nor the wallet key (or a key derived
//! from them) may appear in the wallet file or its WAL, or in okpay's output.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::harness::{contains_bytes, mode, sibling, Env, PASSWORD};

const WRONG_PASSWORD: &str = "Wrong-Unique-Passphrase-8841";

/// The wallet key, recovered the way the design stores it: argon2id(password, salt) unwraps
/// `key_wrapped` (XChaCha20-Poly1305, nonce `key_nonce`, the sandbox flag in the AAD).
/// Returns (wallet key, key-encryption key).
fn recover_keys(env: &Env) -> (Vec<u8>, Vec<u8>) {
    use okpay::auth::password::{derive_kek, KdfParams, Password};
    let db = env.db();
    let (salt, nonce, wrapped, m, t, p, sandbox): (Vec<u8>, Vec<u8>, Vec<u8>, u32, u32, u32, i64) =
        db.query_row(
            "select key_salt, key_nonce, key_wrapped, kdf_m_kib, kdf_t, kdf_p, sandbox from wallet",
            [],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ))
            },
        )
        .unwrap();
    let salt: [u8; 16] = salt.as_slice().try_into().expect("16-byte salt");
    let kek = derive_kek(
        &Password::new(PASSWORD.to_string()),
        &salt,
        KdfParams { m_kib: m, t, p },
    )
    .unwrap();
    let aad = format!("okpay/wallet-key/v1;sandbox={sandbox}");
    let key = XChaCha20Poly1305::new(kek.as_slice().into())
        .decrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &wrapped,
                aad: aad.as_bytes(),
            },
        )
        .expect("the password unwraps the stored wallet key");
    assert_eq!(key.len(), 32);
    (key, kek.to_vec())
}

fn hmac_sha256(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap();
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

/// Every form in which a secret could leak.
fn forms(name: &str, secret: &[u8]) -> Vec<(String, Vec<u8>)> {
    vec![
        (format!("{name} (raw)"), secret.to_vec()),
        (format!("{name} (hex)"), hex::encode(secret).into_bytes()),
        (
            format!("{name} (HEX)"),
            hex::encode_upper(secret).into_bytes(),
        ),
    ]
}

fn assert_absent(label: &str, bytes: &[u8], secrets: &[(String, Vec<u8>)]) {
    for (name, secret) in secrets {
        assert!(
            !contains_bytes(bytes, secret),
            "{name} found in {label} ({} bytes)",
            bytes.len()
        );
    }
}

#[test]
fn no_password_token_or_key_in_the_wallet_file_or_its_wal() {
    let env = Env::new();
    env.init_sandbox();
    // Hold a connection open so that the WAL is kept (not checkpointed and deleted) while
    // okpay writes sessions, security events, clock moves and a transaction to it.
    let holder = env.db();
    let _: i64 = holder
        .query_row("select count(*) from wallet", [], |r| r.get(0))
        .unwrap();

    let raw_token = env.login();
    let json_token = env
        .cmd(["login", "--ttl", "2h"])
        .json()
        .password()
        .run()
        .success()
        .json()["session"]
        .as_str()
        .unwrap()
        .to_string();
    let export_line = env.cmd(["login"]).password().run().success().stdout;
    let export_token = export_line
        .trim_end()
        .trim_start_matches("export OKPAY_SESSION=")
        .to_string();
    env.cmd(["login"])
        .password_line(WRONG_PASSWORD)
        .run()
        .failure(3, "auth_failed");
    env.cmd(["sandbox", "clock", "advance", "1m"])
        .env("OKPAY_SESSION", &raw_token)
        .run()
        .success();
    env.cmd(["sandbox", "clock", "advance", "1m"])
        .env("OKPAY_PASSWORD", PASSWORD)
        .run()
        .success();
    env.cmd(["verify"])
        .env("OKPAY_SESSION", &json_token)
        .run()
        .success();
    env.cmd(["logout"])
        .env("OKPAY_SESSION", &export_token)
        .run()
        .success();
    env.record_topup(10_000, Some("a memo"));

    let (key, kek) = recover_keys(&env);
    let mut secrets = Vec::new();
    for (name, text) in [("password", PASSWORD), ("wrong password", WRONG_PASSWORD)] {
        secrets.push((name.to_string(), text.as_bytes().to_vec()));
        secrets.extend(forms(name, text.as_bytes()).into_iter().skip(1));
    }
    for (n, token) in [&raw_token, &json_token, &export_token]
        .into_iter()
        .enumerate()
    {
        secrets.push((format!("token {n}"), token.as_bytes().to_vec()));
        let hex_part = token.trim_start_matches("oks_");
        secrets.push((
            format!("token {n} (hex part)"),
            hex_part.as_bytes().to_vec(),
        ));
        secrets.extend(forms(
            &format!("token {n} bytes"),
            &hex::decode(hex_part).unwrap(),
        ));
        secrets.extend(forms(
            &format!("token {n} wrapping key"),
            &hmac_sha256(token.as_bytes(), b"okpay/session-key/v1"),
        ));
    }
    secrets.extend(forms("wallet key", &key));
    secrets.extend(forms("key-encryption key", &kek));
    secrets.extend(forms("HMAC chain key", &hmac_sha256(&key, b"okpay/mac/v1")));

    let wal = env.wal();
    let wal_bytes = std::fs::read(&wal).expect("the WAL is kept while a connection is open");
    assert!(
        wal_bytes.len() > 32,
        "the WAL is empty: the test would prove nothing"
    );
    assert_eq!(mode(&wal), 0o600, "the WAL is readable by others");
    assert_absent("the -wal file", &wal_bytes, &secrets);
    assert_absent("the wallet file", &env.wallet_bytes(), &secrets);
    let shm = sibling(env.wallet(), "-shm");
    if let Ok(bytes) = std::fs::read(&shm) {
        assert_absent("the -shm file", &bytes, &secrets);
    }

    // Checkpointed into the main file, still nowhere.
    drop(holder);
    assert_absent(
        "the checkpointed wallet file",
        &env.wallet_bytes(),
        &secrets,
    );
    // And the wallet is sound afterwards.
    env.cmd(["verify"]).json().password().run().success();
}

#[test]
fn passwords_are_never_echoed_in_output() {
    let env = Env::new();
    env.init_sandbox();
    let runs = [
        env.cmd(["login"]).password_line(WRONG_PASSWORD).run(),
        env.cmd(["login"])
            .json()
            .password_line(WRONG_PASSWORD)
            .run(),
        env.cmd(["verify"])
            .json()
            .password_line(WRONG_PASSWORD)
            .run(),
        env.cmd(["sandbox", "clock", "advance", "1m"])
            .env("OKPAY_PASSWORD", WRONG_PASSWORD)
            .run(),
        env.cmd(["--db"])
            .arg(env.root().join("new.db"))
            .args(["init"])
            .json()
            .password_line("password")
            .run(),
        env.cmd(["login"]).json().password().run(),
        env.cmd(["status"]).json().password().run(),
    ];
    for out in &runs {
        for secret in [PASSWORD, WRONG_PASSWORD, "\"password\""] {
            assert!(
                !out.stdout.contains(secret) && !out.stderr.contains(secret),
                "{secret} echoed:\n{}",
                out.show()
            );
        }
    }
}

#[test]
fn status_never_shows_the_session_token() {
    let env = Env::new();
    env.init_sandbox();
    let token = env.login();
    for json in [true, false] {
        let mut cmd = env.cmd(["status"]).env("OKPAY_SESSION", &token);
        if json {
            cmd = cmd.json();
        }
        let out = cmd.run().success();
        let hex_part = token.trim_start_matches("oks_");
        assert!(
            !out.stdout.contains(hex_part) && !out.stderr.contains(hex_part),
            "{}",
            out.show()
        );
    }
}
