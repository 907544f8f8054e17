//! Spending reports: payments net of their refunds, totalled by merchant, category, month or
//! day per currency; the balance over time; and the text bars and sparklines that draw them.

use serde::Serialize;

/// How spending is grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Merchant,
    Category,
    Month,
    Day,
}

impl By {
    pub fn as_str(self) -> &'static str {
        match self {
            By::Merchant => "merchant",
            By::Category => "category",
            By::Month => "month",
            By::Day => "day",
        }
    }
}

/// One line of a spending report.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub key: String,
    pub currency: String,
    pub total: String,
    pub count: u64,
    #[serde(skip)]
    pub total_minor: i64,
}

/// Totals being gathered: key → currency → (net minor units, payments). Looked up by `&str`, so
/// a row allocates only when it opens a group; FNV-hashed, since a report adds every payment.
#[derive(Debug, Default)]
pub struct Totals {
    groups: crate::fnv::FnvHashMap<String, ByCurrency>,
    len: usize,
}

/// One group's sums by currency: (code, (net minor units, payments)); a few currencies at most.
type ByCurrency = Vec<(String, (i64, u64))>;

/// The most groups a report holds (one a day for ten years).
pub const GROUPS_MAX: usize = 3_660;

impl Totals {
    /// Add `net_minor` to a group and `payments` to its count (a payment: its amount and 1; a
    /// refund of one: minus its amount and 0). Beyond [`GROUPS_MAX`] groups, new keys are
    /// folded into `…`.
    pub fn add(&mut self, key: &str, currency: &str, net_minor: i64, payments: u64) {
        let open = self
            .groups
            .get_mut(key)
            .and_then(|by_currency| by_currency.iter_mut().find(|(c, _)| c == currency));
        if let Some((_, sums)) = open {
            sums.0 = sums.0.saturating_add(net_minor);
            sums.1 += payments;
            return;
        }
        let key = if self.len >= GROUPS_MAX { "…" } else { key };
        let by_currency = self.groups.entry(key.to_string()).or_default();
        match by_currency.iter_mut().find(|(c, _)| c == currency) {
            Some((_, sums)) => {
                sums.0 = sums.0.saturating_add(net_minor);
                sums.1 += payments;
            }
            None => {
                self.len += 1;
                by_currency.push((currency.to_string(), (net_minor, payments)));
            }
        }
    }

    /// The groups: by time for months and days, largest first otherwise (each currency's
    /// groups together, in the order of the currencies' codes).
    pub fn into_rows(self, by: By, format: impl Fn(i64, &str) -> String) -> Vec<Row> {
        let mut rows: Vec<Row> = self
            .groups
            .into_iter()
            .flat_map(|(key, by_currency)| {
                by_currency
                    .into_iter()
                    .map(move |(currency, sums)| (key.clone(), currency, sums))
            })
            .map(|(key, currency, (total_minor, count))| Row {
                total: format(total_minor, &currency),
                key,
                currency,
                count,
                total_minor,
            })
            .collect();
        if matches!(by, By::Merchant | By::Category) {
            rows.sort_by(|a, b| {
                a.currency
                    .cmp(&b.currency)
                    .then(b.total_minor.cmp(&a.total_minor))
                    .then(a.key.cmp(&b.key))
            });
        } else {
            rows.sort_by(|a, b| a.key.cmp(&b.key).then(a.currency.cmp(&b.currency)));
        }
        rows
    }
}

/// Sums gathered apart (by one of a report's readers), each group in the order it opened:
/// [`Totals::absorb`] adds them in that order, as one reader would have (the order decides which
/// groups fold past [`GROUPS_MAX`]).
#[derive(Debug, Default)]
pub struct Partial {
    at: crate::fnv::FnvHashMap<String, Vec<(String, usize)>>,
    sums: Vec<(String, String, i64, u64)>,
}

impl Partial {
    /// Add a payment (or a refund: `payments` 0) to its group.
    pub fn add(&mut self, key: &str, currency: &str, net_minor: i64, payments: u64) {
        let found = self
            .at
            .get(key)
            .and_then(|by_currency| by_currency.iter().find(|(c, _)| c == currency))
            .map(|(_, i)| *i);
        let i = match found {
            Some(i) => i,
            // Past GROUPS_MAX groups of its own, a reader folds new ones as the totals would
            // (they could not open any of them anyway), so its memory stays bounded.
            None if self.sums.len() >= GROUPS_MAX && key != "…" => {
                return self.add("…", currency, net_minor, payments);
            }
            None => {
                let i = self.sums.len();
                self.sums
                    .push((key.to_string(), currency.to_string(), 0, 0));
                self.at
                    .entry(key.to_string())
                    .or_default()
                    .push((currency.to_string(), i));
                i
            }
        };
        if let Some(sum) = self.sums.get_mut(i) {
            sum.2 = sum.2.saturating_add(net_minor);
            sum.3 += payments;
        }
    }
}

impl Totals {
    /// Add what a reader gathered apart, group by group in the order they opened.
    pub fn absorb(&mut self, partial: Partial) {
        for (key, currency, net_minor, payments) in partial.sums {
            self.add(&key, &currency, net_minor, payments);
        }
    }
}

