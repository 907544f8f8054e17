//! The wallet's records going out and coming back: the export stream (every transaction with
//! its postings and links, oldest first) and the import of okpay's own CSV export.

use std::io::Read;

use jiff::civil::Date;

use super::access::{Books, Records};
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::funding::rail::Settlement;
use crate::ledger::{self, idempotency};
use crate::money::{format_minor, Currency};
use crate::records::csvfile;
use crate::records::journal::Header;
use crate::records::{DueSettlement, Record, IMPORT_ROWS_MAX};
use crate::store::ledger::{self as lq, HistoryQuery};

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct ImportOutcome {
    pub imported: usize,
    pub skipped: usize,
}

/// Record one imported transaction under its own id; the idempotency key it names comes along
/// when this wallet does not use that key yet.
fn record_one(
    conn: &rusqlite::Connection,
    key: &crate::auth::vault::WalletKey,
    mut imported: csvfile::Imported,
) -> Result<()> {
    let named = imported.tx.data.get("idempotency").and_then(|i| {
        let kind = i.get("kind")?.as_str()?.to_string();
        let k = i.get("key")?.as_str()?.to_string();
        let hash: [u8; 32] = hex::decode(i.get("hash")?.as_str()?)
            .ok()?
            .try_into()
            .ok()?;
        Some((kind, k, hash))
    });
    let keep = match &named {
        Some((kind, k, _)) => lq::idempotency_get(conn, kind, k)?.is_none(),
        None => false,
    };
    if !keep {
        if let Some(map) = imported.tx.data.as_object_mut() {
            map.remove("idempotency");
        }
    }
    let recorded = ledger::record_with_id(conn, key, &imported.tx, &imported.id)?;
    if let (true, Some((kind, k, hash))) = (keep, named) {
        let at_ms = clock::to_ms(imported.tx.created_at);
        idempotency::remember(conn, key, &kind, &k, &hash, recorded.seq, at_ms)?;
    }
    Ok(())
}

fn bad_header(line: u64, column: &str) -> Error {
    Error::invalid("err.import.header")
        .arg("column", column)
        .detail("column", column)
        .arg("line", line)
        .detail("line", line)
}

fn bad_row(line: u64, column: &str) -> Error {
    Error::invalid("err.import.row")
        .arg("column", column)
        .detail("column", column)
        .arg("line", line)
        .detail("line", line)
}

/// A row the ledger refuses (postings that do not balance, a link to a transaction the file
/// and the wallet lack, money the wallet does not have) is bad input; damage stays damage.
fn rejected(line: u64, e: Error) -> Error {
    if e.code == Code::Internal {
        let detail = e.args.get("detail").cloned().unwrap_or_default();
        Error::invalid("err.import.rejected")
            .arg("line", line)
            .detail("line", line)
            .arg("problem", &detail)
            .detail("problem", detail)
    } else {
        e
    }
}

/// How `--merchant` was resolved: a merchant's id, or a name recorded with payments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MerchantFilter {
    Id(String),
    Name(String),
}

/// One currency's balance at the end of each day of a period.
#[derive(Debug, Clone, serde::Serialize)]
pub struct BalanceSeries {
    pub currency: String,
    pub points: Vec<BalancePoint>,
    #[serde(skip)]
    pub minor: Vec<i64>,
}

/// The available balance at the end of one day.
#[derive(Debug, Clone, serde::Serialize)]
pub struct BalancePoint {
    pub date: String,
    pub balance: String,
}

/// The most days a balance report covers.
pub const BALANCE_DAYS_MAX: usize = 3_660;

