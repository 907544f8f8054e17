//! `okpay pay`: choose what to buy, unlock, see and confirm the amount, get a receipt.

use std::io::Read;

use serde_json::json;

use super::args::PayArgs;
use super::context::Ctx;
use super::credentials;
use super::messages::{t, tr};
use super::prompt::confirm;
use super::receipt;
use super::render::{amount_cell, key_values, table};
use crate::error::{Error, Result};
use crate::ledger::view::TxView;
use crate::money::Currency;
use crate::payments::checkout::{is_risk_challenge, PayOptions, Quote};
use crate::payments::request::{self, RawRequest, REQUEST_BYTES_MAX, URI_PREFIX};
use crate::wallet::{PaymentCheck, SteppedUp, Wallet};

pub fn run(ctx: &Ctx, args: PayArgs) -> Result<()> {
    if let Some(input) = &args.batch {
        return super::batch::run(ctx, &args, input);
    }
    let mut wallet = ctx.open()?;
    // Standard input holds the password line first, then the request document.
    // It is read and checked whole before the unlock is tried, so a bad request counts no
    // unlock attempt.
    let stdin_shared = ctx.password_stdin && args.request.as_deref() == Some("-");
    let mut credential = if stdin_shared {
        Some(credentials::credential(ctx)?)
    } else {
        None
    };
    let raw = raw_request(&args)?;
    let mut request = raw.check(wallet.base_currency())?;
    if args.merchant.is_some() {
        // `--merchant` takes an id, a unique prefix or a name; a new name registers a merchant.
        request.merchant = wallet.ids().merchant_or_new(&request.merchant)?;
    }
    let from_currency = args
        .from_currency
        .as_deref()
        .map(Currency::parse)
        .transpose()?;
    let options = PayOptions {
        allow_duplicate: args.allow_duplicate,
        from_currency,
    };
    let prepared =
        wallet
            .checkout()
            .prepare_payment(request, options, args.idempotency_key.as_deref())?;
    if let Some(tx) = wallet.checkout().replay_payment(&prepared)? {
        return print(ctx, &wallet, &tx);
    }
    // At a terminal the confirmation screen comes before the password prompt, so answering
    // no wastes nothing; the checks run again once unlocked, and inside the write.
    let mut confirmed = false;
    if !ctx.yes && ctx.interactive && credential.is_none() {
        if let PaymentCheck::Confirm(quote) = wallet.checkout().preview_payment(&prepared, None)? {
            errout!("{}", show_quote(ctx, &quote, &prepared.request));
            confirm(ctx, "prompt.confirm_pay")?;
            confirmed = true;
        }
    }
    // A password given for this run is a step-up: it answers a risk challenge (a session
    // does not).
    let mut proof = match credential.take() {
        Some(credential) => credentials::unlock_with(&mut wallet, credential)?,
        None => credentials::unlock_stepping_up(ctx, &mut wallet)?,
    };
    // With --yes there is no confirmation to inform: the write runs every check itself.
    if !ctx.yes {
        let mut check = wallet.checkout().check_payment(&prepared, proof.as_ref())?;
        if let PaymentCheck::Challenge(assessment) = &check {
            if !can_answer(ctx, &wallet) {
                wallet
                    .unlocked()?
                    .payments()
                    .note_risk_challenge(&prepared, assessment)?;
                return Err(wallet.risk_challenge_error(assessment));
            }
            answer(ctx, &mut wallet, &mut proof)?;
            check = wallet.checkout().check_payment(&prepared, proof.as_ref())?;
        }
        if let (PaymentCheck::Confirm(quote), false) = (check, confirmed) {
            if ctx.interactive {
                errout!("{}", show_quote(ctx, &quote, &prepared.request));
            }
            confirm(ctx, "prompt.confirm_pay")?;
        }
    }
    wallet.next_write_is_last();
    let tx = match wallet
        .unlocked()?
        .payments()
        .execute(&prepared, proof.as_ref())
    {
        Err(e) if is_risk_challenge(&e) && can_answer(ctx, &wallet) => {
            answer(ctx, &mut wallet, &mut proof)?;
            wallet.next_write_is_last();
            wallet
                .unlocked()?
                .payments()
                .execute(&prepared, proof.as_ref())?
        }
        outcome => outcome?,
    };
    print(ctx, &wallet, &tx)
}

/// Whether the payer can answer a risk challenge in this run: with 2FA on, a one-time code
/// (`--otp`, `OKPAY_OTP`, `--recovery-code`, or a prompt); otherwise the password again
/// (`OKPAY_PASSWORD` or a prompt: `--password-stdin` and `--password-file` unlocked with the
/// password already, which answers it).
pub(super) fn can_answer(ctx: &Ctx, wallet: &Wallet) -> bool {
    if wallet.twofa_on_unverified() {
        ctx.second_factor().is_some() || ctx.interactive
    } else {
        ctx.interactive
            || std::env::var_os(credentials::PASSWORD_VAR).is_some_and(|v| !v.is_empty())
    }
}

/// Answer a risk challenge: a one-time code once 2FA is on, else the password again (a
/// step-up, kept in `proof` for the payment).
pub(super) fn answer(ctx: &Ctx, wallet: &mut Wallet, proof: &mut Option<SteppedUp>) -> Result<()> {
    if wallet.twofa_on_unverified() {
        credentials::second_factor(ctx, wallet)
    } else {
        *proof = Some(credentials::step_up(ctx, wallet)?);
        Ok(())
    }
}

