use crate::adapters::content::LoadedLesson;
use crate::domain::content::lesson::Figure;
use crate::domain::shared::language::Lang;
use crate::ui::components::BiText;
use crate::ui::i18n::{use_i18n, TextFn};
use crate::ui::learner::use_learner;
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;

const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg";

/// Breaks a label into lines of at most `width` characters, at spaces (a
/// longer word keeps a line of its own).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// Fills every label of the drawing in `container` with its text in `lang`,
/// replacing what was there: the drawing itself stays in place.
fn fill_labels(
    container: &web_sys::HtmlDivElement,
    figure: &str,
    lang: Lang,
    text: &dyn Fn(&str) -> String,
) {
    let (Ok(labels), Some(document)) = (
        container.query_selector_all("text[data-label]"),
        web_sys::window().and_then(|w| w.document()),
    ) else {
        return;
    };
    for n in 0..labels.length() {
        let Some(label) = labels
            .item(n)
            .and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        else {
            continue;
        };
        let id = label.get_attribute("data-label").unwrap_or_default();
        let value = text(&format!("figure-{figure}-label-{id}"));
        let _ = label.set_attribute("lang", lang.tag());
        let width = label
            .get_attribute("data-wrap")
            .and_then(|w| w.parse::<usize>().ok());
        let lines = width.map_or_else(|| vec![value.clone()], |w| wrap(&value, w));
        if lines.len() <= 1 {
            label.set_text_content(Some(&value));
            continue;
        }
        // Several lines, centred on the label's `y` (the site centres each
        // line on its baseline: `dominant-baseline: central`).
        label.set_text_content(None);
        let x = label.get_attribute("x").unwrap_or_default();
        let rise = (lines.len() - 1) as f64 * 0.6;
        for (i, line) in lines.iter().enumerate() {
            let Ok(span) = document.create_element_ns(Some(SVG_NAMESPACE), "tspan") else {
                continue;
            };
            let _ = span.set_attribute("x", &x);
            let dy = if i == 0 {
                format!("-{rise}em")
            } else {
                "1.2em".to_owned()
            };
            let _ = span.set_attribute("dy", &dy);
            span.set_text_content(Some(line));
            let _ = label.append_child(&span);
        }
    }
}

/// A lesson figure: the drawing with its labels in the learner's language
/// (and a second copy in the other language in bilingual mode), a caption,
/// and a text description for those who cannot see it. A language switch
/// rewrites the labels in place.
#[component]
pub fn FigureView(
    figure: Figure,
    /// The lesson, whose text holds the figure's caption and labels.
    lesson: Arc<LoadedLesson>,
) -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let id = figure.id.clone();
    let text_of = |message: String| -> TextFn {
        let lesson = Arc::clone(&lesson);
        Arc::new(move |lang| lesson.text(lang, &message))
    };
    let caption = text_of(format!("figure-{id}-caption"));
    let description_id = format!("figure-{id}-description");
    let svg = Arc::new(figure.svg);
    let drawing = {
        let (caption, id, lesson, svg) = (
            Arc::clone(&caption),
            id.clone(),
            Arc::clone(&lesson),
            Arc::clone(&svg),
        );
        let description_id = description_id.clone();
        move |other: bool| {
            let node: NodeRef<Div> = NodeRef::new();
            let lang = move || {
                if other {
                    i18n.lang().other()
                } else {
                    i18n.lang()
                }
            };
            let (id, lesson) = (id.clone(), Arc::clone(&lesson));
            Effect::new(move |_| {
                let lang = lang();
                if let Some(container) = node.get() {
                    fill_labels(&container, &id, lang, &|m| lesson.text(lang, m));
                }
            });
            let caption = Arc::clone(&caption);
            view! {
                <div class="figure__drawing" node_ref=node inner_html=svg.to_string() role="img"
                    lang=move || lang().tag() aria-label=move || caption(lang())
                    aria-describedby=description_id.clone() data-testid="figure-drawing"></div>
            }
        }
    };
    let own = drawing.clone()(false);
    let other = move || learner.bilingual().then(|| drawing(true));
    let description = text_of(description_id.clone());
    view! {
        <figure class="figure" id=format!("figure-{id}") data-anchor="" data-figure-id=id.clone()>
            <div class="figure__drawings">{own}{other}</div>
            <figcaption class="figure__caption"><BiText text=caption/></figcaption>
            <details class="figure__description">
                <summary>{i18n.tr("figure-description")}</summary>
                <div id=description_id><BiText text=description rich=true/></div>
            </details>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn labels_wrap_at_spaces_within_the_width() {
        assert_eq!(
            wrap("Assess and decide on events", 12),
            vec!["Assess and", "decide on", "events"]
        );
        assert_eq!(
            wrap("Évaluation", 4),
            vec!["Évaluation"],
            "a long word keeps its line"
        );
        assert_eq!(wrap("  ", 10), Vec::<String>::new());
    }
}
