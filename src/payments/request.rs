//! Payment requests, three ways to say the same thing: flags, a JSON document and an
//! `okpay:pay?…` URI (RFC 3986 percent-encoding), with the field names CLI.md fixes. All three
//! become the same [`RawRequest`], checked once by [`RawRequest::check`]. A URI may also carry
//! an expiry and a merchant's signature (see [`super::signature`]); it is written by
//! [`super::uri`].

use serde::Deserialize;
use serde_json::{json, Value};

use super::signature::Signed;
use crate::error::{Error, Result};
use crate::money::{parse_amount, Currency, Money};

/// The most items in one payment.
pub const ITEMS_MAX: usize = 100;
/// The most of one item.
pub const QUANTITY_MAX: u32 = 10_000;
/// The longest order id.
pub const ORDER_CHARS_MAX: usize = 64;
/// The longest memo or item name.
pub const MEMO_CHARS_MAX: usize = 200;
/// The longest request document read (JSON or URI).
pub const REQUEST_BYTES_MAX: usize = 64 * 1024;
/// The URI scheme and path of a payment request.
pub const URI_PREFIX: &str = "okpay:pay";

/// One line of a payment, as typed (not yet checked).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawItem {
    pub name: String,
    pub quantity: Value,
    pub unit_price: Value,
    /// Typed as text (`--item`, a URI's `item=`), where every value is a string; in a JSON
    /// document the quantity must be a JSON integer.
    #[serde(skip)]
    pub from_text: bool,
}

/// A payment request as given, before checking.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRequest {
    pub merchant: Option<String>,
    pub amount: Option<Value>,
    pub currency: Option<String>,
    pub order: Option<String>,
    pub memo: Option<String>,
    #[serde(default)]
    pub items: Vec<RawItem>,
    /// A URI's `expires=` (RFC 3339).
    #[serde(skip)]
    pub expires: Option<String>,
    /// A URI's `sig=`, with the canonical text it signs (the URI without it).
    #[serde(skip)]
    pub sig: Option<(String, String)>,
}

/// One checked line of a payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub name: String,
    pub quantity: u32,
    pub unit_price: Money,
    pub total: Money,
}

/// A checked payment request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentRequest {
    pub merchant: String,
    pub amount: Money,
    pub order_id: Option<String>,
    pub memo: Option<String>,
    pub items: Vec<Item>,
    /// When the request stops being payable.
    pub expires_at: Option<jiff::Timestamp>,
    /// The merchant's signature over the request's canonical URI.
    pub signature: Option<Signed>,
}

impl PaymentRequest {
    /// The canonical form for idempotency: amounts normalised, fields named.
    pub fn canonical(&self) -> Value {
        json!({
            "merchant": self.merchant.to_lowercase(),
            "amount": self.amount.to_string(),
            "currency": self.amount.currency().code(),
            "order": self.order_id,
            "memo": self.memo,
            "items": self.items.iter().map(item_json).collect::<Vec<_>>(),
        })
    }

    /// The items as JSON, as receipts show them.
    pub fn items_json(&self) -> Value {
        Value::Array(self.items.iter().map(item_json).collect())
    }
}

fn item_json(i: &Item) -> Value {
    json!({
        "name": i.name,
        "quantity": i.quantity,
        "unit_price": i.unit_price.to_string(),
        "total": i.total.to_string(),
    })
}

/// Parse `--item NAME:QTY:PRICE` (the name may itself contain colons).
pub fn parse_item_flag(text: &str) -> Result<RawItem> {
    let bad = || {
        Error::invalid("err.pay.item_format")
            .arg("item", text)
            .detail("field", "item")
    };
    let mut parts = text.rsplitn(3, ':');
    let price = parts.next().ok_or_else(bad)?;
    let quantity = parts.next().ok_or_else(bad)?;
    let name = parts.next().ok_or_else(bad)?;
    Ok(RawItem {
        name: name.to_string(),
        quantity: Value::String(quantity.to_string()),
        unit_price: Value::String(price.to_string()),
        from_text: true,
    })
}

/// The fields of a JSON payment request, and of one of its items.
const REQUEST_FIELDS: &[&str] = &["merchant", "amount", "currency", "order", "memo", "items"];
const ITEM_FIELDS: &[&str] = &["name", "quantity", "unit_price"];

