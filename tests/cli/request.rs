//! Scan to pay: `okpay request` (the URI, the terminal QR code, PNG and SVG), `pay --qr IMAGE`,
//! expiring requests and merchant-signed requests. Interoperable with the tools everyone has:
//! `zbarimg` (Debian's zbar-tools) reads okpay's codes, okpay reads `qrencode`'s, and `openssl`
//! makes the same Ed25519 signatures. `.ci/run` installs all three: these tests fail, not skip,
//! without them. Every test image is made at test time, in the test's temporary directory.

use std::path::{Path, PathBuf};
use std::process::Command;

use image::{DynamicImage, GrayImage, Luma};
use serde_json::Value;

use crate::harness::{has_cjk, Env, Output};
use crate::pay::{assert_verify_clean, tx_count, Wallet};

/// A tool the interoperability tests need, or a failure that says how to install it.
fn tool(name: &str, package: &str) -> Command {
    let found = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|dir| dir.join(name).is_file()))
        .unwrap_or(false);
    assert!(
        found,
        "{name} is needed for the QR interoperability tests: apt-get install {package}"
    );
    Command::new(name)
}

/// Run a tool and return its standard output; it must succeed.
fn run_tool(mut cmd: Command) -> Vec<u8> {
    let out = cmd.output().expect("run the tool");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// What `zbarimg --raw` reads from an image (its trailing newline removed).
fn zbarimg(path: &Path) -> String {
    let mut cmd = tool("zbarimg", "zbar-tools");
    cmd.args(["--raw", "-q"]).arg(path);
    let text = String::from_utf8(run_tool(cmd)).expect("zbarimg prints UTF-8");
    text.strip_suffix('\n').unwrap_or(&text).to_string()
}

/// `qrencode -o PATH TEXT` with extra options (module size, margin, level).
fn qrencode(text: &str, path: &Path, options: &[&str]) {
    let mut cmd = tool("qrencode", "qrencode");
    cmd.args(options).arg("-o").arg(path).arg(text);
    run_tool(cmd);
}

/// `openssl ARGS…`.
fn openssl(args: &[&str]) -> Vec<u8> {
    let mut cmd = tool("openssl", "openssl");
    cmd.args(args);
    run_tool(cmd)
}

/// A merchant's key pair made by openssl: the PKCS#8 private key and the PEM public key.
fn keypair(dir: &Path, name: &str) -> (PathBuf, PathBuf) {
    let private = dir.join(format!("{name}.pem"));
    let public = dir.join(format!("{name}.pub"));
    openssl(&[
        "genpkey",
        "-algorithm",
        "ed25519",
        "-out",
        path_str(&private),
    ]);
    openssl(&[
        "pkey",
        "-in",
        path_str(&private),
        "-pubout",
        "-out",
        path_str(&public),
    ]);
    (private, public)
}

/// The raw 32-byte public key in standard base64 (the DER SubjectPublicKeyInfo ends with it).
fn raw_public_base64(public: &Path) -> String {
    let der = openssl(&["pkey", "-pubin", "-in", path_str(public), "-outform", "DER"]);
    assert_eq!(der.len(), 44, "an Ed25519 SubjectPublicKeyInfo is 44 bytes");
    use data_encoding::BASE64;
    BASE64.encode(&der[12..])
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

/// `okpay --json ARGS…` in the wallet's session.
fn okpay(w: &Wallet, args: &[&str]) -> Output {
    w.env.cmd(args).json().env("OKPAY_SESSION", &w.tok).run()
}

/// `okpay --json request ARGS…` (no session: it needs no unlocking); the request object.
fn request(w: &Wallet, args: &[&str]) -> Value {
    let out = w.env.cmd(["request"]).args(args).json().run().success();
    out.json()["request"].clone()
}

/// `pay --qr IMAGE --yes`; the paid transaction.
fn pay_qr_ok(w: &Wallet, image: &Path) -> Value {
    let out = okpay(w, &["pay", "--qr", path_str(image), "--yes"]).success();
    let tx = out.json()["transaction"].clone();
    assert_eq!(tx["status"], "succeeded", "{}", out.show());
    tx
}

/// `pay --qr IMAGE --yes` refused with `invalid_input`, recording nothing; the error.
fn pay_qr_refused(w: &Wallet, image: &Path) -> Value {
    let before = tx_count(&w.env);
    let out = okpay(w, &["pay", "--qr", path_str(image), "--yes"]).failure(2, "invalid_input");
    assert_eq!(tx_count(&w.env), before, "nothing recorded: {}", out.show());
    out.json()["error"].clone()
}

fn load_gray(path: &Path) -> GrayImage {
    image::open(path).expect("open a test image").to_luma8()
}

fn save(image: &GrayImage, path: &Path) {
    image.save(path).expect("save a test image");
}

fn save_jpeg(image: &GrayImage, path: &Path, quality: u8) {
    let file = std::fs::File::create(path).expect("create a JPEG");
    let mut encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(file, quality);
    encoder
        .encode_image(&DynamicImage::ImageLuma8(image.clone()))
        .expect("encode a JPEG");
}

/// A screenshot-like page: a window with a title bar, a side panel, lines of "text" and
/// buttons, on which `code` is pasted at (x, y).
fn screenshot(code: &GrayImage, x: i64, y: i64) -> GrayImage {
    let mut page = GrayImage::from_pixel(1280, 800, Luma([236]));
    let mut fill = |x0: u32, y0: u32, w: u32, h: u32, level: u8| {
        for yy in y0..(y0 + h).min(800) {
            for xx in x0..(x0 + w).min(1280) {
                page.put_pixel(xx, yy, Luma([level]));
            }
        }
    };
    fill(0, 0, 1280, 36, 48);
    fill(0, 36, 220, 764, 210);
    for row in 0..14 {
        let width = 300 + (row * 37 % 260);
        fill(260, 70 + row * 28, width, 10, 90);
    }
    fill(260, 500, 140, 40, 30);
    fill(420, 500, 140, 40, 120);
    image::imageops::overlay(&mut page, code, x, y);
    page
}

/// `image` turned by `degrees` about its centre (bilinear), on a light background: a photo
/// of a screen held not quite straight.
fn tilted(image: &GrayImage, degrees: f64) -> GrayImage {
    let (w, h) = image.dimensions();
    let (cx, cy) = (f64::from(w) / 2.0, f64::from(h) / 2.0);
    let (sin, cos) = degrees.to_radians().sin_cos();
    GrayImage::from_fn(w, h, |x, y| {
        let (dx, dy) = (f64::from(x) - cx, f64::from(y) - cy);
        let (sx, sy) = (cos * dx + sin * dy + cx, -sin * dx + cos * dy + cy);
        let at = |px: f64, py: f64| -> f64 {
            if px < 0.0 || py < 0.0 || px >= f64::from(w) || py >= f64::from(h) {
                225.0
            } else {
                f64::from(image.get_pixel(px as u32, py as u32)[0])
            }
        };
        let (fx, fy) = (sx.floor(), sy.floor());
        let (ax, ay) = (sx - fx, sy - fy);
        let value = at(fx, fy) * (1.0 - ax) * (1.0 - ay)
            + at(fx + 1.0, fy) * ax * (1.0 - ay)
            + at(fx, fy + 1.0) * (1.0 - ax) * ay
            + at(fx + 1.0, fy + 1.0) * ax * ay;
        // A screen photographed: never pure black or white.
        Luma([(value * 0.7 + 40.0) as u8])
    })
}

/// The module grid drawn in a terminal with half blocks, read back (dark = true): a light
/// module is drawn, a dark one left blank.
fn modules_from_blocks(text: &str) -> Vec<Vec<bool>> {
    let drawing: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with('█') && l.chars().all(|c| "█▀▄ ".contains(c)))
        .collect();
    let mut grid = Vec::new();
    for line in drawing {
        let (mut top, mut bottom) = (Vec::new(), Vec::new());
        for c in line.chars() {
            let (top_dark, bottom_dark) = match c {
                '█' => (false, false),
                '▀' => (false, true),
                '▄' => (true, false),
                _ => (true, true),
            };
            top.push(top_dark);
            bottom.push(bottom_dark);
        }
        grid.push(top);
        grid.push(bottom);
    }
    grid
}

/// A module grid as a picture, `scale` pixels a module.
fn picture(grid: &[Vec<bool>], scale: u32) -> GrayImage {
    let side = grid.first().map_or(0, Vec::len) as u32 * scale;
    let rows = grid.len() as u32 * scale;
    GrayImage::from_fn(side, rows, |x, y| {
        let dark = grid[(y / scale) as usize][(x / scale) as usize];
        Luma([if dark { 0 } else { 255 }])
    })
}

/// What rqrr reads from a picture.
fn rqrr_read(image: &GrayImage) -> Vec<String> {
    let (w, h) = (image.width() as usize, image.height() as usize);
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| image.as_raw()[y * w + x]);
    prepared
        .detect_grids()
        .iter()
        .map(|g| g.decode().expect("decode the grid").1)
        .collect()
}

