//! Reading a payment request from a picture: a PNG or JPEG (a screenshot, a photo of a screen,
//! the code anywhere in it, turned or small) decoded with the `image` crate (PNG and JPEG only)
//! and searched for QR codes with `rqrr`, both pure Rust.
//!
//! The picture is searched as it is (reduced to 4,000 pixels a side if larger), then, when
//! nothing was found, with its colours inverted (a light code on a dark screen), and enlarged (a
//! small picture, a module a pixel or two wide) or reduced (a large photo, where noise breaks
//! the finder patterns up). Exactly one code must be
//! found, and it must hold an `okpay:pay?…` request; each other case is its own
//! `invalid_input`.

use std::io::Cursor;

use image::imageops::FilterType;
use image::{DynamicImage, GrayImage, ImageDecoder, ImageReader, Limits};

use super::request;
use crate::error::{Error, Result};

/// The largest image file read.
pub const IMAGE_BYTES_MAX: u64 = 32 * 1024 * 1024;
/// The widest and tallest image decoded, in pixels.
pub const IMAGE_SIDE_MAX: u32 = 12_000;
/// The memory the image decoder may use.
const DECODE_ALLOC_MAX: u64 = 512 * 1024 * 1024;
/// Below this many pixels on its longer side a picture is also searched enlarged.
const SMALL_SIDE: u32 = 640;
/// Above this many pixels on its longer side a picture is also searched reduced to it.
const LARGE_SIDE: u32 = 1600;
/// A picture larger than this on its longer side is searched reduced to it (a code that needs
/// more pixels than that is a code photographed from too far away; the search's time grows with
/// the pixels).
const SEARCH_SIDE_MAX: u32 = 4000;
/// How many characters of a foreign code's text an error shows.
const SHOWN_CHARS_MAX: usize = 80;

/// What the search found: the texts of the codes read (distinct, in the order found) and how
/// many codes were seen but could not be read.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Found {
    pub texts: Vec<String>,
    pub unreadable: usize,
}

/// The one `okpay:pay?…` request in the picture `bytes` (`path` names it in errors).
pub fn request_in(bytes: &[u8], path: &str) -> Result<String> {
    let gray = decode_image(bytes, path)?;
    let found = search(&gray);
    match found.texts.as_slice() {
        [] if found.unreadable > 0 => Err(Error::invalid("err.qr.unreadable")
            .arg_detail("path", path)
            .detail("reason", "unreadable")),
        [] => Err(Error::invalid("err.qr.no_code")
            .arg_detail("path", path)
            .detail("reason", "no_code")),
        [text] if found.unreadable == 0 => {
            if request::is_uri(text) {
                Ok(text.clone())
            } else {
                Err(Error::invalid("err.qr.not_okpay")
                    .arg_detail("path", path)
                    .arg_detail("text", shown(text))
                    .detail("reason", "not_okpay"))
            }
        }
        _ => Err(Error::invalid("err.qr.several")
            .arg_detail("path", path)
            .arg_detail("count", found.texts.len() + found.unreadable)
            .detail("reason", "several")),
    }
}

/// A foreign code's text, cut short and made printable.
fn shown(text: &str) -> String {
    let mut cut: String = text.chars().take(SHOWN_CHARS_MAX).collect();
    if cut.len() < text.len() {
        cut.push('…');
    }
    cut.escape_debug().to_string()
}

/// Decode a PNG or JPEG into grey levels, turned upright when its EXIF data says so.
fn decode_image(bytes: &[u8], path: &str) -> Result<GrayImage> {
    let not_an_image = |detail: String| {
        Error::invalid("err.qr.not_an_image")
            .arg_detail("path", path)
            .detail("cause", detail)
    };
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| not_an_image(e.to_string()))?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(IMAGE_SIDE_MAX);
    limits.max_image_height = Some(IMAGE_SIDE_MAX);
    limits.max_alloc = Some(DECODE_ALLOC_MAX);
    reader.limits(limits);
    let mut decoder = reader
        .into_decoder()
        .map_err(|e| not_an_image(e.to_string()))?;
    let orientation = decoder.orientation().ok();
    let mut image = DynamicImage::from_decoder(decoder).map_err(|e| not_an_image(e.to_string()))?;
    if let Some(orientation) = orientation {
        image.apply_orientation(orientation);
    }
    Ok(image.to_luma8())
}

/// `gray` reduced so that its longer side is at most `side` pixels.
fn reduced(gray: &GrayImage, side: u32) -> GrayImage {
    let (w, h) = gray.dimensions();
    let scale = f64::from(side) / f64::from(w.max(h));
    let size = |n: u32| ((f64::from(n) * scale).round() as u32).max(1);
    image::imageops::resize(gray, size(w), size(h), FilterType::Triangle)
}

