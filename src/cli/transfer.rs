//! `okpay transfer`: money out of the wallet on the bank rail, to one of your own bank sources
//! or to someone else's account (IBAN and holder's name), shown and confirmed like a payment.

use clap::Args;
use serde_json::json;

use super::context::Ctx;
use super::credentials::{self, unlock};
use super::messages::{t, tr};
use super::prompt::confirm;
use super::receipt;
use super::render::key_values;
use crate::clock;
use crate::error::Result;
use crate::funding::transfer::{Check, Quote, TransferRequest};
use crate::ledger::view::TxView;
use crate::money::Currency;
use crate::payments::checkout::is_risk_challenge;
use crate::wallet::Wallet;

/// Send money out of the wallet on the bank rail: to one of your own bank sources (a
/// withdrawal) or to someone else's account, given as an IBAN with the holder's --name. The
/// amount and the fee leave your available balance at once and are held until the next
/// business day at 10:00 in the wallet's time zone; then the bank pays them out (a settlement
/// linked to the transfer) or returns them (amount and fee back to your balance, with the
/// reason). Asks to confirm; --yes in scripts.
///
/// Fees: free to your own bank sources; to anyone else a fixed 1 unit of the transfer's
/// currency (1.00 EUR, 1 JPY, 1.000 KWD). Limits count the base-currency value, fee included,
/// like payments; freeze, maintenance, risk rules and `sandbox rail bank --down` apply.
/// The IBAN is checked like `source add bank` and stored encrypted; it is only ever shown
/// masked (DE89 •••• 3000). Sandbox: DE40100000000000000666 is refused by the bank
/// (invalid_source_details) and DE50100000000000000777 is returned at settlement.
///
/// Examples:
///   okpay transfer 250.00 --to src_01J…                    (to your own bank account)
///   okpay transfer 80 --currency EUR --to "DE89 3704 0044 0532 0130 00" --name "Max Mustermann" --memo rent
///
/// JSON: {"transaction": {…, "kind": "transfer", "status": "pending", "fee", "available_at",
/// "recipient": {"name", "account", "own"}}}
#[derive(Debug, Args)]
pub struct TransferArgs {
    /// How much the recipient gets (the fee is taken from your balance on top)
    #[arg(value_name = "AMOUNT")]
    pub amount: String,
    /// The currency [default: the source's, or the base currency for an IBAN]
    #[arg(long, value_name = "CUR")]
    pub currency: Option<String>,
    /// Your bank source (id, unique id prefix or label), or someone else's IBAN (with --name)
    #[arg(long, value_name = "SOURCE|IBAN")]
    pub to: String,
    /// The account holder's name (required with an IBAN)
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// A note for your records (at most 200 characters)
    #[arg(long, value_name = "TEXT")]
    pub memo: Option<String>,
    /// Make the request safe to repeat: the same key replays the first outcome
    #[arg(long, value_name = "KEY")]
    pub idempotency_key: Option<String>,
}

pub fn run(ctx: &Ctx, args: TransferArgs) -> Result<()> {
    let request = TransferRequest {
        amount: args.amount.clone(),
        currency: args.currency.as_deref().map(Currency::parse).transpose()?,
        to: args.to.clone(),
        name: args.name.clone(),
        memo: args.memo.clone(),
    };
    let mut wallet = ctx.open()?;
    let prepared = match wallet
        .topups()
        .prepare_transfer(&request, args.idempotency_key.as_deref())
    {
        Ok(p) => p,
        // An unknown source is the destination stage, after unlock, frozen and maintenance.
        Err(e) if e.code == crate::error::Code::NotFound => {
            unlock(ctx, &mut wallet)?;
            wallet.check_open()?;
            return Err(e);
        }
        Err(e) => return Err(e),
    };
    if let Some(tx) = wallet.topups().replay_transfer(&prepared)? {
        return print(ctx, &wallet, &tx);
    }
    // A password given for this run is a step-up: it answers a risk challenge.
    let mut proof = credentials::unlock_stepping_up(ctx, &mut wallet)?;
    // With --yes there is no confirmation to inform: the write runs every check itself.
    if !ctx.yes {
        match wallet.topups().check_transfer(&prepared, proof.as_ref())? {
            Check::Confirm(quote) => {
                if ctx.interactive {
                    errout!("{}", show_quote(ctx, &wallet, &quote));
                }
                confirm(ctx, "prompt.confirm_transfer")?;
            }
            Check::Challenge(assessment) => {
                if !super::pay::can_answer(ctx, &wallet) {
                    return Err(wallet.risk_challenge_error(&assessment));
                }
                super::pay::answer(ctx, &mut wallet, &mut proof)?;
                if let Check::Confirm(quote) =
                    wallet.topups().check_transfer(&prepared, proof.as_ref())?
                {
                    if ctx.interactive {
                        errout!("{}", show_quote(ctx, &wallet, &quote));
                    }
                    confirm(ctx, "prompt.confirm_transfer")?;
                }
            }
            // A decline is recorded without asking: nothing moves.
            Check::Decline => {}
        }
    }
    wallet.next_write_is_last();
    let tx = match wallet
        .unlocked()?
        .transfers()
        .execute(&prepared, proof.as_ref())
    {
        // A risk challenge met inside the write (with --yes): answer it and go again.
        Err(e) if is_risk_challenge(&e) && super::pay::can_answer(ctx, &wallet) => {
            super::pay::answer(ctx, &mut wallet, &mut proof)?;
            wallet.next_write_is_last();
            wallet
                .unlocked()?
                .transfers()
                .execute(&prepared, proof.as_ref())?
        }
        outcome => outcome?,
    };
    print(ctx, &wallet, &tx)
}

/// The confirmation screen: where to, amount, fee, what leaves the balance, when it arrives.
fn show_quote(ctx: &Ctx, wallet: &Wallet, q: &Quote) -> String {
    let l = ctx.lang;
    let cur = q.amount.currency().code();
    let to = if q.own {
        format!("{} ({})", q.to, t(l, "transfer.own"))
    } else {
        format!("{} — {}", q.to, q.holder)
    };
    let rows = vec![
        (t(l, "transfer.field.to"), to),
        (t(l, "field.amount"), format!("{} {cur}", q.amount)),
        (t(l, "field.fee"), format!("{} {cur}", q.fee)),
        (t(l, "transfer.field.total"), format!("{} {cur}", q.total)),
        (
            t(l, "transfer.field.balance_after"),
            format!("{} {cur}", q.balance_after),
        ),
        (
            t(l, "field.arrives"),
            clock::local(q.available_at, wallet.zone()),
        ),
    ];
    format!("{}\n{}", t(l, "transfer.confirm_title"), key_values(&rows))
}

fn print(ctx: &Ctx, wallet: &Wallet, tx: &TxView) -> Result<()> {
    if ctx.json {
        ctx.print_json(&json!({ "transaction": tx }));
    } else if ctx.quiet {
        outln!("{}", tx.id);
    } else {
        let to = tx
            .extra
            .get("recipient")
            .and_then(|r| r.get("account"))
            .and_then(|a| a.as_str())
            .unwrap_or_default()
            .to_string();
        let amount = format!("{} {}", tx.amount, tx.currency);
        let mut line = tr(
            ctx.lang,
            "transfer.pending",
            &[("amount", &amount), ("to", &to), ("id", &tx.id)],
        );
        if tx.replayed {
            line = format!("{line} {}", t(ctx.lang, "topup.replayed"));
        }
        outln!("{line}");
        out!("{}", receipt::render(ctx, wallet, tx));
    }
    Ok(())
}