#[test]
fn a_request_saved_as_png_is_read_by_zbarimg_and_paid_by_pay_qr() {
    let w = Wallet::funded("500");
    let png = w.env.root().join("r.png");
    let req = request(
        &w,
        &[
            "--merchant",
            "Tea House 茶馆",
            "--currency",
            "CNY",
            "--order",
            "A-1001",
            "--memo",
            "lunch & tea, 100% green",
            "--item",
            "Green tea:2:12.50",
            "--item",
            "Cable: USB-C:1:5",
            "--png",
            path_str(&png),
        ],
    );
    let uri = req["uri"].as_str().expect("a uri").to_string();
    assert!(
        uri.starts_with("okpay:pay?amount=30.00&currency=CNY&"),
        "{uri}"
    );
    assert!(
        uri.contains("&memo=lunch%20%26%20tea%2C%20100%25%20green&"),
        "{uri}"
    );
    assert_eq!(req["amount"], "30.00");
    assert_eq!(req["signed"], false);
    assert_eq!(req["qr"]["error_correction"], "M");
    assert_eq!(req["png"], path_str(&png));
    // Debian's zbar reads exactly the URI.
    assert_eq!(zbarimg(&png), uri);

    let tx = pay_qr_ok(&w, &png);
    assert_eq!(tx["merchant_name"], "Tea House 茶馆");
    assert_eq!(tx["amount"], "30.00");
    assert_eq!(tx["order_id"], "A-1001");
    assert_eq!(tx["memo"], "lunch & tea, 100% green");
    let items = tx["items"].as_array().expect("items");
    assert_eq!(items.len(), 2);
    assert!(items.iter().any(|i| i["name"] == "Cable: USB-C"));
    assert_eq!(w.cny(), "470.00");
    // The same code again is the same order: refused as a duplicate, like any payment.
    okpay(&w, &["pay", "--qr", path_str(&png), "--yes"]).failure(11, "already_exists");
    assert_verify_clean(&w);
}

