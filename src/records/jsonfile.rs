//! okpay's own JSON export (`{"transactions": [ … ]}`, oldest first), read back for
//! `okpay import`.
//!
//! Each object is the transaction as every command shows it, plus a `ledger` object with what
//! it takes to record it again exactly: the status it was recorded with, its reason, what it
//! counted against the limits and its raw data (with the idempotency hash the view leaves out).
//! Postings and links are the object's own lists. The file is read as a stream, one object in
//! memory at a time, and each object goes through the same checks as a CSV row (it is turned
//! into the CSV row's fields and parsed by [`super::csvfile::parse`]), so both formats accept
//! exactly the same transactions.

use std::cell::Cell;
use std::fmt;
use std::io::Read;
use std::rc::Rc;

use serde::de::value::MapAccessDeserializer;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::csvfile::{self, Imported, Problem, COLUMNS};

/// What [`read`] passes on for each object: its 1-based position in the list, the line its
/// `{` is on, and the transaction (or the name of the first field that is wrong).
pub struct Element {
    pub index: usize,
    pub line: u64,
    pub parsed: std::result::Result<Imported, Problem>,
}

/// Why a file could not be read as an export.
pub enum ReadError<E> {
    /// Not JSON, or not an export's shape (`line` is where the parser stopped).
    Syntax { line: u64, problem: String },
    /// The callback refused an element.
    Stopped(E),
}

/// The transaction fields of an exported object.
#[derive(Deserialize)]
struct Exported {
    id: String,
    created_at: String,
    kind: String,
    amount: String,
    currency: String,
    fee: String,
    #[serde(default)]
    merchant: Option<String>,
    #[serde(default)]
    merchant_name: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    order_id: Option<String>,
    #[serde(default)]
    memo: Option<String>,
    #[serde(default)]
    available_at: Option<String>,
    #[serde(default)]
    postings: Vec<ExportedPosting>,
    #[serde(default)]
    links: Vec<ExportedLink>,
    ledger: ExportedLedger,
}

#[derive(Deserialize)]
struct ExportedPosting {
    account: String,
    currency: String,
    amount: String,
}

#[derive(Deserialize)]
struct ExportedLink {
    #[serde(rename = "type")]
    kind: String,
    id: String,
}

#[derive(Deserialize)]
struct ExportedLedger {
    recorded_status: String,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    limit_minor: Option<i64>,
    data: serde_json::Map<String, serde_json::Value>,
}

impl Exported {
    /// The CSV row's fields, in [`COLUMNS`] order.
    fn into_fields(self) -> Vec<String> {
        let opt = |v: Option<String>| v.unwrap_or_default();
        let postings: Vec<String> = self
            .postings
            .iter()
            .map(|p| format!("{} {} {}", p.account, p.currency, p.amount))
            .collect();
        let links: Vec<String> = self
            .links
            .iter()
            .map(|l| format!("{} {}", l.kind, l.id))
            .collect();
        let fields = [
            ("id", self.id),
            ("created_at", self.created_at),
            ("kind", self.kind),
            ("status", String::new()),
            ("signed_amount", String::new()),
            ("amount", self.amount),
            ("currency", self.currency),
            ("fee", self.fee),
            ("merchant", opt(self.merchant)),
            ("merchant_name", opt(self.merchant_name)),
            ("source", opt(self.source)),
            ("order_id", opt(self.order_id)),
            ("memo", opt(self.memo)),
            ("available_at", opt(self.available_at)),
            ("reason", opt(self.ledger.reason)),
            ("recorded_status", self.ledger.recorded_status),
            ("postings", postings.join(";")),
            ("links", links.join(";")),
            (
                "limit_minor",
                self.ledger
                    .limit_minor
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
            ),
            (
                "data",
                serde_json::Value::Object(self.ledger.data).to_string(),
            ),
        ];
        debug_assert!(fields.iter().map(|(n, _)| *n).eq(COLUMNS.iter().copied()));
        fields.into_iter().map(|(_, v)| v).collect()
    }
}

/// Whether `head` (the first bytes of a file) looks like a JSON export rather than CSV.
pub fn looks_like_json(head: &[u8]) -> bool {
    let text = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    text.iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'{')
}

/// Read an export from `reader`, calling `each` for every transaction object in order. Other
/// top-level keys are ignored; a file without a `transactions` list is a syntax problem.
pub fn read<R: Read, E>(
    reader: R,
    each: impl FnMut(Element) -> std::result::Result<(), E>,
) -> std::result::Result<(), ReadError<E>> {
    let lines = Rc::new(Cell::new(1u64));
    let counting = Counting {
        inner: reader,
        lines: Rc::clone(&lines),
    };
    let mut de = serde_json::Deserializer::from_reader(counting);
    let state = Shared {
        lines: Rc::clone(&lines),
        each: std::cell::RefCell::new(each),
        stopped: std::cell::RefCell::new(None),
        seen_list: Cell::new(false),
    };
    let outcome = (&mut de)
        .deserialize_map(TopLevel(&state))
        .and_then(|()| de.end());
    if let Some(e) = state.stopped.into_inner() {
        return Err(ReadError::Stopped(e));
    }
    match outcome {
        Err(e) => Err(ReadError::Syntax {
            line: if e.line() > 0 {
                e.line() as u64
            } else {
                lines.get()
            },
            problem: e.to_string(),
        }),
        Ok(()) if !state.seen_list.get() => Err(ReadError::Syntax {
            line: 1,
            problem: "no \"transactions\" list".to_string(),
        }),
        Ok(()) => Ok(()),
    }
}

