//! `okpay support ticket …`: open, list, show, answer and close tickets, write an attachment
//! back, and export a ticket as an e-mail whose body is in the user's language.

use std::io::{Read, Write};
use std::path::Path;

use comfy_table::presets::ASCII_BORDERS_ONLY_CONDENSED;
use comfy_table::{Cell, ContentArrangement, Table};
use serde_json::{json, Value};

use super::args_support::{
    TicketArgs, TicketAttachmentArgs, TicketCommand, TicketExportArgs, TicketNewArgs,
    TicketReplyArgs,
};
use super::context::Ctx;
use super::credentials::{self, unlock};
use super::messages::{t, tr, Lang};
use super::render::{amount_cell, key_values, table, Field};
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::support::attachment::{self, Attachment};
use crate::support::ticket::{self, TicketView};
use crate::wallet::{Credential, NewTicket, TicketExport, Wallet};

/// The most of a body file (or standard input) read: 256 KiB, well above the longest message.
const BODY_FILE_BYTES_MAX: u64 = 256 * 1024;

pub fn run(ctx: &Ctx, args: TicketArgs) -> Result<()> {
    match args.command {
        TicketCommand::New(a) => new(ctx, a),
        TicketCommand::List => list(ctx),
        TicketCommand::Show { id } => show(ctx, &id),
        TicketCommand::Reply(a) => reply(ctx, a),
        TicketCommand::Close { id } => close(ctx, &id),
        TicketCommand::Attachment(a) => attachment_out(ctx, a),
        TicketCommand::Export(a) => export(ctx, a),
    }
}

/// Read every attachment (after checking how many there are), before anything is unlocked or
/// stored.
fn read_attachments(paths: &[std::path::PathBuf]) -> Result<Vec<Attachment>> {
    attachment::check_count(paths.len(), 0)?;
    paths.iter().map(|p| attachment::read(p)).collect()
}

/// Unlock with a credential read earlier (so the password line came before the body).
fn unlock_with(ctx: &Ctx, wallet: &mut Wallet, credential: Credential) -> Result<()> {
    if matches!(credential, Credential::Password(_)) {
        credentials::offer_second_factor(ctx, wallet)?;
    }
    wallet.unlock(credential).map(|_| ())
}

/// `support ticket new`.
fn new(ctx: &Ctx, args: TicketNewArgs) -> Result<()> {
    let subject = ticket::check_subject(&args.subject)?;
    if let Some(body) = &args.body {
        ticket::check_body(body)?;
    }
    attachment::check_count(args.attachments.len(), 0)?;
    if args.transactions.len() > ticket::TRANSACTIONS_MAX {
        return Err(Error::invalid("err.ticket.too_many_transactions")
            .arg("max", ticket::TRANSACTIONS_MAX)
            .detail("field", "tx"));
    }
    let mut wallet = ctx.open()?;
    // The password line comes first on standard input, the body after it.
    let credential = credentials::credential(ctx)?;
    let body = body_text(ctx, args.body, args.body_file.as_deref(), Some(&subject))?;
    let attachments = read_attachments(&args.attachments)?;
    let transactions = args
        .transactions
        .iter()
        .map(|tx| super::ids::or_unknown(wallet.ids().transaction(tx), tx))
        .collect::<Result<Vec<_>>>()?;
    unlock_with(ctx, &mut wallet, credential)?;
    let view = wallet.unlocked()?.support().ticket_new(NewTicket {
        subject,
        body,
        transactions,
        attachments,
    })?;
    print_ticket(ctx, &wallet, &view, "support.ticket.opened")
}

