//! `okpay verify`: exit 0 on a sound wallet, 13 `integrity_error` naming what is wrong. Without
//! a credential it opens the wallet read-only, so a read-only or damaged file is never changed.

use serde_json::json;

use super::args::VerifyArgs;
use super::context::Ctx;
use super::credentials::{credential_offered, session_unlocks, unlock, unlock_if_offered};
use super::messages::{t, tr};
use super::render::Paint;
use crate::error::{Code, Error, Result};
use crate::ledger::verify::Problem;
use crate::wallet::Wallet;

pub fn run(ctx: &Ctx, args: VerifyArgs) -> Result<()> {
    match check(ctx, &args) {
        // SQLite gave up on the file (or a table is missing) before the checks could list it.
        Err(e) if e.code == Code::IntegrityError && e.details.contains_key("sqlite") => {
            let detail = e.details["sqlite"].as_str().unwrap_or_default().to_string();
            let subject = e
                .details
                .get("table")
                .and_then(|t| t.as_str())
                .map(String::from);
            let damaged = Problem {
                kind: "damaged",
                subject,
                detail,
            };
            Err(refuse(ctx, &[damaged], false).detail("path", ctx.db.display().to_string()))
        }
        other => other,
    }
}

fn check(ctx: &Ctx, args: &VerifyArgs) -> Result<()> {
    let mut wallet = if args.accept || credential_offered(ctx) {
        ctx.open()?
    } else {
        ctx.open_read_only()?
    };
    let (chain_checked, problems) = if args.accept {
        unlock(ctx, &mut wallet)?;
        (true, wallet.unlocked()?.security().accept_anchor()?)
    } else {
        // SQLite's check of the file runs in another thread beside the ledger pass. A damaged
        // file is reported without unlocking by password, since that writes (the attempt is
        // counted) and nothing may be written to a damaged file: a password waits for the
        // check. A session only reads, so it unlocks at once.
        wallet.integrity().for_full_scan()?;
        let check = wallet.integrity().spawn_file_check(args.deep);
        let (mut damage, mut pending) = if session_unlocks(ctx) {
            (Vec::new(), Some(check))
        } else {
            (check.wait()?, None)
        };
        let chain_checked = damage.is_empty() && unlock_if_offered(ctx, &mut wallet)?;
        let mut streamed = Ok(Vec::new());
        if damage.is_empty() {
            let mut bar = super::progress::Bar::new(ctx, "verify.progress");
            streamed = wallet
                .integrity()
                .verify_after_with(Vec::new(), &mut |done, total| bar.update(done, total));
            bar.finish();
        }
        if let Some(check) = pending.take() {
            damage = check.wait()?;
        }
        // What SQLite found in the file comes first: the ledger pass read a damaged file.
        let problems = if damage.is_empty() {
            streamed?
        } else {
            wallet
                .integrity()
                .verify_after_with(damage, &mut |_, _| {})?
        };
        (chain_checked, problems)
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
            outln!("{}", t(ctx.lang, key));
        }
        return Ok(());
    }
    Err(refuse(ctx, &problems, chain_checked).detail("path", ctx.db.display().to_string()))
}

/// `integrity_error` listing `problems` (also on stderr, one per line, for people).
fn refuse(ctx: &Ctx, problems: &[Problem], chain_checked: bool) -> Error {
    let first = problems
        .first()
        .map(|p| describe(ctx, p))
        .unwrap_or_default();
    let mut err = Error::new(Code::IntegrityError, "err.integrity")
        .arg("count", problems.len())
        .arg("first", first)
        .detail(
            "problems",
            serde_json::to_value(problems).unwrap_or_else(|_| json!([])),
        )
        .detail("chain_checked", chain_checked);
    if !ctx.json && !ctx.quiet {
        for p in problems {
            errln!("- {}", describe(ctx, p));
        }
        err = err.detail("printed", true);
    }
    err
}

/// Before a reading command shows anything: the checks it can make without the key. Each
/// problem is a warning line on stderr (the read goes on: what it shows may be wrong); the
/// JSON list is for the command's document.
pub fn read_warnings(ctx: &Ctx, wallet: &Wallet) -> Result<Vec<serde_json::Value>> {
    let problems = wallet.integrity().read_warnings()?;
    let mut list = Vec::new();
    for p in &problems {
        let text = describe(ctx, p);
        if !ctx.quiet {
            let line = tr(ctx.lang, "warn.integrity", &[("problem", &text)]);
            errln!("{}", ctx.paint(Paint::Warn, &line));
        }
        list.push(json!({ "code": "integrity_error", "kind": p.kind, "message": text }));
    }
    Ok(list)
}

fn describe(ctx: &Ctx, p: &Problem) -> String {
    let subject = p.subject.clone().unwrap_or_default();
    tr(
        ctx.lang,
        &format!("verify.problem.{}", p.kind),
        &[("subject", &subject), ("detail", &p.detail)],
    )
}
