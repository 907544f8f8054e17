//! The clap definitions: every command, flag and its help text. `--help`, the man pages and the
//! shell completions are all generated from here.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use super::args_fx::{ConvertArgs, FxArgs};
pub use super::args_support::SupportArgs;
use super::messages::Lang;

/// okpay: a local-first, multi-currency wallet for people and their shell scripts.
///
/// Everything lives in one SQLite file: an append-only double-entry ledger with credentials
/// encrypted inside it. Every command works non-interactively: add --json for one JSON document
/// on stdout, and rely on the stable error codes and exit codes (see the README or `man okpay`).
#[derive(Debug, Parser)]
#[command(name = "okpay", version, max_term_width = 100)]
#[command(after_long_help = super::help::top_after_help())]
#[command(next_help_heading = "Global options")]
pub struct Cli {
    #[command(flatten)]
    pub globals: Globals,

    #[command(subcommand)]
    pub command: Command,
}

/// The options every command takes, before or after its name.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct Globals {
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

    /// Show ids in full in tables (piped output and JSON always have them in full)
    #[arg(long, global = true)]
    pub wide: bool,

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

    /// A one-time code from your authenticator app, once two-factor authentication is on
    #[arg(
        long,
        global = true,
        value_name = "CODE",
        env = "OKPAY_OTP",
        hide_env_values = true
    )]
    pub otp: Option<String>,

    /// A single-use recovery code, in place of a one-time code
    #[arg(long, global = true, value_name = "CODE", conflicts_with = "otp")]
    pub recovery_code: Option<String>,
}

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
    /// Change the password (current, then new: prompts, or two lines with --password-stdin)
    Password(PasswordArgs),
    /// Two-factor authentication with an authenticator app (TOTP): enable, confirm, status,
    /// disable, recovery codes
    #[command(name = "2fa")]
    TwoFa(TwoFaArgs),
    /// End the session in OKPAY_SESSION, or every session with --all
    Logout(LogoutArgs),
    /// Show the wallet: locked or unlocked, session expiry, sandbox or not, time zone
    Status,
    /// Show available and pending money per currency, and the total in the base currency
    Balance(BalanceArgs),
    /// Funding sources: cards, bank accounts, online platforms, third-party providers
    Source(SourceArgs),
    /// Put money into the wallet from a funding source (asks to confirm; --yes in scripts)
    Topup(TopupArgs),
    /// Pay a merchant: by flags, a JSON payment request (--request), an okpay:pay? URI, or a
    /// QR code in an image (--qr)
    Pay(PayArgs),
    /// Make a payment request: print its okpay:pay? URI and draw its QR code (no unlocking)
    Request(RequestArgs),
    /// Send money out on the bank rail: to your own bank source or to an IBAN (asks to
    /// confirm; --yes in scripts)
    Transfer(super::transfer::TransferArgs),
    /// Record a merchant's full or partial refund of a payment
    Refund(RefundArgs),
    /// Merchants: add, list, block, unblock
    Merchant(MerchantArgs),
    /// Spending limits in the base currency: show them, lower or raise them, cancel a raise
    Limits(LimitsArgs),
    /// Risk monitoring: the rules that score every payment, their settings, how often they fired
    Risk(RiskArgs),
    /// Exchange rates: list, set and import them, and set the conversion spread
    Fx(FxArgs),
    Convert(ConvertArgs),
    /// List transactions, newest first
    History(HistoryArgs),
    /// Show one transaction in full
    Receipt(ReceiptArgs),
    /// Write every transaction out as okpay CSV or JSON, an hledger journal or a beancount file
    Export(super::args_records::ExportArgs),
    /// Read okpay's CSV export back in (idempotent by transaction id; all or nothing)
    Import(super::args_records::ImportArgs),
    /// A monthly statement: opening balance, every movement, fees, closing balance
    Statement(super::args_records::StatementArgs),
    /// Reports: spending by merchant, category, month or day as a bar chart; the balance over
    /// time as a sparkline
    Report(super::args_records::ReportArgs),
    /// Check the wallet's integrity (exit 13 on damage, tampering or a rollback); unlocked, also
    /// the HMAC chain and every sealed row
    Verify(VerifyArgs),
    /// Write a consistent copy of the wallet to FILE (0600, sessions left out), even while
    /// other okpay processes are writing to it
    Backup(BackupArgs),
    /// Replace the wallet with a backup, after checking it with the password (asks to confirm;
    /// --yes in scripts)
    Restore(RestoreArgs),
    /// The security centre: the security log, an emergency freeze, a self-audit
    Security(SecurityArgs),
    /// Test controls of sandbox wallets (made with `init --sandbox`)
    Sandbox(SandboxArgs),
    /// Help, even offline: the help centre, contact channels, announcements and support tickets
    Support(SupportArgs),
    /// A narrated tour in a throw-away sandbox wallet
    Demo(DemoArgs),
    /// Print a shell completion script
    Completions(CompletionsArgs),
    /// Write the man pages and completion scripts into a directory (for maintainers)
    #[command(hide = true)]
    GenerateDocs(GenerateDocsArgs),
}

