//! The command line: clap definitions, dispatch, and the rendering of results and errors. The
//! only code in okpay that knows about terminals, environment variables and standard input.

// First, so that its macros (`outln!`, `out!`, `errln!`, `errout!`) reach every module below.
#[macro_use]
mod output;

pub mod args;
mod args_fx;
mod args_records;
mod args_support;
mod backup;
mod balance;
mod batch;
mod complete;
mod context;
mod convert;
mod credentials;
mod demo;
mod demo_cleanup;
mod docs;
mod fx;
mod help;
mod history;
mod ids;
mod init;
mod limits;
mod markdown;
mod merchant;
pub mod messages;
mod password;
mod pay;
mod progress;
mod prompt;
mod qr;
mod receipt;
mod records;
mod refund;
mod render;
mod report;
mod request;
mod risk;
mod sandbox;
mod security;
mod session;
mod source;
mod statement;
mod stdin;
mod support;
mod support_ticket;
mod topup;
mod transfer;
mod twofa;
mod usage;
mod verify;

use serde_json::json;

pub use args::{Cli, Command};
pub use context::Ctx;
use messages::{t, Lang};

use crate::error::{Code, Error, Result};

/// Parse the process's arguments, run the command, print the outcome; returns the exit code.
pub fn main() -> i32 {
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    run_argv(argv)
}

/// Run with explicit arguments (the first is the program name).
pub fn run_argv(argv: Vec<std::ffi::OsString>) -> i32 {
    // The shell completion scripts' helper: not a command of its own (no help, no man page).
    if argv.get(1).is_some_and(|a| a == complete::COMMAND) {
        return complete::run(&argv);
    }
    // `okpay` alone: a short overview of the main commands, not the whole help as an error.
    if argv.len() <= 1 {
        return overview(&argv);
    }
    use clap::{CommandFactory, FromArgMatches};
    // The examples are added to the help only when help is shown: building them costs every
    // command more than a third of its start-up (the budgets compare okpay with a `sqlite3`
    // process).
    // The command tree lives until the process ends: dropping its thousands of strings and
    // vectors cost a payment 0.5M instructions for nothing.
    // A line that names a subcommand is parsed with that subcommand's tree alone; anything it
    // refuses (help, a misspelling, a missing argument) is parsed again with the whole tree, so
    // the message is the one the whole tree gives.
    if let Some(cli) = args::only_the_named(&argv).and_then(|only| {
        let only: &'static mut clap::Command = Box::leak(Box::new(only));
        let matches = only.try_get_matches_from_mut(&argv).ok()?;
        Cli::from_arg_matches(&matches).ok()
    }) {
        return run_cli(cli);
    }
    let command: &'static mut clap::Command = Box::leak(Box::new(Cli::command()));
    let parsed = command
        .try_get_matches_from_mut(&argv)
        .or_else(|e| match e.kind() {
            clap::error::ErrorKind::DisplayHelp
            | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                help::command().try_get_matches_from(&argv)
            }
            _ => Err(e),
        })
        .and_then(|matches| Cli::from_arg_matches(&matches));
    match parsed {
        Ok(cli) => run_cli(cli),
        Err(e) => usage_error(&argv, e),
    }
}

/// Run a parsed command line; returns the exit code.
fn run_cli(cli: Cli) -> i32 {
    let ctx = match Ctx::new(&cli) {
        Ok(ctx) => ctx,
        Err(e) => {
            let ctx = Ctx::fallback(&cli);
            return report(&ctx, &e);
        }
    };
    let outcome = dispatch(&ctx, cli.command).and_then(|()| output::finish());
    let code = match outcome {
        Ok(()) => 0,
        // SQLite names no file: the wallet is the one it had open.
        Err(e) => report(&ctx, &crate::store::files::explain(&ctx.db, e)),
    };
    let _ = output::finish();
    code
}

fn dispatch(ctx: &Ctx, command: Command) -> Result<()> {
    match command {
        Command::Init(a) => init::run(ctx, a),
        Command::Login(a) => session::login(ctx, a),
        Command::Logout(a) => session::logout(ctx, a),
        Command::Password(a) => password::run(ctx, a),
        Command::TwoFa(a) => twofa::run(ctx, a),
        Command::Status => session::status(ctx),
        Command::Balance(a) => balance::run(ctx, a),
        Command::Source(a) => source::run(ctx, a),
        Command::Topup(a) => topup::run(ctx, a),
        Command::Transfer(a) => transfer::run(ctx, a),
        Command::Pay(a) => pay::run(ctx, a),
        Command::Request(a) => request::run(ctx, a),
        Command::Refund(a) => refund::run(ctx, a),
        Command::Merchant(a) => merchant::run(ctx, a),
        Command::Limits(a) => limits::run(ctx, a),
        Command::Risk(a) => risk::run(ctx, a),
        Command::Fx(a) => fx::run(ctx, a),
        Command::Convert(a) => convert::run(ctx, a),
        Command::History(a) => history::run(ctx, a),
        Command::Receipt(a) => receipt::run(ctx, a),
        Command::Export(a) => records::export(ctx, a),
        Command::Import(a) => records::import(ctx, a),
        Command::Statement(a) => statement::run(ctx, a),
        Command::Report(a) => report::run(ctx, a),
        Command::Verify(a) => verify::run(ctx, a),
        Command::Backup(a) => backup::backup(ctx, a),
        Command::Restore(a) => backup::restore(ctx, a),
        Command::Security(a) => security::run(ctx, a),
        Command::Sandbox(a) => sandbox::run(ctx, a),
        Command::Support(a) => support::run(ctx, a),
        Command::Demo(a) => demo::run(ctx, a),
        Command::Completions(a) => docs::completions(ctx, a),
        Command::GenerateDocs(a) => docs::generate(ctx, a),
    }
}

