//! The help's reference parts, in one place: the exit codes, the environment, the files and an
//! example block per command. `--help` and the man pages (EXAMPLES, EXIT STATUS, ENVIRONMENT,
//! FILES) are both generated from these definitions, so they cannot drift apart.

use clap::builder::StyledStr;
use clap::Command;

/// The exit codes and the error codes behind each (CLI.md "Exit codes").
pub const EXIT_CODES: &[(u8, &str)] = &[
    (0, "success"),
    (1, "internal error (a bug)"),
    (
        2,
        "invalid_input, input_required, cancelled (you answered no: nothing was done)",
    ),
    (
        3,
        "auth_required, auth_failed, otp_required, otp_invalid, session_expired, step_up_required",
    ),
    (4, "locked_out, frozen"),
    (5, "insufficient_funds"),
    (6, "limit_exceeded"),
    (7, "risk_blocked"),
    (
        8,
        "merchant_not_accepting, merchant_blocked, currency_not_supported",
    ),
    (
        9,
        "source_declined, source_insufficient_funds, invalid_source_details, source_expired",
    ),
    (10, "rail_unavailable, maintenance (temporary: retry later)"),
    (11, "idempotency_conflict, already_exists, invalid_state"),
    (12, "not_found"),
    (13, "integrity_error (a damaged or tampered wallet)"),
    (
        14,
        "io_error (a file cannot be read or written: details.path and details.cause)",
    ),
];

/// The environment variables okpay reads.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    ("OKPAY_DB", "The wallet file, as --db gives it."),
    (
        "OKPAY_SESSION",
        "A session token from `okpay login`: unlocks without the password until it expires.",
    ),
    (
        "OKPAY_PASSWORD",
        "The password, for CI jobs (a session is better); after --password-stdin, \
         --password-file and OKPAY_SESSION.",
    ),
    (
        "OKPAY_OTP",
        "A one-time code from the authenticator app, as --otp gives it.",
    ),
    (
        "OKPAY_LANG",
        "The message language, en or zh, as --lang gives it.",
    ),
    (
        "LC_ALL, LC_MESSAGES, LANG",
        "Without --lang or OKPAY_LANG, a locale starting with zh gives Chinese messages.",
    ),
    (
        "NO_COLOR",
        "Set and not empty: no colour, unless --color always asks for it.",
    ),
    (
        "COLUMNS",
        "The terminal width used for bar charts and QR codes when it cannot be asked.",
    ),
    (
        "VISUAL, EDITOR",
        "The editor `okpay support ticket` opens for a message on a terminal.",
    ),
    (
        "XDG_DATA_HOME, XDG_STATE_HOME",
        "Where the default wallet and the rollback anchors live.",
    ),
];

/// The files okpay reads and writes.
pub const FILES: &[(&str, &str)] = &[
    (
        "~/.local/share/okpay/wallet.db",
        "The wallet (the default of --db and OKPAY_DB): one SQLite file, mode 0600, with its \
         -wal and -shm companions while it is open.",
    ),
    (
        "~/.local/state/okpay/anchors",
        "The rollback anchors: how far each wallet's ledger had grown when this machine last \
         saw it, so an older copy put back is noticed.",
    ),
];

