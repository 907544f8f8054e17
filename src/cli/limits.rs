//! `okpay limits`, `limits set`, `limits cancel`.

use serde_json::json;

use super::args::{LimitsArgs, LimitsCommand, LimitsSetArgs};
use super::context::Ctx;
use super::credentials::{step_up, unlock};
use super::messages::{t, tr};
use super::render::{amount_cell, table};
use crate::error::Result;
use crate::money::{parse_amount, Currency};
use crate::risk::limits::LimitChange;
use crate::wallet::LimitsView;

pub fn run(ctx: &Ctx, args: LimitsArgs) -> Result<()> {
    match args.command {
        None => show(ctx),
        Some(LimitsCommand::Set(a)) => set(ctx, a),
        Some(LimitsCommand::Cancel) => cancel(ctx),
    }
}

fn show(ctx: &Ctx) -> Result<()> {
    let wallet = ctx.open()?;
    let view = wallet.rules().limits()?;
    print(ctx, &view, None)
}

fn amount(text: Option<&str>, base: Currency) -> Result<Option<i64>> {
    text.map(|a| parse_amount(a, base).map(|m| m.minor()))
        .transpose()
}

fn set(ctx: &Ctx, args: LimitsSetArgs) -> Result<()> {
    let mut wallet = ctx.open()?;
    let base = wallet.base_currency();
    let change = LimitChange {
        per_transaction_minor: amount(args.per_transaction.as_deref(), base)?,
        daily_minor: amount(args.daily.as_deref(), base)?,
        monthly_minor: amount(args.monthly.as_deref(), base)?,
    };
    // A raise is a step-up: the password again, even inside a session.
    let proof = if wallet.rules().limits_raise(&change)? {
        Some(step_up(ctx, &mut wallet)?)
    } else {
        unlock(ctx, &mut wallet)?;
        None
    };
    let view = wallet.unlocked()?.limits().set(&change, proof.as_ref())?;
    print(ctx, &view, Some(t(ctx.lang, "limits.updated")))
}

fn cancel(ctx: &Ctx) -> Result<()> {
    let mut wallet = ctx.open()?;
    unlock(ctx, &mut wallet)?;
    let (view, withdrawn) = wallet.unlocked()?.limits().cancel_raises()?;
    let note = if withdrawn == 0 {
        t(ctx.lang, "limits.nothing_pending")
    } else {
        tr(
            ctx.lang,
            "limits.cancelled",
            &[("count", &withdrawn.to_string())],
        )
    };
    if ctx.json {
        ctx.print_json(&json!({ "limits": view, "withdrawn": withdrawn }));
        return Ok(());
    }
    print(ctx, &view, Some(note))
}

fn print(ctx: &Ctx, view: &LimitsView, note: Option<String>) -> Result<()> {
    if ctx.json {
        ctx.print_json(&json!({ "limits": view }));
        return Ok(());
    }
    if ctx.quiet {
        return Ok(());
    }
    let l = ctx.lang;
    if let Some(note) = note {
        outln!("{note}");
    }
    let cur = &view.currency;
    let mut tbl = table(vec![
        t(l, "field.limit"),
        t(l, "field.amount"),
        t(l, "field.used"),
        t(l, "field.remaining"),
        t(l, "field.resets_at"),
    ]);
    tbl.add_row(vec![
        super::render::Field::from(t(l, "limits.per_transaction")),
        amount_cell(format!("{} {cur}", view.per_transaction.amount)),
        amount_cell(""),
        amount_cell(""),
        super::render::Field::from(""),
    ]);
    for (key, p) in [
        ("limits.daily", &view.daily),
        ("limits.monthly", &view.monthly),
    ] {
        tbl.add_row(vec![
            super::render::Field::from(t(l, key)),
            amount_cell(format!("{} {cur}", p.amount)),
            amount_cell(format!("{} {cur}", p.used)),
            amount_cell(format!("{} {cur}", p.remaining)),
            super::render::Field::from(&p.resets_local),
        ]);
    }
    outln!("{}", tbl.text(ctx));
    for p in &view.pending {
        let amount = format!("{} {cur}", p.amount);
        let limit = t(l, &format!("limits.{}", p.limit));
        outln!(
            "{}",
            tr(
                l,
                "limits.pending",
                &[
                    ("limit", &limit),
                    ("amount", &amount),
                    ("effective_at", &p.effective_local)
                ]
            )
        );
    }
    if !view.pending.is_empty() {
        outln!("{}", t(l, "limits.pending_advice"));
    }
    Ok(())
}
