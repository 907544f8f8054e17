//! `okpay topup`: fund the wallet from a source, with the fee and arrival time shown before
//! confirming; failures are recorded and explained.

use serde_json::json;

use super::args::TopupArgs;
use super::context::Ctx;
use super::credentials::unlock;
use super::messages::{t, tr};
use super::prompt::confirm;
use super::receipt;
use super::render::key_values;
use crate::clock;
use crate::error::Result;
use crate::funding::topup::{Quote, TopupRequest};
use crate::ledger::view::TxView;
use crate::money::Currency;
use crate::wallet::Wallet;

pub fn run(ctx: &Ctx, args: TopupArgs) -> Result<()> {
    if let Some(id) = &args.source {
        crate::text::refuse_hidden(id, "source")?;
    }
    if let Some(id) = &args.retry {
        crate::text::refuse_hidden(id, "retry")?;
    }
    let request = match (&args.retry, &args.amount, &args.source) {
        (Some(tx_id), _, _) => TopupRequest::Retry {
            tx_id: tx_id.clone(),
        },
        (None, Some(amount), Some(source_id)) => TopupRequest::New {
            amount: amount.clone(),
            currency: args.currency.as_deref().map(Currency::parse).transpose()?,
            source_id: source_id.clone(),
        },
        _ => return Err(crate::error::Error::invalid("err.topup.what")),
    };
    let mut wallet = ctx.open()?;
    let request = resolve_ids(&wallet, request)?;
    let prepared = match wallet
        .topups()
        .prepare_topup(&request, args.idempotency_key.as_deref())
    {
        Ok(p) => p,
        // An unknown source is the "source" stage, after unlock, frozen and maintenance.
        Err(e) if e.code == crate::error::Code::NotFound => {
            unlock(ctx, &mut wallet)?;
            wallet.check_open()?;
            return Err(e);
        }
        Err(e) => return Err(e),
    };
    if let Some(tx) = wallet.topups().replay_topup(&prepared)? {
        return print(ctx, &wallet, &tx);
    }
    // At a terminal the confirmation screen comes before the password prompt, so answering
    // no wastes nothing; without one, `--yes` is needed and the order does not matter.
    if !ctx.yes && ctx.interactive {
        let quote = wallet.topups().preview_topup(&prepared)?;
        errout!("{}", show_quote(ctx, &wallet, &quote));
        confirm(ctx, "prompt.confirm_topup")?;
        unlock(ctx, &mut wallet)?;
    } else {
        unlock(ctx, &mut wallet)?;
        wallet.topups().quote_topup(&prepared)?;
        confirm(ctx, "prompt.confirm_topup")?;
    }
    let tx = wallet.unlocked()?.funding().execute_topup(&prepared)?;
    print(ctx, &wallet, &tx)
}

/// The request with the source and the retried top-up as full ids (a prefix, a label). An id
/// that names nothing stays as typed: `not_found` comes at its usual stage, after the unlock.
fn resolve_ids(wallet: &Wallet, request: TopupRequest) -> Result<TopupRequest> {
    let ids = wallet.ids();
    Ok(match request {
        TopupRequest::Retry { tx_id } => TopupRequest::Retry {
            tx_id: super::ids::or_unknown(ids.transaction(&tx_id), &tx_id)?,
        },
        TopupRequest::New {
            amount,
            currency,
            source_id,
        } => TopupRequest::New {
            amount,
            currency,
            source_id: super::ids::or_unknown(ids.source(&source_id), &source_id)?,
        },
    })
}

/// The confirmation screen: source, amount, fee, what leaves the source, when it arrives.
fn show_quote(ctx: &Ctx, wallet: &Wallet, q: &Quote) -> String {
    let l = ctx.lang;
    let cur = q.amount.currency().code();
    let arrives = match q.available_at {
        Some(at) => clock::local(at, wallet.zone()),
        None => t(l, "topup.instant"),
    };
    let rows = vec![
        (
            t(l, "field.source"),
            format!("{} ({})", q.source.masked, q.source.id),
        ),
        (t(l, "field.amount"), format!("{} {cur}", q.amount)),
        (
            t(l, "field.fee"),
            format!("{} {cur} ({}%)", q.fee, q.source.fee_percent),
        ),
        (t(l, "field.charged"), format!("{} {cur}", q.charged)),
        (t(l, "field.arrives"), arrives),
    ];
    format!("{}\n{}", t(l, "topup.confirm_title"), key_values(&rows))
}

fn print(ctx: &Ctx, wallet: &Wallet, tx: &TxView) -> Result<()> {
    if ctx.json {
        let tx = super::risk::word_tx(ctx.lang, tx);
        ctx.print_json(&json!({ "transaction": tx }));
    } else if ctx.quiet {
        outln!("{}", tx.id);
    } else {
        let key = match tx.status.as_str() {
            "pending" => "topup.pending",
            _ => "topup.done",
        };
        let amount = format!("{} {}", tx.amount, tx.currency);
        let mut line = tr(ctx.lang, key, &[("amount", &amount), ("id", &tx.id)]);
        if tx.replayed {
            line = format!("{line} {}", t(ctx.lang, "topup.replayed"));
        }
        outln!("{line}");
        out!("{}", receipt::render(ctx, wallet, tx));
    }
    Ok(())
}
