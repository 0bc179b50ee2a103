//! The learner's state for the whole visit, as signals pages read: their
//! progress and reading mode. Every rule of keeping progress (what is read,
//! merged, written, set aside, told) is `domain::learner::session::ProgressSession`'s;
//! this wrapper adds what only a browser has: the clock, the timers that
//! write a moment after the last change (typing saves once per pause, not
//! once per key) and retry a refused write, the `pagehide` and `storage`
//! events, and downloads.
//!
//! Progress is fine-grained: each lesson's entry is a signal of its own, so
//! that typing in a reflection redraws only what shows that lesson, while
//! readers of the whole progress (`with`) follow every change but the
//! workbook's, which has its own (`workbook`).

use crate::adapters::content::catalog;
use crate::adapters::storage::AppStore;
use crate::domain::learner::preferences::Preferences;
use crate::domain::learner::progress::{lesson_key, LessonProgress, Progress};
use crate::domain::learner::session::{self, ProgressSession, Touched};
use crate::domain::learner::soa::Workbook;
use crate::domain::shared::store::KeyValueStore;
use crate::ui::document::log_error;
use leptos::prelude::*;
use std::collections::BTreeSet;

pub use crate::domain::learner::session::Notice;

mod saving;

/// The browser's clock, in milliseconds since 1970.
fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// The last millisecond of today in the browser's time zone.
fn end_of_today() -> u64 {
    let day = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(now() as f64));
    day.set_hours(23);
    day.set_minutes(59);
    day.set_seconds(59);
    day.set_milliseconds(999);
    day.get_time() as u64
}

#[derive(Clone, Copy)]
pub struct Learner {
    session: StoredValue<ProgressSession, LocalStorage>,
    /// Notified at every change of the progress but the workbook's: what
    /// `with` follows.
    changed: Trigger,
    /// Notified at every change of the workbook: what `workbook` follows
    /// (typing a justification redraws no other page's readers).
    workbook: Trigger,
    /// Each lesson's entry as pages show it, made when first read and kept
    /// in step with the session.
    lessons: StoredValue<Vec<(String, ArcRwSignal<LessonProgress>)>, LocalStorage>,
    bilingual: RwSignal<bool>,
    /// The desired retention of spaced review, in percent.
    retention: RwSignal<u8>,
    /// Whether a change has not been written yet (or its write failed).
    unsaved: RwSignal<bool>,
    /// What the learner must be told about saving.
    notices: RwSignal<BTreeSet<Notice>>,
    /// Whether the browser agreed to keep storage.
    persisted: RwSignal<Option<bool>>,
    /// Whether writes reach the browser's storage (not memory only).
    persistent: bool,
    store: StoredValue<AppStore, LocalStorage>,
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl Learner {
    /// Reads what is stored and provides the state to every component below.
    pub fn provide(store: AppStore) -> Learner {
        let key = crate::domain::learner::progress::storage_key();
        let mut session = ProgressSession::open(store.as_store(), &known, now());
        session.take_errors().iter().for_each(|e| log_error(e));
        let prefs = Preferences::load(store.as_store()).unwrap_or_default();
        let persistent = matches!(store, AppStore::Browser(_));
        let learner = Learner {
            notices: RwSignal::new(session.notices().clone()),
            session: StoredValue::new_local(session),
            changed: Trigger::new(),
            workbook: Trigger::new(),
            lessons: StoredValue::new_local(Vec::new()),
            bilingual: RwSignal::new(prefs.bilingual),
            retention: RwSignal::new(prefs.retention()),
            unsaved: RwSignal::new(false),
            persisted: RwSignal::new(None),
            persistent,
            store: StoredValue::new_local(store),
            pending: StoredValue::new_local(None),
        };
        provide_context(learner);
        let leaving = window_event_listener_untyped("pagehide", move |_| learner.save_now());
        // Another tab saved: take in what it did, item by item, at once.
        let other_tab = window_event_listener(leptos::ev::storage, move |e| {
            let ours = e
                .key()
                .and_then(|k| learner.store.with_value(|s| s.own_key(&k)));
            if ours.as_deref() != Some(key.as_str()) {
                return;
            }
            if let Some(text) = e.new_value() {
                learner.touch(&mut |s| s.take_in(&text));
            }
        });
        on_cleanup(move || {
            leaving.remove();
            other_tab.remove();
        });
        if persistent {
            learner.ask_to_persist();
        }
        learner
    }

    /// Asks the browser to keep this site's storage even when space runs
    /// low (`navigator.storage.persist()`), and remembers the answer.
    fn ask_to_persist(&self) {
        #[cfg(target_arch = "wasm32")]
        {
            let persisted = self.persisted;
            let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
                return;
            };
            let Ok(promise) = manager.persist() else {
                return;
            };
            leptos::task::spawn_local(async move {
                let granted = wasm_bindgen_futures::JsFuture::from(promise).await;
                persisted.set(granted.ok().and_then(|v| v.as_bool()));
            });
        }
    }

