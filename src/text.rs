//! Checks of the free text users type: names, labels, memos, order ids, reasons.

use crate::error::{Error, Result};

/// One line of text: not blank, at most `max_chars` characters, no control characters (so it
/// cannot break a table or a terminal). Surrounding spaces are dropped.
pub fn check_line(text: &str, field: &'static str, max_chars: usize) -> Result<String> {
    let trimmed = text.trim();
    let ok = !trimmed.is_empty()
        && trimmed.chars().count() <= max_chars
        && !trimmed.chars().any(char::is_control);
    if ok {
        return Ok(trimmed.to_string());
    }
    let flag = if field == "name" {
        "NAME".to_string()
    } else {
        format!("--{field}")
    };
    Err(Error::invalid("err.text.invalid")
        .arg("flag", flag)
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
}
