//! The clap definitions: every command, flag and its help text. `--help`, the man pages and the
//! shell completions are all generated from here.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use super::messages::Lang;

/// okpay: a local-first, multi-currency wallet for people and their shell scripts.
///
/// Everything lives in one SQLite file: an append-only double-entry ledger with credentials
/// encrypted inside it. Every command works non-interactively: add --json for one JSON document
/// on stdout, and rely on the stable error codes and exit codes (see the README or `man okpay`).
#[derive(Debug, Parser)]
#[command(
    name = "okpay",
    version,
    propagate_version = true,
    max_term_width = 100
)]
#[command(after_long_help = EXIT_CODES_HELP)]
pub struct Cli {
    /// Wallet file [default: <data dir>/okpay/wallet.db, e.g. ~/.local/share/okpay/wallet.db]
    #[arg(
        long,
        env = "OKPAY_DB",
        hide_env_values = true,
        global = true,
        value_name = "PATH"
    )]
    pub db: Option<PathBuf>,

    /// Print exactly one JSON document on stdout, on success and on failure
    #[arg(long, global = true)]
    pub json: bool,

    /// Message language [default: from LC_ALL/LC_MESSAGES/LANG: zh* gives zh, else en]
    #[arg(
        long,
        env = "OKPAY_LANG",
        hide_env_values = true,
        global = true,
        value_enum,
        value_name = "LANG"
    )]
    pub lang: Option<Lang>,

    /// Answer yes to every confirmation
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,

    /// Never prompt; a needed answer becomes the error input_required (implied when stdin is not a terminal)
    #[arg(long, global = true)]
    pub no_input: bool,

    /// When to use colour (NO_COLOR set and non-empty means never, unless always is asked for)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// On success print only the primary value; on failure only the error code on stderr
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Read the password from the first line of standard input
    #[arg(long, global = true)]
    pub password_stdin: bool,

    /// Read the password from the first line of FILE (which must not be readable by others)
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        conflicts_with = "password_stdin"
    )]
    pub password_file: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

const EXIT_CODES_HELP: &str = "\
Unlocking (commands that move money or change settings): --password-stdin or --password-file,
then OKPAY_SESSION (from `okpay login`), then OKPAY_PASSWORD, then a prompt on a terminal.

Exit codes:
   0  success                      7  risk_blocked
   1  internal error (a bug)       8  merchant_not_accepting, merchant_blocked, currency_not_supported
   2  invalid_input, input_required 9  source_declined, source_insufficient_funds, invalid_source_details, source_expired
   3  auth_required, auth_failed, otp_required, otp_invalid, session_expired, step_up_required
   4  locked_out, frozen          10  rail_unavailable, maintenance (temporary: retry later)
   5  insufficient_funds          11  idempotency_conflict, already_exists, invalid_state
   6  limit_exceeded              12  not_found
                                  13  integrity_error";

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new wallet (the password is asked twice, or read with --password-stdin/--password-file)
    Init(InitArgs),
    /// Unlock once and start a session: prints `export OKPAY_SESSION=…`
    Login(LoginArgs),
    /// End the session in OKPAY_SESSION, or every session with --all
    Logout(LogoutArgs),
    /// Show the wallet: locked or unlocked, session expiry, sandbox or not, time zone
    Status,
    /// Show available and pending money per currency, and the total in the base currency
    Balance(BalanceArgs),
    /// List transactions, newest first
    History(HistoryArgs),
    /// Show one transaction in full
    Receipt(ReceiptArgs),
    /// Check the wallet's integrity (exit 13 on damage or tampering); unlocked, also the HMAC chain
    Verify,
    /// Test controls of sandbox wallets (made with `init --sandbox`)
    Sandbox(SandboxArgs),
    /// A narrated tour in a throw-away sandbox wallet
    Demo(DemoArgs),
    /// Print a shell completion script
    Completions(CompletionsArgs),
    /// Write the man pages and completion scripts into a directory (for maintainers)
    #[command(hide = true)]
    GenerateDocs(GenerateDocsArgs),
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The wallet owner's username [default: $USER]
    #[arg(long, value_name = "NAME")]
    pub username: Option<String>,
    /// The currency limits and totals are kept in (ISO 4217)
    #[arg(long, value_name = "CUR", default_value = "USD")]
    pub base_currency: String,
    /// Make a sandbox wallet: a test clock and test controls (`okpay sandbox`)
    #[arg(long)]
    pub sandbox: bool,
    /// The wallet's time zone, fixed at init (IANA name) [default: the system's zone]
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Also check the username
    #[arg(long, value_name = "NAME")]
    pub username: Option<String>,
    /// How long the session lives: 90s, 15m, 2h … at most 12h
    #[arg(long, value_name = "DURATION", default_value = "15m")]
    pub ttl: String,
    /// Print the bare token and a newline instead of an export line
    #[arg(long)]
    pub raw: bool,
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// End every session, not only the one in OKPAY_SESSION
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct BalanceArgs {
    /// Only this currency
    #[arg(long, value_name = "CUR")]
    pub currency: Option<String>,
}