/// clap's usage errors become `invalid_input` (exit 2), in JSON when `--json` was asked for;
/// `--help` and `--version` print as usual.
fn usage_error(argv: &[std::ffi::OsString], e: clap::Error) -> i32 {
    use clap::error::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) && e.kind() != ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    {
        let _ = e.print();
        return 0;
    }
    let words: Vec<String> = argv
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let json = words.iter().any(|w| w == "--json");
    let lang = lang_from_words(&words);
    // Only global flags and no command (`okpay --lang zh`): the overview, as for `okpay` alone.
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand
    ) && !words.iter().skip(1).any(|w| is_command_word(w))
        && !json
    {
        return overview(argv);
    }
    let detail = e.render().to_string();
    let detail = detail.trim().trim_start_matches("error: ").to_string();
    // The catalogue's words for what clap found wrong (the argument as typed); clap's own
    // English stays in `details.usage`.
    let worded = match lang {
        Lang::En => detail.clone(),
        Lang::Zh => usage::word(lang, &e, &words).unwrap_or_else(|| detail.clone()),
    };
    let err = Error::invalid("err.usage")
        .arg("detail", &worded)
        .detail("usage", detail.clone());
    let ctx = Ctx::minimal(lang, json);
    report(&ctx, &err)
}

/// Whether a word on the command line names a command (not a flag or a flag's value).
fn is_command_word(word: &str) -> bool {
    use clap::CommandFactory;
    Cli::command()
        .get_subcommands()
        .any(|c| c.get_name() == word || c.get_all_aliases().any(|a| a == word))
}

/// `okpay` with no command: what to run first and every day; exit 0.
fn overview(argv: &[std::ffi::OsString]) -> i32 {
    let words: Vec<String> = argv
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let lang = lang_from_words(&words);
    out!("{}", t(lang, "cli.overview"));
    match output::finish() {
        Ok(()) => 0,
        Err(e) => report(&Ctx::minimal(lang, false), &e),
    }
}

fn lang_from_words(words: &[String]) -> Lang {
    let mut explicit = None;
    for (i, w) in words.iter().enumerate() {
        let value = if let Some(v) = w.strip_prefix("--lang=") {
            Some(v.to_string())
        } else if w == "--lang" {
            words.get(i + 1).cloned()
        } else {
            None
        };
        if let Some(v) = value {
            explicit = Some(v);
        }
    }
    let from_env = std::env::var("OKPAY_LANG").ok();
    match explicit.or(from_env).as_deref() {
        Some("zh") => Lang::Zh,
        Some("en") => Lang::En,
        _ => Lang::from_locale(|k| std::env::var(k).ok()),
    }
}

/// Print an error the way the context asks, and return its exit code.
pub fn report(ctx: &Ctx, e: &Error) -> i32 {
    // The rules of a block or a challenge carry their reasons in the user's language.
    let mut worded = risk::word_error(ctx.lang, e);
    // A recorded failure or decline in the error's transaction carries its words too.
    let refused = |tx: &serde_json::Value| tx.get("failure").or(tx.get("decline")).is_some();
    if e.transaction.as_ref().is_some_and(refused) {
        let mut copy = worded.take().unwrap_or_else(|| e.clone());
        if let Some(serde_json::Value::Object(tx)) = copy.transaction.as_mut() {
            let id = tx
                .get("id")
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string();
            let source = tx
                .get("source")
                .and_then(|v| v.as_str())
                .map(str::to_string);
            receipt::word_refusal(ctx.lang, &id, source.as_deref(), tx);
        }
        worded = Some(copy);
    }
    let e = worded.as_ref().unwrap_or(e);
    let (message, advice) = render::error_text(ctx.lang, e);
    // With standard output lost, the error can only go to standard error.
    if ctx.json && !output::failed() {
        // The article the advice names, for scripts and help desks.
        let mut details = e.details.clone();
        details.insert(
            "article".to_string(),
            crate::support::links::for_error(e).into(),
        );
        let error = json!({
            "code": e.code_str(),
            "message": message,
            "advice": advice,
            "details": details,
        });
        let mut doc = json!({ "error": error });
        if let Some(tx) = &e.transaction {
            doc["transaction"] = tx.clone();
        }
        ctx.print_json(&doc);
    } else if ctx.quiet {
        errln!("{}", e.code_str());
    } else if e.code == Code::Cancelled {
        // The person said no: not an error, so no label, no colour, no code.
        errln!("{message}");
    } else {
        let label = ctx.paint(
            render::Paint::Error,
            &render::label(ctx.lang, &t(ctx.lang, "label.error")),
        );
        errln!("{label}{message} [{}]", e.code_str());
        if !advice.is_empty() {
            let label = ctx.paint(
                render::Paint::Dim,
                &render::label(ctx.lang, &t(ctx.lang, "label.advice")),
            );
            errln!("{label}{advice}");
        }
    }
    if e.code == Code::Internal && !ctx.json {
        errln!("{}", t(ctx.lang, "err.internal_report"));
    }
    e.exit_code()
}
