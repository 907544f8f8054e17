//! The wallet as a plain-text accounting journal: an hledger journal (`hledger check -s`
//! passes) or a beancount file (`bean-check` passes), written one transaction at a time.
//!
//! Accounts: available money in `assets:okpay:CUR`, pending top-ups in
//! `assets:okpay:pending:CUR`, money on its way out in `assets:okpay:outgoing:CUR`, fees in
//! `expenses:okpay:fees:CUR`, merchants under `expenses:okpay:merchants:`, funding sources
//! under `assets:funding:`. A conversion is written with an `@@` total price when its shape
//! allows it, through `equity:okpay:conversion:CUR` otherwise. Declined and failed
//! transactions move no money: they appear with their reason and no postings.

use std::collections::BTreeMap;
use std::io::{self, Write};

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::{DueSettlement, Record};
use crate::clock;
use crate::error::{Error, Result};
use crate::money::{format_minor, Currency};

/// Which journal format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Hledger,
    Beancount,
}

/// What a journal declares before its transactions.
#[derive(Debug, Clone)]
pub struct Header {
    /// Every okpay account: (name, currency).
    pub accounts: Vec<(String, String)>,
    pub currencies: Vec<Currency>,
    /// The date of the oldest transaction (accounts are opened on it).
    pub first_date: Date,
    pub username: String,
    pub base: Currency,
}

/// A streaming journal writer.
pub struct Journal<W: Write> {
    dialect: Dialect,
    zone: TimeZone,
    out: W,
    /// How a failed write is reported (the caller knows the file).
    io: fn(io::Error) -> Error,
}

/// One leg as written: account, amount in minor units, currency, optional total price.
struct Leg {
    account: String,
    minor: i64,
    currency: Currency,
    price: Option<(i64, Currency)>,
}

impl<W: Write> Journal<W> {
    pub fn new(dialect: Dialect, zone: TimeZone, out: W, io: fn(io::Error) -> Error) -> Self {
        Journal {
            dialect,
            zone,
            out,
            io,
        }
    }

    /// The writer back, to flush or persist it.
    pub fn into_inner(self) -> W {
        self.out
    }

    /// Commodities and accounts, declared so that strict checks pass.
    pub fn header(&mut self, h: &Header) -> Result<()> {
        self.write_header(h).map_err(self.io)
    }

    fn write_header(&mut self, h: &Header) -> io::Result<()> {
        let d = self.dialect;
        let mut names: Vec<String> = h
            .accounts
            .iter()
            .map(|(name, currency)| account(d, name, currency))
            .collect();
        // A due settlement lands in accounts that may not have moved yet.
        for c in &h.currencies {
            names.push(account(d, &format!("wallet:{}", c.code()), c.code()));
        }
        names.sort();
        names.dedup();
        match d {
            Dialect::Hledger => {
                writeln!(self.out, "; okpay wallet of {}", one_line(&h.username))?;
                writeln!(self.out)?;
                for c in &h.currencies {
                    writeln!(self.out, "commodity {} {}", sample(*c), c.code())?;
                }
                writeln!(self.out)?;
                for name in &names {
                    writeln!(self.out, "account {name}")?;
                }
            }
            Dialect::Beancount => {
                writeln!(self.out, "; okpay wallet of {}", one_line(&h.username))?;
                writeln!(self.out, "option \"title\" \"okpay\"")?;
                writeln!(
                    self.out,
                    "option \"operating_currency\" \"{}\"",
                    h.base.code()
                )?;
                writeln!(self.out)?;
                for c in &h.currencies {
                    writeln!(self.out, "{} commodity {}", h.first_date, c.code())?;
                }
                for name in &names {
                    writeln!(self.out, "{} open {name}", h.first_date)?;
                }
            }
        }
        Ok(())
    }

