//! Bank settlement: a transfer is pending until the next business day at 10:00 in the wallet's
//! zone. From that moment reads show it settled (or returned); the next write records the
//! settlement as a transaction linked to the top-up and dated `available_at`.

use jiff::civil::Weekday;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use rusqlite::Connection;

use super::rail::{rail_for, Rail, Settlement};
use super::SourceKind;
use crate::auth::vault::WalletKey;
use crate::clock;
use crate::error::{Error, Result};
use crate::ledger::{self, account, sealed, Kind, LinkKind, NewTransaction, Posting, Status};
use crate::money::Currency;
use crate::store::sources::{self as sq, DueRow};

/// The next business day (Monday to Friday) after `now`'s date, at 10:00 in `zone`.
pub fn next_business_day_10am(now: Timestamp, zone: &TimeZone) -> Timestamp {
    let mut date = now.to_zoned(zone.clone()).date();
    for _ in 0..7 {
        date = match date.tomorrow() {
            Ok(d) => d,
            Err(_) => break,
        };
        if !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) {
            break;
        }
    }
    date.at(10, 0, 0, 0)
        .to_zoned(zone.clone())
        .map(|z| z.timestamp())
        .unwrap_or(now)
}

/// How a due pending top-up will end, as reads should show it before it is recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub row: DueRow,
    pub outcome: Settlement,
}

/// Per currency, when the earliest pending top-up that is not yet due arrives (ms).
pub fn next_arrivals(conn: &Connection, now: Timestamp) -> Result<Vec<(String, i64)>> {
    let now_ms = clock::to_ms(now);
    let mut next: Vec<(String, i64)> = Vec::new();
    for row in sq::pending_topups(conn)? {
        let Some(at) = row.available_at_ms.filter(|at| *at > now_ms) else {
            continue;
        };
        match next.iter_mut().find(|(c, _)| *c == row.currency) {
            Some((_, earliest)) => *earliest = (*earliest).min(at),
            None => next.push((row.currency, at)),
        }
    }
    Ok(next)
}

/// The pending top-ups whose time has come, with their outcome.
pub fn due(conn: &Connection, now: Timestamp) -> Result<Vec<Due>> {
    let mut out = Vec::new();
    let now_ms = clock::to_ms(now);
    let due_rows = sq::pending_topups(conn)?
        .into_iter()
        .filter(|r| r.available_at_ms.is_some_and(|at| at <= now_ms));
    for row in due_rows {
        let source = match &row.source_id {
            Some(id) => sq::get(conn, id)?,
            None => None,
        };
        let outcome = match source {
            Some(s) => rail_for(SourceKind::parse(&s.kind)?).settle(&s),
            None => Settlement::Settled,
        };
        out.push(Due { row, outcome });
    }
    Ok(out)
}

/// Record the settlement of every due pending top-up, inside the caller's write transaction.
pub fn settle_due(conn: &Connection, key: &WalletKey, now: Timestamp) -> Result<usize> {
    let due = due(conn, now)?;
    for d in &due {
        let currency = Currency::parse(&d.row.currency)?;
        let at = d
            .row
            .available_at_ms
            .map(clock::from_ms)
            .transpose()?
            .ok_or_else(|| Error::internal("pending top-up without available_at"))?;
        let source_id = d.row.source_id.clone().unwrap_or_default();
        let mut tx = NewTransaction::new(
            Kind::Settlement,
            Status::Succeeded,
            d.row.amount_minor,
            currency,
            at,
        );
        tx.source_id = d.row.source_id.clone();
        let masked = sq::get(conn, &source_id)?
            .map(|s| s.masked)
            .unwrap_or_default();
        tx.data = serde_json::json!({ "source_masked": masked });
        let leg = |account: String, amount_minor: i64| Posting {
            account,
            currency,
            amount_minor,
        };
        match d.outcome {
            Settlement::Settled => {
                tx.postings = vec![
                    leg(account::pending(currency), -d.row.amount_minor),
                    leg(account::wallet(currency), d.row.amount_minor),
                ];
                tx.links = vec![(d.row.id.clone(), LinkKind::Settles)];
            }
            Settlement::Returned(code) => {
                tx.postings = vec![
                    leg(account::pending(currency), -d.row.amount_minor),
                    leg(account::external(&source_id), d.row.amount_minor),
                ];
                tx.links = vec![(d.row.id.clone(), LinkKind::Returns)];
                tx.reason = Some(code.as_str().to_string());
                tx.data["returned"] = serde_json::json!({ "code": code.as_str() });
                if let Some(source) = sq::get(conn, &source_id)? {
                    sealed::check(conn, key, &sealed::SOURCES, &[&source_id])?;
                    let restored = source.sim_balance_minor.saturating_add(d.row.amount_minor);
                    sq::set_sim_balance(conn, &source_id, restored)?;
                    sealed::reseal(conn, key, &sealed::SOURCES, &[&source_id])?;
                }
            }
        }
        ledger::record(conn, key, &tx)?;
    }
    // Transfers out settle on the same rail calendar.
    let transfers = super::transfer::settle_due(conn, key, now)?;
    Ok(due.len() + transfers)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn friday_transfers_arrive_on_monday_at_ten() {
        let zone = TimeZone::get("Europe/Berlin").unwrap();
        // 2026-11-27 is a Friday.
        let arrives = next_business_day_10am(at("2026-11-27T15:00:00Z"), &zone);
        assert_eq!(clock::rfc3339(arrives), "2026-11-30T09:00:00Z");
    }

    #[test]
    fn weekday_transfers_arrive_the_next_day_and_weekends_skip_to_monday() {
        let zone = TimeZone::UTC;
        assert_eq!(
            clock::rfc3339(next_business_day_10am(at("2026-11-24T08:00:00Z"), &zone)),
            "2026-11-25T10:00:00Z"
        );
        assert_eq!(
            clock::rfc3339(next_business_day_10am(at("2026-11-28T08:00:00Z"), &zone)),
            "2026-11-30T10:00:00Z"
        );
        assert_eq!(
            clock::rfc3339(next_business_day_10am(at("2026-11-29T23:00:00Z"), &zone)),
            "2026-11-30T10:00:00Z"
        );
    }

    #[test]
    fn the_day_is_the_wallet_zones_day() {
        // 23:30 UTC on Thursday is already Friday in Shanghai: arrives Monday 10:00 Shanghai.
        let zone = TimeZone::get("Asia/Shanghai").unwrap();
        let arrives = next_business_day_10am(at("2026-11-26T23:30:00Z"), &zone);
        assert_eq!(clock::rfc3339(arrives), "2026-11-30T02:00:00Z");
    }
}
