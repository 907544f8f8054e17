//! `okpay receipt TXID`: one transaction in full.

use serde_json::json;

use super::args::ReceiptArgs;
use super::context::Ctx;
use super::messages::t;
use super::render::key_values;
use crate::clock;
use crate::error::Result;
use crate::ledger::view::TxView;
use crate::wallet::Wallet;

pub fn run(ctx: &Ctx, args: ReceiptArgs) -> Result<()> {
    let wallet = ctx.open()?;
    let tx = wallet.receipt(&args.id)?;
    if ctx.json {
        ctx.print_json(&json!({ "transaction": tx }));
    } else if ctx.quiet {
        println!("{}", tx.id);
    } else {
        print!("{}", render(ctx, &wallet, &tx));
    }
    Ok(())
}

/// A transaction as a block of labelled lines, in the wallet's zone.
pub fn render(ctx: &Ctx, wallet: &Wallet, tx: &TxView) -> String {
    let l = ctx.lang;
    let local = |rfc: &str| {
        rfc.parse::<jiff::Timestamp>()
            .map(|at| clock::local(at, wallet.zone()))
            .unwrap_or_else(|_| rfc.to_string())
    };
    let mut rows = vec![
        (t(l, "field.id"), tx.id.clone()),
        (t(l, "field.kind"), t(l, &format!("kind.{}", tx.kind))),
        (t(l, "field.status"), t(l, &format!("status.{}", tx.status))),
        (
            t(l, "field.amount"),
            format!("{} {}", tx.amount, tx.currency),
        ),
    ];
    if !tx.fee.trim_start_matches(['0', '.']).is_empty() {
        rows.push((t(l, "field.fee"), format!("{} {}", tx.fee, tx.currency)));
    }
    if let Some(charged) = &tx.charged {
        rows.push((t(l, "field.charged"), format!("{charged} {}", tx.currency)));
    }
    rows.push((t(l, "field.time"), local(&tx.created_at)));
    if let Some(at) = &tx.available_at {
        rows.push((t(l, "field.available_at"), local(at)));
    }
    for (field, value) in [
        ("field.merchant", &tx.merchant),
        ("field.source", &tx.source),
        ("field.order", &tx.order_id),
        ("field.memo", &tx.memo),
        ("field.refunded", &tx.refunded),
    ] {
        if let Some(v) = value {
            rows.push((t(l, field), v.clone()));
        }
    }
    for link in &tx.links {
        rows.push((t(l, &format!("link.{}", link.kind)), link.id.clone()));
    }
    for key in ["failure", "decline"] {
        if let Some(code) = tx
            .extra
            .get(key)
            .and_then(|v| v.get("code"))
            .and_then(|v| v.as_str())
        {
            rows.push((t(l, &format!("field.{key}")), code.to_string()));
        }
    }
    key_values(&rows)
}