/// A reader that counts the newlines it has handed out: serde_json reads its input one byte at
/// a time, so the count is the line the parser is on.
struct Counting<R> {
    inner: R,
    lines: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let newlines = buf[..n].iter().filter(|b| **b == b'\n').count();
        self.lines.set(self.lines.get() + newlines as u64);
        Ok(n)
    }
}

struct Shared<F, E> {
    lines: Rc<Cell<u64>>,
    each: std::cell::RefCell<F>,
    stopped: std::cell::RefCell<Option<E>>,
    seen_list: Cell<bool>,
}

/// The top-level object: its `transactions` list is read element by element.
struct TopLevel<'s, F, E>(&'s Shared<F, E>);

impl<'de, F: FnMut(Element) -> std::result::Result<(), E>, E> Visitor<'de> for TopLevel<'_, F, E> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object with a \"transactions\" list")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "transactions" {
                self.0.seen_list.set(true);
                map.next_value_seed(List(self.0))?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

struct List<'s, F, E>(&'s Shared<F, E>);

impl<'de, F: FnMut(Element) -> std::result::Result<(), E>, E> DeserializeSeed<'de>
    for List<'_, F, E>
{
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, F: FnMut(Element) -> std::result::Result<(), E>, E> Visitor<'de> for List<'_, F, E> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of transactions")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0usize;
        loop {
            index += 1;
            let Some(element) = seq.next_element_seed(One {
                shared: self.0,
                index,
            })?
            else {
                return Ok(());
            };
            let outcome = (self.0.each.borrow_mut())(element);
            if let Err(e) = outcome {
                *self.0.stopped.borrow_mut() = Some(e);
                return Err(serde::de::Error::custom("stopped"));
            }
        }
    }
}

/// One element: the line of its `{`, then its fields.
struct One<'s, F, E> {
    shared: &'s Shared<F, E>,
    index: usize,
}

impl<'de, F, E> DeserializeSeed<'de> for One<'_, F, E> {
    type Value = Element;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Element, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, F, E> Visitor<'de> for One<'_, F, E> {
    type Value = Element;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a transaction object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Element, A::Error> {
        // The `{` was just read: this is its line.
        let line = self.shared.lines.get();
        let exported = Exported::deserialize(MapAccessDeserializer::new(map))?;
        let fields = csv::StringRecord::from(exported.into_fields());
        let at: Vec<usize> = (0..COLUMNS.len()).collect();
        Ok(Element {
            index: self.index,
            line,
            parsed: csvfile::parse(&fields, &at),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(id: &str, amount: &str) -> String {
        format!(
            r#"{{"id": "{id}", "created_at": "2026-11-30T10:00:00Z", "kind": "topup",
"status": "succeeded", "amount": "{amount}", "currency": "CNY", "fee": "0.00",
"postings": [{{"account": "external:src_01ARZ3NDEKTSV4RRFFQ69G5FAV", "currency": "CNY", "amount": "-{amount}"}},
{{"account": "wallet:CNY", "currency": "CNY", "amount": "{amount}"}}],
"ledger": {{"recorded_status": "succeeded", "data": {{}}}}}}"#
        )
    }

    const ID_1: &str = "tx_01ARZ3NDEKTSV4RRFFQ69G5FAV";
    const ID_2: &str = "tx_01ARZ3NDEKTSV4RRFFQ69G5FAW";

    /// (index, line, the id or the bad field) of each object.
    type Seen = (usize, u64, Result<String, String>);

    fn collect(text: &str) -> Result<Vec<Seen>, String> {
        let mut out = Vec::new();
        read(text.as_bytes(), |e: Element| -> Result<(), ()> {
            out.push((e.index, e.line, e.parsed.map(|i| i.id)));
            Ok(())
        })
        .map_err(|e| match e {
            ReadError::Syntax { line, problem } => format!("{line}: {problem}"),
            ReadError::Stopped(()) => "stopped".to_string(),
        })?;
        Ok(out)
    }

    #[test]
    fn objects_stream_with_the_line_of_their_opening_brace() {
        let text = format!(
            "{{\"transactions\": [\n  {},\n  {}\n]}}\n",
            object(ID_1, "10.00"),
            object(ID_2, "20.00")
        );
        let got = collect(&text).unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0], (1, 2, Ok(ID_1.to_string())));
        // The first object spans five lines.
        assert_eq!(got[1], (2, 7, Ok(ID_2.to_string())));
    }

    #[test]
    fn a_bad_field_is_named_and_other_keys_are_ignored() {
        let text = format!(
            "{{\"exported_by\": \"okpay\", \"transactions\": [{}]}}",
            object(ID_1, "10.5")
        );
        let got = collect(&text).unwrap();
        assert_eq!(got[0].2, Err("amount".to_string()));
    }

    #[test]
    fn wrong_types_and_shapes_are_syntax_problems_with_a_line() {
        let bad_type = format!(
            "{{\"transactions\": [\n{}]}}",
            object(ID_1, "1.00").replace("\"fee\": \"0.00\"", "\"fee\": 0")
        );
        assert!(collect(&bad_type).unwrap_err().starts_with("3: "));
        assert!(collect("{\"other\": []}")
            .unwrap_err()
            .contains("transactions"));
        assert!(collect("[]").is_err());
        assert!(collect("{\"transactions\": [").is_err());
        assert!(collect("{\"transactions\": []} trailing").is_err());
        assert_eq!(collect("{\"transactions\": []}").unwrap().len(), 0);
    }

    #[test]
    fn json_is_told_from_csv_by_its_first_byte() {
        assert!(looks_like_json(b"  \n{\"transactions\""));
        assert!(looks_like_json(b"\xef\xbb\xbf{"));
        assert!(!looks_like_json(b"id,created_at"));
        assert!(!looks_like_json(b""));
    }
}
