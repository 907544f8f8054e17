//! The run's context: language, output mode, colour, whether we may prompt, the wallet path,
//! and the standard-input reader shared by every flag that reads it.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use serde_json::Value;
use zeroize::Zeroizing;

use super::args::{Cli, ColorChoice};
use super::messages::Lang;
use super::render::{Layout, Paint};
use crate::error::{Code, Error, Result};
use crate::store::anchor::AnchorFile;
use crate::wallet::{default_path, SecondFactor, Wallet};

/// The longest line read from standard input (a password, a card number): 4 KiB.
pub const STDIN_LINE_BYTES_MAX: u64 = 4096;

/// Everything a command needs to know about how it was invoked.
pub struct Ctx {
    pub lang: Lang,
    pub json: bool,
    pub quiet: bool,
    pub color: bool,
    pub yes: bool,
    /// Prompts are allowed: stdin is a terminal and --no-input was not given.
    pub interactive: bool,
    pub db: PathBuf,
    pub password_stdin: bool,
    pub password_file: Option<PathBuf>,
    /// `--otp` / `OKPAY_OTP`.
    pub otp: Option<Zeroizing<String>>,
    /// `--recovery-code`.
    pub recovery_code: Option<Zeroizing<String>>,
    /// How listings are laid out: tables on a terminal, tab-separated lines on a pipe.
    pub layout: Layout,
}

impl Ctx {
    /// Build the context from the parsed command line and the environment.
    pub fn new(cli: &Cli) -> Result<Ctx> {
        let lang = cli
            .globals
            .lang
            .unwrap_or_else(|| Lang::from_locale(|k| std::env::var(k).ok()));
        let db = match &cli.globals.db {
            Some(p) => p.clone(),
            None => default_db()?,
        };
        Ok(Ctx {
            lang,
            json: cli.globals.json,
            quiet: cli.globals.quiet,
            color: color_enabled(cli.globals.color),
            yes: cli.globals.yes,
            interactive: !cli.globals.no_input && std::io::stdin().is_terminal(),
            db,
            password_stdin: cli.globals.password_stdin,
            password_file: cli.globals.password_file.clone(),
            otp: cli.globals.otp.clone().map(Zeroizing::new),
            recovery_code: cli.globals.recovery_code.clone().map(Zeroizing::new),
            layout: Layout::detect(cli.globals.wide),
        })
    }

    /// A context for reporting an error when [`Ctx::new`] itself failed.
    pub fn fallback(cli: &Cli) -> Ctx {
        let mut ctx = Ctx::minimal(cli.globals.lang.unwrap_or(Lang::En), cli.globals.json);
        ctx.quiet = cli.globals.quiet;
        ctx
    }

    /// A context for reporting a usage error, before clap gave us anything.
    pub fn minimal(lang: Lang, json: bool) -> Ctx {
        Ctx {
            lang,
            json,
            quiet: false,
            color: color_enabled(ColorChoice::Auto) && std::io::stderr().is_terminal(),
            yes: false,
            interactive: false,
            db: PathBuf::new(),
            password_stdin: false,
            password_file: None,
            otp: None,
            recovery_code: None,
            layout: Layout::plain(),
        }
    }

    /// Open the wallet at `--db`, with this machine's rollback anchor.
    pub fn open(&self) -> Result<Wallet> {
        let mut wallet = Wallet::open(&self.db)?;
        wallet.set_second_factor(self.second_factor());
        if let Some(file) = anchor_file() {
            wallet.set_anchor_file(file);
        }
        Ok(wallet)
    }

    /// Open the wallet at `--db` for a command that writes nothing: it reads from a read-only
    /// file or directory, and never changes the file.
    pub fn open_read_only(&self) -> Result<Wallet> {
        let mut wallet = Wallet::open_read_only(&self.db)?;
        if let Some(file) = anchor_file() {
            wallet.set_anchor_file(file);
        }
        Ok(wallet)
    }

