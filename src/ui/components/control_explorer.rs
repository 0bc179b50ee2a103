use crate::adapters::content::LoadedControls;
use crate::domain::content::controls::filter::Filter;
use crate::ui::components::{ControlFilters, ControlResults};
use crate::ui::i18n::use_i18n;
use crate::ui::router::use_location;
use leptos::prelude::*;
use std::sync::Arc;

/// The controls explorer once its data has arrived: the filter is the
/// address's query, so a shared or bookmarked address, Back and Forward,
/// and a language switch (which keeps the query) all show the same view.
/// Parts of a tampered address that mean nothing are named, not obeyed.
#[component]
pub fn ControlExplorer(data: Arc<LoadedControls>) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let read = Memo::new(move |_| Filter::parse(&location.address().query));
    let filter = Memo::new(move |_| read.with(|p| p.filter.clone()));
    let ignored = move || {
        read.with(|p| {
            (!p.ignored.is_empty()).then(|| {
                // A forged address may carry thousands of parts: a few are named.
                let mut parts: Vec<String> = p
                    .ignored
                    .iter()
                    .take(5)
                    .map(|part| part.chars().take(40).collect())
                    .collect();
                if p.ignored.len() > 5 {
                    parts.push(format!("… (+{})", p.ignored.len() - 5));
                }
                let parts = parts.join(", ");
                view! {
                    <p class="controls__ignored" role="note" data-testid="controls-ignored">
                        {i18n.t_args("controls-ignored", &[("parts", parts.into())])}
                    </p>
                }
            })
        })
    };
    view! {
        <div class="controls__explorer">
            {ignored}
            <ControlFilters data=data.clone() filter/>
            <div class="controls__results">
                <ControlResults data filter/>
            </div>
            <p class="controls__hint">{i18n.tr("controls-summary-note")}</p>
        </div>
    }
}