impl Command {
    /// The command line with one subcommand alone: okpay's global options and that
    /// subcommand's tree, nothing else. Parsing it gives the same [`Cli`] as the whole tree for
    /// any line that names the subcommand (a test compares the two trees).
    ///
    /// Building all thirty-odd subcommands, and clap copying the global options into each of
    /// them, was about a tenth of a payment's instructions and a third of the memory pages it
    /// touched, for a command line that names one.
    pub fn only(name: &str) -> Option<clap::Command> {
        fn tree<A: Args>(name: &'static str) -> clap::Command {
            A::augment_args(clap::Command::new(name))
        }
        use super::args_records as records;
        let one = match name {
            "init" => tree::<InitArgs>("init"),
            "login" => tree::<LoginArgs>("login"),
            "password" => tree::<PasswordArgs>("password"),
            "2fa" => tree::<TwoFaArgs>("2fa"),
            "logout" => tree::<LogoutArgs>("logout"),
            "status" => clap::Command::new("status"),
            "balance" => tree::<BalanceArgs>("balance"),
            "source" => tree::<SourceArgs>("source"),
            "topup" => tree::<TopupArgs>("topup"),
            "pay" => tree::<PayArgs>("pay"),
            "request" => tree::<RequestArgs>("request"),
            "transfer" => tree::<super::transfer::TransferArgs>("transfer"),
            "refund" => tree::<RefundArgs>("refund"),
            "merchant" => tree::<MerchantArgs>("merchant"),
            "limits" => tree::<LimitsArgs>("limits"),
            "risk" => tree::<RiskArgs>("risk"),
            "fx" => tree::<FxArgs>("fx"),
            "convert" => tree::<ConvertArgs>("convert"),
            "history" => tree::<HistoryArgs>("history"),
            "receipt" => tree::<ReceiptArgs>("receipt"),
            "export" => tree::<records::ExportArgs>("export"),
            "import" => tree::<records::ImportArgs>("import"),
            "statement" => tree::<records::StatementArgs>("statement"),
            "report" => tree::<records::ReportArgs>("report"),
            "verify" => tree::<VerifyArgs>("verify"),
            "backup" => tree::<BackupArgs>("backup"),
            "restore" => tree::<RestoreArgs>("restore"),
            "security" => tree::<SecurityArgs>("security"),
            "sandbox" => tree::<SandboxArgs>("sandbox"),
            "support" => tree::<SupportArgs>("support"),
            "demo" => tree::<DemoArgs>("demo"),
            "completions" => tree::<CompletionsArgs>("completions"),
            "generate-docs" => tree::<GenerateDocsArgs>("generate-docs"),
            _ => return None,
        };
        Some(Globals::augment_args(clap::Command::new("okpay")).subcommand(one))
    }
}

/// `okpay verify`
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// After deliberately putting an older copy of the wallet back: verify it with the password
    /// and accept it as the current state (re-anchor this machine's rollback anchor)
    #[arg(long)]
    pub accept: bool,
    /// SQLite's full `integrity_check` (every index entry matched to its row) instead of the
    /// default `quick_check` (every page and b-tree): N log N instead of linear, about twice
    /// as long on a large wallet
    #[arg(long)]
    pub deep: bool,
}

/// `okpay 2fa …`
#[derive(Debug, Args)]
pub struct TwoFaArgs {
    #[command(subcommand)]
    pub command: TwoFaCommand,
}

/// `okpay 2fa` subcommands.
#[derive(Debug, Subcommand)]
pub enum TwoFaCommand {
    /// Start: a new secret for your authenticator app, shown as an otpauth:// URI, a QR code and
    /// Base32 text; it is on once `2fa confirm` checks a first code
    Enable(TwoFaEnableArgs),
    /// Turn 2FA on with the first code the app shows; prints 10 single-use recovery codes once
    Confirm(TwoFaConfirmArgs),
    /// Whether 2FA is on, and how many recovery codes are left (no unlocking)
    Status,
    /// Turn 2FA off: needs the password and a code (--otp) or a recovery code
    Disable,
    /// Recovery codes
    RecoveryCodes(TwoFaRecoveryArgs),
}

/// `okpay 2fa enable`
#[derive(Debug, Args)]
pub struct TwoFaEnableArgs {
    /// Also write the QR code as a PNG image to FILE (0600)
    #[arg(long, value_name = "FILE")]
    pub qr_png: Option<PathBuf>,
}

/// `okpay 2fa confirm`
#[derive(Debug, Args)]
pub struct TwoFaConfirmArgs {
    /// The 6-digit code your authenticator app shows now
    #[arg(value_name = "CODE")]
    pub code: String,
}

/// `okpay 2fa recovery-codes`
#[derive(Debug, Args)]
pub struct TwoFaRecoveryArgs {
    /// Replace every recovery code with 10 new ones (needs the password and a code)
    #[arg(long, required = true)]
    pub regenerate: bool,
}

/// `okpay password …`
#[derive(Debug, Args)]
pub struct PasswordArgs {
    #[command(subcommand)]
    pub command: PasswordCommand,
}

/// `okpay password` subcommands.
#[derive(Debug, Subcommand)]
pub enum PasswordCommand {
    /// Change the password: the wallet key is re-wrapped and every other session ends. The
    /// current password, then the new one, from prompts (the new one twice) or as two lines of
    /// standard input with --password-stdin; the new one must pass the strength policy.
    Change(PasswordChangeArgs),
}

/// `okpay password change`
#[derive(Debug, Args)]
pub struct PasswordChangeArgs {
    /// Also replace the wallet key itself: every secret is re-encrypted and the whole ledger
    /// re-sealed under a fresh key, in one transaction, and every session ends (use it when the
    /// key may have leaked, e.g. a session token was exposed)
    #[arg(long)]
    pub rotate_key: bool,
}

/// `okpay backup FILE`
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the backup (its directory must exist; an existing file is refused)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,
}

