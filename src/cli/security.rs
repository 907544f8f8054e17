//! `okpay security events|freeze|unfreeze|check`: the security centre.

use serde_json::{json, Value};

use super::args::{SecurityArgs, SecurityCommand, SecurityEventsArgs};
use super::context::Ctx;
use super::credentials::step_up;
use super::messages::{lookup, t, tr, Lang};
use super::render::{table, Paint};
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::wallet::security::{EventsFilter, Finding, FreezeOutcome, SecurityEvent, Severity};

pub fn run(ctx: &Ctx, args: SecurityArgs) -> Result<()> {
    match args.command {
        SecurityCommand::Events(a) => events(ctx, a),
        SecurityCommand::Freeze => freeze(ctx),
        SecurityCommand::Unfreeze => unfreeze(ctx),
        SecurityCommand::Check => check(ctx),
        SecurityCommand::Lockdown(a) => lockdown(ctx, a),
    }
}

fn events(ctx: &Ctx, args: SecurityEventsArgs) -> Result<()> {
    let wallet = ctx.open()?;
    let since = args
        .since
        .as_deref()
        .map(|s| clock::parse_time(s, wallet.zone()))
        .transpose()?;
    let filter = EventsFilter {
        kinds: args.kinds,
        since,
        limit: args.limit,
    };
    let mut events = wallet.security_log().security_events(&filter)?;
    for e in &mut events {
        if let Some(rules) = e.details.get_mut("rules") {
            super::risk::word_rules(ctx.lang, rules);
        }
    }
    if ctx.json {
        ctx.print_json(&json!({ "events": events }));
        return Ok(());
    }
    if ctx.quiet {
        for e in &events {
            outln!("{}", e.id);
        }
        return Ok(());
    }
    let l = ctx.lang;
    if events.is_empty() {
        outln!("{}", t(l, "security.events_none"));
        return Ok(());
    }
    let mut tbl = table(vec![
        t(l, "field.id"),
        t(l, "security.field_time"),
        t(l, "security.field_event"),
        t(l, "security.field_details"),
    ]);
    for e in &events {
        let at = clock::from_ms(e.at_ms)?;
        tbl.add_row(vec![
            e.id.clone(),
            clock::local(at, wallet.zone()),
            kind_words(l, &e.kind),
            summary(e),
        ]);
    }
    tbl.id_column(0).time_column(1).print(ctx, Some(&wallet))
}

/// A kind in the user's language; a kind this okpay has no words for shows as itself.
fn kind_words(l: Lang, kind: &str) -> String {
    let key = format!("security.kind.{kind}");
    match lookup(l, &key) {
        Some(_) => t(l, &key),
        None => kind.to_string(),
    }
}

