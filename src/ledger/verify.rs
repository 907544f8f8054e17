//! `okpay verify`: the structural checks that need no key (SQLite's integrity check, balanced
//! postings, derived balances and statuses, legal links, the chain's length) and, with the
//! wallet key, the HMAC chain.

use std::collections::{BTreeMap, HashMap};

use rusqlite::Connection;
use serde::Serialize;

use crate::auth::vault::WalletKey;
use crate::error::Result;
use crate::ledger::{seal, status, Kind, LinkKind};
use crate::store::ledger as q;
use crate::store::scan;

/// The most problems reported; past it verification stops listing (the wallet is damaged).
pub const PROBLEMS_MAX: usize = 100;

/// One thing found wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// A stable name: `sqlite`, `unbalanced`, `balance_mismatch`, `status_mismatch`,
    /// `bad_link`, `chain_length`, `chain_broken`, `head_mismatch`, `tampered` (a sealed row
    /// whose MAC does not match), `rolled_back` (behind the anchor).
    pub kind: &'static str,
    /// The transaction or account concerned, if any.
    pub subject: Option<String>,
    /// What was found, in plain words for logs (the CLI words it for people).
    pub detail: String,
}

fn problem(kind: &'static str, subject: Option<String>, detail: String) -> Problem {
    Problem {
        kind,
        subject,
        detail,
    }
}

/// Which MAC the chain head carries: version 1 until a wallet's rows are sealed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadVersion {
    V1,
    V2,
}

/// Run every structural check; with a key, also the chain and every sealed row.
pub fn verify(
    conn: &Connection,
    integrity: Vec<String>,
    key: Option<&WalletKey>,
) -> Result<Vec<Problem>> {
    verify_with(conn, integrity, key, &mut |_, _| {})
}

/// [`verify`], calling `progress(done, total)` as the transactions go by.
pub fn verify_with(
    conn: &Connection,
    integrity: Vec<String>,
    key: Option<&WalletKey>,
    progress: &mut dyn FnMut(i64, i64),
) -> Result<Vec<Problem>> {
    let problems: Vec<Problem> = integrity
        .into_iter()
        .map(|line| problem("sqlite", None, line))
        .collect();
    if !problems.is_empty() {
        return Ok(problems);
    }
    // A wallet made before sealing existed carries a version-1 head until its first write.
    let sealed_wallet = crate::store::wallet_row::sealed(conn)?;
    let version = match sealed_wallet {
        Some(false) => HeadVersion::V1,
        _ => HeadVersion::V2,
    };
    let mut problems = verify_ledger_with(conn, key, version, progress)?;
    if let (Some(key), Some(true)) = (key, sealed_wallet) {
        check_sealed_rows(conn, key, &mut problems)?;
        if crate::ledger::guard::check_lockout_counters(conn).is_err() {
            problems.push(problem(
                "tampered",
                Some("wallet".into()),
                "the failed-unlock counters do not match their sealed values".into(),
            ));
        }
    }
    problems.truncate(PROBLEMS_MAX);
    Ok(problems)
}

/// Every sealed row's MAC, and every balance naming its account's newest posting.
fn check_sealed_rows(
    conn: &Connection,
    key: &WalletKey,
    problems: &mut Vec<Problem>,
) -> Result<()> {
    for table in crate::ledger::sealed::ALL {
        for row in crate::ledger::sealed::check_table(conn, key, table)? {
            problems.push(problem(
                "tampered",
                Some(format!("{}:{row}", table.name)),
                "seal does not match".into(),
            ));
        }
    }
    // Limit rows, once written, are written all three at once and never deleted.
    let limit_rows = crate::store::limits::all(conn)?.len();
    if crate::store::limits::were_set(conn)? && limit_rows != 3 {
        problems.push(problem(
            "tampered",
            Some("limits".into()),
            format!("{limit_rows} limit rows, 3 expected"),
        ));
    }
    // Risk rule rows likewise: every rule and the thresholds, once any was set.
    let risk_rows = crate::store::risk::all(conn)?.len();
    let expected = crate::risk::monitor::expected_rows(conn)?;
    if risk_rows != expected {
        problems.push(problem(
            "tampered",
            Some("risk_rules".into()),
            format!("{risk_rows} risk rule rows, {expected} expected"),
        ));
    }
    for subject in q::idempotency_mismatches(conn)? {
        problems.push(problem(
            "tampered",
            Some(format!("idempotency:{subject}")),
            "the record and the transaction naming it differ".into(),
        ));
    }
    for (name, currency) in q::stale_balances(conn)? {
        problems.push(problem(
            "balance_mismatch",
            Some(format!("{name} ({currency})")),
            "stored balance does not name the newest posting".into(),
        ));
    }
    // The limits' running totals against the sums they cache.
    let zone = crate::clock::parse_zone(&q::time_zone(conn)?)?;
    for period in crate::risk::limits::stale_totals(conn, &zone)? {
        problems.push(problem(
            "limit_usage_mismatch",
            Some(period),
            "running total differs from the payments it counts".into(),
        ));
    }
    Ok(())
}

