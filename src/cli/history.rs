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
use crate::ledger::view::TxView;
use crate::ledger::{Kind, Status};
use crate::money::{parse_amount, Currency};
use crate::store::ledger::HistoryQuery;
use crate::wallet::{MerchantFilter, Wallet};

/// The longest `--search` text.
const SEARCH_CHARS_MAX: usize = 200;

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 16] = [
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
    "signed_amount",
    "balance_after",
    "merchant_name",
    "reason",
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
    match write_history(ctx, &wallet, &query, format, args.links, &mut out) {
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
    links: bool,
    mut out: &mut impl Write,
) -> Result<()> {
    let io = super::output::stdout_error;
    match format {
        ListFormat::Json => {
            write!(out, "{{\"transactions\": [").map_err(io)?;
            let mut first = true;
            rows(wallet, query, links, |mut tx| {
                let sep = if first { "\n  " } else { ",\n  " };
                first = false;
                super::risk::word_tx_mut(ctx.lang, &mut tx);
                let text = serde_json::to_string(&tx).map_err(Error::internal)?;
                write!(out, "{sep}{text}").map_err(io)
            })?;
            writeln!(out, "{}]}}", if first { "" } else { "\n" }).map_err(io)?;
        }
        ListFormat::Jsonl => {
            rows(wallet, query, links, |mut tx| {
                super::risk::word_tx_mut(ctx.lang, &mut tx);
                let text = serde_json::to_string(&tx).map_err(Error::internal)?;
                writeln!(out, "{text}").map_err(io)
            })?;
        }
        ListFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record(CSV_COLUMNS).map_err(csv_error)?;
            rows(wallet, query, links, |tx| {
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
                    text(&tx, "signed_amount"),
                    text(&tx, "balance_after"),
                    text(&tx, "merchant_name"),
                    reason_code(&tx),
                ])
                .map_err(csv_error)
            })?;
            w.flush().map_err(io)?;
        }
        ListFormat::Table => {
            if ctx.quiet {
                rows(wallet, query, links, |tx| {
                    writeln!(out, "{}", tx.id).map_err(io)
                })?;
            } else {
                write_table_with(ctx, wallet, query, links, 0, &mut out)?;
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

/// The history's rows, with their links when `--links` asks for them.
fn rows(
    wallet: &Wallet,
    query: &HistoryQuery,
    links: bool,
    each: impl FnMut(TxView) -> Result<()>,
) -> Result<()> {
    wallet.books().history_rows(query, links, each)
}

fn text(tx: &TxView, key: &str) -> String {
    tx.extra
        .get(key)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string()
}

/// Why a row failed or was declined: its error code.
fn reason_code(tx: &TxView) -> String {
    let code = |k: &str| {
        tx.extra
            .get(k)
            .and_then(|v| v.get("code"))
            .and_then(|v| v.as_str())
            .map(str::to_string)
    };
    code("failure")
        .or_else(|| code("decline"))
        .or_else(|| {
            tx.extra
                .get("reason")
                .and_then(|v| v.as_str())
                .map(str::to_string)
        })
        .unwrap_or_default()
}

/// The history as a table (also the demo's).
pub(super) fn write_table(
    ctx: &Ctx,
    wallet: &Wallet,
    query: &HistoryQuery,
    indent: u16,
    out: &mut impl Write,
) -> Result<()> {
    write_table_with(ctx, wallet, query, false, indent, out)
}

fn write_table_with(
    ctx: &Ctx,
    wallet: &Wallet,
    query: &HistoryQuery,
    links: bool,
    indent: u16,
    out: &mut impl Write,
) -> Result<()> {
    let l = ctx.lang;
    let mut tbl = table(vec![
        t(l, "field.id"),
        t(l, "field.time"),
        t(l, "field.kind"),
        t(l, "field.status"),
        t(l, "field.amount"),
        t(l, "history.balance_after"),
        t(l, "field.counterparty"),
        t(l, "field.memo"),
    ]);
    let mut count = 0usize;
    rows(wallet, query, links, |tx| {
        count += 1;
        let at = clock::from_ms(tx.created_at_ms)?;
        let field = |k: &str| tx.extra.get(k).and_then(|v| v.as_str()).map(str::to_string);
        let counterparty = field("merchant_name")
            .or(field("source_masked"))
            .or(tx.merchant.clone())
            .or(tx.source.clone())
            .unwrap_or_default();
        let reason = reason_code(&tx);
        let note = match tx.status() {
            Some(Status::Failed) | Some(Status::Declined) if !reason.is_empty() => {
                t(l, &format!("history.reason.{reason}"))
            }
            _ => tx.memo.clone().unwrap_or_default(),
        };
        let mut note = note;
        if links && !tx.links.is_empty() {
            let shown: Vec<String> = tx
                .links
                .iter()
                .map(|k| format!("{} {}", t(l, &format!("link.{}", k.kind)), k.id))
                .collect();
            note = [note, shown.join("; ")]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · ");
        }
        tbl.add_row(vec![
            super::render::Field::from(&tx.id),
            super::render::Field::from(clock::local(at, wallet.zone())),
            super::render::Field::from(t(l, &format!("kind.{}", tx.kind))),
            super::render::Field::from(t(l, &format!("status.{}", tx.status))),
            amount_cell(format!("{} {}", text(&tx, "signed_amount"), tx.currency)),
            amount_cell(format!("{} {}", text(&tx, "balance_after"), tx.currency)),
            super::render::Field::from(counterparty),
            super::render::Field::from(note),
        ]);
        Ok(())
    })?;
    // Id, time, kind, status and amounts stay whole; the balance, then the memo, give way.
    tbl.id_column(0)
        .time_column(1)
        .whole(2)
        .whole(3)
        .whole(4)
        .whole(5)
        .optional(5)
        .optional(7);
    if count == 0 {
        writeln!(out, "{}", t(l, "history.empty")).map_err(super::output::stdout_error)?;
    } else {
        let text = tbl.render_indented(ctx, Some(wallet), indent)?;
        writeln!(out, "{text}").map_err(super::output::stdout_error)?;
    }
    Ok(())
}

/// Turn the flags into a query, refusing bad values before anything is read.
fn build_query(wallet: &Wallet, args: &HistoryArgs) -> Result<HistoryQuery> {
    let merchant = crate::text::check_optional(
        args.merchant.clone(),
        "merchant",
        crate::payments::merchant::NAME_CHARS_MAX,
    )?
    .map(|m| wallet.books().merchant_filter(&m))
    .transpose()?;
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
        None => wallet.books().currencies()?,
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
        merchant: match &merchant {
            Some(MerchantFilter::Id(id)) => Some(id.clone()),
            _ => None,
        },
        merchant_name: match merchant {
            Some(MerchantFilter::Name(name)) => Some(name),
            _ => None,
        },
        hide_settlements: !args.links && args.kind.as_deref() != Some("settlement"),
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
