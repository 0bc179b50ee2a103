use super::Controls;
use crate::domain::content::lesson::Accepted;
use crate::domain::learner::scoring::Answer;
use crate::domain::shared::language::Lang;
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// Short text: a field and Check (Enter checks too). What is typed is the
/// draft, kept when the learner tries again. Once answered other than
/// right, an accepted answer is shown.
#[component]
pub fn ShortText(
    /// The accepted answers.
    accept: Accepted,
    /// The question's element id; the field's is derived from it.
    anchor: String,
    /// The credit of the answer given, once there is one.
    credit: Memo<Option<f64>>,
    controls: Controls,
) -> impl IntoView {
    let i18n = use_i18n();
    let typed = RwSignal::new(match controls.answer.get_untracked() {
        Some(Answer::Text(t)) => t,
        _ => String::new(),
    });
    let input_id = format!("{anchor}-input");
    // An accepted answer in the page's language, else the other's.
    let (en, fr) = (accept.en.first(), accept.fr.first());
    let example = en.or(fr).cloned().unwrap_or_default();
    let example_fr = fr.or(en).cloned().unwrap_or_default();
    let accepted = move || {
        credit.get().is_some_and(|c| c < 1.0).then(|| {
            let shown = if i18n.lang() == Lang::Fr { &example_fr } else { &example };
            view! { <p class="question__accepted">{i18n.t_args("quiz-accepted", &[("answer", shown.clone().into())])}</p> }
        })
    };
    view! {
        <form class="question__text-answer" on:submit=move |ev| {
            ev.prevent_default();
            controls.on_check.run(Answer::Text(typed.get_untracked()));
        }>
            <label for=input_id.clone()>{i18n.tr("quiz-your-answer")}</label>
            <input id=input_id type="text" autocomplete="off" spellcheck="false"
                prop:value=move || typed.get() readonly=controls.locked
                on:input=move |ev| typed.set(event_target_value(&ev))/>
            <button type="submit" class="button question__check" aria-disabled=controls.aria_locked>
                {i18n.tr("quiz-check")}
            </button>
        </form>
        {accepted}
    }
}
