//! Rendering helpers shared by the commands: error text, colours, tables, key-value blocks.

use std::io::IsTerminal;

use comfy_table::{Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table, Width};

use super::context::Ctx;
use super::messages::{lookup, tr, Lang};
use crate::error::{Error, Result};
use crate::wallet::Wallet;

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

/// How listings are laid out: drawn to the terminal's width, or tab-separated lines for
/// scripts (the way `gh` does it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// Draw tables: standard output is a terminal, or `OKPAY_FORCE_TTY` asks for it.
    pub tty: bool,
    /// The columns to fit: `OKPAY_FORCE_TTY=N`, else `COLUMNS`, else the terminal's own width.
    pub width: Option<u16>,
    /// `--wide`: ids in full in tables too.
    pub wide: bool,
}

/// Tables are drawn for people when nothing says how wide the screen is (forced, not a tty).
const WIDTH_DEFAULT: u16 = 80;

/// The narrowest width tables are fitted to.
const WIDTH_MIN: u16 = 20;

impl Layout {
    /// The layout for this run, from `--wide`, the environment and standard output.
    pub fn detect(wide: bool) -> Layout {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        let number = |v: &str| v.trim().parse::<u16>().ok().filter(|n| *n > 0);
        let forced = var("OKPAY_FORCE_TTY");
        let tty = forced.is_some() || std::io::stdout().is_terminal();
        // `OKPAY_FORCE_TTY=1` (or yes) only forces; a number of columns is also the width.
        let width = forced
            .as_deref()
            .and_then(number)
            .filter(|n| *n >= WIDTH_MIN)
            .or_else(|| var("COLUMNS").as_deref().and_then(number))
            .or_else(|| {
                if std::io::stdout().is_terminal() {
                    // comfy-table asks the terminal.
                    Table::new().width()
                } else {
                    forced.as_ref().map(|_| WIDTH_DEFAULT)
                }
            });
        Layout { tty, width, wide }
    }

    /// The layout of a run that prints no table (usage errors).
    pub fn plain() -> Layout {
        Layout {
            tty: false,
            width: None,
            wide: false,
        }
    }
}

/// One cell of a listing: its text, and whether it lines up on the right (amounts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    text: String,
    right: bool,
}

impl From<String> for Field {
    fn from(text: String) -> Field {
        Field { text, right: false }
    }
}

impl From<&String> for Field {
    fn from(text: &String) -> Field {
        Field::from(text.clone())
    }
}

impl From<&str> for Field {
    fn from(text: &str) -> Field {
        Field::from(text.to_string())
    }
}

/// A listing: a table on a terminal, fitted to its width with ids never wrapped (shortened to
/// their unique prefix unless `--wide`); on a pipe, one tab-separated line per row with full
/// ids and no heading, borders or escape codes, so `okpay history | cut -f1` gives ids.
///
/// Fitting: ids, times and amounts keep their width; text columns wrap; when even that is too
/// wide, the columns marked optional are left out, the first marked first.
#[derive(Debug, Clone)]
pub struct Listing {
    headings: Vec<String>,
    rows: Vec<Vec<Field>>,
    id_columns: Vec<usize>,
    whole_columns: Vec<usize>,
    optional_columns: Vec<usize>,
    time_columns: Vec<usize>,
}

/// Table borders on a terminal: none, a rule under the headings.
const PRESET: &str = "     ──            ";

/// Spaces between columns: the preset's column separator (a space) and this much padding.
const GAP: u16 = 2;
const PAD: u16 = GAP - 1;

/// The narrowest a wrapping column is made before optional columns are left out.
const WRAP_MIN: usize = 8;

/// How a table is made to fit: columns left out, whole columns that wrap after all, and each
/// column's least width.
#[derive(Debug, Default)]
struct Fit {
    hidden: Vec<usize>,
    wrapping: Vec<usize>,
    least: Vec<usize>,
    /// The columns the least widths leave over: no column that wraps is given more than its
    /// least plus this (comfy-table otherwise handed out a column more than the width).
    slack: usize,
}

/// A listing with headings, as every command shows them.
pub fn table(headings: Vec<String>) -> Listing {
    Listing {
        headings,
        rows: Vec::new(),
        id_columns: Vec::new(),
        whole_columns: Vec::new(),
        optional_columns: Vec::new(),
        time_columns: Vec::new(),
    }
}

impl Listing {
    /// Add a row.
    pub fn add_row<T: Into<Field>>(&mut self, cells: Vec<T>) -> &mut Listing {
        self.rows.push(cells.into_iter().map(Into::into).collect());
        self
    }

    /// Column `index` holds ids: never wrapped, shortened in tables.
    pub fn id_column(&mut self, index: usize) -> &mut Listing {
        self.id_columns.push(index);
        self.whole(index)
    }

    /// Column `index` is never wrapped (times, amounts, short words).
    pub fn whole(&mut self, index: usize) -> &mut Listing {
        self.whole_columns.push(index);
        self
    }

    /// Column `index` holds local times ending with the zone (`2026-11-30 10:00 CST`): in a
    /// table, a zone every row shares moves to the heading (`Time (CST)`).
    pub fn time_column(&mut self, index: usize) -> &mut Listing {
        self.time_columns.push(index);
        self.whole(index)
    }

