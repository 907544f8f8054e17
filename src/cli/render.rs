//! Rendering helpers shared by the commands: error text, colours, tables, key-value blocks.

use comfy_table::presets::UTF8_BORDERS_ONLY;
use comfy_table::{Cell, CellAlignment, ContentArrangement, Table};

use super::messages::{lookup, tr, Lang};
use crate::error::Error;

/// The few colours okpay uses.
#[derive(Debug, Clone, Copy)]
pub enum Paint {
    Error,
    Good,
    Warn,
    Dim,
    Bold,
}

impl Paint {
    /// Wrap `text` in the ANSI style.
    pub fn apply(self, text: &str) -> String {
        use anstyle::{AnsiColor, Style};
        let style = match self {
            Paint::Error => Style::new().bold().fg_color(Some(AnsiColor::Red.into())),
            Paint::Good => Style::new().fg_color(Some(AnsiColor::Green.into())),
            Paint::Warn => Style::new().fg_color(Some(AnsiColor::Yellow.into())),
            Paint::Dim => Style::new().dimmed(),
            Paint::Bold => Style::new().bold(),
        };
        format!("{}{text}{}", style.render(), style.render_reset())
    }
}

/// The message and advice of an error in `lang`.
pub fn error_text(lang: Lang, e: &Error) -> (String, String) {
    // A block or a challenge names its rules' reasons in the user's language.
    let worded = super::risk::word_error(lang, e);
    let e = worded.as_ref().unwrap_or(e);
    // Arguments that are messages of their own are worded in the user's language first.
    let worded: Vec<(&str, String)> = e
        .args
        .iter()
        .map(
            |(k, v)| match v.strip_prefix(crate::error::MESSAGE_ARG_MARK) {
                Some(key) => (*k, tr(lang, key, &[])),
                None => (*k, v.clone()),
            },
        )
        .collect();
    let args: Vec<(&str, &str)> = worded.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let message = tr(lang, e.key, &args);
    let advice_key = format!("{}_advice", e.key);
    let advice = if lookup(lang, &advice_key).is_some() {
        tr(lang, &advice_key, &args)
    } else {
        tr(lang, &format!("advice.{}", e.code_str()), &args)
    };
    (message, with_article(lang, advice, e))
}

/// The advice, ending with the help-centre article that explains the error:
/// `… More help: okpay support faq show ID`.
fn with_article(lang: Lang, advice: String, e: &Error) -> String {
    let command = format!(
        "okpay support faq show {}",
        crate::support::links::for_error(e)
    );
    let see = tr(lang, "support.see_article", &[("command", &command)]);
    let advice = advice.trim_end();
    match (advice.is_empty(), lang) {
        (true, _) => see,
        (false, Lang::Zh) => format!("{advice}{see}"),
        (false, Lang::En) => format!("{advice} {see}"),
    }
}

/// A label before its text: `error: ` in English, `错误：` in Chinese (the full-width colon
/// is its own space).
pub fn label(_lang: Lang, label: &str) -> String {
    if label.ends_with('：') {
        label.to_string()
    } else {
        format!("{label} ")
    }
}

/// `text (inner)`, or `文字（inner）` after Chinese text (full-width parentheses, no space).
pub fn paren(lang: Lang, text: &str, inner: &str) -> String {
    let chinese = lang == Lang::Zh
        && text
            .chars()
            .next_back()
            .is_some_and(super::messages::is_cjk);
    if chinese {
        format!("{text}（{inner}）")
    } else {
        format!("{text} ({inner})")
    }
}

/// A table with headings, as every listing shows them.
pub fn table(headings: Vec<String>) -> Table {
    let mut table = Table::new();
    table
        .load_preset(UTF8_BORDERS_ONLY)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(headings);
    table
}

/// A right-aligned cell, for amounts.
pub fn amount_cell(text: impl Into<String>) -> Cell {
    Cell::new(text.into()).set_alignment(CellAlignment::Right)
}

/// Print `label: value` lines with the labels aligned (display width, so Chinese lines up).
pub fn key_values(rows: &[(String, String)]) -> String {
    let width = rows
        .iter()
        .map(|(k, _)| display_width(k))
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for (k, v) in rows {
        let pad = width.saturating_sub(display_width(k));
        out.push_str(&format!("{k}{}  {v}\n", " ".repeat(pad)));
    }
    out
}

/// Terminal columns of `text`: CJK characters take two.
pub fn display_width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}
