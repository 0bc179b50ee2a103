use super::controls::with_controls;
use crate::ui::components::{Loader, PageFrame, SoaWorkbook};
use crate::ui::i18n::use_i18n;
use leptos::prelude::*;
use std::rc::Rc;

/// The Statement of Applicability workbook, `/<lang>/controls/soa`: the
/// course's closing exercise. What a real one must hold is said first; the
/// workbook itself needs the controls' data, fetched as for the explorer.
#[component]
pub fn WorkbookPage() -> impl IntoView {
    let i18n = use_i18n();
    let load = with_controls(|data| view! { <SoaWorkbook data/> }.into_any());
    view! {
        <PageFrame class="soa" title="soa-title" intro="soa-intro" controls=true>
            <section class="soa__requirements" aria-labelledby="soa-requirements">
                <h2 id="soa-requirements">{i18n.tr("soa-requirements-heading")}</h2>
                <p>{i18n.tr("soa-requirements")}</p>
                <ul>
                    <li>{i18n.tr("soa-requirement-controls")}</li>
                    <li>{i18n.tr("soa-requirement-inclusion")}</li>
                    <li>{i18n.tr("soa-requirement-implemented")}</li>
                    <li>{i18n.tr("soa-requirement-exclusion")}</li>
                </ul>
                <p>{i18n.tr("soa-other-sources")}</p>
            </section>
            <Loader load=Rc::new(load)/>
        </PageFrame>
    }
}