/// `support ticket reply`.
fn reply(ctx: &Ctx, args: TicketReplyArgs) -> Result<()> {
    crate::text::refuse_hidden(&args.id, "id")?;
    if let Some(body) = &args.body {
        ticket::check_body(body)?;
    }
    attachment::check_count(args.attachments.len(), 0)?;
    let mut wallet = ctx.open()?;
    let id = ticket_id(&wallet, &args.id)?;
    let credential = credentials::credential(ctx)?;
    let body = body_text(ctx, args.body, args.body_file.as_deref(), None)?;
    let attachments = read_attachments(&args.attachments)?;
    unlock_with(ctx, &mut wallet, credential)?;
    let view = wallet
        .unlocked()?
        .support()
        .ticket_reply(&id, &body, &attachments)?;
    print_ticket(ctx, &wallet, &view, "support.ticket.replied")
}

/// `support ticket close`.
fn close(ctx: &Ctx, id: &str) -> Result<()> {
    crate::text::refuse_hidden(id, "id")?;
    let mut wallet = ctx.open()?;
    let id = ticket_id(&wallet, id)?;
    wallet.desk().ticket(&id)?;
    unlock(ctx, &mut wallet)?;
    let view = wallet.unlocked()?.support().ticket_close(&id)?;
    print_ticket(ctx, &wallet, &view, "support.ticket.closed")
}

/// `support ticket list`.
fn list(ctx: &Ctx) -> Result<()> {
    let wallet = ctx.open_read_only()?;
    let tickets = wallet.desk().tickets()?;
    if ctx.json {
        ctx.print_json(&json!({ "tickets": tickets }));
        return Ok(());
    }
    if ctx.quiet {
        for tk in &tickets {
            outln!("{}", tk.id);
        }
        return Ok(());
    }
    let l = ctx.lang;
    if tickets.is_empty() {
        outln!("{}", t(l, "support.ticket.none"));
        return Ok(());
    }
    let mut tbl = table(vec![
        t(l, "field.id"),
        t(l, "field.status"),
        t(l, "support.field.subject"),
        t(l, "support.field.updated"),
        t(l, "support.field.messages"),
        t(l, "support.field.attachments"),
    ]);
    for tk in &tickets {
        tbl.add_row(vec![
            Field::from(&tk.id),
            Field::from(t(l, &format!("support.status.{}", tk.status))),
            Field::from(&tk.subject),
            Field::from(local(&wallet, &tk.updated_at)),
            amount_cell(tk.messages.to_string()),
            amount_cell(tk.attachments.to_string()),
        ]);
    }
    tbl.id_column(0).print(ctx, Some(&wallet))
}

/// `support ticket show`.
fn show(ctx: &Ctx, id: &str) -> Result<()> {
    let wallet = ctx.open_read_only()?;
    let id = ticket_id(&wallet, id)?;
    let view = wallet.desk().ticket(&id)?;
    print_ticket(ctx, &wallet, &view, "")
}

/// The full id of the ticket `text` names (an id, or a unique prefix with or without `tkt_`).
fn ticket_id(wallet: &Wallet, text: &str) -> Result<String> {
    super::ids::or_unknown(wallet.ids().ticket(text), text)
}

/// An RFC 3339 time in the wallet's zone.
fn local(wallet: &Wallet, rfc: &str) -> String {
    rfc.parse::<jiff::Timestamp>()
        .map(|at| clock::local(at, wallet.zone()))
        .unwrap_or_else(|_| rfc.to_string())
}

/// A size in bytes as people read it: `812 B`, `12.5 KiB`, `3.1 MiB`.
fn human_size(bytes: i64) -> String {
    const KIB: f64 = 1024.0;
    let b = bytes as f64;
    if bytes < 1024 {
        format!("{bytes} B")
    } else if b < KIB * KIB {
        format!("{:.1} KiB", b / KIB)
    } else {
        format!("{:.1} MiB", b / (KIB * KIB))
    }
}

/// Print a ticket after `done_key` (a line saying what was done; empty for `show`).
fn print_ticket(ctx: &Ctx, wallet: &Wallet, view: &TicketView, done_key: &str) -> Result<()> {
    if ctx.json {
        ctx.print_json(&json!({ "ticket": view }));
        return Ok(());
    }
    if ctx.quiet {
        outln!("{}", view.id);
        return Ok(());
    }
    let l = ctx.lang;
    if !done_key.is_empty() {
        outln!("{}", tr(l, done_key, &[("id", &view.id)]));
        outln!();
    }
    out!("{}", ticket_text(l, wallet, view));
    Ok(())
}

