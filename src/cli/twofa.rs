//! `okpay 2fa`: enable, confirm, status, disable, recovery codes.

use serde_json::json;
use zeroize::Zeroizing;

use super::args::{TwoFaArgs, TwoFaCommand};
use super::context::Ctx;
use super::credentials::{step_up, unlock};
use super::messages::{t, tr};
use super::render::key_values;
use crate::error::Result;

pub fn run(ctx: &Ctx, args: TwoFaArgs) -> Result<()> {
    match args.command {
        TwoFaCommand::Enable(a) => enable(ctx, a.qr_png.as_deref()),
        TwoFaCommand::Confirm(a) => confirm(ctx, &a.code),
        TwoFaCommand::Status => status(ctx),
        TwoFaCommand::Disable => disable(ctx),
        TwoFaCommand::RecoveryCodes(_) => regenerate(ctx),
    }
}

fn enable(ctx: &Ctx, qr_png: Option<&std::path::Path>) -> Result<()> {
    let mut wallet = ctx.open()?;
    unlock(ctx, &mut wallet)?;
    let setup = wallet.unlocked()?.twofa().enable()?;
    if let Some(path) = qr_png {
        super::qr::write_png(&setup.otpauth_uri, path)?;
    }
    if ctx.json {
        ctx.print_json(&json!({ "otpauth_uri": setup.otpauth_uri, "secret": setup.secret }));
        return Ok(());
    }
    if ctx.quiet {
        outln!("{}", setup.otpauth_uri);
        return Ok(());
    }
    let l = ctx.lang;
    outln!("{}", t(l, "2fa.enable.scan"));
    outln!();
    out!("{}", super::qr::terminal(&setup.otpauth_uri, ctx.color)?);
    outln!();
    outln!(
        "{}",
        tr(l, "2fa.enable.secret", &[("secret", &setup.secret_grouped)])
    );
    outln!(
        "{}",
        tr(l, "2fa.enable.uri", &[("uri", &setup.otpauth_uri)])
    );
    if let Some(path) = qr_png {
        let path = path.display().to_string();
        outln!("{}", tr(l, "2fa.enable.png", &[("path", &path)]));
    }
    outln!();
    outln!("{}", t(l, "2fa.enable.next"));
    Ok(())
}

fn confirm(ctx: &Ctx, code: &str) -> Result<()> {
    let mut wallet = ctx.open()?;
    unlock(ctx, &mut wallet)?;
    let codes = wallet.unlocked()?.twofa().confirm(code)?;
    print_codes(ctx, "2fa.confirmed", &codes);
    Ok(())
}

fn regenerate(ctx: &Ctx) -> Result<()> {
    let mut wallet = ctx.open()?;
    let proof = step_up(ctx, &mut wallet)?;
    let codes = wallet.unlocked()?.twofa().regenerate_codes(&proof)?;
    print_codes(ctx, "2fa.regenerated", &codes);
    Ok(())
}

fn print_codes(ctx: &Ctx, heading: &str, codes: &[Zeroizing<String>]) {
    let list: Vec<&str> = codes.iter().map(|c| c.as_str()).collect();
    if ctx.json {
        ctx.print_json(&json!({ "recovery_codes": list }));
        return;
    }
    if !ctx.quiet {
        outln!("{}", t(ctx.lang, heading));
        outln!();
    }
    for code in list {
        outln!("    {code}");
    }
    if !ctx.quiet {
        outln!();
        outln!("{}", t(ctx.lang, "2fa.recovery_codes.keep"));
    }
}

fn status(ctx: &Ctx) -> Result<()> {
    let wallet = ctx.open_read_only()?;
    let s = wallet.twofa_status()?;
    if ctx.json {
        ctx.print_json(&json!({ "2fa": s }));
        return Ok(());
    }
    let l = ctx.lang;
    if ctx.quiet {
        outln!("{}", if s.enabled { "on" } else { "off" });
        return Ok(());
    }
    let state = match (s.enabled, s.pending) {
        (true, _) => t(l, "2fa.state.on"),
        (false, true) => t(l, "2fa.state.pending"),
        (false, false) => t(l, "2fa.state.off"),
    };
    let mut rows = vec![(t(l, "field.2fa"), state)];
    if s.enabled {
        rows.push((
            t(l, "field.recovery_codes_left"),
            s.recovery_codes_left.to_string(),
        ));
    }
    out!("{}", key_values(&rows));
    if !s.enabled {
        outln!("{}", t(l, "2fa.status.advice"));
    }
    Ok(())
}

fn disable(ctx: &Ctx) -> Result<()> {
    let mut wallet = ctx.open()?;
    let proof = step_up(ctx, &mut wallet)?;
    wallet.unlocked()?.twofa().disable(&proof)?;
    if ctx.json {
        ctx.print_json(&json!({ "2fa": { "enabled": false } }));
    } else if !ctx.quiet {
        outln!("{}", t(ctx.lang, "2fa.disabled"));
    }
    Ok(())
}