/// Search the picture, then its variants, until one shows a code.
pub fn search(picture: &GrayImage) -> Found {
    let large;
    let gray = if picture.width().max(picture.height()) > SEARCH_SIDE_MAX {
        large = reduced(picture, SEARCH_SIDE_MAX);
        &large
    } else {
        picture
    };
    let found = codes_in(gray);
    if found != Found::default() {
        return found;
    }
    let mut inverted = gray.clone();
    image::imageops::invert(&mut inverted);
    let found = codes_in(&inverted);
    if found != Found::default() {
        return found;
    }
    let (w, h) = gray.dimensions();
    let side = w.max(h);
    let resized = if side > 0 && side < SMALL_SIDE {
        image::imageops::resize(gray, w * 3, h * 3, FilterType::Nearest)
    } else if side > LARGE_SIDE {
        reduced(gray, LARGE_SIDE)
    } else {
        return Found::default();
    };
    codes_in(&resized)
}

/// The codes rqrr finds in one picture. A decoder bug on a strange picture is a code that
/// could not be read, never a crash.
fn codes_in(gray: &GrayImage) -> Found {
    let (w, h) = (gray.width() as usize, gray.height() as usize);
    let run = || {
        let mut prepared =
            rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| gray.as_raw()[y * w + x]);
        let mut found = Found::default();
        for grid in prepared.detect_grids() {
            match grid.decode() {
                Ok((_, text)) if !found.texts.contains(&text) => found.texts.push(text),
                Ok(_) => {}
                Err(_) => found.unreadable += 1,
            }
        }
        found
    };
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let outcome = std::panic::catch_unwind(run);
    std::panic::set_hook(hook);
    outcome.unwrap_or(Found {
        texts: Vec::new(),
        unreadable: 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::Luma;

    /// A code drawn `scale` pixels a module, with a four-module quiet zone, dark on light.
    fn code(text: &str, scale: u32) -> GrayImage {
        let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M).unwrap();
        let n = code.width() as u32;
        let colors = code.to_colors();
        let side = (n + 8) * scale;
        GrayImage::from_fn(side, side, |x, y| {
            let (mx, my) = ((x / scale).wrapping_sub(4), (y / scale).wrapping_sub(4));
            let dark = mx < n && my < n && colors[(my * n + mx) as usize] == qrcode::Color::Dark;
            Luma([if dark { 0 } else { 255 }])
        })
    }

    fn png(image: &GrayImage) -> Vec<u8> {
        let mut out = Vec::new();
        DynamicImage::ImageLuma8(image.clone())
            .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn one_code_is_read_wherever_it_is() {
        let uri = "okpay:pay?amount=5.00&currency=CNY&merchant=Tea%20House";
        assert_eq!(request_in(&png(&code(uri, 4)), "a.png").unwrap(), uri);
        // Off-centre on a larger grey page, turned a quarter, inverted, tiny.
        let mut page = GrayImage::from_pixel(900, 700, Luma([200]));
        image::imageops::overlay(&mut page, &code(uri, 3), 520, 340);
        assert_eq!(request_in(&png(&page), "b.png").unwrap(), uri);
        let turned = image::imageops::rotate90(&code(uri, 4));
        assert_eq!(request_in(&png(&turned), "c.png").unwrap(), uri);
        let mut inverted = code(uri, 4);
        image::imageops::invert(&mut inverted);
        assert_eq!(request_in(&png(&inverted), "d.png").unwrap(), uri);
        assert_eq!(request_in(&png(&code(uri, 1)), "e.png").unwrap(), uri);
    }

    #[test]
    fn no_code_several_codes_and_foreign_codes_say_which() {
        let blank = GrayImage::from_pixel(200, 200, Luma([255]));
        let err = request_in(&png(&blank), "blank.png").unwrap_err();
        assert_eq!(err.key, "err.qr.no_code");
        let mut two = GrayImage::from_pixel(700, 300, Luma([255]));
        image::imageops::overlay(&mut two, &code("okpay:pay?merchant=a&amount=1", 4), 0, 0);
        image::imageops::overlay(&mut two, &code("okpay:pay?merchant=b&amount=2", 4), 360, 0);
        let err = request_in(&png(&two), "two.png").unwrap_err();
        assert_eq!(err.key, "err.qr.several");
        assert_eq!(err.details["count"], "2");
        let err = request_in(&png(&code("https://example.com", 4)), "web.png").unwrap_err();
        assert_eq!(err.key, "err.qr.not_okpay");
        assert_eq!(err.details["text"], "https://example.com");
        let err = request_in(b"GIF89a not really", "x.gif").unwrap_err();
        assert_eq!(err.key, "err.qr.not_an_image");
        assert_eq!(err.details["path"], "x.gif");
    }
}