    /// One okpay transaction.
    pub fn record(&mut self, r: &Record) -> Result<()> {
        let date = self.date(r.row.created_at)?;
        let legs = legs(self.dialect, &r.postings)?;
        let flag = if r.status == "pending" { '!' } else { '*' };
        let mut words = vec![r.row.kind.clone()];
        let data: serde_json::Value = serde_json::from_str(&r.row.data).unwrap_or_default();
        if let Some(name) = data.get("merchant_name").and_then(|v| v.as_str()) {
            words.push(name.to_string());
        } else if let Some(m) = data.get("source_masked").and_then(|v| v.as_str()) {
            words.push(m.to_string());
        }
        if let Some(memo) = &r.row.memo {
            words.push(format!("| {memo}"));
        }
        if let Some(reason) = &r.row.reason {
            words.push(format!("({} {reason})", r.status));
        }
        let mut tags = vec![
            ("okpay_id", r.row.id.clone()),
            ("okpay_kind", r.row.kind.clone()),
            ("okpay_status", r.status.clone()),
        ];
        if let Some(reason) = &r.row.reason {
            tags.push(("okpay_reason", reason.clone()));
        }
        if let Some(order) = &r.row.order_id {
            tags.push(("okpay_order", order.clone()));
        }
        for (kind, target) in &r.links {
            tags.push(("okpay_link", format!("{kind} {target}")));
        }
        self.write_tx(date, flag, &words.join(" "), &tags, &legs)
            .map_err(self.io)
    }

    /// A due bank top-up's settlement, as the next write will record it.
    pub fn due(&mut self, s: &DueSettlement) -> Result<()> {
        let date = self.date(s.at_ms)?;
        let currency = Currency::parse(&s.currency)?;
        let code = currency.code().to_string();
        let postings = if s.transfer {
            let held = s.amount_minor.saturating_add(s.fee_minor);
            let from = (format!("pending_out:{code}"), code.clone(), -held);
            if s.settled {
                let external = s.external.clone().unwrap_or_default();
                let mut p = vec![from, (external, code.clone(), s.amount_minor)];
                if s.fee_minor != 0 {
                    p.push((format!("fees:{code}"), code.clone(), s.fee_minor));
                }
                p
            } else {
                vec![from, (format!("wallet:{code}"), code.clone(), held)]
            }
        } else {
            let to = if s.settled {
                format!("wallet:{code}")
            } else {
                format!("external:{}", s.source_id.clone().unwrap_or_default())
            };
            vec![
                (format!("pending:{code}"), code.clone(), -s.amount_minor),
                (to, code.clone(), s.amount_minor),
            ]
        };
        let legs = legs(self.dialect, &postings)?;
        let link = if s.settled { "settles" } else { "returns" };
        let tags = vec![
            ("okpay_kind", "settlement".to_string()),
            ("okpay_link", format!("{link} {}", s.topup_id)),
        ];
        self.write_tx(
            date,
            '*',
            "settlement (due, not yet recorded)",
            &tags,
            &legs,
        )
        .map_err(self.io)
    }

    fn date(&self, ms: i64) -> Result<Date> {
        Ok(clock::from_ms(ms)?.to_zoned(self.zone.clone()).date())
    }

    fn write_tx(
        &mut self,
        date: Date,
        flag: char,
        description: &str,
        tags: &[(&str, String)],
        legs: &[Leg],
    ) -> io::Result<()> {
        writeln!(self.out)?;
        match self.dialect {
            Dialect::Hledger => {
                let tags: Vec<String> = tags
                    .iter()
                    .map(|(k, v)| format!("{k}:{}", tag_value(v)))
                    .collect();
                writeln!(
                    self.out,
                    "{date} {flag} {}  ; {}",
                    hledger_text(description),
                    tags.join(", ")
                )?;
            }
            Dialect::Beancount => {
                writeln!(
                    self.out,
                    "{date} {flag} \"{}\"",
                    beancount_text(description)
                )?;
                let mut seen = BTreeMap::new();
                for (k, v) in tags {
                    // Beancount keeps one value per key: later links get numbered keys.
                    let n = seen.entry(*k).or_insert(0);
                    *n += 1;
                    let key = if *n == 1 {
                        k.to_string()
                    } else {
                        format!("{k}{n}")
                    };
                    writeln!(self.out, "  {key}: \"{}\"", beancount_text(v))?;
                }
            }
        }
        for leg in legs {
            let amount = format_minor(leg.minor, leg.currency);
            match leg.price {
                Some((p, pc)) => writeln!(
                    self.out,
                    "  {}  {amount} {} @@ {} {}",
                    leg.account,
                    leg.currency.code(),
                    format_minor(p, pc),
                    pc.code()
                )?,
                None => writeln!(
                    self.out,
                    "  {}  {amount} {}",
                    leg.account,
                    leg.currency.code()
                )?,
            }
        }
        Ok(())
    }
}

