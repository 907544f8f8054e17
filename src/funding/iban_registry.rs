//! The countries of the SWIFT IBAN registry that the `iban_validate` crate's table lacks, with
//! their IBAN length and BBAN format as the registry defines them (release 102, 2026), so that
//! okpay accepts every registry country (CLI.md `source add bank`). When the crate catches up,
//! its answer wins: this table is consulted only for a country the crate calls unknown.

/// A character class of the registry's BBAN notation: `n` digits, `a` upper-case letters, `c`
/// upper-case letters and digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    N,
    A,
    C,
}

impl Class {
    fn matches(self, b: u8) -> bool {
        match self {
            Class::N => b.is_ascii_digit(),
            Class::A => b.is_ascii_uppercase(),
            Class::C => b.is_ascii_digit() || b.is_ascii_uppercase(),
        }
    }
}

/// One registry entry: country code, IBAN length, BBAN format as runs of `(count, class)`.
struct Entry {
    country: &'static str,
    iban_length: usize,
    bban: &'static [(usize, Class)],
}

/// Registry countries missing from `iban_validate` 5.0.
const MISSING_FROM_CRATE: &[Entry] = &[
    // Honduras: 4!a20!n, example HN88CABF00000000000250005469.
    Entry {
        country: "HN",
        iban_length: 28,
        bban: &[(4, Class::A), (20, Class::N)],
    },
    // Pakistan: 4!a16!c, example PK36SCBL0000001123456702.
    Entry {
        country: "PK",
        iban_length: 24,
        bban: &[(4, Class::A), (16, Class::C)],
    },
];

/// What the table says about an IBAN whose checksum already passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The country is in the table and the IBAN has its length and BBAN format.
    Valid,
    /// The country is in the table but the length or BBAN format is wrong.
    BadBban,
    /// The country is not in the table either.
    UnknownCountry,
}

/// Check `electronic` (upper case, no spaces, checksum verified) against the table.
pub fn check(electronic: &str) -> Verdict {
    let Some(country) = electronic.get(..2) else {
        return Verdict::UnknownCountry;
    };
    let Some(entry) = MISSING_FROM_CRATE.iter().find(|e| e.country == country) else {
        return Verdict::UnknownCountry;
    };
    let bban = electronic.as_bytes().get(4..).unwrap_or_default();
    if electronic.len() != entry.iban_length || !matches_format(bban, entry.bban) {
        return Verdict::BadBban;
    }
    Verdict::Valid
}

fn matches_format(bban: &[u8], format: &[(usize, Class)]) -> bool {
    let expected: usize = format.iter().map(|(n, _)| n).sum();
    if bban.len() != expected {
        return false;
    }
    let mut rest = bban;
    for (count, class) in format {
        let (run, tail) = rest.split_at(*count);
        if !run.iter().all(|b| class.matches(*b)) {
            return false;
        }
        rest = tail;
    }
    true
}

/// The countries this table adds.
pub fn countries() -> impl Iterator<Item = &'static str> {
    MISSING_FROM_CRATE.iter().map(|e| e.country)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_checks_length_and_format() {
        assert_eq!(check("PK36SCBL0000001123456702"), Verdict::Valid);
        assert_eq!(check("HN88CABF00000000000250005469"), Verdict::Valid);
        assert_eq!(check("PK36SCBL000000112345670"), Verdict::BadBban);
        assert_eq!(check("PK36SCB10000001123456702"), Verdict::BadBban);
        assert_eq!(check("HN88CABF0000000000025000546A"), Verdict::BadBban);
        assert_eq!(check("ZZ00"), Verdict::UnknownCountry);
        assert_eq!(check(""), Verdict::UnknownCountry);
        assert_eq!(countries().collect::<Vec<_>>(), ["HN", "PK"]);
    }
}
