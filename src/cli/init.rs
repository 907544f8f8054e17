//! `okpay init`: create the wallet file.

use serde_json::json;

use super::args::InitArgs;
use super::context::Ctx;
use super::credentials::{password, prompt_new_password};
use super::messages::{t, tr};
use super::render::key_values;
use crate::auth::password::{check_policy, Password};
use crate::error::{Error, Result};
use crate::money::Currency;
use crate::wallet::{InitOptions, Wallet};

pub fn run(ctx: &Ctx, args: InitArgs) -> Result<()> {
    let username = match args.username {
        Some(u) => u,
        None => std::env::var("USER")
            .ok()
            .filter(|u| !u.is_empty())
            .unwrap_or_else(|| "okpay".to_string()),
    };
    crate::wallet::check_username(&username)?;
    let username = crate::text::nfc(&username);
    let base_currency = Currency::parse(&args.base_currency)?;
    let time_zone = match args.tz {
        Some(zone) => zone,
        None => system_zone(),
    };
    crate::clock::parse_zone(&time_zone)?;
    if ctx.db.exists() {
        return Err(
            Error::new(crate::error::Code::AlreadyExists, "err.wallet.exists")
                .arg_detail("path", ctx.db.display()),
        );
    }
    let password = new_password(ctx, &username)?;
    let options = InitOptions {
        username,
        base_currency,
        sandbox: args.sandbox,
        time_zone,
        password,
    };
    let mut wallet = Wallet::init(&ctx.db, options, jiff::Timestamp::now())?;
    if let Some(file) = super::context::anchor_file() {
        wallet.set_anchor_file(file);
        wallet.integrity().anchor_new()?;
    }
    let info = wallet.info();
    if ctx.json {
        ctx.print_json(&json!({ "wallet": info }));
    } else if ctx.quiet {
        outln!("{}", info.path);
    } else {
        let l = ctx.lang;
        outln!("{}", tr(l, "init.created", &[("path", &info.path)]));
        let sandbox = if info.sandbox {
            t(l, "word.yes")
        } else {
            t(l, "word.no")
        };
        out!(
            "{}",
            key_values(&[
                (t(l, "field.username"), info.username.clone()),
                (t(l, "field.base_currency"), info.base_currency.clone()),
                (t(l, "field.time_zone"), info.time_zone.clone()),
                (t(l, "field.sandbox"), sandbox),
            ])
        );
        outln!("{}", t(l, "init.next"));
    }
    Ok(())
}

/// The new password: from stdin or a file, or asked twice on a terminal; checked against the
/// policy before anything is written.
fn new_password(ctx: &Ctx, username: &str) -> Result<Password> {
    let explicit = ctx.password_stdin || ctx.password_file.is_some();
    if !explicit && ctx.interactive {
        return prompt_new_password(ctx, username);
    }
    let p = password(ctx)?;
    check_policy(&p, Some(username))?;
    Ok(p)
}

/// The system's IANA zone name, or UTC when it cannot be told.
fn system_zone() -> String {
    jiff::tz::TimeZone::system()
        .iana_name()
        .map(str::to_string)
        .unwrap_or_else(|| "UTC".to_string())
}
