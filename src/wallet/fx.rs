//! The Wallet facade's exchange rates and conversions: `fx rates` (no unlock), `fx set`,
//! `fx import`, `fx spread` (a step-up), and `convert` between balances.

use super::SteppedUp;
use rusqlite::Connection;
use serde::Serialize;
use serde_json::json;

use super::access::Fx;
use super::Wallet;
use crate::auth::vault::WalletKey;
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::funding::settlement::settle_due;
use crate::funding::topup::check_open;
use crate::fx::import::{self, Imported};
use crate::fx::quote::{self, FxQuote};
use crate::fx::settings::{self, FxSettings};
use crate::fx::{format_rate, parse_rate, today, Rate, Source};
use crate::ledger::view::{load_seq, TxView};
use crate::ledger::{self, Kind, NewTransaction, Status};
use crate::money::{parse_amount, Currency, Money};
use crate::payments::checkout::available;

/// One rate as `fx rates` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct RateView {
    pub base: String,
    pub quote: String,
    pub rate: String,
    pub date: String,
    /// `manual`, `csv`, `ecb`, or `snapshot` (bundled with okpay).
    pub source: String,
    pub stale: bool,
}

/// `{"rates": [...], "spread_percent", "snapshot_date"}`.
#[derive(Debug, Clone, Serialize)]
pub struct RatesView {
    pub rates: Vec<RateView>,
    pub spread_percent: String,
    pub snapshot_date: String,
}

/// What `fx import` did.
#[derive(Debug, Clone, Serialize)]
pub struct ImportView {
    /// `csv` or `ecb`.
    pub format: &'static str,
    /// Rates stored.
    pub imported: usize,
    /// Rates left out because the wallet holds a newer one for the pair.
    pub older: usize,
    /// Values left out: a currency okpay does not know, or `N/A`.
    pub skipped: usize,
    /// The newest date among the imported rates.
    pub date: Option<String>,
}

/// What a conversion is asked for.
#[derive(Debug, Clone, Copy)]
pub struct ConversionRequest {
    pub from: Currency,
    pub to: Currency,
    /// The amount: in `from` (sell), or in `to` (`--to-amount`: buy exactly this much).
    pub amount: Money,
}

impl ConversionRequest {
    /// Parse `AMOUNT --from CUR --to CUR [--to-amount]`.
    pub fn parse(amount: &str, from: &str, to: &str, to_amount: bool) -> Result<Self> {
        let from = Currency::parse(from)?;
        let to = Currency::parse(to)?;
        if from == to {
            return Err(Error::invalid("err.fx.same_currency").arg("currency", from.code()));
        }
        let amount = parse_amount(amount, if to_amount { to } else { from })?;
        Ok(ConversionRequest { from, to, amount })
    }
}

/// What the confirmation of a conversion shows.
#[derive(Debug, Clone)]
pub struct ConversionQuote {
    pub quote: FxQuote,
    pub balance_before: Money,
}

fn rate_view(r: &Rate, today: jiff::civil::Date) -> RateView {
    RateView {
        base: r.base.code().to_string(),
        quote: r.quote.code().to_string(),
        rate: format_rate(r.rate),
        date: r.date.to_string(),
        source: r.source.as_str().to_string(),
        stale: r.is_stale(today),
    }
}

/// Quote a conversion with `settings`.
fn quote_with(
    settings: &FxSettings,
    req: &ConversionRequest,
    today: jiff::civil::Date,
) -> Result<FxQuote> {
    let found = settings.book.find(req.from, req.to).ok_or_else(|| {
        Error::invalid("err.fx.no_rate")
            .arg_detail("from", req.from.code())
            .arg_detail("to", req.to.code())
    })?;
    let stale = crate::fx::is_stale(found.date, today);
    if req.amount.currency() == req.from {
        quote::sell(req.amount, found, settings.spread_percent, stale)
    } else {
        quote::buy(req.amount, found, settings.spread_percent, stale)
    }
}

impl Wallet {
    fn fx_today(&self) -> jiff::civil::Date {
        today(self.now(), self.zone())
    }

