//! `okpay report spending` and `okpay report balance`: totals with a bar chart and the balance
//! over time as a sparkline, drawn with Unicode blocks to fit the terminal.

use serde_json::json;
use unicode_width::UnicodeWidthStr;

use super::args_records::{
    BalanceReportArgs, ReportArgs, ReportBy, ReportCommand, ReportFormat, SpendingArgs,
};
use super::context::Ctx;
use super::messages::{t, tr};
use crate::clock;
use crate::error::{Error, Result};
use crate::money::Currency;
use crate::records::report::{bar, sparkline, By};
use crate::wallet::Wallet;

/// The narrowest bar column.
const BAR_WIDTH_MIN: usize = 10;
/// The terminal width assumed when none is known.
const WIDTH_DEFAULT: usize = 80;

pub fn run(ctx: &Ctx, args: ReportArgs) -> Result<()> {
    match args.command {
        ReportCommand::Spending(a) => spending(ctx, a),
        ReportCommand::Balance(a) => balance(ctx, a),
    }
}

/// `[from, to)` of a report: this month unless the flags say otherwise.
fn period(wallet: &Wallet, from: Option<&str>, to: Option<&str>) -> Result<(i64, i64)> {
    let (from_ms, to_ms) = super::records::range(
        wallet,
        Some(from.unwrap_or("this-month")),
        Some(to.unwrap_or("this-month")),
    )?;
    let (from_ms, to_ms) = (from_ms.unwrap_or(0), to_ms.unwrap_or(0));
    if to_ms <= from_ms {
        return Err(Error::invalid("err.report.period"));
    }
    Ok((from_ms, to_ms))
}

fn shown(wallet: &Wallet, ms: i64) -> Result<String> {
    Ok(clock::from_ms(ms)?
        .to_zoned(wallet.zone().clone())
        .date()
        .to_string())
}

/// The last day of `[from, to)`.
fn last_day(wallet: &Wallet, to_ms: i64) -> Result<String> {
    shown(wallet, to_ms.saturating_sub(1))
}

fn spending(ctx: &Ctx, args: SpendingArgs) -> Result<()> {
    let wallet = ctx.open_read_only()?;
    super::verify::read_warnings(ctx, &wallet)?;
    let (from_ms, to_ms) = period(&wallet, args.from.as_deref(), args.to.as_deref())?;
    let by = match args.by {
        ReportBy::Merchant => By::Merchant,
        ReportBy::Category => By::Category,
        ReportBy::Month => By::Month,
        ReportBy::Day => By::Day,
    };
    let rows = wallet.books().spending(by, from_ms, to_ms)?;
    let (from, to) = (shown(&wallet, from_ms)?, last_day(&wallet, to_ms)?);
    let format = if ctx.json {
        ReportFormat::Json
    } else {
        args.format.unwrap_or(ReportFormat::Table)
    };
    match format {
        ReportFormat::Json => {
            let doc = json!({"report": {"by": by.as_str(), "from": from, "to": to, "rows": rows}});
            ctx.print_json(&doc);
        }
        ReportFormat::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            let err = |e: csv::Error| Error::internal(format!("csv: {e}"));
            w.write_record(["key", "currency", "total", "count"])
                .map_err(err)?;
            for r in &rows {
                w.write_record([&r.key, &r.currency, &r.total, &r.count.to_string()])
                    .map_err(err)?;
            }
            let bytes = w
                .into_inner()
                .map_err(|e| Error::internal(format!("csv: {e}")))?;
            out!("{}", String::from_utf8_lossy(&bytes));
        }
        ReportFormat::Table => {
            let l = ctx.lang;
            outln!(
                "{}",
                tr(
                    l,
                    "report.spending.title",
                    &[
                        ("by", &t(l, &format!("report.by.{}", by.as_str()))),
                        ("from", &from),
                        ("to", &to)
                    ]
                )
            );
            if rows.is_empty() {
                outln!("{}", t(l, "report.empty"));
                return Ok(());
            }
            let key_w = rows.iter().map(|r| r.key.width()).max().unwrap_or(0);
            let total_w = rows
                .iter()
                .map(|r| r.total.len() + 1 + r.currency.len())
                .max()
                .unwrap_or(0);
            let count_w = rows
                .iter()
                .map(|r| r.count.to_string().len())
                .max()
                .unwrap_or(0);
            let used = key_w + total_w + count_w + 6;
            let bar_w = terminal_width().saturating_sub(used).max(BAR_WIDTH_MIN);
            for r in &rows {
                let max = rows
                    .iter()
                    .filter(|o| o.currency == r.currency)
                    .map(|o| o.total_minor)
                    .max()
                    .unwrap_or(0);
                let pad = key_w.saturating_sub(r.key.width());
                let total = format!("{} {}", r.total, r.currency);
                outln!(
                    "{}{}  {total:>total_w$}  {:>count_w$}  {}",
                    r.key,
                    " ".repeat(pad),
                    r.count,
                    bar(r.total_minor, max, bar_w)
                );
            }
        }
    }
    Ok(())
}

fn balance(ctx: &Ctx, args: BalanceReportArgs) -> Result<()> {
    let only = args.currency.as_deref().map(Currency::parse).transpose()?;
    let wallet = ctx.open_read_only()?;
    super::verify::read_warnings(ctx, &wallet)?;
    let (from_ms, to_ms) = period(&wallet, args.from.as_deref(), args.to.as_deref())?;
    let series = wallet.books().balance_series(only, from_ms, to_ms)?;
    let (from, to) = (shown(&wallet, from_ms)?, last_day(&wallet, to_ms)?);
    if ctx.json {
        ctx.print_json(
            &json!({"report": {"by": "balance", "from": from, "to": to, "currencies": series}}),
        );
        return Ok(());
    }
    let l = ctx.lang;
    outln!(
        "{}",
        tr(l, "report.balance.title", &[("from", &from), ("to", &to)])
    );
    for s in &series {
        let (Some(first), Some(last)) = (s.points.first(), s.points.last()) else {
            continue;
        };
        let lo = s.minor.iter().min().copied().unwrap_or(0);
        let hi = s.minor.iter().max().copied().unwrap_or(0);
        let c = Currency::parse(&s.currency)?;
        outln!(
            "{}  {}  {} → {}  ({})",
            s.currency,
            sparkline(&s.minor),
            first.balance,
            last.balance,
            tr(
                l,
                "report.balance.range",
                &[
                    ("low", &crate::money::format_minor(lo, c)),
                    ("high", &crate::money::format_minor(hi, c))
                ]
            )
        );
    }
    Ok(())
}

/// The terminal's width (or `COLUMNS`), 80 when nothing says.
fn terminal_width() -> usize {
    super::qr::terminal_columns().unwrap_or(WIDTH_DEFAULT)
}
