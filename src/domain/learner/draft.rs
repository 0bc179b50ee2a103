//! Whether a learner's draft answer can be checked yet. A draft is what is
//! chosen, typed or arranged before the learner presses Check; it takes the
//! shape of the [`Answer`] it will become. Only a complete draft is scored:
//! an incomplete one is never marked wrong, the learner is told what is
//! missing instead.

use crate::domain::content::lesson::QuestionKind;
use crate::domain::learner::scoring::Answer;

/// What a draft still lacks before it can be checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Incomplete {
    /// Multiple choice: no option ticked.
    NothingChosen,
    /// Short text: nothing typed but spaces.
    NothingTyped,
    /// Matching or categorising: a line still has no answer. Also said of
    /// a draft of another kind than its question, which cannot happen from
    /// the interface.
    LineLeft,
}

/// Whether a draft can be checked: every part of the question answered.
///
/// - multiple choice: at least one option ticked;
/// - short text: something typed besides spaces;
/// - matching: every left item paired;
/// - categorising: every item given a category;
/// - ordering: always (the items start in the order shown, itself an
///   answer);
/// - single choice and true/false: always (choosing answers at once).
pub fn ready(kind: &QuestionKind, draft: &Answer) -> Result<(), Incomplete> {
    match (kind, draft) {
        (QuestionKind::MultipleChoice { .. }, Answer::Multiple(chosen)) => {
            complete(!chosen.is_empty(), Incomplete::NothingChosen)
        }
        (QuestionKind::ShortText { .. }, Answer::Text(typed)) => {
            complete(!typed.trim().is_empty(), Incomplete::NothingTyped)
        }
        (QuestionKind::Matching { pairs }, Answer::Matching(rows)) => complete(
            pairs.iter().all(|p| rows.contains_key(&p.left)),
            Incomplete::LineLeft,
        ),
        (QuestionKind::Categorising { items, .. }, Answer::Categorising(rows)) => complete(
            items.iter().all(|i| rows.contains_key(&i.id)),
            Incomplete::LineLeft,
        ),
        (QuestionKind::Ordering { .. }, Answer::Ordering(_))
        | (QuestionKind::SingleChoice { .. }, Answer::Single(_))
        | (QuestionKind::TrueFalse { .. }, Answer::TrueFalse(_)) => Ok(()),
        (QuestionKind::MultipleChoice { .. }, _) => Err(Incomplete::NothingChosen),
        (QuestionKind::ShortText { .. }, _) => Err(Incomplete::NothingTyped),
        _ => Err(Incomplete::LineLeft),
    }
}

fn complete(done: bool, otherwise: Incomplete) -> Result<(), Incomplete> {
    if done {
        Ok(())
    } else {
        Err(otherwise)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::lesson::{Accepted, Categorised, Pair};
    use std::collections::BTreeMap;

    fn ids(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| (*s).to_owned()).collect()
    }

    fn rows(rows: &[(&str, &str)]) -> BTreeMap<String, String> {
        rows.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn multiple_choice_needs_an_option_ticked() {
        let q = QuestionKind::MultipleChoice {
            options: ids(&["a", "b", "c"]),
            correct: ids(&["a"]),
        };
        assert_eq!(
            ready(&q, &Answer::Multiple(Vec::new())),
            Err(Incomplete::NothingChosen)
        );
        // A wrong choice is still a complete draft: scoring judges it.
        assert_eq!(ready(&q, &Answer::Multiple(ids(&["c"]))), Ok(()));
        assert_eq!(ready(&q, &Answer::Multiple(ids(&["a", "b"]))), Ok(()));
    }

    #[test]
    fn short_text_needs_more_than_spaces() {
        let q = QuestionKind::ShortText {
            accept: Accepted {
                en: ids(&["availability"]),
                fr: ids(&["disponibilité"]),
            },
        };
        for blank in ["", " ", " \t\n "] {
            assert_eq!(
                ready(&q, &Answer::Text(blank.into())),
                Err(Incomplete::NothingTyped),
                "{blank:?}"
            );
        }
        assert_eq!(ready(&q, &Answer::Text(" x ".into())), Ok(()));
        // Punctuation alone is something typed: it is checked (and wrong).
        assert_eq!(ready(&q, &Answer::Text("?".into())), Ok(()));
    }

    #[test]
    fn matching_and_categorising_need_every_line_answered() {
        let matching = QuestionKind::Matching {
            pairs: [("l1", "r1"), ("l2", "r2")]
                .iter()
                .map(|(l, r)| Pair {
                    left: (*l).into(),
                    right: (*r).into(),
                })
                .collect(),
        };
        let paired = |r: &[(&str, &str)]| ready(&matching, &Answer::Matching(rows(r)));
        assert_eq!(paired(&[]), Err(Incomplete::LineLeft));
        assert_eq!(paired(&[("l1", "r1")]), Err(Incomplete::LineLeft));
        // Lines answered wrongly (even with the same right item) count.
        assert_eq!(paired(&[("l1", "r2"), ("l2", "r2")]), Ok(()));
        // A line that is not in the question does not stand for a missing one.
        assert_eq!(
            paired(&[("l1", "r1"), ("zz", "r2")]),
            Err(Incomplete::LineLeft)
        );

        let categorising = QuestionKind::Categorising {
            categories: ids(&["tech", "org"]),
            items: [("i1", "tech"), ("i2", "org")]
                .iter()
                .map(|(i, c)| Categorised {
                    id: (*i).into(),
                    category: (*c).into(),
                })
                .collect(),
        };
        let sorted = |r: &[(&str, &str)]| ready(&categorising, &Answer::Categorising(rows(r)));
        assert_eq!(sorted(&[("i2", "org")]), Err(Incomplete::LineLeft));
        assert_eq!(sorted(&[("i1", "org"), ("i2", "org")]), Ok(()));
    }

    #[test]
    fn ordering_single_choice_and_true_false_are_always_ready() {
        let ordering = QuestionKind::Ordering {
            items: ids(&["x", "y", "z"]),
        };
        assert_eq!(
            ready(&ordering, &Answer::Ordering(ids(&["z", "y", "x"]))),
            Ok(())
        );
        let single = QuestionKind::SingleChoice {
            options: ids(&["a", "b"]),
            correct: "a".into(),
        };
        assert_eq!(ready(&single, &Answer::Single("b".into())), Ok(()));
        let tf = QuestionKind::TrueFalse { answer: true };
        assert_eq!(ready(&tf, &Answer::TrueFalse(false)), Ok(()));
    }

    #[test]
    fn a_draft_of_another_kind_is_never_ready() {
        let multiple = QuestionKind::MultipleChoice {
            options: ids(&["a"]),
            correct: ids(&["a"]),
        };
        assert_eq!(
            ready(&multiple, &Answer::Single("a".into())),
            Err(Incomplete::NothingChosen)
        );
        let text = QuestionKind::ShortText {
            accept: Accepted::default(),
        };
        assert_eq!(
            ready(&text, &Answer::Multiple(ids(&["a"]))),
            Err(Incomplete::NothingTyped)
        );
        let ordering = QuestionKind::Ordering { items: ids(&["x"]) };
        assert_eq!(
            ready(&ordering, &Answer::Text("x".into())),
            Err(Incomplete::LineLeft)
        );
    }
}
