//! `okpay login`, `okpay logout` and `okpay status`.

use serde_json::json;

use super::args::{LoginArgs, LogoutArgs};
use super::context::Ctx;
use super::credentials::{password, session_token};
use super::messages::{t, tr};
use super::render::{key_values, Paint};
use crate::clock;
use crate::error::Result;

pub fn login(ctx: &Ctx, args: LoginArgs) -> Result<()> {
    let ttl = clock::parse_duration(&args.ttl)?;
    // Arguments are checked before any credential is asked for.
    if ttl <= jiff::SignedDuration::ZERO || ttl > crate::wallet::SESSION_TTL_MAX {
        return Err(crate::error::Error::invalid("err.session.ttl").arg("max", "12h"));
    }
    // The stored username is NFC (see `init`); a malformed one is refused before unlocking.
    let username = args
        .username
        .as_deref()
        .map(|u| crate::wallet::check_username(u).map(|()| crate::text::nfc(u)))
        .transpose()?;
    let mut wallet = ctx.open()?;
    // Typed at a terminal, a wrong password is asked again (three tries in all, each counted).
    let prompted = super::credentials::password_would_prompt(ctx);
    let mut tries = 1;
    let (token, expires) = loop {
        let password = password(ctx)?;
        match wallet.login(username.as_deref(), &password, ttl) {
            Ok(done) => break done,
            Err(e)
                if prompted
                    && e.code == crate::error::Code::AuthFailed
                    && tries < super::credentials::PROMPT_TRIES =>
            {
                tries += 1;
                errln!("{}", t(ctx.lang, "prompt.password_wrong"));
            }
            Err(e) => return Err(e),
        }
    };
    let expires_at = clock::rfc3339(expires);
    if ctx.json {
        ctx.print_json(&json!({ "session": token.as_str(), "expires_at": expires_at }));
    } else if args.raw || ctx.quiet {
        outln!("{}", token.as_str());
    } else {
        outln!("export OKPAY_SESSION={}", token.as_str());
        let until = clock::local(expires, wallet.zone());
        errln!("{}", tr(ctx.lang, "login.hint", &[("until", &until)]));
    }
    Ok(())
}

pub fn logout(ctx: &Ctx, args: LogoutArgs) -> Result<()> {
    let mut wallet = ctx.open()?;
    let token = session_token();
    let revoked = wallet.logout(token.as_deref(), args.all)?;
    if ctx.json {
        ctx.print_json(&json!({ "revoked": revoked }));
    } else if ctx.quiet {
        outln!("{revoked}");
    } else {
        outln!(
            "{}",
            tr(ctx.lang, "logout.done", &[("count", &revoked.to_string())])
        );
        if !args.all {
            errln!("{}", t(ctx.lang, "logout.hint"));
        }
    }
    Ok(())
}

pub fn status(ctx: &Ctx) -> Result<()> {
    let wallet = ctx.open_read_only()?;
    let warnings = super::verify::read_warnings(ctx, &wallet)?;
    let info = wallet.status(session_token().as_deref())?;
    if ctx.json {
        let mut doc = json!({ "status": info });
        if !warnings.is_empty() {
            doc["warnings"] = serde_json::Value::Array(warnings);
        }
        ctx.print_json(&doc);
        return Ok(());
    }
    let l = ctx.lang;
    if ctx.quiet {
        outln!("{}", if info.unlocked { "unlocked" } else { "locked" });
        return Ok(());
    }
    let zone = wallet.zone();
    let (now, wallet_window) = (wallet.now(), wallet.desk().maintenance_window()?);
    let when = |s: &Option<String>| {
        s.as_deref()
            .and_then(|v| v.parse::<jiff::Timestamp>().ok())
            .map(|at| clock::local(at, zone))
            .unwrap_or_default()
    };
    let lock = if info.unlocked {
        ctx.paint(
            Paint::Good,
            &tr(
                l,
                "status.unlocked_until",
                &[("until", &when(&info.session_expires_at))],
            ),
        )
    } else {
        t(l, "status.locked")
    };
    let yes_no = |b: bool| if b { t(l, "word.yes") } else { t(l, "word.no") };
    let mut rows = vec![
        (t(l, "field.wallet"), info.wallet.clone()),
        (t(l, "field.username"), info.username.clone()),
        (t(l, "field.state"), lock),
        (t(l, "field.base_currency"), info.base_currency.clone()),
        (t(l, "field.time_zone"), info.time_zone.clone()),
        (t(l, "field.now"), when(&Some(info.now.clone()))),
        (t(l, "field.sandbox"), yes_no(info.sandbox)),
        (t(l, "field.sessions"), info.sessions.to_string()),
        (t(l, "field.transactions"), info.transactions.to_string()),
        (t(l, "field.rails"), t(l, "status.rails_simulated")),
    ];
    if info.locked_out {
        rows.push((
            t(l, "field.locked_out"),
            ctx.paint(Paint::Error, &when(&info.locked_until)),
        ));
    }
    if info.frozen {
        rows.push((
            t(l, "field.frozen"),
            ctx.paint(Paint::Error, &t(l, "word.yes")),
        ));
    }
    if !info.rails_down.is_empty() {
        let down: Vec<String> = info
            .rails_down
            .iter()
            .map(|k| t(l, &format!("source_kind.{k}")))
            .collect();
        rows.push((
            t(l, "field.rails_down"),
            ctx.paint(Paint::Warn, &super::messages::list(l, &down)),
        ));
    }
    if let Some(window) = wallet_window {
        // Scheduled, in progress or ended, with its start and expected end.
        let text = super::support::window_text(l, &window, now, zone);
        let text = if info.maintenance {
            ctx.paint(Paint::Warn, &text)
        } else {
            text
        };
        rows.push((t(l, "field.maintenance"), text));
    }
    let anchor = t(l, &format!("status.anchor.{}", info.anchor));
    let anchor = match info.anchor {
        "rolled_back" | "diverged" => ctx.paint(Paint::Error, &anchor),
        "missing" => ctx.paint(Paint::Warn, &anchor),
        _ => anchor,
    };
    rows.push((t(l, "field.anchor"), anchor));
    let backup = match &info.last_backup_at {
        Some(_) => when(&info.last_backup_at),
        None => t(l, "status.backup_never"),
    };
    rows.push((t(l, "field.last_backup"), backup));
    if info.password_old {
        let set = when(&Some(info.password_set_at.clone()));
        rows.push((
            t(l, "field.password"),
            ctx.paint(
                Paint::Warn,
                &tr(l, "status.password_old", &[("since", &set)]),
            ),
        ));
    }
    out!("{}", key_values(&rows));
    Ok(())
}