/// `okpay restore FILE`
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A backup made by `okpay backup` (or a copy) of this same wallet. It must pass SQLite's
    /// integrity check and verify with this wallet's key: a damaged, tampered or foreign file is
    /// refused with integrity_error and the wallet is left as it was. Restoring brings back the
    /// backup's transactions and settings, keeps the current password, ends every session and
    /// re-anchors this machine's rollback anchor at the backup
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
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
pub struct SourceArgs {
    #[command(subcommand)]
    pub command: SourceCommand,
}

#[derive(Debug, Subcommand)]
pub enum SourceCommand {
    /// Add a funding source (needs the wallet unlocked); its details are checked at entry
    Add(SourceAddArgs),
    /// List funding sources, always masked
    List(SourceListArgs),
    /// Remove a funding source; transactions that used it keep naming it
    Remove(SourceRemoveArgs),
    /// The supported online platforms and third-party providers, with their fees
    Providers,
}

#[derive(Debug, Args)]
pub struct SourceAddArgs {
    #[command(subcommand)]
    pub kind: SourceAddKind,
}

#[derive(Debug, Subcommand)]
pub enum SourceAddKind {
    /// A credit or debit card. The number and CVC are asked for (hidden), or read as two lines
    /// with --details-stdin; never flags. okpay keeps the rail's token, the brand, the last four
    /// digits and the expiry; never the number or the CVC.
    Card(CardArgs),
    /// A bank account: an IBAN (spaces and any letter case accepted) or a domestic account
    /// number with the bank's name. Bank transfers arrive the next business day at 10:00.
    Bank(BankArgs),
    /// An online payment platform account (see `okpay source providers`)
    Platform(PlatformArgs),
    /// A third-party payment provider account, by e-mail (see `okpay source providers`)
    #[command(name = "third-party")]
    ThirdParty(ThirdPartyArgs),
}

/// Debit or credit card (credit cards carry a 1.00% top-up fee).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CardType {
    Debit,
    Credit,
}

#[derive(Debug, Args)]
pub struct CardArgs {
    /// The name on the card
    #[arg(long, value_name = "NAME")]
    pub holder: String,
    /// The expiry month, MM/YY
    #[arg(long, value_name = "MM/YY")]
    pub expiry: String,
    /// Debit or credit
    #[arg(long = "type", value_enum, default_value_t = CardType::Debit, value_name = "TYPE")]
    pub card_type: CardType,
    /// The card's currency [default: the base currency]
    #[arg(long, value_name = "CUR")]
    pub currency: Option<String>,
    /// A name for the source
    #[arg(long, value_name = "LABEL")]
    pub label: Option<String>,
    /// Read the card number and the CVC from standard input, one per line (after the password
    /// line when --password-stdin is also given)
    #[arg(long)]
    pub details_stdin: bool,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("account_kind").required(true).args(["iban", "account"])))]
pub struct BankArgs {
    /// The account holder's name
    #[arg(long, value_name = "NAME")]
    pub holder: String,
    /// The IBAN (checksum, length and format checked against the IBAN registry)
    #[arg(long, value_name = "IBAN")]
    pub iban: Option<String>,
    /// A domestic account number (with --bank)
    #[arg(long, value_name = "NUMBER", requires = "bank")]
    pub account: Option<String>,
    /// The bank's name (with --account)
    #[arg(long, value_name = "NAME", requires = "account")]
    pub bank: Option<String>,
    /// The account's currency [default: the base currency]
    #[arg(long, value_name = "CUR")]
    pub currency: Option<String>,
    /// A name for the source
    #[arg(long, value_name = "LABEL")]
    pub label: Option<String>,
}

#[derive(Debug, Args)]
pub struct PlatformArgs {
    /// The platform: alipay, wechatpay or unionpay
    #[arg(long, value_name = "NAME")]
    pub provider: String,
    /// Your account id on the platform
    #[arg(long, value_name = "ID")]
    pub account: String,
    /// The account's currency [default: the base currency]
    #[arg(long, value_name = "CUR")]
    pub currency: Option<String>,
    /// A name for the source
    #[arg(long, value_name = "LABEL")]
    pub label: Option<String>,
}

#[derive(Debug, Args)]
pub struct ThirdPartyArgs {
    /// The provider: paypal or wise
    #[arg(long, value_name = "NAME")]
    pub provider: String,
    /// The e-mail address of your account there
    #[arg(long, value_name = "ADDR")]
    pub email: String,
    /// The account's currency [default: the base currency]
    #[arg(long, value_name = "CUR")]
    pub currency: Option<String>,
    /// A name for the source
    #[arg(long, value_name = "LABEL")]
    pub label: Option<String>,
}

#[derive(Debug, Args)]
pub struct SourceListArgs {
    /// Include removed sources
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct SourceRemoveArgs {
    /// The source id (src_…)
    pub id: String,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["amount", "retry"])))]
pub struct TopupArgs {
    /// How much the wallet receives (fees are charged to the source on top)
    #[arg(value_name = "AMOUNT", requires = "source")]
    pub amount: Option<String>,
    /// The currency [default: the source's]
    #[arg(long, value_name = "CUR", conflicts_with = "retry")]
    pub currency: Option<String>,
    /// The funding source (src_…; see `okpay source list`)
    #[arg(long, value_name = "ID", conflicts_with = "retry")]
    pub source: Option<String>,
    /// Retry a failed top-up with the same details, as a new attempt linked to it
    #[arg(long, value_name = "TXID")]
    pub retry: Option<String>,
    /// Make the request safe to repeat: the same key replays the first outcome
    #[arg(long, value_name = "KEY")]
    pub idempotency_key: Option<String>,
}