/// The details on one line: `name=value, …`.
fn summary(e: &SecurityEvent) -> String {
    let Value::Object(map) = &e.details else {
        return e.details.to_string();
    };
    map.iter()
        .map(|(k, v)| match v {
            Value::String(s) => format!("{k}={s}"),
            // A risk decision's rules, by their reasons (worded by `events`).
            Value::Array(rules) if k == "rules" => {
                let reasons: Vec<&str> = rules
                    .iter()
                    .filter_map(|r| r.get("reason").and_then(Value::as_str))
                    .collect();
                format!("{k}=[{}]", reasons.join("; "))
            }
            other => format!("{k}={other}"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn freeze(ctx: &Ctx) -> Result<()> {
    let mut wallet = ctx.open()?;
    let outcome = wallet.freeze()?;
    let changed = outcome == FreezeOutcome::Frozen;
    if ctx.json {
        ctx.print_json(&json!({ "freeze": { "frozen": true, "changed": changed } }));
    } else if ctx.quiet {
        outln!("frozen");
    } else {
        let key = if changed {
            "security.frozen"
        } else {
            "security.already_frozen"
        };
        outln!("{}", t(ctx.lang, key));
        errln!("{}", t(ctx.lang, "security.frozen_hint"));
    }
    Ok(())
}

fn unfreeze(ctx: &Ctx) -> Result<()> {
    let mut wallet = ctx.open()?;
    // A wallet that is not frozen is refused before any password is asked for.
    if !wallet.is_frozen()? {
        return Err(Error::new(Code::InvalidState, "err.security.not_frozen"));
    }
    let proof = step_up(ctx, &mut wallet)?;
    wallet.unlocked()?.security().unfreeze(&proof)?;
    if ctx.json {
        ctx.print_json(&json!({ "freeze": { "frozen": false, "changed": true } }));
    } else if ctx.quiet {
        outln!("unfrozen");
    } else {
        outln!("{}", t(ctx.lang, "security.unfrozen"));
    }
    Ok(())
}

fn check(ctx: &Ctx) -> Result<()> {
    let wallet = ctx.open()?;
    let findings = wallet.security_log().security_check()?;
    let l = ctx.lang;
    if ctx.json {
        let list: Vec<Value> = findings.iter().map(|f| finding_json(l, f)).collect();
        ctx.print_json(&json!({ "findings": list }));
        return Ok(());
    }
    if ctx.quiet {
        for f in &findings {
            outln!("{}", f.code);
        }
        return Ok(());
    }
    if findings.is_empty() {
        outln!("{}", t(l, "security.check_clean"));
        return Ok(());
    }
    for f in &findings {
        let (message, advice) = finding_text(l, f);
        let label = format!("[{}]", t(l, &format!("security.severity.{}", severity(f))));
        let paint = match f.severity {
            Severity::Critical => Paint::Error,
            Severity::Warn => Paint::Warn,
            Severity::Info => Paint::Dim,
        };
        outln!("{} {message} ({})", ctx.paint(paint, &label), f.code);
        outln!("    {advice}");
    }
    Ok(())
}

fn severity(f: &Finding) -> &'static str {
    match f.severity {
        Severity::Critical => "critical",
        Severity::Warn => "warn",
        Severity::Info => "info",
    }
}

/// A finding's message and advice, from `check.<code>` and `check.<code>_advice`.
fn finding_text(l: Lang, f: &Finding) -> (String, String) {
    let values: Vec<(String, String)> = f
        .args
        .iter()
        .map(|(k, v)| {
            let text = match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            (k.clone(), text)
        })
        .collect();
    let args: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let key = format!("check.{}", f.code);
    (tr(l, &key, &args), tr(l, &format!("{key}_advice"), &args))
}

fn finding_json(l: Lang, f: &Finding) -> Value {
    let (message, advice) = finding_text(l, f);
    let mut doc = json!({
        "code": f.code,
        "severity": severity(f),
        "message": message,
        "advice": advice,
    });
    if !f.args.is_empty() {
        doc["details"] = Value::Object(f.args.clone());
    }
    doc
}

/// `security lockdown`: freeze, end every session, change the password, one fresh session,
/// then how to report it. The first two need nothing and happen even if the rest is refused.
fn lockdown(ctx: &Ctx, args: crate::cli::args::SecurityLockdownArgs) -> Result<()> {
    let ttl = crate::clock::parse_duration(&args.ttl)?;
    let mut wallet = ctx.open()?;
    wallet.freeze()?;
    let revoked = wallet.logout(None, true)?;
    let (current, new) = super::password::passwords(ctx, wallet.username())?;
    super::credentials::offer_second_factor(ctx, &mut wallet)?;
    let mut bar = super::progress::Bar::new(ctx, "password.progress");
    let changed =
        wallet.change_password(&current, &new, args.rotate_key, None, &mut |done, total| {
            bar.update(done, total)
        });
    bar.finish();
    let (changed, proof) = changed?;
    let (token, expires) =
        wallet
            .unlocked()?
            .security()
            .new_session(ttl, "lockdown_session", &proof)?;
    let expires_at = crate::clock::rfc3339(expires);
    if ctx.json {
        ctx.print_json(&serde_json::json!({
            "lockdown": {
                "frozen": true,
                "sessions_revoked": revoked,
                "password_changed": true,
                "key_rotated": changed.key_rotated,
            },
            "session": token.as_str(),
            "expires_at": expires_at,
        }));
        return Ok(());
    }
    if args.raw || ctx.quiet {
        outln!("{}", token.as_str());
    } else {
        outln!("export OKPAY_SESSION={}", token.as_str());
    }
    if !ctx.quiet {
        let l = ctx.lang;
        let n = revoked.to_string();
        errln!("{}", t(l, "lockdown.frozen"));
        errln!("{}", tr(l, "lockdown.revoked", &[("count", &n)]));
        errln!("{}", t(l, "lockdown.password"));
        errln!("{}", t(l, "lockdown.report"));
    }
    Ok(())
}
