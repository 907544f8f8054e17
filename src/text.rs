//! Checks of the free text users type: names, labels, memos, order ids, reasons, usernames.
//!
//! Text is NFC-normalised, so the same name typed on two keyboards is the same name (a merchant
//! named "Café" with a precomposed `é` or with `e` + U+0301 is one merchant). Characters that
//! cannot be seen or that change how the text around them is displayed are refused rather than
//! stripped, so what is stored is what the user saw: control characters (line breaks, tabs,
//! escape sequences), line and paragraph separators, bidi controls (which can make `1002`
//! display as `2001`), and zero-width, filler and other default-ignorable characters (which make
//! `BASE1` and `BASE1\u{200b}` look the same). CLI.md "Values".

use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Result};

/// Why a character is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hidden {
    /// A C0/C1 control character (line feed, tab, escape, NUL, DEL …) or U+2028/U+2029.
    Control,
    /// A bidirectional formatting character (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
    /// U+061C).
    Bidi,
    /// A zero-width, filler, variation selector, tag or other default-ignorable or invisible
    /// formatting character, or a noncharacter.
    Invisible,
}

impl Hidden {
    fn key(self) -> &'static str {
        match self {
            Hidden::Control => "err.text.control",
            Hidden::Bidi => "err.text.bidi",
            Hidden::Invisible => "err.text.invisible",
        }
    }
}

/// The bidirectional formatting characters (Unicode's Bidi_Control property).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt, Unicode 15.1), plus the
/// invisible format characters (general category Cf) outside it and the noncharacters.
fn is_invisible(c: char) -> bool {
    let default_ignorable = matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{115F}'..='\u{1160}' | '\u{17B4}'..='\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}' | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}');
    let other_format = matches!(c,
        '\u{0600}'..='\u{0605}' | '\u{06DD}' | '\u{070F}' | '\u{0890}'..='\u{0891}' | '\u{08E2}'
        | '\u{110BD}' | '\u{110CD}' | '\u{FFF9}'..='\u{FFFB}' | '\u{13430}'..='\u{1343F}');
    let noncharacter = matches!(c, '\u{FDD0}'..='\u{FDEF}') || (u32::from(c) & 0xFFFE) == 0xFFFE;
    default_ignorable || other_format || noncharacter
}

/// The class of a refused character, or `None` for a character text may hold.
pub fn classify(c: char) -> Option<Hidden> {
    if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
        Some(Hidden::Control)
    } else if is_bidi_control(c) {
        Some(Hidden::Bidi)
    } else if is_invisible(c) {
        Some(Hidden::Invisible)
    } else {
        None
    }
}

/// `U+200B`: how a code point is named in errors.
pub fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// How a field is named to the user: `NAME` for the positional name, `--field` otherwise.
fn flag_of(field: &str) -> String {
    match field {
        "name" => "NAME".to_string(),
        "transaction" => "TXID".to_string(),
        "id" => "ID".to_string(),
        "value" => "VALUE".to_string(),
        "query" => "QUERY".to_string(),
        _ => format!("--{field}"),
    }
}

/// Refuse the first control, bidi or invisible character of `text` with `invalid_input`;
/// `details` carry the `field`, its 1-based `position` in characters and the code point
/// (`"char": "U+200B"`).
pub fn refuse_hidden(text: &str, field: &'static str) -> Result<()> {
    let found = text
        .chars()
        .enumerate()
        .find_map(|(i, c)| classify(c).map(|class| (i + 1, c, class)));
    match found {
        None => Ok(()),
        Some((position, c, class)) => Err(Error::invalid(class.key())
            .arg("flag", flag_of(field))
            .arg("position", position)
            .detail("position", position)
            .arg_detail("char", code_point(c))
            .detail("field", field)),
    }
}

/// The NFC form of `text`.
pub fn nfc(text: &str) -> String {
    text.nfc().collect()
}

/// One line of text: no hidden characters (see [`refuse_hidden`]), NFC-normalised, surrounding
/// spaces dropped, then not blank and at most `max_chars` characters.
pub fn check_line(text: &str, field: &'static str, max_chars: usize) -> Result<String> {
    refuse_hidden(text, field)?;
    let normal = nfc(text);
    let trimmed = normal.trim();
    if !trimmed.is_empty() && trimmed.chars().count() <= max_chars {
        return Ok(trimmed.to_string());
    }
    Err(Error::invalid("err.text.invalid")
        .arg("flag", flag_of(field))
        .arg("max", max_chars)
        .detail("field", field))
}

