//! Help-centre articles rendered for the terminal: the small Markdown subset they are written
//! in (headings, paragraphs, `-` and `1.` lists, `code` and fenced blocks) laid out to the
//! terminal's width, with Chinese wrapped between any two characters and commands highlighted
//! when colour is on (shown in backticks when it is off, so they still stand out).

use super::render::{display_width, Paint};

/// The widest text is laid out (wider lines are hard to read).
pub const WIDTH_MAX: usize = 90;
/// The narrowest (a very narrow terminal still gets readable lines).
pub const WIDTH_MIN: usize = 40;

/// How the text is painted.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

impl Style {
    fn paint(&self, paint: Paint, text: &str) -> String {
        if self.color {
            paint.apply(text)
        } else {
            text.to_string()
        }
    }
}

/// One unbreakable piece of a paragraph.
struct Piece {
    text: String,
    code: bool,
    /// Inside `**…**`.
    bold: bool,
    /// A space separates it from the piece before.
    space: bool,
}

fn is_wide(c: char) -> bool {
    unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) > 1
}

/// Punctuation that must not begin a line (Chinese typesetting's 避头 rule, kept simple).
fn no_break_before(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|c| "，。、；：？！）」』”’》,.;:?!)".contains(c))
}

/// Split inline text into pieces: Latin words, single wide characters, whole code spans;
/// `**` marks bold text.
fn pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut space = false;
    let mut bold = false;
    let mut word = String::new();
    let flush = |word: &mut String, space: &mut bool, bold: bool, out: &mut Vec<Piece>| {
        if !word.is_empty() {
            out.push(Piece {
                text: std::mem::take(word),
                code: false,
                bold,
                space: *space,
            });
            *space = false;
        }
    };
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '`' {
            if let Some(end) = rest[1..].find('`') {
                flush(&mut word, &mut space, bold, &mut out);
                out.push(Piece {
                    text: rest[1..=end].to_string(),
                    code: true,
                    bold: false,
                    space,
                });
                space = false;
                rest = &rest[end + 2..];
                continue;
            }
        }
        if let Some(after) = rest.strip_prefix("**") {
            flush(&mut word, &mut space, bold, &mut out);
            bold = !bold;
            rest = after;
            continue;
        }
        if c.is_whitespace() {
            flush(&mut word, &mut space, bold, &mut out);
            space = !out.is_empty();
        } else if is_wide(c) {
            flush(&mut word, &mut space, bold, &mut out);
            out.push(Piece {
                text: c.to_string(),
                code: false,
                bold,
                space,
            });
            space = false;
        } else {
            word.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    flush(&mut word, &mut space, bold, &mut out);
    out
}

