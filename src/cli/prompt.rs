//! Confirmations: money movements show what will happen and ask on a terminal; without one they
//! need `--yes`, otherwise `input_required` and nothing moves. Answering no is `cancelled`
//! (exit 2), reported plainly: a cancel is not an error.
//!
//! The prompts are worded by the catalogue, with the language's own punctuation: `Password: `,
//! `密码：` (a full-width colon, no space); the answer to a question is what the person typed,
//! never an English `yes` echoed back.

use std::fmt;
use std::io::{BufRead, Write};

use super::context::Ctx;
use super::messages::{t, Lang};
use crate::error::{Code, Error, Result};

/// dialoguer's prompts, with the label's colon in the user's language.
pub struct Theme(pub Lang);

impl Theme {
    /// `label` followed by the colon of the language, unless the label already ends in one.
    pub fn label(lang: Lang, label: &str) -> String {
        let label = label.trim_end();
        if label.ends_with(['：', ':', '？', '?']) {
            match lang {
                Lang::Zh => label.to_string(),
                Lang::En => format!("{label} "),
            }
        } else {
            match lang {
                Lang::Zh => format!("{label}："),
                Lang::En => format!("{label}: "),
            }
        }
    }
}

impl dialoguer::theme::Theme for Theme {
    fn format_password_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        write!(f, "{}", Theme::label(self.0, prompt))
    }

    fn format_input_prompt(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        _default: Option<&str>,
    ) -> fmt::Result {
        write!(f, "{}", Theme::label(self.0, prompt))
    }
}

/// What an answer to a yes/no question means: `Some(true)` yes, `Some(false)` no (an empty
/// answer is no, the default), `None` not understood.
pub fn answer(text: &str) -> Option<bool> {
    let text = text.trim().to_lowercase();
    match text.as_str() {
        "y" | "yes" | "是" | "是的" | "好" | "确认" | "确定" => Some(true),
        "" | "n" | "no" | "否" | "不" | "取消" => Some(false),
        _ => None,
    }
}

/// Ask to go ahead. `--yes` answers yes; no terminal and no `--yes` is `input_required`; no is
/// `cancelled`.
pub fn confirm(ctx: &Ctx, question_key: &str) -> Result<()> {
    if ctx.yes {
        return Ok(());
    }
    if !ctx.interactive {
        return Err(Error::new(Code::InputRequired, "err.confirm.needed"));
    }
    let failed = |_| Error::new(Code::InputRequired, "err.prompt.failed");
    // No space after a full-width question mark: it carries its own.
    let asked = t(ctx.lang, question_key);
    let gap = if asked.ends_with('？') { "" } else { " " };
    let question = format!("{asked}{gap}{}", t(ctx.lang, "prompt.yes_no"));
    let stdin = std::io::stdin();
    for _ in 0..3 {
        errout!("{question}");
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        let read = stdin.lock().read_line(&mut line).map_err(failed)?;
        if read == 0 {
            // The terminal closed: nothing was agreed to.
            errln!("");
            break;
        }
        match answer(&line) {
            Some(true) => return Ok(()),
            Some(false) => break,
            None => errln!("{}", t(ctx.lang, "prompt.yes_no_again")),
        }
    }
    Err(cancelled())
}

/// The outcome of answering no.
pub fn cancelled() -> Error {
    Error::new(Code::Cancelled, "err.confirm.declined")
}

/// Read a secret on the terminal without echo.
pub fn secret(ctx: &Ctx, prompt_key: &str) -> Result<zeroize::Zeroizing<String>> {
    if !ctx.interactive {
        return Err(Error::new(Code::InputRequired, "err.details.needed"));
    }
    dialoguer::Password::with_theme(&Theme(ctx.lang))
        .with_prompt(t(ctx.lang, prompt_key))
        .report(false)
        .interact()
        .map(zeroize::Zeroizing::new)
        .map_err(|_| Error::new(Code::InputRequired, "err.prompt.failed"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_take_the_colon_of_their_language() {
        assert_eq!(Theme::label(Lang::Zh, "密码"), "密码：");
        assert_eq!(Theme::label(Lang::En, "Password"), "Password: ");
        assert_eq!(
            Theme::label(Lang::Zh, "请再次输入密码："),
            "请再次输入密码："
        );
        assert_eq!(
            Theme::label(Lang::En, "Password (again): "),
            "Password (again): "
        );
    }

    #[test]
    fn answers_in_either_language() {
        assert_eq!(answer("y\n"), Some(true));
        assert_eq!(answer("是\n"), Some(true));
        assert_eq!(answer("\n"), Some(false));
        assert_eq!(answer("否"), Some(false));
        assert_eq!(answer("N"), Some(false));
        assert_eq!(answer("maybe"), None);
    }
}
