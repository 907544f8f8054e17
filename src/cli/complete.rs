//! Dynamic shell completion: `okpay __complete SHELL -- okpay WORDS… CURRENT` prints the
//! source ids and labels, merchant names and recent transaction or ticket ids that fit the
//! word being completed, one per line, and exits 0; it exits 1 when that word is not one it
//! completes, and the shell falls back to the static script clap generates. The committed
//! scripts (bash, zsh, fish) call it; see [`bash_glue`], [`zsh_glue`], [`fish_glue`].
//!
//! Reading ids, labels and names needs no unlocking (none is secret) and never writes: the
//! wallet is opened read-only, and no wallet (or any failure) means no candidates.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::CommandFactory;

use super::args::Cli;
use crate::wallet::{Candidate, Wallet, Wanted};

/// The hidden command the scripts call.
pub const COMMAND: &str = "__complete";

/// Which arguments complete from the wallet: (subcommand path, clap argument id, what).
pub const DYNAMIC: &[(&str, &str, Wanted)] = &[
    ("topup", "source", Wanted::Sources),
    ("topup", "retry", Wanted::FailedTopups),
    ("source remove", "id", Wanted::Sources),
    ("sandbox source", "id", Wanted::Sources),
    ("pay", "merchant", Wanted::Merchants),
    ("request", "merchant", Wanted::Merchants),
    ("history", "merchant", Wanted::Merchants),
    ("merchant block", "merchant", Wanted::Merchants),
    ("merchant unblock", "merchant", Wanted::Merchants),
    ("receipt", "id", Wanted::Transactions),
    ("refund", "id", Wanted::Payments),
    ("support ticket new", "transactions", Wanted::Transactions),
    ("support ticket show", "id", Wanted::Tickets),
    ("support ticket reply", "id", Wanted::Tickets),
    ("support ticket close", "id", Wanted::Tickets),
    ("support ticket attachment", "id", Wanted::Tickets),
    ("support ticket export", "id", Wanted::Tickets),
];

/// The shells the scripts call from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shell {
    Bash,
    Zsh,
    Fish,
}

/// `okpay __complete SHELL -- WORDS…`: the exit code (0: completed here, 1: not ours).
pub fn run(argv: &[OsString]) -> i32 {
    let words: Vec<String> = argv
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let shell = match words.get(2).map(String::as_str) {
        Some("bash") => Shell::Bash,
        Some("zsh") => Shell::Zsh,
        Some("fish") => Shell::Fish,
        _ => return 1,
    };
    let rest = &words[3..];
    let rest = rest.strip_prefix(&["--".to_string()]).unwrap_or(rest);
    // The command name comes first.
    let line = rest.get(1..).unwrap_or_default();
    let Some(target) = locate(line) else {
        return 1;
    };
    let Some(wallet) = open(target.db.as_deref()) else {
        return 0;
    };
    let Ok(candidates) = wallet.ids().candidates(target.wanted) else {
        return 0;
    };
    for c in candidates {
        if let Some(line) = format(shell, &target, &c) {
            outln!("{line}");
        }
    }
    let _ = super::output::finish();
    0
}

/// The word being completed, when it is one [`DYNAMIC`] names.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Target {
    wanted: Wanted,
    /// What is typed of the value so far.
    typed: String,
    /// `--flag=` when the value is typed glued to its flag (zsh and fish keep it in the word).
    glued: Option<String>,
    /// `--db` on the command line.
    db: Option<String>,
}

/// Walk `words` (without the command name; the last is the one being completed) through the
/// clap definitions to the argument the last word is a value of.
fn locate(words: &[String]) -> Option<Target> {
    let words = join_bash_equals(words);
    let (current, before) = words.split_last()?;
    let mut cmd = Cli::command();
    cmd.build();
    let mut node = &cmd;
    let mut path: Vec<String> = Vec::new();
    let mut positional = 0usize;
    let mut db = None;
    let mut pending: Option<String> = None;
    let mut only_positionals = false;
    for word in before {
        if let Some(id) = pending.take() {
            if id == "db" {
                db = Some(word.clone());
            }
            continue;
        }
        if !only_positionals && word == "--" {
            only_positionals = true;
            continue;
        }
        if !only_positionals && word.starts_with("--") {
            let (name, inline) = match word[2..].split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (&word[2..], None),
            };
            let arg = node.get_arguments().find(|a| a.get_long() == Some(name))?;
            let id = arg.get_id().as_str().to_string();
            match inline {
                Some(v) if id == "db" => db = Some(v.to_string()),
                Some(_) => {}
                None if takes_value(arg) => pending = Some(id),
                None => {}
            }
            continue;
        }
        if !only_positionals && word.starts_with('-') && word.len() > 1 {
            continue;
        }
        if positional == 0 {
            if let Some(sub) = node.find_subcommand(word) {
                path.push(sub.get_name().to_string());
                node = sub;
                continue;
            }
        }
        positional += 1;
    }
    let path = path.join(" ");
    let wanted_for = |id: &str| {
        DYNAMIC
            .iter()
            .find(|(p, a, _)| *p == path && *a == id)
            .map(|(_, _, w)| *w)
    };
    let target = |wanted, typed: &str, glued: Option<String>| Target {
        wanted,
        typed: typed.to_string(),
        glued,
        db: db.clone(),
    };
    if let Some(id) = pending {
        return wanted_for(&id).map(|w| target(w, current, None));
    }
    if let Some((flag, typed)) = current.strip_prefix("--").and_then(|w| w.split_once('=')) {
        let arg = node.get_arguments().find(|a| a.get_long() == Some(flag))?;
        let wanted = wanted_for(arg.get_id().as_str())?;
        return Some(target(wanted, typed, Some(format!("--{flag}="))));
    }
    if current.starts_with('-') {
        return None;
    }
    let arg = node.get_positionals().nth(positional)?;
    wanted_for(arg.get_id().as_str()).map(|w| target(w, current, None))
}