    /// `okpay fx rates`: the stored rates, then the bundled snapshot's that they do not replace.
    pub fn fx_rates(&self) -> Result<RatesView> {
        let s = settings::load(self.store.conn())?;
        let today = self.fx_today();
        let mut rates: Vec<RateView> = s.book.rates().map(|r| rate_view(r, today)).collect();
        // Rates the user gave first, then the snapshot; each group by pair.
        rates.sort_by(|a, b| {
            (a.source == "snapshot", &a.base, &a.quote).cmp(&(
                b.source == "snapshot",
                &b.base,
                &b.quote,
            ))
        });
        Ok(RatesView {
            rates,
            spread_percent: s.spread_percent.normalize().to_string(),
            snapshot_date: crate::fx::snapshot::DATE.to_string(),
        })
    }

    /// The checks before a conversion's confirmation (frozen, maintenance, a rate, the
    /// balance), and the quote it shows.
    pub fn quote_conversion(&self, req: &ConversionRequest) -> Result<ConversionQuote> {
        let conn = self.store.conn();
        check_open(conn)?;
        let q = quote_with(&settings::load(conn)?, req, self.fx_today())?;
        let balance = available(conn, req.from, self.now())?;
        if balance.minor() < q.from_amount.minor() {
            return Err(insufficient(&q, balance));
        }
        Ok(ConversionQuote {
            quote: q,
            balance_before: balance,
        })
    }
}

fn convert_in(
    conn: &Connection,
    key: &WalletKey,
    req: &ConversionRequest,
    now: jiff::Timestamp,
    today: jiff::civil::Date,
) -> Result<(TxView, Option<Error>)> {
    settle_due(conn, key, now)?;
    check_open(conn)?;
    let q = quote_with(&settings::load_trusted(conn, key)?, req, today)?;
    let balance = available(conn, req.from, now)?;
    let mut data = json!({ "fx": q.to_json() });
    let (mut tx, failure) = if balance.minor() < q.from_amount.minor() {
        let e = insufficient(&q, balance);
        let mut tx = NewTransaction::new(
            Kind::Conversion,
            Status::Declined,
            q.from_amount.minor(),
            req.from,
            now,
        );
        tx.reason = Some(Code::InsufficientFunds.as_str().to_string());
        data["decline"] = json!({"code": Code::InsufficientFunds.as_str(), "details": e.details});
        (tx, Some(e))
    } else {
        let mut tx = NewTransaction::new(
            Kind::Conversion,
            Status::Succeeded,
            q.from_amount.minor(),
            req.from,
            now,
        );
        tx.fee_minor = q.spread.minor();
        tx.postings = q.postings(true);
        data["balance_after"] =
            json!(Money::from_minor(balance.minor() - q.from_amount.minor(), req.from).to_string());
        (tx, None)
    };
    tx.data = data;
    let recorded = ledger::record(conn, key, &tx)?;
    let view = load_seq(conn, recorded.seq)?;
    let failure = failure.map(|e| e.arg_detail("transaction_id", &view.id));
    Ok((view, failure))
}

fn insufficient(q: &FxQuote, balance: Money) -> Error {
    let missing = Money::from_minor(q.from_amount.minor() - balance.minor(), balance.currency());
    Error::new(Code::InsufficientFunds, "err.fx.insufficient_funds")
        .arg_detail("missing", missing)
        .arg_detail("currency", balance.currency().code())
        .arg_detail("available", balance)
        .arg("to", q.to_amount.currency().code())
}

fn log(
    conn: &Connection,
    now: jiff::Timestamp,
    kind: &str,
    detail: serde_json::Value,
) -> Result<()> {
    crate::store::wallet_row::log_event(conn, clock::to_ms(now), kind, &detail)
}