    /// Column `index` may be left out of a table too wide for the terminal (after the
    /// optional columns marked before it).
    pub fn optional(&mut self, index: usize) -> &mut Listing {
        self.optional_columns.push(index);
        self
    }

    /// The listing as `ctx` lays it out; `wallet` shortens its ids (none: ids in full).
    pub fn render(&self, ctx: &Ctx, wallet: Option<&Wallet>) -> Result<String> {
        self.render_indented(ctx, wallet, 0)
    }

    /// [`Listing::render`] for a table printed `indent` columns in (it fits what is left).
    pub fn render_indented(
        &self,
        ctx: &Ctx,
        wallet: Option<&Wallet>,
        indent: u16,
    ) -> Result<String> {
        self.laid_out(ctx.layout, wallet, indent)
    }

    /// The listing drawn as a table whatever standard output is: for a confirmation screen on
    /// standard error, shown only at a terminal.
    pub fn screen_text(&self, ctx: &Ctx) -> String {
        let mut layout = ctx.layout;
        layout.tty = true;
        self.laid_out(layout, None, 0).unwrap_or_default()
    }

    /// The listing as `ctx` lays it out, for a listing without ids to shorten.
    pub fn text(&self, ctx: &Ctx) -> String {
        self.render(ctx, None).unwrap_or_default()
    }

    fn laid_out(&self, layout: Layout, wallet: Option<&Wallet>, indent: u16) -> Result<String> {
        if !layout.tty {
            return Ok(self.tab_separated());
        }
        let mut rows = self.rows.clone();
        let mut headings = self.headings.clone();
        for &column in &self.time_columns {
            zone_to_heading(&mut rows, &mut headings, column);
        }
        if !layout.wide {
            if let Some(wallet) = wallet {
                self.shorten_ids(wallet, &mut rows)?;
            }
        }
        let width = layout
            .width
            .map(|w| w.saturating_sub(indent).max(WIDTH_MIN));
        let fit = match width {
            Some(width) => self.fit(&headings, &rows, usize::from(width)),
            None => Fit::default(),
        };
        let mut table = Table::new();
        table
            .load_preset(PRESET)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(headings.clone());
        if let Some(width) = width {
            table.set_width(width);
        }
        for row in rows {
            table.add_row(row.into_iter().map(|f| {
                let cell = Cell::new(f.text);
                if f.right {
                    cell.set_alignment(CellAlignment::Right)
                } else {
                    cell
                }
            }));
        }
        let last = self.headings.len().saturating_sub(1);
        for (index, column) in table.column_iter_mut().enumerate() {
            column.set_padding((0, if index == last { 0 } else { PAD }));
            if fit.hidden.contains(&index) {
                column.set_constraint(ColumnConstraint::Hidden);
            } else if self.whole_columns.contains(&index) && !fit.wrapping.contains(&index) {
                column.set_constraint(ColumnConstraint::ContentWidth);
            } else if let Some(&least) = fit.least.get(index) {
                // Wrapped at spaces, never narrower than its longest word (or WRAP_MIN);
                // comfy-table's widths include the padding.
                let padding = if index == last { 0 } else { PAD };
                let least = u16::try_from(least)
                    .unwrap_or(u16::MAX)
                    .saturating_add(padding);
                let most = least.saturating_add(u16::try_from(fit.slack).unwrap_or(u16::MAX));
                column.set_constraint(ColumnConstraint::Boundaries {
                    lower: Width::Fixed(least),
                    upper: Width::Fixed(most),
                });
            }
        }
        // comfy-table draws the heading's rule one column past a last column it had to squeeze;
        // the rule is cut at the width like everything else.
        let rule_width = width.map_or(usize::MAX, usize::from);
        let text: Vec<String> = table
            .lines()
            .map(|line| {
                let line = line.trim_end();
                if line.chars().all(|c| c == '─') && line.chars().count() > rule_width {
                    line.chars().take(rule_width).collect()
                } else {
                    line.to_string()
                }
            })
            .collect();
        Ok(text.join("\n"))
    }

    /// Shorten the ids of the id columns to their unique prefix.
    fn shorten_ids(&self, wallet: &Wallet, rows: &mut [Vec<Field>]) -> Result<()> {
        for &column in &self.id_columns {
            let ids: Vec<String> = rows
                .iter()
                .filter_map(|r| r.get(column))
                .map(|f| f.text.clone())
                .filter(|t| !t.is_empty())
                .collect();
            let len = wallet.ids().short_len(&ids)?;
            for row in rows.iter_mut() {
                if let Some(field) = row.get_mut(column) {
                    if let Some(short) = field.text.get(..len) {
                        field.text = short.to_string();
                    }
                }
            }
        }
        Ok(())
    }

