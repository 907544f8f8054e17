//! `okpay source add|list|remove|providers`.

use serde_json::json;

use super::args::{CardType, SourceAddKind, SourceArgs, SourceCommand};
use super::context::Ctx;
use super::credentials::{credential, second_factor, unlock};
use super::messages::{t, tr};
use super::prompt;
use super::render::{key_values, table};
use crate::error::Result;
use crate::funding::bank::{check_account_number, check_bank_name, CheckedIban};
use crate::funding::card::{CardNumber, Expiry};
use crate::funding::source::{
    check_account_id, check_email, check_name, BankAccount, NewSource, SourceView,
};
use crate::funding::{percent, PROVIDERS};
use crate::money::Currency;

pub fn run(ctx: &Ctx, args: SourceArgs) -> Result<()> {
    match args.command {
        SourceCommand::Add(a) => add(ctx, a.kind),
        SourceCommand::List(a) => list(ctx, a.all),
        SourceCommand::Remove(a) => remove(ctx, &a.id),
        SourceCommand::Providers => providers(ctx),
    }
}

fn currency(text: &Option<String>) -> Result<Option<Currency>> {
    text.as_deref().map(Currency::parse).transpose()
}

fn add(ctx: &Ctx, kind: SourceAddKind) -> Result<()> {
    // Flags are checked before anything is read or unlocked.
    let mut wallet = ctx.open()?;
    let (new, cur, label) = match kind {
        SourceAddKind::Card(a) => {
            let holder = check_name(&a.holder, "holder")?;
            let expiry = Expiry::parse(&a.expiry)?;
            expiry.check_not_past(wallet.now(), wallet.zone())?;
            let cur = currency(&a.currency)?;
            let (number, cvc) = if a.details_stdin {
                // The password line (if any) comes first; all of stdin is read and the card
                // checked before the unlock is tried.
                let credential = credential(ctx)?;
                let number = ctx.read_stdin_line("err.stdin.empty_card_number")?;
                let cvc = ctx.read_stdin_line("err.stdin.empty_cvc")?;
                ctx.refuse_stdin_rest("err.stdin.extra_lines")?;
                let number = CardNumber::parse(&number)?;
                wallet.unlock(credential)?;
                (number, cvc)
            } else {
                unlock(ctx, &mut wallet)?;
                let number = prompt::secret(ctx, "prompt.card_number")?;
                let cvc = prompt::secret(ctx, "prompt.cvc")?;
                (CardNumber::parse(&number)?, cvc)
            };
            let credit = a.card_type == CardType::Credit;
            (
                NewSource::Card {
                    holder,
                    expiry,
                    credit,
                    number,
                    cvc,
                },
                cur,
                a.label,
            )
        }
        SourceAddKind::Bank(a) => {
            let holder = check_name(&a.holder, "holder")?;
            let account = match (&a.iban, &a.account, &a.bank) {
                (Some(iban), _, _) => BankAccount::Iban(CheckedIban::parse(iban)?),
                (None, Some(number), Some(bank)) => BankAccount::Domestic {
                    number: check_account_number(number)?,
                    bank: check_bank_name(bank)?,
                },
                _ => return Err(crate::error::Error::invalid("err.bank.account_missing")),
            };
            let cur = currency(&a.currency)?;
            unlock(ctx, &mut wallet)?;
            (NewSource::Bank { holder, account }, cur, a.label)
        }
        SourceAddKind::Platform(a) => {
            crate::funding::provider(&a.provider, crate::funding::SourceKind::Platform)?;
            let account_id = check_account_id(&a.account)?;
            let cur = currency(&a.currency)?;
            unlock(ctx, &mut wallet)?;
            (
                NewSource::Platform {
                    provider: a.provider,
                    account_id,
                },
                cur,
                a.label,
            )
        }
        SourceAddKind::ThirdParty(a) => {
            crate::funding::provider(&a.provider, crate::funding::SourceKind::ThirdParty)?;
            let email = check_email(&a.email)?;
            let cur = currency(&a.currency)?;
            unlock(ctx, &mut wallet)?;
            (
                NewSource::ThirdParty {
                    provider: a.provider,
                    email,
                },
                cur,
                a.label,
            )
        }
    };
    // Once 2FA is on, adding a source needs a code even inside a session.
    second_factor(ctx, &mut wallet)?;
    let view = wallet.unlocked()?.funding().add_source(new, cur, label)?;
    if ctx.json {
        ctx.print_json(&json!({ "source": view }));
    } else if ctx.quiet {
        outln!("{}", view.id);
    } else {
        outln!(
            "{}",
            tr(
                ctx.lang,
                "source.added",
                &[("id", &view.id), ("masked", &view.masked)]
            )
        );
        out!("{}", describe(ctx, &view));
    }
    Ok(())
}

