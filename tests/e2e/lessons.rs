//! Journeys through lessons: switching language mid-lesson, deep links,
//! bilingual reading, progress and resuming.

use super::{path, ready_in, text, VISIBLE_TEXTS};
use crate::harness::{self, click, eval, wait_for, BoxError};
use fantoccini::{Client, Locator};
use savoir::adapters::content::{catalog, LoadedLesson};
use savoir::domain::content::rich_text::{paragraphs, Paragraph};
use savoir::domain::shared::language::Lang;
use savoir::domain::shared::route;
use serde_json::json;

/// The longest lesson (the one the benchmark uses), as the built site
/// serves it.
fn longest_lesson() -> Result<(String, LoadedLesson), BoxError> {
    let dist = harness::dist_dir()?;
    let (module, lesson) = harness::longest_lesson(&dist)?;
    let file = dist
        .join("content")
        .join(&module)
        .join(format!("{lesson}.json"));
    let json = std::fs::read_to_string(&file)?;
    let loaded = LoadedLesson::from_json(&file.display().to_string(), &json)?;
    Ok((module, loaded))
}

async fn open_lesson(
    c: &Client,
    base: &str,
    lang: Lang,
    module: &str,
    lesson: &str,
) -> Result<(), BoxError> {
    c.goto(&format!("{base}{}", route::lesson(lang, module, lesson)))
        .await?;
    ready_in(c, lang.tag()).await?;
    wait_for(c, "document.querySelector('.lesson__title')", "the lesson").await
}

/// Where an element's top is, in pixels from the top of the window.
async fn top_of(c: &Client, id: &str) -> Result<f64, BoxError> {
    let top = c
        .execute(
            "return document.getElementById(arguments[0]).getBoundingClientRect().top;",
            vec![json!(id)],
        )
        .await?;
    top.as_f64()
        .ok_or_else(|| format!("no element #{id}").into())
}

/// Waits until the element `id` is at the top of the window (below the
/// sticky header).
async fn at_the_top(c: &Client, id: &str, what: &str) -> Result<(), BoxError> {
    wait_for(
        c,
        &format!(
            "(() => {{ const e = document.getElementById('{id}'); if (!e) return false; const t = e.getBoundingClientRect().top; return t >= 0 && t < 200; }})()"
        ),
        what,
    )
    .await
}

async fn reflection_value(c: &Client) -> Result<String, BoxError> {
    Ok(eval(
        c,
        "document.querySelector('[data-testid=reflection]').value",
    )
    .await?
    .as_str()
    .unwrap_or_default()
    .to_owned())
}

/// Waits until the learner's progress for a lesson, as stored, satisfies a
/// JavaScript condition on `entry`.
async fn stored(c: &Client, key: &str, condition: &str) -> Result<(), BoxError> {
    wait_for(
        c,
        &format!(
            "(() => {{ try {{ const entry = JSON.parse(localStorage.getItem('savoir:progress')).lessons['{key}']; return entry && ({condition}); }} catch (e) {{ return false; }} }})()"
        ),
        &format!("stored progress of {key} where {condition}"),
    )
    .await
}

