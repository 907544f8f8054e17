//! `okpay request`: make a payment request from the same fields as `pay`, print its
//! `okpay:pay?…` URI and draw its QR code (or write it as PNG or SVG), signed with a merchant's
//! key when one is given. No unlock: a wallet, if there is one, only lends its base currency,
//! zone and clock. Also the reading of `pay --qr IMAGE`.

use std::io::Read;
use std::path::Path;

use jiff::Timestamp;
use serde_json::{json, Value};
use zeroize::Zeroizing;

use super::args::RequestArgs;
use super::context::Ctx;
use super::messages::{t, tr};
use super::qr;
use crate::clock;
use crate::error::{Error, Result};
use crate::money::Currency;
use crate::payments::request::{self, PaymentRequest, RawRequest};
use crate::payments::signature::{self, KEY_FILE_BYTES_MAX};
use crate::payments::{scan, uri};

/// Modules of quiet zone on each side of a drawn code.
const QUIET_MODULES: usize = 4;

pub fn run(ctx: &Ctx, args: RequestArgs) -> Result<()> {
    let items = args
        .items
        .iter()
        .map(|i| request::parse_item_flag(i))
        .collect::<Result<Vec<_>>>()?;
    let raw = RawRequest {
        merchant: Some(args.merchant.clone()),
        amount: args.amount.clone().map(Value::String),
        currency: args.currency.clone(),
        order: args.order.clone(),
        memo: args.memo.clone(),
        items,
        ..RawRequest::default()
    };
    // Without a wallet there is no base currency to fall back on, and the clock is the system's.
    let wallet = if ctx.db.exists() {
        Some(ctx.open_read_only()?)
    } else {
        None
    };
    let default_currency = match (&args.currency, &wallet) {
        (Some(c), _) => Currency::parse(c)?,
        (None, Some(w)) => w.base_currency(),
        (None, None) => {
            return Err(Error::invalid("err.request.no_currency").detail("field", "currency"))
        }
    };
    let mut req = raw.check(default_currency)?;
    let (now, zone) = match &wallet {
        Some(w) => (w.now(), w.zone().clone()),
        None => (Timestamp::now(), jiff::tz::TimeZone::UTC),
    };
    if let Some(text) = &args.expires {
        req.expires_at = Some(expiry(text, now, &zone)?);
    }
    let key = args.sign_key.as_deref().map(read_signing_key).transpose()?;
    let uri = uri::write(&req, key.as_ref())?;
    let grid = qr::modules(&uri)?;
    if let Some(path) = &args.png {
        qr::write_png(&uri, path)?;
    }
    if let Some(path) = &args.svg {
        qr::write_svg(&uri, path)?;
    }
    let image = args.png.as_deref().or(args.svg.as_deref());
    if ctx.json {
        ctx.print_json(
            &json!({ "request": request_json(&req, &uri, key.is_some(), &grid, &args) }),
        );
    } else if ctx.quiet {
        outln!("{uri}");
    } else {
        show(ctx, &req, &uri, &grid, image, &zone);
    }
    Ok(())
}

/// `--expires`: a duration from now (`15m`, `2h`, `1d`), an RFC 3339 time, or a date (midnight
/// in the wallet's zone); it must lie ahead.
fn expiry(text: &str, now: Timestamp, zone: &jiff::tz::TimeZone) -> Result<Timestamp> {
    let at = match clock::parse_duration(text) {
        Ok(duration) => now
            .checked_add(duration)
            .map_err(|_| Error::invalid("err.time.invalid").arg("time", text))?,
        Err(_) => clock::parse_time(text, zone)?,
    };
    // Whole seconds: the URI stays short and reads like a time a person wrote.
    let at = Timestamp::from_second(at.as_second()).unwrap_or(at);
    if at <= now {
        return Err(Error::invalid("err.request.expires_past")
            .arg_detail("expires", clock::rfc3339(at))
            .detail("field", "expires"));
    }
    Ok(at)
}

/// Read a file named on the command line, at most `max` bytes: a missing one is
/// `invalid_input`, one that cannot be read `io_error`, a larger one `invalid_input`.
fn read_named_file(path: &Path, max: u64) -> Result<Zeroizing<Vec<u8>>> {
    let shown = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::invalid("err.request.file_missing").arg_detail("path", &shown)
        } else {
            Error::io_at(path, &e)
        }
    })?;
    let meta = file.metadata().map_err(|e| Error::io_at(path, &e))?;
    if !meta.is_file() {
        return Err(Error::invalid("err.request.not_a_file").arg_detail("path", &shown));
    }
    let mut bytes = Zeroizing::new(Vec::new());
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io_at(path, &e))?;
    if bytes.len() as u64 > max {
        return Err(Error::invalid("err.request.file_too_large")
            .arg_detail("path", &shown)
            .arg_detail("max", max));
    }
    Ok(bytes)
}

