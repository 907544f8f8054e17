//! `okpay pay --batch FILE|-`: many payments from CSV or JSONL, committed in chunks, one result
//! line each in input order, printed once its chunk is durable (so a printed line is never
//! lost to a kill), then a summary.

use std::io::BufRead;

use serde_json::{json, Value};

use super::args::{BatchFormat, PayArgs};
use super::context::Ctx;
use super::credentials;
use super::messages::tr;
use super::prompt::confirm;
use super::render::error_text;
use crate::error::{Error, Result};
use crate::ledger::idempotency;
use crate::payments::batch::{line_key, Reader, CHUNK_DEFAULT, CHUNK_MAX};
use crate::payments::checkout::PayOptions;
use crate::wallet::{BatchOutcome, BatchSummary, SteppedUp};

pub fn run(ctx: &Ctx, args: &PayArgs, input: &str) -> Result<()> {
    let chunk = args.chunk.unwrap_or(CHUNK_DEFAULT);
    if chunk == 0 || chunk > CHUNK_MAX {
        return Err(Error::invalid("err.batch.chunk")
            .arg("max", CHUNK_MAX)
            .detail("field", "chunk"));
    }
    if let Some(prefix) = &args.idempotency_prefix {
        // The longest key a line can have must be a valid key.
        idempotency::check_key(&line_key(prefix, u64::MAX))
            .map_err(|e| e.detail("field", "idempotency_prefix"))?;
    }
    let mut wallet = ctx.open()?;
    // Standard input holds the password line first, then the batch.
    let credential = if ctx.password_stdin {
        Some(credentials::credential(ctx)?)
    } else {
        None
    };
    let reader: Box<dyn BufRead> = if input == "-" {
        Box::new(std::io::BufReader::with_capacity(
            1 << 16,
            std::io::stdin().lock(),
        ))
    } else {
        Box::new(std::io::BufReader::with_capacity(1 << 16, open(input)?))
    };
    // The header (or the first JSONL line) is checked before unlocking or asking.
    let mut reader = Reader::new(reader)?;
    // A password given for this run is a step-up: it answers a risk challenge up front.
    let proof = match credential {
        Some(credential) => credentials::unlock_with(&mut wallet, credential)?,
        None => credentials::unlock_stepping_up(ctx, &mut wallet)?,
    };
    confirm(ctx, "prompt.confirm_batch")?;
    let options = PayOptions {
        allow_duplicate: args.allow_duplicate,
        from_currency: None,
    };
    let format = if ctx.json {
        BatchFormat::Jsonl
    } else {
        args.format.unwrap_or(BatchFormat::Jsonl)
    };
    if format == BatchFormat::Csv {
        out!(
            "{}",
            csv_row(&["line", "status", "transaction", "error", "message"])
        );
    }
    let mut summary = BatchSummary::default();
    let prefix = args.idempotency_prefix.as_deref();
    let mut stopped = None;
    loop {
        let mut lines = Vec::with_capacity(chunk.min(4096));
        let mut end = false;
        while lines.len() < chunk {
            match reader.next_line() {
                Ok(Some(line)) => lines.push(line),
                Ok(None) => end = true,
                // What was read before the failure is still paid; then the batch stops.
                Err(e) => {
                    end = true;
                    stopped = Some(e);
                }
            }
            if end {
                break;
            }
        }
        if !lines.is_empty() {
            let how = How {
                options,
                prefix,
                proof: proof.as_ref(),
                format,
            };
            if let Err(e) = pay(ctx, &mut wallet, lines, &how, &mut summary) {
                stopped = Some(e);
                break;
            }
        }
        if end {
            break;
        }
    }
    print_summary(ctx, &summary);
    match stopped {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// How every chunk of a batch is paid and printed.
struct How<'a> {
    options: PayOptions,
    prefix: Option<&'a str>,
    /// The step-up of a password given for this run: it answers risk challenges.
    proof: Option<&'a SteppedUp>,
    format: BatchFormat,
}

/// Pay one chunk and print its results.
fn pay(
    ctx: &Ctx,
    wallet: &mut crate::wallet::Wallet,
    lines: Vec<crate::payments::batch::Line>,
    how: &How<'_>,
    summary: &mut BatchSummary,
) -> Result<()> {
    let outcomes =
        wallet
            .unlocked()?
            .payments()
            .pay_batch_chunk(lines, how.options, how.prefix, how.proof)?;
    // The chunk's lines in one write: standard output is line-buffered, and a write a line
    // was a system call for every payment.
    let mut text = String::new();
    for o in &outcomes {
        summary.add(o);
        match how.format {
            BatchFormat::Jsonl => {
                text.push_str(&result_json(ctx, o).to_string());
                text.push('\n');
            }
            BatchFormat::Csv => text.push_str(&result_csv(ctx, o)),
        }
    }
    out!("{text}");
    Ok(())
}

fn print_summary(ctx: &Ctx, s: &BatchSummary) {
    if ctx.json {
        outln!("{}", json!({ "summary": s }));
    } else if !ctx.quiet {
        let text = tr(
            ctx.lang,
            "batch.summary",
            &[
                ("lines", &s.lines.to_string()),
                ("succeeded", &s.succeeded.to_string()),
                ("declined", &s.declined.to_string()),
                ("failed", &s.failed.to_string()),
            ],
        );
        errln!("{text}");
    }
}

/// `{"line", "status", "transaction"?, "error"?}`.
fn result_json(ctx: &Ctx, o: &BatchOutcome) -> Value {
    let mut doc = json!({ "line": o.line, "status": o.status });
    if let Some(tx) = &o.transaction {
        let tx = super::risk::word_tx(ctx.lang, tx);
        doc["transaction"] = serde_json::to_value(&tx).unwrap_or(Value::Null);
    }
    if let Some(e) = &o.error {
        doc["error"] = error_json(ctx, e);
    }
    doc
}

/// An error as `--json` reports it: code, message, advice, details (with the help article).
fn error_json(ctx: &Ctx, e: &Error) -> Value {
    let worded = super::risk::word_error(ctx.lang, e);
    let e = worded.as_ref().unwrap_or(e);
    let (message, advice) = error_text(ctx.lang, e);
    let mut details = e.details.clone();
    details.insert(
        "article".to_string(),
        crate::support::links::for_error(e).into(),
    );
    json!({
        "code": e.code_str(),
        "message": message,
        "advice": advice,
        "details": details,
    })
}

fn result_csv(ctx: &Ctx, o: &BatchOutcome) -> String {
    let line = o.line.to_string();
    let tx = o.transaction.as_ref().map(|t| t.id.as_str()).unwrap_or("");
    let (code, message) = match &o.error {
        Some(e) => (e.code_str(), error_text(ctx.lang, e).0),
        None => ("", String::new()),
    };
    csv_row(&[&line, &o.status, tx, code, &message])
}

fn csv_row(fields: &[&str]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(fields);
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// Open `--batch PATH`: a missing path is `invalid_input`, one that cannot be read `io_error`.
fn open(path: &str) -> Result<std::fs::File> {
    let meta = std::fs::metadata(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::invalid("err.batch.missing")
                .arg_detail("path", path)
                .detail("field", "batch")
        } else {
            Error::io_at(std::path::Path::new(path), &e)
        }
    })?;
    if meta.is_dir() {
        return Err(Error::invalid("err.batch.is_dir")
            .arg_detail("path", path)
            .detail("field", "batch"));
    }
    std::fs::File::open(path).map_err(|e| Error::io_at(std::path::Path::new(path), &e))
}