/// The examples of a command (by its name under `okpay`), shown at the end of its long help
/// (`statement` has its own, in its closing text).
pub fn examples(command: &str) -> Option<&'static str> {
    Some(match command {
        "init" => {
            "\
  okpay init --sandbox --username alice --base-currency CNY --tz Asia/Shanghai
  printf '%s\\n' \"$PW\" | okpay init --username alice --password-stdin --json"
        }
        "login" => {
            "\
  eval \"$(okpay login)\"                 # bash, zsh: one unlock for 15 minutes
  okpay login | source                  # fish
  export OKPAY_SESSION=$(okpay login --raw --ttl 2h)"
        }
        "status" => {
            "\
  okpay status
  okpay status --json | jq .status.unlocked"
        }
        "balance" => {
            "\
  okpay balance
  okpay balance --json | jq -r '.balances[] | .currency + \" \" + .available'"
        }
        "source" => {
            "\
  okpay source add card --holder \"Alice Liddell\" --expiry 12/30
  okpay source add card --type credit --holder \"Alice Liddell\" --expiry 12/30
  okpay source add bank --holder \"Alice Liddell\" --iban DE89370400440532013000
  okpay source add platform --provider alipay --account alice@example.com
  okpay source list"
        }
        "topup" => {
            "\
  okpay topup 200 --source src_…      # shows the fee, asks to confirm
  okpay topup 200 --source src_… --yes --json --idempotency-key t-2026-11-30
  okpay topup --retry tx_…            # after a failure: the same details"
        }
        "pay" => {
            "\
  okpay pay 25.00 --merchant \"Tea House\" --order A-1001
  okpay pay --merchant \"Tea House\" --item \"Tea:2:12.50\" --item \"Cake:4:8\"
  okpay pay 'okpay:pay?merchant=Tea%20House&amount=25.00&currency=CNY'
  okpay pay --request order.json --yes --json
  okpay pay --qr code.png"
        }
        "request" => {
            "\
  okpay request --merchant \"Night Market\" --amount 30 --currency CNY"
        }
        "refund" => {
            "\
  okpay refund tx_…                            # the whole payment
  okpay refund tx_… --amount 8 --reason \"broken mooncake\""
        }
        "convert" => {
            "\
  okpay convert 100 --from CNY --to EUR
  okpay convert 10 --from CNY --to EUR --to-amount --yes --json"
        }
        "fx" => {
            "\
  okpay fx rates
  okpay fx set EUR CNY 7.85
  okpay fx import eurofxref.csv"
        }
        "limits" => {
            "\
  okpay limits
  okpay limits set --daily 500"
        }
        "history" => {
            "\
  okpay history
  okpay history --from 2026-11-01 --kind payment --merchant \"Tea House\"
  okpay history --all --json | jq -r '.transactions[].id'"
        }
        "receipt" => {
            "\
  okpay receipt tx_…
  okpay receipt tx_… --json | jq .transaction.status"
        }
        "export" => {
            "\
  okpay export --format csv -o okpay.csv
  okpay export --format ledger --from 2026-01-01 -o 2026.journal
  okpay export --format beancount -o okpay.beancount"
        }
        "import" => {
            "\
  okpay import okpay.csv      # all or nothing; rows already there are skipped"
        }
        "report" => {
            "\
  okpay report spending --by merchant
  okpay report spending --by month --from 2026-01-01
  okpay report balance --currency CNY"
        }
        "verify" => {
            "\
  okpay verify                    # exit 13 on damage or tampering
  OKPAY_SESSION=… okpay verify    # unlocked: also the HMAC chain and seals"
        }
        "backup" => {
            "\
  okpay backup ~/okpay-$(date +%F).db"
        }
        "restore" => {
            "\
  okpay restore ~/okpay-2026-11-30.db"
        }
        _ => return None,
    })
}

