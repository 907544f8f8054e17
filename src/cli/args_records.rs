//! The clap definitions of the records commands: `export`, `import`, `statement`, `report`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

/// Formats of `okpay export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// okpay's own CSV (RFC 4180), which `okpay import` reads back
    Csv,
    /// {"transactions": […]}, with postings and links
    Json,
    /// an hledger journal (`hledger -f FILE check -s` passes)
    Ledger,
    /// a beancount file (`bean-check FILE` passes)
    Beancount,
}

/// `okpay export`
#[derive(Debug, Args)]
#[command(after_help = "\
Every transaction, oldest first, streamed (constant memory at any size). Accounts in the \
ledger and beancount formats: available money in assets:okpay:CUR, pending bank top-ups in \
assets:okpay:pending:CUR (marked !), fees in expenses:okpay:fees:CUR, merchants under \
expenses:okpay:merchants:, funding sources under assets:funding:. A bank top-up that is due \
but not yet recorded is written as the settlement it will be.

Examples:
  okpay export --format ledger -o okpay.journal && hledger -f okpay.journal balance
  okpay export --format beancount -o okpay.beancount && bean-check okpay.beancount
  okpay export --format csv --from 2026-01-01 --to 2026-12-31 -o 2026.csv")]
pub struct ExportArgs {
    /// The format
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: ExportFormat,
    /// Only transactions at or after this time (RFC 3339, or YYYY-MM-DD in the wallet's zone)
    #[arg(long, value_name = "TIME")]
    pub from: Option<String>,
    /// Only transactions before this time (a date includes that day)
    #[arg(long, value_name = "TIME")]
    pub to: Option<String>,
    /// Write to FILE (replaced whole, readable only by you) instead of standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `okpay import`
#[derive(Debug, Args)]
#[command(after_help = "\
Reads okpay's own CSV or JSON export (`okpay export --format csv|json`, told apart by the \
file's first character) and records its transactions again, with their ids and times, sealed \
like any other. A transaction the wallet already has is skipped, so importing twice adds \
nothing. The file goes in whole or not at all: a bad row is invalid_input naming its line \
(details.line, 1-based, header included; in JSON the line of the object's opening brace). The \
JSON file is read as a stream and may be reformatted, as long as each field keeps its type.

JSON: {\"imported\": N, \"skipped\": N}")]
pub struct ImportArgs {
    /// The CSV or JSON file written by `okpay export`
    pub file: PathBuf,
}

/// Formats of `okpay statement`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatementFormat {
    Table,
    Csv,
    Json,
    /// a self-contained page to print or keep (inline styles and chart, no external resources)
    Html,
}

/// `okpay statement`
#[derive(Debug, Args)]
#[command(after_help = "\
Per currency: the available balance at the start of the month, every movement of available \
money with the balance after it, the fees, the money still pending at the end, and the closing \
balance. Opening plus movements equals closing, checked before anything is printed; a month's \
closing balance is the next month's opening.

Examples:
  okpay statement --month 2026-11
  okpay statement --month 2026-11 --format html -o 2026-11.html

JSON: {\"statement\": {\"month\", \"currencies\": [{\"currency\", \"opening\", \"closing\", \"fees\", \
\"pending\", \"movements\": [{\"id\", \"created_at\", \"kind\", \"description\", \"amount\", \"fee\", \
\"balance_after\"}]}]}}")]
pub struct StatementArgs {
    /// The month, YYYY-MM (in the wallet's zone)
    #[arg(long, value_name = "YYYY-MM")]
    pub month: String,
    /// Only this currency
    #[arg(long, value_name = "CUR")]
    pub currency: Option<String>,
    /// Output format (--json means --format json)
    #[arg(long, value_enum, value_name = "FORMAT", conflicts_with = "json")]
    pub format: Option<StatementFormat>,
    /// Write to FILE (replaced whole, readable only by you) instead of standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `okpay report …`
#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(subcommand)]
    pub command: ReportCommand,
}

/// What a report is about.
#[derive(Debug, clap::Subcommand)]
pub enum ReportCommand {
    /// Spending (payments net of their refunds) by merchant, category, month or day, with a bar
    /// chart in the terminal
    #[command(after_help = "\
The default period is this month. Totals are per currency; bars are proportional to the \
largest total in the same currency and fit the terminal (COLUMNS).

JSON: {\"report\": {\"by\", \"from\", \"to\", \"rows\": [{\"key\", \"currency\", \"total\", \"count\"}]}}")]
    Spending(SpendingArgs),
    /// The available balance at the end of each day, per currency, as a sparkline
    #[command(after_help = "\
The default period is this month.

JSON: {\"report\": {\"by\": \"balance\", \"from\", \"to\", \"currencies\": [{\"currency\", \"points\": \
[{\"date\", \"balance\"}]}]}}")]
    Balance(BalanceReportArgs),
}

/// Groupings of `report spending`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportBy {
    Merchant,
    Category,
    Month,
    Day,
}

/// Formats of `report spending`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Table,
    Json,
    Csv,
}

#[derive(Debug, Args)]
pub struct SpendingArgs {
    /// How to group the payments
    #[arg(long, value_enum, value_name = "BY", default_value = "merchant")]
    pub by: ReportBy,
    /// From this time: RFC 3339, YYYY-MM-DD, YYYY-MM, or today, yesterday, this-month,
    /// last-month, this-year (default: this month)
    #[arg(long, value_name = "TIME")]
    pub from: Option<String>,
    /// Up to this time (a date, month or word includes the whole of it)
    #[arg(long, value_name = "TIME")]
    pub to: Option<String>,
    /// Output format (--json means --format json)
    #[arg(long, value_enum, value_name = "FORMAT", conflicts_with = "json")]
    pub format: Option<ReportFormat>,
}

#[derive(Debug, Args)]
pub struct BalanceReportArgs {
    /// Only this currency
    #[arg(long, value_name = "CUR")]
    pub currency: Option<String>,
    /// From this day (default: the start of this month)
    #[arg(long, value_name = "TIME")]
    pub from: Option<String>,
    /// Up to this day, included (default: the end of this month)
    #[arg(long, value_name = "TIME")]
    pub to: Option<String>,
}
