//! `okpay receipt TXID`: one transaction in full: items, fee, risk decision, failure or decline
//! with its advice, linked transactions.

use serde_json::{json, Value};

use super::args::ReceiptArgs;
use super::context::Ctx;
use super::messages::t;
use super::render::{amount_cell, error_text, key_values, table};
use crate::clock;
use crate::error::{Code, Result};
use crate::ledger::view::TxView;
use crate::wallet::Wallet;

pub fn run(ctx: &Ctx, args: ReceiptArgs) -> Result<()> {
    crate::text::refuse_hidden(&args.id, "transaction")?;
    let wallet = ctx.open_read_only()?;
    super::verify::read_warnings(ctx, &wallet)?;
    let id = super::ids::or_unknown(wallet.ids().transaction(&args.id), &args.id)?;
    let tx = wallet.books().receipt(&id)?;
    if ctx.json {
        let tx = super::risk::word_tx(ctx.lang, &tx);
        ctx.print_json(&json!({ "transaction": tx }));
    } else if ctx.quiet {
        outln!("{}", tx.id);
    } else {
        out!("{}", render(ctx, &wallet, &tx));
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
    let text = |key: &str| {
        tx.extra
            .get(key)
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    let money = |amount: &str| format!("{amount} {}", tx.currency);
    let mut rows = vec![
        (t(l, "field.id"), tx.id.clone()),
        (t(l, "field.kind"), t(l, &format!("kind.{}", tx.kind))),
        (t(l, "field.status"), t(l, &format!("status.{}", tx.status))),
        (t(l, "field.amount"), money(&tx.amount)),
    ];
    let has_fee = !tx.fee.trim_start_matches(['0', '.']).is_empty();
    if has_fee || matches!(tx.kind.as_str(), "topup" | "payment" | "transfer") {
        rows.push((t(l, "field.fee"), money(&tx.fee)));
    }
    // One story per outcome: money that never left the source (a failed top-up, a returned
    // transfer) has no "charged" line above the reason saying nothing was charged.
    if let Some(charged) = tx.charged.as_ref().filter(|_| charged_anything(tx)) {
        rows.push((t(l, "field.charged"), money(charged)));
    }
    rows.push((t(l, "field.time"), local(&tx.created_at)));
    if let Some(at) = tx.available_at.as_ref().filter(|_| charged_anything(tx)) {
        rows.push((t(l, "field.available_at"), local(at)));
    }
    let merchant = match (text("merchant_name"), &tx.merchant) {
        (Some(name), Some(id)) if !id.is_empty() => Some(super::render::paren(l, &name, id)),
        (name, id) => name.or(id.clone()),
    };
    let source = match (text("source_masked"), &tx.source) {
        (Some(masked), Some(id)) => Some(super::render::paren(l, &masked, id)),
        (_, id) => id.clone(),
    };
    // A transfer's recipient: the masked account and its holder.
    let recipient = tx.extra.get("recipient").map(|r| {
        let field = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or_default();
        format!("{} — {}", field("account"), field("name"))
    });
    for (field, value) in [
        ("transfer.field.to", &recipient),
        ("field.merchant", &merchant),
        ("field.source", &source),
        ("field.order", &tx.order_id),
        ("field.memo", &tx.memo),
        ("field.refunded", &tx.refunded.clone().map(|r| money(&r))),
        (
            "field.balance_after",
            &text("balance_after").map(|b| format!("{b} {}", paid_from(tx))),
        ),
    ] {
        if let Some(v) = value {
            rows.push((t(l, field), v.clone()));
        }
    }
    rows.extend(super::convert::receipt_rows(l, tx));
    for link in &tx.links {
        rows.push((t(l, &format!("link.{}", link.kind)), link.id.clone()));
    }
    let risk = super::risk::receipt_lines(l, tx);
    if let Some((summary, _)) = &risk {
        rows.push((t(l, "field.risk"), summary.clone()));
    }
    let mut out = key_values(&rows);
    for line in risk.iter().flat_map(|(_, lines)| lines) {
        out.push_str(&format!("{line}\n"));
    }
    if let Some(items) = tx
        .extra
        .get("items")
        .and_then(Value::as_array)
        .filter(|a| !a.is_empty())
    {
        out.push_str(&items_table(ctx, items));
    }
    if let Some((message, advice)) = refusal_text(ctx, tx) {
        // A reason recorded on the receipt, not an error of this command.
        out.push_str(&format!(
            "{}{message}\n{}{advice}\n",
            super::render::label(l, &t(l, "label.reason")),
            super::render::label(l, &t(l, "label.advice"))
        ));
    }
    out
}

/// Whether the source was charged: not for a failed or declined transaction, nor for one whose
/// money came back (a returned bank transfer).
fn charged_anything(tx: &TxView) -> bool {
    let refused = ["failure", "decline"]
        .iter()
        .any(|k| tx.extra.get(*k).is_some_and(|v| !v.is_null()));
    let returned = tx.links.iter().any(|link| link.kind == "returned_by");
    !refused && !returned && !matches!(tx.status.as_str(), "failed" | "declined" | "returned")
}

/// A transaction's `failure` or `decline` object with its `message` and `advice` in `lang`
/// beside the `code` (JSON output: scripts show them as they are).
pub fn word_refusal(
    lang: super::messages::Lang,
    id: &str,
    source: Option<&str>,
    extra: &mut serde_json::Map<String, Value>,
) {
    for key in ["failure", "decline"] {
        let Some(Value::Object(refusal)) = extra.get(key) else {
            continue;
        };
        // A transfer's data names its recipient.
        let transfer = extra.contains_key("recipient");
        let Some(error) = refusal_error(key, refusal, id, source, transfer) else {
            continue;
        };
        let (message, advice) = error_text(lang, &error);
        if let Some(Value::Object(refusal)) = extra.get_mut(key) {
            refusal.insert("message".to_string(), message.into());
            refusal.insert("advice".to_string(), advice.into());
        }
    }
}

/// The error a recorded failure or decline stands for.
fn refusal_error(
    key: &str,
    refusal: &serde_json::Map<String, Value>,
    id: &str,
    source: Option<&str>,
    transfer: bool,
) -> Option<crate::error::Error> {
    let code = refusal.get("code").and_then(Value::as_str)?;
    let code = Code::ALL.into_iter().find(|c| c.as_str() == code)?;
    Some(if key == "decline" {
        let details = refusal
            .get("details")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        crate::payments::checkout::recorded_decline_error(code, &details, id)
    } else if transfer {
        crate::funding::transfer::failure_error(code, id)
    } else {
        crate::funding::topup::failure_error(code, id, source.unwrap_or_default())
    })
}

/// The currency the money left in: a conversion's `from`, else the transaction's.
fn paid_from(tx: &TxView) -> &str {
    tx.extra
        .get("fx")
        .and_then(|fx| fx.get("from"))
        .and_then(Value::as_str)
        .unwrap_or(&tx.currency)
}

/// The message and advice of a recorded failure or decline, in the user's language.
fn refusal_text(ctx: &Ctx, tx: &TxView) -> Option<(String, String)> {
    let (key, refusal) = ["failure", "decline"]
        .into_iter()
        .find_map(|k| tx.extra.get(k).and_then(Value::as_object).map(|v| (k, v)))?;
    let error = refusal_error(
        key,
        refusal,
        &tx.id,
        tx.source.as_deref(),
        tx.kind == crate::ledger::Kind::Transfer.as_str(),
    )?;
    Some(error_text(ctx.lang, &error))
}

/// The items of a payment as a table.
fn items_table(ctx: &Ctx, items: &[Value]) -> String {
    let l = ctx.lang;
    let mut tbl = table(vec![
        t(l, "field.item"),
        t(l, "field.quantity"),
        t(l, "field.unit_price"),
        t(l, "field.line_total"),
    ]);
    let text = |v: &Value, k: &str| match v.get(k) {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    for item in items {
        tbl.add_row(vec![
            super::render::Field::from(text(item, "name")),
            amount_cell(text(item, "quantity")),
            amount_cell(text(item, "unit_price")),
            amount_cell(text(item, "total")),
        ]);
    }
    format!("{}\n", tbl.text(ctx))
}