/// The request from flags, a JSON document, a URI or a QR code.
fn raw_request(args: &PayArgs) -> Result<RawRequest> {
    if let Some(image) = &args.qr {
        return request::from_uri(&super::request::scan_image(image)?);
    }
    if let Some(source) = &args.request {
        let text = if source == "-" {
            read_limited(std::io::stdin().lock(), source)?
        } else {
            read_limited(open_request(source)?, source)?
        };
        return request::from_json(&text);
    }
    let uri = args.target.as_deref().filter(|t| request::is_uri(t));
    if let Some(uri) = uri {
        let flags_too = args.merchant.is_some()
            || args.order.is_some()
            || !args.items.is_empty()
            || args.memo.is_some()
            || args.currency.is_some();
        if flags_too {
            return Err(Error::invalid("err.pay.uri_and_flags").arg("prefix", URI_PREFIX));
        }
        return request::from_uri(uri);
    }
    let items = args
        .items
        .iter()
        .map(|i| request::parse_item_flag(i))
        .collect::<Result<Vec<_>>>()?;
    Ok(RawRequest {
        merchant: args.merchant.clone(),
        amount: args.target.clone().map(serde_json::Value::String),
        currency: args.currency.clone(),
        order: args.order.clone(),
        memo: args.memo.clone(),
        items,
        ..RawRequest::default()
    })
}

/// Open `--request PATH`: a missing file or one that is not a regular file (a directory, a
/// FIFO that would block) is `invalid_input` naming the path (CLI.md "Standard input").
fn open_request(path: &str) -> Result<std::fs::File> {
    let unreadable = |e: std::io::Error| {
        let key = if e.kind() == std::io::ErrorKind::NotFound {
            "err.pay.request_missing"
        } else {
            "err.pay.request_unreadable"
        };
        Error::invalid(key)
            .arg_detail("path", path)
            .detail("cause", e.to_string())
    };
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        let (key, cause) = if meta.is_dir() {
            ("err.pay.request_is_dir", "a directory")
        } else {
            ("err.pay.request_not_file", "not a regular file")
        };
        return Err(Error::invalid(key)
            .arg_detail("path", path)
            .detail("cause", cause));
    }
    std::fs::File::open(path).map_err(unreadable)
}

/// Read at most one byte more than a request may have (so an oversized one is seen as such);
/// text that is not UTF-8 is `invalid_input` naming where it came from (`-` is stdin).
fn read_limited(reader: impl Read, path: &str) -> Result<String> {
    let mut bytes = Vec::new();
    let limit = u64::try_from(REQUEST_BYTES_MAX).unwrap_or(u64::MAX) + 1;
    reader.take(limit).read_to_end(&mut bytes).map_err(|e| {
        Error::invalid("err.pay.request_unreadable")
            .arg_detail("path", path)
            .detail("cause", e.to_string())
    })?;
    String::from_utf8(bytes)
        .map_err(|_| Error::invalid("err.pay.request_not_utf8").arg_detail("path", path))
}

/// The confirmation screen: merchant, order, items, total, fee, balance after.
fn show_quote(ctx: &Ctx, q: &Quote, req: &crate::payments::request::PaymentRequest) -> String {
    let l = ctx.lang;
    let cur = q.amount.currency().code();
    let mut merchant = q.merchant.name.clone();
    if q.merchant.new {
        merchant = super::render::paren(l, &merchant, &t(l, "pay.new_merchant"));
    }
    let mut out = format!("{}\n", t(l, "pay.confirm_title"));
    let mut rows = vec![(t(l, "field.merchant"), merchant)];
    if q.merchant.verify_key.is_some() {
        rows.push((t(l, "field.request"), t(l, "pay.signed_request")));
    }
    if let Some(order) = &req.order_id {
        rows.push((t(l, "field.order"), order.clone()));
    }
    out.push_str(&key_values(&rows));
    if !req.items.is_empty() {
        let mut tbl = table(vec![
            t(l, "field.item"),
            t(l, "field.quantity"),
            t(l, "field.unit_price"),
            t(l, "field.line_total"),
        ]);
        for i in &req.items {
            tbl.add_row(vec![
                super::render::Field::from(&i.name),
                amount_cell(i.quantity.to_string()),
                amount_cell(i.unit_price.to_string()),
                amount_cell(i.total.to_string()),
            ]);
        }
        out.push_str(&format!("{}\n", tbl.screen_text(ctx)));
    }
    let mut totals = vec![
        (t(l, "field.total"), format!("{} {cur}", q.amount)),
        (t(l, "field.fee"), format!("{} {cur}", q.fee)),
    ];
    if let Some(fx) = &q.fx {
        totals.extend(super::convert::quote_rows(ctx, fx));
    }
    let after_cur = q.balance_after.currency().code();
    totals.push((
        t(l, "field.balance_after"),
        format!("{} {after_cur}", q.balance_after),
    ));
    if let Some(left) = q.daily_limit_left {
        let text = format!("{left} {}", left.currency().code());
        totals.push((t(l, "field.daily_limit_left"), text));
    }
    out.push_str(&key_values(&totals));
    out
}

fn print(ctx: &Ctx, wallet: &Wallet, tx: &TxView) -> Result<()> {
    if ctx.json {
        let tx = super::risk::word_tx(ctx.lang, tx);
        ctx.print_json(&json!({ "transaction": tx }));
    } else if ctx.quiet {
        outln!("{}", tx.id);
    } else {
        let amount = format!("{} {}", tx.amount, tx.currency);
        let merchant = tx
            .extra
            .get("merchant_name")
            .and_then(|v| v.as_str())
            .unwrap_or_default();
        let mut line = tr(
            ctx.lang,
            "pay.done",
            &[("amount", &amount), ("merchant", merchant)],
        );
        if tx.replayed {
            line = format!("{line} {}", t(ctx.lang, "pay.replayed"));
        }
        outln!("{line}");
        out!("{}", receipt::render(ctx, wallet, tx));
    }
    Ok(())
}
