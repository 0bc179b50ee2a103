//! QR codes as SVG, from the `qrcode` crate (no raster image code).

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The SVG markup of a QR code for `text` (medium error correction, a
/// quiet zone around it), or `None` if it is too long for any QR code. The
/// XML declaration the renderer adds is left out: the markup goes inside
/// an HTML page.
pub fn svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let image = code
        .render::<svg::Color>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .build();
    let start = image.find("<svg")?;
    Some(image[start..].to_owned())
}

/// The QR code of `text` as a `data:` URL, for an `<img>` (so that no
/// markup is injected into the page).
pub fn svg_data_url(text: &str) -> Option<String> {
    let svg = svg(text)?;
    let mut url = String::from("data:image/svg+xml,");
    for c in svg.chars() {
        match c {
            '%' => url.push_str("%25"),
            '#' => url.push_str("%23"),
            '<' => url.push_str("%3C"),
            '>' => url.push_str("%3E"),
            '"' => url.push('\''),
            c => url.push(c),
        }
    }
    Some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_link_becomes_an_svg_qr_code() {
        let link = format!(
            "https://savoir.example.org/fr/assignment#v1.{}.0123456789abcdef",
            "A".repeat(400)
        );
        let svg = svg(&link).unwrap_or_default();
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
            "{}",
            &svg[..60]
        );
        assert!(svg.contains("<path"));
        assert!(svg.ends_with("</svg>"));
        let url = svg_data_url(&link).unwrap_or_default();
        assert!(url.starts_with("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'"));
        assert!(!url.contains(['<', '>', '"', '#']));
        // Longer than any QR code holds.
        assert_eq!(super::svg(&"x".repeat(4000)), None);
    }
}
