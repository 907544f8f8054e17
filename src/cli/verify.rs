//! `okpay verify`: exit 0 on a sound wallet, 13 `integrity_error` naming what is wrong.

use serde_json::json;

use super::args::VerifyArgs;
use super::context::Ctx;
use super::credentials::{unlock, unlock_if_offered};
use super::messages::{t, tr};
use crate::error::{Code, Error, Result};

pub fn run(ctx: &Ctx, args: VerifyArgs) -> Result<()> {
    let mut wallet = ctx.open()?;
    let (chain_checked, problems) = if args.accept {
        unlock(ctx, &mut wallet)?;
        (true, wallet.accept_anchor()?)
    } else {
        let chain_checked = unlock_if_offered(ctx, &mut wallet)?;
        (chain_checked, wallet.verify()?)
    };
    if problems.is_empty() {
        if ctx.json {
            ctx.print_json(&json!({ "verify": { "ok": true, "problems": [], "chain_checked": chain_checked } }));
        } else if !ctx.quiet {
            let key = if args.accept {
                "verify.accepted"
            } else if chain_checked {
                "verify.ok_chain"
            } else {
                "verify.ok_structure"
            };
            println!("{}", t(ctx.lang, key));
        }
        return Ok(());
    }
    let first = &problems[0];
    let mut err = Error::new(Code::IntegrityError, "err.integrity")
        .arg("count", problems.len())
        .arg("first", describe(ctx, first))
        .detail(
            "problems",
            serde_json::to_value(&problems).map_err(Error::internal)?,
        )
        .detail("chain_checked", chain_checked);
    if !ctx.json && !ctx.quiet {
        for p in &problems {
            eprintln!("- {}", describe(ctx, p));
        }
        err = err.detail("printed", true);
    }
    Err(err)
}

fn describe(ctx: &Ctx, p: &crate::ledger::verify::Problem) -> String {
    let subject = p.subject.clone().unwrap_or_default();
    tr(
        ctx.lang,
        &format!("verify.problem.{}", p.kind),
        &[("subject", &subject), ("detail", &p.detail)],
    )
}
