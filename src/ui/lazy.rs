//! Pages whose code is fetched when they are first opened, not on a
//! learner's first visit (the catalog, a module, a lesson): the trainer's
//! pages, the data page, an accepted assignment, the controls explorer, a
//! control's page, the workbook, a checkpoint, spaced review and the
//! certificate of completion; the review scheduler, which the catalog
//! calls to count what is due; and what connects to an LMS, which only a
//! SCORM package's page calls.
//!
//! In the release build (`scripts/dist.sh` sets `--cfg savoir_split` and
//! links with `--emit-relocs`), each function below is a split point of
//! Leptos's `wasm_split`: `wasm-split-cli` moves the code only it reaches
//! into a chunk of its own (code two pages share into a shared chunk), and
//! calling it fetches the chunk first (`scripts/split/wasm-bindgen`,
//! `scripts/trunk-post-build.sh`). Everywhere else (development builds,
//! component tests) the same functions are plain `async fn`s, so that no
//! build needs the splitter to run.
//!
//! A page is shown through the content [`Loader`]: a localised status
//! while its code arrives, then the page; a failed fetch is said with a
//! retry (`fallible`: it never stops the app), and the service worker keeps
//! every chunk for offline use once installed.

// The split points expand to the chunk loader's foreign functions.
#![allow(unsafe_code)]

use crate::adapters::content::ContentError;
use crate::ui::components::{LoadFuture, Loader, Ready};
use crate::ui::pages::{
    AssignmentPage, CertificatePage, CheckpointPage, ControlPage, ControlsPage, DashboardPage,
    ReviewPage, SettingsPage, TrainerPage, WorkbookPage,
};
use leptos::prelude::*;
use std::rc::Rc;

/// Defines a page's split point: `$name($args) -> Ready`, in chunk `$chunk`.
macro_rules! split_page {
    ($chunk:ident, fn $name:ident($($arg:ident: $ty:ty),*) $body:block) => {
        #[cfg(savoir_split)]
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name($($arg: $ty),*) -> Result<Ready, ContentError> {
            Ok($body)
        }

        #[cfg(not(savoir_split))]
        async fn $name($($arg: $ty),*) -> Result<Ready, ContentError> {
            Ok($body)
        }
    };
}

split_page!(
    trainer,
    fn trainer() {
        Rc::new(|| view! { <TrainerPage/> }.into_any())
    }
);
split_page!(
    dashboard,
    fn dashboard() {
        Rc::new(|| view! { <DashboardPage/> }.into_any())
    }
);
split_page!(
    settings,
    fn settings() {
        Rc::new(|| view! { <SettingsPage/> }.into_any())
    }
);
split_page!(
    assignment,
    fn assignment() {
        Rc::new(|| view! { <AssignmentPage/> }.into_any())
    }
);
split_page!(
    controls,
    fn controls() {
        Rc::new(|| view! { <ControlsPage/> }.into_any())
    }
);
split_page!(
    control,
    fn control(number: String) {
        Rc::new(move || view! { <ControlPage number=number.clone()/> }.into_any())
    }
);
split_page!(
    workbook,
    fn workbook() {
        Rc::new(|| view! { <WorkbookPage/> }.into_any())
    }
);
split_page!(
    checkpoint,
    fn checkpoint(module: String) {
        Rc::new(move || view! { <CheckpointPage module=module.clone()/> }.into_any())
    }
);
split_page!(
    review,
    fn review() {
        Rc::new(|| view! { <ReviewPage/> }.into_any())
    }
);
split_page!(
    certificate,
    fn certificate() {
        Rc::new(|| view! { <CertificatePage/> }.into_any())
    }
);

/// How many questions of `reviews` are due by `now` (the end of the
/// learner's day: `domain::learner::review`): the scheduler's code is in a
/// chunk of its own, so that the catalog can count the questions due
/// without FSRS in the first load. Questions the course no longer has are
/// left out.
#[cfg(savoir_split)]
#[leptos::wasm_split::wasm_split(schedule, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn due_count(
    reviews: std::collections::BTreeMap<String, Vec<crate::domain::learner::review::Review>>,
    now: u64,
    retention: u8,
) -> Result<usize, ContentError> {
    Ok(queue_of(&reviews, now, retention).due.len())
}

/// How many questions are due (see the split build's `due_count`).
#[cfg(not(savoir_split))]
pub async fn due_count(
    reviews: std::collections::BTreeMap<String, Vec<crate::domain::learner::review::Review>>,
    now: u64,
    retention: u8,
) -> Result<usize, ContentError> {
    Ok(queue_of(&reviews, now, retention).due.len())
}

/// What connects to the LMS around a SCORM package's page
/// (`ui::scorm::connect`): in a chunk of its own, which only a package's
/// page fetches.
#[cfg(savoir_split)]
#[leptos::wasm_split::wasm_split(scorm, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn lms_connector() -> Result<Rc<dyn Fn(crate::ui::learner::Learner)>, ContentError> {
    Ok(Rc::new(crate::ui::scorm::connect))
}

