//! `okpay init`: the wallet file, its permissions, refusing to overwrite, the password policy.

use crate::harness::{mode, sibling, write_file, Env, PASSWORD};

#[test]
fn init_creates_a_private_file_in_a_private_directory() {
    let env = Env::new();
    assert!(!env.wallet().parent().unwrap().exists());
    let out = env.init_sandbox();
    let wallet = &out.json()["wallet"];
    assert_eq!(wallet["username"], "alice");
    assert_eq!(wallet["base_currency"], "CNY");
    assert_eq!(wallet["time_zone"], "UTC");
    assert_eq!(wallet["sandbox"], true);
    assert_eq!(wallet["path"], env.wallet().display().to_string());
    assert!(wallet["created_at"].as_str().unwrap().ends_with('Z'));

    assert_eq!(mode(env.wallet()), 0o600, "wallet file mode");
    assert_eq!(
        mode(env.wallet().parent().unwrap()),
        0o700,
        "wallet dir mode"
    );
    for suffix in ["-wal", "-shm"] {
        let side = sibling(env.wallet(), suffix);
        if side.exists() {
            assert_eq!(mode(&side), 0o600, "{} mode", side.display());
        }
    }
    assert_eq!(env.sql_i64("select count(*) from wallet"), 1);
    assert_eq!(env.sql_i64("select sandbox from wallet"), 1);
}

#[test]
fn init_creates_every_missing_parent_directory_private() {
    let env = Env::new();
    let deep = env.root().join("a").join("b").join("c").join("w.db");
    env.cmd(["init", "--tz", "UTC", "--base-currency", "CNY"])
        .env("OKPAY_DB", &deep)
        .password()
        .run()
        .success();
    assert_eq!(mode(&deep), 0o600);
    for dir in ["a", "a/b", "a/b/c"] {
        assert_eq!(mode(&env.root().join(dir)), 0o700, "{dir}");
    }
}

#[test]
fn second_init_is_already_exists_and_leaves_the_file_unchanged() {
    let env = Env::new();
    env.init_sandbox();
    let before = env.wallet_bytes();
    env.cmd(["init", "--sandbox", "--username", "bob", "--tz", "UTC"])
        .json()
        .password()
        .run()
        .failure(11, "already_exists");
    // Also without --json, and with a password that would otherwise be fine.
    env.cmd(["init"])
        .password_line("another-Strong-passphrase-77")
        .run()
        .failure(11, "already_exists");
    assert!(env.wallet_bytes() == before, "the wallet file changed");
    assert_eq!(
        env.db()
            .query_row("select username from wallet", [], |r| r.get::<_, String>(0))
            .unwrap(),
        "alice"
    );
}

#[test]
fn weak_passwords_are_refused_with_a_reason_and_nothing_is_created() {
    let env = Env::new();
    for weak in ["password", "12345678901"] {
        let out = env
            .cmd([
                "init",
                "--sandbox",
                "--username",
                "alice",
                "--base-currency",
                "CNY",
            ])
            .json()
            .password_line(weak)
            .run()
            .failure(2, "invalid_input");
        let error = &out.json()["error"];
        let message = error["message"].as_str().unwrap();
        assert!(
            message.to_lowercase().contains("password"),
            "the reason names the password: {message}"
        );
        assert!(!error["advice"].as_str().unwrap().is_empty());
        assert!(
            !message.contains("12345678901"),
            "the password is echoed: {message}"
        );
        assert!(!env.wallet().exists(), "a wallet was created for {weak}");
        assert!(!env.wallet().parent().unwrap().exists());

        // The human form gives the reason on stderr too.
        let out = env
            .cmd(["init"])
            .password_line(weak)
            .run()
            .failure(2, "invalid_input");
        assert!(out.stdout.is_empty(), "{}", out.show());
        assert!(!env.wallet().exists());
    }
}

#[test]
fn init_with_a_private_password_file_works_and_an_open_one_is_refused() {
    let env = Env::new();
    let file = env.root().join("pw.txt");
    write_file(&file, format!("{PASSWORD}\n").as_bytes(), 0o644);
    env.cmd(["init", "--sandbox", "--tz", "UTC", "--password-file"])
        .arg(&file)
        .json()
        .run()
        .failure(2, "invalid_input");
    assert!(!env.wallet().exists());

    write_file(&file, format!("{PASSWORD}\n").as_bytes(), 0o600);
    env.cmd(["init", "--sandbox", "--tz", "UTC", "--password-file"])
        .arg(&file)
        .json()
        .run()
        .success();
    // The password from the file unlocks it.
    env.cmd(["login", "--raw"]).password().run().success();
}