/// Parse a JSON payment request document. Every field must have its type: text fields and
/// amounts are JSON strings (amounts are never JSON numbers, CLI.md "Values"), `items` a list
/// of objects, `quantity` a JSON integer; an unknown field is refused, so a misspelt `amont`
/// is never silently ignored. Each refusal names the field (`details.field`).
pub fn from_json(text: &str) -> Result<RawRequest> {
    if text.len() > REQUEST_BYTES_MAX {
        return Err(Error::invalid("err.pay.request_too_large").arg("max", REQUEST_BYTES_MAX));
    }
    let doc: Value = serde_json::from_str(text)
        .map_err(|e| Error::invalid("err.pay.request_json").arg("detail", e))?;
    check_json_types(&doc)?;
    serde_json::from_value(doc).map_err(|e| Error::invalid("err.pay.request_json").arg("detail", e))
}

fn wrong_type(key: &'static str, field: &str) -> Error {
    Error::invalid(key).arg_detail("field", field)
}

/// Refuse a document whose fields are unknown or of the wrong JSON type, naming the field.
fn check_json_types(doc: &Value) -> Result<()> {
    let Value::Object(fields) = doc else {
        return Err(wrong_type("err.pay.not_an_object", "request"));
    };
    for (name, value) in fields {
        if !REQUEST_FIELDS.contains(&name.as_str()) {
            return Err(Error::invalid("err.pay.unknown_field").arg_detail("field", shown(name)));
        }
        match (name.as_str(), value) {
            ("items", Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    check_json_item(item, i)?;
                }
            }
            ("items", _) => return Err(wrong_type("err.pay.not_a_list", "items")),
            // `null` is the same as leaving the field out.
            (_, Value::String(_) | Value::Null) => {}
            (field, _) => {
                return Err(Error::invalid("err.pay.not_a_string")
                    .arg("field", field)
                    .detail("field", field.to_string()))
            }
        }
    }
    Ok(())
}

fn check_json_item(item: &Value, index: usize) -> Result<()> {
    let at = |field: &str| format!("items[{index}].{field}");
    let Value::Object(fields) = item else {
        return Err(wrong_type(
            "err.pay.not_an_object",
            &format!("items[{index}]"),
        ));
    };
    for (name, value) in fields {
        if !ITEM_FIELDS.contains(&name.as_str()) {
            return Err(
                Error::invalid("err.pay.unknown_field").arg_detail("field", at(&shown(name)))
            );
        }
        let ok = match name.as_str() {
            "quantity" => value.is_u64() || value.is_i64(),
            _ => value.is_string(),
        };
        if !ok && name == "quantity" {
            return Err(wrong_type("err.pay.not_an_integer", &at(name)));
        }
        if !ok {
            return Err(Error::invalid("err.pay.not_a_string")
                .arg("field", at(name))
                .detail("field", at(name)));
        }
    }
    for name in ITEM_FIELDS {
        if !fields.contains_key(*name) {
            return Err(Error::invalid("err.pay.missing_field").arg_detail("field", at(name)));
        }
    }
    Ok(())
}

/// A user-given name, cut short and made printable for an error message.
fn shown(text: &str) -> String {
    let cut: String = text.chars().take(40).collect();
    cut.escape_debug().to_string()
}

/// Whether `text` is a payment request URI: it starts with the scheme `okpay:` in any letter
/// case (schemes are case-insensitive, RFC 3986 section 3.1).
pub fn is_uri(text: &str) -> bool {
    text.get(..SCHEME.len())
        .is_some_and(|s| s.eq_ignore_ascii_case(SCHEME))
}

/// The URI scheme with its colon.
const SCHEME: &str = "okpay:";

