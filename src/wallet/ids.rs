//! Ids as people type them (CLI.md "Values"): wherever an id is taken, the full id, a unique
//! prefix of at least [`PREFIX_CHARS_MIN`] characters after the tag (with or without the tag,
//! in any letter case), and for sources and merchants a unique label or name, compared after
//! NFC normalisation. An ambiguous prefix or label is `invalid_input` listing the candidates;
//! a shorter prefix is `invalid_input` too. Tables show the shortest unique prefix
//! ([`IdsView::short_len`]), like git's short hashes, so what a table shows can be typed back.
//!
//! Every command resolves what the user typed here first and hands the full id on.

use crate::error::{Code, Error, Result};
pub use crate::store::ids::Candidate;
use crate::store::ids::{self as q, Kind};

use super::IdsView;

/// The fewest characters after the tag a prefix may have.
pub const PREFIX_CHARS_MIN: usize = 6;

/// The most candidates an ambiguous prefix lists.
const CANDIDATES_MAX: u32 = 10;

/// Above this many ids, a table shows them in full rather than look up every neighbour.
const SHORT_IDS_MAX: usize = 2000;

/// How many recent transactions, merchants or tickets shell completion offers.
const COMPLETIONS_MAX: u32 = 50;

/// What shell completion offers for an argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wanted {
    /// Sources in use: their ids and labels.
    Sources,
    /// Merchants: their names (and ids).
    Merchants,
    /// Recent transactions.
    Transactions,
    /// Recent payments that may be refunded.
    Payments,
    /// Recent failed top-ups, to retry.
    FailedTopups,
    /// Recent support tickets.
    Tickets,
}