pub async fn switching_language_mid_lesson_keeps_place_focus_and_reflection(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let (module, loaded) = longest_lesson()?;
    let lesson = &loaded.lesson;
    open_lesson(c, base, Lang::En, &module, &lesson.id).await?;

    let reflection = "We review who can read the logs every month.\nSecond line: « d’accord ».";
    c.find(Locator::Css("[data-testid=reflection]"))
        .await?
        .send_keys(reflection)
        .await?;
    let block = format!("block-{}", lesson.blocks[2]);
    c.execute(
        "document.getElementById(arguments[0]).scrollIntoView();",
        vec![json!(block)],
    )
    .await?;
    let before = top_of(c, &block).await?;
    let english: Vec<String> = serde_json::from_value(eval(c, VISIBLE_TEXTS).await?)?;

    super::pages::switch_language(c, Lang::Fr).await?;
    let french_title = loaded.text(Lang::Fr, "title");
    wait_for(
        c,
        &format!(
            "document.querySelector('.lesson__title').textContent === {}",
            json!(french_title)
        ),
        "the French title",
    )
    .await?;
    // Give the switch its frame, in which the reading position is restored.
    eval(
        c,
        "new Promise(r => requestAnimationFrame(() => setTimeout(r)))",
    )
    .await?;
    assert_eq!(path(c).await?, route::lesson(Lang::Fr, &module, &lesson.id));
    let after = top_of(c, &block).await?;
    assert!(
        (after - before).abs() <= 1.0,
        "#{block} moved on screen from {before} to {after} px"
    );
    assert_eq!(reflection_value(c).await?, reflection);
    assert_eq!(
        eval(c, "document.activeElement.dataset.testid").await?,
        "switch-fr",
        "focus stays on the control the learner used"
    );
    let french: Vec<String> = serde_json::from_value(eval(c, VISIBLE_TEXTS).await?)?;
    // Names that are the same in both languages, and marks that are not words.
    let same_in_both = ["Savoir", "English", "Français", "Modules"];
    // Texts the French lesson itself holds as they are in English (control
    // attribute values such as #Preventive) are French too.
    let french_lesson: Vec<String> = loaded
        .lesson
        .messages()
        .iter()
        .map(|(id, _)| loaded.text.text(Lang::Fr, id))
        .collect();
    let left_over: Vec<&String> = french
        .iter()
        .filter(|t| english.contains(t) && !same_in_both.contains(&t.as_str()))
        .filter(|t| !french_lesson.iter().any(|m| m.contains(t.as_str())))
        .filter(|t| t.chars().any(char::is_alphabetic))
        .collect();
    assert!(left_over.is_empty(), "still in English: {left_over:?}");

    // Reload: the same place, the same words, still in French.
    let key = format!("{module}/{}", lesson.id);
    stored(
        c,
        &key,
        &format!(
            "entry.reflection === {} && entry.position === '{block}'",
            json!(reflection)
        ),
    )
    .await?;
    c.refresh().await?;
    ready_in(c, "fr").await?;
    at_the_top(c, &block, "the third block at the top after reload").await?;
    assert_eq!(reflection_value(c).await?, reflection);
    assert_eq!(text(c, ".lesson__title").await?, french_title);
    Ok(())
}

pub async fn french_deep_link_opens_the_lesson_in_french(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let (module, loaded) = longest_lesson()?;
    let lesson = &loaded.lesson;
    let block = format!("block-{}", lesson.blocks[1]);
    c.goto(&format!(
        "{base}{}#{block}",
        route::lesson(Lang::Fr, &module, &lesson.id)
    ))
    .await?;
    ready_in(c, "fr").await?;
    wait_for(c, "document.querySelector('.lesson__title')", "the lesson").await?;
    assert_eq!(
        text(c, ".lesson__title").await?,
        loaded.text(Lang::Fr, "title")
    );
    assert_eq!(
        text(c, &format!("#{block} h2")).await?,
        loaded.text(Lang::Fr, &format!("{block}-heading"))
    );
    assert!(text(c, "[data-testid=lesson-meta]").await?.contains("min"));
    at_the_top(c, &block, "the linked block at the top").await?;
    Ok(())
}