/// Strict RFC 3986 percent-decoding of one query component of `parameter`: every `%` is
/// followed by two hexadecimal digits and the decoded bytes are UTF-8; otherwise
/// `invalid_input` naming the parameter.
fn percent_decode(text: &str, parameter: &str) -> Result<String> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3).unwrap_or_default();
            if hex.len() != 2 || !hex.iter().all(u8::is_ascii_hexdigit) {
                return Err(Error::invalid("err.pay.uri_escape")
                    .arg_detail("parameter", shown(parameter))
                    .detail("field", shown(parameter)));
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    percent_encoding::percent_decode_str(text)
        .decode_utf8()
        .map(|v| v.into_owned())
        .map_err(|_| {
            Error::invalid("err.pay.uri_utf8")
                .arg_detail("parameter", shown(parameter))
                .detail("field", shown(parameter))
        })
}

/// Parse an `okpay:pay?merchant=…&amount=…&currency=…&order=…&memo=…&item=NAME:QTY:PRICE` URI.
/// The scheme and path are read in any letter case (`OKPAY:PAY?…`, as an upper-case QR code
/// carries it); parameter names and values are percent-decoded strictly.
pub fn from_uri(text: &str) -> Result<RawRequest> {
    let bad = |detail: &str| Error::invalid("err.pay.request_uri").arg("detail", detail);
    if text.len() > REQUEST_BYTES_MAX {
        return Err(Error::invalid("err.pay.request_too_large").arg("max", REQUEST_BYTES_MAX));
    }
    let query = text
        .get(..URI_PREFIX.len())
        .filter(|p| p.eq_ignore_ascii_case(URI_PREFIX))
        .and_then(|_| text.get(URI_PREFIX.len()..))
        .and_then(|rest| rest.strip_prefix('?'))
        .ok_or_else(|| bad("it must start with okpay:pay?"))?;
    let query = query.split('#').next().unwrap_or("");
    let mut raw = RawRequest::default();
    let mut signed_pairs = Vec::new();
    let mut sig = None;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let name = percent_decode(name, name)?;
        let value = percent_decode(value, &name)?;
        if name != "sig" {
            signed_pairs.push((name.clone(), value.clone()));
        }
        let slot = match name.as_str() {
            "merchant" => &mut raw.merchant,
            "currency" => &mut raw.currency,
            "order" => &mut raw.order,
            "memo" => &mut raw.memo,
            "expires" => &mut raw.expires,
            "sig" => &mut sig,
            "amount" => {
                if raw.amount.replace(Value::String(value)).is_some() {
                    return Err(bad("amount is given twice"));
                }
                continue;
            }
            "item" => {
                raw.items.push(parse_item_flag(&value)?);
                continue;
            }
            other => return Err(bad(&format!("unknown parameter '{}'", shown(other)))),
        };
        if slot.replace(value).is_some() {
            return Err(bad(&format!("'{name}' is given twice")));
        }
    }
    raw.sig = sig.map(|sig| (sig, super::uri::canonical(&signed_pairs)));
    Ok(raw)
}

fn text_field(value: Option<String>, field: &'static str, max: usize) -> Result<Option<String>> {
    crate::text::check_optional(value, field, max)
}

fn string_of(value: &Value, field: &'static str) -> Result<String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        Value::Number(n) if field == "quantity" => Ok(n.to_string()),
        _ => Err(Error::invalid("err.pay.not_a_string")
            .arg("field", field)
            .detail("field", field)),
    }
}

impl RawRequest {
    /// Check every field and the items against the amount; `default_currency` applies when the
    /// request names none.
    pub fn check(self, default_currency: Currency) -> Result<PaymentRequest> {
        let merchant = text_field(
            self.merchant,
            "merchant",
            crate::payments::merchant::NAME_CHARS_MAX,
        )?
        .ok_or_else(|| Error::invalid("err.pay.no_merchant").detail("field", "merchant"))?;
        let currency = match self.currency {
            Some(c) => Currency::parse(&c)?,
            None => default_currency,
        };
        if self.items.len() > ITEMS_MAX {
            return Err(Error::invalid("err.pay.too_many_items").arg("max", ITEMS_MAX));
        }
        let mut items = Vec::with_capacity(self.items.len());
        let mut total = Money::zero(currency);
        for raw in self.items {
            let item = check_item(raw, currency)?;
            total = total.checked_add(item.total).map_err(|_| {
                Error::invalid("err.amount.too_large")
                    .arg("amount", "…")
                    .arg("max", "1000000000000")
            })?;
            items.push(item);
        }
        let amount = match &self.amount {
            Some(v) => parse_amount(&string_of(v, "amount")?, currency)?,
            None if !items.is_empty() => parse_amount(&total.to_string(), currency)?,
            None => return Err(Error::invalid("err.pay.no_amount").detail("field", "amount")),
        };
        if !items.is_empty() && amount != total {
            let difference = amount.checked_sub(total)?;
            return Err(Error::invalid("err.pay.items_mismatch")
                .arg_detail("amount", amount)
                .arg_detail("items_total", total)
                .arg_detail("difference", difference)
                .arg("currency", currency.code()));
        }
        Ok(PaymentRequest {
            merchant,
            amount,
            order_id: text_field(self.order, "order", ORDER_CHARS_MAX)?,
            memo: text_field(self.memo, "memo", MEMO_CHARS_MAX)?,
            items,
            expires_at: self
                .expires
                .as_deref()
                .map(super::signature::parse_expires)
                .transpose()?,
            signature: self
                .sig
                .map(|(sig, text)| Signed::parse(&sig, text))
                .transpose()?,
        })
    }
}