/// Output formats of listings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
    Jsonl,
    Csv,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Only transactions at or after this time (RFC 3339, or YYYY-MM-DD in the wallet's zone)
    #[arg(long, value_name = "TIME")]
    pub from: Option<String>,
    /// Only transactions before this time
    #[arg(long, value_name = "TIME")]
    pub to: Option<String>,
    /// Only this kind: topup, payment, refund, conversion, settlement
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,
    /// Only this status: pending, succeeded, failed, declined, partially_refunded, refunded
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Only this merchant (id)
    #[arg(long, value_name = "MERCHANT")]
    pub merchant: Option<String>,
    /// Only this currency
    #[arg(long, value_name = "CUR")]
    pub currency: Option<String>,
    /// Only amounts at least this large
    #[arg(long, value_name = "AMOUNT")]
    pub min: Option<String>,
    /// Only amounts at most this large
    #[arg(long, value_name = "AMOUNT")]
    pub max: Option<String>,
    /// Only transactions whose id, memo, order, merchant or source contains TEXT
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// How many to show
    #[arg(long, value_name = "N", default_value_t = 20, conflicts_with = "all")]
    pub limit: u32,
    /// Show every matching transaction
    #[arg(long)]
    pub all: bool,
    /// Output format (--json means --format json)
    #[arg(long, value_enum, value_name = "FORMAT", conflicts_with = "json")]
    pub format: Option<ListFormat>,
}

#[derive(Debug, Args)]
pub struct ReceiptArgs {
    /// The transaction id (tx_…)
    pub id: String,
}

#[derive(Debug, Args)]
pub struct SandboxArgs {
    #[command(subcommand)]
    pub command: SandboxCommand,
}

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Show or move the test clock: it stands still until moved, and only moves forward
    Clock(ClockArgs),
}

#[derive(Debug, Args)]
pub struct ClockArgs {
    #[command(subcommand)]
    pub action: Option<ClockAction>,
}

#[derive(Debug, Subcommand)]
pub enum ClockAction {
    /// Print the test clock (the default)
    Show,
    /// Move the clock to TIME (RFC 3339, or YYYY-MM-DD in the wallet's zone); never backwards
    Set {
        /// The new time
        time: String,
    },
    /// Move the clock forward by DURATION (90s, 15m, 2h, 1d)
    Advance {
        /// How far
        duration: String,
    },
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Keep the demo wallet in this directory instead of a throw-away one
    #[arg(long, value_name = "DIR")]
    pub keep: Option<PathBuf>,
}

/// Shells with completion scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Elvish,
    Powershell,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: Shell,
}

#[derive(Debug, Args)]
pub struct GenerateDocsArgs {
    /// The repository root: man/ and completions/ are written under it
    #[arg(value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
}