/// `--sign-key FILE`: a PKCS#8 PEM Ed25519 private key.
fn read_signing_key(path: &Path) -> Result<ed25519_dalek::SigningKey> {
    let bytes = read_named_file(path, KEY_FILE_BYTES_MAX)?;
    let shown = path.display().to_string();
    let text = std::str::from_utf8(&bytes).map_err(|_| {
        Error::invalid("err.request.sign_key")
            .arg_detail("path", &shown)
            .arg("detail", "not a PEM text file")
    })?;
    signature::signing_key_from_pem(text, &shown)
}

/// `merchant add --verify-key KEY`: the raw public key in standard base64, or the path of a
/// PEM `PUBLIC KEY` file.
pub fn read_verify_key(key: &str) -> Result<[u8; signature::VERIFY_KEY_BYTES]> {
    if let Some(parsed) = signature::verify_key_from_base64(key) {
        return parsed;
    }
    let path = Path::new(key);
    if !path.exists() {
        return Err(Error::invalid("err.request.verify_key")
            .arg(
                "detail",
                "neither base64 of 32 bytes nor an existing PEM file",
            )
            .detail("field", "verify_key"));
    }
    let bytes = read_named_file(path, KEY_FILE_BYTES_MAX)?;
    let text = String::from_utf8_lossy(&bytes);
    signature::verify_key_from_pem(&text)
}

/// `pay --qr IMAGE`: the `okpay:pay?…` request in the one QR code of a PNG or JPEG.
pub fn scan_image(path: &Path) -> Result<String> {
    let bytes = read_named_file(path, scan::IMAGE_BYTES_MAX)?;
    scan::request_in(&bytes, &path.display().to_string())
}

/// The QR code version of a module grid drawn with its quiet zone.
fn version_of(grid: &[Vec<bool>]) -> usize {
    (grid.len().saturating_sub(2 * QUIET_MODULES + 17)) / 4
}

fn request_json(
    req: &PaymentRequest,
    uri: &str,
    signed: bool,
    grid: &[Vec<bool>],
    args: &RequestArgs,
) -> Value {
    let mut doc = json!({
        "uri": uri,
        "merchant": req.merchant,
        "amount": req.amount.to_string(),
        "currency": req.amount.currency().code(),
        "order": req.order_id,
        "memo": req.memo,
        "items": req.items_json(),
        "expires": req.expires_at.map(clock::rfc3339),
        "signed": signed,
        "qr": {
            "version": version_of(grid),
            "error_correction": "M",
            "modules": grid.len().saturating_sub(2 * QUIET_MODULES),
        },
    });
    if let Some(path) = &args.png {
        doc["png"] = json!(path.display().to_string());
    }
    if let Some(path) = &args.svg {
        doc["svg"] = json!(path.display().to_string());
    }
    doc
}

/// The human form: what is asked, the code (drawn, or where it was written), the URI.
fn show(
    ctx: &Ctx,
    req: &PaymentRequest,
    uri: &str,
    grid: &[Vec<bool>],
    image: Option<&Path>,
    zone: &jiff::tz::TimeZone,
) {
    let l = ctx.lang;
    let amount = req.amount.to_string();
    outln!(
        "{}",
        tr(
            l,
            "request.title",
            &[
                ("amount", &amount),
                ("currency", req.amount.currency().code()),
                ("merchant", &req.merchant),
            ],
        )
    );
    if let Some(at) = req.expires_at {
        let time = clock::local(at, zone);
        outln!("{}", tr(l, "request.expires", &[("time", &time)]));
    }
    if uri.contains("&sig=") {
        outln!("{}", t(l, "request.signed"));
    }
    let width = grid.len();
    match (image, qr::terminal_columns()) {
        (Some(path), _) => {
            let path = path.display().to_string();
            outln!("{}", tr(l, "request.written", &[("path", &path)]));
        }
        (None, Some(columns)) if width > columns => {
            let (width, columns) = (width.to_string(), columns.to_string());
            errln!(
                "{}",
                tr(
                    l,
                    "request.too_wide",
                    &[("width", &width), ("columns", &columns)]
                )
            );
        }
        (None, _) => {
            outln!();
            out!("{}", qr::draw(grid, ctx.color));
            outln!();
        }
    }
    outln!("{uri}");
}
