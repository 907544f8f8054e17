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
    let accounts = scan::accounts(conn)?;
    let mut sums = Sums::default();
    let whole = check_stream(
        conn,
        key,
        version,
        &accounts,
        &mut problems,
        &mut sums,
        progress,
    )?;
    // The balances' problems come first, as the ledger's foundation. The stream summed every
    // posting on its way; when it stopped early (a wallet already past the report's length)
    // SQLite sums them instead.
    let recomputed = if whole {
        sums.into_rows(&accounts)
    } else {
        q::recomputed_balances(conn)?
    };
    let mut first = Vec::new();
    check_balances(conn, recomputed, &mut first)?;
    problems.splice(0..0, first);
    problems.truncate(PROBLEMS_MAX);
    Ok(problems)
}

/// The accounts by id: (name, currency).
type Accounts = HashMap<i64, (String, String)>;

/// Each account's postings summed as the stream passes them, by account id.
#[derive(Default)]
struct Sums(HashMap<i64, i64>);

impl Sums {
    fn add(&mut self, account: i64, amount: i64) {
        let sum = self.0.entry(account).or_insert(0);
        *sum = sum.saturating_add(amount);
    }

    /// The sums by account name and currency (a posting naming no account counts under empty
    /// names, which no stored balance has).
    fn into_rows(self, accounts: &Accounts) -> Vec<(String, String, i64)> {
        self.0
            .into_iter()
            .map(|(id, sum)| {
                let (name, currency) = accounts.get(&id).cloned().unwrap_or_default();
                (name, currency, sum)
            })
            .collect()
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
    accounts: &Accounts,
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
                let (sender, receiver) = std::sync::mpsc::sync_channel::<ChainBatch>(8);
                (
                    Some(sender),
                    Some(scope.spawn(move || walk_chain(key, receiver))),
                )
            }
            None => (None, None),
        };
        let whole = read_stream(
            conn,
            accounts,
            key.is_some(),
            problems,
            sums,
            progress,
            sender,
        )?;
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
    if let Some(seq) = walked.broken {
        let id = q::tx_by_seq(conn, seq)?.map_or_else(|| format!("#{seq}"), |row| row.id);
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

/// Transactions as the chain worker needs them: their canonical bytes end to end (written by
/// the reader, so each row is freed by the thread that allocated it: a free from another thread
/// contends for the allocator's lock) and, for each, its seq, where its bytes end and its stored
/// seal (`None` when missing or not a MAC's length, which never matches).
struct ChainBatch {
    bytes: Vec<u8>,
    items: Vec<(i64, usize, Option<[u8; 32]>)>,
}

/// What walking the chain found: the first transaction (by seq) whose seal does not match, and
/// the MAC the walk ended on.
struct Walked {
    broken: Option<i64>,
    previous: Vec<u8>,
}

/// Transactions per message to the chain worker.
const CHAIN_BATCH: usize = 512;

fn walk_chain(key: &WalletKey, receiver: std::sync::mpsc::Receiver<ChainBatch>) -> Result<Walked> {
    let mut previous = [0u8; 32];
    let mut broken = None;
    let state = key.mac_state();
    for batch in receiver {
        if broken.is_some() {
            continue;
        }
        let mut start = 0;
        for &(seq, end, stored) in &batch.items {
            let canonical = batch.bytes.get(start..end).unwrap_or_default();
            start = end;
            let expected = seal::mac_of_canonical(&state, &previous, canonical);
            if stored != Some(expected) {
                broken = Some(seq);
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
#[allow(clippy::too_many_arguments)]
fn read_stream(
    conn: &Connection,
    accounts: &Accounts,
    keyed: bool,
    problems: &mut Vec<Problem>,
    sums: &mut Sums,
    progress: &mut dyn FnMut(i64, i64),
    sender: Option<std::sync::mpsc::SyncSender<ChainBatch>>,
) -> Result<bool> {
    let total = scan::tx_total(conn)?;
    let mut statements = scan::Statements::prepare(conn)?;
    let mut c = statements.cursors()?;
    let new_batch = || ChainBatch {
        bytes: Vec::with_capacity(CHAIN_BATCH * 512),
        items: Vec::with_capacity(CHAIN_BATCH),
    };
    let mut batch = new_batch();
    let mut whole = true;
    let mut done: i64 = 0;
    let full = |problems: &Vec<Problem>| problems.len() >= PROBLEMS_MAX;
    // A posting naming no account has empty names (as a left join would give).
    let named = |id: i64| -> (&str, &str) {
        accounts.get(&id).map_or(("", ""), |(name, currency)| {
            (name.as_str(), currency.as_str())
        })
    };
    // Reused from one transaction to the next.
    let mut postings: Vec<(&str, &str, i64)> = Vec::new();
    let mut per_currency: Vec<(&str, i64)> = Vec::new();
    while let Some(tx) = c.txs.take()? {
        let seq = tx.row.seq;
        // Postings: balanced per currency.
        postings.clear();
        while c.postings.peek().is_some_and(|p| p.0 <= seq) {
            let Some((at, account, amount)) = c.postings.take()? else {
                break;
            };
            sums.add(account, amount);
            if at < seq {
                problems.push(orphan("unbalanced", at, "posting"));
            } else {
                let (name, currency) = named(account);
                postings.push((name, currency, amount));
            }
        }
        per_currency.clear();
        for &(_, currency, amount) in &postings {
            match per_currency.iter_mut().find(|(c, _)| *c == currency) {
                Some((_, sum)) => *sum = sum.saturating_add(amount),
                None => per_currency.push((currency, amount)),
            }
        }
        for &(currency, sum) in per_currency.iter().filter(|(_, s)| *s != 0) {
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
            postings.sort_unstable();
            links.sort_unstable();
            seal::write_canonical(&mut batch.bytes, &tx.row, &postings, &links);
            let stored = tx
                .seal
                .as_deref()
                .and_then(|mac| <[u8; 32]>::try_from(mac).ok());
            batch.items.push((seq, batch.bytes.len(), stored));
            if batch.items.len() == CHAIN_BATCH {
                let full_batch = std::mem::replace(&mut batch, new_batch());
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
    while let Some((at, account, amount)) = c.postings.take()? {
        sums.add(account, amount);
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
        if !batch.items.is_empty() {
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
