//! `okpay statement --month YYYY-MM`: a reconciled monthly statement as a table, CSV, JSON or a
//! self-contained HTML page with a chart of the daily balance drawn as inline SVG.

use std::fmt::Write as _;
use std::io::Write;

use serde_json::json;

use super::args_records::{StatementArgs, StatementFormat};
use super::context::Ctx;
use super::messages::{t, tr, Lang};
use super::render::{amount_cell, table};
use crate::clock;
use crate::error::{Error, Result};
use crate::money::Currency;
use crate::records::statement::{CurrencyStatement, Statement};
use crate::wallet::Wallet;

pub fn run(ctx: &Ctx, args: StatementArgs) -> Result<()> {
    let only = args.currency.as_deref().map(Currency::parse).transpose()?;
    let wallet = ctx.open_read_only()?;
    super::verify::read_warnings(ctx, &wallet)?;
    let statement = wallet.books().statement(&args.month, only)?;
    let format = if ctx.json && args.output.is_none() {
        StatementFormat::Json
    } else {
        args.format.unwrap_or(StatementFormat::Table)
    };
    let bytes = match format {
        StatementFormat::Json => {
            let doc = json!({ "statement": statement });
            let mut text = serde_json::to_string_pretty(&doc).map_err(Error::internal)?;
            text.push('\n');
            text.into_bytes()
        }
        StatementFormat::Csv => csv_bytes(&statement)?,
        StatementFormat::Table => table_text(ctx, &wallet, &statement)?.into_bytes(),
        StatementFormat::Html => html(ctx.lang, &wallet, &statement)?.into_bytes(),
    };
    match &args.output {
        Some(path) if path.as_os_str() != "-" => {
            super::records::write_file(path, &bytes)?;
            let shown = path.display().to_string();
            if ctx.json {
                ctx.print_json(&json!({"export": {"path": shown, "month": statement.month}}));
            } else if !ctx.quiet {
                outln!("{}", tr(ctx.lang, "statement.written", &[("path", &shown)]));
            }
            Ok(())
        }
        _ => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(&bytes)
                .and_then(|()| stdout.flush())
                .map_err(super::output::stdout_error)
        }
    }
}

fn csv_bytes(s: &Statement) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let err = |e: csv::Error| Error::internal(format!("csv: {e}"));
    w.write_record([
        "currency",
        "created_at",
        "id",
        "kind",
        "description",
        "amount",
        "fee",
        "balance_after",
    ])
    .map_err(err)?;
    for c in &s.currencies {
        w.write_record([&c.currency, "", "", "opening", "", "", "", &c.opening])
            .map_err(err)?;
        for m in &c.movements {
            w.write_record([
                &c.currency,
                &m.created_at,
                &m.id,
                &m.kind,
                &m.description,
                &m.amount,
                &m.fee,
                &m.balance_after,
            ])
            .map_err(err)?;
        }
        w.write_record([&c.currency, "", "", "closing", "", "", &c.fees, &c.closing])
            .map_err(err)?;
    }
    w.into_inner()
        .map_err(|e| Error::internal(format!("csv: {e}")))
}

fn summary(l: Lang, c: &CurrencyStatement) -> String {
    tr(
        l,
        "statement.summary",
        &[
            ("currency", &c.currency),
            ("opening", &c.opening),
            ("closing", &c.closing),
            ("fees", &c.fees),
            ("pending", &c.pending),
        ],
    )
}

fn local_time(wallet: &Wallet, at_ms: i64) -> Result<String> {
    Ok(clock::local(clock::from_ms(at_ms)?, wallet.zone()))
}