#[test]
fn codes_made_by_qrencode_are_paid() {
    let w = Wallet::funded("500");
    let cases = [
        (
            "okpay:pay?merchant=Kiosk&amount=12.50&currency=CNY&order=Q-1",
            vec![],
        ),
        // An upper-case scheme, as alphanumeric-mode codes carry it, at level L, tiny modules.
        (
            "OKPAY:PAY?merchant=Kiosk&amount=3&order=Q-2",
            vec!["-l", "L", "-s", "2"],
        ),
        (
            "okpay:pay?merchant=Caf%C3%A9%20Lumi%C3%A8re&amount=7.25&item=Latte%3A1%3A7.25",
            vec!["-l", "H", "-s", "6", "-m", "8"],
        ),
    ];
    let mut paid = Vec::new();
    for (i, (uri, options)) in cases.iter().enumerate() {
        let png = w.env.root().join(format!("q{i}.png"));
        qrencode(uri, &png, options);
        let tx = pay_qr_ok(&w, &png);
        paid.push(tx["amount"].as_str().unwrap_or_default().to_string());
    }
    assert_eq!(paid, ["12.50", "3.00", "7.25"]);
    assert_eq!(w.cny(), "477.25");
    let tx = okpay(&w, &["history"]).success().json()["transactions"][0].clone();
    assert_eq!(tx["merchant_name"], "Café Lumière");
}

