//! `okpay history`: filtered transactions, newest first, as a table, JSON, JSON lines or CSV.
//! JSON, JSON lines and CSV stream, so `--all` on a large wallet runs in constant memory.

use std::io::Write;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::args::{HistoryArgs, ListFormat};
use super::context::Ctx;
use super::messages::t;
use super::render::{amount_cell, table};
use crate::clock;
use crate::error::{Error, Result};
use crate::ledger::{Kind, Status};
use crate::money::{parse_amount, Currency};
use crate::store::ledger::HistoryQuery;
use crate::wallet::Wallet;

/// The longest `--search` text.
const SEARCH_CHARS_MAX: usize = 200;

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 12] = [
    "id",
    "created_at",
    "kind",
    "status",
    "amount",
    "currency",
    "fee",
    "merchant",
    "source",
    "order_id",
    "memo",
    "available_at",
];

pub fn run(ctx: &Ctx, args: HistoryArgs) -> Result<()> {
    if ctx.json && args.format.is_some() {
        return Err(crate::error::Error::invalid("err.history.json_and_format"));
    }
    let wallet = ctx.open_read_only()?;
    super::verify::read_warnings(ctx, &wallet)?;
    let query = build_query(&wallet, &args)?;
    let format = if ctx.json {
        ListFormat::Json
    } else {
        args.format.unwrap_or(ListFormat::Table)
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(OUTPUT_BUFFER_BYTES, stdout.lock());
    match write_history(ctx, &wallet, &query, format, &mut out) {
        Ok(()) => out.flush().map_err(super::output::stdout_error),
        Err(e) => {
            // Drop what is still buffered, so that a failure found before the first flush
            // (damage is found on the first pages) prints its error document alone.
            let _ = out.into_parts();
            Err(e)
        }
    }
}

/// Output held back before the first write to stdout: 64 KiB.
const OUTPUT_BUFFER_BYTES: usize = 64 * 1024;

fn write_history(
    ctx: &Ctx,
    wallet: &Wallet,
    query: &HistoryQuery,
    format: ListFormat,
    mut out: &mut impl Write,
) -> Result<()> {
    let io = super::output::stdout_error;
    match format {
        ListFormat::Json => {
            write!(out, "{{\"transactions\": [").map_err(io)?;
            let mut first = true;
            wallet.history(query, |mut tx| {
                let sep = if first { "\n  " } else { ",\n  " };
                first = false;
                super::risk::word_tx_map(ctx.lang, &mut tx.extra);
                let text = serde_json::to_string(&tx).map_err(Error::internal)?;
                write!(out, "{sep}{text}").map_err(io)
            })?;
            writeln!(out, "{}]}}", if first { "" } else { "\n" }).map_err(io)?;
        }
        ListFormat::Jsonl => {
            wallet.history(query, |mut tx| {
                super::risk::word_tx_map(ctx.lang, &mut tx.extra);
                let text = serde_json::to_string(&tx).map_err(Error::internal)?;
                writeln!(out, "{text}").map_err(io)
            })?;
        }
        ListFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record(CSV_COLUMNS).map_err(csv_error)?;
            wallet.history(query, |tx| {
                let opt = |v: &Option<String>| v.clone().unwrap_or_default();
                w.write_record([
                    tx.id.clone(),
                    tx.created_at.clone(),
                    tx.kind.clone(),
                    tx.status.clone(),
                    tx.amount.clone(),
                    tx.currency.clone(),
                    tx.fee.clone(),
                    opt(&tx.merchant),
                    opt(&tx.source),
                    opt(&tx.order_id),
                    opt(&tx.memo),
                    opt(&tx.available_at),
                ])
                .map_err(csv_error)
            })?;
            w.flush().map_err(io)?;
        }
        ListFormat::Table => {
            if ctx.quiet {
                wallet.history(query, |tx| writeln!(out, "{}", tx.id).map_err(io))?;
            } else {
                write_table(ctx, wallet, query, &mut out)?;
            }
        }
    }
    Ok(())
}

/// A CSV writer fails only when writing stdout fails.
fn csv_error(e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => super::output::stdout_error(io),
        other => Error::internal(format!("csv: {other:?}")),
    }
}