pub async fn bilingual_mode_shows_both_languages_with_their_lang(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let (module, loaded) = longest_lesson()?;
    let lesson = &loaded.lesson;
    open_lesson(c, base, Lang::En, &module, &lesson.id).await?;
    assert_eq!(
        eval(c, "document.querySelectorAll('.bi__other').length").await?,
        0
    );
    c.find(Locator::Css("[data-testid=bilingual-toggle]"))
        .await?
        .click()
        .await?;
    wait_for(
        c,
        "document.querySelector('.lesson__title .bi__other')",
        "the French title beside the English",
    )
    .await?;
    assert_eq!(
        harness::eval_string(
            c,
            "document.querySelector('[data-testid=bilingual-toggle]').getAttribute('aria-pressed')"
        )
        .await?,
        "true"
    );

    let check = |own: Lang| {
        let other = own.other();
        format!(
            "(() => {{
                const own = [...document.querySelectorAll('main .bi__own')];
                const other = [...document.querySelectorAll('main .bi__other')];
                return own.length > 20 && own.length === other.length
                    && own.every(e => e.lang === '{}') && other.every(e => e.lang === '{}');
            }})()",
            own.tag(),
            other.tag()
        )
    };
    wait_for(c, &check(Lang::En), "every text in English and French").await?;
    let block = format!("block-{}", lesson.blocks[0]);
    for (css, lang) in [(".bi__own", Lang::En), (".bi__other", Lang::Fr)] {
        assert_eq!(
            text(c, &format!(".lesson__title {css}")).await?,
            loaded.text(lang, "title")
        );
        assert_eq!(
            text(c, &format!("#{block} h2 {css}")).await?,
            loaded.text(lang, &format!("{block}-heading"))
        );
        let first_paragraph = paragraphs(&loaded.text(lang, &format!("{block}-body")))
            .into_iter()
            .find_map(|p| match p {
                Paragraph::Text(t) => Some(t),
                Paragraph::List(_) => None,
            })
            .ok_or("the block has no paragraph")?;
        assert_eq!(
            text(c, &format!("#{block} .bi {css} p")).await?,
            first_paragraph
        );
    }

    // Switching language swaps the two; the mode is remembered.
    super::pages::switch_language(c, Lang::Fr).await?;
    wait_for(c, &check(Lang::Fr), "French first, English beside it").await?;
    c.refresh().await?;
    ready_in(c, "fr").await?;
    wait_for(c, &check(Lang::Fr), "the bilingual mode after reload").await?;
    c.find(Locator::Css("[data-testid=bilingual-toggle]"))
        .await?
        .click()
        .await?;
    wait_for(
        c,
        "document.querySelectorAll('.bi__other').length === 0",
        "one language again",
    )
    .await?;
    Ok(())
}

pub async fn completing_a_lesson_shows_in_progress_and_resume(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let module = &catalog().modules[0];
    let lesson = &module.lessons[0];
    c.goto(&format!("{base}/en/")).await?;
    ready_in(c, "en").await?;
    assert!(text(c, "[data-testid=progress]")
        .await?
        .starts_with("0 of "));
    assert_eq!(
        eval(c, "!!document.querySelector('[data-testid=continue]')").await?,
        false
    );
    c.find(Locator::Css(".lesson-link__title"))
        .await?
        .click()
        .await?;
    wait_for(c, "document.querySelector('.lesson__title')", "the lesson").await?;
    wait_for(
        c,
        "document.activeElement === document.querySelector('main h1')",
        "focus on the lesson's heading",
    )
    .await?;

    // Reaching the end is not enough: the prompt must be answered or skipped.
    c.execute(
        "document.querySelector('[data-end]').scrollIntoView();",
        vec![],
    )
    .await?;
    let key = format!("{}/{}", module.id, lesson.id);
    stored(c, &key, "entry.reached_end === true").await?;
    assert_eq!(
        harness::eval_string(
            c,
            "document.querySelector('[data-testid=lesson-status]').dataset.complete"
        )
        .await?,
        "false"
    );
    assert_eq!(
        eval(
            c,
            "document.querySelector('[data-testid=guidance-toggle]').disabled"
        )
        .await?,
        true
    );
    click(c, "[data-testid=reflection-skip]").await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=lesson-status]').dataset.complete === 'true'",
        "the lesson completed",
    )
    .await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=announcer]').textContent === 'Lesson completed.'",
        "the completion announced",
    )
    .await?;
    // Focus moved on from the skip button, which is gone, to what it unlocked.
    wait_for(
        c,
        "document.activeElement === document.querySelector('[data-testid=guidance-toggle]')",
        "focus on the guidance button",
    )
    .await?;
    click(c, "[data-testid=guidance-toggle]").await?;
    wait_for(
        c,
        "!document.getElementById('guidance').hidden",
        "the guidance",
    )
    .await?;

    // The module page and the catalog show it. (Back at the top first, as a
    // reader would be: chromedriver does not scroll what the sticky header
    // covers.)
    c.execute("window.scrollTo(0, 0);", vec![]).await?;
    c.find(Locator::Css(".breadcrumbs li:nth-child(2) a"))
        .await?
        .click()
        .await?;
    wait_for(
        c,
        "document.querySelector('.module-page')",
        "the module page",
    )
    .await?;
    assert_eq!(path(c).await?, route::module(Lang::En, &module.id));
    wait_for(
        c,
        "document.activeElement === document.querySelector('main h1')",
        "focus on the module's heading",
    )
    .await?;
    assert_eq!(
        harness::eval_string(c, "document.querySelector('.lesson-link').dataset.status").await?,
        "status-completed"
    );
    assert_eq!(
        text(c, "[data-testid=progress]").await?,
        format!("1 of {} lessons completed", module.lessons.len())
    );
    c.find(Locator::Css(".breadcrumbs li:first-child a"))
        .await?
        .click()
        .await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=continue] a')",
        "the continue card",
    )
    .await?;
    let href = harness::eval_string(
        c,
        "document.querySelector('[data-testid=continue] a').getAttribute('href')",
    )
    .await?;
    assert!(
        href.starts_with(&route::lesson(Lang::En, &module.id, &lesson.id)),
        "continue leads to {href}"
    );
    assert!(text(c, "[data-testid=progress]")
        .await?
        .starts_with("1 of "));
    Ok(())
}