/// A ticket as text in `lang`: its details, transactions, messages and attachments (what
/// `ticket show` prints and the export's body holds).
fn ticket_text(l: Lang, wallet: &Wallet, view: &TicketView) -> String {
    let mut rows = vec![
        (t(l, "field.id"), view.id.clone()),
        (t(l, "support.field.subject"), view.subject.clone()),
        (
            t(l, "field.status"),
            t(l, &format!("support.status.{}", view.status)),
        ),
        (
            t(l, "support.field.opened"),
            local(wallet, &view.created_at),
        ),
        (
            t(l, "support.field.updated"),
            local(wallet, &view.updated_at),
        ),
    ];
    if let Some(closed) = &view.closed_at {
        rows.push((t(l, "support.field.closed"), local(wallet, closed)));
    }
    rows.push((t(l, "field.username"), view.account.clone()));
    rows.push((t(l, "support.field.version"), view.okpay_version.clone()));
    rows.push((t(l, "support.field.system"), view.os.clone()));
    let mut out = key_values(&rows);
    out.push('\n');
    for m in &view.messages {
        let at = local(wallet, &m.created_at);
        out.push_str(&tr(
            l,
            "support.ticket.message",
            &[("n", &m.n.to_string()), ("time", &at)],
        ));
        out.push('\n');
        for line in m.body.lines() {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
        for a in &m.attachments {
            out.push_str(&format!(
                "    [{}] {} ({}, {}, sha256 {})\n",
                a.n,
                a.name,
                a.mime,
                human_size(a.size),
                a.sha256
            ));
        }
        out.push('\n');
    }
    if view.transactions.is_empty() {
        out.push_str(&t(l, "support.ticket.no_transactions"));
        out.push('\n');
    } else {
        out.push_str(&t(l, "support.ticket.transactions"));
        out.push('\n');
        out.push_str(&transactions_table(l, wallet, &view.transactions).to_string());
        out.push('\n');
        for line in risk_lines(l, &view.transactions) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    if !view.security_events.is_empty() {
        out.push('\n');
        out.push_str(&t(l, "support.ticket.events"));
        out.push('\n');
        for e in &view.security_events {
            let at = local(wallet, e["at"].as_str().unwrap_or_default());
            let kind = e["kind"].as_str().unwrap_or_default();
            let label = super::messages::lookup(l, &format!("security.kind.{kind}"))
                .map_or_else(|| kind.to_string(), str::to_string);
            out.push_str(&format!("  {at}  {label} ({kind})\n"));
        }
    }
    out
}

/// A plain-text table of transactions: id, time, kind, status, amount, merchant or masked
/// source, and the failure or decline code.
fn transactions_table(l: Lang, wallet: &Wallet, txs: &[Value]) -> Table {
    let mut tbl = Table::new();
    tbl.load_preset(ASCII_BORDERS_ONLY_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(vec![
            t(l, "field.id"),
            t(l, "field.time"),
            t(l, "field.kind"),
            t(l, "field.status"),
            t(l, "field.amount"),
            t(l, "field.counterparty"),
            t(l, "support.field.code"),
        ]);
    let s = |tx: &Value, k: &str| tx[k].as_str().unwrap_or_default().to_string();
    for tx in txs {
        let counterparty = [
            s(tx, "merchant_name"),
            s(tx, "source_masked"),
            s(tx, "merchant"),
            s(tx, "source"),
        ]
        .into_iter()
        .find(|v| !v.is_empty())
        .unwrap_or_default();
        let code = ["failure", "decline"]
            .iter()
            .find_map(|k| tx[*k]["code"].as_str())
            .unwrap_or("-")
            .to_string();
        let kind = s(tx, "kind");
        let status = s(tx, "status");
        tbl.add_row(vec![
            Cell::new(s(tx, "id")),
            Cell::new(local(wallet, &s(tx, "created_at"))),
            Cell::new(t(l, &format!("kind.{kind}"))),
            Cell::new(t(l, &format!("status.{status}"))),
            Cell::new(format!("{} {}", s(tx, "amount"), s(tx, "currency")))
                .set_alignment(comfy_table::CellAlignment::Right),
            Cell::new(counterparty),
            Cell::new(code),
        ]);
    }
    tbl
}

/// The risk rules that fired on each transaction, one line each (none when nothing fired).
fn risk_lines(l: Lang, txs: &[Value]) -> Vec<String> {
    let mut lines = Vec::new();
    for tx in txs {
        // CLI.md: a transaction's `risk` lists `[{"rule", "score", "reason"}]` (under `rules`
        // beside `decision` and `score`), and a risk decline's details list them too.
        let lists = [
            &tx["risk"],
            &tx["risk"]["rules"],
            &tx["decline"]["details"]["rules"],
        ];
        let mut rules: Vec<String> = Vec::new();
        for rule in lists.iter().filter_map(|l| l.as_array()).flatten() {
            if let Some(name) = rule["rule"].as_str().or_else(|| rule.as_str()) {
                if !rules.iter().any(|r| r == name) {
                    rules.push(name.to_string());
                }
            }
        }
        if !rules.is_empty() {
            lines.push(tr(
                l,
                "support.ticket.risk_rules",
                &[
                    ("id", tx["id"].as_str().unwrap_or_default()),
                    ("rules", &super::messages::list(l, &rules)),
                ],
            ));
        }
    }
    lines
}

/// `support ticket attachment ID N -o FILE`.
fn attachment_out(ctx: &Ctx, args: TicketAttachmentArgs) -> Result<()> {
    crate::text::refuse_hidden(&args.id, "id")?;
    refuse_json_to_stdout(ctx, &args.output)?;
    let mut wallet = ctx.open()?;
    let id = ticket_id(&wallet, &args.id)?;
    wallet.desk().ticket(&id)?;
    unlock(ctx, &mut wallet)?;
    let (view, bytes) = wallet.desk().ticket_attachment(&id, args.n)?;
    write_output(&args.output, &bytes)?;
    let to_stdout = is_stdout(&args.output);
    if ctx.json {
        ctx.print_json(&json!({ "attachment": view, "path": args.output.display().to_string() }));
    } else if !ctx.quiet && !to_stdout {
        let path = args.output.display().to_string();
        let size = human_size(view.size);
        outln!(
            "{}",
            tr(
                ctx.lang,
                "support.ticket.attachment_written",
                &[
                    ("n", &view.n.to_string()),
                    ("name", &view.name),
                    ("size", &size),
                    ("path", &path)
                ]
            )
        );
    }
    Ok(())
}

/// `support ticket export ID -o FILE.eml`.
fn export(ctx: &Ctx, args: TicketExportArgs) -> Result<()> {
    crate::text::refuse_hidden(&args.id, "id")?;
    refuse_json_to_stdout(ctx, &args.output)?;
    let from = match &args.from {
        Some(addr) => crate::funding::source::check_email(addr)
            .map(|a| a.to_string())
            .map_err(|_| Error::invalid("err.ticket.from").arg_detail("from", addr))?,
        None => "okpay@localhost".to_string(),
    };
    let mut wallet = ctx.open()?;
    let id = ticket_id(&wallet, &args.id)?;
    wallet.desk().ticket(&id)?;
    unlock(ctx, &mut wallet)?;
    let export = wallet.desk().ticket_export(&id)?;
    let bytes = eml(ctx.lang, &wallet, &export, &from)?;
    write_output(&args.output, &bytes)?;
    let count = export.attachments.len();
    if ctx.json {
        ctx.print_json(&json!({"export": {
            "ticket": export.ticket.id,
            "path": args.output.display().to_string(),
            "to": export.to,
            "attachments": count,
            "bytes": bytes.len(),
        }}));
    } else if ctx.quiet {
        if !is_stdout(&args.output) {
            outln!("{}", args.output.display());
        }
    } else {
        let path = args.output.display().to_string();
        let line = tr(
            ctx.lang,
            "support.ticket.exported",
            &[
                ("path", &path),
                ("to", &export.to),
                ("count", &count.to_string()),
            ],
        );
        // With -o - the message itself is on standard output.
        if is_stdout(&args.output) {
            errln!("{line}");
        } else {
            outln!("{line}");
        }
    }
    Ok(())
}

/// The ticket as an e-mail, its body in `l`.
fn eml(l: Lang, wallet: &Wallet, export: &TicketExport, from: &str) -> Result<Vec<u8>> {
    let view = &export.ticket;
    let mut body = String::new();
    body.push_str(&t(l, "support.export.greeting"));
    body.push_str("\n\n");
    body.push_str(&tr(
        l,
        "support.export.intro",
        &[("id", &view.id), ("account", &view.account)],
    ));
    body.push_str("\n\n");
    body.push_str(&ticket_text(l, wallet, view));
    body.push('\n');
    body.push_str(&tr(
        l,
        "support.export.closing",
        &[("json", &json_name(&view.id))],
    ));
    body.push('\n');
    let ticket_json =
        serde_json::to_vec_pretty(&json!({ "ticket": view })).map_err(Error::internal)?;
    let json_name = json_name(&view.id);
    let mut parts: Vec<crate::support::eml::Part<'_>> = export
        .attachments
        .iter()
        .map(|(a, bytes)| crate::support::eml::Part {
            mime: &a.mime,
            name: &a.name,
            bytes,
        })
        .collect();
    parts.push(crate::support::eml::Part {
        mime: "application/json",
        name: &json_name,
        bytes: &ticket_json,
    });
    let subject = format!("[okpay {}] {}", view.id, view.subject);
    let message_id = format!(
        "{}.{}.{:08x}@okpay",
        view.id,
        clock::to_ms(export.now),
        rand::random::<u32>()
    );
    crate::support::eml::build(&crate::support::eml::Email {
        from_name: &view.account,
        from_address: from,
        to: &export.to,
        subject: &subject,
        date: export.now,
        message_id: &message_id,
        ticket_id: &view.id,
        body: &body,
        parts,
    })
}

fn json_name(id: &str) -> String {
    format!("okpay-{id}.json")
}

fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// `-o -` puts the file on standard output, where `--json` puts its one document.
fn refuse_json_to_stdout(ctx: &Ctx, path: &Path) -> Result<()> {
    if ctx.json && is_stdout(path) {
        Err(Error::invalid("err.ticket.json_and_stdout"))
    } else {
        Ok(())
    }
}

/// Write `bytes` to `path` (readable only by the user; replaced whole, never half-written),
/// through it when it is a device or a pipe, or to standard output for `-`.
fn write_output(path: &Path, bytes: &[u8]) -> Result<()> {
    if is_stdout(path) {
        let mut stdout = std::io::stdout().lock();
        return stdout
            .write_all(bytes)
            .and_then(|()| stdout.flush())
            .map_err(super::output::stdout_error);
    }
    if path.is_dir() {
        return Err(Error::io(
            path.display(),
            crate::error::IoCause::IsADirectory,
        ));
    }
    let io = |e: std::io::Error| Error::io_at(path, &e);
    if std::fs::metadata(path).is_ok_and(|m| !m.file_type().is_file()) {
        // A device or a pipe is written through: renaming a file over it would put a regular
        // file in its place (as root, even over /dev/null).
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(io)?;
        return file
            .write_all(bytes)
            .and_then(|()| file.flush())
            .map_err(io);
    }
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut temp = tempfile::Builder::new()
        .prefix(".okpay-")
        .tempfile_in(parent)
        .map_err(io)?;
    temp.write_all(bytes).map_err(io)?;
    temp.as_file().sync_all().map_err(io)?;
    temp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

/// The message: `--body`, `--body-file` (a file, or `-` for standard input), or written in
/// `$VISUAL`/`$EDITOR` on a terminal; otherwise `input_required`.
fn body_text(
    ctx: &Ctx,
    body: Option<String>,
    file: Option<&Path>,
    subject: Option<&str>,
) -> Result<String> {
    let text = match (body, file) {
        (Some(text), _) => text,
        (None, Some(path)) if is_stdout(path) => read_stdin_body()?,
        (None, Some(path)) => read_body_file(path)?,
        (None, None) if ctx.interactive => edit_body(ctx, subject)?,
        (None, None) => return Err(Error::new(Code::InputRequired, "err.ticket.body_needed")),
    };
    ticket::check_body(&text)
}

fn read_stdin_body() -> Result<String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(BODY_FILE_BYTES_MAX + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io("<stdin>", crate::error::IoCause::of(&e)))?;
    body_bytes(bytes, "<stdin>")
}

fn read_body_file(path: &Path) -> Result<String> {
    let shown = path.display().to_string();
    let file = crate::store::files::open_input(path)?
        .ok_or_else(|| Error::invalid("err.ticket.body_file_missing").arg_detail("path", &shown))?;
    let mut bytes = Vec::new();
    file.take(BODY_FILE_BYTES_MAX + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io_at(path, &e))?;
    body_bytes(bytes, &shown)
}

fn body_bytes(bytes: Vec<u8>, shown: &str) -> Result<String> {
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > BODY_FILE_BYTES_MAX {
        return Err(Error::invalid("err.ticket.body")
            .arg("max", ticket::BODY_CHARS_MAX)
            .detail("field", "body"));
    }
    String::from_utf8(bytes)
        .map_err(|_| Error::invalid("err.file.not_utf8").arg_detail("path", shown))
}

/// Write the message in the user's editor, from a template whose `#` lines are dropped.
fn edit_body(ctx: &Ctx, subject: Option<&str>) -> Result<String> {
    let l = ctx.lang;
    let editor = ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|e| !e.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_string());
    let mut file = tempfile::Builder::new()
        .prefix("okpay-ticket-")
        .suffix(".txt")
        .tempfile()
        .map_err(|e| Error::io("<temp>", crate::error::IoCause::of(&e)))?;
    let mut template = String::from("\n");
    for key in [
        "support.editor.line1",
        "support.editor.line2",
        "support.editor.line3",
    ] {
        template.push_str("# ");
        template.push_str(&tr(l, key, &[("subject", subject.unwrap_or(""))]));
        template.push('\n');
    }
    file.write_all(template.as_bytes())
        .map_err(|e| Error::io_at(file.path(), &e))?;
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(file.path())
        .status()
        .map_err(|_| Error::new(Code::InputRequired, "err.ticket.editor_failed"))?;
    if !status.success() {
        return Err(Error::new(Code::Cancelled, "err.ticket.editor_failed"));
    }
    let mut text = String::new();
    std::fs::File::open(file.path())
        .and_then(|mut f| f.read_to_string(&mut text))
        .map_err(|e| Error::io_at(file.path(), &e))?;
    Ok(text
        .lines()
        .filter(|line| !line.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_risk_rules_that_fired_are_listed_once_per_transaction() {
        let txs = vec![
            json!({"id": "tx_1", "risk": {"decision": "highest", "score": 90,
                "rules": [{"rule": "velocity", "score": 50, "reason": "…"},
                          {"rule": "night_large", "score": 40, "reason": "…"}]},
                "decline": {"code": "risk_blocked", "details": {"rules": [{"rule": "velocity"}]}}}),
            json!({"id": "tx_2", "status": "succeeded"}),
        ];
        let lines = risk_lines(Lang::En, &txs);
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(lines[0].contains("tx_1"), "{lines:?}");
        assert!(lines[0].ends_with("velocity, night_large"), "{lines:?}");
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(human_size(812), "812 B");
        assert_eq!(human_size(12_800), "12.5 KiB");
        assert_eq!(human_size(10 * 1024 * 1024), "10.0 MiB");
    }
}
