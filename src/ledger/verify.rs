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
    let mut problems = verify_ledger(conn, key, version)?;
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
    let mut problems = Vec::new();
    for (id, currency, sum) in q::unbalanced(conn)? {
        problems.push(problem(
            "unbalanced",
            Some(id),
            format!("postings sum to {sum} in {currency}"),
        ));
    }
    check_balances(conn, &mut problems)?;
    check_links_and_statuses(conn, &mut problems)?;
    check_chain(conn, key, version, &mut problems)?;
    problems.truncate(PROBLEMS_MAX);
    Ok(problems)
}

fn check_balances(conn: &Connection, problems: &mut Vec<Problem>) -> Result<()> {
    let stored: BTreeMap<(String, String), i64> = q::balances(conn)?
        .into_iter()
        .map(|(name, currency, b)| ((name, currency), b))
        .collect();
    for (name, currency, sum) in q::recomputed_balances(conn)? {
        let kept = stored
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

fn check_links_and_statuses(conn: &Connection, problems: &mut Vec<Problem>) -> Result<()> {
    let mut kinds: HashMap<i64, (String, String)> = HashMap::new();
    q::for_each_tx(conn, |row| {
        kinds.insert(row.seq, (row.kind, row.status));
        Ok(())
    })?;
    let mut settled: HashMap<i64, usize> = HashMap::new();
    for (from, to, kind) in q::all_links(conn)? {
        let from_kind = kinds.get(&from).map(|k| k.0.as_str());
        let (to_kind, to_status) = match kinds.get(&to) {
            Some((k, s)) => (Some(k.as_str()), Some(s.as_str())),
            None => (None, None),
        };
        let legal = match LinkKind::parse(&kind) {
            Some(LinkKind::Settles | LinkKind::Returns) => {
                *settled.entry(to).or_insert(0) += 1;
                from_kind == Some(Kind::Settlement.as_str())
                    && to_kind == Some(Kind::Topup.as_str())
                    && to_status == Some("pending")
            }
            Some(LinkKind::Refunds) => {
                from_kind == Some(Kind::Refund.as_str()) && to_kind == Some(Kind::Payment.as_str())
            }
            Some(LinkKind::Retries) => {
                from_kind.is_some() && from_kind == to_kind && to_status == Some("failed")
            }
            None => false,
        };
        if !legal {
            let id = q::tx_by_seq(conn, from)?.map(|r| r.id);
            problems.push(problem(
                "bad_link",
                id,
                format!("{kind} link to #{to} is not allowed"),
            ));
        }
    }
    for (seq, n) in settled {
        if n > 1 {
            let id = q::tx_by_seq(conn, seq)?.map(|r| r.id);
            problems.push(problem("bad_link", id, format!("settled {n} times")));
        }
    }
    let stored: HashMap<i64, (String, i64)> = q::all_statuses(conn)?
        .into_iter()
        .map(|(seq, s, r)| (seq, (s, r)))
        .collect();
    q::for_each_tx(conn, |row| {
        let (expected, refunded) = status::derive(conn, &row)?;
        let matches = stored
            .get(&row.seq)
            .is_some_and(|(s, r)| s == expected.as_str() && *r == refunded);
        if !matches {
            problems.push(problem(
                "status_mismatch",
                Some(row.id.clone()),
                format!("derived status is {}", expected.as_str()),
            ));
        }
        Ok(())
    })
}

fn check_chain(
    conn: &Connection,
    key: Option<&WalletKey>,
    version: HeadVersion,
    problems: &mut Vec<Problem>,
) -> Result<()> {
    let count = q::tx_count(conn)?;
    let Some((chain_count, head, head_mac)) = q::chain(conn)? else {
        problems.push(problem("chain_length", None, "chain head missing".into()));
        return Ok(());
    };
    if chain_count != count {
        problems.push(problem(
            "chain_length",
            None,
            format!("{count} transactions, chain records {chain_count}"),
        ));
    }
    let Some(key) = key else { return Ok(()) };
    let mut previous = vec![0u8; 32];
    let mut broken = false;
    q::for_each_tx(conn, |row| {
        if broken {
            return Ok(());
        }
        let canonical = seal::stored_canonical(conn, &row)?;
        let expected = seal::mac(key, &previous, &canonical);
        if q::seal_of(conn, row.seq)?.as_deref() != Some(expected.as_slice()) {
            problems.push(problem(
                "chain_broken",
                Some(row.id.clone()),
                "seal does not match".into(),
            ));
            broken = true;
        }
        previous = expected.to_vec();
        Ok(())
    })?;
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
    Ok(())
}
