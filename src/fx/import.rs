//! `fx import FILE`: rate files, recognised from their content (never from the file name).
//!
//! - A CSV of `date,base,quote,rate` (the header line is optional), `1 base = rate quote`.
//! - The European Central Bank's euro reference rates as published: the daily CSV
//!   (`Date, USD, JPY, …` then `28 June 2024, 1.0705, 171.94, …`), the historical CSV
//!   (`Date,USD,JPY,…` then one `YYYY-MM-DD,…` line per day, newest first, `N/A` where a
//!   currency has no rate), and the XML (`<Cube time='…'><Cube currency='USD' rate='…'/>`), daily
//!   or historical. Every ECB rate is `1 EUR = rate CUR`.
//!
//! Only the newest rate of each pair is kept. A currency okpay does not know (one the ECB no
//! longer quotes, such as `CYP`) is skipped and counted; a malformed line is `invalid_input`
//! with its 1-based line number.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::{parse_date, parse_rate, Rate, Source};
use crate::error::{Error, Result};
use crate::money::Currency;

/// The largest rate file read.
pub const FILE_BYTES_MAX: u64 = 16 * 1024 * 1024;
/// The most lines a rate file may have.
const LINES_MAX: usize = 200_000;

/// What a file held.
#[derive(Debug, Clone)]
pub struct Imported {
    /// `csv` or `ecb`.
    pub format: &'static str,
    /// The newest rate of each pair.
    pub rates: Vec<Rate>,
    /// Values left out: a currency okpay does not know, or `N/A`.
    pub skipped: usize,
}

/// Recognise and read a rate file.
pub fn parse(text: &str) -> Result<Imported> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.lines().count() > LINES_MAX {
        return Err(Error::invalid("err.fx.import_too_long").arg("max", LINES_MAX));
    }
    let head = text.trim_start();
    if head.starts_with('<') {
        return ecb_xml(text);
    }
    let first = head.lines().next().unwrap_or("");
    let cells: Vec<String> = first
        .split(',')
        .map(|c| c.trim().to_ascii_lowercase())
        .collect();
    if cells.first().map(String::as_str) == Some("date") && cells.len() > 1 {
        if cells.get(1..4) == Some(&["base".into(), "quote".into(), "rate".into()][..]) {
            return plain_csv(text, true);
        }
        return ecb_csv(text);
    }
    if first.split(',').count() == 4 {
        return plain_csv(text, false);
    }
    Err(Error::invalid("err.fx.import_format"))
}

fn bad_line(line: usize, text: &str) -> Error {
    Error::invalid("err.fx.import_line")
        .arg("line", line)
        .detail("line", line)
        .arg("text", text.chars().take(60).collect::<String>())
}

/// Keep the newest rate of each pair (a later line of the same date wins).
fn newest(all: impl IntoIterator<Item = Rate>) -> Vec<Rate> {
    let mut by_pair: BTreeMap<(Currency, Currency), Rate> = BTreeMap::new();
    for r in all {
        match by_pair.get(&(r.base, r.quote)) {
            Some(old) if old.date > r.date => {}
            _ => {
                by_pair.insert((r.base, r.quote), r);
            }
        }
    }
    by_pair.into_values().collect()
}

fn plain_csv(text: &str, header: bool) -> Result<Imported> {
    let mut rates = Vec::new();
    for (i, line) in text.lines().enumerate().skip(usize::from(header)) {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split(',').map(str::trim).collect();
        let [date, base, quote, rate] = cells[..] else {
            return Err(bad_line(n, line));
        };
        let date = parse_date(date).map_err(|_| bad_line(n, line))?;
        let base = Currency::parse(base).map_err(|_| bad_line(n, line))?;
        let quote = Currency::parse(quote).map_err(|_| bad_line(n, line))?;
        let rate = parse_rate(rate).map_err(|_| bad_line(n, line))?;
        if base == quote {
            return Err(bad_line(n, line));
        }
        rates.push(Rate {
            base,
            quote,
            rate,
            date,
            source: Source::Csv,
        });
    }
    if rates.is_empty() {
        return Err(Error::invalid("err.fx.import_empty"));
    }
    Ok(Imported {
        format: "csv",
        rates: newest(rates),
        skipped: 0,
    })
}

fn ecb_rate(code: &str, rate: &str, date: Date) -> Option<Option<Rate>> {
    let Ok(quote) = Currency::parse(code) else {
        return Some(None);
    };
    if rate == "N/A" || rate.is_empty() {
        return Some(None);
    }
    let rate = parse_rate(rate).ok()?;
    Some(Some(Rate {
        base: Currency::EUR,
        quote,
        rate,
        date,
        source: Source::Ecb,
    }))
}

fn ecb_csv(text: &str) -> Result<Imported> {
    let mut lines = text.lines().enumerate();
    let header: Vec<&str> = lines
        .next()
        .map(|(_, l)| l.split(',').map(str::trim).collect())
        .unwrap_or_default();
    let mut rates = Vec::new();
    let mut skipped = 0;
    for (i, line) in lines {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split(',').map(str::trim).collect();
        let date = cells
            .first()
            .and_then(|d| ecb_date(d))
            .ok_or_else(|| bad_line(n, line))?;
        for (code, value) in header.iter().zip(cells.iter()).skip(1) {
            if code.is_empty() && value.is_empty() {
                continue;
            }
            match ecb_rate(code, value, date) {
                Some(Some(r)) => rates.push(r),
                Some(None) => skipped += 1,
                None => return Err(bad_line(n, line)),
            }
        }
    }
    if rates.is_empty() {
        return Err(Error::invalid("err.fx.import_empty"));
    }
    Ok(Imported {
        format: "ecb",
        rates: newest(rates),
        skipped,
    })
}

