//! Confirmations: money movements show what will happen and ask on a terminal; without one they
//! need `--yes`, otherwise `input_required` and nothing moves.

use super::context::Ctx;
use super::messages::t;
use crate::error::{Code, Error, Result};

/// Ask to go ahead. `--yes` answers yes; no terminal and no `--yes` is `input_required`.
pub fn confirm(ctx: &Ctx, question_key: &str) -> Result<()> {
    if ctx.yes {
        return Ok(());
    }
    if !ctx.interactive {
        return Err(Error::new(Code::InputRequired, "err.confirm.needed"));
    }
    let yes = dialoguer::Confirm::new()
        .with_prompt(t(ctx.lang, question_key))
        .default(false)
        .interact()
        .map_err(|_| Error::new(Code::InputRequired, "err.prompt.failed"))?;
    if yes {
        Ok(())
    } else {
        Err(Error::new(Code::InputRequired, "err.confirm.declined"))
    }
}

/// Read a secret on the terminal without echo.
pub fn secret(ctx: &Ctx, prompt_key: &str) -> Result<zeroize::Zeroizing<String>> {
    if !ctx.interactive {
        return Err(Error::new(Code::InputRequired, "err.details.needed"));
    }
    dialoguer::Password::new()
        .with_prompt(t(ctx.lang, prompt_key))
        .interact()
        .map(zeroize::Zeroizing::new)
        .map_err(|_| Error::new(Code::InputRequired, "err.prompt.failed"))
}
