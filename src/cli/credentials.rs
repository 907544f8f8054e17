//! How a command gets the password or session: `--password-stdin`, `--password-file`,
//! `OKPAY_SESSION`, `OKPAY_PASSWORD`, a prompt, in CLI.md's order. A password is never a flag.

use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use super::context::Ctx;
use super::messages::t;
use crate::auth::password::Password;
use crate::error::{Code, Error, Result};
use crate::wallet::{Credential, SecondFactor, SteppedUp, Unlocked, Wallet};

/// The variable holding a session token.
pub const SESSION_VAR: &str = "OKPAY_SESSION";
/// The variable holding a password (for CI jobs; a session is better).
pub const PASSWORD_VAR: &str = "OKPAY_PASSWORD";

/// The session token in the environment, if any. A value that is not UTF-8 is still a token
/// the user gave: it fails to unlock (`session_expired`) instead of being ignored.
pub fn session_token() -> Option<String> {
    std::env::var_os(SESSION_VAR)
        .filter(|s| !s.is_empty())
        .map(|s| s.to_string_lossy().into_owned())
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
        Err(std::env::VarError::NotUnicode(_)) => {
            Err(Error::invalid("err.env.not_utf8").arg_detail("variable", PASSWORD_VAR))
        }
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

/// The most of a password file read: 64 KiB (the password is its first line).
const PASSWORD_FILE_BYTES_MAX: u64 = 64 * 1024;

/// Read the first line of a password file that only its owner can read. A missing file is
/// `invalid_input`; one that exists but cannot be read (a directory, a FIFO, no permission) is
/// `io_error`, as CLI.md's "Standard input" says.
fn read_password_file(path: &Path) -> Result<Password> {
    let unreadable =
        || Error::invalid("err.password_file.unreadable").arg_detail("path", path.display());
    let file = crate::store::files::open_input(path)?.ok_or_else(unreadable)?;
    let meta = file.metadata().map_err(|e| Error::io_at(path, &e))?;
    if meta.permissions().mode() & 0o077 != 0 {
        return Err(Error::invalid("err.password_file.too_open")
            .arg_detail("path", path.display())
            .arg("mode", format!("{:o}", meta.permissions().mode() & 0o777)));
    }
    // Room for the whole read up front: a growing buffer would leave copies unzeroized.
    let capacity = usize::try_from(PASSWORD_FILE_BYTES_MAX).unwrap_or(0);
    let mut text = zeroize::Zeroizing::new(String::with_capacity(capacity));
    file.take(PASSWORD_FILE_BYTES_MAX)
        .read_to_string(&mut text)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::InvalidData => {
                Error::invalid("err.password_file.not_utf8").arg_detail("path", path.display())
            }
            _ => Error::io_at(path, &e),
        })?;
    let first = text.lines().next().unwrap_or("");
    non_empty(Password::new(first.trim_end_matches('\r').to_string()))
}

/// Ask for a new password on a terminal: checked against the policy (the reason shown, then
/// asked again) before it is repeated; until both entries match.
pub fn prompt_new_password(ctx: &Ctx, username: &str) -> Result<Password> {
    loop {
        let first = prompt_password(ctx, "prompt.new_password")?;
        if let Err(e) = crate::auth::password::check_policy(&first, Some(username)) {
            let (message, advice) = super::render::error_text(ctx.lang, &e);
            errln!("{message}\n{advice}");
            continue;
        }
        let second = prompt_password(ctx, "prompt.repeat_password")?;
        if first.as_str() == second.as_str() {
            return Ok(first);
        }
        errln!("{}", t(ctx.lang, "prompt.passwords_differ"));
    }
}

/// Prompt for a password on the terminal (hidden input).
pub fn prompt_password(ctx: &Ctx, prompt_key: &str) -> Result<Password> {
    let text = dialoguer::Password::with_theme(&super::prompt::Theme(ctx.lang))
        .with_prompt(t(ctx.lang, prompt_key))
        .report(false)
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
pub fn unlock<'w>(ctx: &Ctx, wallet: &'w mut Wallet) -> Result<Unlocked<'w>> {
    unlock_stepping_up(ctx, wallet)?;
    wallet.unlocked()
}

/// Unlock as [`unlock`] does, keeping the step-up a password unlock is (a session is none):
/// for a payment, whose risk challenge the password of this run answers.
pub fn unlock_stepping_up(ctx: &Ctx, wallet: &mut Wallet) -> Result<Option<SteppedUp>> {
    let (credential, prompted) = credential_from(ctx)?;
    if matches!(credential, Credential::Password(_)) {
        ask_code_if_needed(ctx, wallet)?;
    }
    if !prompted {
        return unlock_with(wallet, credential);
    }
    // Typed at a terminal: a wrong password is asked again, up to three tries in all (each a
    // counted failed attempt, so the lock-out holds), the way sudo does.
    let mut credential = credential;
    let mut tries = 1;
    loop {
        match unlock_with(wallet, credential) {
            Ok(proof) => return Ok(proof),
            Err(e) if e.code == Code::AuthFailed && tries < PROMPT_TRIES => {
                tries += 1;
                errln!("{}", t(ctx.lang, "prompt.password_wrong"));
                credential = Credential::Password(prompt_password(ctx, "prompt.password")?);
            }
            Err(e) => return Err(e),
        }
    }
}

