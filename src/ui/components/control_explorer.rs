use crate::adapters::content::LoadedControls;
use crate::domain::content::controls::filter::Filter;
use crate::ui::components::{ControlFilters, ControlResults};
use crate::ui::i18n::use_i18n;
use crate::ui::router::{use_location, Location};
use leptos::prelude::*;
use std::sync::Arc;

/// The filter the explorer shows, and how many of its own address writes
/// are still to come.
#[derive(Clone, Copy)]
pub struct ShownFilter {
    pub shown: RwSignal<Filter>,
    pending: StoredValue<u32>,
    location: Location,
}

impl ShownFilter {
    /// Shows `filter` at once, then writes it to the address (replacing the
    /// current history entry if `replace`). The address is written after the
    /// list has been redrawn: `history.pushState` alone took about 9 ms of the
    /// filter's 16 ms budget (4x CPU throttling). Until the write is done,
    /// the address is behind the list and must not be read back into it, or
    /// fast typing would lose letters.
    pub fn change(self, filter: Filter, replace: bool) {
        let query = filter.to_query();
        self.shown.set(filter);
        self.pending.update_value(|n| *n += 1);
        set_timeout(
            move || {
                self.location.set_query(&query, replace);
                self.pending.update_value(|n| *n = n.saturating_sub(1));
            },
            std::time::Duration::ZERO,
        );
    }
}

/// The controls explorer once its data has arrived: the filter is the
/// address's query, so a shared or bookmarked address, Back and Forward,
/// and a language switch (which keeps the query) all show the same view.
/// Parts of a tampered address that mean nothing are named, not obeyed.
#[component]
pub fn ControlExplorer(data: Arc<LoadedControls>) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let read = Memo::new(move |_| Filter::parse(&location.address().query));
    let filter = ShownFilter {
        shown: RwSignal::new(read.with_untracked(|p| p.filter.clone())),
        pending: StoredValue::new(0),
        location,
    };
    // The address changed otherwise than by our own writes (Back, Forward,
    // a language switch): the list follows it.
    Effect::new(move |_| {
        read.with(|p| {
            let ours = filter.pending.get_value() > 0;
            if !ours && filter.shown.with_untracked(|f| *f != p.filter) {
                filter.shown.set(p.filter.clone());
            }
        })
    });
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
            <ControlFilters data=data.clone() shown=filter/>
            <div class="controls__results">
                <ControlResults data filter=filter.shown.into()/>
            </div>
            <p class="controls__hint">{i18n.tr("controls-summary-note")}</p>
        </div>
    }
}