fn check_item(raw: RawItem, currency: Currency) -> Result<Item> {
    let name = text_field(Some(raw.name), "item", MEMO_CHARS_MAX)?.unwrap_or_default();
    if !raw.from_text && !raw.quantity.is_number() {
        return Err(wrong_type("err.pay.not_an_integer", "quantity"));
    }
    let quantity_text = string_of(&raw.quantity, "quantity")?;
    let quantity: u32 = quantity_text
        .parse()
        .ok()
        .filter(|q| {
            (1..=QUANTITY_MAX).contains(q) && quantity_text.bytes().all(|b| b.is_ascii_digit())
        })
        .ok_or_else(|| {
            Error::invalid("err.pay.quantity")
                .arg("item", &name)
                .arg("max", QUANTITY_MAX)
                .detail("field", "quantity")
        })?;
    let unit_price = parse_amount(&string_of(&raw.unit_price, "unit_price")?, currency)?;
    let total_minor = unit_price
        .minor()
        .checked_mul(i64::from(quantity))
        .filter(|m| *m <= currency.max_minor())
        .ok_or_else(|| {
            Error::invalid("err.amount.too_large")
                .arg("amount", &name)
                .arg("max", "1000000000000")
        })?;
    Ok(Item {
        name,
        quantity,
        unit_price,
        total: Money::from_minor(total_minor, currency),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cny() -> Currency {
        Currency::CNY
    }

    #[test]
    fn flags_json_and_uri_say_the_same_thing() {
        let flags = RawRequest {
            merchant: Some("Tea House".into()),
            amount: None,
            currency: Some("CNY".into()),
            order: Some("A-1".into()),
            memo: Some("lunch & tea".into()),
            items: vec![
                parse_item_flag("Green tea:2:12.50").unwrap(),
                parse_item_flag("Bun:1:5").unwrap(),
            ],
            ..Default::default()
        };
        let json = from_json(
            r#"{"merchant":"Tea House","currency":"CNY","order":"A-1","memo":"lunch & tea",
                "items":[{"name":"Green tea","quantity":2,"unit_price":"12.50"},{"name":"Bun","quantity":1,"unit_price":"5"}]}"#,
        )
        .unwrap();
        let uri = from_uri("okpay:pay?merchant=Tea%20House&currency=CNY&order=A-1&memo=lunch%20%26%20tea&item=Green%20tea%3A2%3A12.50&item=Bun:1:5").unwrap();
        let a = flags.check(cny()).unwrap();
        let b = json.check(cny()).unwrap();
        let c = uri.check(cny()).unwrap();
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_eq!(a.amount.to_string(), "30.00");
    }

    #[test]
    fn items_and_amount_must_agree() {
        let raw = RawRequest {
            merchant: Some("M".into()),
            amount: Some(Value::String("31".into())),
            items: vec![parse_item_flag("x:2:15").unwrap()],
            ..Default::default()
        };
        let err = raw.check(cny()).unwrap_err();
        assert_eq!(err.key, "err.pay.items_mismatch");
        assert_eq!(err.details["difference"], "1.00");
    }

    #[test]
    fn bad_requests_are_refused() {
        assert!(from_uri("http://example.com").is_err());
        assert!(from_uri("okpay:pay?merchant=a&merchant=b").is_err());
        assert!(from_uri("okpay:pay?bogus=1").is_err());
        assert!(from_uri("okpay:pay?memo=%FF").is_err());
        assert!(from_json("{\"merchant\": \"m\", \"amont\": \"1\"}").is_err());
        assert!(from_json("[1,2]").is_err());
        assert!(parse_item_flag("nocolons").is_err());
        let no_amount = RawRequest {
            merchant: Some("m".into()),
            ..Default::default()
        };
        assert!(no_amount.check(cny()).is_err());
        let number_amount = from_json(r#"{"merchant":"m","amount":1.5}"#).unwrap_err();
        assert_eq!(number_amount.key, "err.pay.not_a_string");
        for q in ["0", "-1", "1.5", "10001", "x"] {
            let raw = RawRequest {
                merchant: Some("m".into()),
                items: vec![parse_item_flag(&format!("a:{q}:1")).unwrap()],
                ..Default::default()
            };
            assert!(raw.check(cny()).is_err(), "quantity {q}");
        }
    }

    #[test]
    fn json_fields_must_have_their_type() {
        let field_of = |doc: &str| {
            let err = from_json(doc)
                .and_then(|raw| raw.check(cny()))
                .expect_err(doc);
            assert_eq!(err.code, crate::error::Code::InvalidInput, "{doc}");
            err.details
                .get("field")
                .and_then(|f| f.as_str().map(str::to_string))
        };
        let item = |body: &str| format!(r#"{{"merchant": "m", "items": [{body}]}}"#);
        let cases = [
            (
                item(r#"{"name": "t", "quantity": "2", "unit_price": "1"}"#),
                "items[0].quantity",
            ),
            (
                item(r#"{"name": "t", "quantity": 2.5, "unit_price": "1"}"#),
                "items[0].quantity",
            ),
            (
                item(r#"{"name": "t", "quantity": 2, "unit_price": 1}"#),
                "items[0].unit_price",
            ),
            (
                item(r#"{"name": "t", "quantity": 2}"#),
                "items[0].unit_price",
            ),
            (
                item(r#"{"name": "t", "quantity": 2, "unit_price": "1", "x": 1}"#),
                "items[0].x",
            ),
            (r#"{"merchant": "m", "amount": 1}"#.to_string(), "amount"),
            (
                r#"{"merchant": ["m"], "amount": "1"}"#.to_string(),
                "merchant",
            ),
            (
                r#"{"merchant": "m", "amount": "1", "extra": true}"#.to_string(),
                "extra",
            ),
            (
                r#"{"merchant": "m", "items": "t:1:1"}"#.to_string(),
                "items",
            ),
            ("[1]".to_string(), "request"),
        ];
        for (doc, field) in cases {
            assert_eq!(field_of(&doc).as_deref(), Some(field), "{doc}");
        }
        // `null` is the same as leaving a field out; integers are what a quantity is.
        let ok = from_json(
            r#"{"merchant": "m", "order": null, "items": [{"name": "t", "quantity": 2, "unit_price": "1.50"}]}"#,
        )
        .unwrap()
        .check(cny())
        .unwrap();
        assert_eq!(ok.amount.to_string(), "3.00");
    }

    #[test]
    fn uri_schemes_are_case_insensitive_and_escapes_strict() {
        assert!(is_uri("okpay:pay?merchant=m"));
        assert!(is_uri("OKPAY:PAY?merchant=m"));
        assert!(is_uri("OkPay:pay"));
        assert!(!is_uri("okpa"));
        assert!(!is_uri("100"));
        assert!(!is_uri("okpay\u{e9}"));
        let upper = from_uri("OKPAY:PAY?merchant=Tea&amount=1").unwrap();
        assert_eq!(upper, from_uri("okpay:pay?merchant=Tea&amount=1").unwrap());
        for (uri, key, field) in [
            ("okpay:pay?merchant=%zz", "err.pay.uri_escape", "merchant"),
            ("okpay:pay?merchant=a%", "err.pay.uri_escape", "merchant"),
            ("okpay:pay?memo=%4", "err.pay.uri_escape", "memo"),
            ("okpay:pay?memo=%FF", "err.pay.uri_utf8", "memo"),
            ("okpay:pay?order=%E2%82", "err.pay.uri_utf8", "order"),
            ("okpay:pay?%zz=1", "err.pay.uri_escape", "%zz"),
        ] {
            let err = from_uri(uri).unwrap_err();
            assert_eq!(err.key, key, "{uri}");
            assert_eq!(err.details["field"], field, "{uri}");
        }
        // Percent-encoded parameter names decode too.
        let raw = from_uri("okpay:pay?%6Derchant=Tea").unwrap();
        assert_eq!(raw.merchant.as_deref(), Some("Tea"));
    }

    /// RFC 3986 unreserved characters stay; everything else is percent-encoded.
    const COMPONENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');

    fn encode(text: &str) -> String {
        percent_encoding::utf8_percent_encode(text, COMPONENT).to_string()
    }

    proptest::proptest! {
        #[test]
        fn uri_round_trips(
            merchant in "[A-Za-z0-9&=?#%+:/ éß茶]{0,20}[A-Za-z茶]",
            minor in 1_i64..=1_000_000_000,
            order in proptest::option::of("[A-Za-z0-9&=#%:_ -]{0,10}[A-Z0-9]"),
            memo in proptest::option::of("[ -~é茶]{0,30}[a-z]"),
            upper_scheme in proptest::bool::ANY,
        ) {
            let amount = Money::from_minor(minor, cny());
            let mut uri = format!(
                "{}?merchant={}&amount={}",
                if upper_scheme { "OKPAY:PAY" } else { URI_PREFIX },
                encode(&merchant),
                amount
            );
            if let Some(o) = &order {
                uri.push_str(&format!("&order={}", encode(o)));
            }
            if let Some(m) = &memo {
                uri.push_str(&format!("&memo={}", encode(m)));
            }
            let checked = from_uri(&uri)?.check(cny())?;
            proptest::prop_assert_eq!(checked.merchant, merchant.trim());
            proptest::prop_assert_eq!(checked.amount, amount);
            proptest::prop_assert_eq!(checked.order_id.as_deref(), order.as_deref().map(str::trim));
            proptest::prop_assert_eq!(checked.memo.as_deref(), memo.as_deref().map(str::trim));
        }

        #[test]
        fn arbitrary_text_never_panics_the_parsers(text in proptest::prelude::any::<String>()) {
            let outcomes = [
                from_uri(&text),
                from_uri(&format!("okpay:pay?{text}")),
                from_json(&text),
                parse_item_flag(&text).map(|item| RawRequest {
                    merchant: Some("m".into()),
                    items: vec![item],
                    ..Default::default()
                }),
            ];
            for outcome in outcomes {
                match outcome.and_then(|raw| raw.check(cny())) {
                    Ok(req) => proptest::prop_assert!(req.amount.is_positive()),
                    Err(e) => proptest::prop_assert_eq!(e.code, crate::error::Code::InvalidInput),
                }
            }
        }

        #[test]
        fn uri_like_text_never_panics(text in "(okpay|OKPAY):pay\\?([a-z%0-9A-F]{0,8}=[%0-9A-Fa-fz:.]{0,10}&?){0,5}") {
            match from_uri(&text).and_then(|raw| raw.check(cny())) {
                Ok(req) => proptest::prop_assert!(req.amount.is_positive()),
                Err(e) => proptest::prop_assert_eq!(e.code, crate::error::Code::InvalidInput),
            }
        }
    }

    #[test]
    fn item_names_may_contain_colons() {
        let item = parse_item_flag("Cable: USB-C:3:9.99").unwrap();
        assert_eq!(item.name, "Cable: USB-C");
    }

    #[test]
    fn canonical_forms_normalise_amounts() {
        let a = RawRequest {
            merchant: Some("M".into()),
            amount: Some(Value::String("100".into())),
            ..Default::default()
        };
        let b = RawRequest {
            merchant: Some("m".into()),
            amount: Some(Value::String("100.00".into())),
            ..Default::default()
        };
        assert_eq!(
            a.check(cny()).unwrap().canonical(),
            b.check(cny()).unwrap().canonical()
        );
    }
}
