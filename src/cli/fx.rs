//! `okpay fx rates`, `fx set`, `fx import`, `fx spread`.

use std::io::Read;
use std::path::Path;

use serde_json::json;

use super::args_fx::{FxArgs, FxCommand};
use super::context::Ctx;
use super::credentials::{step_up, unlock};
use super::messages::{t, tr};
use super::render::{amount_cell, table};
use crate::error::{Error, Result};
use crate::fx::import::FILE_BYTES_MAX;
use crate::wallet::RatesView;

pub fn run(ctx: &Ctx, args: FxArgs) -> Result<()> {
    match args.command {
        FxCommand::Rates => {
            let wallet = ctx.open_read_only()?;
            print_rates(ctx, &wallet.fx_rates()?)
        }
        FxCommand::Set(a) => {
            let mut wallet = ctx.open()?;
            unlock(ctx, &mut wallet)?;
            let rate = wallet.unlocked()?.fx().fx_set(&a.base, &a.quote, &a.rate)?;
            if ctx.json {
                ctx.print_json(&json!({ "rate": rate }));
            } else if ctx.quiet {
                outln!("{}", rate.rate);
            } else {
                outln!(
                    "{}",
                    tr(
                        ctx.lang,
                        "fx.rate_set",
                        &[
                            ("base", &rate.base),
                            ("quote", &rate.quote),
                            ("rate", &rate.rate),
                            ("date", &rate.date)
                        ]
                    )
                );
            }
            Ok(())
        }
        FxCommand::Import(a) => {
            let text = read_file(&a.file)?;
            let mut wallet = ctx.open()?;
            unlock(ctx, &mut wallet)?;
            let v = wallet.unlocked()?.fx().fx_import(&text)?;
            if ctx.json {
                ctx.print_json(&json!({ "import": v }));
            } else if ctx.quiet {
                outln!("{}", v.imported);
            } else {
                let date = v.date.clone().unwrap_or_default();
                outln!(
                    "{}",
                    tr(
                        ctx.lang,
                        "fx.imported",
                        &[
                            ("imported", &v.imported.to_string()),
                            ("format", v.format),
                            ("date", &date),
                            ("older", &v.older.to_string()),
                            ("skipped", &v.skipped.to_string())
                        ]
                    )
                );
            }
            Ok(())
        }
        FxCommand::Spread(a) => {
            // A bad value is refused before any password is asked for.
            crate::fx::settings::parse_spread(&a.percent)?;
            let mut wallet = ctx.open()?;
            let proof = step_up(ctx, &mut wallet)?;
            let spread = wallet.unlocked()?.fx().fx_set_spread(&a.percent, &proof)?;
            if ctx.json {
                ctx.print_json(&json!({ "spread_percent": spread }));
            } else if ctx.quiet {
                outln!("{spread}");
            } else {
                outln!("{}", tr(ctx.lang, "fx.spread_set", &[("spread", &spread)]));
            }
            Ok(())
        }
    }
}

fn print_rates(ctx: &Ctx, view: &RatesView) -> Result<()> {
    if ctx.json {
        ctx.print_json(&json!({
            "rates": view.rates,
            "spread_percent": view.spread_percent,
            "snapshot_date": view.snapshot_date,
        }));
        return Ok(());
    }
    if ctx.quiet {
        return Ok(());
    }
    let l = ctx.lang;
    let mut tbl = table(vec![
        t(l, "fx.field.pair"),
        t(l, "fx.field.rate"),
        t(l, "fx.field.date"),
        t(l, "fx.field.source"),
    ]);
    for r in &view.rates {
        let mut date = r.date.clone();
        if r.stale {
            date = format!("{date} ({})", t(l, "fx.stale"));
        }
        tbl.add_row(vec![
            super::render::Field::from(format!("{}/{}", r.base, r.quote)),
            amount_cell(r.rate.clone()),
            super::render::Field::from(date),
            super::render::Field::from(t(l, &format!("fx.source.{}", r.source))),
        ]);
    }
    outln!("{}", tbl.text(ctx));
    outln!(
        "{}",
        tr(
            l,
            "fx.rates_note",
            &[
                ("spread", &view.spread_percent),
                ("snapshot_date", &view.snapshot_date)
            ]
        )
    );
    Ok(())
}

/// The file's text: missing is `invalid_input`, unreadable `io_error`, at most 16 MiB.
fn read_file(path: &Path) -> Result<String> {
    let meta = std::fs::metadata(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::invalid("err.fx.file_missing").arg_detail("path", path.display())
        } else {
            Error::io_at(path, &e)
        }
    })?;
    if !meta.is_file() {
        return Err(Error::invalid("err.fx.file_missing").arg_detail("path", path.display()));
    }
    if meta.len() > FILE_BYTES_MAX {
        return Err(Error::invalid("err.fx.file_too_large")
            .arg_detail("path", path.display())
            .arg("max", FILE_BYTES_MAX / 1024 / 1024));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(FILE_BYTES_MAX + 1).read_to_end(&mut bytes))
        .map_err(|e| Error::io_at(path, &e))?;
    String::from_utf8(bytes)
        .map_err(|_| Error::invalid("err.fx.file_not_text").arg_detail("path", path.display()))
}
