//! Copies of the learner's progress taken in: another tab's save, the
//! stored copy before a write, an imported file. Nothing a copy holds is
//! lost: lessons merge field by field, attempts answer by answer, mistakes
//! by the later time of each, workbook entries by the later change; a reflection both copies changed keeps both
//! texts. Copies of different generations (a reset in between) do not
//! merge: the later one wins whole.

use super::{LessonProgress, Mistake, Progress};
use crate::domain::learner::quiz::Attempt;
use std::collections::{BTreeMap, BTreeSet};

/// What stands between two versions of a reflection written at the same
/// time in two tabs, when both are kept.
pub const BOTH_KEPT: &str = "\n\n— — —\n\n";

impl LessonProgress {
    /// Takes in another copy of this entry, field by field, so that neither
    /// copy's work is lost: a reflection or exercise answer that only one
    /// copy has is kept; where both have one, the copy changed last wins (as
    /// it does for the reading position); reaching the end and skipping
    /// stay done once done. Returns whether anything changed.
    pub fn merge(&mut self, other: &LessonProgress) -> bool {
        let before = self.clone();
        let theirs_newer = other.updated > self.updated;
        if other.has_reflection() && (!self.has_reflection() || theirs_newer) {
            self.reflection.clone_from(&other.reflection);
        }
        if other.exercise.is_some() && (self.exercise.is_none() || theirs_newer) {
            self.exercise.clone_from(&other.exercise);
        }
        if other.position.is_some() && (self.position.is_none() || theirs_newer) {
            self.position.clone_from(&other.position);
        }
        self.skipped |= other.skipped;
        self.reached_end |= other.reached_end;
        self.updated = self.updated.max(other.updated);
        *self != before
    }
}

impl Progress {
    /// Settles a merge with a copy of another generation: a later one
    /// replaces this copy, an earlier one is ignored. `None` for the same
    /// generation (merge item by item).
    fn across_generations(&mut self, other: &Progress) -> Option<bool> {
        match other.generation.cmp(&self.generation) {
            std::cmp::Ordering::Equal => None,
            std::cmp::Ordering::Less => Some(false),
            std::cmp::Ordering::Greater => {
                *self = other.clone();
                Some(true)
            }
        }
    }

    /// Starts a new generation at `now` with this content (after a reset
    /// or a replacing import).
    pub fn start_generation(&mut self, now: u64) {
        self.generation = now.max(self.generation + 1);
    }

    /// Takes in what another tab may have stored since this one loaded:
    /// every lesson entry this tab has not changed (`mine`: lesson keys), the
    /// last place unless this tab moved (`my_place`), every attempt (merged
    /// answer by answer; a finished copy wins), every mistake, the later
    /// time of each copy winning, every workbook entry, the one changed
    /// last winning (whichever tab changed it), and every answer of every
    /// review log.
    /// Returns whether anything changed. (Two tabs changing the same lesson
    /// is settled in favour of the one writing; per-field merging belongs to
    /// the storage issue.)
    pub fn merge_stored(
        &mut self,
        stored: Progress,
        mine: &BTreeSet<String>,
        my_place: bool,
    ) -> bool {
        if let Some(changed) = self.across_generations(&stored) {
            return changed;
        }
        let mut changed = false;
        for (key, entry) in stored.lessons {
            if !mine.contains(&key) && self.lessons.get(&key) != Some(&entry) {
                self.lessons.insert(key, entry);
                changed = true;
            }
        }
        changed |= take_in(&mut self.attempts, stored.attempts, Attempt::merge);
        for (key, theirs) in stored.mistakes {
            let entry = self.mistakes.entry(key).or_default();
            let merged = Mistake {
                wrong: entry.wrong.max(theirs.wrong),
                right: entry.right.max(theirs.right),
            };
            changed |= merged != *entry;
            *entry = merged;
        }
        changed |= self.workbook.merge(&stored.workbook);
        changed |= take_in(&mut self.reviews, stored.reviews, |mine, theirs| {
            crate::domain::learner::review::merge(mine, theirs)
        });
        if !my_place && stored.last.is_some() && self.last != stored.last {
            self.last = stored.last;
            changed = true;
        }
        changed
    }