/// The ledger's own checks: balanced postings, derived balances and statuses, links, chain.
pub fn verify_ledger(
    conn: &Connection,
    key: Option<&WalletKey>,
    version: HeadVersion,
) -> Result<Vec<Problem>> {
    verify_ledger_with(conn, key, version, &mut |_, _| {})
}

/// [`verify_ledger`], calling `progress(done, total)` as the transactions go by.
pub fn verify_ledger_with(
    conn: &Connection,
    key: Option<&WalletKey>,
    version: HeadVersion,
    progress: &mut dyn FnMut(i64, i64),
) -> Result<Vec<Problem>> {
    let mut problems = Vec::new();
    let mut sums = Sums::default();
    let whole = check_stream(conn, key, version, &mut problems, &mut sums, progress)?;
    // The balances' problems come first, as the ledger's foundation. The stream summed every
    // posting on its way; when it stopped early (a wallet already past the report's length)
    // SQLite sums them instead.
    let recomputed = if whole {
        sums.into_rows()
    } else {
        q::recomputed_balances(conn)?
    };
    let mut first = Vec::new();
    check_balances(conn, recomputed, &mut first)?;
    problems.splice(0..0, first);
    problems.truncate(PROBLEMS_MAX);
    Ok(problems)
}

/// Each account's postings summed as the stream passes them: by name, then currency (a name
/// seen before is found without copying it).
#[derive(Default)]
struct Sums(HashMap<String, HashMap<String, i64>>);

impl Sums {
    fn add(&mut self, name: &str, currency: &str, amount: i64) {
        let by_currency = match self.0.get_mut(name) {
            Some(m) => m,
            None => self.0.entry(name.to_owned()).or_default(),
        };
        match by_currency.get_mut(currency) {
            Some(sum) => *sum = sum.saturating_add(amount),
            None => {
                by_currency.insert(currency.to_owned(), amount);
            }
        }
    }

    fn into_rows(self) -> Vec<(String, String, i64)> {
        let mut rows = Vec::new();
        for (name, by_currency) in self.0 {
            for (currency, sum) in by_currency {
                rows.push((name.clone(), currency, sum));
            }
        }
        rows
    }
}

/// Every account's stored balance against the sum of its postings (`recomputed`, with accounts
/// that never moved left out or given as 0), in the order of the accounts' names.
fn check_balances(
    conn: &Connection,
    recomputed: Vec<(String, String, i64)>,
    problems: &mut Vec<Problem>,
) -> Result<()> {
    let sums: BTreeMap<(String, String), i64> = recomputed
        .into_iter()
        .map(|(name, currency, sum)| ((name, currency), sum))
        .collect();
    for (name, currency, kept) in q::balances(conn)? {
        let sum = sums
            .get(&(name.clone(), currency.clone()))
            .copied()
            .unwrap_or(0);
        let name = match crate::ledger::account::named_currency(&name) {
            Some(_) => name,
            None => format!("{name} ({currency})"),
        };
        if kept != sum {
            problems.push(problem(
                "balance_mismatch",
                Some(name.clone()),
                format!("stored {kept}, postings sum to {sum}"),
            ));
        }
        if sum < 0 && crate::ledger::account::is_own(&name) {
            problems.push(problem(
                "balance_mismatch",
                Some(name),
                format!("negative balance {sum}"),
            ));
        }
    }
    Ok(())
}

/// How often the progress callback is called (in transactions).
const PROGRESS_EVERY: i64 = 8_192;