/// Unlock with a credential already read, keeping the step-up a password is.
pub fn unlock_with(wallet: &mut Wallet, credential: Credential) -> Result<Option<SteppedUp>> {
    match credential {
        Credential::Password(password) => wallet.step_up(&password).map(Some),
        session => wallet.unlock(session).map(|_| None),
    }
}

/// How many times a password typed at a terminal is asked for.
pub const PROMPT_TRIES: u32 = 3;

/// Once 2FA is on, a password unlock needs a code: from `--otp`, `OKPAY_OTP`,
/// `--recovery-code`, or a prompt on a terminal (never from a stdin line). Without one the
/// wallet answers `otp_required`.
fn ask_code_if_needed(ctx: &Ctx, wallet: &mut Wallet) -> Result<()> {
    if wallet.twofa_on_unverified() && ctx.second_factor().is_none() && ctx.interactive {
        let code = prompt_password(ctx, "prompt.otp")?;
        wallet.set_second_factor(Some(SecondFactor::Code(zeroize::Zeroizing::new(
            code.as_str().to_string(),
        ))));
    }
    Ok(())
}

/// Ask for the code on a terminal when 2FA is on and none was given (before a password check
/// the wallet makes itself, such as `password change`).
pub fn offer_second_factor(ctx: &Ctx, wallet: &mut Wallet) -> Result<()> {
    ask_code_if_needed(ctx, wallet)
}

/// Operations that need the second factor even inside a session (adding a funding source).
pub fn second_factor(ctx: &Ctx, wallet: &mut Wallet) -> Result<()> {
    ask_code_if_needed(ctx, wallet)?;
    wallet.require_second_factor()
}

/// The credential CLI.md's precedence picks, read (or asked for) but not tried yet: a command
/// that reads more from stdin after the password line reads and checks all of it first, so
/// bad input is refused before an unlock attempt is counted.
pub fn credential(ctx: &Ctx) -> Result<Credential> {
    credential_from(ctx).map(|(c, _)| c)
}

/// The credential, and whether it was typed at a prompt.
fn credential_from(ctx: &Ctx) -> Result<(Credential, bool)> {
    if let Some(p) = explicit_password(ctx)? {
        return Ok((Credential::Password(p), false));
    }
    if let Some(token) = session_token() {
        return Ok((Credential::Session(token), false));
    }
    if let Some(p) = env_password()? {
        return Ok((Credential::Password(p), false));
    }
    if ctx.interactive {
        let p = prompt_password(ctx, "prompt.password")?;
        return Ok((Credential::Password(p), true));
    }
    Err(Error::new(Code::AuthRequired, "err.auth.required"))
}

/// Step up: the password again even inside a session (CLI.md "Unlocking": `--password-stdin`,
/// `--password-file` or `OKPAY_PASSWORD`, or a prompt on a terminal); otherwise
/// `step_up_required`. A session in `OKPAY_SESSION` is not enough, by design.
pub fn step_up(ctx: &Ctx, wallet: &mut Wallet) -> Result<SteppedUp> {
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
    ask_code_if_needed(ctx, wallet)?;
    wallet.step_up(&password)
}

/// Unlock only if a credential was given without asking; reading commands such as `verify`
/// use it to do more when they can. A credential that fails is still that credential's error.
pub fn unlock_if_offered(ctx: &Ctx, wallet: &mut Wallet) -> Result<bool> {
    let offered = credential_offered(ctx);
    if offered {
        unlock(ctx, wallet)?;
    }
    Ok(offered)
}

/// Whether the credential CLI.md's precedence picks is a session (no password flag, and
/// `OKPAY_SESSION` set): unlocking with it reads and writes nothing.
pub fn session_unlocks(ctx: &Ctx) -> bool {
    !ctx.password_stdin && ctx.password_file.is_none() && session_token().is_some()
}

/// Whether [`password`] would ask at a terminal (no flag or variable gives the password).
pub fn password_would_prompt(ctx: &Ctx) -> bool {
    ctx.interactive
        && !ctx.password_stdin
        && ctx.password_file.is_none()
        && std::env::var_os(PASSWORD_VAR).is_none_or(|v| v.is_empty())
}

/// Whether a credential was given without asking (a flag or the environment).
pub fn credential_offered(ctx: &Ctx) -> bool {
    ctx.password_stdin
        || ctx.password_file.is_some()
        || session_token().is_some()
        || std::env::var_os(PASSWORD_VAR).is_some_and(|v| !v.is_empty())
}
