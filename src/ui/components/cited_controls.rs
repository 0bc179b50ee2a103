use crate::domain::content::lesson::ControlRef;
use crate::domain::shared::route;
use crate::ui::components::BiText;
use crate::ui::i18n::{localized_text, use_i18n};
use leptos::prelude::*;

/// The controls a lesson teaches, each a link to its page in the controls
/// explorer; nothing for a lesson that teaches none.
#[component]
pub fn CitedControls(controls: Vec<ControlRef>) -> impl IntoView {
    let i18n = use_i18n();
    (!controls.is_empty()).then(|| {
        let links = controls
            .into_iter()
            .map(|c| {
                let number = c.number.clone();
                view! {
                    <li>
                        <a href=move || route::control(i18n.lang(), &number)>
                            {c.number.clone()}" "<BiText text=localized_text(&c.name)/>
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <aside class="lesson__controls" aria-labelledby="lesson-controls" data-testid="cited-controls">
                <h2 id="lesson-controls">{i18n.tr("controls-cited")}</h2>
                <ul class="lesson__control-list">{links}</ul>
            </aside>
        }
    })
}