impl IdsView<'_> {
    /// The funding source `text` names: an id, a unique prefix, or a unique label (a source in
    /// use before a removed one).
    pub fn source(&self, text: &str) -> Result<String> {
        let not_found =
            || Error::new(Code::NotFound, "err.source.not_found").arg_detail("id", text);
        let conn = self.store.conn();
        self.resolve(Kind::Source, text, not_found, |wanted| {
            let labelled = q::sources_labelled(conn, wanted)?;
            let in_use: Vec<String> = labelled
                .iter()
                .filter(|(_, removed)| !removed)
                .map(|(id, _)| id.clone())
                .collect();
            Ok(if in_use.is_empty() {
                labelled.into_iter().map(|(id, _)| id).collect()
            } else {
                in_use
            })
        })
    }

    /// The merchant `text` names: an id, a unique prefix, or its name (any letter case).
    pub fn merchant(&self, text: &str) -> Result<String> {
        let not_found =
            || Error::new(Code::NotFound, "err.merchant.not_found").arg_detail("merchant", text);
        let conn = self.store.conn();
        self.resolve(Kind::Merchant, text, not_found, |wanted| {
            Ok(q::merchant_named(conn, wanted)?.into_iter().collect())
        })
    }

    /// The merchant a payment names: the id a unique prefix stands for; otherwise the text
    /// as given (an id or a name, found by the payment itself, or a new name it registers), so
    /// that a request repeated with its idempotency key stays the same request.
    pub fn merchant_or_new(&self, text: &str) -> Result<String> {
        let conn = self.store.conn();
        let wanted = crate::text::nfc(text.trim());
        // An exact id or name (the lookup the payment itself makes, so one statement).
        if crate::store::merchants::find(conn, &wanted)?.is_some() {
            return Ok(text.to_string());
        }
        match self.merchant(text) {
            Err(e) if e.code == Code::NotFound => Ok(text.to_string()),
            other => other,
        }
    }

    /// The transaction `text` names: an id or a unique prefix.
    pub fn transaction(&self, text: &str) -> Result<String> {
        let not_found = || Error::new(Code::NotFound, "err.tx.not_found").arg_detail("id", text);
        self.resolve(Kind::Transaction, text, not_found, |_| Ok(Vec::new()))
    }

    /// The support ticket `text` names: an id or a unique prefix.
    pub fn ticket(&self, text: &str) -> Result<String> {
        let not_found =
            || Error::new(Code::NotFound, "err.ticket.not_found").arg_detail("id", text);
        self.resolve(Kind::Ticket, text, not_found, |_| Ok(Vec::new()))
    }

    /// How many characters of `ids` (all of one kind) a table shows: the longest of their
    /// shortest prefixes unique among every stored id of that kind, at least the tag and
    /// [`PREFIX_CHARS_MIN`] characters. Ids of no known kind, or too many ids, are shown whole.
    pub fn short_len(&self, ids: &[String]) -> Result<usize> {
        let full = ids.iter().map(|id| id.len()).max().unwrap_or(0);
        let Some(kind) = ids.first().and_then(|id| Kind::of(id)) else {
            return Ok(full);
        };
        if ids.len() > SHORT_IDS_MAX || ids.iter().any(|id| Kind::of(id) != Some(kind)) {
            return Ok(full);
        }
        let conn = self.store.conn();
        let mut len = kind.tag().len() + 1 + PREFIX_CHARS_MIN;
        for id in ids {
            let (before, after) = q::neighbours(conn, kind, id)?;
            let shared = [before, after]
                .iter()
                .flatten()
                .map(|other| common_prefix(id, other))
                .max()
                .unwrap_or(0);
            len = len.max(shared + 1);
        }
        Ok(len.min(full))
    }

    /// What shell completion offers for `wanted`: ids, labels and names, never a secret.
    pub fn candidates(&self, wanted: Wanted) -> Result<Vec<Candidate>> {
        let conn = self.store.conn();
        let candidate = |value: &str, about: String| Candidate {
            value: value.to_string(),
            about,
        };
        let transactions = |kind: Option<&str>, statuses: &[&str]| -> Result<Vec<Candidate>> {
            let rows = q::recent_transactions(conn, kind, statuses, COMPLETIONS_MAX)?;
            Ok(rows
                .into_iter()
                .map(|tx| {
                    let amount = crate::money::Currency::parse(&tx.currency)
                        .map(|c| crate::money::Money::from_minor(tx.amount_minor, c).to_string())
                        .unwrap_or_else(|_| tx.amount_minor.to_string());
                    let about = format!("{} {} {amount} {}", tx.kind, tx.status, tx.currency);
                    candidate(&tx.id, about)
                })
                .collect())
        };
        Ok(match wanted {
            Wanted::Sources => {
                let sources = q::source_candidates(conn)?;
                let mut out = Vec::new();
                for s in &sources {
                    let about = match &s.label {
                        Some(l) => format!("{l} · {} · {}", s.masked, s.currency),
                        None => format!("{} · {}", s.masked, s.currency),
                    };
                    out.push(candidate(&s.id, about));
                }
                // A label two sources share names neither: only unique ones are offered.
                for s in &sources {
                    let Some(label) = &s.label else { continue };
                    let shared = sources
                        .iter()
                        .filter(|o| {
                            o.label.as_deref().map(str::to_lowercase) == Some(label.to_lowercase())
                        })
                        .count();
                    if shared == 1 {
                        out.push(candidate(label, format!("{} · {}", s.masked, s.id)));
                    }
                }
                out
            }
            Wanted::Merchants => q::merchant_candidates(conn, COMPLETIONS_MAX)?
                .into_iter()
                .flat_map(|(id, name, blocked)| {
                    let state = if blocked { " · blocked" } else { "" };
                    [
                        candidate(&name, format!("{id}{state}")),
                        candidate(&id, format!("{name}{state}")),
                    ]
                })
                .collect(),
            Wanted::Transactions => transactions(None, &[])?,
            Wanted::Payments => transactions(Some("payment"), &["succeeded"])?,
            Wanted::FailedTopups => transactions(Some("topup"), &["failed"])?,
            Wanted::Tickets => q::ticket_candidates(conn, COMPLETIONS_MAX)?
                .into_iter()
                .map(|(id, subject, status)| candidate(&id, format!("{status} · {subject}")))
                .collect(),
        })
    }

    /// The one id of `kind` that `text` names; `named` finds ids by label or name.
    fn resolve(
        &self,
        kind: Kind,
        text: &str,
        not_found: impl Fn() -> Error,
        named: impl Fn(&str) -> Result<Vec<String>>,
    ) -> Result<String> {
        crate::text::refuse_hidden(text, "id")?;
        let wanted = crate::text::nfc(text.trim());
        if wanted.is_empty() {
            return Err(not_found());
        }
        let conn = self.store.conn();
        let tag = format!("{}_", kind.tag());
        // The id itself, as typed.
        if wanted.starts_with(&tag) {
            if let [id] = q::with_prefix(conn, kind, &wanted, 2)?.as_slice() {
                if *id == wanted {
                    return Ok(id.clone());
                }
            }
        }
        // A label or name comes before a prefix, so a label that looks like one still works.
        match named(&wanted)?.as_slice() {
            [] => {}
            [id] => return Ok(id.clone()),
            many => return Err(ambiguous(text, many.to_vec())),
        }
        let body = match strip_tag(&wanted, kind) {
            Some(body) => body,
            None => wanted.as_str(),
        };
        // Ids are Crockford base32 after the tag (no I, L, O or U): anything else names none.
        if body.is_empty() || !body.chars().all(is_id_char) {
            return Err(not_found());
        }
        let prefix = format!("{tag}{}", body.to_ascii_uppercase());
        let found = q::with_prefix(conn, kind, &prefix, CANDIDATES_MAX + 1)?;
        if body.chars().count() < PREFIX_CHARS_MIN {
            // Too short to name one of the ids it starts; one that starts none names nothing.
            if !found.is_empty() {
                return Err(Error::invalid("err.id.too_short")
                    .arg_detail("id", text)
                    .arg("min", PREFIX_CHARS_MIN)
                    .detail("min", PREFIX_CHARS_MIN));
            }
            return Err(not_found());
        }
        match found.as_slice() {
            [] => Err(not_found()),
            [id] => Ok(id.clone()),
            many => Err(ambiguous(text, many.to_vec())),
        }
    }
}