pub(super) fn write_table(
    ctx: &Ctx,
    wallet: &Wallet,
    query: &HistoryQuery,
    out: &mut impl Write,
) -> Result<()> {
    let l = ctx.lang;
    let mut tbl = table(vec![
        t(l, "field.time"),
        t(l, "field.id"),
        t(l, "field.kind"),
        t(l, "field.status"),
        t(l, "field.amount"),
        t(l, "field.counterparty"),
        t(l, "field.memo"),
    ]);
    let mut rows = 0usize;
    wallet.history(query, |tx| {
        rows += 1;
        let at = clock::from_ms(tx.created_at_ms)?;
        let text = |k: &str| tx.extra.get(k).and_then(|v| v.as_str()).map(str::to_string);
        let counterparty = text("merchant_name")
            .or(text("source_masked"))
            .or(tx.merchant.clone())
            .or(tx.source.clone())
            .unwrap_or_default();
        tbl.add_row(vec![
            comfy_table::Cell::new(clock::local(at, wallet.zone())),
            comfy_table::Cell::new(&tx.id),
            comfy_table::Cell::new(t(l, &format!("kind.{}", tx.kind))),
            comfy_table::Cell::new(t(l, &format!("status.{}", tx.status))),
            amount_cell(format!("{} {}", tx.amount, tx.currency)),
            comfy_table::Cell::new(counterparty),
            comfy_table::Cell::new(tx.memo.clone().unwrap_or_default()),
        ]);
        Ok(())
    })?;
    if rows == 0 {
        writeln!(out, "{}", t(l, "history.empty")).map_err(super::output::stdout_error)?;
    } else {
        writeln!(out, "{tbl}").map_err(super::output::stdout_error)?;
    }
    Ok(())
}

/// Turn the flags into a query, refusing bad values before anything is read.
fn build_query(wallet: &Wallet, args: &HistoryArgs) -> Result<HistoryQuery> {
    let (from_ms, to_ms) = super::records::range(wallet, args.from.as_deref(), args.to.as_deref())?;
    if let Some(k) = &args.kind {
        Kind::parse(k).ok_or_else(|| Error::invalid("err.history.kind").arg("kind", k))?;
    }
    if let Some(s) = &args.status {
        Status::parse(s).ok_or_else(|| Error::invalid("err.history.status").arg("status", s))?;
    }
    let currency = args.currency.as_deref().map(Currency::parse).transpose()?;
    let amount_currencies = match currency {
        Some(c) => vec![c],
        None => wallet.currencies()?,
    };
    let check_currency = currency.unwrap_or(wallet.base_currency());
    let bound = |text: &Option<String>, round_up: bool| -> Result<Vec<(String, i64)>> {
        let Some(text) = text else {
            return Ok(Vec::new());
        };
        let value = parse_amount(text, check_currency)?.to_decimal();
        amount_currencies
            .iter()
            .map(|c| Ok((c.code().to_string(), scaled(value, *c, round_up)?)))
            .collect()
    };
    Ok(HistoryQuery {
        from_ms,
        to_ms,
        kind: args.kind.clone(),
        status: args.status.clone(),
        merchant: crate::text::check_optional(
            args.merchant.clone(),
            "merchant",
            crate::payments::merchant::NAME_CHARS_MAX,
        )?,
        currency: currency.map(|c| c.code().to_string()),
        min_minor: bound(&args.min, true)?,
        max_minor: bound(&args.max, false)?,
        search: crate::text::check_optional(
            args.search.clone().filter(|s| !s.is_empty()),
            "search",
            SEARCH_CHARS_MAX,
        )?,
        limit: if args.all { None } else { Some(args.limit) },
        oldest_first: false,
    })
}

/// An amount in `currency`'s minor units, rounded towards the inside of the range.
fn scaled(value: Decimal, currency: Currency, round_up: bool) -> Result<i64> {
    let minor = value * Decimal::from(currency.minor_per_unit());
    let minor = if round_up {
        minor.ceil()
    } else {
        minor.floor()
    };
    minor
        .to_i64()
        .ok_or_else(|| Error::internal("amount out of range"))
}