/// Presses a key in whatever has focus, as a keyboard user does.
async fn press(c: &Client, key: &str) -> Result<(), BoxError> {
    c.active_element().await?.send_keys(key).await?;
    Ok(())
}

const TAB: &str = "\u{e004}";
const ENTER: &str = "\u{e007}";

async fn focused(c: &Client) -> Result<String, BoxError> {
    harness::eval_string(
        c,
        "document.activeElement.dataset.testid || document.activeElement.className",
    )
    .await
}

pub async fn the_keyboard_alone_switches_mode_and_language_and_skips(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let module = &catalog().modules[0];
    let lesson = &module.lessons[0];
    open_lesson(c, base, Lang::En, &module.id, &lesson.id).await?;
    // From the top of the page: the skip link, the product name, the
    // reading mode, then the two languages.
    press(c, TAB).await?;
    assert_eq!(focused(c).await?, "skip-link");
    press(c, TAB).await?;
    press(c, TAB).await?;
    assert_eq!(focused(c).await?, "bilingual-toggle");
    press(c, " ").await?;
    wait_for(
        c,
        "document.querySelector('main .bi__other')",
        "both languages",
    )
    .await?;
    press(c, TAB).await?;
    press(c, TAB).await?;
    assert_eq!(focused(c).await?, "switch-fr");
    press(c, ENTER).await?;
    ready_in(c, "fr").await?;
    assert_eq!(focused(c).await?, "switch-fr", "focus stays on the switch");
    // The reflection's Skip button, then focus on what it unlocked.
    c.execute(
        "document.querySelector('[data-testid=reflection-skip]').focus();",
        vec![],
    )
    .await?;
    press(c, ENTER).await?;
    wait_for(
        c,
        "document.activeElement === document.querySelector('[data-testid=guidance-toggle]')",
        "focus on the guidance button",
    )
    .await?;
    press(c, ENTER).await?;
    wait_for(
        c,
        "!document.getElementById('guidance').hidden",
        "the guidance open",
    )
    .await?;
    Ok(())
}

/// The first lesson (in course order) that shows a figure, as the built site
/// serves it.
pub fn first_lesson_with_figure() -> Result<(String, LoadedLesson), BoxError> {
    let dist = harness::dist_dir()?;
    for module in &catalog().modules {
        for lesson in &module.lessons {
            let file = dist
                .join("content")
                .join(&module.id)
                .join(format!("{}.json", lesson.id));
            let json = std::fs::read_to_string(&file)?;
            let loaded = LoadedLesson::from_json(&file.display().to_string(), &json)?;
            if !loaded.lesson.figures.is_empty() {
                return Ok((module.id.clone(), loaded));
            }
        }
    }
    Err("no lesson of the course has a figure".into())
}

/// The labels of the figure's drawings, in order: `[lang, text]` per label
/// (its wrapped lines joined by spaces), for each drawing shown.
async fn figure_labels(c: &Client, figure: &str) -> Result<Vec<Vec<(String, String)>>, BoxError> {
    let found = eval(
        c,
        &format!(
            "Array.from(document.querySelectorAll(\"#figure-{figure} [data-testid=figure-drawing]\")).map(d => Array.from(d.querySelectorAll('text[data-label]')).map(t => [t.getAttribute('lang'), t.querySelector('tspan') ? Array.from(t.querySelectorAll('tspan')).map(s => s.textContent).join(' ') : t.textContent]))"
        ),
    )
    .await?;
    Ok(serde_json::from_value(found)?)
}

