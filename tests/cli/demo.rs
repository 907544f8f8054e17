//! `okpay demo`: a narrated tour in a throw-away sandbox wallet.

use crate::harness::{has_cjk, Env};

#[test]
fn the_demo_narrates_its_steps_and_cleans_up() {
    let env = Env::new();
    let tmp = env.root().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let out = env.cmd(["demo"]).env("TMPDIR", &tmp).run().success();
    for step in 1..=6 {
        assert!(
            out.stdout.contains(&format!("\n{step}. ")),
            "step {step} missing:\n{}",
            out.show()
        );
    }
    let text = out.stdout.to_lowercase();
    for word in ["sandbox", "session", "password", "verify"] {
        assert!(
            text.contains(word),
            "the demo does not mention {word}:\n{}",
            out.show()
        );
    }
    // It shows the refusals it demonstrates.
    assert!(out.stdout.contains("session_expired"), "{}", out.show());
    assert!(out.stdout.contains("auth_failed"), "{}", out.show());
    // The user's wallet is untouched and the throw-away one is gone.
    assert!(!env.wallet().exists(), "the demo created the user's wallet");
    assert_eq!(
        std::fs::read_dir(&tmp).unwrap().count(),
        0,
        "the demo left files behind"
    );
}

#[test]
fn the_demo_speaks_chinese() {
    let env = Env::new();
    let out = env.cmd(["demo"]).lang("zh").run().success();
    assert!(has_cjk(&out.stdout), "not Chinese:\n{}", out.show());
    let en = env.cmd(["demo"]).run().success();
    assert!(!has_cjk(&en.stdout), "{}", en.show());
}

#[test]
fn the_demo_in_json_is_one_document() {
    let env = Env::new();
    let doc = env.cmd(["demo"]).json().run().success().json();
    let steps = doc["demo"]["steps"].as_array().expect("demo.steps");
    assert!(steps.len() >= 6, "{doc}");
    for (i, step) in steps.iter().enumerate() {
        assert_eq!(step["step"], i as u64 + 1, "{doc}");
    }
    let errors: Vec<&str> = steps.iter().filter_map(|s| s["error"].as_str()).collect();
    assert!(errors.contains(&"session_expired"), "{doc}");
    assert!(errors.contains(&"auth_failed"), "{doc}");
    let zh = env.cmd(["demo"]).json().lang("zh").run().success().json();
    assert_eq!(
        zh["demo"]["steps"], doc["demo"]["steps"],
        "JSON is the same in zh"
    );
}

#[test]
fn a_kept_demo_wallet_is_a_sound_sandbox_wallet() {
    let env = Env::new();
    let keep = env.root().join("kept");
    std::fs::create_dir(&keep).unwrap();
    let out = env.cmd(["demo", "--keep"]).arg(&keep).run().success();
    let wallet = keep.join("demo-wallet.db");
    assert!(
        out.stdout.contains(&wallet.display().to_string()),
        "{}",
        out.show()
    );
    assert!(wallet.exists());
    env.cmd(["verify"])
        .env("OKPAY_DB", &wallet)
        .json()
        .run()
        .success();
    let status = env
        .cmd(["status"])
        .env("OKPAY_DB", &wallet)
        .json()
        .run()
        .success()
        .json();
    assert_eq!(status["status"]["sandbox"], true);
    assert_eq!(status["status"]["username"], "alice");
    assert_eq!(status["status"]["base_currency"], "CNY");
}