/// Pay a merchant. The amount can be left out when --item lines are given (their total is
/// paid), and must equal their total otherwise. A merchant never seen before is registered.
///
/// Examples:
///   okpay pay 25.00 --currency CNY --merchant "Tea House" --order A-1001 --item "Green tea:2:12.50"
///   okpay pay --request order.json          (or --request - to read it from stdin)
///   okpay pay 'okpay:pay?merchant=Tea%20House&amount=25.00&currency=CNY&order=A-1001'
///   okpay pay --qr screenshot.png
///   okpay pay --batch payouts.csv --idempotency-prefix run-2026-11 --yes
///
/// --batch runs every line through the whole checkout (merchant, duplicate order, limits,
/// risk, balance) and goes on past declines; a risk challenge is a declined line unless the
/// password (--password-stdin, --password-file) or a one-time code (--otp) answered it up
/// front. Results are printed once their chunk is committed; the summary goes to stderr, or
/// is the last line with --json: {"summary": {"lines", "succeeded", "declined", "failed"}}.
/// The exit code is 0 once every line has a result; a batch stopped part-way (frozen,
/// maintenance, integrity) exits with that error after the lines already committed.
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct PayArgs {
    /// The amount, or an okpay:pay?merchant=…&amount=…&currency=…&order=…&memo=… URI
    #[arg(value_name = "AMOUNT|URI")]
    pub target: Option<String>,
    /// The currency [default: the base currency]
    #[arg(long, value_name = "CUR")]
    pub currency: Option<String>,
    /// The merchant: an id (mer_…) or a name
    #[arg(long, value_name = "MERCHANT")]
    pub merchant: Option<String>,
    /// The merchant's order id; an order already paid there is refused (see --allow-duplicate)
    #[arg(long = "order", value_name = "ID")]
    pub order: Option<String>,
    /// A line of the order, NAME:QTY:PRICE (repeat for more lines)
    #[arg(long = "item", value_name = "NAME:QTY:PRICE")]
    pub items: Vec<String>,
    /// A note for your records
    #[arg(long, value_name = "TEXT")]
    pub memo: Option<String>,
    /// Pay from the balance in this currency, converting at the current rate less the spread
    /// [default: the payment's currency, or the base currency when that holds too little]
    #[arg(long, value_name = "CUR")]
    pub from_currency: Option<String>,
    /// A payment request as JSON: {"merchant", "amount", "currency", "order", "memo", "items": [{"name", "quantity", "unit_price"}]}; - reads stdin
    #[arg(long, value_name = "FILE|-", conflicts_with_all = ["target", "merchant", "order", "items", "memo", "currency"])]
    pub request: Option<String>,
    /// Make the request safe to repeat: the same key replays the first outcome
    #[arg(long, value_name = "KEY")]
    pub idempotency_key: Option<String>,
    /// Pay even if this order id was already paid at this merchant
    #[arg(long)]
    pub allow_duplicate: bool,
    /// Pay the okpay:pay? request in the QR code of a PNG or JPEG image (a screenshot, a photo)
    #[arg(long, value_name = "IMAGE", conflicts_with_all = ["target", "merchant", "order", "items", "memo", "currency", "request"])]
    pub qr: Option<PathBuf>,
    /// Many payments: CSV with a header naming merchant,amount,currency,order,memo,items (items as NAME:QTY:PRICE;…), or JSONL (one --request document a line); - reads stdin. One result line each, in input order
    #[arg(long, value_name = "FILE|-", conflicts_with_all = ["target", "merchant", "order", "items", "memo", "currency", "request", "qr", "idempotency_key", "from_currency"])]
    pub batch: Option<String>,
    /// The result lines of --batch: {"line", "status", "transaction"?, "error"?} as JSONL, or CSV [default: jsonl]
    #[arg(long, value_enum, value_name = "FORMAT", requires = "batch")]
    pub format: Option<BatchFormat>,
    /// Payments committed durably together by --batch (a kill loses at most this many unacknowledged lines) [default: 1000]
    #[arg(long, value_name = "N", requires = "batch")]
    pub chunk: Option<usize>,
    /// Line N of --batch pays under the idempotency key P:N, so running the same input again pays only what is left
    #[arg(long, value_name = "P", requires = "batch")]
    pub idempotency_prefix: Option<String>,
}

/// The output format of `pay --batch`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BatchFormat {
    Jsonl,
    Csv,
}

