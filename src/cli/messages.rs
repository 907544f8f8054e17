//! Message catalogues: every runtime sentence comes from `locales/` in the user's language,
//! with `%{name}` arguments filled in.

/// The catalogues, compiled from `locales/` by build.rs: (key, text), sorted by key.
mod catalogue {
    include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
}

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

/// One language's catalogue: every key and text in one string, and the sorted index into it.
type Table = (&'static str, &'static [(u32, u32, u32, u32)]);

const EN: Table = (catalogue::EN_TEXT, catalogue::EN_INDEX);
const ZH: Table = (catalogue::ZH_TEXT, catalogue::ZH_INDEX);

fn slice(text: &'static str, at: u32, len: u32) -> &'static str {
    let (at, len) = (at as usize, len as usize);
    text.get(at..at + len).unwrap_or_default()
}

fn find((text, index): Table, key: &str) -> Option<&'static str> {
    index
        .binary_search_by(|&(k, kl, _, _)| slice(text, k, kl).cmp(key))
        .ok()
        .map(|i| {
            let (_, _, t, tl) = index[i];
            slice(text, t, tl)
        })
}

/// The raw catalogue text of `key`, if the catalogue has it (falling back to English).
pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    let table = match lang {
        Lang::En => EN,
        Lang::Zh => ZH,
    };
    find(table, key).or_else(|| find(EN, key))
}

/// The message `key` in `lang` with `%{name}` arguments filled in. A key missing from the
/// catalogues shows itself, so a test notices.
pub fn tr(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let template = lookup(lang, key).unwrap_or(key);
    match lang {
        Lang::En => fill(template, args),
        Lang::Zh => fill_spaced(template, args),
    }
}

/// Whether `c` is Chinese text (an ideograph or full-width punctuation).
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

/// Whether `c` is an ideograph (the text a Latin word is set apart from by a space).
fn is_ideograph(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9fff}')
}

/// Fill `%{name}` placeholders in Chinese text, which the catalogue writes without spaces
/// (`已向%{merchant}付款`): a value that begins or ends with a Latin letter or digit is set
/// apart from an adjacent ideograph by a space (`已向 Tea House 付款`), a Chinese one is not
/// (`已向茶馆付款`).
pub fn fill_spaced(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(at) = rest.find("%{") {
        let Some(len) = rest[at..].find('}') else {
            break;
        };
        let name = &rest[at + 2..at + len];
        let Some((_, value)) = args.iter().find(|(n, _)| *n == name) else {
            out.push_str(&rest[..at + len + 1]);
            rest = &rest[at + len + 1..];
            continue;
        };
        out.push_str(&rest[..at]);
        let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        if out.chars().next_back().is_some_and(is_ideograph) && latin(value.chars().next()) {
            out.push(' ');
        }
        out.push_str(value);
        rest = &rest[at + len + 1..];
        if rest.chars().next().is_some_and(is_ideograph) && latin(value.chars().next_back()) {
            out.push(' ');
        }
    }
    out.push_str(rest);
    out
}