impl Records<'_> {
    /// `okpay import FILE`: okpay's CSV or JSON export (told apart by the first byte that is
    /// not white space) back in, as sealed transactions that keep their ids and times, in one
    /// write (all or nothing). A transaction whose id the wallet already has is skipped. `open`
    /// gives the file from its start (a busy wallet retries the write); `progress` hears of
    /// every row.
    pub fn import<R: Read>(
        &mut self,
        open: impl Fn() -> Result<R>,
        mut progress: impl FnMut(usize),
    ) -> Result<ImportOutcome> {
        let mut head = [0u8; 64];
        let mut filled = 0;
        let mut probe = open()?;
        while filled < head.len() {
            match probe.read(&mut head[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e.into()),
            }
        }
        drop(probe);
        if crate::records::jsonfile::looks_like_json(&head[..filled]) {
            self.import_json(open, progress)
        } else {
            self.import_csv(open, &mut progress)
        }
    }

    fn import_json<R: Read>(
        &mut self,
        open: impl Fn() -> Result<R>,
        mut progress: impl FnMut(usize),
    ) -> Result<ImportOutcome> {
        use crate::records::jsonfile::{self, ReadError};
        self.write_unlocked(|conn, key| {
            let mut outcome = ImportOutcome::default();
            let read = jsonfile::read(open()?, |element| -> Result<()> {
                let line = element.line;
                if element.index > IMPORT_ROWS_MAX {
                    return Err(bad_row(line, "rows"));
                }
                let imported = element.parsed.map_err(|c| bad_row(line, &c))?;
                if lq::tx_by_id(conn, &imported.id)?.is_some() {
                    outcome.skipped += 1;
                } else {
                    record_one(conn, key, imported).map_err(|e| rejected(line, e))?;
                    outcome.imported += 1;
                }
                progress(element.index);
                Ok(())
            });
            match read {
                Ok(()) => Ok(outcome),
                Err(ReadError::Stopped(e)) => Err(e),
                Err(ReadError::Syntax { line, problem }) => Err(Error::invalid("err.import.json")
                    .arg("line", line)
                    .detail("line", line)
                    .arg("problem", &problem)
                    .detail("problem", problem)),
            }
        })
    }

    fn import_csv<R: Read>(
        &mut self,
        open: impl Fn() -> Result<R>,
        progress: &mut impl FnMut(usize),
    ) -> Result<ImportOutcome> {
        self.write_unlocked(|conn, key| {
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(open()?);
            let mut outcome = ImportOutcome::default();
            let mut record = csv::StringRecord::new();
            let mut columns: Option<Vec<usize>> = None;
            let mut rows = 0usize;
            loop {
                let line = reader.position().line();
                let more = reader
                    .read_record(&mut record)
                    .map_err(|e| bad_row(line, &format!("{e}")))?;
                if !more {
                    break;
                }
                let line = record.position().map_or(line, |p| p.line());
                let Some(at) = &columns else {
                    let found =
                        csvfile::header(&record).map_err(|column| bad_header(line, &column))?;
                    columns = Some(found);
                    continue;
                };
                rows += 1;
                if rows > IMPORT_ROWS_MAX {
                    return Err(bad_row(line, "rows"));
                }
                let imported = csvfile::parse(&record, at).map_err(|c| bad_row(line, &c))?;
                if lq::tx_by_id(conn, &imported.id)?.is_some() {
                    outcome.skipped += 1;
                } else {
                    record_one(conn, key, imported).map_err(|e| rejected(line, e))?;
                    outcome.imported += 1;
                }
                progress(rows);
            }
            if columns.is_none() {
                return Err(bad_header(1, "id"));
            }
            Ok(outcome)
        })
    }
}