/// bash splits `--source=ab` into `--source`, `=`, `ab`: glue them back.
fn join_bash_equals(words: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let word = &words[i];
        let after_flag = out
            .last()
            .is_some_and(|w| w.starts_with("--") && !w.contains('='));
        if word == "=" && after_flag {
            let value = words.get(i + 1).cloned().unwrap_or_default();
            if let Some(last) = out.last_mut() {
                last.push('=');
                last.push_str(&value);
            }
            i += 2;
            continue;
        }
        out.push(word.clone());
        i += 1;
    }
    out
}

/// Whether an argument takes a value after it.
fn takes_value(arg: &clap::Arg) -> bool {
    arg.get_num_args().is_some_and(|n| n.takes_values())
}

/// The wallet at `--db`, `OKPAY_DB` or the default path, read-only; none when there is none.
fn open(db: Option<&str>) -> Option<Wallet> {
    let path = match db {
        Some(p) => expand_home(p),
        None => match std::env::var_os("OKPAY_DB").filter(|v| !v.is_empty()) {
            Some(p) => PathBuf::from(p),
            None => crate::wallet::default_path(directories::BaseDirs::new()?.data_dir()),
        },
    };
    if !path.is_file() {
        return None;
    }
    Wallet::open_read_only(&path).ok()
}

/// `~/x` as the shell would have expanded it (the word is completed before expansion).
fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(path),
    }
}

/// One line of output for `shell`, or none when bash's candidate does not fit what is typed
/// (zsh and fish match for themselves).
fn format(shell: Shell, target: &Target, c: &Candidate) -> Option<String> {
    let glued = target.glued.clone().unwrap_or_default();
    let about = c.about.replace(['\t', '\n'], " ");
    match shell {
        Shell::Bash => {
            let typed = crate::text::nfc(&unescape(&target.typed)).to_lowercase();
            let value = c.value.to_lowercase();
            value.starts_with(&typed).then(|| escape_for_bash(&c.value))
        }
        Shell::Zsh => Some(format!(
            "{}:{}",
            format!("{glued}{}", c.value)
                .replace('\\', "\\\\")
                .replace(':', "\\:"),
            about
        )),
        Shell::Fish => Some(format!("{glued}{}\t{about}", c.value)),
    }
}

/// What bash has in the word: backslashes and quotes dropped.
fn unescape(word: &str) -> String {
    word.chars()
        .filter(|c| !matches!(c, '\\' | '\'' | '"'))
        .collect()
}