/// Items of a list as the language writes them: `a, b` or `a、b`.
pub fn list(lang: Lang, items: &[String]) -> String {
    match lang {
        Lang::En => items.join(", "),
        Lang::Zh => items.join("、"),
    }
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
    fn latin_names_are_set_apart_in_chinese_and_chinese_ones_are_not() {
        let t = "已向%{merchant}付款%{amount}。";
        assert_eq!(
            fill_spaced(t, &[("merchant", "茶馆"), ("amount", "5.00 CNY")]),
            "已向茶馆付款 5.00 CNY。"
        );
        assert_eq!(
            fill_spaced(t, &[("merchant", "Tea House"), ("amount", "5.00 CNY")]),
            "已向 Tea House 付款 5.00 CNY。"
        );
        assert_eq!(fill_spaced("（%{id}）", &[("id", "tx_1")]), "（tx_1）");
        assert_eq!(fill_spaced("%{x} 与 %{y}", &[("x", "a")]), "a 与 %{y}");
        assert_eq!(list(Lang::Zh, &["甲".into(), "乙".into()]), "甲、乙");
        assert_eq!(list(Lang::En, &["a".into(), "b".into()]), "a, b");
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

#[cfg(test)]
mod catalogue_tests {
    //! Every message exists in English and Chinese with the same placeholders, and every key the
    //! code names exists.

    use std::collections::{BTreeMap, BTreeSet};
    use std::path::{Path, PathBuf};

    fn catalogue(lang: &str) -> BTreeMap<String, String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut all = BTreeMap::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(&format!(".{lang}.json")) {
                let text = std::fs::read_to_string(&path).unwrap();
                let map: BTreeMap<String, String> = serde_json::from_str(&text).unwrap();
                for (k, v) in map {
                    assert!(all.insert(k.clone(), v).is_none(), "{k} twice in {lang}");
                }
            }
        }
        all
    }

    fn placeholders(text: &str) -> BTreeSet<String> {
        text.split("%{")
            .skip(1)
            .filter_map(|s| s.split('}').next())
            .map(str::to_string)
            .collect()
    }

    /// ASCII punctuation (`, : ; ! ?` and parentheses) next to Chinese text, outside code in
    /// backticks: the places where a message should use full-width punctuation.
    fn ascii_punctuation_next_to_chinese(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        for (n, part) in text.split('`').enumerate() {
            if n % 2 == 1 {
                continue; // code, a command or a format, written as typed
            }
            let chars: Vec<char> = part.chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                if !matches!(c, ',' | ':' | ';' | '!' | '?' | '(' | ')') {
                    continue;
                }
                let before = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
                let after = chars.get(i + 1).copied();
                if before.is_some_and(super::is_cjk) || after.is_some_and(super::is_cjk) {
                    let from = i.saturating_sub(4);
                    let to = (i + 5).min(chars.len());
                    found.push(chars[from..to].iter().collect());
                }
            }
        }
        found
    }

    #[test]
    fn chinese_text_uses_full_width_punctuation() {
        assert_eq!(ascii_punctuation_next_to_chinese("密码:"), vec!["密码:"]);
        assert!(ascii_punctuation_next_to_chinese("密码：").is_empty());
        assert!(ascii_punctuation_next_to_chinese("运行 `okpay pay (x)`：").is_empty());
        let mut bad = Vec::new();
        for lang in ["en", "zh"] {
            for (key, text) in catalogue(lang) {
                for at in ascii_punctuation_next_to_chinese(&text) {
                    bad.push(format!("{lang} {key}: …{at}…"));
                }
            }
        }
        assert!(
            bad.is_empty(),
            "ASCII punctuation next to Chinese: {bad:#?}"
        );
    }

    #[test]
    fn chinese_lists_and_names_follow_chinese_conventions() {
        let zh = catalogue("zh");
        let mut bad = Vec::new();
        for (key, text) in &zh {
            // A name is filled in without spaces; `fill_spaced` adds them for Latin names.
            for name in ["%{merchant}", "%{name}", "%{user}"] {
                for (at, _) in text.match_indices(name) {
                    let before = text[..at].chars().next_back();
                    let after = text[at + name.len()..].chars().next();
                    if before == Some(' ') || after == Some(' ') {
                        bad.push(format!("{key}: a space around {name}"));
                    }
                }
            }
            // Items of a Chinese list are set apart by 、, never by `, `.
            for (at, _) in text.match_indices(", ") {
                let before = text[..at].chars().next_back();
                let after = text[at + 2..].chars().next();
                if before.is_some_and(super::is_cjk) || after.is_some_and(super::is_cjk) {
                    bad.push(format!("{key}: `, ` between Chinese items"));
                }
            }
        }
        assert!(bad.is_empty(), "{bad:#?}");
    }

    #[test]
    fn english_and_chinese_have_the_same_keys_and_placeholders() {
        let en = catalogue("en");
        let zh = catalogue("zh");
        let en_keys: BTreeSet<_> = en.keys().collect();
        let zh_keys: BTreeSet<_> = zh.keys().collect();
        let missing: Vec<_> = en_keys.difference(&zh_keys).collect();
        let extra: Vec<_> = zh_keys.difference(&en_keys).collect();
        assert!(missing.is_empty(), "missing in zh: {missing:?}");
        assert!(extra.is_empty(), "only in zh: {extra:?}");
        for (k, v) in &en {
            assert_eq!(placeholders(v), placeholders(&zh[k]), "placeholders of {k}");
        }
    }

    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    #[test]
    fn every_key_the_code_names_exists() {
        let en = catalogue("en");
        let mut files = Vec::new();
        rust_files(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        let prefixes = [
            "err.",
            "advice.",
            "field.",
            "label.",
            "word.",
            "prompt.",
            "demo.",
            "init.",
            "login.",
            "logout.",
            "status.",
            "balance.",
            "history.",
            "sandbox.",
            "docs.",
            "verify.",
            "source.",
            "topup.",
            "pay.",
            "refund.",
            "merchant.",
            "limits.",
            "source_kind.",
            "kind.",
            "link.",
            "request.",
            "support.",
        ];
        let mut missing = BTreeSet::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for literal in text.split('"').skip(1).step_by(2) {
                let looks_like_key = prefixes.iter().any(|p| literal.starts_with(p))
                    && literal.len() > 4
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '.' || c == '_' || c == '-')
                    && !literal.ends_with('.');
                if looks_like_key && !en.contains_key(literal) {
                    missing.insert(format!("{literal} ({})", file.display()));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "keys named in code but missing from locales/*.en.json: {missing:#?}"
        );
    }

    #[test]
    fn every_code_kind_status_and_link_has_words() {
        let en = catalogue("en");
        for code in crate::error::Code::ALL {
            assert!(
                en.contains_key(&format!("advice.{}", code.as_str())),
                "advice.{code}"
            );
        }
        for kind in crate::ledger::Kind::ALL {
            assert!(en.contains_key(&format!("kind.{}", kind.as_str())));
        }
        for status in crate::ledger::Status::ALL {
            assert!(en.contains_key(&format!("status.{}", status.as_str())));
        }
        for kind in crate::funding::SourceKind::ALL {
            assert!(en.contains_key(&format!("source_kind.{}", kind.as_str())));
        }
        for link in [
            "settles",
            "returns",
            "refunds",
            "retries",
            "settled_by",
            "returned_by",
            "refunded_by",
            "retried_by",
        ] {
            assert!(en.contains_key(&format!("link.{link}")));
        }
        for problem in [
            "sqlite",
            "unbalanced",
            "balance_mismatch",
            "status_mismatch",
            "bad_link",
            "chain_length",
            "chain_broken",
            "head_mismatch",
        ] {
            assert!(en.contains_key(&format!("verify.problem.{problem}")));
        }
    }
}
