//! Message catalogues: every runtime sentence comes from `locales/` in the user's language,
//! with `%{name}` arguments filled in.

use std::borrow::Cow;

/// The languages okpay speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    /// The catalogue's locale name.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// The language from the locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`, first non-empty
    /// wins): `zh*` is Chinese, anything else English.
    pub fn from_locale(lookup: impl Fn(&str) -> Option<String>) -> Lang {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(value) = lookup(name).filter(|v| !v.is_empty()) {
                return if value.to_ascii_lowercase().starts_with("zh") {
                    Lang::Zh
                } else {
                    Lang::En
                };
            }
        }
        Lang::En
    }
}

/// The raw catalogue text of `key`, if the catalogue has it (falling back to English).
pub fn lookup(lang: Lang, key: &str) -> Option<Cow<'static, str>> {
    crate::_rust_i18n_try_translate(lang.code(), key)
        .or_else(|| crate::_rust_i18n_try_translate("en", key))
}

/// The message `key` in `lang` with `%{name}` arguments filled in. A key missing from the
/// catalogues shows itself, so a test notices.
pub fn tr(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let template = lookup(lang, key).unwrap_or_else(|| Cow::Owned(key.to_string()));
    fill(&template, args)
}

/// Fill `%{name}` placeholders.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("%{{{name}}}"), value);
    }
    out
}

/// A translated string with no arguments.
pub fn t(lang: Lang, key: &str) -> String {
    tr(lang, key, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_variables_choose_the_language() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::from_locale(env(&[("LANG", "zh_CN.UTF-8")])), Lang::Zh);
        assert_eq!(Lang::from_locale(env(&[("LANG", "de_DE.UTF-8")])), Lang::En);
        assert_eq!(
            Lang::from_locale(env(&[("LC_ALL", "C"), ("LANG", "zh_CN")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_locale(env(&[("LC_ALL", ""), ("LANG", "zh_TW")])),
            Lang::Zh
        );
        assert_eq!(Lang::from_locale(env(&[])), Lang::En);
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            fill(
                "pay %{amount} %{currency}",
                &[("amount", "1.00"), ("currency", "CNY")]
            ),
            "pay 1.00 CNY"
        );
    }
}
