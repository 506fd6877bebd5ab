//! A link as a QR code: the grid of modules, and an SVG drawing of it with
//! the quiet margin scanners need. Built with the `qrcodegen` crate.

use std::fmt;

use qrcodegen::{QrCode, QrCodeEcc};

/// The light margin around the code, in modules, as the standard asks.
pub const QUIET_ZONE: usize = 4;

/// The text is more than a QR code can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QrTooLong;

/// The modules of a QR code, without the quiet zone: `size` x `size`,
/// true for dark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    size: usize,
    dark: Vec<bool>,
}

impl QrMatrix {
    /// Modules per side.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module at column `x`, row `y` is dark; outside the code
    /// (the quiet zone) everything is light.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark.get(y * self.size + x).copied().unwrap_or(false)
    }
}

/// The QR code for `text`, at medium error correction (about 15% of the
/// code can be damaged and still read), raised when it costs no extra size.
pub fn qr_matrix(text: &str) -> Result<QrMatrix, QrTooLong> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).map_err(|_| QrTooLong)?;
    let size = code.size() as usize;
    let mut dark = Vec::with_capacity(size * size);
    for y in 0..size {
        for x in 0..size {
            dark.push(code.get_module(x as i32, y as i32));
        }
    }
    Ok(QrMatrix { size, dark })
}

/// The QR code for `text` as an SVG: a white square with the quiet zone,
/// and one path of the dark modules, in module units (the `viewBox`), so
/// it scales to any size with sharp edges. It holds no text of its own.
pub fn qr_svg(text: &str) -> Result<String, QrTooLong> {
    Ok(svg(&qr_matrix(text)?))
}

/// The drawing of a QR code for a page to build itself: the side of the
/// square in modules (quiet zone included) and the path of dark modules.
pub fn qr_drawing(text: &str) -> Result<(usize, String), QrTooLong> {
    let matrix = qr_matrix(text)?;
    Ok((matrix.size + 2 * QUIET_ZONE, dark_path(&matrix)))
}

fn svg(matrix: &QrMatrix) -> String {
    let side = matrix.size + 2 * QUIET_ZONE;
    let path = dark_path(matrix);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" \
         fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    )
}

/// One rectangle per horizontal run of dark modules, in module units,
/// offset by the quiet zone.
fn dark_path(matrix: &QrMatrix) -> String {
    let mut path = String::new();
    // One rectangle per horizontal run of dark modules.
    for y in 0..matrix.size {
        let mut x = 0;
        while x < matrix.size {
            if !matrix.is_dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while matrix.is_dark(x, y) {
                x += 1;
            }
            let run = x - start;
            path.push_str(&format!(
                "M{} {}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            ));
        }
    }
    path
}

// Native only: rqrr does not build for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Reads a QR code the way a phone would: from a grey picture, here
    /// drawn at `scale` pixels a module with the quiet zone around it.
    fn read_back(matrix: &QrMatrix, scale: usize) -> String {
        let side = (matrix.size() + 2 * QUIET_ZONE) * scale;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            let module = |p: usize| (p / scale).checked_sub(QUIET_ZONE);
            match (module(x), module(y)) {
                (Some(mx), Some(my)) if matrix.is_dark(mx, my) => 0,
                _ => 255,
            }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one code in the picture");
        grids[0].decode().expect("the code reads").1
    }

    /// The modules the SVG path paints, found by reading its rectangles back.
    fn painted(svg: &str, side: usize) -> Vec<bool> {
        let d = svg
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let mut cells = vec![false; side * side];
        for rect in d.split('M').filter(|r| !r.is_empty()) {
            let rect = rect.strip_suffix('z').unwrap();
            let (x, rest) = rect.split_once(' ').unwrap();
            let (y, rest) = rest.split_once('h').unwrap();
            let (run, _) = rest.split_once('v').unwrap();
            let (x, y, run): (usize, usize, usize) =
                (x.parse().unwrap(), y.parse().unwrap(), run.parse().unwrap());
            for cell in &mut cells[y * side + x..y * side + x + run] {
                assert!(!*cell, "painted twice");
                *cell = true;
            }
        }
        cells
    }

    const URL: &str = "https://bandwork.example/#/r/AQxSdW5uZXIncyB0ZW4BAgRCbHVlFWXAClEDDwAA";

    #[test]
    fn the_code_reads_back_as_the_same_link() {
        let matrix = qr_matrix(URL).unwrap();
        for scale in [2, 3, 5] {
            assert_eq!(read_back(&matrix, scale), URL, "at {scale} px a module");
        }
    }

    #[test]
    fn the_svg_paints_exactly_the_dark_modules_inside_a_quiet_zone() {
        let matrix = qr_matrix(URL).unwrap();
        let svg = qr_svg(URL).unwrap();
        let side = matrix.size() + 2 * QUIET_ZONE;
        assert!(svg.contains(&format!("viewBox=\"0 0 {side} {side}\"")));
        assert!(svg.contains("shape-rendering=\"crispEdges\""));
        assert_eq!(svg.matches("<path").count(), 1);
        let cells = painted(&svg, side);
        for y in 0..side {
            for x in 0..side {
                let inside = |p: usize| p.checked_sub(QUIET_ZONE).filter(|m| *m < matrix.size());
                let expected = match (inside(x), inside(y)) {
                    (Some(mx), Some(my)) => matrix.is_dark(mx, my),
                    _ => false,
                };
                assert_eq!(cells[y * side + x], expected, "module {x},{y}");
            }
        }
        assert!(cells.iter().any(|c| *c));
    }

    #[test]
    fn the_drawing_is_the_svg_s_path_and_side() {
        let (side, path) = qr_drawing(URL).unwrap();
        let svg = qr_svg(URL).unwrap();
        assert!(svg.contains(&format!("viewBox=\"0 0 {side} {side}\"")));
        assert!(svg.contains(&format!(" d=\"{path}\"")));
        assert_eq!(qr_drawing(&"x".repeat(4000)), Err(QrTooLong));
    }

    #[test]
    fn a_short_link_makes_a_small_code_and_a_huge_text_is_refused() {
        // A link of 200 characters after the host fits a version 11 code
        // (61 modules a side) at medium correction.
        let link = format!("https://bandwork.example/#/r/{}", "Ab9-_".repeat(39));
        assert_eq!(link.len() - "https://bandwork.example".len(), 200);
        assert!(qr_matrix(&link).unwrap().size() <= 61);
        assert_eq!(qr_matrix(&"x".repeat(4000)), Err(QrTooLong));
        assert!(QrTooLong.to_string().ends_with('.'));
    }
}

impl fmt::Display for QrTooLong {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text: &str = { "This link is too long to show as a QR code. Copy the link instead." };
        f.write_str(text)
    }
}

impl std::error::Error for QrTooLong {}
