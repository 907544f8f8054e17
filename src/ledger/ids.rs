//! Prefixed, sortable ids (`tx_01J…`): a ULID whose time is the wallet clock's, forced above the
//! previous id so ids sort in creation order even when the sandbox clock stands still or the
//! system clock steps back.

use jiff::Timestamp;
use ulid::Ulid;

use crate::error::{Error, Result};

/// The next id after `last` (an id with the same prefix, or none), at `now`.
pub fn next(last: Option<&str>, prefix: &str, now: Timestamp) -> Result<String> {
    let ms =
        u64::try_from(now.as_millisecond()).map_err(|_| Error::internal("clock before 1970"))?;
    let fresh = Ulid::from_parts(ms, rand::random::<u128>());
    let previous = last
        .and_then(|id| id.strip_prefix(prefix))
        .and_then(|body| body.strip_prefix('_'))
        .and_then(|body| Ulid::from_string(body).ok());
    let id = match previous {
        Some(prev) if fresh <= prev => step_after(prev)?,
        _ => fresh,
    };
    Ok(format!("{prefix}_{id}"))
}

/// The largest step between two ids made in the same millisecond: random, so that they differ
/// early in their random part (and a short prefix tells them apart, as tables show them), not
/// only in its last characters.
const STEP_MAX: u128 = 1 << 70;

/// Each step takes at most this fraction of the id space left in the millisecond, so millions
/// of ids fit in one (`sandbox generate` under a still clock) however they are spread.
const STEP_SHARE_BITS: u32 = 24;

/// An id above `prev` in the same millisecond, a random step up.
fn step_after(prev: Ulid) -> Result<Ulid> {
    let top = (1u128 << Ulid::RAND_BITS) - 1;
    let left = top - prev.random();
    let step_max = (left >> STEP_SHARE_BITS).clamp(1, STEP_MAX);
    let step = rand::random::<u128>() % step_max + 1;
    match prev.random().checked_add(step) {
        Some(random) if random <= top => Ok(Ulid::from_parts(prev.timestamp_ms(), random)),
        _ => Err(Error::internal("id space exhausted")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_sort_in_creation_order_under_a_still_clock() {
        let now = Timestamp::UNIX_EPOCH;
        let mut last: Option<String> = None;
        for _ in 0..200 {
            let id = next(last.as_deref(), "tx", now).unwrap();
            if let Some(prev) = &last {
                assert!(id > *prev, "{id} <= {prev}");
            }
            last = Some(id);
        }
    }

    #[test]
    fn a_million_ids_fit_in_one_millisecond() {
        let now = Timestamp::UNIX_EPOCH;
        let mut last = next(None, "tx", now).unwrap();
        for _ in 0..1_000_000 {
            let id = next(Some(&last), "tx", now).unwrap();
            assert!(id > last);
            last = id;
        }
    }

    #[test]
    fn ids_sort_when_the_clock_steps_back() {
        let later = Timestamp::from_second(2_000_000_000).unwrap();
        let a = next(None, "tx", later).unwrap();
        let b = next(Some(&a), "tx", Timestamp::UNIX_EPOCH).unwrap();
        assert!(b > a);
        assert!(b.starts_with("tx_"));
        assert_eq!(b.len(), 3 + 26);
    }
}