impl Books<'_> {
    /// The currencies a report or an export covers: `only`, or every currency the wallet has
    /// held and the base currency, sorted.
    fn report_currencies(&self, only: Option<Currency>) -> Result<Vec<Currency>> {
        if let Some(c) = only {
            return Ok(vec![c]);
        }
        let mut currencies = self.currencies()?;
        if !currencies.contains(&self.base_currency()) {
            currencies.push(self.base_currency());
        }
        currencies.sort();
        Ok(currencies)
    }

    /// What a journal declares first: accounts, currencies, the oldest transaction's date.
    pub fn export_header(&self) -> Result<Header> {
        let conn = self.store.conn();
        let first = match lq::first_created_ms(conn)? {
            Some(ms) => clock::from_ms(ms)?,
            None => self.now(),
        };
        let first_date: Date = first.to_zoned(self.zone().clone()).date();
        let currencies = self.report_currencies(None)?;
        Ok(Header {
            accounts: lq::accounts(conn)?,
            currencies,
            first_date,
            username: self.username().to_string(),
            base: self.base_currency(),
        })
    }

    /// How many transactions an export between `from_ms` and `to_ms` holds (for a progress bar).
    pub fn export_count(&self) -> Result<i64> {
        lq::tx_count(self.store.conn())
    }

    /// Every transaction created in `[from_ms, to_ms)`, oldest first, with its postings and
    /// outgoing links, one at a time (constant memory).
    pub fn export(
        &self,
        from_ms: Option<i64>,
        to_ms: Option<i64>,
        mut each: impl FnMut(Record) -> Result<()>,
    ) -> Result<()> {
        let conn = self.store.conn();
        let due = self.due_outcomes()?;
        crate::store::scan::transactions_in_full(conn, from_ms, to_ms, |mut tx| {
            match due.get(&tx.row.id) {
                Some(Settlement::Settled) => tx.status = "succeeded".to_string(),
                Some(Settlement::Returned(_)) => tx.status = "failed".to_string(),
                None => {}
            }
            each(tx)
        })
    }

    /// Bank top-ups whose settlement is due but not recorded yet, settling in `[from_ms, to_ms)`.
    pub fn due_settlements(
        &self,
        from_ms: Option<i64>,
        to_ms: Option<i64>,
    ) -> Result<Vec<DueSettlement>> {
        let mut out = Vec::new();
        for d in crate::funding::settlement::due(self.store.conn(), self.now())? {
            let at_ms = d.row.available_at_ms.unwrap_or_default();
            if from_ms.is_some_and(|f| at_ms < f) || to_ms.is_some_and(|t| at_ms >= t) {
                continue;
            }
            out.push(DueSettlement {
                topup_id: d.row.id,
                currency: d.row.currency,
                amount_minor: d.row.amount_minor,
                at_ms,
                source_id: d.row.source_id,
                settled: d.outcome == Settlement::Settled,
                transfer: false,
                fee_minor: 0,
                external: None,
            });
        }
        for d in crate::funding::transfer::due(self.store.conn(), self.now())? {
            let at_ms = d.row.available_at_ms.unwrap_or_default();
            if from_ms.is_some_and(|f| at_ms < f) || to_ms.is_some_and(|t| at_ms >= t) {
                continue;
            }
            let external = d.row.source_id.clone().or(d.row.payee_id.clone());
            out.push(DueSettlement {
                topup_id: d.row.id,
                currency: d.row.currency,
                amount_minor: d.row.amount_minor,
                at_ms,
                source_id: d.row.source_id,
                settled: d.outcome == Settlement::Settled,
                transfer: true,
                fee_minor: d.row.fee_minor,
                external: external.map(|e| format!("external:{e}")),
            });
        }
        Ok(out)
    }

    /// `history --merchant M`: an id, an exact name (any letter case), a unique prefix of a name
    /// or of an id, after NFC normalisation; otherwise the name as recorded with payments (a
    /// merchant known only from an imported history). An ambiguous prefix is `invalid_input`
    /// listing the candidates.
    pub fn merchant_filter(&self, text: &str) -> Result<MerchantFilter> {
        use unicode_normalization::UnicodeNormalization;
        let norm = |s: &str| s.nfc().collect::<String>().to_lowercase();
        let wanted = norm(text.trim());
        let merchants = self.checkout().merchants()?;
        if let Some(m) = merchants
            .iter()
            .find(|m| m.id == text || norm(&m.name) == wanted)
        {
            return Ok(MerchantFilter::Id(m.id.clone()));
        }
        let candidates: Vec<_> = merchants
            .iter()
            .filter(|m| {
                norm(&m.name).starts_with(&wanted)
                    || (wanted.len() >= "mer_".len() + 6
                        && m.id.to_lowercase().starts_with(&wanted))
            })
            .collect();
        match candidates.as_slice() {
            [one] => Ok(MerchantFilter::Id(one.id.clone())),
            [] => Ok(MerchantFilter::Name(text.nfc().collect())),
            many => {
                let names: Vec<String> = many
                    .iter()
                    .map(|m| format!("{} ({})", m.name, m.id))
                    .collect();
                Err(Error::invalid("err.history.merchant_ambiguous")
                    .arg("merchant", text)
                    .arg("candidates", names.join(", "))
                    .detail("candidates", names))
            }
        }
    }

    /// `okpay history`'s rows: each transaction with `signed_amount` and `balance_after` (the
    /// available balance in its currency once it happened, a settlement counted at the top-up
    /// it settles), newest first (`query.oldest_first` is refused), streamed: the balances come
    /// from one backward pass over the postings, not a query per row.
    /// With `links`, each row also carries its links both ways (as `receipt` shows them), read
    /// in the same pass.
    pub fn history_rows(
        &self,
        query: &HistoryQuery,
        links: bool,
        mut each: impl FnMut(crate::ledger::view::TxView) -> Result<()>,
    ) -> Result<()> {
        use std::collections::HashMap;
        let conn = self.store.conn();
        let now: HashMap<String, i64> = self
            .balances(None)?
            .balances
            .into_iter()
            .map(|l| (l.currency, l.available_minor))
            .collect();
        // Due top-ups not yet settled in the ledger: (currency, seq, amount) when they pay out.
        let due: Vec<(String, i64, i64)> = crate::funding::settlement::due(conn, self.now())?
            .into_iter()
            .filter(|d| d.outcome == Settlement::Settled)
            .map(|d| (d.row.currency, d.row.seq, d.row.amount_minor))
            .collect();
        if query.oldest_first {
            return Err(Error::internal("history rows run newest first"));
        }
        // The changes after each row, read once from the newest down as the rows come (one
        // pass over the wallet accounts' postings, however many rows), summed per currency.
        let mut statements = crate::store::scan::AttributionStatements::prepare(conn)?;
        let mut attribution = statements.cursors()?;
        let mut taken: HashMap<String, i64> = HashMap::new();
        let mut link_statements = match links {
            true => Some(crate::store::scan::LinkStatements::prepare(conn)?),
            false => None,
        };
        let mut link_cursors = match link_statements.as_mut() {
            Some(statements) => Some(statements.cursors()?),
            None => None,
        };
        self.history(query, |mut view| {
            let currency = Currency::parse(&view.currency)?;
            attribution.changes_after(view.seq, |code, amount| {
                let sum = taken.entry(code.to_string()).or_insert(0);
                *sum = sum.saturating_add(amount);
            })?;
            let mut change = taken.get(&view.currency).copied().unwrap_or(0);
            for (code, seq, amount) in &due {
                if *code == view.currency && *seq > view.seq {
                    change = change.saturating_add(*amount);
                }
            }
            let balance = now
                .get(&view.currency)
                .copied()
                .unwrap_or(0)
                .saturating_sub(change);
            if view.status == "failed" && !view.extra.contains_key("failure") {
                // A bank top-up returned at settlement: the settlement carries the reason.
                for link in lq::links_to(conn, view.seq)? {
                    if link.kind == crate::ledger::LinkKind::Returns.as_str() {
                        if let Some(code) =
                            lq::tx_by_seq(conn, link.other_seq)?.and_then(|t| t.fields.reason)
                        {
                            view.extra
                                .insert("failure".to_string(), serde_json::json!({ "code": code }));
                        }
                    }
                }
            }
            if let Some(cursors) = link_cursors.as_mut() {
                let (from, to) = cursors.links_of(view.seq)?;
                view.links = links_shown(from, to);
            }
            let signed = crate::records::signed_minor(&view.kind, view.amount_minor);
            view.extra.insert(
                "signed_amount".to_string(),
                format_minor(signed, currency).into(),
            );
            view.extra.insert(
                "balance_after".to_string(),
                format_minor(balance, currency).into(),
            );
            each(view)
        })
    }

    /// `okpay statement --month YYYY-MM`: per currency (all of the wallet's, or `only`),
    /// reconciled before it is returned.
    pub fn statement(
        &self,
        month: &str,
        only: Option<Currency>,
    ) -> Result<crate::records::statement::Statement> {
        use crate::records::period::{bound, End};
        use crate::records::statement::{reconcile, CurrencyStatement, Movement, Statement};
        let bad = || Error::invalid("err.statement.month").arg_detail("month", month);
        if month.len() != 7 {
            return Err(bad());
        }
        let (zone, now) = (self.zone(), self.now());
        let from_ms = clock::to_ms(bound(month, zone, now, End::From).map_err(|_| bad())?);
        let to_ms = clock::to_ms(bound(month, zone, now, End::To).map_err(|_| bad())?);
        let conn = self.store.conn();
        let currencies = self.report_currencies(only)?;
        let mut out = Vec::new();
        for c in currencies {
            let code = c.code();
            let account = lq::find_account_id(conn, &format!("wallet:{code}"), code)?;
            let pending = lq::find_account_id(conn, &format!("pending:{code}"), code)?;
            let before = |id: Option<i64>, at: i64| -> Result<i64> {
                id.map_or(Ok(0), |id| lq::balance_before(conn, id, at))
            };
            let opening_minor = before(account, from_ms)?;
            let closing_minor = before(account, to_ms)?;
            let mut running = opening_minor;
            let mut movements = Vec::new();
            if let Some(id) = account {
                lq::postings_between(conn, id, from_ms, to_ms, |row, amount_minor| {
                    running = running.saturating_add(amount_minor);
                    let data: serde_json::Value =
                        serde_json::from_str(&row.data).unwrap_or_default();
                    let word = |k: &str| data.get(k).and_then(|v| v.as_str()).map(str::to_string);
                    let description = word("merchant_name")
                        .or_else(|| word("source_masked"))
                        .or_else(|| row.memo.clone())
                        .unwrap_or_default();
                    movements.push(Movement {
                        created_at: clock::rfc3339(clock::from_ms(row.created_at)?),
                        kind: row.fields.kind,
                        description,
                        amount: format_minor(amount_minor, c),
                        fee: format_minor(row.fields.fee_minor, c),
                        balance_after: format_minor(running, c),
                        amount_minor,
                        balance_after_minor: running,
                        at_ms: row.fields.created_at,
                        id: row.id,
                    });
                    Ok(())
                })?;
            }
            let statement = CurrencyStatement {
                currency: code.to_string(),
                opening: format_minor(opening_minor, c),
                closing: format_minor(closing_minor, c),
                fees: format_minor(lq::fees_between(conn, code, from_ms, to_ms)?, c),
                pending: format_minor(before(pending, to_ms)?, c),
                movements,
                opening_minor,
                closing_minor,
            };
            reconcile(&statement)?;
            out.push(statement);
        }
        Ok(Statement {
            month: month.to_string(),
            currencies: out,
        })
    }

    /// `okpay report spending`: payments made in `[from_ms, to_ms)` net of their refunds
    /// (whenever refunded), grouped (see [`spending_rows`]).
    pub fn spending(
        &self,
        by: crate::records::report::By,
        from_ms: i64,
        to_ms: i64,
    ) -> Result<Vec<crate::records::report::Row>> {
        spending_rows(
            self.store.conn(),
            self.store.path(),
            by,
            self.zone(),
            (from_ms, to_ms),
            lq::SPLIT_FROM,
        )
    }

    /// `okpay report balance`: the available balance at the end of each day of
    /// `[from_ms, to_ms)`, per currency.
    pub fn balance_series(
        &self,
        only: Option<Currency>,
        from_ms: i64,
        to_ms: i64,
    ) -> Result<Vec<BalanceSeries>> {
        let conn = self.store.conn();
        let zone = self.zone().clone();
        let first = clock::from_ms(from_ms)?.to_zoned(zone.clone()).date();
        let currencies = self.report_currencies(only)?;
        let mut out = Vec::new();
        for c in currencies {
            let code = c.code();
            let account = lq::find_account_id(conn, &format!("wallet:{code}"), code)?;
            let mut day_ends: Vec<(Date, i64)> = Vec::new();
            let mut day = first;
            let mut balance = match account {
                Some(id) => lq::balance_before(conn, id, from_ms)?,
                None => 0,
            };
            loop {
                let Ok(next) = day.tomorrow() else { break };
                let end_ms = clock::to_ms(
                    next.to_zoned(zone.clone())
                        .map_err(|_| Error::internal("day out of range"))?
                        .timestamp(),
                );
                let start_ms = clock::to_ms(
                    day.to_zoned(zone.clone())
                        .map_err(|_| Error::internal("day out of range"))?
                        .timestamp(),
                );
                if start_ms >= to_ms || day_ends.len() >= BALANCE_DAYS_MAX {
                    break;
                }
                if let Some(id) = account {
                    let lo = start_ms.max(from_ms);
                    let hi = end_ms.min(to_ms);
                    lq::postings_between(conn, id, lo, hi, |_, amount| {
                        balance = balance.saturating_add(amount);
                        Ok(())
                    })?;
                }
                day_ends.push((day, balance));
                day = next;
            }
            out.push(BalanceSeries {
                currency: code.to_string(),
                points: day_ends
                    .iter()
                    .map(|(d, m)| BalancePoint {
                        date: d.to_string(),
                        balance: format_minor(*m, c),
                    })
                    .collect(),
                minor: day_ends.iter().map(|(_, m)| *m).collect(),
            });
        }
        Ok(out)
    }
}

