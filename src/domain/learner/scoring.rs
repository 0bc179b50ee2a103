//! Scoring a learner's answer to a question, by ids only: the language the
//! question was shown in never changes a score. Free-text answers are
//! matched against the accepted answers of every language.
//!
//! Credit is a fraction from 0 to 1 per question:
//! - single choice, true/false and short text: all or nothing;
//! - multiple choice: (correct options chosen − wrong options chosen) ÷
//!   correct options, never below 0, so that choosing everything earns
//!   nothing and full credit needs exactly the correct set;
//! - matching: the share of left items paired with their right item;
//! - ordering: the share of items in their correct place;
//! - categorising: the share of items in their correct category.

use crate::domain::content::lesson::{Accepted, QuestionKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a learner answered, by ids (never by displayed text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Answer {
    /// The option chosen.
    Single(String),
    /// The options chosen.
    Multiple(Vec<String>),
    TrueFalse(bool),
    /// What the learner typed.
    Text(String),
    /// Left item id → right item id.
    Matching(BTreeMap<String, String>),
    /// Item ids in the order the learner put them.
    Ordering(Vec<String>),
    /// Item id → category id.
    Categorising(BTreeMap<String, String>),
}

/// The credit an answer earns, from 0 (nothing) to 1 (fully correct). An
/// answer of another kind than the question earns nothing.
pub fn credit(kind: &QuestionKind, answer: &Answer) -> f64 {
    match (kind, answer) {
        (QuestionKind::SingleChoice { correct, .. }, Answer::Single(chosen)) => {
            all_or_nothing(chosen == correct)
        }
        (QuestionKind::MultipleChoice { correct, .. }, Answer::Multiple(chosen)) => {
            let mut chosen: Vec<&String> = chosen.iter().collect();
            chosen.sort();
            chosen.dedup();
            let right = chosen.iter().filter(|c| correct.contains(c)).count();
            let wrong = chosen.len() - right;
            share(right.saturating_sub(wrong), correct.len())
        }
        (QuestionKind::TrueFalse { answer: truth }, Answer::TrueFalse(given)) => {
            all_or_nothing(truth == given)
        }
        (QuestionKind::ShortText { accept }, Answer::Text(typed)) => {
            all_or_nothing(accepts(accept, typed))
        }
        (QuestionKind::Matching { pairs }, Answer::Matching(given)) => share(
            pairs
                .iter()
                .filter(|p| given.get(&p.left) == Some(&p.right))
                .count(),
            pairs.len(),
        ),
        (QuestionKind::Ordering { items }, Answer::Ordering(given)) => share(
            items.iter().zip(given).filter(|(a, b)| a == b).count(),
            items.len(),
        ),
        (QuestionKind::Categorising { items, .. }, Answer::Categorising(given)) => share(
            items
                .iter()
                .filter(|i| given.get(&i.id) == Some(&i.category))
                .count(),
            items.len(),
        ),
        _ => 0.0,
    }
}

/// Whether an answer still fits its question: the same kind, naming only
/// options and items the question has. A lesson's exercise rewritten since
/// the learner answered it no longer fits, and is shown unanswered rather
/// than judged against a question the learner never saw.
pub fn fits(kind: &QuestionKind, answer: &Answer) -> bool {
    match (kind, answer) {
        (QuestionKind::SingleChoice { options, .. }, Answer::Single(chosen)) => {
            options.contains(chosen)
        }
        (QuestionKind::MultipleChoice { options, .. }, Answer::Multiple(chosen)) => {
            chosen.iter().all(|c| options.contains(c))
        }
        (QuestionKind::TrueFalse { .. }, Answer::TrueFalse(_))
        | (QuestionKind::ShortText { .. }, Answer::Text(_)) => true,
        (QuestionKind::Matching { pairs }, Answer::Matching(given)) => {
            given.iter().all(|(l, r)| {
                pairs.iter().any(|p| p.left == *l) && pairs.iter().any(|p| p.right == *r)
            })
        }
        (QuestionKind::Ordering { items }, Answer::Ordering(given)) => {
            given.len() == items.len() && given.iter().all(|g| items.contains(g))
        }
        (QuestionKind::Categorising { categories, items }, Answer::Categorising(given)) => given
            .iter()
            .all(|(i, c)| items.iter().any(|x| x.id == *i) && categories.contains(c)),
        _ => false,
    }
}

/// Whether an answer is fully correct.
pub fn is_correct(kind: &QuestionKind, answer: &Answer) -> bool {
    credit(kind, answer) >= 1.0
}

fn all_or_nothing(right: bool) -> f64 {
    if right {
        1.0
    } else {
        0.0
    }
}

fn share(right: usize, of: usize) -> f64 {
    if of == 0 {
        0.0
    } else {
        right.min(of) as f64 / of as f64
    }
}

/// Whether a typed answer matches one of the accepted answers, in either
/// language, once both are normalised (see [`normalise`]).
pub fn accepts(accepted: &Accepted, typed: &str) -> bool {
    let typed = normalise(typed);
    !typed.is_empty()
        && accepted
            .en
            .iter()
            .chain(&accepted.fr)
            .any(|a| normalise(a) == typed)
}

/// The form answers are compared in: lower case, accents removed (é → e,
/// œ → oe, whether typed as one character or as a letter and a combining
/// accent), every punctuation mark or symbol a space, runs of spaces one
/// space, no space at either end. "ISO/IEC 27001" and " iso-iec  27001. "
/// both become "iso iec 27001".
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true; // no space at the start
    for c in text.chars().flat_map(char::to_lowercase) {
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue; // a combining accent: dropped with the others
        }
        if c.is_alphanumeric() {
            match unaccented(c) {
                Some(plain) => out.push_str(plain),
                None => out.push(c),
            }
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A lower-case letter without its accent, for the letters of French and
/// the other Latin-script languages a learner may type.
fn unaccented(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' | 'ā' => "a",
        'ç' | 'ć' | 'č' => "c",
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
        'î' | 'ï' | 'í' | 'ì' | 'ī' => "i",
        'ñ' | 'ń' | 'ň' => "n",
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' | 'ø' | 'ō' => "o",
        'ù' | 'û' | 'ü' | 'ú' | 'ū' | 'ů' => "u",
        'ÿ' | 'ý' => "y",
        'š' | 'ś' => "s",
        'ž' | 'ź' | 'ż' => "z",
        'œ' => "oe",
        'æ' => "ae",
        'ß' => "ss",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::lesson::{Categorised, Pair};

    fn accepted(en: &[&str], fr: &[&str]) -> Accepted {
        Accepted {
            en: en.iter().map(|s| (*s).to_owned()).collect(),
            fr: fr.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    fn ids(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn normalising_ignores_case_accents_punctuation_and_spacing() {
        assert_eq!(normalise("ISO/IEC 27001"), "iso iec 27001");
        assert_eq!(normalise("  iso-iec   27001. "), "iso iec 27001");
        assert_eq!(
            normalise("Déclaration d’applicabilité"),
            "declaration d applicabilite"
        );
        // The same word typed with a combining accent.
        assert_eq!(normalise("De\u{301}claration"), "declaration");
        assert_eq!(normalise("Œuvre, cœur !"), "oeuvre coeur");
        assert_eq!(normalise("« disponibilité »"), "disponibilite");
        assert_eq!(normalise("?!"), "");
    }

    #[test]
    fn free_text_is_accepted_in_either_language_with_the_authors_variants() {
        // The accepted answers of the course's own question on the
        // certifiable standard (lessons/two-standards/module.toml).
        let accept = accepted(
            &["ISO/IEC 27001", "ISO 27001", "27001", "ISO27001"],
            &["ISO/IEC 27001", "la norme ISO 27001", "ISO/CEI 27001"],
        );
        for typed in [
            "ISO/IEC 27001",
            "iso 27001",
            "27001",
            "iso/iec 27001",
            "ISO-IEC 27001.",
            "La norme ISO 27001",
            "iso/cei 27001",
        ] {
            assert!(accepts(&accept, typed), "{typed} should be accepted");
        }
        for typed in ["27002", "ISO/IEC 27002", "iso", "", "   ", "27001 27002"] {
            assert!(!accepts(&accept, typed), "{typed} should not be accepted");
        }
        // French answers count whatever the interface language: scoring
        // never sees the language at all.
        let availability = accepted(&["availability"], &["disponibilité"]);
        assert!(accepts(&availability, "Disponibilite"));
        assert!(accepts(&availability, "AVAILABILITY"));
        assert!(!accepts(&availability, "integrity"));
    }

    #[test]
    fn single_choice_and_true_false_are_all_or_nothing() {
        let single = QuestionKind::SingleChoice {
            options: ids(&["a", "b", "c"]),
            correct: "b".into(),
        };
        assert_eq!(credit(&single, &Answer::Single("b".into())), 1.0);
        assert_eq!(credit(&single, &Answer::Single("a".into())), 0.0);
        assert_eq!(credit(&single, &Answer::Single("zz".into())), 0.0);
        let tf = QuestionKind::TrueFalse { answer: false };
        assert!(is_correct(&tf, &Answer::TrueFalse(false)));
        assert!(!is_correct(&tf, &Answer::TrueFalse(true)));
        // An answer of another kind earns nothing.
        assert_eq!(credit(&tf, &Answer::Single("b".into())), 0.0);
    }

    #[test]
    fn multiple_choice_gives_partial_credit_and_nothing_for_choosing_everything() {
        let q = QuestionKind::MultipleChoice {
            options: ids(&["a", "b", "c", "d"]),
            correct: ids(&["a", "b"]),
        };
        let with = |c: &[&str]| credit(&q, &Answer::Multiple(ids(c)));
        assert_eq!(with(&["a", "b"]), 1.0);
        assert_eq!(
            with(&["b", "a", "a"]),
            1.0,
            "order and repeats do not matter"
        );
        assert_eq!(with(&["a"]), 0.5);
        assert_eq!(with(&["a", "b", "c"]), 0.5);
        assert_eq!(with(&["a", "c"]), 0.0);
        assert_eq!(with(&["a", "b", "c", "d"]), 0.0);
        assert_eq!(with(&["c"]), 0.0);
        assert_eq!(with(&[]), 0.0);
        assert!(!is_correct(&q, &Answer::Multiple(ids(&["a", "b", "c"]))));
    }

    #[test]
    fn matching_ordering_and_categorising_earn_their_share() {
        let matching = QuestionKind::Matching {
            pairs: vec![
                Pair {
                    left: "l1".into(),
                    right: "r1".into(),
                },
                Pair {
                    left: "l2".into(),
                    right: "r2".into(),
                },
            ],
        };
        let pairs = |p: &[(&str, &str)]| {
            Answer::Matching(
                p.iter()
                    .map(|(l, r)| ((*l).to_owned(), (*r).to_owned()))
                    .collect(),
            )
        };
        assert_eq!(
            credit(&matching, &pairs(&[("l1", "r1"), ("l2", "r2")])),
            1.0
        );
        assert_eq!(
            credit(&matching, &pairs(&[("l1", "r1"), ("l2", "r1")])),
            0.5
        );
        assert_eq!(credit(&matching, &pairs(&[])), 0.0);

        let ordering = QuestionKind::Ordering {
            items: ids(&["x", "y", "z", "w"]),
        };
        assert_eq!(
            credit(&ordering, &Answer::Ordering(ids(&["x", "y", "z", "w"]))),
            1.0
        );
        assert_eq!(
            credit(&ordering, &Answer::Ordering(ids(&["x", "y", "w", "z"]))),
            0.5
        );
        assert_eq!(credit(&ordering, &Answer::Ordering(ids(&["x"]))), 0.25);
        assert_eq!(
            credit(&ordering, &Answer::Ordering(ids(&["w", "z", "y", "x"]))),
            0.0
        );

        let categorising = QuestionKind::Categorising {
            categories: ids(&["tech", "org"]),
            items: vec![
                Categorised {
                    id: "i1".into(),
                    category: "tech".into(),
                },
                Categorised {
                    id: "i2".into(),
                    category: "org".into(),
                },
                Categorised {
                    id: "i3".into(),
                    category: "org".into(),
                },
            ],
        };
        let sorted = |p: &[(&str, &str)]| {
            Answer::Categorising(
                p.iter()
                    .map(|(i, c)| ((*i).to_owned(), (*c).to_owned()))
                    .collect(),
            )
        };
        assert_eq!(
            credit(
                &categorising,
                &sorted(&[("i1", "tech"), ("i2", "org"), ("i3", "org")])
            ),
            1.0
        );
        assert!(
            (credit(&categorising, &sorted(&[("i1", "tech"), ("i2", "tech")])) - 1.0 / 3.0).abs()
                < 1e-9
        );
    }

    #[test]
    fn an_answer_to_a_question_rewritten_since_no_longer_fits() {
        let choice = QuestionKind::SingleChoice {
            options: vec!["a".into(), "b".into()],
            correct: "a".into(),
        };
        assert!(fits(&choice, &Answer::Single("b".into())));
        assert!(
            !fits(&choice, &Answer::Single("gone".into())),
            "an option removed"
        );
        assert!(!fits(&choice, &Answer::TrueFalse(true)), "another kind");
        let order = QuestionKind::Ordering {
            items: vec!["x".into(), "y".into()],
        };
        assert!(fits(
            &order,
            &Answer::Ordering(vec!["y".into(), "x".into()])
        ));
        assert!(!fits(
            &order,
            &Answer::Ordering(vec!["y".into(), "x".into(), "z".into()])
        ));
    }
}