/// A character of an id after its tag: Crockford base32, any letter case.
fn is_id_char(c: char) -> bool {
    c.is_ascii_digit() || (c.is_ascii_alphabetic() && !"ILOUilou".contains(c))
}

/// `text` without the tag of `kind` and its `_` (any letter case).
fn strip_tag(text: &str, kind: Kind) -> Option<&str> {
    let tag_len = kind.tag().len() + 1;
    let head = text.get(..tag_len)?;
    head.eq_ignore_ascii_case(&format!("{}_", kind.tag()))
        .then(|| &text[tag_len..])
}

/// `invalid_input` naming the ids `text` could mean.
fn ambiguous(text: &str, mut ids: Vec<String>) -> Error {
    ids.truncate(CANDIDATES_MAX as usize);
    Error::invalid("err.id.ambiguous")
        .arg_detail("id", text)
        .arg("candidates", ids.join(", "))
        .detail("candidates", ids)
}

/// How many leading bytes `a` and `b` share (ids are ASCII).
fn common_prefix(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_stripped_in_any_letter_case() {
        assert_eq!(strip_tag("SRC_01ABCD", Kind::Source), Some("01ABCD"));
        assert_eq!(strip_tag("src_01abcd", Kind::Source), Some("01abcd"));
        assert_eq!(strip_tag("01ABCD", Kind::Source), None);
        assert_eq!(strip_tag("信用卡", Kind::Source), None);
        assert_eq!(strip_tag("tx_01", Kind::Source), None);
    }

    #[test]
    fn common_prefixes_count_shared_bytes() {
        assert_eq!(common_prefix("tx_01AB", "tx_01AC"), 6);
        assert_eq!(common_prefix("tx_01AB", "tx_01AB"), 7);
        assert_eq!(common_prefix("", "tx"), 0);
    }
}
