//! How a command gets the password or session: `--password-stdin`, `--password-file`,
//! `OKPAY_SESSION`, `OKPAY_PASSWORD`, a prompt, in CLI.md's order. A password is never a flag.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use super::context::Ctx;
use super::messages::t;
use crate::auth::password::Password;
use crate::error::{Code, Error, Result};
use crate::wallet::{Credential, Wallet};

/// The variable holding a session token.
pub const SESSION_VAR: &str = "OKPAY_SESSION";
/// The variable holding a password (for CI jobs; a session is better).
pub const PASSWORD_VAR: &str = "OKPAY_PASSWORD";

/// The session token in the environment, if any.
pub fn session_token() -> Option<String> {
    std::env::var(SESSION_VAR).ok().filter(|s| !s.is_empty())
}

fn explicit_password(ctx: &Ctx) -> Result<Option<Password>> {
    if ctx.password_stdin {
        let line = ctx.read_stdin_line("err.stdin.empty_password")?;
        return Ok(Some(non_empty(Password::new(line.to_string()))?));
    }
    if let Some(path) = &ctx.password_file {
        return Ok(Some(read_password_file(path)?));
    }
    Ok(None)
}

fn env_password() -> Result<Option<Password>> {
    match std::env::var(PASSWORD_VAR) {
        Ok(p) if !p.is_empty() => Ok(Some(Password::new(p))),
        _ => Ok(None),
    }
}

fn non_empty(p: Password) -> Result<Password> {
    if p.as_str().is_empty() {
        Err(Error::invalid("err.password.empty"))
    } else {
        Ok(p)
    }
}

/// Read the first line of a password file that only its owner can read.
fn read_password_file(path: &Path) -> Result<Password> {
    let meta = std::fs::metadata(path).map_err(|_| {
        Error::invalid("err.password_file.unreadable").arg_detail("path", path.display())
    })?;
    if meta.permissions().mode() & 0o077 != 0 {
        return Err(Error::invalid("err.password_file.too_open")
            .arg_detail("path", path.display())
            .arg("mode", format!("{:o}", meta.permissions().mode() & 0o777)));
    }
    let bytes = zeroize::Zeroizing::new(std::fs::read(path).map_err(|_| {
        Error::invalid("err.password_file.unreadable").arg_detail("path", path.display())
    })?);
    let text = std::str::from_utf8(&bytes).map_err(|_| {
        Error::invalid("err.password_file.not_utf8").arg_detail("path", path.display())
    })?;
    let first = text.lines().next().unwrap_or("");
    non_empty(Password::new(first.trim_end_matches('\r').to_string()))
}

/// Prompt for a password on the terminal (hidden input).
pub fn prompt_password(ctx: &Ctx, prompt_key: &str) -> Result<Password> {
    let text = dialoguer::Password::new()
        .with_prompt(t(ctx.lang, prompt_key))
        .allow_empty_password(false)
        .interact()
        .map_err(|_| Error::new(Code::InputRequired, "err.prompt.failed"))?;
    Ok(Password::new(text))
}

/// A password for commands that need the password itself (`login`, `init`, step-up): stdin,
/// file, `OKPAY_PASSWORD`, then a prompt; otherwise `auth_required`.
pub fn password(ctx: &Ctx) -> Result<Password> {
    if let Some(p) = explicit_password(ctx)? {
        return Ok(p);
    }
    if let Some(p) = env_password()? {
        return Ok(p);
    }
    if ctx.interactive {
        return prompt_password(ctx, "prompt.password");
    }
    Err(Error::new(Code::AuthRequired, "err.auth.required"))
}

/// Unlock `wallet` by CLI.md's precedence. A session that does not unlock is
/// `session_expired`, never silently replaced by `OKPAY_PASSWORD`.
pub fn unlock(ctx: &Ctx, wallet: &mut Wallet) -> Result<()> {
    wallet.unlock(credential(ctx)?)
}

/// The credential CLI.md's precedence picks, read (or asked for) but not tried yet: a command
/// that reads more from stdin after the password line reads and checks all of it first, so
/// bad input is refused before an unlock attempt is counted.
pub fn credential(ctx: &Ctx) -> Result<Credential> {
    if let Some(p) = explicit_password(ctx)? {
        return Ok(Credential::Password(p));
    }
    if let Some(token) = session_token() {
        return Ok(Credential::Session(token));
    }
    if let Some(p) = env_password()? {
        return Ok(Credential::Password(p));
    }
    if ctx.interactive {
        let p = prompt_password(ctx, "prompt.password")?;
        return Ok(Credential::Password(p));
    }
    Err(Error::new(Code::AuthRequired, "err.auth.required"))
}

/// Step up: the password again even inside a session (CLI.md "Unlocking": `--password-stdin`,
/// `--password-file` or `OKPAY_PASSWORD`, or a prompt on a terminal); otherwise
/// `step_up_required`. A session in `OKPAY_SESSION` is not enough, by design.
pub fn step_up(ctx: &Ctx, wallet: &mut Wallet) -> Result<()> {
    let password = match (explicit_password(ctx)?, env_password()?) {
        (Some(p), _) | (None, Some(p)) => p,
        (None, None) if ctx.interactive => prompt_password(ctx, "prompt.password_step_up")?,
        (None, None) => {
            return Err(Error::new(
                Code::StepUpRequired,
                "err.auth.step_up_required",
            ))
        }
    };
    wallet.step_up(&password)
}

/// Unlock only if a credential was given without asking; reading commands such as `verify`
/// use it to do more when they can. A credential that fails is still that credential's error.
pub fn unlock_if_offered(ctx: &Ctx, wallet: &mut Wallet) -> Result<bool> {
    let offered = ctx.password_stdin
        || ctx.password_file.is_some()
        || session_token().is_some()
        || std::env::var_os(PASSWORD_VAR).is_some_and(|v| !v.is_empty());
    if offered {
        unlock(ctx, wallet)?;
    }
    Ok(offered)
}
