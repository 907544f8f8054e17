//! `okpay export` and `okpay import`: the wallet's transactions out as okpay's CSV or JSON, an
//! hledger journal or a beancount file (streamed, to a file or standard output), and okpay's
//! CSV back in.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde_json::json;

use super::args_records::{ExportArgs, ExportFormat, ImportArgs};
use super::context::Ctx;
use super::messages::tr;
use super::progress::Bar;
use crate::error::{Error, Result};
use crate::ledger::view;
use crate::money::{format_minor, Currency};
use crate::records::journal::{Dialect, Journal};
use crate::records::period::{self, End};
use crate::records::{csvfile, signed_minor, Record};
use crate::wallet::Wallet;

/// Output held before it goes to the file or standard output: 64 KiB.
const BUFFER_BYTES: usize = 64 * 1024;

/// Where an export goes: standard output, a temporary file that replaces FILE when whole, or
/// FILE itself when it is a device or a pipe (`-o /dev/null`, a FIFO), which is never replaced.
enum Sink {
    Stdout,
    File {
        temp: tempfile::NamedTempFile,
        path: PathBuf,
    },
    Device {
        file: std::fs::File,
        path: PathBuf,
    },
}

/// The path of a failed write, for `io_error` (a function pointer cannot capture it).
static OUTPUT_PATH: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

fn file_error(e: std::io::Error) -> Error {
    match OUTPUT_PATH.get() {
        Some(path) => Error::io_at(path, &e),
        None => super::output::stdout_error(e),
    }
}

impl Sink {
    fn open(output: Option<&Path>) -> Result<Sink> {
        let Some(path) = output.filter(|p| p.as_os_str() != "-") else {
            return Ok(Sink::Stdout);
        };
        if path.is_dir() {
            return Err(Error::io(
                path.display(),
                crate::error::IoCause::IsADirectory,
            ));
        }
        if std::fs::metadata(path).is_ok_and(|m| !m.file_type().is_file()) {
            // Renaming a file over it would put a regular file where the device was (as root,
            // even over /dev/null).
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(|e| Error::io_at(path, &e))?;
            let _ = OUTPUT_PATH.set(path.to_path_buf());
            return Ok(Sink::Device {
                file,
                path: path.to_path_buf(),
            });
        }
        let parent = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let temp = tempfile::Builder::new()
            .prefix(".okpay-export-")
            .tempfile_in(parent)
            .map_err(|e| Error::io_at(path, &e))?;
        let _ = OUTPUT_PATH.set(path.to_path_buf());
        Ok(Sink::File {
            temp,
            path: path.to_path_buf(),
        })
    }

    fn writer(&self) -> Result<Box<dyn Write>> {
        Ok(match self {
            Sink::Stdout => Box::new(BufWriter::with_capacity(
                BUFFER_BYTES,
                std::io::stdout().lock(),
            )),
            Sink::File { temp, path } => Box::new(BufWriter::with_capacity(
                BUFFER_BYTES,
                temp.reopen().map_err(|e| Error::io_at(path, &e))?,
            )),
            Sink::Device { file, path } => Box::new(BufWriter::with_capacity(
                BUFFER_BYTES,
                file.try_clone().map_err(|e| Error::io_at(path, &e))?,
            )),
        })
    }

    fn finish(self) -> Result<()> {
        match self {
            Sink::Stdout | Sink::Device { .. } => Ok(()),
            Sink::File { temp, path } => {
                let io = |e: std::io::Error| Error::io_at(&path, &e);
                temp.as_file().sync_all().map_err(io)?;
                temp.persist(&path).map_err(|e| io(e.error))?;
                Ok(())
            }
        }
    }
}

/// `okpay export`.
pub fn export(ctx: &Ctx, args: ExportArgs) -> Result<()> {
    let to_stdout = args.output.as_deref().is_none_or(|p| p.as_os_str() == "-");
    if ctx.json && to_stdout {
        return Err(Error::invalid("err.export.json_and_stdout"));
    }
    let wallet = ctx.open_read_only()?;
    super::verify::read_warnings(ctx, &wallet)?;
    let (from_ms, to_ms) = range(&wallet, args.from.as_deref(), args.to.as_deref())?;
    let sink = Sink::open(args.output.as_deref())?;
    let mut bar = Bar::new(ctx, "records.export.progress");
    let bar_on = !to_stdout;
    let total = if bar_on {
        wallet.books().export_count()?
    } else {
        0
    };
    let mut count: i64 = 0;
    let mut tick = |bar: &mut Bar| {
        count += 1;
        if bar_on && count % 1024 == 0 {
            bar.update(count, total);
        }
    };
    let mut out = sink.writer()?;
    match args.format {
        ExportFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record(csvfile::COLUMNS).map_err(csv_error)?;
            wallet.books().export(from_ms, to_ms, |r| {
                tick(&mut bar);
                w.write_record(csvfile::row(&r)?).map_err(csv_error)
            })?;
            w.flush().map_err(file_error)?;
        }
        ExportFormat::Json => {
            write!(out, "{{\"transactions\": [").map_err(file_error)?;
            let mut first = true;
            wallet.books().export(from_ms, to_ms, |r| {
                tick(&mut bar);
                let sep = if first { "\n  " } else { ",\n  " };
                first = false;
                let text = serde_json::to_string(&json_of(ctx, r)?).map_err(Error::internal)?;
                write!(out, "{sep}{text}").map_err(file_error)
            })?;
            writeln!(out, "{}]}}", if first { "" } else { "\n" }).map_err(file_error)?;
        }
        ExportFormat::Ledger | ExportFormat::Beancount => {
            let dialect = if args.format == ExportFormat::Ledger {
                Dialect::Hledger
            } else {
                Dialect::Beancount
            };
            let mut journal = Journal::new(dialect, wallet.zone().clone(), &mut out, file_error);
            journal.header(&wallet.books().export_header()?)?;
            wallet.books().export(from_ms, to_ms, |r| {
                tick(&mut bar);
                journal.record(&r)
            })?;
            for due in wallet.books().due_settlements(from_ms, to_ms)? {
                journal.due(&due)?;
            }
        }
    }
    out.flush().map_err(file_error)?;
    drop(out);
    bar.finish();
    let path = args.output.clone();
    sink.finish()?;
    if let Some(path) = path.filter(|_| !to_stdout) {
        let shown = path.display().to_string();
        if ctx.json {
            ctx.print_json(&json!({"export": {"path": shown, "transactions": count}}));
        } else if ctx.quiet {
            outln!("{shown}");
        } else {
            let n = count.to_string();
            outln!(
                "{}",
                tr(
                    ctx.lang,
                    "records.export.done",
                    &[("count", &n), ("path", &shown)]
                )
            );
        }
    }
    Ok(())
}