/// Make a payment request: the same fields as `pay`, printed as an okpay:pay? URI (RFC 3986
/// percent-encoded, parameters sorted) and drawn as a QR code (error correction level M) that a
/// phone or `okpay pay --qr` reads. With --sign-key the merchant signs it (Ed25519): a wallet
/// that added the merchant with `merchant add --verify-key` pays only requests so signed.
///
/// A request must fit a version-20 QR code (666 bytes). A code wider than the terminal is not
/// drawn: write it with --png or --svg.
///
/// Examples:
///   okpay request --merchant "Tea House" --currency CNY --item "Green tea:2:12.50" --expires 15m
///   okpay request --merchant "Tea House" --amount 25 --sign-key merchant.pem --png r.png
///
/// JSON: {"request": {"uri", "merchant", "amount", "currency", "order", "memo", "items",
/// "expires", "signed", "qr": {"version", "error_correction", "modules"}, "png"?, "svg"?}}
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
#[command(group(clap::ArgGroup::new("what").required(true).multiple(true).args(["amount", "items"])))]
pub struct RequestArgs {
    /// The merchant asking to be paid (its name, as the payer's wallet knows it)
    #[arg(long, value_name = "MERCHANT")]
    pub merchant: String,
    /// The amount (may be left out with --item: the items' total)
    #[arg(long, value_name = "AMOUNT")]
    pub amount: Option<String>,
    /// The currency [default: the wallet's base currency]
    #[arg(long, value_name = "CUR")]
    pub currency: Option<String>,
    /// The merchant's order id
    #[arg(long = "order", value_name = "ID")]
    pub order: Option<String>,
    /// A line of the order, NAME:QTY:PRICE (repeat for more lines)
    #[arg(long = "item", value_name = "NAME:QTY:PRICE")]
    pub items: Vec<String>,
    /// A note shown to the payer
    #[arg(long, value_name = "TEXT")]
    pub memo: Option<String>,
    /// When the request stops being payable: a duration from now (15m, 2h, 1d), an RFC 3339
    /// time, or a date (midnight in the wallet's zone)
    #[arg(long, value_name = "TIME")]
    pub expires: Option<String>,
    /// Sign the request with this Ed25519 private key, a PKCS#8 PEM file (`openssl genpkey
    /// -algorithm ed25519 -out merchant.pem`)
    #[arg(long, value_name = "FILE")]
    pub sign_key: Option<PathBuf>,
    /// Write the QR code as a PNG image to FILE (instead of drawing it)
    #[arg(long, value_name = "FILE", conflicts_with = "svg")]
    pub png: Option<PathBuf>,
    /// Write the QR code as an SVG image to FILE (instead of drawing it)
    #[arg(long, value_name = "FILE")]
    pub svg: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RefundArgs {
    /// The payment's transaction id (tx_…)
    pub id: String,
    /// How much the merchant refunded [default: all that is left]
    #[arg(long, value_name = "AMOUNT")]
    pub amount: Option<String>,
    /// Why
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct MerchantArgs {
    #[command(subcommand)]
    pub command: MerchantCommand,
}

#[derive(Debug, Subcommand)]
pub enum MerchantCommand {
    /// Add a merchant
    Add(MerchantAddArgs),
    /// List merchants
    List,
    /// Block a merchant: payments to it are declined
    Block {
        /// The merchant's id or name
        merchant: String,
    },
    /// Unblock a merchant
    Unblock {
        /// The merchant's id or name
        merchant: String,
    },
}

#[derive(Debug, Args)]
pub struct MerchantAddArgs {
    /// The merchant's name (unique, whatever the letter case)
    pub name: String,
    /// The merchant does not accept okpay (payments are declined)
    #[arg(long)]
    pub no_okpay: bool,
    /// A category, for reports
    #[arg(long, value_name = "CATEGORY")]
    pub category: Option<String>,
    /// A currency it takes (repeat for more) [default: every currency]
    #[arg(long = "currency", value_name = "CUR")]
    pub currencies: Vec<String>,
    /// Its Ed25519 public key: the raw 32 bytes in base64, or a PEM PUBLIC KEY file. Its payment
    /// requests must then be signed with the matching private key (`okpay request --sign-key`)
    #[arg(long, value_name = "KEY")]
    pub verify_key: Option<String>,
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
    /// Only transactions from this time: RFC 3339, YYYY-MM-DD or YYYY-MM in the wallet's zone,
    /// or today, yesterday, this-month, last-month, this-year
    #[arg(long, value_name = "TIME")]
    pub from: Option<String>,
    /// Only transactions up to this time (a date, month or word includes the whole of it)
    #[arg(long, value_name = "TIME")]
    pub to: Option<String>,
    /// Only this kind: topup, payment, refund, conversion, transfer, settlement
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,
    /// Only this status: pending, succeeded, failed, declined, partially_refunded, refunded
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Only this merchant: its id, its name (any letter case) or a unique prefix of it
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
    /// Only transactions whose id, memo, order, merchant, source or items contain TEXT
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// How many to show
    #[arg(long, value_name = "N", default_value_t = 20, conflicts_with = "all")]
    pub limit: u32,
    /// Show every matching transaction
    #[arg(long)]
    pub all: bool,
    /// Show a bank top-up and its settlement as the separate, linked transactions they are
    /// (by default they are one row whose status moves), with every row's links
    #[arg(long)]
    pub links: bool,
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
    /// Set a source's simulated external balance (default 10,000.00 in its currency)
    Source(SandboxSourceArgs),
    /// Take a simulated rail down (top-ups through it fail with rail_unavailable) or up
    Rail(SandboxRailArgs),
    /// Put the wallet in maintenance (money movements refused with `maintenance`) or out, or
    /// schedule a maintenance window with a start, an end and a note
    Maintenance(SandboxMaintenanceArgs),
    /// Record N generated transactions (for benchmarks): top-ups (card, EUR card, bank settled
    /// or returned), payments, declines and refunds
    Generate(SandboxGenerateArgs),
}

#[derive(Debug, Args)]
pub struct SandboxGenerateArgs {
    /// How many transactions to make (at most 10,000,000)
    #[arg(long, value_name = "N")]
    pub transactions: u64,
}

#[derive(Debug, Args)]
pub struct SandboxSourceArgs {
    /// The source id
    pub id: String,
    /// The new simulated balance
    #[arg(long, value_name = "AMOUNT")]
    pub balance: String,
}

/// The kinds of rail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RailKindArg {
    Card,
    Bank,
    Platform,
    #[value(name = "third-party")]
    ThirdParty,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("state").required(true).args(["down", "up"])))]
pub struct SandboxRailArgs {
    /// The rail
    #[arg(value_enum)]
    pub kind: RailKindArg,
    /// Take it down
    #[arg(long)]
    pub down: bool,
    /// Bring it back up
    #[arg(long)]
    pub up: bool,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("state").required(true).args(["on", "off", "from"])))]