#[test]
fn a_code_off_centre_rotated_small_or_photographed_is_read() {
    let w = Wallet::funded("500");
    let dir = w.env.root();
    let code_png = dir.join("code.png");
    let uri = "okpay:pay?merchant=Noodle%20Bar&amount=2.00&currency=CNY";
    qrencode(uri, &code_png, &["-s", "4"]);
    let code = load_gray(&code_png);

    // Off-centre in a screenshot-like page.
    let page = dir.join("screenshot.png");
    save(&screenshot(&code, 860, 430), &page);
    // Turned a quarter, as JPEG.
    let turned = dir.join("turned.jpg");
    save_jpeg(&image::imageops::rotate90(&code), &turned, 85);
    // Small: one pixel a module, in a corner of a larger page.
    let tiny_png = dir.join("tiny-code.png");
    qrencode(uri, &tiny_png, &["-s", "1", "-m", "2"]);
    let small = dir.join("small.png");
    save(&screenshot(&load_gray(&tiny_png), 1180, 690), &small);
    // A photo of a screen: tilted, greyed, compressed hard.
    let photo = dir.join("photo.jpg");
    save_jpeg(&tilted(&screenshot(&code, 500, 250), 8.0), &photo, 60);

    for image in [&page, &turned, &small, &photo] {
        let tx = pay_qr_ok(&w, image);
        assert_eq!(tx["merchant_name"], "Noodle Bar", "{}", image.display());
        assert_eq!(tx["amount"], "2.00");
    }
    assert_eq!(w.cny(), "492.00");
}

#[test]
fn pictures_without_one_okpay_request_are_refused_saying_which() {
    let w = Wallet::funded("100");
    let dir = w.env.root();

    let blank = dir.join("blank.png");
    save(&screenshot(&GrayImage::new(0, 0), 0, 0), &blank);
    let e = pay_qr_refused(&w, &blank);
    assert_eq!(e["details"]["reason"], "no_code", "{e}");
    assert!(
        e["message"]
            .as_str()
            .unwrap_or_default()
            .contains("No QR code"),
        "{e}"
    );

    let web = dir.join("web.png");
    qrencode("https://example.com", &web, &[]);
    let e = pay_qr_refused(&w, &web);
    assert_eq!(e["details"]["reason"], "not_okpay", "{e}");
    assert_eq!(e["details"]["text"], "https://example.com");
    assert!(e["message"]
        .as_str()
        .unwrap_or_default()
        .contains("https://example.com"));

    let (a, b) = (dir.join("a.png"), dir.join("b.png"));
    qrencode("okpay:pay?merchant=A&amount=1", &a, &["-s", "4"]);
    qrencode("okpay:pay?merchant=B&amount=2", &b, &["-s", "4"]);
    let mut two = screenshot(&load_gray(&a), 300, 100);
    image::imageops::overlay(&mut two, &load_gray(&b), 800, 300);
    let several = dir.join("two.png");
    save(&two, &several);
    let e = pay_qr_refused(&w, &several);
    assert_eq!(e["details"]["reason"], "several", "{e}");
    assert_eq!(e["details"]["count"], "2");

    let not_image = dir.join("notes.png");
    std::fs::write(&not_image, "not a picture").expect("write");
    let e = pay_qr_refused(&w, &not_image);
    assert_eq!(e["details"]["path"], path_str(&not_image), "{e}");

    let e = pay_qr_refused(&w, &dir.join("missing.png"));
    assert!(
        e["message"]
            .as_str()
            .unwrap_or_default()
            .contains("missing.png"),
        "{e}"
    );

    // A code that holds an okpay request that is not valid is the URI's own refusal.
    let bad = dir.join("bad.png");
    qrencode("okpay:pay?merchant=A&amount=1&colour=red", &bad, &[]);
    pay_qr_refused(&w, &bad);

    // --qr carries the whole request: no flags beside it.
    okpay(&w, &["pay", "--qr", path_str(&web), "--merchant", "A"]).failure(2, "invalid_input");
    // In Chinese too.
    let out = w
        .env
        .cmd(["pay", "--qr", path_str(&blank), "--yes"])
        .lang("zh")
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .failure(2, "invalid_input");
    assert!(has_cjk(&out.stderr), "{}", out.show());
    assert_eq!(w.cny(), "100.00");
}

