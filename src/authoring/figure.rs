//! Lesson figures: checks an author's SVG drawing and rewrites it into the
//! small, safe subset the app injects into the page. Part of the course
//! compiler (`crate::authoring`, host only); it needs nothing but `std` and
//! `roxmltree`, so `build.rs` compiles it too.
//!
//! A drawing holds shapes and empty, named labels, never words: the app
//! fills each `<text data-label="…">` from the lesson's Fluent text, so a
//! language switch changes the labels in place. Colours come from the site's
//! classes (light and dark mode), so the file carries none. Everything not
//! on the lists below is refused with its line, which also keeps scripts,
//! links, styles and foreign content out of the page.
//!
//! A lesson declares its figures in `lesson.toml` (`[[figures]]`, with
//! `<id>.svg` beside it). The lesson bundle carries the rewritten SVG and
//! its label ids; the app (`ui::components::FigureView`) injects the drawing
//! once and fills each label from the message `figure-<id>-label-<label>` in
//! the current language (in `tspan` lines when the author set `data-wrap`),
//! so a language switch rewrites only the labels' text. Colours come from
//! `style/components/_figure.scss`, so dark mode needs nothing from authors.

use std::collections::BTreeSet;

/// The SVG namespace every element must be in.
pub const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg";

/// The largest drawing accepted, in bytes.
pub const MAX_BYTES: usize = 64 * 1024;

/// Elements a drawing may use.
const ELEMENTS: [&str; 10] = [
    "svg", "g", "rect", "circle", "ellipse", "line", "polyline", "polygon", "path", "text",
];

/// Geometry attributes: copied as they are, once checked to hold no markup
/// or reference.
const GEOMETRY: [&str; 16] = [
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "width",
    "height",
    "d",
    "points",
    "transform",
];

/// The site's figure classes (see `style/components/_figure.scss`).
pub const CLASSES: [&str; 9] = [
    "fig-box",
    "fig-box-accent",
    "fig-box-muted",
    "fig-line",
    "fig-line-dashed",
    "fig-arrowhead",
    "fig-label",
    "fig-label-strong",
    "fig-label-small",
];

/// A checked drawing: the rewritten SVG, and its label ids in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drawing {
    pub svg: String,
    pub labels: Vec<String>,
}

/// A mistake in a drawing: the line (1-based) and the cause.
pub type Mistake = (usize, String);

/// Checks `source` and rewrites it. Every mistake is listed, not only the
/// first; `is_id` says whether a label id is well formed.
pub fn check(source: &str, is_id: impl Fn(&str) -> bool) -> Result<Drawing, Vec<Mistake>> {
    if source.len() > MAX_BYTES {
        return Err(vec![(
            1,
            format!(
                "the drawing is {} bytes; at most {MAX_BYTES} are allowed",
                source.len()
            ),
        )]);
    }
    let doc = roxmltree::Document::parse(source).map_err(|e| {
        let pos = e.pos();
        vec![(pos.row as usize, format!("not well-formed SVG: {e}"))]
    })?;
    let line = |node: roxmltree::Node| doc.text_pos_at(node.range().start).row as usize;
    let mut mistakes = Vec::new();
    let root = doc.root_element();
    if root.tag_name().name() != "svg" || root.tag_name().namespace() != Some(SVG_NAMESPACE) {
        mistakes.push((
            line(root),
            format!("the root element must be <svg xmlns=\"{SVG_NAMESPACE}\">"),
        ));
        return Err(mistakes);
    }
    if root.attribute("viewBox").is_none() {
        mistakes.push((line(root), "the <svg> needs a `viewBox`".to_owned()));
    }
    for a in ["width", "height"] {
        if root.attribute(a).is_some() {
            mistakes.push((
                line(root),
                format!("remove `{a}` from <svg>: the drawing scales to the page"),
            ));
        }
    }
    let mut out = String::new();
    let mut labels = Vec::new();
    let mut seen = BTreeSet::new();
    write_element(
        root,
        &mut out,
        &mut labels,
        &mut seen,
        &mut mistakes,
        &line,
        &is_id,
    );
    if labels.is_empty() {
        mistakes.push((
            line(root),
            "the drawing has no label: name its texts with `data-label`".to_owned(),
        ));
    }
    if mistakes.is_empty() {
        Ok(Drawing { svg: out, labels })
    } else {
        mistakes.sort();
        Err(mistakes)
    }
}

