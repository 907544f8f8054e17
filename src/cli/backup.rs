//! `okpay backup FILE` and `okpay restore FILE`.

use serde_json::json;

use super::args::{BackupArgs, RestoreArgs};
use super::context::Ctx;
use super::credentials::{second_factor, unlock};
use super::messages::{t, tr};
use super::prompt::confirm;
use super::render::key_values;
use crate::clock;
use crate::error::{Code, Error, Result};

/// `okpay backup FILE [--force]`: no unlocking needed.
pub fn backup(ctx: &Ctx, args: BackupArgs) -> Result<()> {
    let mut wallet = ctx.open()?;
    // One consistent snapshot, copied in one step: its length is not known along the way.
    let mut spinner = super::progress::Bar::spinner(ctx, "ui.progress.backup");
    let info = wallet.backup(&args.file, args.force);
    spinner.finish();
    let info = info?;
    if ctx.json {
        ctx.print_json(&json!({ "backup": info }));
    } else if ctx.quiet {
        outln!("{}", info.path);
    } else {
        let count = info.transactions.to_string();
        outln!(
            "{}",
            tr(
                ctx.lang,
                "backup.done",
                &[("path", &info.path), ("count", &count)]
            )
        );
        errln!("{}", t(ctx.lang, "backup.hint"));
    }
    Ok(())
}

/// `okpay restore FILE`: unlock, check the backup, show what changes, confirm, restore.
pub fn restore(ctx: &Ctx, args: RestoreArgs) -> Result<()> {
    // A restore checks the backup with the wallet's key, so it needs the wallet it restores.
    let mut wallet = ctx.open().map_err(|e| match e.code {
        Code::NotFound => Error::new(Code::NotFound, "err.restore.no_wallet")
            .arg_detail("path", ctx.db.display())
            .arg("file", args.file.display()),
        _ => e,
    })?;
    unlock(ctx, &mut wallet)?;
    // Once 2FA is on, a restore needs a code even inside a session.
    second_factor(ctx, &mut wallet)?;
    let prepared = wallet.prepare_restore(&args.file)?;
    if !ctx.yes {
        if ctx.interactive {
            let l = ctx.lang;
            let now = tr(
                l,
                "restore.side",
                &[
                    ("count", &prepared.transactions_now.to_string()),
                    ("balance", &prepared.balance_now),
                ],
            );
            let backup = tr(
                l,
                "restore.side",
                &[
                    ("count", &prepared.transactions_backup.to_string()),
                    ("balance", &prepared.balance_backup),
                ],
            );
            let mut rows = vec![(t(l, "restore.now"), now), (t(l, "restore.backup"), backup)];
            let made_at = prepared.made_at.as_deref();
            if let Some(at) = made_at.and_then(|s| s.parse::<jiff::Timestamp>().ok()) {
                rows.push((t(l, "restore.made_at"), clock::local(at, wallet.zone())));
            }
            errout!(
                "{}\n{}{}\n",
                t(l, "restore.confirm_title"),
                key_values(&rows),
                t(l, "restore.effects")
            );
        }
        confirm(ctx, "prompt.confirm_restore")?;
    }
    let info = wallet.restore(prepared)?;
    if ctx.json {
        ctx.print_json(&json!({ "restore": info }));
    } else if ctx.quiet {
        outln!("{}", info.transactions);
    } else {
        outln!(
            "{}",
            tr(
                ctx.lang,
                "restore.done",
                &[
                    ("path", &info.path),
                    ("count", &info.transactions.to_string()),
                    ("before", &info.transactions_before.to_string()),
                ]
            )
        );
        errln!("{}", t(ctx.lang, "restore.hint"));
    }
    Ok(())
}