/// Links as shown: `(kind, id)` to earlier transactions as they are, then those from later ones
/// under the kind seen from this side (`settled_by`, `refunded_by`, ...).
fn links_shown(
    from: Vec<(String, String)>,
    to: Vec<(String, String)>,
) -> Vec<crate::ledger::view::LinkView> {
    use crate::ledger::view::LinkView;
    let inverse = |kind: &str| {
        crate::ledger::LinkKind::parse(kind)
            .map_or("linked_by", crate::ledger::LinkKind::inverse_str)
            .to_string()
    };
    from.into_iter()
        .map(|(kind, id)| LinkView { kind, id })
        .chain(to.into_iter().map(|(kind, id)| LinkView {
            kind: inverse(&kind),
            id,
        }))
        .collect()
}

/// The group a report row falls in.
fn spending_key<'r>(
    by: crate::records::report::By,
    zone: &jiff::tz::TimeZone,
    row: &lq::SpentRow<'r>,
) -> Result<std::borrow::Cow<'r, str>> {
    use crate::records::report::By;
    Ok(match by {
        By::Merchant => row
            .merchant_name()?
            .or_else(|| row.merchant_id.map(Into::into))
            .unwrap_or_default(),
        By::Category => row.category()?.unwrap_or("-".into()),
        By::Month | By::Day => {
            let date = clock::from_ms(row.created_at_ms)?
                .to_zoned(zone.clone())
                .date();
            if by == By::Month {
                date.strftime("%Y-%m").to_string().into()
            } else {
                date.to_string().into()
            }
        }
    })
}