fn escape(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[allow(clippy::too_many_arguments)]
fn write_element(
    node: roxmltree::Node,
    out: &mut String,
    labels: &mut Vec<String>,
    seen: &mut BTreeSet<String>,
    mistakes: &mut Vec<Mistake>,
    line: &dyn Fn(roxmltree::Node) -> usize,
    is_id: &dyn Fn(&str) -> bool,
) {
    let at = line(node);
    let name = node.tag_name().name();
    if node.tag_name().namespace() != Some(SVG_NAMESPACE) || !ELEMENTS.contains(&name) {
        mistakes.push((
            at,
            format!("<{name}> is not allowed: use {}", ELEMENTS[1..].join(", ")),
        ));
        return;
    }
    out.push('<');
    out.push_str(name);
    if name == "svg" {
        out.push_str(&format!(" xmlns=\"{SVG_NAMESPACE}\""));
    }
    let mut label = None;
    for a in node.attributes() {
        let (key, value) = (a.name(), a.value());
        if a.namespace().is_some() {
            mistakes.push((
                at,
                format!("attribute `{key}` in another namespace is not allowed"),
            ));
            continue;
        }
        let allowed = match key {
            "viewBox" => name == "svg",
            "class" => {
                for class in value.split_whitespace() {
                    if !CLASSES.contains(&class) {
                        mistakes.push((
                            at,
                            format!("unknown class `{class}`: use {}", CLASSES.join(", ")),
                        ));
                    }
                }
                true
            }
            "text-anchor" => {
                if !matches!(value, "start" | "middle" | "end") {
                    mistakes.push((
                        at,
                        format!("invalid text-anchor `{value}`: use start, middle or end"),
                    ));
                }
                name == "text"
            }
            "data-label" => {
                if !is_id(value) {
                    mistakes.push((at, format!("invalid label id `{value}`: use lower-case letters, digits and hyphens")));
                } else if !seen.insert(value.to_owned()) {
                    mistakes.push((at, format!("label `{value}` is used twice in this drawing")));
                }
                label = Some(value.to_owned());
                name == "text"
            }
            "data-wrap" => {
                if !matches!(value.parse::<u32>(), Ok(4..=80)) {
                    mistakes.push((
                        at,
                        format!(
                            "invalid data-wrap `{value}`: use a number of characters from 4 to 80"
                        ),
                    ));
                }
                name == "text"
            }
            k if GEOMETRY.contains(&k) => {
                if name == "svg" && matches!(k, "width" | "height") {
                    continue; // reported once, above
                }
                if !value
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || " .,-+()%".contains(c))
                {
                    mistakes.push((
                        at,
                        format!("invalid value for `{key}`: numbers and path commands only"),
                    ));
                }
                true
            }
            _ => false,
        };
        if allowed {
            out.push_str(&format!(" {key}=\"{}\"", escape(value)));
        } else {
            let hint = match key {
                "fill" | "stroke" | "style" | "color" | "opacity" | "stroke-width" => {
                    "colours and styles come from the site's classes"
                }
                "id" => "ids are not allowed (two copies of a figure may share a page)",
                _ => "see lessons/README.md, \"Figures\"",
            };
            mistakes.push((
                at,
                format!("attribute `{key}` is not allowed on <{name}>: {hint}"),
            ));
        }
    }
    if name == "text" {
        match label {
            Some(l) => labels.push(l),
            None => mistakes.push((
                at,
                "<text> needs a `data-label`: words come from the lesson's Fluent files".to_owned(),
            )),
        }
    }
    out.push('>');
    for child in node.children() {
        if child.is_element() {
            if name == "text" {
                mistakes.push((
                    line(child),
                    "a <text> holds nothing: its words come from its label".to_owned(),
                ));
            } else {
                write_element(child, out, labels, seen, mistakes, line, is_id);
            }
        } else if child.is_text() {
            if child.text().is_some_and(|t| !t.trim().is_empty()) {
                mistakes.push((
                    line(child),
                    "words in the drawing are not allowed: put them in a label (`data-label`) and its Fluent message".to_owned(),
                ));
            }
        } else if child.is_pi() {
            mistakes.push((
                line(child),
                "processing instructions are not allowed".to_owned(),
            ));
        }
    }
    out.push_str("</");
    out.push_str(name);
    out.push('>');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> bool {
        crate::domain::content::lesson::is_valid_id(s)
    }

    const GOOD: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">
  <!-- a box and its label -->
  <rect class="fig-box" x="10" y="10" width="80" height="40" rx="4"/>
  <text class="fig-label" data-label="first" data-wrap="12" x="50" y="30" text-anchor="middle"/>
  <polygon class="fig-arrowhead" points="95,30 90,27 90,33"/>
</svg>"#;

    #[test]
    fn a_good_drawing_is_rewritten_with_its_labels() {
        let d = check(GOOD, id).expect("valid");
        assert_eq!(d.labels, vec!["first".to_owned()]);
        assert!(d
            .svg
            .starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">"#));
        assert!(d.svg.contains(r#"<text class="fig-label" data-label="first" data-wrap="12" x="50" y="30" text-anchor="middle"></text>"#));
        assert!(!d.svg.contains("<!--"), "comments are dropped");
    }

    #[test]
    fn each_planted_mistake_is_reported_on_its_line() {
        let cases: [(&str, &str, usize); 12] = [
            (
                "<rect class=\"fig-box\"",
                "<rect fill=\"red\" class=\"fig-box\"",
                3,
            ),
            ("<rect class=\"fig-box\"", "<rect class=\"red-box\"", 3),
            (
                "<rect class=\"fig-box\"",
                "<rect id=\"a\" class=\"fig-box\"",
                3,
            ),
            ("data-label=\"first\"", "data-label=\"First\"", 4),
            ("data-label=\"first\" ", "", 4),
            (
                "text-anchor=\"middle\"/>",
                "text-anchor=\"middle\">Hello</text>",
                4,
            ),
            ("<polygon", "<script>alert(1)</script><polygon", 5),
            ("<polygon", "<image x=\"1\"/><polygon", 5),
            ("data-wrap=\"12\"", "data-wrap=\"lots\"", 4),
            (
                "viewBox=\"0 0 200 100\"",
                "viewBox=\"0 0 200 100\" width=\"200\"",
                1,
            ),
            ("<polygon class", "<polygon onclick=\"x()\" class", 5),
            ("points=\"95,30 90,27 90,33\"", "points=\"url(#a)\"", 5),
        ];
        for (from, to, line) in cases {
            let source = GOOD.replacen(from, to, 1);
            let mistakes = check(&source, id).expect_err(to);
            assert!(
                mistakes.iter().any(|(l, _)| *l == line),
                "{to}: expected a mistake on line {line}, got {mistakes:?}"
            );
        }
    }

    #[test]
    fn not_svg_or_not_xml_is_refused() {
        assert!(
            check("<svg viewBox=\"0 0 1 1\"></svg>", id).is_err(),
            "no namespace"
        );
        assert!(check(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><text",
            id
        )
        .is_err());
        assert!(check("<!DOCTYPE svg [<!ENTITY a \"b\">]><svg/>", id).is_err());
        let twice = GOOD.replace(
            "</svg>",
            "<text data-label=\"first\" x=\"1\" y=\"1\"/></svg>",
        );
        assert!(check(&twice, id).is_err(), "a label used twice");
    }
}