    /// The second factor given with `--otp`, `OKPAY_OTP` or `--recovery-code`.
    pub fn second_factor(&self) -> Option<SecondFactor> {
        match (&self.recovery_code, &self.otp) {
            (Some(code), _) => Some(SecondFactor::Recovery(code.clone())),
            (None, Some(code)) if !code.is_empty() => Some(SecondFactor::Code(code.clone())),
            _ => None,
        }
    }

    /// Print one JSON document on stdout (a failure to write is reported at the end of the run).
    pub fn print_json(&self, doc: &Value) {
        let text = serde_json::to_string_pretty(doc).unwrap_or_else(|_| "{}".to_string());
        outln!("{text}");
    }

    /// Colour `text` when colour is on.
    pub fn paint(&self, paint: Paint, text: &str) -> String {
        if self.color {
            paint.apply(text)
        } else {
            text.to_string()
        }
    }

    /// Read one line of standard input (without its line ending), zeroized on drop;
    /// `missing_key` is the `input_required` message when the input has ended. A line that is
    /// not UTF-8 is `invalid_input` (`err.stdin.not_utf8`), never an I/O failure.
    pub fn read_stdin_line(&self, missing_key: &'static str) -> Result<Zeroizing<String>> {
        let max_bytes = usize::try_from(STDIN_LINE_BYTES_MAX).unwrap_or(usize::MAX);
        let Some(mut bytes) = super::stdin::read_line(max_bytes).map_err(Error::from)? else {
            return Err(Error::new(Code::InputRequired, missing_key));
        };
        while bytes.ends_with(b"\n") || bytes.ends_with(b"\r") {
            bytes.pop();
        }
        match std::str::from_utf8(&bytes) {
            Ok(text) => Ok(Zeroizing::new(text.to_string())),
            Err(_) => Err(Error::invalid("err.stdin.not_utf8")
                .arg_detail("what", stdin_line_name(missing_key))
                .detail("field", "stdin")),
        }
    }

    /// Refuse anything left on standard input after a command read all the lines it takes:
    /// only blank lines may follow. `extra_key` is the message. Only what is certain to be
    /// extra is refused: what is already waiting in a pipe or a redirected file. A terminal,
    /// or a writer that keeps the pipe open, is never waited for.
    pub fn refuse_stdin_rest(&self, extra_key: &'static str) -> Result<()> {
        if std::io::stdin().is_terminal() {
            return Ok(());
        }
        let max_bytes = usize::try_from(STDIN_LINE_BYTES_MAX).unwrap_or(usize::MAX);
        let rest = super::stdin::read_waiting(max_bytes).map_err(Error::from)?;
        if rest.iter().all(u8::is_ascii_whitespace) {
            Ok(())
        } else {
            Err(Error::invalid(extra_key).detail("field", "stdin"))
        }
    }
}

/// What a stdin line was read for, named in `err.stdin.not_utf8` (the flag, never the value).
fn stdin_line_name(missing_key: &str) -> &'static str {
    match missing_key {
        "err.stdin.empty_password" => "--password-stdin",
        _ => "--details-stdin",
    }
}

/// `--color`, `NO_COLOR` and whether stdout is a terminal.
fn color_enabled(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            !no_color && std::io::stdout().is_terminal()
        }
    }
}

/// The rollback anchors: `$XDG_STATE_HOME/okpay/anchors` (`~/.local/state/okpay/anchors`).
pub fn anchor_file() -> Option<AnchorFile> {
    let dirs = directories::BaseDirs::new()?;
    let state = dirs
        .state_dir()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| dirs.home_dir().join(".local").join("state"));
    Some(AnchorFile::new(state.join("okpay").join("anchors")))
}

/// `<platform data dir>/okpay/wallet.db` (XDG on Linux).
fn default_db() -> Result<PathBuf> {
    let dirs = directories::BaseDirs::new().ok_or_else(|| Error::invalid("err.db.no_default"))?;
    Ok(default_path(dirs.data_dir()))
}
