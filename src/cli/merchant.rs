//! `okpay merchant add|list|block|unblock`.

use serde_json::json;

use super::args::{MerchantAddArgs, MerchantArgs, MerchantCommand};
use super::context::Ctx;
use super::credentials::unlock;
use super::messages::{t, tr};
use super::render::table;
use crate::error::Result;
use crate::money::Currency;
use crate::payments::merchant::{check_name, MerchantView, NewMerchant};

pub fn run(ctx: &Ctx, args: MerchantArgs) -> Result<()> {
    match args.command {
        MerchantCommand::Add(a) => add(ctx, a),
        MerchantCommand::List => list(ctx),
        MerchantCommand::Block { merchant } => block(ctx, &merchant, true),
        MerchantCommand::Unblock { merchant } => block(ctx, &merchant, false),
    }
}

fn add(ctx: &Ctx, args: MerchantAddArgs) -> Result<()> {
    let new = NewMerchant {
        name: check_name(&args.name, "name")?,
        accepts_okpay: !args.no_okpay,
        category: args
            .category
            .as_deref()
            .map(|c| check_name(c, "category"))
            .transpose()?,
        currencies: args
            .currencies
            .iter()
            .map(|c| Currency::parse(c))
            .collect::<Result<Vec<_>>>()?,
        verify_key: args
            .verify_key
            .as_deref()
            .map(super::request::read_verify_key)
            .transpose()?,
    };
    let mut wallet = ctx.open()?;
    unlock(ctx, &mut wallet)?;
    let view = wallet.unlocked()?.payments().add_merchant(&new)?;
    show_one(ctx, &view, "merchant.added")
}

fn block(ctx: &Ctx, merchant: &str, blocked: bool) -> Result<()> {
    // Names are stored in NFC: look one up in the same form.
    let merchant = check_name(merchant, "name")?;
    let mut wallet = ctx.open()?;
    let merchant = super::ids::or_unknown(wallet.ids().merchant(&merchant), &merchant)?;
    let merchant = merchant.as_str();
    unlock(ctx, &mut wallet)?;
    let view = wallet
        .unlocked()?
        .payments()
        .block_merchant(merchant, blocked)?;
    show_one(
        ctx,
        &view,
        if blocked {
            "merchant.blocked"
        } else {
            "merchant.unblocked"
        },
    )
}

fn show_one(ctx: &Ctx, view: &MerchantView, key: &str) -> Result<()> {
    if ctx.json {
        ctx.print_json(&json!({ "merchant": view }));
    } else if ctx.quiet {
        outln!("{}", view.id);
    } else {
        outln!(
            "{}",
            tr(ctx.lang, key, &[("name", &view.name), ("id", &view.id)])
        );
    }
    Ok(())
}

fn list(ctx: &Ctx) -> Result<()> {
    let wallet = ctx.open_read_only()?;
    let merchants = wallet.checkout().merchants()?;
    if ctx.json {
        ctx.print_json(&json!({ "merchants": merchants }));
        return Ok(());
    }
    if ctx.quiet {
        for m in &merchants {
            outln!("{}", m.id);
        }
        return Ok(());
    }
    let l = ctx.lang;
    if merchants.is_empty() {
        outln!("{}", t(l, "merchant.none"));
        return Ok(());
    }
    let yes_no = |b: bool| if b { t(l, "word.yes") } else { t(l, "word.no") };
    let mut tbl = table(vec![
        t(l, "field.id"),
        t(l, "field.name"),
        t(l, "field.accepts_okpay"),
        t(l, "field.currencies"),
        t(l, "field.category"),
        t(l, "field.state"),
    ]);
    for m in &merchants {
        let currencies = if m.currencies.is_empty() {
            t(l, "merchant.all_currencies")
        } else {
            m.currencies.join(", ")
        };
        let mut state = Vec::new();
        if m.blocked {
            state.push(t(l, "merchant.state_blocked"));
        }
        if m.new {
            state.push(t(l, "merchant.state_new"));
        }
        if m.verify_key.is_some() {
            state.push(t(l, "merchant.state_signed"));
        }
        tbl.add_row(vec![
            m.id.clone(),
            m.name.clone(),
            yes_no(m.accepts_okpay),
            currencies,
            m.category.clone().unwrap_or_default(),
            super::messages::list(l, &state),
        ]);
    }
    tbl.id_column(0).whole(2).print(ctx, Some(&wallet))
}