fn table_text(ctx: &Ctx, wallet: &Wallet, s: &Statement) -> Result<String> {
    let l = ctx.lang;
    let mut out = String::new();
    let _ = writeln!(out, "{}", tr(l, "statement.title", &[("month", &s.month)]));
    for c in &s.currencies {
        let _ = writeln!(out, "\n{}", summary(l, c));
        if c.movements.is_empty() {
            let _ = writeln!(out, "{}", t(l, "statement.no_movements"));
            continue;
        }
        let mut tbl = table(vec![
            t(l, "field.time"),
            t(l, "field.id"),
            t(l, "field.kind"),
            t(l, "statement.description"),
            t(l, "field.amount"),
            t(l, "history.balance_after"),
        ]);
        for m in &c.movements {
            tbl.add_row(vec![
                super::render::Field::from(local_time(wallet, m.at_ms)?),
                super::render::Field::from(&m.id),
                super::render::Field::from(t(l, &format!("kind.{}", m.kind))),
                super::render::Field::from(&m.description),
                amount_cell(m.amount.clone()),
                amount_cell(m.balance_after.clone()),
            ]);
        }
        let text = tbl
            .id_column(1)
            .time_column(0)
            .whole(4)
            .whole(5)
            .render(ctx, Some(wallet))?;
        let _ = writeln!(out, "{text}");
    }
    Ok(out)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The balance at the end of each day that has movements, as an SVG line (no script, no
/// external resource).
fn chart(c: &CurrencyStatement) -> String {
    const W: f64 = 600.0;
    const H: f64 = 120.0;
    let mut points: Vec<(i64, i64)> = vec![(0, c.opening_minor)];
    for m in &c.movements {
        points.push((m.at_ms, m.balance_after_minor));
    }
    let first = c.movements.first().map_or(0, |m| m.at_ms);
    let last = c.movements.last().map_or(1, |m| m.at_ms).max(first + 1);
    let lo = points.iter().map(|p| p.1).min().unwrap_or(0).min(0);
    let hi = points.iter().map(|p| p.1).max().unwrap_or(1).max(lo + 1);
    let x = |ms: i64| {
        if ms == 0 {
            0.0
        } else {
            (ms - first) as f64 / (last - first) as f64 * (W - 10.0) + 5.0
        }
    };
    let y = |v: i64| H - 5.0 - (v - lo) as f64 / (hi - lo) as f64 * (H - 10.0);
    let mut path = String::new();
    let mut previous: Option<f64> = None;
    for (ms, v) in &points {
        let (px, py) = (x(*ms), y(*v));
        match previous {
            None => {
                let _ = write!(path, "M{px:.1},{py:.1}");
            }
            Some(prev_y) => {
                let _ = write!(path, " L{px:.1},{prev_y:.1} L{px:.1},{py:.1}");
            }
        }
        previous = Some(py);
    }
    let _ = write!(path, " L{W:.1},{:.1}", previous.unwrap_or(H));
    format!(
        "<svg width=\"{W}\" height=\"{H}\" \
         viewBox=\"0 0 {W} {H}\" role=\"img\"><rect width=\"{W}\" height=\"{H}\" fill=\"#f7f7f7\"/>\
         <path d=\"{path}\" fill=\"none\" stroke=\"#2a6\" stroke-width=\"2\"/></svg>"
    )
}

fn html(l: Lang, wallet: &Wallet, s: &Statement) -> Result<String> {
    let title = tr(l, "statement.title", &[("month", &s.month)]);
    let mut out = String::new();
    let lang = if l == Lang::Zh { "zh" } else { "en" };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\
         <title>{}</title><style>\
         body{{font-family:system-ui,sans-serif;margin:2em;color:#222}}\
         table{{border-collapse:collapse;width:100%;margin:1em 0}}\
         th,td{{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left}}\
         td.n{{text-align:right;font-variant-numeric:tabular-nums}}\
         @media print{{body{{margin:0}}}}</style></head><body>\n<h1>{}</h1>\n<p>{}</p>\n",
        escape(&title),
        escape(&title),
        escape(&tr(
            l,
            "statement.wallet",
            &[("user", wallet.username()), ("zone", &zone_name(wallet))]
        ))
    );
    for c in &s.currencies {
        let _ = write!(
            out,
            "<section><h2>{}</h2><p>{}</p>{}\n<table><thead><tr>",
            escape(&c.currency),
            escape(&summary(l, c)),
            chart(c)
        );
        for key in [
            "field.time",
            "field.id",
            "field.kind",
            "statement.description",
            "field.amount",
            "history.balance_after",
        ] {
            let _ = write!(out, "<th>{}</th>", escape(&t(l, key)));
        }
        out.push_str("</tr></thead><tbody>\n");
        for m in &c.movements {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                escape(&local_time(wallet, m.at_ms)?),
                escape(&m.id),
                escape(&t(l, &format!("kind.{}", m.kind))),
                escape(&m.description),
                escape(&m.amount),
                escape(&m.balance_after)
            );
        }
        out.push_str("</tbody></table></section>\n");
    }
    out.push_str("</body></html>\n");
    Ok(out)
}

fn zone_name(wallet: &Wallet) -> String {
    wallet.zone().iana_name().unwrap_or("UTC").to_string()
}
