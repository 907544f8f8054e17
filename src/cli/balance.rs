//! `okpay balance`.

use super::args::BalanceArgs;
use super::context::Ctx;
use super::messages::{t, tr};
use super::render::{amount_cell, table};
use crate::error::Result;
use crate::money::Currency;

pub fn run(ctx: &Ctx, args: BalanceArgs) -> Result<()> {
    let only = args.currency.as_deref().map(Currency::parse).transpose()?;
    let wallet = ctx.open_read_only()?;
    let warnings = super::verify::read_warnings(ctx, &wallet)?;
    let b = wallet.books().balances(only)?;
    if ctx.json {
        let mut doc = serde_json::to_value(&b).map_err(crate::error::Error::internal)?;
        if !warnings.is_empty() {
            doc["warnings"] = serde_json::Value::Array(warnings);
        }
        ctx.print_json(&doc);
        return Ok(());
    }
    if ctx.quiet {
        let line = if only.is_some() {
            b.balances.first()
        } else {
            Some(&b.total)
        };
        if let Some(line) = line {
            outln!("{}", line.available);
        }
        return Ok(());
    }
    outln!("{}", table_text(ctx, &wallet, &b, 0));
    // A new wallet: what to do first (on stderr, so stdout stays the table).
    let empty = b
        .balances
        .iter()
        .all(|line| line.available_minor == 0 && line.pending_minor == 0);
    if empty {
        errln!("{}", t(ctx.lang, "balance.empty_hint"));
    }
    if !b.total_excludes.is_empty() {
        let list = super::messages::list(ctx.lang, &b.total_excludes);
        outln!(
            "{}",
            tr(ctx.lang, "balance.total_excludes", &[("currencies", &list)])
        );
    }
    if only.is_none() {
        let l = ctx.lang;
        outln!(
            "{}",
            tr(
                l,
                "balance.total",
                &[
                    ("available", &b.total.available),
                    ("pending", &b.total.pending),
                    ("currency", &b.total.currency)
                ]
            )
        );
        if let Some(date) = &b.total.rates_date {
            outln!("{}", tr(l, "fx.balance_rates", &[("date", date)]));
        }
    }
    Ok(())
}

/// The balances as a table: currency, available, pending (with its arrival time).
pub fn table_text(
    ctx: &Ctx,
    wallet: &crate::wallet::Wallet,
    b: &crate::wallet::Balances,
    indent: u16,
) -> String {
    let l = ctx.lang;
    // Transfers out still held get a column of their own, only while there are some.
    let outgoing = b.balances.iter().any(|line| line.pending_out.is_some());
    let mut headings = vec![
        t(l, "field.currency"),
        t(l, "field.available"),
        t(l, "field.pending"),
    ];
    if outgoing {
        headings.push(t(l, "field.pending_out"));
    }
    let mut tbl = table(headings);
    for line in &b.balances {
        let mut pending = line.pending.clone();
        let arrives = line
            .pending_available_at
            .as_deref()
            .and_then(|at| at.parse::<jiff::Timestamp>().ok());
        if let Some(at) = arrives {
            let time = crate::clock::local(at, wallet.zone());
            pending = tr(
                l,
                "balance.pending_until",
                &[("amount", &pending), ("time", &time)],
            );
        }
        let mut row = vec![
            super::render::Field::from(&line.currency),
            amount_cell(&line.available),
            amount_cell(pending),
        ];
        if outgoing {
            let zero = || {
                Currency::parse(&line.currency)
                    .map(|c| crate::money::format_minor(0, c))
                    .unwrap_or_default()
            };
            row.push(amount_cell(line.pending_out.clone().unwrap_or_else(zero)));
        }
        tbl.add_row(row);
    }
    tbl.render_indented(ctx, None, indent).unwrap_or_default()
}
