//! `okpay password change`: current then new password, the key re-wrapped (or rotated).

use serde_json::json;

use super::args::{PasswordArgs, PasswordChangeArgs, PasswordCommand};
use super::context::Ctx;
use super::credentials::{prompt_new_password, prompt_password, session_token};
use super::messages::{t, tr};
use crate::auth::password::Password;
use crate::error::{Code, Error, Result};

pub fn run(ctx: &Ctx, args: PasswordArgs) -> Result<()> {
    match args.command {
        PasswordCommand::Change(a) => change(ctx, a),
    }
}

fn change(ctx: &Ctx, args: PasswordChangeArgs) -> Result<()> {
    let mut wallet = ctx.open()?;
    let (current, new) = passwords(ctx, wallet.username())?;
    super::credentials::offer_second_factor(ctx, &mut wallet)?;
    let token = session_token();
    let mut bar = super::progress::Bar::new(ctx, "password.progress");
    let done = wallet.change_password(
        &current,
        &new,
        args.rotate_key,
        token.as_deref(),
        &mut |done, total| bar.update(done, total),
    );
    bar.finish();
    let (done, _stepped_up) = done?;
    if ctx.json {
        ctx.print_json(&json!({ "password": done }));
    } else if ctx.quiet {
        outln!("{}", done.changed_at);
    } else {
        outln!("{}", t(ctx.lang, "password.changed"));
        if done.key_rotated {
            let n = done.transactions_resealed.to_string();
            outln!("{}", tr(ctx.lang, "password.key_rotated", &[("count", &n)]));
        }
        let n = done.sessions_revoked.to_string();
        outln!(
            "{}",
            tr(ctx.lang, "password.sessions_revoked", &[("count", &n)])
        );
    }
    Ok(())
}

/// The current and the new password: two lines of stdin with --password-stdin, or prompts on a
/// terminal (the new one twice, checked against the policy before it is repeated).
pub(super) fn passwords(ctx: &Ctx, username: &str) -> Result<(Password, Password)> {
    if ctx.password_stdin {
        let current = Password::new(ctx.read_stdin_line("err.stdin.empty_password")?.to_string());
        let new = Password::new(
            ctx.read_stdin_line("err.stdin.empty_new_password")?
                .to_string(),
        );
        ctx.refuse_stdin_rest("err.stdin.password_extra_lines")?;
        return Ok((current, new));
    }
    if !ctx.interactive {
        return Err(Error::new(Code::InputRequired, "err.password.change_input"));
    }
    let current = prompt_password(ctx, "prompt.current_password")?;
    Ok((current, prompt_new_password(ctx, username)?))
}
