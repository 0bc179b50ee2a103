//! The learner's accepted assignments, as a signal every page can read, and
//! the one place that stores them (through the storage adapter, in their own
//! document) and makes result files from them.

use crate::adapters::storage::AppStore;
use crate::domain::shared::calendar::date_of;
use crate::domain::shared::language::Lang;
use crate::domain::shared::store::DocumentError;
use crate::domain::trainer::assigned::{Assigned, Signature};
use crate::domain::trainer::assignment::Assignment;
use crate::ui::i18n::{message, message_args};
use crate::ui::learner::known;
use leptos::prelude::*;

/// Accepted assignments and the learner's signature.
#[derive(Clone, Copy)]
pub struct Assignments {
    assigned: RwSignal<Assigned>,
    store: StoredValue<AppStore, LocalStorage>,
    /// Why the stored document could not be read, if it could not: nothing
    /// is written over it then, and the catalog says so (tracked).
    problem: RwSignal<Option<DocumentError>>,
}

/// The interface message that explains why accepted assignments cannot be
/// read or kept.
pub fn problem_message(e: &DocumentError) -> &'static str {
    use crate::domain::shared::store::StoreError;
    match e {
        DocumentError::NewerSchema(_) => "assignments-problem-newer",
        DocumentError::Corrupt(_) => "assignments-problem-unreadable",
        DocumentError::Store(StoreError::QuotaExceeded) => "assignments-problem-full",
        DocumentError::Store(_) => "assignments-problem-storage",
    }
}

/// The learner's date today, `YYYY-MM-DD`, in their time zone.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    let offset = -(now.get_timezone_offset() as i32);
    date_of(now.get_time() as u64, offset)
}

/// An assignment's title in `lang`: "Assignment: <group>", or
/// "Assignment" when the trainer gave no group label.
pub fn assignment_title(group: &str, lang: Lang) -> String {
    if group.is_empty() {
        message(lang, "assignment-title")
    } else {
        message_args(
            lang,
            "assignment-title-group",
            &[("group", group.to_owned().into())],
        )
    }
}

/// Milliseconds since 1970.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

impl Assignments {
    /// Reads what is stored and provides it to every component below.
    pub fn provide(store: AppStore) -> Assignments {
        let (assigned, problem) = match Assigned::load(store.as_store(), &known) {
            Ok(a) => (a, None),
            Err(e) => {
                crate::ui::document::log_error(&e);
                (Assigned::default(), Some(e))
            }
        };
        let this = Assignments {
            assigned: RwSignal::new(assigned),
            store: StoredValue::new_local(store),
            problem: RwSignal::new(problem),
        };
        provide_context(this);
        // Another tab accepted or forgot an assignment: show it at once.
        let key = crate::domain::trainer::assigned::storage_key();
        let other_tab = window_event_listener(leptos::ev::storage, move |e| {
            // No key: the other tab cleared the whole storage.
            let ours = e.key().is_none_or(|k| {
                this.store.with_value(|s| s.own_key(&k)).as_deref() == Some(key.as_str())
            });
            if !ours || this.problem.with_untracked(Option::is_some) {
                return;
            }
            match e.new_value() {
                // Taken in, not taken over: this tab may hold an accepted
                // assignment that storage refused to keep.
                Some(text) => {
                    if let Ok(theirs) = Assigned::decode(&text, &known) {
                        this.assigned.update(|a| _ = a.merge(&theirs));
                    }
                }
                // Removed there (a reset): gone here too.
                None => this.assigned.set(Assigned::default()),
            }
        });
        on_cleanup(move || other_tab.remove());
        this
    }

    /// Reads the accepted assignments (tracked).
    pub fn with<R>(&self, read: impl FnOnce(&Assigned) -> R) -> R {
        self.assigned.with(read)
    }

    /// Reads the accepted assignments, untracked.
    pub fn with_untracked<R>(&self, read: impl FnOnce(&Assigned) -> R) -> R {
        self.assigned.with_untracked(read)
    }

    /// Why the stored assignments cannot be read, if they cannot (tracked).
    pub fn problem(&self) -> Option<DocumentError> {
        self.problem.get()
    }

    fn save(&self, change: impl FnOnce(&mut Assigned) -> bool) -> Result<(), DocumentError> {
        if let Some(e) = self.problem.get_untracked() {
            return Err(e);
        }
        let mut next = self.assigned.get_untracked();
        if !change(&mut next) {
            return Ok(());
        }
        let result = self.store.with_value(|s| next.save(s.as_store(), &known));
        // Shown as accepted only once storage has it: a refusal is said
        // where the learner pressed "Accept", and they can try again.
        if result.is_ok() {
            self.assigned.set(next);
        }
        result
    }