/// [`check_line`] for an optional value.
pub fn check_optional(
    text: Option<String>,
    field: &'static str,
    max_chars: usize,
) -> Result<Option<String>> {
    text.map(|t| check_line(&t, field, max_chars)).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Code;

    #[test]
    fn lines_are_checked_and_trimmed() {
        assert_eq!(
            check_line("  Tea House ", "merchant", 70).unwrap(),
            "Tea House"
        );
        assert!(check_line("   ", "merchant", 70).is_err());
        assert!(check_line("a\nb", "memo", 70).is_err());
        assert!(check_line("a\u{1b}[31m", "memo", 70).is_err());
        assert!(check_line(&"茶".repeat(71), "memo", 70).is_err());
        assert!(check_line(&"茶".repeat(70), "memo", 70).is_ok());
        let err = check_line("", "holder", 70).unwrap_err();
        assert_eq!(err.details["field"], "holder");
        assert_eq!(err.args["flag"], "--holder");
    }

    #[test]
    fn text_is_nfc_normalised() {
        let decomposed = "Cafe\u{301}";
        let composed = "Caf\u{e9}";
        assert_eq!(check_line(decomposed, "merchant", 70).unwrap(), composed);
        assert_eq!(check_line(composed, "merchant", 70).unwrap(), composed);
        // Hangul jamo compose into one syllable; the length counts the composed form.
        assert_eq!(
            check_line("\u{1100}\u{1161}", "memo", 1).unwrap(),
            "\u{AC00}"
        );
        // NFC, not NFKC: full-width letters and ligatures stay what they are.
        assert_eq!(check_line("ＡＢＣ", "order", 10).unwrap(), "ＡＢＣ");
        assert_eq!(check_line("\u{FB01}", "memo", 10).unwrap(), "\u{FB01}");
        assert_eq!(check_line("茶 House", "merchant", 70).unwrap(), "茶 House");
    }

    fn refused(text: &str) -> (usize, String, String, &'static str) {
        let err = check_line(text, "order", 64).unwrap_err();
        assert_eq!(err.code, Code::InvalidInput, "{text:?}");
        assert_eq!(err.details["field"], "order");
        (
            err.details["position"].as_u64().map_or(0, |p| p as usize),
            err.details["char"].as_str().unwrap_or_default().to_string(),
            err.args["flag"].clone(),
            err.key,
        )
    }

    #[test]
    fn the_reported_zero_width_order_id_is_refused_with_its_position() {
        let (position, ch, flag, key) = refused("BASE1\u{200b}");
        assert_eq!(position, 6);
        assert_eq!(ch, "U+200B");
        assert_eq!(flag, "--order");
        assert_eq!(key, "err.text.invisible");
    }

    #[test]
    fn every_bidi_control_is_refused() {
        let bidi = ['\u{061C}', '\u{200E}', '\u{200F}']
            .into_iter()
            .chain('\u{202A}'..='\u{202E}')
            .chain('\u{2066}'..='\u{2069}');
        for c in bidi {
            let (position, ch, _, key) = refused(&format!("ab{c}c"));
            assert_eq!(position, 3);
            assert_eq!(ch, code_point(c));
            assert_eq!(key, "err.text.bidi", "{}", code_point(c));
        }
    }

    #[test]
    fn every_invisible_and_default_ignorable_character_is_refused() {
        let invisible = [
            '\u{00AD}', '\u{034F}', '\u{115F}', '\u{1160}', '\u{17B4}', '\u{17B5}',
        ]
        .into_iter()
        .chain('\u{180B}'..='\u{180F}')
        .chain('\u{200B}'..='\u{200D}')
        .chain('\u{2060}'..='\u{2065}')
        .chain('\u{206A}'..='\u{206F}')
        .chain([
            '\u{3164}', '\u{FEFF}', '\u{FFA0}', '\u{FFF0}', '\u{FFF9}', '\u{FFFB}',
        ])
        .chain('\u{FE00}'..='\u{FE0F}')
        .chain([
            '\u{E0000}',
            '\u{E0001}',
            '\u{E0020}',
            '\u{E007F}',
            '\u{E0100}',
            '\u{E01EF}',
        ])
        .chain([
            '\u{1BCA0}',
            '\u{1D173}',
            '\u{0600}',
            '\u{06DD}',
            '\u{070F}',
            '\u{110BD}',
        ])
        .chain([
            '\u{FDD0}',
            '\u{FFFE}',
            '\u{FFFF}',
            '\u{1FFFF}',
            '\u{10FFFF}',
        ]);
        for c in invisible {
            let (position, ch, _, key) = refused(&format!("{c}x"));
            assert_eq!(position, 1);
            assert_eq!(ch, code_point(c));
            assert_eq!(key, "err.text.invisible", "{}", code_point(c));
        }
    }

    #[test]
    fn controls_and_line_separators_are_refused_even_at_the_ends() {
        let controls = ('\u{0}'..='\u{1F}')
            .chain('\u{7F}'..='\u{9F}')
            .chain(['\u{2028}', '\u{2029}']);
        for c in controls {
            let (position, ch, _, key) = refused(&format!("ab{c}"));
            assert_eq!(position, 3);
            assert_eq!(ch, code_point(c));
            assert_eq!(key, "err.text.control", "{}", code_point(c));
        }
        assert_eq!(refused("\nab").0, 1);
        assert_eq!(refused("a@b.com\n").1, "U+000A");
    }

    #[test]
    fn the_position_counts_characters_not_bytes() {
        assert_eq!(refused("茶茶\u{202E}").0, 3);
        assert_eq!(refused("  x\u{200D}").0, 4);
    }

    #[test]
    fn visible_text_of_every_script_is_kept() {
        for text in [
            "Tea House",
            "茶馆",
            "Ελληνικά",
            "עברית",
            "العربية",
            "हिन्दी",
            "ไทย",
            "한국어",
            "O'Brien & Söhne",
            "Zoë – “quoted” € 5",
            "\u{00A0}nbsp inside\u{00A0}x",
            "🍵",
        ] {
            assert!(check_line(text, "memo", 200).is_ok(), "{text}");
        }
    }

    #[test]
    fn classify_leaves_ordinary_characters_alone() {
        for c in [
            'a', 'é', '茶', ' ', '\u{3000}', '€', '\u{0301}', '🍵', '\u{E000}',
        ] {
            assert_eq!(classify(c), None, "{}", code_point(c));
        }
    }
}
