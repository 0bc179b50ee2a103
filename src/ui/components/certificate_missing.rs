use crate::adapters::content::catalog;
use crate::domain::shared::route;
use crate::domain::trainer::certificate::Missing;
use crate::ui::format::percent_text;
use crate::ui::i18n::{localized_text, use_i18n};
use leptos::prelude::*;

/// What stands between the learner and a certificate: each module not yet
/// passed (with the best score so far and the pass mark, linking to its
/// checkpoint), each lesson not yet read to the end (linking to it).
#[component]
pub fn CertificateMissing(missing: Vec<Missing>) -> impl IntoView {
    let i18n = use_i18n();
    let items = missing
        .into_iter()
        .map(|m| match m {
            Missing::Module {
                module,
                best,
                pass_mark,
            } => {
                let title = catalog().module(&module).map(|s| localized_text(&s.title));
                let href = {
                    let module = module.clone();
                    move || route::checkpoint(i18n.lang(), &module)
                };
                let label = move || {
                    title
                        .as_ref()
                        .map_or_else(|| module.clone(), |t| t(i18n.lang()))
                };
                let said = move || {
                    let lang = i18n.lang();
                    let mark = percent_text(pass_mark, lang);
                    match best {
                        Some(best) => i18n.t_args(
                            "certificate-missing-below",
                            &[
                                ("best", percent_text(best, lang).into()),
                                ("mark", mark.into()),
                            ],
                        ),
                        None => {
                            i18n.t_args("certificate-missing-untried", &[("mark", mark.into())])
                        }
                    }
                };
                view! {
                    <li data-missing="module">
                        <a href=href>{label}</a>
                        " – "
                        <span>{said}</span>
                    </li>
                }
                .into_any()
            }
            Missing::Lesson { module, lesson } => {
                let title = catalog()
                    .module(&module)
                    .and_then(|m| m.lessons.iter().find(|l| l.id == lesson))
                    .map(|l| localized_text(&l.title));
                let fallback = lesson.clone();
                let label = move || {
                    title
                        .as_ref()
                        .map_or_else(|| fallback.clone(), |t| t(i18n.lang()))
                };
                view! {
                    <li data-missing="lesson">
                        <a href=move || route::lesson(i18n.lang(), &module, &lesson)>{label}</a>
                        " – "
                        <span>{i18n.tr("certificate-missing-lesson")}</span>
                    </li>
                }
                .into_any()
            }
        })
        .collect_view();
    view! {
        <section class="certificate-page__missing" aria-labelledby="certificate-missing" data-testid="certificate-missing">
            <h2 id="certificate-missing">{i18n.tr("certificate-missing-heading")}</h2>
            <p>{i18n.tr("certificate-missing-intro")}</p>
            <ul>{items}</ul>
        </section>
    }
}
