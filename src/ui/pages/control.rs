use super::controls::with_controls;
use crate::ui::components::{ControlDetail, Loader};
use leptos::prelude::*;
use std::rc::Rc;

/// One control's page, `/<lang>/controls/<number>`; the router lets only the
/// 93 numbers of the 2022 edition through.
#[component]
pub fn ControlPage(number: String) -> impl IntoView {
    let load =
        with_controls(move |data| view! { <ControlDetail data number=number.clone()/> }.into_any());
    view! { <Loader load=Rc::new(load)/> }
}