/// Lay `text` out in lines of at most `style.width` columns: the first line after `first`
/// (a bullet, or nothing), the others after `indent` spaces.
fn wrap(text: &str, first: &str, indent: usize, style: &Style) -> String {
    let mut out = String::new();
    let mut line = first.to_string();
    let mut used = display_width(first);
    let mut empty = true;
    for piece in pieces(text) {
        let shown = if piece.code && !style.color {
            format!("`{}`", piece.text)
        } else {
            piece.text.clone()
        };
        let width = display_width(&shown);
        let gap = usize::from(piece.space && !empty);
        if !empty && used + gap + width > style.width && !no_break_before(&shown) {
            out.push_str(line.trim_end());
            out.push('\n');
            line = " ".repeat(indent);
            used = indent;
        } else if gap == 1 {
            line.push(' ');
            used += 1;
        }
        if piece.code {
            line.push_str(&style.paint(Paint::Good, &shown));
        } else if piece.bold {
            line.push_str(&style.paint(Paint::Bold, &shown));
        } else {
            line.push_str(&shown);
        }
        used += width;
        empty = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

/// The item text of a list line (`- x`, `* x`, `1. x`) and its marker, if it is one.
fn list_item(line: &str) -> Option<(String, &str)> {
    let trimmed = line.trim_start();
    if let Some(rest) = trimmed
        .strip_prefix("- ")
        .or_else(|| trimmed.strip_prefix("* "))
    {
        return Some(("•".to_string(), rest));
    }
    let digits: String = trimmed.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        if let Some(rest) = trimmed[digits.len()..].strip_prefix(". ") {
            return Some((format!("{digits}."), rest));
        }
    }
    None
}

/// Render an article: its title, then its body.
pub fn render(title: &str, body: &str, style: &Style) -> String {
    let mut out = String::new();
    out.push_str(&style.paint(Paint::Bold, title));
    out.push('\n');
    out.push_str(&"═".repeat(display_width(title).min(style.width)));
    out.push_str("\n\n");
    let mut paragraph: Vec<String> = Vec::new();
    let mut item: Option<(String, Vec<String>)> = None;
    let mut in_code = false;
    let flush = |paragraph: &mut Vec<String>,
                 item: &mut Option<(String, Vec<String>)>,
                 out: &mut String| {
        if !paragraph.is_empty() {
            out.push_str(&wrap(&join(paragraph), "", 0, style));
            out.push('\n');
            paragraph.clear();
        }
        if let Some((marker, lines)) = item.take() {
            let first = format!("  {marker} ");
            let indent = display_width(&first);
            out.push_str(&wrap(&join(&lines), &first, indent, style));
        }
    };
    for line in body.lines() {
        if line.trim_start().starts_with("```") {
            flush(&mut paragraph, &mut item, &mut out);
            if in_code && !out.ends_with("\n\n") {
                out.push('\n');
            }
            in_code = !in_code;
            continue;
        }
        if in_code {
            out.push_str("    ");
            out.push_str(&style.paint(Paint::Good, line));
            out.push('\n');
            continue;
        }
        if line.trim().is_empty() {
            let had_item = item.is_some();
            flush(&mut paragraph, &mut item, &mut out);
            if had_item {
                out.push('\n');
            }
            continue;
        }
        if let Some(heading) = line
            .strip_prefix("## ")
            .or_else(|| line.strip_prefix("### "))
        {
            flush(&mut paragraph, &mut item, &mut out);
            let heading = heading.trim();
            if style.color {
                out.push_str(&style.paint(Paint::Bold, heading));
            } else {
                // Without colour a heading is underlined, so it still stands out.
                out.push_str(heading);
                out.push('\n');
                out.push_str(&"─".repeat(display_width(heading).min(style.width)));
            }
            out.push('\n');
            continue;
        }
        if let Some((marker, text)) = list_item(line) {
            flush(&mut paragraph, &mut item, &mut out);
            item = Some((marker, vec![text.to_string()]));
            continue;
        }
        match &mut item {
            Some((_, lines)) => lines.push(line.trim().to_string()),
            None => paragraph.push(line.trim().to_string()),
        }
    }
    flush(&mut paragraph, &mut item, &mut out);
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Join a paragraph's source lines: with a space between Latin words, without one where a line
/// ends or starts with a Chinese character.
fn join(lines: &[String]) -> String {
    let mut out = String::new();
    for line in lines {
        let wide_edge =
            out.chars().last().is_some_and(is_wide) || line.chars().next().is_some_and(is_wide);
        if !out.is_empty() && !wide_edge {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: Style = Style {
        color: false,
        width: 40,
    };

    #[test]
    fn paragraphs_wrap_at_the_width_and_code_keeps_its_backticks() {
        let text = render(
            "Title",
            "A long paragraph of words that must wrap somewhere before forty columns, \
             with `okpay support faq` in it.",
            &PLAIN,
        );
        for line in text.lines() {
            assert!(display_width(line) <= 40, "{line:?}");
        }
        assert!(text.contains("`okpay support faq`"), "{text}");
        assert!(text.starts_with("Title\n═════\n\n"), "{text}");
    }

    #[test]
    fn chinese_wraps_between_characters_and_not_before_punctuation() {
        let text = render("标题", &"充值失败时，先看看错误代码。".repeat(6), &PLAIN);
        for line in text.lines().skip(2) {
            assert!(display_width(line) <= 41, "{line:?}");
            assert!(
                !line.starts_with('，') && !line.starts_with('。'),
                "{line:?}"
            );
        }
    }

    #[test]
    fn lists_headings_and_code_blocks() {
        let body = "## What to do\n\n- First item that is long enough to need wrapping onto another line\n- Second\n\n1. One\n2. Two\n\n```\nokpay status\n```\n\nEnd.";
        let text = render("T", body, &PLAIN);
        assert!(text.contains("What to do\n──────────\n"), "{text}");
        assert!(text.contains("  • First item"), "{text}");
        assert!(text.contains("\n    "), "hanging indent:\n{text}");
        assert!(text.contains("  1. One\n  2. Two\n"), "{text}");
        assert!(text.contains("    okpay status\n"), "{text}");
        assert!(text.trim_end().ends_with("End."), "{text}");
        let bold = render("T", "A **strong** word.", &PLAIN);
        assert!(bold.contains("A strong word."), "{bold}");
        let coloured = render(
            "T",
            "Run `okpay status`.",
            &Style {
                color: true,
                width: 40,
            },
        );
        assert!(coloured.contains('\u{1b}'), "{coloured}");
        assert!(!coloured.contains('`'), "{coloured}");
    }
}