#[command(after_help = "\
While a window is in progress every money movement is refused with `maintenance` (exit 10), \
whose advice gives the expected end in the wallet's zone; `okpay status` and `okpay support \
news` announce it. A new window replaces the one before.

Example:
  okpay sandbox maintenance --from 2027-01-30T08:00:00Z --until 2027-01-30T10:30:00Z \\
      --note \"Database upgrade\"")]
pub struct SandboxMaintenanceArgs {
    /// Start maintenance now, with no end announced
    #[arg(long)]
    pub on: bool,
    /// End maintenance (and any scheduled window)
    #[arg(long)]
    pub off: bool,
    /// Schedule a window starting at TIME (RFC 3339, or YYYY-MM-DD at midnight in the
    /// wallet's zone); with --until
    #[arg(long, value_name = "TIME", requires = "until")]
    pub from: Option<String>,
    /// When the window is expected to end (at most 30 days after --from)
    #[arg(long, value_name = "TIME", requires = "from")]
    pub until: Option<String>,
    /// What the announcement says, in one line
    #[arg(long, value_name = "TEXT", requires = "from")]
    pub note: Option<String>,
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

/// `okpay security …`
#[derive(Debug, Args)]
pub struct SecurityArgs {
    #[command(subcommand)]
    pub command: SecurityCommand,
}

#[derive(Debug, Subcommand)]
pub enum SecurityCommand {
    /// List the security log, newest first: logins, failed logins, lock-outs, sessions, source
    /// and merchant changes, freezes, risk challenges and blocks, backups and restores (no
    /// unlocking needed)
    #[command(after_help = "\
Kinds: wallet_created, login, login_failed, locked_out, logout, session_revoked,
password_changed, key_rotated, 2fa_enabled, 2fa_disabled, limit_changed, source_added,
source_removed, merchant_added, merchant_blocked, frozen, unfrozen, risk_challenge, risk_blocked,
risk_rule_changed, backup, restore, anchor_accepted, clock_moved, sandbox_rail,
sandbox_maintenance, recovery_code_used, recovery_codes_regenerated, lockdown_session.

JSON: {\"events\": [{\"id\", \"kind\", \"at\", \"details\"}]}, `at` in UTC (RFC 3339).")]
    Events(SecurityEventsArgs),
    /// Freeze the wallet at once, without unlocking: every money movement (pay, topup, refund…)
    /// is refused with `frozen` (exit 4) until `security unfreeze`; reading keeps working
    #[command(after_help = "\
Freezing a frozen wallet changes nothing (exit 0). The freeze guards against use of okpay by
someone holding a session or the password; it does not stop someone who can edit the wallet
file. Unfreezing needs the password again (`security unfreeze`).")]
    Freeze,
    /// Lift a freeze: needs the password again even inside a session (--password-stdin,
    /// --password-file, OKPAY_PASSWORD or a prompt), else `step_up_required` (exit 3)
    #[command(after_help = "\
A wallet that is not frozen is `invalid_state` (exit 11). Check `okpay security events` for
activity you do not recognise before unfreezing.")]
    Unfreeze,
    /// Audit the wallet: file permissions, two-factor authentication, password age, open
    /// sessions, recent risk blocks, backups, the rollback anchor, the freeze (no unlocking
    /// needed; findings are not errors: exit 0)
    #[command(after_help = "\
Findings, most urgent first, with a severity of critical, warn or info: file_permissions,
rolled_back, 2fa_off, password_old, recent_risk_blocks, no_backup, backup_old, anchor_missing,
open_sessions, frozen.

JSON: {\"findings\": [{\"code\", \"severity\", \"message\", \"advice\", \"details\"}]}.")]
    Check,
    /// "I see a transaction I do not recognise": freeze money movements, end every session,
    /// change the password (current then new: prompts, or two lines with --password-stdin), and
    /// hand out one fresh session; then say how to report it
    #[command(after_help = "\
The freeze and the end of every session happen first and stay even if the password change is
refused. Unfreeze with `okpay security unfreeze` once you have checked `okpay security events`
and `okpay history`. With 2FA on, give --otp or --recovery-code.

JSON: {\"lockdown\": {\"frozen\", \"sessions_revoked\", \"password_changed\", \"key_rotated\"},
\"session\", \"expires_at\"}.")]
    Lockdown(SecurityLockdownArgs),
}

/// `okpay security lockdown`
#[derive(Debug, Args)]
pub struct SecurityLockdownArgs {
    /// Also replace the wallet key (every secret re-encrypted, the ledger re-sealed)
    #[arg(long)]
    pub rotate_key: bool,
    /// How long the fresh session lives: 90s, 15m, 2h … at most 12h
    #[arg(long, value_name = "DURATION", default_value = "15m")]
    pub ttl: String,
    /// Print the bare token and a newline instead of an export line
    #[arg(long)]
    pub raw: bool,
}

#[derive(Debug, Args)]
pub struct SecurityEventsArgs {
    /// Only events of this kind (repeat for several; see the list below)
    #[arg(long = "kind", value_name = "KIND")]
    pub kinds: Vec<String>,
    /// Only events at or after this time (RFC 3339, or YYYY-MM-DD in the wallet's zone)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// How many events to show, newest first (1 to 1000)
    #[arg(
        long,
        value_name = "N",
        default_value_t = crate::wallet::security::EVENTS_LIMIT_DEFAULT,
        value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::wallet::security::EVENTS_LIMIT_MAX))
    )]
    pub limit: u32,
}