/// One pass over transactions, postings and links in sequence order (four cursors merged by
/// seq, see [`crate::store::scan`]): balanced postings, legal links, a transaction settled at
/// most once, stored statuses equal to the derived ones, and, with the key, the HMAC chain.
/// Memory holds one transaction's postings and links at a time, whatever the ledger's size.
/// Returns whether it read every transaction and posting (it stops early, without the key, once
/// the report is full).
fn check_stream(
    conn: &Connection,
    key: Option<&WalletKey>,
    version: HeadVersion,
    problems: &mut Vec<Problem>,
    sums: &mut Sums,
    progress: &mut dyn FnMut(i64, i64),
) -> Result<bool> {
    let count = q::tx_count(conn)?;
    let chain = q::chain(conn)?;
    match &chain {
        None => problems.push(problem("chain_length", None, "chain head missing".into())),
        Some((chain_count, _, _)) if *chain_count != count => problems.push(problem(
            "chain_length",
            None,
            format!("{count} transactions, chain records {chain_count}"),
        )),
        Some(_) => {}
    }
    // The chain is walked only with the key and a head to compare it with, on a second thread
    // fed in batches: computing the MACs overlaps reading the ledger.
    let key = key.filter(|_| chain.is_some());
    let (whole, walked) = std::thread::scope(|scope| -> Result<(bool, Option<Walked>)> {
        let (sender, worker) = match key {
            Some(key) => {
                let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<ChainItem>>(8);
                (
                    Some(sender),
                    Some(scope.spawn(move || walk_chain(key, receiver))),
                )
            }
            None => (None, None),
        };
        let whole = read_stream(conn, key.is_some(), problems, sums, progress, sender)?;
        let walked = match worker {
            Some(worker) => Some(
                worker
                    .join()
                    .map_err(|_| crate::error::Error::internal("the chain worker stopped"))??,
            ),
            None => None,
        };
        Ok((whole, walked))
    })?;
    let (Some(key), Some(walked), Some((chain_count, head, head_mac))) = (key, walked, chain)
    else {
        return Ok(whole);
    };
    let broken = walked.broken.is_some();
    if let Some(id) = walked.broken {
        problems.push(problem(
            "chain_broken",
            Some(id),
            "seal does not match".into(),
        ));
    }
    let previous = walked.previous;
    let expected_head_mac = match version {
        HeadVersion::V1 => seal::head_mac_v1(key, chain_count, &head),
        HeadVersion::V2 => seal::head_mac(key, chain_count, &head),
    };
    let head_ok =
        !broken && head == previous && head_mac.as_deref() == Some(expected_head_mac.as_slice());
    if !broken && !head_ok {
        problems.push(problem(
            "head_mismatch",
            None,
            "chain head does not match the ledger".into(),
        ));
    }
    Ok(whole)
}

/// One transaction as the chain worker needs it: the row, its sorted postings and links, and
/// its stored seal.
type ChainItem = (
    crate::store::ledger::TxRow,
    Vec<(String, String, i64)>,
    Vec<(String, String)>,
    Option<Vec<u8>>,
);

/// What walking the chain found: the first transaction whose seal does not match, and the MAC
/// the walk ended on.
struct Walked {
    broken: Option<String>,
    previous: Vec<u8>,
}

/// Transactions per message to the chain worker.
const CHAIN_BATCH: usize = 512;

fn walk_chain(
    key: &WalletKey,
    receiver: std::sync::mpsc::Receiver<Vec<ChainItem>>,
) -> Result<Walked> {
    let mut previous = [0u8; 32];
    let mut broken = None;
    let mut buf = Vec::with_capacity(1024);
    let state = key.mac_state();
    for batch in receiver {
        if broken.is_some() {
            continue;
        }
        for (row, postings, links, stored) in batch {
            let expected = seal::mac_of_row(&state, &previous, &row, &postings, &links, &mut buf);
            if stored.as_deref() != Some(expected.as_slice()) {
                broken = Some(row.id);
                break;
            }
            previous = expected;
        }
    }
    Ok(Walked {
        broken,
        previous: previous.to_vec(),
    })
}