#[test]
fn an_expired_request_is_refused_before_anything_is_recorded() {
    let mut w = Wallet::funded("100");
    let png = w.env.root().join("soon.png");
    let req = request(
        &w,
        &[
            "--merchant",
            "Kiosk",
            "--amount",
            "5",
            "--expires",
            "1h",
            "--png",
            path_str(&png),
        ],
    );
    let uri = req["uri"].as_str().expect("uri").to_string();
    let expires = req["expires"].as_str().expect("expires").to_string();
    assert!(
        uri.contains(&format!("expires={}", expires.replace(':', "%3A"))),
        "{uri}"
    );

    okpay(&w, &["sandbox", "clock", "advance", "2h"]).success();
    let e = pay_qr_refused(&w, &png);
    assert_eq!(e["details"]["expires"], expires.as_str(), "{e}");
    assert!(
        e["message"]
            .as_str()
            .unwrap_or_default()
            .contains("expired"),
        "{e}"
    );
    // The URI itself, and a hand-written past expiry, likewise; expiry is checked before
    // unlocking, so even without a session the answer is the expiry.
    let before = tx_count(&w.env);
    w.env
        .cmd(["pay", &uri, "--yes"])
        .json()
        .run()
        .failure(2, "invalid_input");
    okpay(
        &w,
        &[
            "pay",
            "okpay:pay?merchant=Kiosk&amount=5&expires=2020-01-01T00:00:00Z",
            "--yes",
        ],
    )
    .failure(2, "invalid_input");
    okpay(
        &w,
        &[
            "pay",
            "okpay:pay?merchant=Kiosk&amount=5&expires=next%20week",
            "--yes",
        ],
    )
    .failure(2, "invalid_input");
    assert_eq!(tx_count(&w.env), before);
    // Not yet expired: paid (in a new session: the clock moved past the first one's end).
    w.tok = w.env.login();
    let fresh = request(
        &w,
        &["--merchant", "Kiosk", "--amount", "5", "--expires", "1h"],
    );
    let tx = okpay(
        &w,
        &["pay", fresh["uri"].as_str().unwrap_or_default(), "--yes"],
    )
    .success()
    .json();
    assert_eq!(tx["transaction"]["status"], "succeeded");
    // An expiry already past is not a request okpay makes.
    w.env
        .cmd([
            "request",
            "--merchant",
            "Kiosk",
            "--amount",
            "5",
            "--expires",
            "2020-01-01",
        ])
        .json()
        .run()
        .failure(2, "invalid_input");
}