/// A value as a bash word: ASCII punctuation other than a few safe ones backslashed.
fn escape_for_bash(value: &str) -> String {
    let mut out = String::new();
    for c in value.chars() {
        if c.is_ascii() && !c.is_ascii_alphanumeric() && !"_-./:@%+,^".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The long flag or positional of every [`DYNAMIC`] argument: `(path, Some(long) or None)`.
fn dynamic_args() -> Vec<(String, Option<String>)> {
    let mut cmd = Cli::command();
    cmd.build();
    DYNAMIC
        .iter()
        .filter_map(|(path, id, _)| {
            let mut node = &cmd;
            for name in path.split(' ') {
                node = node.find_subcommand(name)?;
            }
            let arg = node.get_arguments().find(|a| a.get_id().as_str() == *id)?;
            Some((path.to_string(), arg.get_long().map(str::to_string)))
        })
        .collect()
}

/// Appended to clap's bash script: try `okpay __complete` first, then the static completion.
pub fn bash_glue() -> String {
    format!(
        r#"
# Source ids and labels, merchant names and transaction ids come from the wallet itself:
# `okpay {COMMAND}` prints them (no unlocking; nothing secret), or fails for other words.
_okpay_dynamic() {{
    local out line
    if out="$(command okpay {COMMAND} bash -- "${{COMP_WORDS[@]:0:COMP_CWORD+1}}" 2>/dev/null)"; then
        compopt +o default +o bashdefault 2>/dev/null
        COMPREPLY=()
        while IFS= read -r line; do
            [[ -n "$line" ]] && COMPREPLY+=("$line")
        done <<< "$out"
        return 0
    fi
    _okpay "$@"
}}
"#
    )
}

/// Put before clap's zsh dispatch: `_okpay` tries `okpay __complete`, then the static
/// completion (clap's `_okpay`, renamed `_okpay_static`).
pub fn zsh_glue() -> String {
    format!(
        r#"# Source ids and labels, merchant names and transaction ids come from the wallet itself:
# `okpay {COMMAND}` prints them (no unlocking; nothing secret), or fails for other words.
_okpay() {{
    local out
    local -a found
    if out="$(command okpay {COMMAND} zsh -- "${{(@)words[1,CURRENT]}}" 2>/dev/null)"; then
        [[ -n "$out" ]] && found=("${{(@f)out}}")
        _describe -t okpay-values 'value' found
        return 0
    fi
    _okpay_static "$@"
}}

"#
    )
}

/// Appended to clap's fish script: one completion per [`DYNAMIC`] argument.
pub fn fish_glue() -> String {
    let mut out = format!(
        r#"
# Source ids and labels, merchant names and transaction ids come from the wallet itself:
# `okpay {COMMAND}` prints them (no unlocking; nothing secret).
function __okpay_dynamic
    command okpay {COMMAND} fish -- (commandline -opc) (commandline -ct) 2>/dev/null
end
"#
    );
    for (path, long) in dynamic_args() {
        let mut names = path.split(' ');
        let first = names.next().unwrap_or_default();
        let mut condition = format!("__fish_okpay_using_subcommand {first}");
        for name in names {
            condition.push_str(&format!("; and __fish_seen_subcommand_from {name}"));
        }
        match long {
            Some(long) => out.push_str(&format!(
                "complete -c okpay -n \"{condition}\" -l {long} -r -f -a \"(__okpay_dynamic)\"\n"
            )),
            None => out.push_str(&format!(
                "complete -c okpay -n \"{condition}\" -f -a \"(__okpay_dynamic)\"\n"
            )),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        line.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn every_dynamic_argument_exists() {
        assert_eq!(dynamic_args().len(), DYNAMIC.len());
    }

    #[test]
    fn the_value_of_a_flag_is_located() {
        let t = locate(&words("topup 10 --source ")).unwrap();
        assert_eq!(t.wanted, Wanted::Sources);
        assert_eq!(t.typed, "");
        let t = locate(&words("--db /tmp/w.db topup 10 --source 信")).unwrap();
        assert_eq!(t.typed, "信");
        assert_eq!(t.db.as_deref(), Some("/tmp/w.db"));
        let t = locate(&words("topup 10 --source = sr")).unwrap();
        assert_eq!(
            (t.typed.as_str(), t.glued.as_deref()),
            ("sr", Some("--source="))
        );
        let t = locate(&words("pay 10 --merchant=Te")).unwrap();
        assert_eq!(t.wanted, Wanted::Merchants);
    }

    #[test]
    fn positionals_are_located() {
        assert_eq!(
            locate(&words("receipt ")).unwrap().wanted,
            Wanted::Transactions
        );
        assert_eq!(
            locate(&words("refund tx")).unwrap().wanted,
            Wanted::Payments
        );
        assert_eq!(
            locate(&words("source remove ")).unwrap().wanted,
            Wanted::Sources
        );
        assert_eq!(
            locate(&words("support ticket show ")).unwrap().wanted,
            Wanted::Tickets
        );
    }

    #[test]
    fn other_words_are_left_to_the_static_script() {
        assert_eq!(locate(&words("topup 10 --")), None);
        assert_eq!(locate(&words("backup ")), None);
        assert_eq!(locate(&words("topup ")), None);
        assert_eq!(locate(&words("receipt tx_1 ")), None);
        assert_eq!(locate(&words("")), None);
    }

    #[test]
    fn bash_words_are_escaped() {
        assert_eq!(escape_for_bash("Tea House"), "Tea\\ House");
        assert_eq!(escape_for_bash("信用卡"), "信用卡");
        assert_eq!(escape_for_bash("src_01AB"), "src_01AB");
        assert_eq!(escape_for_bash("O'Neil & Co"), "O\\'Neil\\ \\&\\ Co");
    }
}