    /// Settles the lessons this tab changed (`mine`) that the stored copy
    /// also changed since `base`, the lessons as this tab last knew them
    /// stored (read, written, or taken from another tab). Field by field,
    /// so that neither copy's work is lost: a reflection only one side
    /// changed is that side's; one both changed to different texts keeps
    /// both, this tab's first, then the other's after [`BOTH_KEPT`]; the
    /// rest merges as [`LessonProgress::merge`] does. Returns the keys of
    /// the lessons whose reflection now holds both texts, so that the
    /// learner can be told.
    pub fn reconcile(
        &mut self,
        stored: &Progress,
        mine: &BTreeSet<String>,
        base: &BTreeMap<String, LessonProgress>,
    ) -> Vec<String> {
        let mut both = Vec::new();
        if stored.generation != self.generation {
            return both;
        }
        for key in mine {
            let (Some(theirs), Some(own)) = (stored.lessons.get(key), self.lessons.get_mut(key))
            else {
                continue;
            };
            let before = base.get(key).cloned().unwrap_or_default();
            if *theirs == before {
                continue; // only this tab changed it
            }
            let their_text = theirs.reflection != before.reflection;
            let my_text = own.reflection != before.reflection;
            let reflection = if their_text && !my_text {
                theirs.reflection.clone()
            } else if their_text && my_text && own.reflection.trim() != theirs.reflection.trim() {
                if !theirs.has_reflection() {
                    own.reflection.clone()
                } else if !own.has_reflection() {
                    theirs.reflection.clone()
                } else {
                    both.push(key.clone());
                    format!(
                        "{}{BOTH_KEPT}{}",
                        own.reflection.trim_end(),
                        theirs.reflection.trim_start()
                    )
                }
            } else {
                own.reflection.clone()
            };
            own.merge(theirs);
            own.reflection = reflection;
        }
        both
    }

    /// Takes in another copy of the learner's progress (an imported file, or
    /// another tab's save), item by item: each lesson field by field (see
    /// [`LessonProgress::merge`]), every
    /// attempt (merged answer by answer; a finished copy wins), every
    /// mistake at the later time of each copy; the last place stays this
    /// copy's unless it has none. Returns whether anything changed.
    pub fn absorb(&mut self, other: Progress) -> bool {
        if let Some(changed) = self.across_generations(&other) {
            return changed;
        }
        let mut changed = take_in(&mut self.lessons, other.lessons, LessonProgress::merge);
        let keep: BTreeSet<String> = self.lessons.keys().cloned().collect();
        let other_rest = Progress {
            lessons: BTreeMap::new(),
            ..other
        };
        let had_place = self.last.is_some();
        changed |= self.merge_stored(other_rest, &keep, had_place);
        changed
    }
}