#[test]
fn a_merchant_with_a_verify_key_is_paid_only_through_requests_it_signed() {
    let w = Wallet::funded("500");
    let dir = w.env.root().to_path_buf();
    let (private, public) = keypair(&dir, "night");
    let (other_private, _) = keypair(&dir, "other");
    let added = okpay(
        &w,
        &[
            "merchant",
            "add",
            "Night Market",
            "--verify-key",
            path_str(&public),
        ],
    )
    .success()
    .json();
    let key = raw_public_base64(&public);
    assert_eq!(added["merchant"]["verify_key"], key.as_str());

    // Signed by its key: paid, through a PNG and through the URI.
    let png = dir.join("signed.png");
    let req = request(
        &w,
        &[
            "--merchant",
            "Night Market",
            "--amount",
            "30",
            "--order",
            "N-1",
            "--sign-key",
            path_str(&private),
            "--png",
            path_str(&png),
        ],
    );
    assert_eq!(req["signed"], true);
    let uri = req["uri"].as_str().expect("uri").to_string();
    let (unsigned_part, sig) = uri.split_once("&sig=").expect("a sig parameter");
    assert_eq!(sig.len(), 86, "base64url without padding: {sig}");
    assert_eq!(zbarimg(&png), uri);

    let before = tx_count(&w.env);
    let refused = |text: &str, reason: &str| {
        let out = okpay(&w, &["pay", text, "--yes"]).failure(2, "invalid_input");
        let e = out.json()["error"].clone();
        assert_eq!(e["details"]["merchant"], "Night Market", "{e}");
        assert_eq!(e["details"]["reason"], reason, "{e}");
        assert!(e["message"]
            .as_str()
            .unwrap_or_default()
            .contains("Night Market"));
    };
    // One parameter changed after signing, or added.
    refused(&uri.replace("amount=30.00", "amount=3.00"), "bad_signature");
    refused(&uri.replace("order=N-1", "order=N-2"), "bad_signature");
    refused(&format!("{uri}&memo=hi"), "bad_signature");
    // Unsigned, signed by someone else.
    refused(unsigned_part, "unsigned");
    let forged = request(
        &w,
        &[
            "--merchant",
            "Night Market",
            "--amount",
            "30",
            "--order",
            "N-1",
            "--sign-key",
            path_str(&other_private),
        ],
    );
    refused(forged["uri"].as_str().unwrap_or_default(), "bad_signature");
    // A swapped sticker: an unsigned code in its name.
    let sticker = dir.join("sticker.png");
    qrencode("okpay:pay?merchant=Night%20Market&amount=30", &sticker, &[]);
    let e = pay_qr_refused(&w, &sticker);
    assert_eq!(e["details"]["reason"], "unsigned");
    // Flags name the merchant too, unsigned.
    okpay(&w, &["pay", "30", "--merchant", "night market", "--yes"]).failure(2, "invalid_input");
    assert_eq!(tx_count(&w.env), before, "nothing recorded");

    let tx = pay_qr_ok(&w, &png);
    assert_eq!(tx["merchant_name"], "Night Market");
    assert_eq!(tx["order_id"], "N-1");

    // A signature made by openssl over the canonical URI verifies (in any parameter order).
    let message = dir.join("message.txt");
    let canonical = "okpay:pay?amount=12.00&currency=CNY&merchant=Night%20Market&order=N-2";
    std::fs::write(&message, canonical).expect("write");
    let signature = openssl(&[
        "pkeyutl",
        "-sign",
        "-rawin",
        "-inkey",
        path_str(&private),
        "-in",
        path_str(&message),
    ]);
    let sig = data_encoding::BASE64URL_NOPAD.encode(&signature);
    let reordered =
        format!("OKPAY:PAY?order=N-2&sig={sig}&merchant=Night%20Market&currency=CNY&amount=12.00");
    let paid = okpay(&w, &["pay", &reordered, "--yes"]).success().json();
    assert_eq!(paid["transaction"]["amount"], "12.00");
    // And okpay's own signature is openssl's, byte for byte (Ed25519 is deterministic).
    let mine = request(
        &w,
        &[
            "--merchant",
            "Night Market",
            "--amount",
            "12",
            "--currency",
            "CNY",
            "--order",
            "N-2",
            "--sign-key",
            path_str(&private),
        ],
    );
    assert_eq!(mine["uri"], format!("{canonical}&sig={sig}"));

    // The raw base64 form of a key works as well as the PEM file.
    okpay(&w, &["merchant", "add", "Day Market", "--verify-key", &key]).success();
    let day = request(
        &w,
        &[
            "--merchant",
            "Day Market",
            "--amount",
            "1",
            "--sign-key",
            path_str(&private),
        ],
    );
    okpay(
        &w,
        &["pay", day["uri"].as_str().unwrap_or_default(), "--yes"],
    )
    .success();
    let listed = w.env.cmd(["merchant", "list"]).run().success();
    assert!(
        listed.stdout.contains("signed requests only"),
        "{}",
        listed.show()
    );
    assert_verify_clean(&w);
}