/// A record as okpay's transaction object, with its postings, links and signed amount.
fn json_of(ctx: &Ctx, r: Record) -> Result<serde_json::Value> {
    let currency = Currency::parse(&r.row.currency)?;
    let signed = format_minor(signed_minor(&r.row.kind, r.row.amount_minor), currency);
    // What `okpay import` needs to record it again exactly (see records::jsonfile).
    let data: serde_json::Value = serde_json::from_str(&r.row.data).map_err(Error::internal)?;
    let ledger = json!({
        "recorded_status": r.row.status,
        "reason": r.row.reason,
        "limit_minor": r.row.limit_minor,
        "data": data,
    });
    let mut tx = view::build(r.row, &r.status, r.refunded_minor)?;
    super::risk::word_tx_mut(ctx.lang, &mut tx);
    for (kind, id) in r.links {
        tx.links.push(view::LinkView { kind, id });
    }
    for (account, code, minor) in r.postings {
        let c = Currency::parse(&code)?;
        tx.postings.push(view::PostingView {
            account,
            currency: code,
            amount: format_minor(minor, c),
        });
    }
    let mut value = serde_json::to_value(&tx).map_err(Error::internal)?;
    value["signed_amount"] = signed.into();
    value["ledger"] = ledger;
    Ok(value)
}

/// `--from` and `--to` as milliseconds: `[from, to)`.
pub(super) fn range(
    wallet: &Wallet,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<(Option<i64>, Option<i64>)> {
    let (zone, now) = (wallet.zone(), wallet.now());
    let from = from
        .map(|t| period::bound(t, zone, now, End::From))
        .transpose()?;
    let to = to
        .map(|t| period::bound(t, zone, now, End::To))
        .transpose()?;
    Ok((from.map(crate::clock::to_ms), to.map(crate::clock::to_ms)))
}

fn csv_error(e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => file_error(io),
        other => Error::internal(format!("csv: {other:?}")),
    }
}

/// `okpay import FILE`.
pub fn import(ctx: &Ctx, args: ImportArgs) -> Result<()> {
    let path = args.file.clone();
    // A missing file is bad input; one that cannot be read is an I/O error.
    if crate::store::files::open_input(&path)?.is_none() {
        return Err(Error::invalid("err.import.missing").arg_detail("path", path.display()));
    }
    let mut wallet = ctx.open()?;
    super::credentials::unlock(ctx, &mut wallet)?;
    let mut bar = Bar::new(ctx, "records.import.progress");
    let total = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    let open = || -> Result<std::io::BufReader<std::fs::File>> {
        let file = crate::store::files::open_input(&path)?.ok_or_else(|| {
            Error::invalid("err.import.missing").arg_detail("path", path.display())
        })?;
        Ok(std::io::BufReader::new(file))
    };
    let outcome = wallet.unlocked()?.records().import(open, |rows| {
        if rows % 1024 == 0 {
            // Rows against bytes: a rough share, enough to see it move.
            let done = i64::try_from(rows).unwrap_or(i64::MAX).saturating_mul(200);
            bar.update(done, i64::try_from(total).unwrap_or(i64::MAX).max(1));
        }
    })?;
    bar.finish();
    if ctx.json {
        ctx.print_json(&json!({"imported": outcome.imported, "skipped": outcome.skipped}));
    } else if ctx.quiet {
        outln!("{}", outcome.imported);
    } else {
        let (i, s) = (outcome.imported.to_string(), outcome.skipped.to_string());
        outln!(
            "{}",
            tr(
                ctx.lang,
                "records.import.done",
                &[("imported", &i), ("skipped", &s)]
            )
        );
    }
    Ok(())
}

/// Write `bytes` to `path` whole (a temporary file renamed over it, readable only by the user).
pub(super) fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let sink = Sink::open(Some(path))?;
    let mut out = sink.writer()?;
    out.write_all(bytes).map_err(|e| Error::io_at(path, &e))?;
    out.flush().map_err(|e| Error::io_at(path, &e))?;
    drop(out);
    sink.finish()
}