/// The kind of a source in words; a card says whether it is a debit or a credit card.
fn kind_words(l: super::messages::Lang, s: &SourceView) -> String {
    match s.card_type.as_deref() {
        Some(card @ ("debit" | "credit")) if s.kind == "card" => {
            t(l, &format!("source.card_type.{card}"))
        }
        _ => t(l, &format!("source_kind.{}", s.kind)),
    }
}

/// A source as labelled lines.
pub fn describe(ctx: &Ctx, s: &SourceView) -> String {
    let l = ctx.lang;
    let mut rows = vec![
        (t(l, "field.id"), s.id.clone()),
        (t(l, "field.source_kind"), kind_words(l, s)),
        (t(l, "field.account"), s.masked.clone()),
        (t(l, "field.currency"), s.currency.clone()),
        (t(l, "field.fee_rate"), format!("{}%", s.fee_percent)),
    ];
    if let Some(h) = &s.holder {
        rows.push((t(l, "field.holder"), h.clone()));
    }
    if let Some(e) = &s.expiry {
        rows.push((t(l, "field.expiry"), e.clone()));
    }
    if let Some(label) = &s.label {
        rows.push((t(l, "field.label"), label.clone()));
    }
    key_values(&rows)
}

fn list(ctx: &Ctx, all: bool) -> Result<()> {
    let wallet = ctx.open_read_only()?;
    let sources = wallet.topups().sources(all)?;
    if ctx.json {
        ctx.print_json(&json!({ "sources": sources }));
        return Ok(());
    }
    if ctx.quiet {
        for s in &sources {
            outln!("{}", s.id);
        }
        return Ok(());
    }
    if sources.is_empty() {
        outln!("{}", t(ctx.lang, "source.none"));
        return Ok(());
    }
    let l = ctx.lang;
    let mut tbl = table(vec![
        t(l, "field.id"),
        t(l, "field.source_kind"),
        t(l, "field.account"),
        t(l, "field.currency"),
        t(l, "field.fee_rate"),
        t(l, "field.label"),
    ]);
    for s in &sources {
        let mut account = s.masked.clone();
        if s.removed_at.is_some() {
            account = format!("{account} ({})", t(l, "source.removed"));
        }
        tbl.add_row(vec![
            s.id.clone(),
            kind_words(l, s),
            account,
            s.currency.clone(),
            format!("{}%", s.fee_percent),
            s.label.clone().unwrap_or_default(),
        ]);
    }
    tbl.id_column(0)
        .whole(2)
        .whole(3)
        .whole(4)
        .print(ctx, Some(&wallet))
}

fn remove(ctx: &Ctx, id: &str) -> Result<()> {
    crate::text::refuse_hidden(id, "id")?;
    let mut wallet = ctx.open()?;
    let id = super::ids::or_unknown(wallet.ids().source(id), id)?;
    unlock(ctx, &mut wallet)?;
    let view = wallet.unlocked()?.funding().remove_source(&id)?;
    if ctx.json {
        ctx.print_json(&json!({ "source": view }));
    } else if ctx.quiet {
        outln!("{}", view.id);
    } else {
        outln!(
            "{}",
            tr(
                ctx.lang,
                "source.removed_done",
                &[("id", &view.id), ("masked", &view.masked)]
            )
        );
    }
    Ok(())
}

fn providers(ctx: &Ctx) -> Result<()> {
    let list: Vec<serde_json::Value> = PROVIDERS
        .iter()
        .map(|p| json!({"id": p.id, "name": p.name, "kind": p.kind.as_str(), "fee_percent": percent(p.fee_bp)}))
        .collect();
    if ctx.json {
        ctx.print_json(&json!({ "providers": list }));
        return Ok(());
    }
    if ctx.quiet {
        for p in PROVIDERS {
            outln!("{}", p.id);
        }
        return Ok(());
    }
    let l = ctx.lang;
    let mut tbl = table(vec![
        t(l, "field.id"),
        t(l, "field.name"),
        t(l, "field.source_kind"),
        t(l, "field.fee_rate"),
    ]);
    for p in PROVIDERS {
        tbl.add_row(vec![
            p.id.to_string(),
            p.name.to_string(),
            t(l, &format!("source_kind.{}", p.kind.as_str())),
            format!("{}%", percent(p.fee_bp)),
        ]);
    }
    outln!("{}", tbl.text(ctx));
    outln!("{}", t(l, "source.fee_note"));
    Ok(())
}