/// What connects to the LMS (see the split build's `lms_connector`).
#[cfg(not(savoir_split))]
pub async fn lms_connector() -> Result<Rc<dyn Fn(crate::ui::learner::Learner)>, ContentError> {
    Ok(Rc::new(crate::ui::scorm::connect))
}

/// What sends statements to an LRS (`ui::lrs::start`): in a chunk of its
/// own, which only a learner sending for an assignment fetches.
#[cfg(savoir_split)]
#[leptos::wasm_split::wasm_split(lrs, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn lrs_sender() -> Result<Rc<dyn Fn(crate::ui::lrs::Sender)>, ContentError> {
    Ok(Rc::new(crate::ui::lrs::start))
}

/// What sends statements to an LRS (see the split build's `lrs_sender`).
#[cfg(not(savoir_split))]
pub async fn lrs_sender() -> Result<Rc<dyn Fn(crate::ui::lrs::Sender)>, ContentError> {
    Ok(Rc::new(crate::ui::lrs::start))
}

/// The review queue, computed here (the review page, whose code is
/// already in the scheduler's chunk, calls it directly). Questions the
/// course no longer has are left out.
pub fn queue_of(
    reviews: &std::collections::BTreeMap<String, Vec<crate::domain::learner::review::Review>>,
    now: u64,
    retention: u8,
) -> crate::domain::learner::review::Queue {
    use crate::adapters::content::catalog;
    use crate::domain::learner::review::{queue, Item};
    use crate::ui::learner::known;
    queue(reviews, now, retention, |item| match item {
        Item::Checkpoint { module, question } => catalog()
            .module(module)
            .is_some_and(|m| m.questions.iter().any(|q| q == question)),
        Item::Exercise { module, lesson } => known(module, Some(lesson)),
    })
}

/// A page that [`lazy`] can show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LazyPage {
    Trainer,
    Dashboard,
    Settings,
    Assignment,
    Controls,
    Control(String),
    Workbook,
    /// A module's checkpoint, by module id.
    Checkpoint(String),
    Review,
    Certificate,
}

/// Shows `page` once its code is here (at once where it is in the main
/// module or was fetched before), and in the release build its interface
/// text too (`locales/<lang>/pages/`, fetched with the first such page and
/// at the same time as its code).
pub fn lazy(page: LazyPage) -> AnyView {
    #[cfg(savoir_split)]
    let source = crate::ui::app::use_content_source();
    let load = move || -> LoadFuture {
        let code: LoadFuture = match page.clone() {
            LazyPage::Trainer => Box::pin(trainer()),
            LazyPage::Dashboard => Box::pin(dashboard()),
            LazyPage::Settings => Box::pin(settings()),
            LazyPage::Assignment => Box::pin(assignment()),
            LazyPage::Controls => Box::pin(controls()),
            LazyPage::Control(number) => Box::pin(control(number)),
            LazyPage::Workbook => Box::pin(workbook()),
            LazyPage::Checkpoint(module) => Box::pin(checkpoint(module)),
            LazyPage::Review => Box::pin(review()),
            LazyPage::Certificate => Box::pin(certificate()),
        };
        #[cfg(savoir_split)]
        {
            let source = source.clone();
            Box::pin(async move {
                let text = crate::adapters::content::fetch_page_text(&source);
                let (text, code) = both(text, code).await;
                // Either missing, the page could not be loaded: said so, with
                // a retry (the code's own error first).
                let page = code?;
                text.map_err(|e| ContentError::Code {
                    cause: e.to_string(),
                })?;
                Ok(page)
            })
        }
        #[cfg(not(savoir_split))]
        code
    };
    view! { <Loader load=Rc::new(load) loading="page-loading"/> }.into_any()
}

/// Runs two futures at once (both requests in flight together) and gives
/// both outputs.
#[cfg(savoir_split)]
async fn both<A: std::future::Future, B: std::future::Future>(
    a: A,
    b: B,
) -> (A::Output, B::Output) {
    use std::task::Poll;
    let (mut a, mut b) = (Box::pin(a), Box::pin(b));
    let (mut done_a, mut done_b) = (None, None);
    std::future::poll_fn(move |cx| {
        if done_a.is_none() {
            if let Poll::Ready(out) = a.as_mut().poll(cx) {
                done_a = Some(out);
            }
        }
        if done_b.is_none() {
            if let Poll::Ready(out) = b.as_mut().poll(cx) {
                done_b = Some(out);
            }
        }
        match (done_a.take(), done_b.take()) {
            (Some(a), Some(b)) => Poll::Ready((a, b)),
            (a, b) => {
                done_a = a;
                done_b = b;
                Poll::Pending
            }
        }
    })
    .await
}

#[cfg(savoir_split)]
impl From<leptos::wasm_split::SplitLoaderError> for ContentError {
    fn from(e: leptos::wasm_split::SplitLoaderError) -> ContentError {
        ContentError::Code {
            cause: e.to_string(),
        }
    }
}