/// Takes every entry of `theirs` into `mine`: merged with `merge` into an
/// entry `mine` has, added where it has none. Returns whether anything
/// changed.
fn take_in<V>(
    mine: &mut BTreeMap<String, V>,
    theirs: BTreeMap<String, V>,
    merge: impl Fn(&mut V, &V) -> bool,
) -> bool {
    let mut changed = false;
    for (key, entry) in theirs {
        match mine.get_mut(&key) {
            Some(own) => changed |= merge(own, &entry),
            None => {
                mine.insert(key, entry);
                changed = true;
            }
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::super::tests::checkpoint;
    use super::*;
    use crate::domain::learner::progress::lesson_key;
    use crate::domain::learner::quiz::Attempt;
    use crate::domain::learner::scoring::Answer;
    use crate::domain::shared::language::Lang;

    #[test]
    fn a_save_keeps_what_another_tab_stored_meanwhile() {
        let mut this_tab = Progress::default();
        this_tab.update_lesson("m", "a", 1, |l| l.reflection = "mine".into());
        this_tab.update_lesson("m", "b", 1, |l| l.reflection = "old".into());
        let mut other_tab = this_tab.clone();
        other_tab.update_lesson("m", "b", 2, |l| l.reflection = "theirs".into());
        other_tab.update_lesson("m", "c", 2, |l| l.skipped = true);
        other_tab.set_place("m", "c", None);
        this_tab.update_lesson("m", "a", 3, |l| l.reflection = "mine, longer".into());

        let mine: BTreeSet<String> = [lesson_key("m", "a")].into();
        assert!(this_tab.merge_stored(other_tab.clone(), &mine, false));
        assert_eq!(this_tab.lesson("m", "a").reflection, "mine, longer");
        assert_eq!(this_tab.lesson("m", "b").reflection, "theirs");
        assert!(this_tab.lesson("m", "c").skipped);
        assert_eq!(this_tab.last.as_ref().map(|p| p.lesson.as_str()), Some("c"));
        assert!(
            !this_tab.merge_stored(other_tab, &mine, false),
            "nothing new"
        );

        // Where this tab moved, its own place stands.
        let mut moved = Progress::default();
        moved.set_place("m", "a", None);
        let mut stored = Progress::default();
        stored.set_place("m", "z", None);
        moved.merge_stored(stored, &BTreeSet::new(), true);
        assert_eq!(moved.last.map(|p| p.lesson), Some("a".into()));
    }

    #[test]
    fn merging_keeps_every_tab_s_attempts_and_the_latest_answer_to_each_mistake() {
        let cp = checkpoint();
        let mut this_tab = Progress::default();
        let mine = Attempt::new("m", 1, 10);
        this_tab.answer_attempt(&mine, "q1", Answer::TrueFalse(false), Lang::En);
        this_tab.finish_attempt("m-10", &cp, 20);
        let mut other_tab = Progress::default();
        let theirs = Attempt::new("m", 2, 15);
        other_tab.answer_attempt(&theirs, "q1", Answer::TrueFalse(true), Lang::Fr);
        other_tab.finish_attempt("m-15", &cp, 30);

        let changed: BTreeSet<String> = ["m-10".to_owned()].into();
        assert!(this_tab.merge_stored(other_tab.clone(), &changed, false));
        assert_eq!(this_tab.attempts.len(), 2);

        // The same attempt open in two tabs: answers from both are kept, and
        // once one tab finishes it, the other's unfinished copy cannot undo it.
        let shared = Attempt::new("m", 3, 40);
        let mut a = Progress::default();
        a.answer_attempt(&shared, "q1", Answer::TrueFalse(true), Lang::En);
        let mut b = Progress::default();
        b.answer_attempt(&shared, "q2", Answer::TrueFalse(true), Lang::Fr);
        assert!(a.merge_stored(b.clone(), &changed, false));
        assert_eq!(a.attempts["m-40"].answers.len(), 2);
        assert_eq!(a.attempts["m-40"].languages, vec![Lang::En, Lang::Fr]);
        b.merge_stored(a.clone(), &BTreeSet::new(), false);
        b.finish_attempt("m-40", &cp, 50);
        a.answer_attempt(&shared, "q2", Answer::TrueFalse(false), Lang::En);
        assert!(a.merge_stored(b.clone(), &changed, false));
        assert_eq!(
            a.attempts["m-40"].percent,
            Some(100),
            "finished in the other tab"
        );
        assert!(!a.answer_attempt(&shared, "q1", Answer::TrueFalse(false), Lang::En));
        // q1: wrong here at 20, right there at 30: put right. q2: wrong in both.
        assert_eq!(this_tab.mistakes_to_practise(), [("m", "q2")]);
        assert!(
            !this_tab.merge_stored(other_tab, &changed, false),
            "nothing new"
        );
    }

    #[test]
    fn review_logs_from_two_tabs_and_a_file_merge_answer_by_answer() {
        use crate::domain::learner::review::{Context, Item};
        let item = Item::Checkpoint {
            module: "m".into(),
            question: "q1".into(),
        };
        let exercise = Item::Exercise {
            module: "m".into(),
            lesson: "l".into(),
        };
        let mut first = Progress::default();
        first.reviewed(&item, false, Context::Checkpoint, 10);
        let mut second = first.clone();
        first.reviewed(&item, true, Context::Review, 30);
        second.reviewed(&item, false, Context::Review, 20);
        second.reviewed(&exercise, true, Context::Exercise, 25);
        assert!(first.merge_stored(second.clone(), &BTreeSet::new(), false));
        let times: Vec<u64> = first.reviews[&item.key()].iter().map(|r| r.at).collect();
        assert_eq!(times, [10, 20, 30], "every answer, in order, once");
        assert!(first.reviews.contains_key(&exercise.key()));
        assert!(!first.merge_stored(second.clone(), &BTreeSet::new(), false));
        // A file brings the same answers: nothing new.
        assert!(!first.absorb(second));
        assert_eq!(first.reviews[&item.key()].len(), 3);
    }

    #[test]
    fn a_reset_in_one_tab_is_not_undone_by_another() {
        let mut old_tab = Progress::default();
        old_tab.update_lesson("m", "a", 5, |l| l.reflection = "erased".into());
        let mut reset = Progress::default();
        reset.start_generation(100);
        // The old tab takes the reset in whole; the reset tab ignores the old copy.
        let mut other = old_tab.clone();
        assert!(other.absorb(reset.clone()));
        assert_eq!(other, reset);
        let mut again = reset.clone();
        assert!(!again.merge_stored(old_tab.clone(), &BTreeSet::new(), false));
        assert!(!again.absorb(old_tab));
        assert!(again.lessons.is_empty());
    }

    #[test]
    fn lesson_copies_merge_field_by_field() {
        let mut reading = LessonProgress {
            position: Some("block-b".into()),
            updated: 50,
            ..LessonProgress::default()
        };
        let writing = LessonProgress {
            reflection: "Mine".into(),
            reached_end: true,
            updated: 10,
            ..LessonProgress::default()
        };
        // Newer reading activity does not drop an older reflection.
        assert!(reading.merge(&writing));
        assert_eq!(reading.reflection, "Mine");
        assert!(reading.reached_end);
        assert_eq!(
            (reading.position.as_deref(), reading.updated),
            (Some("block-b"), 50)
        );
        // Where both wrote, the later copy wins.
        let later = LessonProgress {
            reflection: "Rewritten".into(),
            updated: 60,
            ..LessonProgress::default()
        };
        assert!(reading.merge(&later));
        assert_eq!(reading.reflection, "Rewritten");
        assert!(!reading.clone().merge(&reading), "nothing new");
    }

    /// Progress holding one lesson's entry.
    fn holding(key: &str, entry: LessonProgress) -> Progress {
        let mut progress = Progress::default();
        progress.lessons.insert(key.to_owned(), entry);
        progress
    }

    fn with_reflection(text: &str, updated: u64) -> LessonProgress {
        LessonProgress {
            reflection: text.into(),
            updated,
            ..LessonProgress::default()
        }
    }

    #[test]
    fn a_reflection_changed_in_two_tabs_keeps_both_and_says_so() {
        let key = lesson_key("m", "l");
        let base: BTreeMap<String, LessonProgress> =
            [(key.clone(), with_reflection("A draft.", 1))].into();
        let mine: BTreeSet<String> = [key.clone()].into();
        // Only the other tab changed it: theirs.
        let mut here = holding(&key, with_reflection("A draft.", 1));
        let stored = holding(&key, with_reflection("A draft. B paragraph.", 2));
        assert!(here.reconcile(&stored, &mine, &base).is_empty());
        assert_eq!(here.lessons[&key].reflection, "A draft. B paragraph.");
        // Only this tab changed it: this tab's, even if the other is later.
        let mut here = holding(&key, with_reflection("A draft!", 1));
        let stored_same = holding(
            &key,
            LessonProgress {
                reached_end: true,
                ..with_reflection("A draft.", 5)
            },
        );
        assert!(here.reconcile(&stored_same, &mine, &base).is_empty());
        assert_eq!(here.lessons[&key].reflection, "A draft!");
        assert!(here.lessons[&key].reached_end, "the other fields merge");
        // Both changed it: both texts, this tab's first, and the key told.
        let conflicts = here.reconcile(&stored, &mine, &base);
        assert_eq!(conflicts, vec![key.clone()]);
        assert_eq!(
            here.lessons[&key].reflection,
            format!("A draft!{BOTH_KEPT}A draft. B paragraph.")
        );
        // A lesson this tab did not change is left to the ordinary merge.
        let mut here = holding(&key, with_reflection("Mine", 1));
        assert!(here.reconcile(&stored, &BTreeSet::new(), &base).is_empty());
        assert_eq!(here.lessons[&key].reflection, "Mine");
    }

    #[test]
    fn typing_after_a_failed_read_never_replaces_what_was_stored() {
        // Start-up could not read storage: this tab knew nothing (empty base)
        // and the learner typed into an empty box.
        let key = lesson_key("m", "l");
        let mut here = holding(&key, with_reflection("Typed after", 9));
        let stored = holding(&key, with_reflection("Written before", 1));
        let mine: BTreeSet<String> = [key.clone()].into();
        let both = here.reconcile(&stored, &mine, &BTreeMap::new());
        assert_eq!(both, vec![key.clone()]);
        let text = &here.lessons[&key].reflection;
        assert!(
            text.contains("Typed after") && text.contains("Written before"),
            "{text}"
        );
    }
}
