//! `okpay verify`: exit 0 on a sound wallet, 13 `integrity_error` naming what is wrong.

use serde_json::json;

use super::args::VerifyArgs;
use super::context::Ctx;
use super::credentials::{unlock, unlock_if_offered};
use super::messages::{t, tr};
use super::render::Paint;
use crate::error::{Code, Error, Result};
use crate::wallet::Wallet;

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

/// Before a reading command shows anything: the checks it can make without the key. Each
/// problem is a warning line on stderr (the read goes on: what it shows may be wrong); the
/// JSON list is for the command's document.
pub fn read_warnings(ctx: &Ctx, wallet: &Wallet) -> Result<Vec<serde_json::Value>> {
    let problems = wallet.read_warnings()?;
    let mut list = Vec::new();
    for p in &problems {
        let text = describe(ctx, p);
        if !ctx.quiet {
            let line = tr(ctx.lang, "warn.integrity", &[("problem", &text)]);
            eprintln!("{}", ctx.paint(Paint::Warn, &line));
        }
        list.push(json!({ "code": "integrity_error", "kind": p.kind, "message": text }));
    }
    Ok(list)
}

fn describe(ctx: &Ctx, p: &crate::ledger::verify::Problem) -> String {
    let subject = p.subject.clone().unwrap_or_default();
    tr(
        ctx.lang,
        &format!("verify.problem.{}", p.kind),
        &[("subject", &subject), ("detail", &p.detail)],
    )
}
