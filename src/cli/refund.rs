//! `okpay refund TXID [--amount A] [--reason T]`.

use serde_json::json;

use super::args::RefundArgs;
use super::context::Ctx;
use super::credentials::unlock;
use super::messages::{t, tr};
use super::prompt::confirm;
use super::receipt;
use super::render::key_values;
use crate::error::Result;

pub fn run(ctx: &Ctx, args: RefundArgs) -> Result<()> {
    let mut wallet = ctx.open()?;
    crate::text::refuse_hidden(&args.id, "transaction")?;
    let reason = crate::payments::refund::check_reason(args.reason.clone())?;
    let id = super::ids::or_unknown(wallet.ids().transaction(&args.id), &args.id)?;
    let plan = wallet.checkout().plan_refund(&id, args.amount.as_deref())?;
    // At a terminal the confirmation comes before the password prompt (no wastes nothing).
    let ask_first = !ctx.yes && ctx.interactive;
    if !ask_first {
        unlock(ctx, &mut wallet)?;
    }
    if ask_first {
        let l = ctx.lang;
        let cur = plan.amount.currency().code();
        let merchant = plan
            .payment
            .extra
            .get("merchant_name")
            .and_then(|v| v.as_str())
            .unwrap_or_default();
        errout!(
            "{}\n{}",
            t(l, "refund.confirm_title"),
            key_values(&[
                (
                    t(l, "field.payment"),
                    format!("{} ({merchant})", plan.payment.id)
                ),
                (t(l, "field.amount"), format!("{} {cur}", plan.amount)),
                (
                    t(l, "field.refundable_after"),
                    format!("{} {cur}", plan.refundable_after)
                ),
            ])
        );
    }
    confirm(ctx, "prompt.confirm_refund")?;
    if ask_first {
        unlock(ctx, &mut wallet)?;
    }
    wallet.next_write_is_last();
    let tx = wallet
        .unlocked()?
        .payments()
        .refund(&id, plan.amount, reason)?;
    if ctx.json {
        ctx.print_json(&json!({ "transaction": tx }));
    } else if ctx.quiet {
        outln!("{}", tx.id);
    } else {
        let amount = format!("{} {}", tx.amount, tx.currency);
        outln!(
            "{}",
            tr(
                ctx.lang,
                "refund.done",
                &[("amount", &amount), ("payment", &args.id)]
            )
        );
        out!("{}", receipt::render(ctx, &wallet, &tx));
    }
    Ok(())
}