    /// What gives way so that the table fits in `width`: the optional columns left out, then
    /// whole columns (never ids) allowed to wrap at spaces, the last first.
    fn fit(&self, headings: &[String], rows: &[Vec<Field>], width: usize) -> Fit {
        let count = headings.len();
        let cells = |i: usize| rows.iter().filter_map(move |r| r.get(i)).map(|f| &f.text);
        let natural: Vec<usize> = (0..count)
            .map(|i| {
                let widest = cells(i).flat_map(|t| t.lines()).map(display_width).max();
                widest.unwrap_or(0).max(display_width(&headings[i]))
            })
            .collect();
        let longest_word: Vec<usize> = (0..count)
            .map(|i| {
                let words = cells(i).flat_map(|t| t.split_whitespace());
                words.map(display_width).max().unwrap_or(0)
            })
            .collect();
        let least = |i: usize, wrapping: &[usize]| -> usize {
            if self.whole_columns.contains(&i) && !wrapping.contains(&i) {
                natural[i]
            } else if self.whole_columns.contains(&i) {
                longest_word[i].min(natural[i])
            } else {
                natural[i].min(WRAP_MIN)
            }
        };
        let total = |hidden: &[usize], wrapping: &[usize]| -> usize {
            let shown: Vec<usize> = (0..count).filter(|i| !hidden.contains(i)).collect();
            let gaps = shown.len().saturating_sub(1) * usize::from(GAP);
            shown.iter().map(|&i| least(i, wrapping)).sum::<usize>() + gaps
        };
        let mut hidden = Vec::new();
        for &column in &self.optional_columns {
            if total(&hidden, &[]) <= width {
                break;
            }
            hidden.push(column);
        }
        let mut wrapping = Vec::new();
        for &column in self.whole_columns.iter().rev() {
            if total(&hidden, &wrapping) <= width {
                break;
            }
            if !self.id_columns.contains(&column) && !hidden.contains(&column) {
                wrapping.push(column);
            }
        }
        // Lower bounds when they can all be kept. Else (ids made in the same millisecond need
        // long prefixes) the columns that may wrap share what the others leave, breaking inside
        // words if they must: a table never grows past the width.
        let needed = total(&hidden, &wrapping);
        let least: Vec<usize> = if needed <= width {
            (0..count).map(|i| least(i, &wrapping)).collect()
        } else {
            let shown: Vec<usize> = (0..count).filter(|i| !hidden.contains(i)).collect();
            let flexible = |i: &usize| !self.whole_columns.contains(i) || wrapping.contains(i);
            let fixed: usize = shown
                .iter()
                .filter(|i| !flexible(i))
                .map(|&i| natural[i])
                .sum();
            let gaps = shown.len().saturating_sub(1) * usize::from(GAP);
            let flexible_count = shown.iter().filter(|i| flexible(i)).count().max(1);
            let share = (width.saturating_sub(fixed + gaps) / flexible_count).max(1);
            (0..count)
                .map(|i| if flexible(&i) { share } else { natural[i] })
                .collect()
        };
        let needed = needed.min(width);
        Fit {
            hidden,
            wrapping,
            least,
            slack: width.saturating_sub(needed),
        }
    }

    /// One line per row, cells joined by tabs; tabs and line breaks inside a cell become spaces.
    fn tab_separated(&self) -> String {
        let mut out = String::new();
        for row in &self.rows {
            let cells: Vec<String> = row
                .iter()
                .map(|f| {
                    f.text
                        .trim()
                        .chars()
                        .map(|c| if c.is_control() { ' ' } else { c })
                        .collect()
                })
                .collect();
            out.push_str(&cells.join("\t"));
            out.push('\n');
        }
        // The caller prints it with a line break of its own.
        out.pop();
        out
    }

    /// Print the listing on standard output.
    pub fn print(&self, ctx: &Ctx, wallet: Option<&Wallet>) -> Result<()> {
        let text = self.render(ctx, wallet)?;
        if !text.is_empty() {
            outln!("{text}");
        }
        Ok(())
    }
}

/// When every time in `column` ends with the same zone, take it off the cells and name it in
/// the heading once.
fn zone_to_heading(rows: &mut [Vec<Field>], headings: &mut [String], column: usize) {
    let zone_of = |f: &Field| f.text.rsplit_once(' ').map(|(_, z)| z.to_string());
    let zones: Vec<Option<String>> = rows
        .iter()
        .map(|r| r.get(column).and_then(zone_of))
        .collect();
    let Some(Some(zone)) = zones.first().cloned() else {
        return;
    };
    if zones.iter().any(|z| z.as_deref() != Some(zone.as_str())) {
        return;
    }
    for row in rows.iter_mut() {
        if let Some(field) = row.get_mut(column) {
            if let Some((time, _)) = field.text.rsplit_once(' ') {
                field.text = time.to_string();
            }
        }
    }
    if let Some(heading) = headings.get_mut(column) {
        // `Time (CST)`, and after Chinese `时间（CST）` (full-width parentheses, no space).
        let chinese = heading
            .chars()
            .next_back()
            .is_some_and(super::messages::is_cjk);
        if chinese {
            heading.push_str(&format!("（{zone}）"));
        } else {
            heading.push_str(&format!(" ({zone})"));
        }
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

/// A right-aligned cell, for amounts.
pub fn amount_cell(text: impl Into<String>) -> Field {
    Field {
        text: text.into(),
        right: true,
    }
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