#[test]
fn init_without_a_password_and_without_a_terminal_creates_nothing() {
    let env = Env::new();
    let out = env.cmd(["init", "--sandbox", "--tz", "UTC"]).json().run();
    let code = out.json()["error"]["code"].as_str().unwrap().to_string();
    let expected_exit = match code.as_str() {
        "input_required" => 2,
        "auth_required" => 3,
        _ => panic!("expected input_required or auth_required:\n{}", out.show()),
    };
    assert_eq!(out.code(), expected_exit, "{}", out.show());
    assert!(!env.wallet().exists());
}

#[test]
fn init_refuses_unknown_currency_zone_and_bad_username_and_creates_nothing() {
    let env = Env::new();
    for args in [
        vec!["init", "--base-currency", "ABC", "--tz", "UTC"],
        vec!["init", "--base-currency", "", "--tz", "UTC"],
        vec!["init", "--tz", "Mars/Base"],
        vec!["init", "--tz", ""],
        vec!["init", "--tz", "UTC", "--username", ""],
        vec!["init", "--tz", "UTC", "--username", "   "],
        vec!["init", "--tz", "UTC", "--username", &"x".repeat(65)],
        vec!["init", "--tz", "UTC", "--username", "a\u{7}b"],
    ] {
        env.cmd(args)
            .json()
            .password()
            .run()
            .failure(2, "invalid_input");
        assert!(!env.wallet().exists());
    }
}

#[test]
fn init_without_sandbox_makes_a_normal_wallet_in_the_given_zone() {
    let env = Env::new();
    let out = env
        .cmd([
            "init",
            "--username",
            "bob",
            "--base-currency",
            "eur",
            "--tz",
            "Europe/Berlin",
        ])
        .json()
        .password()
        .run()
        .success();
    let wallet = &out.json()["wallet"];
    assert_eq!(wallet["sandbox"], false);
    assert_eq!(wallet["base_currency"], "EUR");
    assert_eq!(wallet["time_zone"], "Europe/Berlin");

    let status = env.cmd(["status"]).json().run().success().json();
    assert_eq!(status["status"]["sandbox"], false);
    assert_eq!(status["status"]["time_zone"], "Europe/Berlin");
    assert_eq!(status["status"]["username"], "bob");
    assert_eq!(
        env.sql_i64("select count(*) from wallet where clock_ms is null"),
        1
    );
}

#[test]
fn init_quiet_prints_the_path() {
    let env = Env::new();
    let out = env
        .cmd(["-q", "init", "--tz", "UTC"])
        .password()
        .run()
        .success();
    assert_eq!(out.stdout, format!("{}\n", env.wallet().display()));
}

#[test]
fn without_db_the_wallet_lives_in_the_xdg_data_directory() {
    let env = Env::new();
    let expected = env.root().join("home").join(".local/share/okpay/wallet.db");
    let out = env
        .cmd(["init", "--tz", "UTC"])
        .env_remove("OKPAY_DB")
        .json()
        .password()
        .run()
        .success();
    assert_eq!(out.json()["wallet"]["path"], expected.display().to_string());
    assert_eq!(mode(&expected), 0o600);
    assert_eq!(mode(expected.parent().unwrap()), 0o700);
    // XDG_DATA_HOME moves it.
    let xdg = env.root().join("xdg");
    let out = env
        .cmd(["init", "--tz", "UTC"])
        .env_remove("OKPAY_DB")
        .env("XDG_DATA_HOME", &xdg)
        .json()
        .password()
        .run()
        .success();
    assert_eq!(
        out.json()["wallet"]["path"],
        xdg.join("okpay/wallet.db").display().to_string()
    );
    // --db wins over OKPAY_DB.
    let flag = env.root().join("flag.db");
    env.cmd(["--db"])
        .arg(&flag)
        .args(["init", "--tz", "UTC"])
        .json()
        .password()
        .run()
        .success();
    assert!(flag.exists());
    assert!(!env.wallet().exists());
}

#[test]
fn concurrent_inits_make_one_wallet_and_leave_no_temporary_files() {
    use std::io::Write;
    use std::process::Stdio;
    let env = Env::new();
    let args = [
        "init",
        "--sandbox",
        "--username",
        "alice",
        "--base-currency",
        "CNY",
        "--tz",
        "UTC",
        "--password-stdin",
        "--json",
    ];
    let children: Vec<_> = (0..4)
        .map(|_| {
            let mut cmd = env.cmd(args).command();
            cmd.stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            let mut child = cmd.spawn().unwrap();
            child
                .stdin
                .take()
                .unwrap()
                .write_all(format!("{PASSWORD}\n").as_bytes())
                .unwrap();
            child
        })
        .collect();
    let codes: Vec<i32> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap().status.code().unwrap_or(-1))
        .collect();
    assert_eq!(codes.iter().filter(|c| **c == 0).count(), 1, "{codes:?}");
    assert_eq!(codes.iter().filter(|c| **c == 11).count(), 3, "{codes:?}");
    let dir = env.wallet().parent().unwrap();
    let names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["wallet.db".to_string()], "{names:?}");
    env.cmd(["verify"]).run().success();
}
