//! `okpay convert`: see the quote, confirm, convert between two balances.

use serde_json::json;

use super::args_fx::ConvertArgs;
use super::context::Ctx;
use super::credentials::unlock;
use super::messages::{t, tr};
use super::prompt::confirm;
use super::render::key_values;
use crate::error::Result;
use crate::fx::format_rate;
use crate::fx::quote::FxQuote;
use crate::wallet::{ConversionQuote, ConversionRequest};

pub fn run(ctx: &Ctx, args: ConvertArgs) -> Result<()> {
    let req = ConversionRequest::parse(&args.amount, &args.from, &args.to, args.to_amount)?;
    let mut wallet = ctx.open()?;
    unlock(ctx, &mut wallet)?;
    // A balance that does not cover it is a decline: recorded without asking, as nothing moves.
    let q = match wallet.quote_conversion(&req) {
        Err(e) if e.code == crate::error::Code::InsufficientFunds => None,
        other => Some(other?),
    };
    if let (false, Some(q)) = (ctx.yes, &q) {
        if ctx.interactive {
            errout!("{}", show_quote(ctx, q));
        }
        confirm(ctx, "prompt.confirm_convert")?;
    }
    wallet.next_write_is_last();
    let tx = wallet.unlocked()?.fx().convert(&req)?;
    if ctx.json {
        ctx.print_json(&json!({ "transaction": tx }));
    } else if ctx.quiet {
        outln!("{}", tx.id);
    } else {
        let fx = tx.extra.get("fx").cloned().unwrap_or_default();
        let text = |k: &str| {
            fx.get(k)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string()
        };
        outln!(
            "{}",
            tr(
                ctx.lang,
                "fx.converted",
                &[
                    ("from_amount", &text("from_amount")),
                    ("from", &text("from")),
                    ("to_amount", &text("to_amount")),
                    ("to", &text("to")),
                    ("id", &tx.id)
                ]
            )
        );
    }
    Ok(())
}

/// The quote: both amounts, the rate with its date (and whether it is stale), the spread.
fn show_quote(ctx: &Ctx, q: &ConversionQuote) -> String {
    let l = ctx.lang;
    let fx = &q.quote;
    let from = fx.from_amount.currency().code();
    let after = q.balance_before.minor() - fx.from_amount.minor();
    let mut rows = quote_rows(ctx, fx);
    rows.push((
        t(l, "fx.field.balance_after"),
        format!(
            "{} {from}",
            crate::money::Money::from_minor(after, fx.from_amount.currency())
        ),
    ));
    let mut out = format!("{}\n", t(l, "fx.confirm_title"));
    out.push_str(&key_values(&rows));
    if fx.stale {
        out.push_str(&format!("{}\n", t(l, "fx.stale_warning")));
    }
    out
}

/// The lines of a conversion quote (also shown by `pay` from another balance).
pub fn quote_rows(ctx: &Ctx, fx: &FxQuote) -> Vec<(String, String)> {
    let l = ctx.lang;
    let (from, to) = (
        fx.from_amount.currency().code(),
        fx.to_amount.currency().code(),
    );
    let mut date = fx.found.date.to_string();
    if fx.found.snapshot {
        date = format!("{date} ({})", t(l, "fx.source.snapshot"));
    }
    if fx.stale {
        date = format!("{date}, {}", t(l, "fx.stale"));
    }
    vec![
        (t(l, "fx.field.from"), format!("{} {from}", fx.from_amount)),
        (
            t(l, "fx.field.spread"),
            format!("{} {from} ({}%)", fx.spread, fx.spread_percent.normalize()),
        ),
        (
            t(l, "fx.field.rate"),
            format!("1 {from} = {} {to}", format_rate(fx.rate)),
        ),
        (t(l, "fx.field.rate_date"), date),
        (t(l, "fx.field.to"), format!("{} {to}", fx.to_amount)),
    ]
}

/// A receipt's lines for its recorded `fx` quote (none without one).
pub fn receipt_rows(
    l: super::messages::Lang,
    tx: &crate::ledger::view::TxView,
) -> Vec<(String, String)> {
    let Some(fx) = tx.extra.get("fx") else {
        return Vec::new();
    };
    let text = |k: &str| {
        fx.get(k)
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let (from, to) = (text("from"), text("to"));
    let mut date = text("rate_date");
    if fx.get("rate_snapshot").and_then(serde_json::Value::as_bool) == Some(true) {
        date = format!("{date} ({})", t(l, "fx.source.snapshot"));
    }
    vec![
        (
            t(l, "fx.field.from"),
            format!("{} {from}", text("from_amount")),
        ),
        (
            t(l, "fx.field.spread"),
            format!("{} {from} ({}%)", text("spread"), text("spread_percent")),
        ),
        (
            t(l, "fx.field.rate"),
            format!("1 {from} = {} {to}", text("rate")),
        ),
        (t(l, "fx.field.rate_date"), date),
        (t(l, "fx.field.to"), format!("{} {to}", text("to_amount"))),
    ]
}