/// `2024-06-28` (historical file) or `28 June 2024` (daily file).
fn ecb_date(text: &str) -> Option<Date> {
    if let Ok(d) = text.parse::<Date>() {
        return Some(d);
    }
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let mut words = text.split_whitespace();
    let day: i8 = words.next()?.parse().ok()?;
    let month = words.next()?.to_ascii_lowercase();
    let month = MONTHS.iter().position(|m| *m == month)?;
    let year: i16 = words.next()?.parse().ok()?;
    if words.next().is_some() {
        return None;
    }
    Date::new(year, i8::try_from(month + 1).ok()?, day).ok()
}

/// The value of `name='…'` or `name="…"` in one tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    loop {
        let at = rest.find(name)?;
        let before_ok = at == 0 || rest[..at].chars().last().is_some_and(char::is_whitespace);
        let after = rest[at + name.len()..].trim_start();
        if let (true, Some(after)) = (before_ok, after.strip_prefix('=')) {
            let after = after.trim_start();
            let quote = after.chars().next()?;
            if quote == '\'' || quote == '"' {
                let body = &after[1..];
                return body.find(quote).map(|end| &body[..end]);
            }
        }
        rest = &rest[at + name.len()..];
    }
}

fn ecb_xml(text: &str) -> Result<Imported> {
    if !text.contains("Cube") {
        return Err(Error::invalid("err.fx.import_format"));
    }
    let mut rates = Vec::new();
    let mut skipped = 0;
    let mut date: Option<Date> = None;
    for (i, line) in text.lines().enumerate() {
        // Tags may share a line or span several: each `<Cube` opening is read on its own.
        for tag in line.split('<').skip(1) {
            let Some(tag) = tag.strip_prefix("Cube") else {
                continue;
            };
            let tag = tag.split('>').next().unwrap_or(tag);
            if let Some(t) = attribute(tag, "time") {
                date = Some(ecb_date(t).ok_or_else(|| bad_line(i + 1, line))?);
            }
            if let (Some(code), Some(value)) = (attribute(tag, "currency"), attribute(tag, "rate"))
            {
                let d = date.ok_or_else(|| bad_line(i + 1, line))?;
                match ecb_rate(code, value, d) {
                    Some(Some(r)) => rates.push(r),
                    Some(None) => skipped += 1,
                    None => return Err(bad_line(i + 1, line)),
                }
            }
        }
    }
    if rates.is_empty() {
        return Err(Error::invalid("err.fx.import_empty"));
    }
    Ok(Imported {
        format: "ecb",
        rates: newest(rates),
        skipped,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate_of(imported: &Imported, code: &str) -> String {
        imported
            .rates
            .iter()
            .find(|r| r.quote.code() == code)
            .map(|r| r.rate.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn the_ecb_daily_csv() {
        let text = "Date, USD, JPY, CNY, \n28 June 2024, 1.0705, 171.94, 7.7748, \n";
        let i = parse(text).unwrap();
        assert_eq!(i.format, "ecb");
        assert_eq!(i.rates.len(), 3);
        assert_eq!(rate_of(&i, "JPY"), "171.94");
        assert_eq!(i.rates[0].date, Date::constant(2024, 6, 28));
    }

    #[test]
    fn the_ecb_historical_csv_keeps_the_newest_day() {
        let text =
            "Date,USD,CYP,JPY,\n2024-06-28,1.0705,N/A,171.94,\n2024-06-27,1.0696,N/A,171.60,\n";
        let i = parse(text).unwrap();
        assert_eq!(rate_of(&i, "USD"), "1.0705");
        assert_eq!(i.rates.len(), 2);
        assert_eq!(i.skipped, 2);
    }

    #[test]
    fn the_ecb_xml() {
        let text = "<?xml version=\"1.0\"?>\n<gesmes:Envelope>\n<Cube>\n<Cube time='2024-06-28'>\n\
                    <Cube currency='USD' rate='1.0705'/><Cube currency=\"JPY\" rate=\"171.94\"/>\n</Cube></Cube>";
        let i = parse(text).unwrap();
        assert_eq!(i.rates.len(), 2);
        assert_eq!(rate_of(&i, "USD"), "1.0705");
    }

    #[test]
    fn a_plain_csv_with_or_without_header_and_bad_lines() {
        let i = parse("date,base,quote,rate\n2026-11-30,USD,CNY,7.12\n").unwrap();
        assert_eq!(i.format, "csv");
        assert_eq!(i.rates[0].base, Currency::USD);
        let i = parse("2026-11-30,KWD,CNY,23.1\n").unwrap();
        assert_eq!(i.rates[0].base, Currency::KWD);
        let e = parse("date,base,quote,rate\n2026-11-30,USD,CNY,7.12\n2026-11-30,USD,CNY,x\n")
            .unwrap_err();
        assert_eq!(e.details["line"], 3);
        assert!(parse("hello world\n").is_err());
        assert!(parse("<html></html>").is_err());
    }
}
