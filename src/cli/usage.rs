//! clap's usage errors in the catalogue's words: each kind of mistake has a message of its own,
//! with the offending argument kept as typed (`okpay blance` → 没有名为 `blance` 的命令). clap's
//! English text stays in the error's `details.usage` for scripts and bug reports.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::messages::{tr, Lang};

/// A context value as text: one string, or several joined as a list of the language.
fn value(lang: Lang, e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(list) => Some(super::messages::list(
            lang,
            &list.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>(),
        )),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(list) => Some(super::messages::list(
            lang,
            &list.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>(),
        )),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The message for clap's error `e` in `lang`, or `None` when no context names the argument
/// (the caller then keeps clap's own words).
pub fn word(lang: Lang, e: &clap::Error, words: &[String]) -> Option<String> {
    let arg = || value(lang, e, ContextKind::InvalidArg).unwrap_or_default();
    let one = |key: &str, pairs: &[(&str, &str)]| tr(lang, key, pairs);
    let mut text = match e.kind() {
        ErrorKind::InvalidSubcommand => {
            let sub = value(lang, e, ContextKind::InvalidSubcommand)?;
            one("usage.invalid_subcommand", &[("arg", &sub)])
        }
        ErrorKind::UnknownArgument => one("usage.unknown_argument", &[("arg", &arg())]),
        ErrorKind::InvalidValue => {
            let given = value(lang, e, ContextKind::InvalidValue).unwrap_or_default();
            match value(lang, e, ContextKind::ValidValue) {
                Some(valid) => one(
                    "usage.invalid_value",
                    &[("arg", &arg()), ("value", &given), ("valid", &valid)],
                ),
                None if given.is_empty() => one("usage.value_missing", &[("arg", &arg())]),
                None => one(
                    "usage.value_validation",
                    &[("arg", &arg()), ("value", &given)],
                ),
            }
        }
        ErrorKind::ValueValidation => {
            let given = value(lang, e, ContextKind::InvalidValue).unwrap_or_default();
            one(
                "usage.value_validation",
                &[("arg", &arg()), ("value", &given)],
            )
        }
        ErrorKind::NoEquals => one("usage.no_equals", &[("arg", &arg())]),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            one("usage.value_count", &[("arg", &arg())])
        }
        ErrorKind::ArgumentConflict => {
            let prior = value(lang, e, ContextKind::PriorArg).unwrap_or_default();
            one("usage.conflict", &[("arg", &arg()), ("prior", &prior)])
        }
        ErrorKind::MissingRequiredArgument => one("usage.missing_required", &[("args", &arg())]),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let command = command_path(words);
            one("usage.missing_subcommand", &[("command", &command)])
        }
        ErrorKind::InvalidUtf8 => one("usage.invalid_utf8", &[]),
        _ => return None,
    };
    let suggested = value(lang, e, ContextKind::SuggestedSubcommand)
        .or_else(|| value(lang, e, ContextKind::SuggestedArg))
        .or_else(|| value(lang, e, ContextKind::SuggestedValue));
    if let Some(suggestion) = suggested {
        let suggestion = suggestion.trim_matches('`').to_string();
        text.push_str(&tr(lang, "usage.suggest", &[("suggestion", &suggestion)]));
    }
    Some(text)
}

/// The command the words name, as far as they name one: `okpay source` for
/// `okpay --lang zh source`.
fn command_path(words: &[String]) -> String {
    use clap::CommandFactory;
    let mut cmd = super::Cli::command();
    let mut path = vec!["okpay".to_string()];
    for word in words.iter().skip(1) {
        let found = cmd
            .get_subcommands()
            .find(|c| c.get_name() == word.as_str())
            .cloned();
        if let Some(sub) = found {
            path.push(word.clone());
            cmd = sub;
        }
    }
    path.join(" ")
}