#[test]
fn verify_keys_and_signing_keys_that_are_not_keys_are_refused() {
    let w = Wallet::new();
    let dir = w.env.root().to_path_buf();
    let junk = dir.join("junk.pem");
    std::fs::write(
        &junk,
        "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
    )
    .expect("write");
    let short = data_encoding::BASE64.encode(&[7u8; 31]);
    for key in [path_str(&junk), short.as_str(), "no-such-file.pub"] {
        okpay(&w, &["merchant", "add", "Shop", "--verify-key", key]).failure(2, "invalid_input");
    }
    assert_eq!(w.env.sql_i64("select count(*) from merchants"), 0);
    let out = w
        .env
        .cmd([
            "request",
            "--merchant",
            "Shop",
            "--amount",
            "1",
            "--sign-key",
            path_str(&junk),
        ])
        .json()
        .run()
        .failure(2, "invalid_input");
    assert!(out.json()["error"]["advice"]
        .as_str()
        .unwrap_or_default()
        .contains("openssl genpkey"));
}

#[test]
fn removing_a_verify_key_behind_okpays_back_is_found() {
    let w = Wallet::funded("100");
    let dir = w.env.root().to_path_buf();
    let (_, public) = keypair(&dir, "m");
    okpay(
        &w,
        &[
            "merchant",
            "add",
            "Night Market",
            "--verify-key",
            path_str(&public),
        ],
    )
    .success();
    w.env.sql("UPDATE merchants SET verify_key = NULL");
    let before = tx_count(&w.env);
    okpay(
        &w,
        &["pay", "okpay:pay?merchant=Night%20Market&amount=5", "--yes"],
    )
    .failure(13, "integrity_error");
    assert_eq!(tx_count(&w.env), before);
    okpay(&w, &["verify"]).failure(13, "integrity_error");
}

#[test]
fn the_terminal_code_fits_80_columns_and_its_blocks_read_back_to_the_uri() {
    let w = Wallet::new();
    let out = w
        .env
        .cmd([
            "request",
            "--merchant",
            "Tea House",
            "--order",
            "A-1001",
            "--item",
            "Green tea:2:12.50",
            "--item",
            "Mooncake:4:8.00",
            "--item",
            "Jasmine tea:1:18.00",
            "--expires",
            "15m",
        ])
        .env("COLUMNS", "80")
        .run()
        .success();
    let uri = out
        .stdout
        .lines()
        .find(|l| l.starts_with("okpay:pay?"))
        .expect("the URI is printed")
        .to_string();
    let grid = modules_from_blocks(&out.stdout);
    assert!(grid.len() > 30, "a drawn code:\n{}", out.show());
    let width = grid[0].len();
    assert!(width <= 80, "{width} columns");
    // The quiet zone is kept: four light modules on every side.
    assert!(grid[..4].iter().all(|row| row.iter().all(|dark| !dark)));
    assert!(grid
        .iter()
        .all(|row| row.len() == width && row[..4].iter().all(|d| !d)));
    assert!(grid.iter().all(|row| row[width - 4..].iter().all(|d| !d)));

    let pixels = picture(&grid, 4);
    assert_eq!(rqrr_read(&pixels), vec![uri.clone()]);
    let png = w.env.root().join("terminal.png");
    save(&pixels, &png);
    assert_eq!(zbarimg(&png), uri);
    // -q prints the URI alone.
    let quiet = w
        .env
        .cmd([
            "request",
            "--merchant",
            "Tea House",
            "--currency",
            "CNY",
            "--amount",
            "1",
            "-q",
        ])
        .run()
        .success();
    assert_eq!(
        quiet.stdout,
        "okpay:pay?amount=1.00&currency=CNY&merchant=Tea%20House\n"
    );
}