    /// Accepts an assignment (nothing changes if it was accepted already),
    /// with the learner's answer about its LRS, if it has one.
    pub fn accept(&self, assignment: Assignment, lrs: Option<bool>) -> Result<(), DocumentError> {
        self.save(|a| a.accept(assignment, now(), lrs))
    }

    /// Starts or stops sending an assignment's statements to its LRS.
    pub fn set_sending(&self, id: &str, send: bool) -> Result<(), DocumentError> {
        self.save(|a| a.set_sending(id, send, now()))
    }

    /// Forgets every accepted assignment and the signature (the learner
    /// erases their data on this device).
    ///
    /// An unreadable document goes too; a newer version's is left alone.
    pub fn forget(&self) -> Result<(), DocumentError> {
        if let Some(e @ DocumentError::NewerSchema(_)) = self.problem.get_untracked() {
            return Err(e);
        }
        self.store.with_value(|s| {
            s.as_store()
                .remove(&crate::domain::trainer::assigned::storage_key())
        })?;
        self.problem.set(None);
        self.assigned.set(Assigned::default());
        Ok(())
    }

    /// The name the learner last signed with, or nothing.
    pub fn signed_name(&self) -> String {
        self.assigned.with_untracked(|a| {
            a.signature
                .as_ref()
                .map(|s| s.name.clone())
                .unwrap_or_default()
        })
    }

    /// The learner's signature with `name`, made on first use.
    pub fn sign(&self, name: &str) -> Signature {
        let mut signature = self
            .assigned
            .with_untracked(|a| a.signature.clone())
            .unwrap_or_else(|| Signature {
                id: crate::ui::document::random_uuid(),
                name: String::new(),
                named: 0,
            });
        let name: String = name.trim().chars().take(80).collect();
        if name != signature.name {
            signature.name = name;
            signature.named = now();
        }
        let kept = signature.clone();
        if let Err(e) = self.save(move |a| {
            let changed = a.signature.as_ref() != Some(&kept);
            a.signature = Some(kept);
            changed
        }) {
            crate::ui::document::log_error(&e);
        }
        signature
    }
}

/// The assignments provided by `App` (or `ui::app::Standalone`).
pub fn use_assignments() -> Assignments {
    expect_context::<Assignments>()
}

/// An assignment's modules as loaded: what a result file and live
/// statements are graded and worded by.
pub struct LoadedModules(pub Vec<std::sync::Arc<crate::adapters::content::LoadedModule>>);

impl LoadedModules {
    /// A module's checkpoint, if loaded.
    pub fn checkpoint(&self, module: &str) -> Option<crate::domain::content::lesson::Checkpoint> {
        self.get(module).map(|l| l.module.checkpoint.clone())
    }

    fn get(&self, module: &str) -> Option<&crate::adapters::content::LoadedModule> {
        self.0
            .iter()
            .find(|l| l.module.id == module)
            .map(|l| l.as_ref())
    }

    /// Whether every module of `assignment` is loaded (without a module's
    /// checkpoint its answers cannot be graded).
    pub fn has_all(&self, assignment: &Assignment) -> bool {
        assignment.modules.iter().all(|m| self.get(m).is_some())
    }

    /// The learner's results for `assignment` now.
    pub fn results(
        &self,
        signature: Signature,
        assignment: &Assignment,
        progress: &crate::domain::learner::progress::Progress,
    ) -> crate::domain::trainer::results::Results {
        let checkpoint = |m: &str| self.checkpoint(m);
        crate::domain::trainer::results::Results::of(
            signature,
            assignment,
            progress,
            crate::adapters::content::catalog(),
            &checkpoint,
            now(),
            &today(),
        )
    }

    /// The xAPI statements of `results`, with this site's origin.
    pub fn statements(
        &self,
        results: &crate::domain::trainer::results::Results,
    ) -> Vec<crate::domain::trainer::xapi::Statement> {
        let checkpoint = |m: &str| self.checkpoint(m);
        let text = |m: &str, l: Lang, id: &str| -> Option<String> {
            let module = self.get(m)?;
            module.text.has(l, id).then(|| module.text.text(l, id))
        };
        let origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        let sources = crate::domain::trainer::xapi::Sources {
            catalog: crate::adapters::content::catalog(),
            checkpoint: &checkpoint,
            text: &text,
            origin: &origin,
        };
        crate::domain::trainer::xapi::statements(results, &sources)
    }
}