/// The legs of a transaction: its postings, with a conversion's two `fx:` legs folded into a
/// total price on the one leg that receives the other currency, when there is exactly one.
fn legs(d: Dialect, postings: &[(String, String, i64)]) -> Result<Vec<Leg>> {
    let mut out = Vec::new();
    let fx: Vec<&(String, String, i64)> =
        postings.iter().filter(|p| p.0.starts_with("fx:")).collect();
    let folded = fold_conversion(postings, &fx);
    for (i, (name, currency, minor)) in postings.iter().enumerate() {
        if folded.is_some() && name.starts_with("fx:") {
            continue;
        }
        let price = match folded {
            Some((index, paid, paid_currency)) if index == i => Some((paid, paid_currency)),
            _ => None,
        };
        out.push(Leg {
            account: account(d, name, currency),
            minor: *minor,
            currency: Currency::parse(currency)?,
            price,
        });
    }
    Ok(out)
}

/// For a conversion (`fx:A` receives `a`, `fx:B` gives `b`): the index of the only other leg in
/// B and the price `a A` to put on it.
fn fold_conversion(
    postings: &[(String, String, i64)],
    fx: &[&(String, String, i64)],
) -> Option<(usize, i64, Currency)> {
    let [first, second] = fx else {
        return None;
    };
    let (paid, got) = if first.2 > 0 && second.2 < 0 {
        (first, second)
    } else if second.2 > 0 && first.2 < 0 {
        (second, first)
    } else {
        return None;
    };
    if paid.1 == got.1 {
        return None;
    }
    let receiving: Vec<usize> = postings
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.0.starts_with("fx:") && p.1 == got.1)
        .map(|(i, _)| i)
        .collect();
    let [index] = receiving.as_slice() else {
        return None;
    };
    let currency = Currency::parse(&paid.1).ok()?;
    (postings[*index].2 == -got.2).then_some((*index, paid.2, currency))
}

/// The journal account of an okpay account.
pub fn account(d: Dialect, name: &str, currency: &str) -> String {
    let (kind, rest) = name.split_once(':').unwrap_or(("other", name));
    let parts: Vec<String> = match kind {
        "wallet" => vec!["assets", "okpay", currency],
        "pending" => vec!["assets", "okpay", "pending", currency],
        "pending_out" => vec!["assets", "okpay", "outgoing", currency],
        "fees" => vec!["expenses", "okpay", "fees", currency],
        "fx" => vec!["equity", "okpay", "conversion", currency],
        "merchant" => vec!["expenses", "okpay", "merchants", rest],
        "external" => vec!["assets", "funding", rest],
        _ => vec!["equity", "okpay", "other", kind, rest],
    }
    .into_iter()
    .map(str::to_string)
    .collect();
    match d {
        Dialect::Hledger => parts
            .iter()
            .map(|p| p.replace([' ', ';', ':'], "-"))
            .collect::<Vec<_>>()
            .join(":"),
        Dialect::Beancount => parts
            .iter()
            .map(|p| beancount_component(p))
            .collect::<Vec<_>>()
            .join(":"),
    }
}

/// A beancount account component: starts with a capital letter or digit, then letters, digits
/// and dashes.
fn beancount_component(part: &str) -> String {
    let mut out: String = part
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    match out.chars().next() {
        Some(c) if c.is_ascii_alphanumeric() => {
            let upper = c.to_ascii_uppercase();
            out.replace_range(0..1, &upper.to_string());
        }
        _ => out.insert(0, 'X'),
    }
    out
}