    /// Runs `op` on the session with the store (`None` once the app is
    /// gone).
    fn edit<R>(&self, op: impl FnOnce(&mut ProgressSession, &dyn KeyValueStore) -> R) -> Option<R> {
        let (mut op, mut out) = (Some(op), None);
        self.edit_with(&mut |s, store| out = op.take().map(|op| op(s, store)));
        out
    }

    /// What `edit` does, compiled once rather than once per operation.
    fn edit_with(&self, op: &mut dyn FnMut(&mut ProgressSession, &dyn KeyValueStore)) {
        _ = self
            .store
            .try_with_value(|store| self.session.try_update_value(|s| op(s, store.as_store())));
    }

    /// Runs a change on the session, brings the signals in step with what
    /// it touched, and returns it.
    fn touch(&self, op: &mut dyn FnMut(&mut ProgressSession) -> Touched) -> Touched {
        let mut touched = Touched::Nothing;
        self.edit_with(&mut |s, _| touched = op(s));
        self.refresh(&touched);
        touched
    }

    /// Brings the signals in step with the session: the notices and
    /// `unsaved` when they differ (so that screen readers do not hear the
    /// banners again after every save), and whatever part of the progress
    /// was touched. Logs the errors the session met.
    fn refresh(&self, touched: &Touched) {
        let state = self.session.try_update_value(|s| {
            let notices = self
                .notices
                .with_untracked(|n| n != s.notices())
                .then(|| s.notices().clone());
            (notices, s.has_unsaved(), s.take_errors())
        });
        let Some((notices, unsaved, errors)) = state else {
            return;
        };
        errors.iter().for_each(|e| log_error(e));
        if let Some(notices) = notices {
            self.notices.set(notices);
        }
        if self.unsaved.get_untracked() != unsaved {
            self.unsaved.set(unsaved);
        }
        if matches!(touched, Touched::Workbook | Touched::All) {
            self.workbook.notify();
        }
        if matches!(touched, Touched::Nothing | Touched::Workbook) {
            return;
        }
        self.changed.notify();
        let shows = |key: &String| match touched {
            Touched::All => true,
            Touched::Lesson(touched) => touched == key,
            _ => false,
        };
        // Notifying schedules effects and marks memos; nothing runs before
        // these borrows end.
        self.lessons.with_value(|signals| {
            self.session.with_value(|s| {
                for (key, signal) in signals.iter().filter(|(key, _)| shows(key)) {
                    let entry = s.progress().lessons.get(key);
                    signal.maybe_update(|shown| match entry {
                        Some(entry) if entry != shown => {
                            shown.clone_from(entry);
                            true
                        }
                        None if *shown != LessonProgress::default() => {
                            *shown = LessonProgress::default();
                            true
                        }
                        _ => false,
                    });
                }
            })
        });
    }

    /// Whether the browser agreed to keep storage (tracked; `None` until it
    /// answers, or where it cannot be asked).
    pub fn persisted(&self) -> Option<bool> {
        self.persisted.get()
    }

    /// What the learner must know about their saved progress (tracked).
    pub fn notices(&self) -> BTreeSet<Notice> {
        self.notices.get()
    }

    /// The document that could not be used in full, as it was stored: this
    /// visit's, else an earlier visit's copy kept in storage.
    pub fn unreadable_copy(&self) -> Option<String> {
        self.store.with_value(|store| {
            self.session
                .with_value(|s| s.unreadable_copy(store.as_store()))
        })
    }
    /// Whether some of this visit's work is not in the browser's storage
    /// (untracked).
    pub fn has_unsaved(&self) -> bool {
        self.unsaved.get_untracked()
    }