/// Issue 15: a figure's labels come from the lesson's Fluent text and
/// change language in place (the same drawing element, no reload), each
/// carrying its `lang`; bilingual mode adds the drawing in the other
/// language; the caption and text description are there in both.
pub async fn a_figures_labels_change_language_in_place(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    let (module, loaded) = first_lesson_with_figure()?;
    let figure = loaded.lesson.figures[0].clone();
    let expected = |lang: Lang| -> Vec<(String, String)> {
        figure
            .labels
            .iter()
            .map(|l| {
                let text = loaded
                    .text
                    .text(lang, &format!("figure-{}-label-{l}", figure.id));
                (
                    lang.tag().to_owned(),
                    text.split_whitespace().collect::<Vec<_>>().join(" "),
                )
            })
            .collect()
    };
    let normalise = |drawings: Vec<Vec<(String, String)>>| -> Vec<Vec<(String, String)>> {
        drawings
            .into_iter()
            .map(|d| {
                d.into_iter()
                    .map(|(l, t)| (l, t.split_whitespace().collect::<Vec<_>>().join(" ")))
                    .collect()
            })
            .collect()
    };
    open_lesson(c, base, Lang::En, &module, &loaded.lesson.id).await?;
    let filled = format!(
        "document.querySelector(\"#figure-{} text[data-label]\") && document.querySelector(\"#figure-{} text[data-label]\").textContent.length > 0",
        figure.id, figure.id
    );
    wait_for(c, &filled, "the figure's labels").await?;
    assert_eq!(
        normalise(figure_labels(c, &figure.id).await?),
        vec![expected(Lang::En)],
        "every label in English"
    );
    assert_ne!(
        expected(Lang::En),
        expected(Lang::Fr),
        "the labels differ by language"
    );
    // Mark the drawing: after the switch it must be the same element.
    c.execute(
        &format!("window.drawing = document.querySelector(\"#figure-{} [data-testid=figure-drawing]\"); return true;", figure.id),
        vec![],
    )
    .await?;
    super::pages::switch_language(c, Lang::Fr).await?;
    wait_for(
        c,
        &format!(
            "document.querySelector(\"#figure-{} text[data-label]\").getAttribute('lang') === 'fr'",
            figure.id
        ),
        "the labels in French",
    )
    .await?;
    assert_eq!(
        normalise(figure_labels(c, &figure.id).await?),
        vec![expected(Lang::Fr)],
        "every label in French"
    );
    let same = eval(
        c,
        &format!(
            "window.drawing.isConnected && window.drawing === document.querySelector(\"#figure-{} [data-testid=figure-drawing]\")",
            figure.id
        ),
    )
    .await?;
    assert_eq!(same, json!(true), "the labels changed in place");
    let name = eval(
        c,
        "window.drawing.getAttribute('role') + '|' + window.drawing.getAttribute('aria-label')",
    )
    .await?;
    let caption = loaded
        .text
        .text(Lang::Fr, &format!("figure-{}-caption", figure.id));
    assert_eq!(
        name,
        json!(format!("img|{caption}")),
        "named by its caption"
    );
    let described = eval(
        c,
        &format!(
            "document.getElementById(window.drawing.getAttribute('aria-describedby')).textContent.length > 0 && document.querySelector('#figure-{} details summary').textContent",
            figure.id
        ),
    )
    .await?;
    assert!(
        described.as_str().is_some_and(|s| !s.is_empty()),
        "a text description: {described}"
    );

    // Bilingual mode: the English drawing beside it, its labels in English.
    click(c, "[data-testid=bilingual-toggle]").await?;
    wait_for(
        c,
        &format!(
            "document.querySelectorAll(\"#figure-{} [data-testid=figure-drawing]\").length === 2 && document.querySelectorAll(\"#figure-{} [data-testid=figure-drawing]\")[1].querySelector('text').textContent.length > 0",
            figure.id, figure.id
        ),
        "the drawing in both languages",
    )
    .await?;
    assert_eq!(
        normalise(figure_labels(c, &figure.id).await?),
        vec![expected(Lang::Fr), expected(Lang::En)],
        "French, then English, each label with its lang"
    );
    Ok(())
}