/// `okpay limits [set|cancel]`
#[derive(Debug, Args)]
#[command(
    after_help = "Without a subcommand: show each limit, what was used, what is left, \
when it resets, and any pending raise (no unlocking needed).\n\n\
Limits count the base-currency value of what leaves the wallet, fee included. The day and \
the month are the calendar day and month in the wallet's time zone (the sandbox clock in a \
sandbox wallet). A payment exactly at a limit passes; one minor unit over is declined with \
limit_exceeded (exit 6)."
)]
pub struct LimitsArgs {
    #[command(subcommand)]
    pub command: Option<LimitsCommand>,
}

#[derive(Debug, Subcommand)]
pub enum LimitsCommand {
    /// Change limits: a lower amount applies at once; a higher one needs the password again
    /// (a step-up) and applies 24 hours later
    Set(LimitsSetArgs),
    /// Withdraw every pending raise (the limits in force stay as they are)
    Cancel,
}

/// `okpay limits set`
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("limit").required(true).multiple(true)))]
pub struct LimitsSetArgs {
    /// The largest single payment, in the base currency
    #[arg(long, value_name = "AMOUNT", group = "limit")]
    pub per_transaction: Option<String>,
    /// The most paid in one calendar day of the wallet's zone
    #[arg(long, value_name = "AMOUNT", group = "limit")]
    pub daily: Option<String>,
    /// The most paid in one calendar month of the wallet's zone
    #[arg(long, value_name = "AMOUNT", group = "limit")]
    pub monthly: Option<String>,
}

/// `okpay risk rules|set`
#[derive(Debug, Args)]
#[command(after_help = RISK_HELP)]
pub struct RiskArgs {
    #[command(subcommand)]
    pub command: RiskCommand,
}

pub(crate) const RISK_HELP: &str = "\
Every payment in the base currency is scored by the enabled rules; the total decides:
below `elevated` it goes on, from `elevated` it is a challenge (the password again, or a one-time
code once 2FA is on; without one, step_up_required, exit 3, nothing recorded), from `highest` it
is blocked (risk_blocked, exit 7, recorded as declined). No rule scores a payment below its
min_amount.

Rules and their defaults (a CNY wallet; amounts scale with the base currency like the limits):
  velocity                 count=5 window=10m min_amount=100 score=50
      this payment is the count-th of at least min_amount within window
  unusual_amount           multiplier=5 history=10 min_amount=500 score=50
      more than multiplier times the median of the last 50 payments (once there are history)
  new_merchant_large       min_amount=2000 score=50
      a first payment to a merchant never paid before
  night_large              start_hour=0 end_hour=6 min_amount=1000 score=40
      paid from start_hour up to end_hour in the wallet's time zone
  topup_then_pay           window=1h share=80 min_amount=1000 score=60
      to a new merchant, at least share percent of what was topped up within window
  after_credential_change  window=24h min_amount=1000 score=60
      within window after a password change or 2FA being switched off
  repeated_declines        count=5 window=30m min_amount=100 score=100
      count declined payments within window
Thresholds: elevated=40, highest=100. Every rule also has enabled=true|false.