/// The reading half of [`check_stream`]: every structural check, in one pass; with `keyed`,
/// each transaction goes on to the chain worker through `sender`. Returns whether it read
/// everything.
fn read_stream(
    conn: &Connection,
    keyed: bool,
    problems: &mut Vec<Problem>,
    sums: &mut Sums,
    progress: &mut dyn FnMut(i64, i64),
    sender: Option<std::sync::mpsc::SyncSender<Vec<ChainItem>>>,
) -> Result<bool> {
    let total = scan::tx_total(conn)?;
    let mut statements = scan::Statements::prepare(conn)?;
    let mut c = statements.cursors()?;
    let mut batch: Vec<ChainItem> = Vec::with_capacity(CHAIN_BATCH);
    let mut whole = true;
    let mut done: i64 = 0;
    let full = |problems: &Vec<Problem>| problems.len() >= PROBLEMS_MAX;
    while let Some(tx) = c.txs.take()? {
        let seq = tx.row.seq;
        // Postings: balanced per currency.
        let mut postings: Vec<(String, String, i64)> = Vec::new();
        while c.postings.peek().is_some_and(|p| p.0 <= seq) {
            let Some((at, name, currency, amount)) = c.postings.take()? else {
                break;
            };
            sums.add(&name, &currency, amount);
            if at < seq {
                problems.push(orphan("unbalanced", at, "posting"));
            } else {
                postings.push((name, currency, amount));
            }
        }
        let mut sums: Vec<(&str, i64)> = Vec::new();
        for (_, currency, amount) in &postings {
            match sums.iter_mut().find(|(c, _)| c == currency) {
                Some((_, sum)) => *sum = sum.saturating_add(*amount),
                None => sums.push((currency, *amount)),
            }
        }
        for (currency, sum) in sums.into_iter().filter(|(_, s)| *s != 0) {
            problems.push(problem(
                "unbalanced",
                Some(tx.row.id.clone()),
                format!("postings sum to {sum} in {currency}"),
            ));
        }
        // Links from this transaction: legal, and part of its canonical bytes.
        let mut links: Vec<(String, String)> = Vec::new();
        while c.links_from.peek().is_some_and(|l| l.0 <= seq) {
            let Some((at, kind, to, to_id, to_kind, to_status)) = c.links_from.take()? else {
                break;
            };
            if at < seq {
                problems.push(orphan("bad_link", at, "link"));
                continue;
            }
            let legal = match LinkKind::parse(&kind) {
                Some(LinkKind::Settles | LinkKind::Returns) => {
                    tx.row.kind == Kind::Settlement.as_str()
                        && matches!(
                            to_kind.as_deref(),
                            Some(k) if k == Kind::Topup.as_str() || k == Kind::Transfer.as_str()
                        )
                        && to_status.as_deref() == Some("pending")
                }
                Some(LinkKind::Refunds) => {
                    tx.row.kind == Kind::Refund.as_str()
                        && to_kind.as_deref() == Some(Kind::Payment.as_str())
                }
                Some(LinkKind::Retries) => {
                    to_kind.as_deref() == Some(tx.row.kind.as_str())
                        && to_status.as_deref() == Some("failed")
                }
                None => false,
            };
            if !legal {
                problems.push(problem(
                    "bad_link",
                    Some(tx.row.id.clone()),
                    format!("{kind} link to #{to} is not allowed"),
                ));
            }
            if let Some(id) = to_id {
                links.push((kind, id));
            }
        }
        // Links to this transaction: its derived status, and settled at most once.
        let mut linked = Vec::new();
        let mut settled = 0;
        while c.links_to.peek().is_some_and(|l| l.0 <= seq) {
            let Some((at, kind, from, amount)) = c.links_to.take()? else {
                break;
            };
            if at < seq {
                problems.push(orphan("bad_link", from, "link"));
                continue;
            }
            let kind = LinkKind::parse(&kind);
            if matches!(kind, Some(LinkKind::Settles | LinkKind::Returns)) {
                settled += 1;
            }
            linked.push((kind, amount.unwrap_or(0)));
        }
        if settled > 1 {
            problems.push(problem(
                "bad_link",
                Some(tx.row.id.clone()),
                format!("settled {settled} times"),
            ));
        }
        let derived = match status::Status::parse(&tx.row.status) {
            Some(recorded) => Some(status::derive_from(recorded, tx.row.amount_minor, linked)?),
            None => None,
        };
        let matches = match (&derived, &tx.stored_status) {
            (Some((expected, refunded)), Some((s, r))) => s == expected.as_str() && r == refunded,
            _ => false,
        };
        if !matches {
            let shown = derived.map_or("unknown", |(s, _)| s.as_str());
            problems.push(problem(
                "status_mismatch",
                Some(tx.row.id.clone()),
                format!("derived status is {shown}"),
            ));
        }
        // The chain, on the worker (which has stopped listening once it found a break).
        if let Some(sender) = &sender {
            postings.sort();
            links.sort();
            batch.push((tx.row, postings, links, tx.seal));
            if batch.len() == CHAIN_BATCH {
                let full_batch = std::mem::replace(&mut batch, Vec::with_capacity(CHAIN_BATCH));
                // A worker that hung up failed; joining it gives its error.
                let _ = sender.send(full_batch);
            }
        }
        done += 1;
        if done % PROGRESS_EVERY == 0 {
            progress(done, total);
        }
        // A wallet this damaged is reported as it stands; the chain below is not walked.
        if full(problems) && !keyed {
            whole = false;
            break;
        }
    }
    while let Some((at, name, currency, amount)) = c.postings.take()? {
        sums.add(&name, &currency, amount);
        problems.push(orphan("unbalanced", at, "posting"));
        if full(problems) {
            whole = false;
            break;
        }
    }
    while let Some((at, ..)) = c.links_from.take()? {
        problems.push(orphan("bad_link", at, "link"));
        if full(problems) {
            break;
        }
    }
    if let Some(sender) = sender {
        if !batch.is_empty() {
            let _ = sender.send(batch);
        }
    }
    progress(done, total);
    Ok(whole)
}

/// A row that names a transaction that does not exist.
fn orphan(kind: &'static str, seq: i64, what: &str) -> Problem {
    problem(
        kind,
        None,
        format!("a {what} of transaction #{seq}, which does not exist"),
    )
}
