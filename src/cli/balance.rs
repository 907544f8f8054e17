//! `okpay balance`.

use serde_json::json;

use super::args::BalanceArgs;
use super::context::Ctx;
use super::messages::{t, tr};
use super::render::{amount_cell, table};
use crate::error::Result;
use crate::money::Currency;

pub fn run(ctx: &Ctx, args: BalanceArgs) -> Result<()> {
    let only = args.currency.as_deref().map(Currency::parse).transpose()?;
    let wallet = ctx.open()?;
    let b = wallet.balances(only)?;
    if ctx.json {
        ctx.print_json(&json!({ "balances": b.balances, "total": b.total }));
        return Ok(());
    }
    if ctx.quiet {
        let line = if only.is_some() {
            b.balances.first()
        } else {
            Some(&b.total)
        };
        if let Some(line) = line {
            println!("{}", line.available);
        }
        return Ok(());
    }
    let l = ctx.lang;
    let mut tbl = table(vec![
        t(l, "field.currency"),
        t(l, "field.available"),
        t(l, "field.pending"),
    ]);
    for line in &b.balances {
        tbl.add_row(vec![
            comfy_table::Cell::new(&line.currency),
            amount_cell(&line.available),
            amount_cell(&line.pending),
        ]);
    }
    println!("{tbl}");
    if only.is_none() {
        println!(
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
    }
    Ok(())
}
