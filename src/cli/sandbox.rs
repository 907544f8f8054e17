//! `okpay sandbox …`: the test controls of sandbox wallets.

use serde_json::json;

use super::args::{
    ClockAction, RailKindArg, SandboxArgs, SandboxCommand, SandboxMaintenanceArgs, SandboxRailArgs,
    SandboxSourceArgs,
};
use super::context::Ctx;
use super::credentials::unlock;
use super::messages::{t, tr};
use crate::clock;
use crate::error::Result;

pub fn run(ctx: &Ctx, args: SandboxArgs) -> Result<()> {
    match args.command {
        SandboxCommand::Clock(c) => clock_command(ctx, c.action.unwrap_or(ClockAction::Show)),
        SandboxCommand::Source(a) => source_balance(ctx, a),
        SandboxCommand::Rail(a) => rail(ctx, a),
        SandboxCommand::Maintenance(a) => maintenance(ctx, a),
        SandboxCommand::Generate(a) => generate(ctx, a.transactions),
    }
}

fn generate(ctx: &Ctx, count: u64) -> Result<()> {
    let mut wallet = ctx.open()?;
    wallet.sandbox_clock()?;
    unlock(ctx, &mut wallet)?;
    let mut bar = super::progress::Bar::new(ctx, "ui.progress.generate");
    let made = wallet
        .unlocked()?
        .sandbox()
        .generate(count, &mut |done, total| bar.update(done, total));
    bar.finish();
    let made = made?;
    if ctx.json {
        ctx.print_json(&json!({ "generated": made }));
    } else if ctx.quiet {
        outln!("{made}");
    } else {
        outln!(
            "{}",
            tr(
                ctx.lang,
                "sandbox.generated",
                &[("count", &made.to_string())]
            )
        );
    }
    Ok(())
}

fn source_balance(ctx: &Ctx, args: SandboxSourceArgs) -> Result<()> {
    let mut wallet = ctx.open()?;
    wallet.sandbox_clock()?;
    let id = super::ids::or_unknown(wallet.ids().source(&args.id), &args.id)?;
    unlock(ctx, &mut wallet)?;
    let view = wallet
        .unlocked()?
        .sandbox()
        .source_balance(&id, &args.balance)?;
    if ctx.json {
        ctx.print_json(&json!({ "source": view }));
    } else if ctx.quiet {
        outln!("{}", view.simulated_balance);
    } else {
        let balance = format!("{} {}", view.simulated_balance, view.currency);
        outln!(
            "{}",
            tr(
                ctx.lang,
                "sandbox.source_balance",
                &[("id", &view.id), ("balance", &balance)]
            )
        );
    }
    Ok(())
}

fn rail(ctx: &Ctx, args: SandboxRailArgs) -> Result<()> {
    use crate::funding::SourceKind;
    let kind = match args.kind {
        RailKindArg::Card => SourceKind::Card,
        RailKindArg::Bank => SourceKind::Bank,
        RailKindArg::Platform => SourceKind::Platform,
        RailKindArg::ThirdParty => SourceKind::ThirdParty,
    };
    let mut wallet = ctx.open()?;
    wallet.sandbox_clock()?;
    unlock(ctx, &mut wallet)?;
    let down = wallet.unlocked()?.sandbox().rail(kind, args.down)?;
    if ctx.json {
        ctx.print_json(&json!({ "rail": kind.as_str(), "down": args.down, "rails_down": down }));
    } else if !ctx.quiet {
        let key = if args.down {
            "sandbox.rail_down"
        } else {
            "sandbox.rail_up"
        };
        outln!(
            "{}",
            tr(
                ctx.lang,
                key,
                &[(
                    "rail",
                    &t(ctx.lang, &format!("source_kind.{}", kind.as_str()))
                )]
            )
        );
    }
    Ok(())
}

fn maintenance(ctx: &Ctx, args: SandboxMaintenanceArgs) -> Result<()> {
    let mut wallet = ctx.open()?;
    wallet.sandbox_clock()?;
    if let (Some(from), Some(until)) = (&args.from, &args.until) {
        let from = clock::parse_time(from, wallet.zone())?;
        let until = clock::parse_time(until, wallet.zone())?;
        unlock(ctx, &mut wallet)?;
        let window = wallet
            .unlocked()?
            .sandbox()
            .maintenance_window(from, until, args.note)?;
        let now = wallet.now();
        if ctx.json {
            ctx.print_json(&json!({ "maintenance": window.to_json(now) }));
        } else if !ctx.quiet {
            outln!(
                "{}",
                super::support::window_text(ctx.lang, &window, now, wallet.zone())
            );
        }
        return Ok(());
    }
    unlock(ctx, &mut wallet)?;
    wallet.unlocked()?.sandbox().maintenance(args.on)?;
    if ctx.json {
        ctx.print_json(&json!({ "maintenance": args.on }));
    } else if !ctx.quiet {
        let key = if args.on {
            "sandbox.maintenance_on"
        } else {
            "sandbox.maintenance_off"
        };
        outln!("{}", t(ctx.lang, key));
    }
    Ok(())
}

fn clock_command(ctx: &Ctx, action: ClockAction) -> Result<()> {
    let mut wallet = match action {
        ClockAction::Show => ctx.open_read_only()?,
        _ => ctx.open()?,
    };
    let at = match action {
        ClockAction::Show => wallet.sandbox_clock()?,
        ClockAction::Set { time } => {
            wallet.sandbox_clock()?;
            let to = clock::parse_time(&time, wallet.zone())?;
            unlock(ctx, &mut wallet)?;
            wallet.unlocked()?.sandbox().clock_set(to)?
        }
        ClockAction::Advance { duration } => {
            wallet.sandbox_clock()?;
            let by = clock::parse_duration(&duration)?;
            unlock(ctx, &mut wallet)?;
            wallet.unlocked()?.sandbox().clock_advance(by)?
        }
    };
    if ctx.json {
        ctx.print_json(&json!({ "clock": clock::rfc3339(at) }));
    } else if ctx.quiet {
        outln!("{}", clock::rfc3339(at));
    } else {
        let local = clock::local(at, wallet.zone());
        outln!(
            "{}",
            tr(
                ctx.lang,
                "sandbox.clock",
                &[("time", &local), ("utc", &clock::rfc3339(at))]
            )
        );
    }
    Ok(())
}
