//! Shell completions and man pages: the committed copies must equal what the binary makes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::harness::Env;

const STALE: &str = "stale: run `cargo run -- generate-docs .` and commit";

const SHELLS: [(&str, &str); 5] = [
    ("bash", "okpay.bash"),
    ("zsh", "_okpay"),
    ("fish", "okpay.fish"),
    ("elvish", "okpay.elv"),
    ("powershell", "_okpay.ps1"),
];

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file directly under `dir`, by name.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}\n{STALE}", dir.display()));
    entries
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).unwrap())
        })
        .collect()
}

#[test]
fn completions_equal_the_committed_scripts() {
    let env = Env::new();
    for (shell, file) in SHELLS {
        let out = env.cmd(["completions", shell]).run().success();
        assert!(!out.stdout_bytes.is_empty(), "{shell}: empty script");
        let path = repo().join("completions").join(file);
        let committed =
            std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}\n{STALE}", path.display()));
        assert!(
            out.stdout_bytes == committed,
            "completions/{file} differs from `okpay completions {shell}`\n{STALE}"
        );
        assert!(out.stdout.contains("okpay"), "{shell}");
    }
}

#[test]
fn generated_docs_equal_the_committed_files() {
    let env = Env::new();
    let dir = env.root().join("docs");
    env.cmd(["generate-docs"]).arg(&dir).run().success();
    for sub in ["completions", "man"] {
        let generated = files(&dir.join(sub));
        let committed = files(&repo().join(sub));
        let generated_names: Vec<&String> = generated.keys().collect();
        let committed_names: Vec<&String> = committed.keys().collect();
        assert_eq!(
            generated_names, committed_names,
            "{sub}/: the files differ\n{STALE}"
        );
        for (name, bytes) in &generated {
            assert!(
                committed.get(name) == Some(bytes),
                "{sub}/{name} differs from what `generate-docs` writes\n{STALE}"
            );
        }
    }
}

#[test]
fn man_pages_cover_every_command() {
    let man = files(&repo().join("man"));
    for page in [
        "okpay.1",
        "okpay-init.1",
        "okpay-login.1",
        "okpay-logout.1",
        "okpay-status.1",
        "okpay-balance.1",
        "okpay-history.1",
        "okpay-receipt.1",
        "okpay-verify.1",
        "okpay-sandbox-clock.1",
        "okpay-demo.1",
        "okpay-completions.1",
    ] {
        assert!(man.contains_key(page), "man/{page} is missing\n{STALE}");
    }
    assert!(
        !man.keys().any(|name| name.contains("generate-docs")),
        "the hidden maintainer command has no man page"
    );
    let main = String::from_utf8_lossy(&man["okpay.1"]);
    assert!(
        main.contains("EXIT STATUS") && main.contains("insufficient_funds"),
        "okpay.1 documents the exit codes"
    );
}

#[test]
fn an_unknown_shell_is_invalid_input() {
    let env = Env::new();
    env.cmd(["completions", "tcsh"])
        .json()
        .run()
        .failure(2, "invalid_input");
}

#[test]
fn the_clap_definitions_are_consistent() {
    use clap::CommandFactory;
    okpay::cli::Cli::command().debug_assert();
}
