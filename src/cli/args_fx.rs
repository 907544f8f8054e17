//! The clap definitions of `okpay fx …` and `okpay convert`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

/// `okpay fx …`
#[derive(Debug, Args)]
pub struct FxArgs {
    #[command(subcommand)]
    pub command: FxCommand,
}

/// `okpay fx` subcommands.
#[derive(Debug, Subcommand)]
pub enum FxCommand {
    /// List the exchange rates: each with its date and source, and whether it is stale (no
    /// unlocking needed)
    #[command(after_help = "\
Rates you set or imported come first, then the bundled snapshot (the European Central Bank's \
euro reference rates of one day, source `snapshot`) for the pairs they do not cover. Any other \
pair is found as the inverse of a rate, or as a cross rate through a common currency (EUR, then \
USD). A rate older than 7 days by the wallet's clock is stale: a conversion with it still asks \
to confirm, and its quote says `stale: true`.

JSON: {\"rates\": [{\"base\", \"quote\", \"rate\", \"date\", \"source\", \"stale\"}], \
\"spread_percent\", \"snapshot_date\"}; 1 base = rate quote.")]
    Rates,
    /// Set a rate: 1 BASE = RATE QUOTE, dated today (it replaces the pair's rate both ways)
    #[command(
        after_help = "Example: okpay fx set USD CNY 7.12\n\nJSON: {\"rate\": {\"base\", \"quote\", \"rate\", \"date\", \"source\", \"stale\"}}."
    )]
    Set(FxSetArgs),
    /// Import rates from a file, recognised from its content: a CSV of date,base,quote,rate, or
    /// the European Central Bank's euro reference rates (daily or historical CSV, or XML)
    #[command(after_help = "\
Formats:
  date,base,quote,rate          2026-11-30,USD,CNY,7.12   (header line optional)
  ECB daily CSV (eurofxref.csv)         Date, USD, JPY, …  /  28 June 2024, 1.0705, …
  ECB historical CSV (eurofxref-hist.csv)  Date,USD,JPY,…  /  2024-06-28,1.0705,…  (N/A skipped)
  ECB XML (eurofxref-daily.xml, -hist.xml) <Cube time='…'><Cube currency='USD' rate='…'/>
Only the newest rate of each pair is kept; a pair's rate is never replaced by an older one.

JSON: {\"import\": {\"format\", \"imported\", \"older\", \"skipped\", \"date\"}}.")]
    Import(FxImportArgs),
    /// Set the spread charged on conversions, in percent (default 0.5; at most 10); needs the
    /// password again (a step-up)
    #[command(after_help = "JSON: {\"spread_percent\": \"…\"}.")]
    Spread(FxSpreadArgs),
}

/// `okpay fx set BASE QUOTE RATE`
#[derive(Debug, Args)]
pub struct FxSetArgs {
    /// The currency of one unit (ISO 4217)
    #[arg(value_name = "BASE")]
    pub base: String,
    /// The currency the rate is in
    #[arg(value_name = "QUOTE")]
    pub quote: String,
    /// How many QUOTE one BASE is worth (digits and one dot, at most 12 decimals)
    #[arg(value_name = "RATE")]
    pub rate: String,
}

/// `okpay fx import FILE`
#[derive(Debug, Args)]
pub struct FxImportArgs {
    /// The rate file
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

/// `okpay fx spread PERCENT`
#[derive(Debug, Args)]
pub struct FxSpreadArgs {
    /// The spread in percent, e.g. 0.5 (at most two decimals)
    #[arg(value_name = "PERCENT")]
    pub percent: String,
}

/// Convert money between two of your balances, at the current rate less the spread. Shows the
/// quote (rate, its date, spread, both amounts) and asks to confirm (--yes in scripts).
///
/// The spread (default 0.5%, `okpay fx spread`) is a fee in the FROM currency, rounded half
/// away from zero to its minor unit (at least one minor unit); the rest converts at the mid
/// rate and is rounded down to the TO currency's minor unit.
///
/// Examples:
///   okpay convert 100 --from CNY --to EUR
///   okpay convert 50 --from CNY --to EUR --to-amount    (exactly 50.00 EUR arrives)
///
/// JSON: {"transaction": {…, "kind": "conversion", "fee", "fx": {"from", "to", "rate",
/// "spread_percent", "spread", "from_amount", "to_amount", "rate_date", "stale"}}}
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ConvertArgs {
    /// The amount, in the FROM currency (or in TO with --to-amount)
    #[arg(value_name = "AMOUNT")]
    pub amount: String,
    /// The balance to convert from
    #[arg(long, value_name = "CUR")]
    pub from: String,
    /// The balance to convert to
    #[arg(long, value_name = "CUR")]
    pub to: String,
    /// AMOUNT is what must arrive in TO: the least FROM amount that gives it is taken
    #[arg(long)]
    pub to_amount: bool,
}
