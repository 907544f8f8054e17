//! Searching the help centre: titles, keywords and bodies in both languages, case-insensitive,
//! ranked best first. Latin text is split into words (hyphens joined, so "top-up" and "topup"
//! meet, and a crude stem, so "failed" finds "fails" and "failure"); Chinese has no spaces, so a
//! run of Chinese characters is looked for as a substring, and failing that by its pairs of
//! characters, without a word splitter.

use unicode_normalization::UnicodeNormalization;

use super::articles::{Article, Lang, SOURCES};

/// The most results one search returns.
pub const RESULTS_MAX: usize = 10;
/// The longest query looked at, in characters.
pub const QUERY_CHARS_MAX: usize = 200;

/// Words too common to rank by.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "can", "did", "do", "does", "for", "how", "i", "in", "is", "it", "my",
    "of", "on", "or", "the", "to", "up", "what", "why", "with", "me", "was", "not", "t",
];

/// What a word found in each part of an article is worth.
const IN_ID: u32 = 8;
const IN_TITLE: u32 = 10;
const IN_KEYWORDS: u32 = 6;
const IN_BODY: u32 = 1;
/// Body matches count up to this many times.
const BODY_HITS_MAX: u32 = 3;
/// The whole query found as written: in the title, in the keywords, in the body.
const PHRASE_TITLE: u32 = 20;
const PHRASE_KEYWORDS: u32 = 12;
const PHRASE_BODY: u32 = 3;

/// One result: an article and how well it matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub id: &'static str,
    pub score: u32,
}

/// Search every article in both languages; best first, ties in the help centre's order.
pub fn search(query: &str) -> Vec<Hit> {
    let query: String = query.chars().take(QUERY_CHARS_MAX).collect();
    let phrase = normalise(&query);
    let terms = terms(&phrase);
    if terms.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(usize, Hit)> = SOURCES
        .iter()
        .enumerate()
        .filter_map(|(order, source)| {
            let score = Lang::ALL
                .iter()
                .map(|&lang| score(&source.article(lang), &terms, &phrase))
                .max()
                .unwrap_or(0);
            (score > 0).then_some((
                order,
                Hit {
                    id: source.id,
                    score,
                },
            ))
        })
        .collect();
    hits.sort_by(|(oa, a), (ob, b)| b.score.cmp(&a.score).then(oa.cmp(ob)));
    hits.into_iter()
        .map(|(_, hit)| hit)
        .take(RESULTS_MAX)
        .collect()
}

/// A search term: a Latin word (stemmed) or a run of Chinese characters.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Term {
    Word(String),
    Han(String),
}

/// Lowercase NFC text with hyphens between letters removed ("top-up" → "topup").
fn normalise(text: &str) -> String {
    let lower: String = text.nfc().collect::<String>().to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let mut out = String::with_capacity(lower.len());
    for (i, &c) in chars.iter().enumerate() {
        let joins = (c == '-' || c == '_')
            && i > 0
            && chars[i - 1].is_alphanumeric()
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        if !joins {
            out.push(c);
        }
    }
    out
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Split a normalised query into terms: Chinese runs whole, Latin words stemmed, stop words
/// and one-letter words left out.
fn terms(normal: &str) -> Vec<Term> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut han = String::new();
    let flush_word = |word: &mut String, out: &mut Vec<Term>| {
        if word.chars().count() > 1 && !STOP_WORDS.contains(&word.as_str()) {
            let t = Term::Word(stem(word));
            if !out.contains(&t) {
                out.push(t);
            }
        }
        word.clear();
    };
    let flush_han = |han: &mut String, out: &mut Vec<Term>| {
        if !han.is_empty() {
            let t = Term::Han(std::mem::take(han));
            if !out.contains(&t) {
                out.push(t);
            }
        }
    };
    for c in normal.chars() {
        if is_han(c) {
            flush_word(&mut word, &mut out);
            han.push(c);
        } else if c.is_alphanumeric() {
            flush_han(&mut han, &mut out);
            word.push(c);
        } else {
            flush_word(&mut word, &mut out);
            flush_han(&mut han, &mut out);
        }
    }
    flush_word(&mut word, &mut out);
    flush_han(&mut han, &mut out);
    out
}

/// A crude English stem: enough that "failed", "fails" and "failure" all find "fail".
fn stem(word: &str) -> String {
    if word.len() < 5 || !word.is_ascii() {
        return word.to_string();
    }
    for suffix in ["ing", "ure", "ed", "es", "s"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if stem.len() >= 3 {
                return stem.to_string();
            }
        }
    }
    word.to_string()
}

