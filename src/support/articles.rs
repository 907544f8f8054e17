//! The offline help centre: articles kept as text files under `locales/help/<lang>/<id>.md` and
//! compiled into the binary, so help is there without a network. Every article exists in
//! English and Chinese (a missing file stops the build); its id is its file name and never
//! changes, since error advice and users' notes name it.
//!
//! An article file is a small subset of Markdown: `# Title` on the first line, an optional
//! `<!-- keywords: … -->` line (search terms that the text does not use itself, such as error
//! codes and other wordings), then paragraphs, `## headings`, `- ` and `1. ` lists, inline
//! `` `code` `` and fenced code blocks.

/// One article's text in both languages, as compiled in.
pub struct Source {
    pub id: &'static str,
    pub en: &'static str,
    pub zh: &'static str,
}

macro_rules! articles {
    ($($id:literal),* $(,)?) => {
        &[$(Source {
            id: $id,
            en: include_str!(concat!("../../locales/help/en/", $id, ".md")),
            zh: include_str!(concat!("../../locales/help/zh/", $id, ".md")),
        }),*]
    };
}

/// Every article, in the order `support faq` lists them: getting started, money in, paying,
/// when something fails, security, and getting help.
pub static SOURCES: &[Source] = articles!(
    "about",
    "topup-bank",
    "topup-card",
    "topup-platform",
    "topup-third-party",
    "pay",
    "transfers",
    "topup-failed",
    "topup-source-balance",
    "topup-wrong-details",
    "topup-card-expired",
    "topup-network",
    "maintenance",
    "payment-declined",
    "declined-balance",
    "declined-limit",
    "declined-security",
    "declined-merchant",
    "limits",
    "fx",
    "sign-in",
    "passwords",
    "two-factor",
    "history",
    "unknown-transaction",
    "freeze",
    "safe-devices",
    "backups",
    "wallet-file",
    "integrity",
    "scripting",
    "contact-support",
);

/// The language of an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    /// Both languages.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];
}

/// One article in one language, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub id: &'static str,
    pub title: &'static str,
    /// Extra search terms (error codes, other wordings).
    pub keywords: Vec<&'static str>,
    /// The text after the title and keywords, as written (Markdown subset).
    pub body: &'static str,
}

impl Source {
    /// The text in `lang`.
    pub fn text(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Zh => self.zh,
        }
    }

    /// The article in `lang`.
    pub fn article(&self, lang: Lang) -> Article {
        parse(self.id, self.text(lang))
    }
}

/// The article `id`, if there is one.
pub fn find(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}

/// Split an article file into title, keywords and body.
fn parse(id: &'static str, text: &'static str) -> Article {
    let text = text.trim_start_matches('\u{feff}');
    let (first, mut rest) = text.split_once('\n').unwrap_or((text, ""));
    let title = first.trim_start_matches('#').trim();
    let mut keywords = Vec::new();
    let trimmed = rest.trim_start();
    if let Some(after) = trimmed.strip_prefix("<!--") {
        if let Some((comment, tail)) = after.split_once("-->") {
            if let Some(list) = comment.trim().strip_prefix("keywords:") {
                keywords = list
                    .split([',', ';', '，', '；'])
                    .map(str::trim)
                    .filter(|k| !k.is_empty())
                    .collect();
            }
            rest = tail;
        }
    }
    Article {
        id,
        title,
        keywords,
        body: rest.trim_matches(|c: char| c == '\n' || c == '\r' || c == ' '),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_at_least_twenty_articles_with_distinct_ids() {
        assert!(SOURCES.len() >= 20, "{} articles", SOURCES.len());
        let mut ids: Vec<&str> = SOURCES.iter().map(|s| s.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), SOURCES.len(), "an id is listed twice");
        for id in ids {
            assert!(
                id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{id}: ids are lowercase words joined by dashes"
            );
        }
    }

    #[test]
    fn every_article_has_a_title_and_a_body_in_both_languages() {
        for source in SOURCES {
            for lang in Lang::ALL {
                let text = source.text(lang);
                assert!(text.starts_with("# "), "{} {lang:?}: no title", source.id);
                let a = source.article(lang);
                assert!(!a.title.is_empty(), "{} {lang:?}", source.id);
                assert!(a.body.len() > 200, "{} {lang:?}: body too short", source.id);
                assert!(!a.body.contains("<!--"), "{} {lang:?}", source.id);
            }
            let zh = source.article(Lang::Zh);
            assert!(
                zh.title
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{}: the Chinese title is not Chinese",
                source.id
            );
        }
    }

    #[test]
    fn every_file_under_locales_help_is_compiled_in() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/help");
        for lang in ["en", "zh"] {
            for entry in std::fs::read_dir(dir.join(lang)).unwrap() {
                let name = entry.unwrap().file_name().to_string_lossy().into_owned();
                let id = name.trim_end_matches(".md");
                assert!(
                    find(id).is_some(),
                    "locales/help/{lang}/{name} is not listed"
                );
            }
        }
    }

    #[test]
    fn keywords_are_read_and_left_out_of_the_body() {
        let a = parse(
            "x",
            "# Title\n<!-- keywords: one, two；三 -->\n\nBody text.\n",
        );
        assert_eq!(a.title, "Title");
        assert_eq!(a.keywords, vec!["one", "two", "三"]);
        assert_eq!(a.body, "Body text.");
        let b = parse("y", "# Only\n\nText\n");
        assert!(b.keywords.is_empty());
        assert_eq!(b.body, "Text");
    }
}