    /// Reads the progress (tracked: the caller re-runs at every change of
    /// it; see [`Learner::lesson`] for one lesson's entry).
    pub fn with<R>(&self, read: impl FnOnce(&Progress) -> R) -> R {
        self.changed.track();
        self.session.with_value(|s| read(s.progress()))
    }

    /// Reads the Statement of Applicability workbook (tracked: the caller
    /// re-runs at every change of the workbook, and only of it).
    pub fn workbook<R>(&self, read: impl FnOnce(&Workbook) -> R) -> R {
        self.workbook.track();
        self.session.with_value(|s| read(&s.progress().workbook))
    }

    /// A lesson's entry as a signal that changes only when that entry does.
    pub fn lesson_entry(&self, module: &str, lesson: &str) -> ReadSignal<LessonProgress> {
        self.lesson_signal(module, lesson).read_only().into()
    }

    /// A lesson's entry (tracked: only a change to that lesson re-runs the
    /// caller).
    pub fn lesson(&self, module: &str, lesson: &str) -> LessonProgress {
        self.lesson_signal(module, lesson).get()
    }

    fn lesson_signal(&self, module: &str, lesson: &str) -> ArcRwSignal<LessonProgress> {
        let key = lesson_key(module, lesson);
        let made = self.lessons.with_value(|l| {
            l.iter()
                .find_map(|(k, signal)| (*k == key).then(|| signal.clone()))
        });
        if let Some(signal) = made {
            return signal;
        }
        let entry = self
            .session
            .with_value(|s| s.progress().lesson(module, lesson));
        let signal = ArcRwSignal::new(entry);
        self.lessons.update_value(|l| l.push((key, signal.clone())));
        signal
    }
    /// The whole progress, untracked (for export).
    pub fn snapshot(&self) -> Progress {
        self.session.with_value(|s| s.progress().clone())
    }

    /// Every key this app stored, with its size in bytes (UTF-16 code units,
    /// as browsers count them against the quota).
    pub fn stored_sizes(&self) -> Vec<(String, usize)> {
        self.store
            .with_value(|s| session::stored_sizes(s.as_store()))
    }

    /// Whether every change so far is in the browser's storage (tracked).
    pub fn all_saved(&self) -> bool {
        self.persistent && !self.unsaved.get()
    }

    /// Whether lessons show both languages (tracked).
    pub fn bilingual(&self) -> bool {
        self.bilingual.get()
    }

    /// The desired retention of spaced review, in percent (tracked).
    pub fn retention(&self) -> u8 {
        self.retention.get()
    }

    /// When a question is next due for review (tracked), if it was ever
    /// answered.
    pub fn next_review(&self, item: &crate::domain::learner::review::Item) -> Option<u64> {
        let retention = self.retention();
        self.with(|p| {
            p.reviews
                .get(&item.key())
                .and_then(|log| crate::domain::learner::review::schedule(log, retention))
                .map(|s| s.due)
        })
    }

    /// The review queue now: every question due, interleaved across
    /// modules, and when the next falls due (tracks progress and the
    /// retention). Questions of modules or lessons the course no longer
    /// has are left out.
    pub fn review_queue(&self) -> crate::domain::learner::review::Queue {
        let retention = self.retention();
        self.with(|p| crate::ui::lazy::queue_of(&p.reviews, end_of_today(), retention))
    }

    /// Every question's review log (tracked), for the count of those due.
    pub fn review_logs(
        &self,
    ) -> std::collections::BTreeMap<String, Vec<crate::domain::learner::review::Review>> {
        self.with(|p| p.reviews.clone())
    }

    /// The last millisecond of the learner's day, by the browser's clock
    /// and time zone: a question is due today if it falls due by then.
    pub fn end_of_today(&self) -> u64 {
        end_of_today()
    }
}

/// Whether the course has a module, or a lesson of it: what stored parts
/// and assignment links may name.
pub fn known(module: &str, lesson: Option<&str>) -> bool {
    catalog()
        .module(module)
        .is_some_and(|s| lesson.is_none_or(|l| s.lessons.iter().any(|x| x.id == l)))
}

/// The learner state provided by `App` (or `ui::app::Standalone`); a
/// missing provider fails at once.
pub fn use_learner() -> Learner {
    expect_context::<Learner>()
}