/// A spending report's rows. A ledger of `split_from` transactions or more has its period read
/// in two parts at once, the later on a second read-only connection to `path` in another thread
/// (the scan is SQLite's page reads and per-row work, and a second core halves it); the parts'
/// groups are added in time order, as one scan would add them, then the refunds.
fn spending_rows(
    conn: &rusqlite::Connection,
    path: &std::path::Path,
    by: crate::records::report::By,
    zone: &jiff::tz::TimeZone,
    (from_ms, to_ms): (i64, i64),
    split_from: i64,
) -> Result<Vec<crate::records::report::Row>> {
    use crate::records::report::{Partial, Totals};
    let fold =
        |conn: &rusqlite::Connection, from: i64, to: i64| -> Result<(Partial, Option<i64>)> {
            let mut partial = Partial::default();
            let first = lq::spent_payments(conn, from, to, |row| {
                partial.add(
                    &spending_key(by, zone, row)?,
                    row.currency,
                    row.net_minor,
                    1,
                );
                Ok(())
            })?;
            Ok((partial, first))
        };
    let parts = match lq::spent_split(conn, from_ms, to_ms, split_from)? {
        Some(cut) => std::thread::scope(|scope| -> Result<Vec<(Partial, Option<i64>)>> {
            // A second connection that cannot be had (say, the file just replaced) only costs
            // the parallelism: the later part is then read here, after the earlier one.
            let later = scope.spawn(|| -> Result<Option<(Partial, Option<i64>)>> {
                match crate::store::Store::open_read_only(path) {
                    Ok(store) => fold(store.conn(), cut, to_ms).map(Some),
                    Err(_) => Ok(None),
                }
            });
            let earlier = fold(conn, from_ms, cut);
            let later = later
                .join()
                .map_err(|_| Error::internal("the report's second reader stopped"))?;
            let earlier = earlier?;
            let later = match later? {
                Some(later) => later,
                None => fold(conn, cut, to_ms)?,
            };
            Ok(vec![earlier, later])
        })?,
        None => vec![fold(conn, from_ms, to_ms)?],
    };
    let mut totals = Totals::default();
    let mut first_seq: Option<i64> = None;
    for (partial, first) in parts {
        totals.absorb(partial);
        first_seq = match (first_seq, first) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
    if let Some(first_seq) = first_seq {
        lq::spent_refunds(conn, from_ms, to_ms, first_seq, |row| {
            totals.add(
                &spending_key(by, zone, row)?,
                row.currency,
                row.net_minor,
                0,
            );
            Ok(())
        })?;
    }
    Ok(
        totals.into_rows(by, |minor, code| match Currency::parse(code) {
            Ok(c) => format_minor(minor, c),
            Err(_) => minor.to_string(),
        }),
    )
}

#[cfg(test)]
mod spending_tests {
    use super::*;
    use crate::records::report::By;

    /// A report read in two parts on two connections equals the same report read in one scan,
    /// for every grouping, over all time and over a part of it, refunds and unknown merchants
    /// included.
    #[test]
    fn a_report_read_in_two_parts_equals_one_scan() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.db");
        let conn = crate::store::tests::file(&path);
        let mut sql = String::from(
            "INSERT INTO merchants (id, name, category, origin, created_at_ms) VALUES
                 ('mer_A', 'Alpha', 'food', 'added', 0), ('mer_B', 'Beta', NULL, 'added', 0);",
        );
        for seq in 1..=400i64 {
            let day = 86_400_000 * (seq / 7);
            let (kind, merchant, data) = match seq % 10 {
                0 => ("topup", "NULL", "{}".to_string()),
                3 => ("refund", "NULL", "{}".to_string()),
                7 => (
                    "payment",
                    "'mer_gone'",
                    format!(r#"{{"merchant_name":"Gone {}"}}"#, seq % 3),
                ),
                n if n % 2 == 0 => ("payment", "'mer_A'", "{}".to_string()),
                _ => ("payment", "'mer_B'", r#"{"category":"travel"}"#.to_string()),
            };
            let currency = if seq % 4 == 0 { "EUR" } else { "CNY" };
            sql.push_str(&format!(
                "INSERT INTO transactions (seq, id, kind, status, amount_minor, currency, created_at_ms, merchant_id, data)
                 VALUES ({seq}, 'tx_{seq}', '{kind}', 'succeeded', {}, '{currency}', {day}, {merchant}, '{data}');",
                seq * 3
            ));
            if kind == "refund" {
                sql.push_str(&format!(
                    "INSERT INTO links (tx_seq, kind, target_seq) VALUES ({seq}, 'refunds', {});",
                    seq - 1
                ));
            }
        }
        conn.execute_batch(&sql).unwrap();
        let zone = jiff::tz::TimeZone::UTC;
        let rows = |by, period, split_from| {
            spending_rows(&conn, &path, by, &zone, period, split_from)
                .unwrap()
                .iter()
                .map(|r| (r.key.clone(), r.currency.clone(), r.total_minor, r.count))
                .collect::<Vec<_>>()
        };
        for by in [By::Merchant, By::Category, By::Month, By::Day] {
            for period in [(0, i64::MAX), (86_400_000 * 10, 86_400_000 * 50)] {
                let one = rows(by, period, i64::MAX);
                assert!(!one.is_empty());
                assert_eq!(rows(by, period, 0), one, "{by:?} {period:?}");
            }
        }
        // A second connection that cannot be opened: the same report, read on the one.
        let missing = dir.path().join("missing.db");
        assert_eq!(
            spending_rows(&conn, &missing, By::Merchant, &zone, (0, i64::MAX), 0)
                .unwrap()
                .iter()
                .map(|r| (r.key.clone(), r.currency.clone(), r.total_minor, r.count))
                .collect::<Vec<_>>(),
            rows(By::Merchant, (0, i64::MAX), i64::MAX)
        );
        // The cut falls inside both periods, so both were read in two parts.
        assert!(lq::spent_split(&conn, 0, i64::MAX, 0).unwrap().is_some());
        assert!(lq::spent_split(&conn, 86_400_000 * 10, 86_400_000 * 50, 0)
            .unwrap()
            .is_some());
        assert!(lq::spent_split(&conn, 0, i64::MAX, i64::MAX)
            .unwrap()
            .is_none());
    }
}