/// The exit-code table as an aligned list that stays within `width` columns: long lines wrap
/// under their own text, never back to the left edge.
pub fn exit_codes_text(width: usize) -> String {
    let indent = 6;
    let mut out = String::from("Exit codes:\n");
    for (code, what) in EXIT_CODES {
        let mut line = format!("{code:>4}  ");
        let mut used = indent;
        for (i, word) in what.split(' ').enumerate() {
            if i > 0 && used + 1 + word.len() > width {
                line.push('\n');
                line.push_str(&" ".repeat(indent));
                used = indent;
            } else if i > 0 {
                line.push(' ');
                used += 1;
            }
            line.push_str(word);
            used += word.len();
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// How a command that needs it is unlocked.
pub const UNLOCKING: &str = "\
Unlocking (commands that move money or change settings): --password-stdin or
--password-file, then OKPAY_SESSION (from `okpay login`), then OKPAY_PASSWORD,
then a prompt on a terminal.";

/// The long help's closing text of `okpay` itself.
pub fn top_after_help() -> String {
    format!(
        "\
{UNLOCKING}

{}
Environment: OKPAY_DB, OKPAY_SESSION, OKPAY_PASSWORD, OKPAY_OTP, OKPAY_LANG,
NO_COLOR (see `man okpay`).

Examples:
  okpay demo
  okpay init --sandbox && eval \"$(okpay login)\"
  okpay balance",
        exit_codes_text(78)
    )
}

/// The clap command with the examples added to the long help of the commands that have them
/// (after any closing text the command already has).
pub fn command() -> Command {
    use clap::CommandFactory;
    let mut cmd = super::Cli::command();
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        let Some(examples) = examples(&name) else {
            continue;
        };
        let has_own = cmd.find_subcommand(&name).is_some_and(has_own_examples);
        if has_own {
            continue;
        }
        cmd = cmd.mut_subcommand(&name, |sub| {
            let short = sub.get_after_help().map(|s| s.to_string());
            let before = sub
                .get_after_long_help()
                .map(|s| s.to_string())
                .or(short.clone())
                .map(|s| format!("{s}\n\n"))
                .unwrap_or_default();
            // `-h` stays short: its own closing text, or where the examples are.
            let short = short.unwrap_or_else(|| "Examples: see --help.".to_string());
            sub.after_help(StyledStr::from(short))
                .after_long_help(StyledStr::from(format!(
                    "{before}Examples:\n{}",
                    indented(examples)
                )))
        });
    }
    cmd
}

/// The examples on the man page of `okpay` itself.
pub const TOP_EXAMPLES: &str =
    "  okpay demo\n  okpay init --sandbox\n  eval \"$(okpay login)\"\n  okpay balance";

/// Whether a command's help already has examples of its own (`export`, `statement`, `convert`).
pub fn has_own_examples(cmd: &Command) -> bool {
    cmd.get_after_help()
        .into_iter()
        .chain(cmd.get_after_long_help())
        .chain(cmd.get_long_about())
        .any(|text| text.to_string().contains("Examples:"))
}

/// Example lines, each indented by two spaces.
pub fn indented(examples: &str) -> String {
    examples
        .lines()
        .map(|line| format!("  {}", line.trim_start()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The roff of the extra man-page sections: EXAMPLES when there are some; EXIT STATUS,
/// ENVIRONMENT and FILES on every page.
pub fn man_sections(examples: Option<&str>) -> String {
    // No hyphenation: codes such as session_expired are split nowhere.
    let mut roff = String::from(".nh\n");
    if let Some(text) = examples {
        roff.push_str(".SH EXAMPLES\n.nf\n");
        for line in text.lines() {
            roff.push_str(&escape(line.trim_start()));
            roff.push('\n');
        }
        roff.push_str(".fi\n");
    }
    roff.push_str(".SH \"EXIT STATUS\"\n");
    for (code, what) in EXIT_CODES {
        roff.push_str(&format!(".TP\n\\fB{code}\\fR\n{}\n", escape(what)));
    }
    roff.push_str(".SH ENVIRONMENT\n");
    for (name, what) in ENVIRONMENT {
        roff.push_str(&format!(
            ".TP\n\\fB{}\\fR\n{}\n",
            escape(name),
            escape(what)
        ));
    }
    roff.push_str(".SH FILES\n");
    for (path, what) in FILES {
        roff.push_str(&format!(
            ".TP\n\\fI{}\\fR\n{}\n",
            escape(path),
            escape(what)
        ));
    }
    roff
}

/// Text for roff: backslashes doubled, hyphens as \-, a leading dot or quote protected.
fn escape(text: &str) -> String {
    let mut out = text.replace('\\', "\\e").replace('-', "\\-");
    if out.starts_with('.') || out.starts_with('\'') {
        out.insert_str(0, "\\&");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exit_codes_fit_80_columns_aligned() {
        let text = exit_codes_text(78);
        for line in text.lines() {
            assert!(line.chars().count() <= 78, "{line}");
        }
        assert!(text.contains("   3  auth_required"));
        // A wrapped line continues under the text, not under the code.
        assert!(text.contains("\n      session_expired") || text.contains("\n      step_up"));
    }

    #[test]
    fn examples_fit_80_columns() {
        let names = [
            "init",
            "login",
            "status",
            "balance",
            "source",
            "topup",
            "pay",
            "request",
            "refund",
            "convert",
            "fx",
            "limits",
            "history",
            "receipt",
            "export",
            "import",
            "statement",
            "report",
            "verify",
            "backup",
            "restore",
        ];
        for name in names {
            let text = indented(examples(name).unwrap_or_default());
            for line in text.lines() {
                assert!(line.chars().count() <= 78, "{name}: {line}");
            }
        }
    }

    #[test]
    fn every_money_and_ledger_command_has_examples() {
        for name in [
            "init", "login", "balance", "topup", "pay", "refund", "convert", "history", "receipt",
            "export", "import", "report",
        ] {
            assert!(examples(name).is_some(), "{name}");
        }
    }
}