JSON: {\"rules\": [{\"id\", \"enabled\", \"params\", \"fired\"}], \"thresholds\": {\"elevated\",
\"highest\"}, \"currency\"}.";

#[derive(Debug, Subcommand)]
pub enum RiskCommand {
    /// List every rule: on or off, its settings, and how often it fired (no unlocking needed)
    Rules,
    /// Change a rule or the thresholds: `risk set velocity count=3 window=15m`, `risk set
    /// night_large enabled=false`, `risk set thresholds highest=80`. Tightening applies at once;
    /// loosening (switching a rule off, a higher amount or count, a shorter window, a lower
    /// score, a higher threshold) needs the password again (a step-up)
    Set(RiskSetArgs),
}

/// `okpay risk set`
#[derive(Debug, Args)]
pub struct RiskSetArgs {
    /// The rule id (see `risk rules`), or `thresholds`
    #[arg(value_name = "RULE")]
    pub rule: String,
    /// What to change: enabled=true|false, or a setting of the rule (amounts in the base
    /// currency, windows as 90s, 15m, 2h, 1d)
    #[arg(value_name = "KEY=VALUE", required = true)]
    pub pairs: Vec<String>,
}

/// [`Command::only`] for the subcommand the command line names: the first word that is neither
/// an option nor an option's value, when it is a subcommand's name. `None` for `--` first, a
/// word that names no subcommand, `-h`/`--help`/`-V`/`--version` before it, and words that are
/// not UTF-8: those lines are left to the whole tree.
pub fn only_the_named(argv: &[std::ffi::OsString]) -> Option<clap::Command> {
    let globals = Globals::augment_args(clap::Command::new("okpay"));
    let takes_value = |word: &str| {
        globals.get_arguments().any(|a| {
            a.get_action().takes_values()
                && match word.strip_prefix("--") {
                    Some(long) => a.get_long() == Some(long),
                    None => word.len() == 2 && a.get_short() == word.chars().nth(1),
                }
        })
    };
    let mut words = argv.iter().skip(1);
    while let Some(word) = words.next() {
        let word = word.to_str()?;
        if matches!(word, "--" | "-h" | "--help" | "-V" | "--version") {
            return None;
        }
        if word.starts_with('-') && word.len() > 1 {
            if !word.contains('=') && takes_value(word) {
                words.next();
            }
            continue;
        }
        return Command::only(word);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use std::ffi::OsString;

    /// Everything about a tree that parsing reads: each argument (its whole definition) and each
    /// subcommand, recursively. The subcommand's own about text is left out: only help shows it,
    /// and help is always drawn from the whole tree.
    fn shape(command: &clap::Command) -> String {
        let mut out = String::new();
        for arg in command.get_arguments() {
            out.push_str(&format!("{arg:?}\n"));
        }
        for group in command.get_groups() {
            out.push_str(&format!("{group:?}\n"));
        }
        for sub in command.get_subcommands() {
            out.push_str(&format!(
                "[{} {:?} {:?} {} {}]\n{}",
                sub.get_name(),
                sub.get_all_aliases().collect::<Vec<_>>(),
                sub.get_about().map(|a| a.to_string()),
                sub.is_subcommand_required_set(),
                sub.is_arg_required_else_help_set(),
                shape(sub)
            ));
        }
        out
    }

    #[test]
    fn each_subcommand_alone_is_the_same_tree_as_in_the_whole() {
        let whole = Cli::command();
        let mut names = 0;
        for sub in whole.get_subcommands() {
            let only = Command::only(sub.get_name())
                .unwrap_or_else(|| panic!("no Command::only for {}", sub.get_name()));
            let alone = only
                .find_subcommand(sub.get_name())
                .unwrap_or_else(|| panic!("{} is missing from its own tree", sub.get_name()));
            assert_eq!(shape(alone), shape(sub), "{}", sub.get_name());
            assert_eq!(
                only.get_subcommands().count(),
                1,
                "{} comes alone",
                sub.get_name()
            );
            names += 1;
        }
        assert!(names > 30, "{names} subcommands");
        let globals: Vec<String> = whole.get_arguments().map(|a| format!("{a:?}")).collect();
        let only = Command::only("pay").unwrap_or_else(|| panic!("pay"));
        let alone: Vec<String> = only.get_arguments().map(|a| format!("{a:?}")).collect();
        assert_eq!(alone, globals);
    }

    fn argv(words: &[&str]) -> Vec<OsString> {
        std::iter::once("okpay")
            .chain(words.iter().copied())
            .map(OsString::from)
            .collect()
    }

    fn named(words: &[&str]) -> Option<String> {
        only_the_named(&argv(words))
            .and_then(|c| c.get_subcommands().next().map(|s| s.get_name().to_owned()))
    }

    #[test]
    fn the_named_subcommand_skips_global_options_and_their_values() {
        assert_eq!(named(&["pay", "1"]).as_deref(), Some("pay"));
        assert_eq!(
            named(&["--json", "-q", "balance"]).as_deref(),
            Some("balance")
        );
        assert_eq!(
            named(&["--db", "pay", "history"]).as_deref(),
            Some("history")
        );
        assert_eq!(
            named(&["--db=x.db", "receipt", "tx"]).as_deref(),
            Some("receipt")
        );
        assert_eq!(
            named(&["--lang", "zh", "2fa", "status"]).as_deref(),
            Some("2fa")
        );
        assert_eq!(
            named(&["--password-file", "f", "login"]).as_deref(),
            Some("login")
        );
        assert_eq!(named(&["pya"]), None);
        assert_eq!(named(&["--help", "pay"]), None);
        assert_eq!(named(&["-V"]), None);
        assert_eq!(named(&["--", "pay"]), None);
        assert_eq!(named(&["--json"]), None);
    }

    /// The same line parsed with the subcommand alone and with the whole tree gives the same
    /// command line, down to each field.
    #[test]
    fn parsing_with_the_subcommand_alone_gives_the_same_cli() {
        use clap::FromArgMatches;
        let lines: &[&[&str]] = &[
            &[
                "-q",
                "pay",
                "1",
                "--merchant",
                "Bench",
                "--yes",
                "--allow-duplicate",
            ],
            &[
                "pay",
                "12.50",
                "--merchant",
                "茶馆",
                "--order",
                "A-1",
                "--json",
            ],
            &[
                "--json", "history", "--kind", "payment", "--limit", "5", "--wide",
            ],
            &["balance", "--lang", "zh", "--color", "never"],
            &[
                "source",
                "add",
                "card",
                "--label",
                "x",
                "--holder",
                "A B",
                "--expiry",
                "12/30",
                "--details-stdin",
            ],
            &["2fa", "status"],
            &["status"],
            &["report", "spending", "--by", "merchant", "--format", "json"],
            &["sandbox", "generate", "--transactions", "10"],
        ];
        for line in lines {
            let argv = argv(line);
            let mut whole = Cli::command();
            let whole = Cli::from_arg_matches(&whole.try_get_matches_from_mut(&argv).unwrap())
                .unwrap_or_else(|e| panic!("{line:?}: {e}"));
            let mut only = only_the_named(&argv).unwrap_or_else(|| panic!("{line:?}"));
            let alone = Cli::from_arg_matches(&only.try_get_matches_from_mut(&argv).unwrap())
                .unwrap_or_else(|e| panic!("{line:?}: {e}"));
            assert_eq!(format!("{alone:?}"), format!("{whole:?}"), "{line:?}");
        }
        // What the whole tree refuses, the subcommand alone refuses too (and the whole tree
        // then words the refusal).
        let bad: &[&[&str]] = &[
            &["pay", "1", "--merchant"],
            &["pay", "1", "--no-such-flag"],
            &["history", "--limit", "many"],
            &["source", "add", "card", "--label", "x"],
            &["2fa"],
            &["balance", "--password-stdin", "--password-file", "f"],
        ];
        for line in bad {
            let argv = argv(line);
            assert!(
                Cli::command().try_get_matches_from(&argv).is_err(),
                "{line:?}"
            );
            let only = only_the_named(&argv).unwrap_or_else(|| panic!("{line:?}"));
            assert!(only.try_get_matches_from(&argv).is_err(), "{line:?}");
        }
    }
}