/// A horizontal bar of `value` against `max`, `width` cells wide at most, in eighths of a cell.
pub fn bar(value: i64, max: i64, width: usize) -> String {
    const PARTS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    if max <= 0 || value <= 0 || width == 0 {
        return String::new();
    }
    let eighths = (i128::from(value) * (width as i128) * 8 / i128::from(max)) as usize;
    let mut out = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        out.push(PARTS[eighths % 8]);
    }
    out
}

/// A sparkline of `values`, one block a value, lowest to highest.
pub fn sparkline(values: &[i64]) -> String {
    const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let (Some(lo), Some(hi)) = (values.iter().min(), values.iter().max()) else {
        return String::new();
    };
    let span = i128::from(*hi) - i128::from(*lo);
    values
        .iter()
        .map(|v| {
            if span == 0 {
                BLOCKS[3]
            } else {
                let i = (i128::from(*v) - i128::from(*lo)) * 7 / span;
                BLOCKS[i.clamp(0, 7) as usize]
            }
        })
        .collect()
}

/// Bar length in eighths of a cell, read back from a bar (for checks and tests).
pub fn bar_eighths(bar: &str) -> usize {
    bar.chars()
        .map(|c| match c {
            '█' => 8,
            '▏' => 1,
            '▎' => 2,
            '▍' => 3,
            '▌' => 4,
            '▋' => 5,
            '▊' => 6,
            '▉' => 7,
            _ => 0,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_proportional() {
        assert_eq!(bar_eighths(&bar(100, 100, 40)), 320);
        assert_eq!(bar_eighths(&bar(50, 100, 40)), 160);
        assert_eq!(bar_eighths(&bar(1, 3, 10)), 26);
        assert_eq!(bar(0, 100, 40), "");
        assert!(bar(100, 100, 40).chars().count() <= 40);
    }

    #[test]
    fn sparklines_span_the_blocks() {
        assert_eq!(sparkline(&[0, 7, 14]), "▁▄█");
        assert_eq!(sparkline(&[5, 5]), "▄▄");
        assert_eq!(sparkline(&[]), "");
    }

    /// Past GROUPS_MAX groups, new keys fold into one `…` group per currency; groups already
    /// open keep taking their payments and refunds.
    #[test]
    fn groups_beyond_the_maximum_fold_into_one() {
        let mut t = Totals::default();
        for i in 0..GROUPS_MAX {
            t.add(&format!("m{i:05}"), "CNY", 10, 1);
        }
        t.add("m00000", "CNY", 5, 1);
        t.add("new one", "CNY", 7, 1);
        t.add("another", "CNY", 8, 1);
        t.add("m00001", "CNY", -3, 0);
        t.add("m00002", "EUR", 4, 1);
        let rows = t.into_rows(By::Day, |m, _| m.to_string());
        assert_eq!(rows.len(), GROUPS_MAX + 2);
        let row = |key: &str, currency: &str| {
            rows.iter()
                .find(|r| r.key == key && r.currency == currency)
                .map(|r| (r.total_minor, r.count))
        };
        assert_eq!(row("m00000", "CNY"), Some((15, 2)));
        assert_eq!(row("m00001", "CNY"), Some((7, 1)));
        assert_eq!(row("…", "CNY"), Some((15, 2)));
        assert_eq!(row("…", "EUR"), Some((4, 1)));
        assert_eq!(row("new one", "CNY"), None);
    }

    /// Groups gathered in two parts and absorbed in order give exactly what one reader adding
    /// every row in that order gives, folding past GROUPS_MAX included.
    #[test]
    fn parts_absorbed_in_order_equal_one_reader() {
        let rows: Vec<(String, &str, i64)> = (0..(GROUPS_MAX as i64 + 500))
            .map(|i| {
                (
                    format!("k{:05}", (i * 7919) % 4_200),
                    ["CNY", "EUR"][(i % 3 == 0) as usize],
                    i,
                )
            })
            .collect();
        let mut one = Totals::default();
        for (k, c, n) in &rows {
            one.add(k, c, *n, 1);
        }
        let key = |r: &Row| (r.key.clone(), r.currency.clone(), r.total_minor, r.count);
        let a: Vec<_> = one
            .into_rows(By::Day, |m, _| m.to_string())
            .iter()
            .map(key)
            .collect();
        assert!(a.iter().any(|r| r.0 == "…"));
        // A cut a third of the way, and one so early that the later part folds on its own.
        for cut in [rows.len() / 3, 50] {
            let mut parts = Totals::default();
            for part in [&rows[..cut], &rows[cut..]] {
                let mut p = Partial::default();
                for (k, c, n) in part {
                    p.add(k, c, *n, 1);
                }
                parts.absorb(p);
            }
            let b: Vec<_> = parts
                .into_rows(By::Day, |m, _| m.to_string())
                .iter()
                .map(key)
                .collect();
            assert_eq!(a, b, "cut at {cut}");
        }
    }

    #[test]
    fn merchants_sort_by_total() {
        let mut t = Totals::default();
        t.add("a", "CNY", 100, 1);
        t.add("b", "CNY", 300, 1);
        t.add("a", "CNY", 80, 1);
        t.add("a", "CNY", -30, 0);
        let rows = t.into_rows(By::Merchant, |m, _| m.to_string());
        assert_eq!(rows[0].key, "b");
        assert_eq!(rows[1].total, "150");
        assert_eq!(rows[1].count, 2);
    }
}