#[test]
fn a_code_wider_than_the_terminal_is_not_drawn() {
    let w = Wallet::new();
    let out = w
        .env
        .cmd(["request", "--merchant", "Tea House", "--amount", "25"])
        .env("COLUMNS", "30")
        .run()
        .success();
    assert!(
        modules_from_blocks(&out.stdout).is_empty(),
        "{}",
        out.show()
    );
    assert!(out.stderr.contains("--png"), "{}", out.show());
    assert!(out.stderr.contains("30"), "{}", out.show());
    assert!(
        out.stdout.contains("okpay:pay?amount=25.00"),
        "{}",
        out.show()
    );
}

#[test]
fn ten_signed_items_fit_a_version_20_code_and_a_longer_request_names_the_limit() {
    let w = Wallet::new();
    let (private, _) = keypair(w.env.root(), "m");
    let items: Vec<String> = (1..=10)
        .map(|i| format!("Dumpling {i:02}:2:6.50"))
        .collect();
    let mut args = vec![
        "--merchant",
        "Tea House",
        "--order",
        "A-1001",
        "--expires",
        "1d",
    ];
    for item in &items {
        args.extend(["--item", item.as_str()]);
    }
    args.extend(["--sign-key", path_str(&private)]);
    let png = w.env.root().join("ten.png");
    args.extend(["--png", path_str(&png)]);
    let req = request(&w, &args);
    let version = req["qr"]["version"].as_u64().expect("a version");
    assert!(version <= 20, "version {version}");
    assert_eq!(zbarimg(&png), req["uri"].as_str().unwrap_or_default());

    let long: Vec<String> = (1..=25)
        .map(|i| format!("Dumpling {i:02}:2:6.50"))
        .collect();
    let mut args = vec!["request", "--merchant", "Tea House"];
    for item in &long {
        args.extend(["--item", item.as_str()]);
    }
    let out = w.env.cmd(args).json().run().failure(2, "invalid_input");
    let e = out.json()["error"].clone();
    assert_eq!(e["details"]["max"], "666", "{e}");
    let message = e["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("666") && message.contains("version-20"),
        "{message}"
    );
}

#[test]
fn svg_and_no_wallet_and_no_unlock() {
    // No wallet at all: the currency must be given; nothing is created.
    let env = Env::new();
    let svg = env.root().join("r.svg");
    env.cmd(["request", "--merchant", "Kiosk", "--amount", "5"])
        .json()
        .run()
        .failure(2, "invalid_input");
    let out = env
        .cmd([
            "request",
            "--merchant",
            "Kiosk",
            "--amount",
            "5",
            "--currency",
            "EUR",
            "--svg",
            path_str(&svg),
        ])
        .run()
        .success();
    assert!(out.stdout.contains(path_str(&svg)), "{}", out.show());
    assert!(!env.wallet().exists());
    let text = std::fs::read_to_string(&svg).expect("the SVG");
    assert!(text.starts_with("<?xml") && text.contains("<svg") && text.contains("<path"));
    // --png and --svg together are a usage error; so is neither an amount nor an item.
    env.cmd([
        "request",
        "--merchant",
        "K",
        "--amount",
        "1",
        "--currency",
        "EUR",
    ])
    .args(["--png", "a.png", "--svg", "a.svg"])
    .json()
    .run()
    .failure(2, "invalid_input");
    env.cmd(["request", "--merchant", "K", "--currency", "EUR"])
        .json()
        .run()
        .failure(2, "invalid_input");
    // With a wallet, no session: the base currency is the wallet's.
    env.init_sandbox();
    let req = env
        .cmd(["request", "--merchant", "Kiosk", "--amount", "5"])
        .json()
        .run()
        .success()
        .json();
    assert_eq!(req["request"]["currency"], "CNY");
}

#[test]
fn pay_qr_confirms_like_pay() {
    let w = Wallet::funded("100");
    let png = w.env.root().join("q.png");
    qrencode("okpay:pay?merchant=Kiosk&amount=5", &png, &[]);
    let before = tx_count(&w.env);
    okpay(&w, &["pay", "--qr", path_str(&png)]).failure(2, "input_required");
    assert_eq!(tx_count(&w.env), before);
    assert_eq!(w.cny(), "100.00");
}
