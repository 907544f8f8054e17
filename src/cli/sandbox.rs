//! `okpay sandbox …`: the test controls of sandbox wallets.

use serde_json::json;

use super::args::{ClockAction, SandboxArgs, SandboxCommand};
use super::context::Ctx;
use super::credentials::unlock;
use super::messages::tr;
use crate::clock;
use crate::error::Result;

pub fn run(ctx: &Ctx, args: SandboxArgs) -> Result<()> {
    match args.command {
        SandboxCommand::Clock(c) => clock_command(ctx, c.action.unwrap_or(ClockAction::Show)),
    }
}

fn clock_command(ctx: &Ctx, action: ClockAction) -> Result<()> {
    let mut wallet = ctx.open()?;
    let at = match action {
        ClockAction::Show => wallet.sandbox_clock()?,
        ClockAction::Set { time } => {
            wallet.sandbox_clock()?;
            let to = clock::parse_time(&time, wallet.zone())?;
            unlock(ctx, &mut wallet)?;
            wallet.sandbox_clock_set(to)?
        }
        ClockAction::Advance { duration } => {
            wallet.sandbox_clock()?;
            let by = clock::parse_duration(&duration)?;
            unlock(ctx, &mut wallet)?;
            wallet.sandbox_clock_advance(by)?
        }
    };
    if ctx.json {
        ctx.print_json(&json!({ "clock": clock::rfc3339(at) }));
    } else if ctx.quiet {
        println!("{}", clock::rfc3339(at));
    } else {
        let local = clock::local(at, wallet.zone());
        println!(
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
