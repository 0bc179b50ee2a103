use crate::domain::learner::review::RETENTION_RANGE;
use crate::ui::format::percent_text;
use crate::ui::i18n::use_i18n;
use crate::ui::learner::use_learner;
use leptos::prelude::*;

/// The desired retention of spaced review, in percent (data page). A whole
/// number in `RETENTION_RANGE` is kept at once and said in the status line;
/// anything else is refused there, and the value in force stays.
#[component]
pub fn RetentionSetting() -> impl IntoView {
    let i18n = use_i18n();
    let learner = use_learner();
    let typed = RwSignal::new(String::new());
    // What is in force, also after an import brings another value.
    Effect::new(move |_| typed.set(learner.retention().to_string()));
    // `None`: nothing said yet; `Some(Ok(percent))` kept; `Some(Err(()))` refused.
    let outcome = RwSignal::new(None::<Result<u8, ()>>);
    let apply = move || {
        let text = typed.get_untracked();
        match text.trim().parse::<u8>() {
            Ok(n) if RETENTION_RANGE.contains(&n) => {
                learner.set_retention(n);
                outcome.set(Some(Ok(n)));
            }
            _ => outcome.set(Some(Err(()))),
        }
    };
    let said = move || {
        outcome.get().map(|o| match o {
            Ok(n) => i18n.t_args(
                "settings-retention-saved",
                &[("percent", percent_text(n, i18n.lang()).into())],
            ),
            Err(()) => i18n.t("settings-retention-invalid"),
        })
    };
    view! {
        <section aria-labelledby="retention-heading">
            <h2 id="retention-heading">{i18n.tr("settings-retention-heading")}</h2>
            <p id="retention-help">{i18n.tr("settings-retention-help")}</p>
            <form class="settings__retention" on:submit=move |ev| { ev.prevent_default(); apply(); }>
                <label for="retention">{i18n.tr("settings-retention-label")}</label>
                <input id="retention" class="field settings__retention-input" type="number" inputmode="numeric" data-testid="retention"
                    min=*RETENTION_RANGE.start() max=*RETENTION_RANGE.end() step="1"
                    aria-describedby="retention-help"
                    aria-invalid=move || matches!(outcome.get(), Some(Err(()))).to_string()
                    prop:value=move || typed.get()
                    on:input=move |ev| typed.set(event_target_value(&ev))
                    on:change=move |_| apply()/>
                <button type="submit" class="button" data-testid="retention-save">{i18n.tr("settings-retention-save")}</button>
            </form>
            <p role="status" data-testid="retention-status">{said}</p>
        </section>
    }
}