/// How well `term` matches `text` (normalised): 0 for not at all, up to 2 for fully. A Chinese
/// run that is not found whole counts by its pairs of characters.
fn weight(term: &Term, text: &str) -> u32 {
    match term {
        Term::Word(w) => u32::from(text.contains(w.as_str())) * 2,
        Term::Han(run) => {
            if text.contains(run.as_str()) {
                return 2;
            }
            let chars: Vec<char> = run.chars().collect();
            if chars.len() < 3 {
                return 0;
            }
            let pairs: Vec<String> = chars.windows(2).map(|p| p.iter().collect()).collect();
            let found = pairs.iter().filter(|p| text.contains(p.as_str())).count();
            // Half of the pairs or more: a partial match, worth one.
            u32::from(found * 2 >= pairs.len())
        }
    }
}

/// How many times `term` occurs in `text`, up to [`BODY_HITS_MAX`].
fn occurrences(term: &Term, text: &str) -> u32 {
    let needle = match term {
        Term::Word(w) => w.as_str(),
        Term::Han(run) => run.as_str(),
    };
    let count = text.matches(needle).take(BODY_HITS_MAX as usize).count();
    if count == 0 {
        weight(term, text) / 2
    } else {
        u32::try_from(count).unwrap_or(BODY_HITS_MAX)
    }
}

/// One article's score in one language: what each term is worth where it was found, scaled by
/// how many of the terms were found at all, plus the whole phrase.
fn score(article: &Article, terms: &[Term], phrase: &str) -> u32 {
    let id = normalise(article.id);
    let title = normalise(article.title);
    let keywords = normalise(&article.keywords.join(" | "));
    let body = normalise(article.body);
    let mut total = 0;
    let mut matched = 0;
    for term in terms {
        let part = weight(term, &id) * IN_ID / 2
            + weight(term, &title) * IN_TITLE / 2
            + weight(term, &keywords) * IN_KEYWORDS / 2
            + occurrences(term, &body) * IN_BODY;
        if part > 0 {
            matched += 1;
        }
        total += part;
    }
    if matched == 0 {
        return 0;
    }
    let phrase = phrase.trim();
    if terms.len() > 1 || matches!(terms.first(), Some(Term::Han(_))) {
        if title.contains(phrase) {
            total += PHRASE_TITLE;
        } else if keywords.contains(phrase) {
            total += PHRASE_KEYWORDS;
        } else if body.contains(phrase) {
            total += PHRASE_BODY;
        }
    }
    let terms_count = u32::try_from(terms.len()).unwrap_or(u32::MAX);
    total * matched / terms_count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(query: &str) -> Option<&'static str> {
        search(query).first().map(|h| h.id)
    }

    #[test]
    fn the_top_up_failure_article_comes_first_in_both_languages() {
        assert_eq!(first("充值失败"), Some("topup-failed"));
        assert_eq!(first("top-up failed"), Some("topup-failed"));
        assert_eq!(first("TOP-UP FAILED"), Some("topup-failed"));
        assert_eq!(first("topup failed"), Some("topup-failed"));
        assert_eq!(first("my top up failed"), Some("topup-failed"));
    }

    #[test]
    fn common_questions_find_their_article() {
        for (query, id) in [
            ("交易被拒绝", "payment-declined"),
            ("双重认证", "two-factor"),
            ("2fa", "two-factor"),
            ("two-factor authentication", "two-factor"),
            ("forgot password", "passwords"),
            ("修改密码", "passwords"),
            ("backup", "backups"),
            ("备份", "backups"),
            ("exit codes", "scripting"),
            ("limit_exceeded", "declined-limit"),
            ("余额不足", "declined-balance"),
            ("联系客服", "contact-support"),
            ("银行转账", "topup-bank"),
            ("PayPal fee", "topup-third-party"),
            ("unknown transaction", "unknown-transaction"),
            ("不认识的交易", "unknown-transaction"),
            ("公共网络", "safe-devices"),
            ("maintenance", "maintenance"),
            ("冻结", "freeze"),
        ] {
            let hits = search(query);
            assert_eq!(
                hits.first().map(|h| h.id),
                Some(id),
                "{query}: {:?}",
                &hits[..hits.len().min(4)]
            );
        }
    }

    #[test]
    fn chinese_substrings_are_found_without_spaces() {
        // A substring of a longer run of Chinese text, and a query with a typo'd neighbour.
        assert!(search("充值").iter().any(|h| h.id == "topup-failed"));
        assert!(!search("失败").is_empty());
    }

    #[test]
    fn results_are_ranked_and_nonsense_finds_nothing() {
        let hits = search("card");
        assert!(hits.len() > 1);
        assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
        assert!(search("xyzzy plugh").is_empty());
        assert!(search("").is_empty());
        assert!(search("  the a of ").is_empty());
    }

    #[test]
    fn normalising_joins_hyphens_and_lowercases() {
        assert_eq!(normalise("Top-Up"), "topup");
        assert_eq!(normalise("two-factor auth"), "twofactor auth");
        assert_eq!(normalise("a - b"), "a - b");
        assert_eq!(stem("failed"), "fail");
        assert_eq!(stem("failure"), "fail");
        assert_eq!(stem("fails"), "fail");
        assert_eq!(stem("card"), "card");
    }
}