impl Wallet {
    /// The total of `lines` in the base currency at the mid rates (each currency rounded half
    /// away from zero to the base's minor unit), with the oldest rate's date; the currencies
    /// held that have no rate are left out and named.
    pub(super) fn total_in_base(
        &self,
        lines: &[super::BalanceLine],
    ) -> Result<(super::BalanceLine, Vec<String>)> {
        let base = self.base_currency();
        let fx = settings::load(self.store.conn())?;
        let (mut available, mut pending) = (0_i64, 0_i64);
        let mut oldest: Option<jiff::civil::Date> = None;
        let mut excluded = Vec::new();
        for l in lines {
            if l.available_minor == 0 && l.pending_minor == 0 {
                continue;
            }
            let currency = Currency::parse(&l.currency)?;
            let Some(found) = fx.book.find(currency, base) else {
                excluded.push(l.currency.clone());
                continue;
            };
            if currency != base {
                oldest = Some(oldest.map_or(found.date, |d| d.min(found.date)));
            }
            let value = |minor: i64| -> Result<i64> {
                Money::from_minor(minor, currency)
                    .to_decimal()
                    .checked_mul(found.rate)
                    .and_then(|d| d.checked_mul(rust_decimal::Decimal::from(base.minor_per_unit())))
                    .map(|d| {
                        d.round_dp_with_strategy(
                            0,
                            rust_decimal::RoundingStrategy::MidpointAwayFromZero,
                        )
                    })
                    .and_then(|d| rust_decimal::prelude::ToPrimitive::to_i64(&d))
                    .ok_or_else(|| Error::internal("balance total overflows"))
            };
            available = available.saturating_add(value(l.available_minor)?);
            pending = pending.saturating_add(value(l.pending_minor)?);
        }
        let mut total = super::line(base, available, pending);
        total.rates_date = oldest.map(|d| d.to_string());
        Ok((total, excluded))
    }
}

impl Fx<'_> {
    /// `okpay fx set BASE QUOTE RATE`: `1 BASE = RATE QUOTE`, dated today.
    pub fn fx_set(&mut self, base: &str, quote_code: &str, rate: &str) -> Result<RateView> {
        let base = Currency::parse(base)?;
        let quote_c = Currency::parse(quote_code)?;
        if base == quote_c {
            return Err(Error::invalid("err.fx.same_currency").arg("currency", base.code()));
        }
        let r = Rate {
            base,
            quote: quote_c,
            rate: parse_rate(rate)?,
            date: self.fx_today(),
            source: Source::Manual,
        };
        let now = self.now();
        let rates = [r.clone()];
        self.write_unlocked(|conn, key| {
            settings::save_rates(conn, key, &rates, clock::to_ms(now))?;
            log(
                conn,
                now,
                "fx_rate_set",
                json!({"base": base.code(), "quote": quote_c.code(), "rate": format_rate(r.rate)}),
            )
        })?;
        Ok(rate_view(&r, self.fx_today()))
    }

    /// `okpay fx import FILE`: the file's text, recognised from its content.
    pub fn fx_import(&mut self, text: &str) -> Result<ImportView> {
        let Imported {
            format,
            rates,
            skipped,
        } = import::parse(text)?;
        let now = self.now();
        let date = rates.iter().map(|r| r.date).max().map(|d| d.to_string());
        let total = rates.len();
        let stored = self.write_unlocked(|conn, key| {
            let n = settings::save_rates(conn, key, &rates, clock::to_ms(now))?;
            log(
                conn,
                now,
                "fx_rates_imported",
                json!({"format": format, "rates": n}),
            )?;
            Ok(n)
        })?;
        Ok(ImportView {
            format,
            imported: stored,
            older: total - stored,
            skipped,
            date,
        })
    }

    /// `okpay fx spread PERCENT`: a step-up.
    pub fn fx_set_spread(&mut self, percent: &str, step_up: &SteppedUp) -> Result<String> {
        let percent = settings::parse_spread(percent)?;
        self.check_step_up(step_up)?;
        let now = self.now();
        self.write_unlocked(|conn, key| {
            settings::save_spread(conn, key, percent, clock::to_ms(now))?;
            log(
                conn,
                now,
                "fx_spread_set",
                json!({"spread_percent": percent.to_string()}),
            )
        })?;
        Ok(percent.to_string())
    }

    /// `okpay convert`: quote again inside the write with the sealed rates and record the
    /// conversion, or its decline when the balance does not cover it.
    pub fn convert(&mut self, req: &ConversionRequest) -> Result<TxView> {
        let now = self.now();
        let today = self.fx_today();
        let req = *req;
        let (view, failure) =
            self.write_unlocked(|conn, key| convert_in(conn, key, &req, now, today))?;
        match failure {
            None => Ok(view),
            Some(e) => {
                let tx = serde_json::to_value(&view).map_err(Error::internal)?;
                Err(e.with_transaction(tx))
            }
        }
    }
}
