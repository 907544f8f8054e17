//! QR codes for the terminal (Unicode half blocks, two module rows per text line, the quiet
//! zone kept) and as PNG and SVG images, from the `qrcode` crate's module matrix, at error
//! correction level M.

use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;

use qrcode::{Color, EcLevel, QrCode};

use crate::error::{Error, Result};

/// Modules of quiet zone around a code (ISO/IEC 18004 asks for four).
const QUIET_MODULES: usize = 4;
/// Pixels per module in a PNG.
const PNG_MODULE_PIXELS: usize = 8;

/// The code's modules, dark = true, with the quiet zone around them.
pub fn modules(data: &str) -> Result<Vec<Vec<bool>>> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)
        .map_err(|e| Error::invalid("err.qr.too_long").arg("detail", e))?;
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 2 * QUIET_MODULES;
    let mut grid = vec![vec![false; size]; size];
    for (i, color) in colors.iter().enumerate() {
        let (y, x) = (i / width, i % width);
        grid[y + QUIET_MODULES][x + QUIET_MODULES] = *color == Color::Dark;
    }
    Ok(grid)
}

/// The code drawn with half blocks for a terminal. Light modules are drawn (in the terminal's
/// text colour), dark ones left blank, as `qrencode -t UTF8` does for light-on-dark terminals;
/// with `force_colours`, each line is painted white on black so any terminal shows it right.
pub fn terminal(data: &str, force_colours: bool) -> Result<String> {
    Ok(draw(&modules(data)?, force_colours))
}

/// The width of the terminal standard output is, in columns: the terminal's own when stdout is
/// one (or `COLUMNS` when it cannot say), else `COLUMNS` if set; `None` when nothing limits it.
pub fn terminal_columns() -> Option<usize> {
    use std::io::IsTerminal;
    let from_env = || {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|c| *c > 0)
    };
    if !std::io::stdout().is_terminal() {
        return from_env();
    }
    let mut size = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ only fills in the `winsize` it is given, which lives on this stack.
    let rc = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) };
    if rc == 0 && size.ws_col > 0 {
        Some(usize::from(size.ws_col))
    } else {
        from_env()
    }
}

/// Draw a module grid (quiet zone included) with half blocks.
pub fn draw(grid: &[Vec<bool>], force_colours: bool) -> String {
    let mut out = String::new();
    for pair in grid.chunks(2) {
        if force_colours {
            out.push_str("\x1b[97;40m");
        }
        for x in 0..pair[0].len() {
            let top_light = !pair[0][x];
            let bottom_light = pair.get(1).is_none_or(|row| !row[x]);
            out.push(match (top_light, bottom_light) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            });
        }
        if force_colours {
            out.push_str("\x1b[0m");
        }
        out.push('\n');
    }
    out
}

/// Write the code as a grayscale PNG (black on white), readable only by the user.
pub fn write_png(data: &str, path: &Path) -> Result<()> {
    let grid = modules(data)?;
    let side = grid.len() * PNG_MODULE_PIXELS;
    let mut pixels = Vec::with_capacity(side * side);
    for row in &grid {
        let line: Vec<u8> = row
            .iter()
            .flat_map(|dark| std::iter::repeat_n(if *dark { 0 } else { 255 }, PNG_MODULE_PIXELS))
            .collect();
        for _ in 0..PNG_MODULE_PIXELS {
            pixels.extend_from_slice(&line);
        }
    }
    let side = u32::try_from(side).map_err(Error::internal)?;
    write_private(path, |writer| {
        let mut encoder = png::Encoder::new(writer, side, side);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut png = encoder.write_header().map_err(Error::internal)?;
        png.write_image_data(&pixels).map_err(Error::internal)
    })
}

/// Write the code as an SVG image (black modules on a white square, one path), readable only by
/// the user. One unit is one module; it scales to any size without blurring.
pub fn write_svg(data: &str, path: &Path) -> Result<()> {
    let grid = modules(data)?;
    let side = grid.len();
    let mut svg = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 {side} {side}\" \
         width=\"{px}\" height=\"{px}\" shape-rendering=\"crispEdges\">\n\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/>\n<path fill=\"#000\" d=\"",
        px = side * PNG_MODULE_PIXELS
    );
    for (y, row) in grid.iter().enumerate() {
        for (x, _) in row.iter().enumerate().filter(|(_, dark)| **dark) {
            svg.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    svg.push_str("\"/>\n</svg>\n");
    write_private(path, |writer| {
        writer
            .write_all(svg.as_bytes())
            .map_err(|e| Error::io_at(path, &e))
    })
}

/// Create (or replace) `path` readable only by the user, let `fill` write it, and make it
/// durable before returning.
fn write_private(
    path: &Path,
    fill: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> Result<()>,
) -> Result<()> {
    let io = |e: std::io::Error| Error::io_at(path, &e);
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(io)?;
    file.set_permissions(std::fs::Permissions::from_mode(0o600))
        .map_err(io)?;
    let mut writer = std::io::BufWriter::new(file);
    fill(&mut writer)?;
    writer.flush().map_err(io)?;
    writer
        .into_inner()
        .map_err(|e| io(e.into_error()))?
        .sync_all()
        .map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_keeps_its_quiet_zone_and_draws_two_rows_a_line() {
        let text = terminal("otpauth://totp/OKPay:alice?secret=ABC&issuer=OKPay", false).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let grid = modules("otpauth://totp/OKPay:alice?secret=ABC&issuer=OKPay").unwrap();
        assert_eq!(lines.len(), grid.len().div_ceil(2));
        assert!(lines.iter().all(|l| l.chars().count() == grid.len()));
        // The quiet zone is light: full blocks on the first line.
        assert!(lines[0].chars().all(|c| c == '█'));
    }

    #[test]
    fn an_svg_draws_every_dark_module_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("qr.svg");
        write_svg("okpay:pay?amount=1&merchant=m", &path).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let grid = modules("okpay:pay?amount=1&merchant=m").unwrap();
        let dark = grid.iter().flatten().filter(|d| **d).count();
        assert_eq!(text.matches("h1v1h-1z").count(), dark);
        assert!(text.contains(&format!("viewBox=\"0 0 {0} {0}\"", grid.len())));
        assert!(text.trim_end().ends_with("</svg>"));
    }

    #[test]
    fn a_png_is_written_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("qr.png");
        write_png("hello", &path).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(&bytes[1..4], b"PNG");
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}