/// A commodity's display sample: `1000.00` for two minor digits, `1000` for none.
fn sample(c: Currency) -> String {
    format_minor(1000 * c.minor_per_unit(), c)
}

fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// hledger descriptions end at `;`, and two spaces mean nothing special there, but keep one.
fn hledger_text(text: &str) -> String {
    one_line(text).replace(';', ",")
}

/// hledger tag values end at a comma.
fn tag_value(text: &str) -> String {
    one_line(text).replace([',', ';'], " ")
}

fn beancount_text(text: &str) -> String {
    one_line(text).replace('\\', "\\\\").replace('"', "\\\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(a: &str, c: &str, m: i64) -> (String, String, i64) {
        (a.to_string(), c.to_string(), m)
    }

    #[test]
    fn accounts_follow_each_dialect() {
        assert_eq!(
            account(Dialect::Hledger, "wallet:CNY", "CNY"),
            "assets:okpay:CNY"
        );
        assert_eq!(
            account(Dialect::Hledger, "pending:CNY", "CNY"),
            "assets:okpay:pending:CNY"
        );
        assert_eq!(
            account(Dialect::Beancount, "merchant:mer_01abc", "CNY"),
            "Expenses:Okpay:Merchants:Mer-01abc"
        );
        assert_eq!(
            account(Dialect::Beancount, "external:src_x", "CNY"),
            "Assets:Funding:Src-x"
        );
    }

    #[test]
    fn a_conversion_becomes_a_total_price() {
        let postings = vec![
            p("fees:CNY", "CNY", 50),
            p("fx:CNY", "CNY", 7150),
            p("fx:USD", "USD", -1000),
            p("wallet:CNY", "CNY", -7200),
            p("wallet:USD", "USD", 1000),
        ];
        let legs = legs(Dialect::Hledger, &postings).unwrap();
        assert_eq!(legs.len(), 3);
        let usd = legs.iter().find(|l| l.currency == Currency::USD).unwrap();
        assert_eq!(usd.price, Some((7150, Currency::CNY)));
    }

    #[test]
    fn an_odd_conversion_keeps_its_equity_legs() {
        let postings = vec![
            p("fx:CNY", "CNY", 100),
            p("fx:USD", "USD", -10),
            p("wallet:CNY", "CNY", -100),
            p("wallet:USD", "USD", 6),
            p("fees:USD", "USD", 4),
        ];
        let legs = legs(Dialect::Hledger, &postings).unwrap();
        assert_eq!(legs.len(), 5);
        assert!(legs.iter().all(|l| l.price.is_none()));
    }

    fn due_text(s: &DueSettlement) -> String {
        let mut out = Vec::new();
        let mut j = Journal::new(Dialect::Hledger, TimeZone::UTC, &mut out, Error::internal);
        j.due(s).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_due_transfer_is_exported_as_the_settlement_or_return_it_will_be() {
        let mut s = DueSettlement {
            topup_id: "tx_1".into(),
            currency: "EUR".into(),
            amount_minor: 10_000,
            at_ms: 1_900_000_000_000,
            source_id: None,
            settled: true,
            transfer: true,
            fee_minor: 100,
            external: Some("external:pye_1".into()),
        };
        let paid = due_text(&s);
        assert!(
            paid.contains("assets:okpay:outgoing:EUR  -101.00 EUR"),
            "{paid}"
        );
        assert!(paid.contains("assets:funding:pye_1  100.00 EUR"), "{paid}");
        assert!(paid.contains("expenses:okpay:fees:EUR  1.00 EUR"), "{paid}");
        assert!(paid.contains("settles tx_1"), "{paid}");
        s.settled = false;
        let back = due_text(&s);
        assert!(back.contains("assets:okpay:EUR  101.00 EUR"), "{back}");
        assert!(back.contains("returns tx_1"), "{back}");
        assert!(!back.contains("funding"), "{back}");
    }
}
