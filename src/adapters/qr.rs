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
        // Longer than any QR code holds.
        assert_eq!(super::svg(&"x".repeat(4000)), None);
    }
}
