//! Checkpoint attempts: the questions drawn from the module's pool and the
//! order options are shown in (both from a seed kept with the attempt, so
//! they survive a language switch and a reload), the score of a set of
//! answers, and the best and last attempts.
//!
//! A checkpoint's questions are a pool. With `draw = N` in `module.toml`
//! each attempt asks N of them, chosen by [`draw`] from the attempt's seed
//! when it starts ([`Attempt::start`]), questions the previous attempt did
//! not ask first, and kept in the attempt (`Attempt::questions`): a language
//! switch, a reload or a change to the pool never changes what an attempt
//! asks. An attempt stored before pools, with no list, draws from its seed
//! alone. Score, counter, mistakes, result files (`AttemptResult::asked`)
//! and the trainer's per-question statistics (learners *asked* a question)
//! all go through the attempt's questions.
//!
//! The checkpoint page shows the module's latest attempt; a fresh one
//! (random seed) is stored at its first answer, or at once on retry, so its
//! draw and order survive a switch and a reload. An answer is final within
//! an attempt; finishing records the score (`percent`, as graded then) and,
//! per question, when it was last answered wrong and right
//! (`Progress::mistakes`).

use crate::domain::content::lesson::{Checkpoint, Question, QuestionKind};
use crate::domain::learner::scoring::{credit, Answer};
use crate::domain::shared::language::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A checkpoint attempt, by ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    /// Unique among the learner's attempts (`<module>-<started>`).
    pub id: String,
    pub module: String,
    /// Shuffles this attempt's options (see [`display_order`]), and drew
    /// its questions when `questions` is empty.
    pub seed: u64,
    /// The questions drawn from the pool for this attempt, in the order
    /// asked (see [`draw`]). Empty in attempts stored before pools: their
    /// draw follows from the seed alone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<String>,
    /// Milliseconds since 1970.
    pub started: u64,
    #[serde(default)]
    pub finished: Option<u64>,
    /// The interface languages the attempt was answered in.
    #[serde(default)]
    pub languages: Vec<Lang>,
    /// Question id → answer.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// The score when it was finished, in percent (as graded then, even if
    /// the checkpoint changes later).
    #[serde(default)]
    pub percent: Option<u8>,
}

/// The result of a set of answers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    /// Points earned, one per question at most.
    pub points: f64,
    pub questions: usize,
    /// Rounded down, so that 69.9 % never passes a 70 % mark.
    pub percent: u8,
    pub passed: bool,
}

impl Attempt {
    pub fn new(module: &str, seed: u64, started: u64) -> Attempt {
        Attempt {
            id: format!("{module}-{started}"),
            module: module.to_owned(),
            seed,
            questions: Vec::new(),
            started,
            finished: None,
            languages: Vec::new(),
            answers: BTreeMap::new(),
            percent: None,
        }
    }

    /// A new attempt at `checkpoint`, its questions drawn with `seed`,
    /// asking first those `previous` (the attempt before, if any) did not.
    pub fn start(
        module: &str,
        checkpoint: &Checkpoint,
        seed: u64,
        started: u64,
        previous: Option<&Attempt>,
    ) -> Attempt {
        let avoid = previous
            .map(|p| p.asked_ids(checkpoint))
            .unwrap_or_default();
        Attempt {
            questions: draw(checkpoint, seed, &avoid),
            ..Attempt::new(module, seed, started)
        }
    }

    /// The same attempt, dated `started` (a fresh attempt is dated at its
    /// first answer): the id follows the date, the draw stays.
    pub fn dated(&self, started: u64) -> Attempt {
        Attempt {
            id: format!("{}-{started}", self.module),
            started,
            ..self.clone()
        }
    }

    /// The ids of the questions this attempt asks, in order.
    pub fn asked_ids(&self, checkpoint: &Checkpoint) -> Vec<String> {
        if self.questions.is_empty() {
            draw(checkpoint, self.seed, &[])
        } else {
            self.questions.clone()
        }
    }

    /// The questions this attempt asks that the checkpoint still has, in
    /// order (a question removed from the course since drops out).
    pub fn asked<'a>(&self, checkpoint: &'a Checkpoint) -> Vec<&'a Question> {
        self.asked_ids(checkpoint)
            .iter()
            .filter_map(|id| checkpoint.question(id))
            .collect()
    }

    /// Takes in another copy of this attempt (from another tab): a finished
    /// copy is final and wins whole; otherwise the answers of both are kept
    /// (this copy's where both answered the same question). Returns whether
    /// anything changed.
    pub fn merge(&mut self, other: &Attempt) -> bool {
        if self.finished.is_some() || *self == *other {
            return false;
        }
        if other.finished.is_some() {
            *self = other.clone();
            return true;
        }
        let before = self.clone();
        if self.questions.is_empty() {
            self.questions.clone_from(&other.questions);
        }
        for (q, a) in &other.answers {
            self.answers.entry(q.clone()).or_insert_with(|| a.clone());
        }
        for lang in &other.languages {
            if !self.languages.contains(lang) {
                self.languages.push(*lang);
            }
        }
        *self != before
    }

    /// Ends the attempt and records its score. Returns the score.
    pub fn finish(&mut self, checkpoint: &Checkpoint, now: u64) -> Score {
        let score = self.score(checkpoint);
        self.finished = Some(now);
        self.percent = Some(score.percent);
        score
    }

    /// How many of the questions asked have an answer.
    pub fn answered(&self, checkpoint: &Checkpoint) -> usize {
        self.asked(checkpoint)
            .iter()
            .filter(|q| self.answers.contains_key(&q.id))
            .count()
    }

    /// Records an answer and the language it was given in.
    pub fn answer(&mut self, question: &str, answer: Answer, lang: Lang) {
        self.answers.insert(question.to_owned(), answer);
        if !self.languages.contains(&lang) {
            self.languages.push(lang);
        }
    }

    pub fn score(&self, checkpoint: &Checkpoint) -> Score {
        let asked = self.asked(checkpoint);
        let points: f64 = asked
            .iter()
            .filter_map(|q| self.answers.get(&q.id).map(|a| credit(&q.kind, a)))
            .sum();
        let questions = asked.len();
        let percent = if questions == 0 {
            0
        } else {
            // A small tolerance so that sums like 0.1 + 0.2 do not round down.
            ((points * 100.0 / questions as f64) + 1e-9)
                .floor()
                .min(100.0) as u8
        };
        Score {
            points,
            questions,
            percent,
            passed: questions > 0 && percent >= checkpoint.pass_mark,
        }
    }

    /// The questions not answered fully right: what to review.
    pub fn to_review<'a>(&self, checkpoint: &'a Checkpoint) -> Vec<&'a Question> {
        self.asked(checkpoint)
            .into_iter()
            .filter(|q| {
                self.answers
                    .get(&q.id)
                    .is_none_or(|a| credit(&q.kind, a) < 1.0)
            })
            .collect()
    }
}

/// The finished attempt with the highest score (the earliest of equals),
/// and the last finished one.
pub fn best_and_last<'a>(
    attempts: impl IntoIterator<Item = &'a Attempt>,
) -> (Option<&'a Attempt>, Option<&'a Attempt>) {
    let (mut best, mut last) = (None::<&Attempt>, None::<&Attempt>);
    for a in attempts.into_iter().filter(|a| a.finished.is_some()) {
        if best.is_none_or(|b| {
            (a.percent, std::cmp::Reverse(a.finished)) > (b.percent, std::cmp::Reverse(b.finished))
        }) {
            best = Some(a);
        }
        if last.is_none_or(|l| a.finished > l.finished) {
            last = Some(a);
        }
    }
    (best, last)
}

/// The questions an attempt asks: `checkpoint.asked()` of the pool, chosen
/// by a seeded shuffle, those not in `avoid` first (a retry meets the
/// questions the previous attempt did not ask), then put back in the pool's
/// order, which follows the module's lessons. The same seed and `avoid`
/// always give the same draw.
pub fn draw(checkpoint: &Checkpoint, seed: u64, avoid: &[String]) -> Vec<String> {
    let pool: Vec<&str> = checkpoint.questions.iter().map(|q| q.id.as_str()).collect();
    let shuffled = shuffle(&pool, seed ^ fnv1a("pool"));
    let (fresh, seen): (Vec<&str>, Vec<&str>) = shuffled
        .into_iter()
        .partition(|id| !avoid.iter().any(|a| a == id));
    let chosen: Vec<&str> = fresh
        .into_iter()
        .chain(seen)
        .take(checkpoint.asked())
        .collect();
    pool.into_iter()
        .filter(|id| chosen.contains(id))
        .map(str::to_owned)
        .collect()
}

/// The ids a question shows, in the order this attempt shows them: options
/// of choice questions, items to order (never already in the right order
/// when there are two or more), right-hand items of matching, items to sort
/// into categories. The same seed always gives the same order.
pub fn display_order(question: &Question, seed: u64) -> Vec<String> {
    let seed = seed ^ fnv1a(&question.id);
    match &question.kind {
        QuestionKind::SingleChoice { options, .. }
        | QuestionKind::MultipleChoice { options, .. } => shuffle(options, seed),
        QuestionKind::Ordering { items } => {
            let mut order = shuffle(items, seed);
            if order == *items && items.len() > 1 {
                order.rotate_left(1);
            }
            order
        }
        QuestionKind::Matching { pairs } => {
            let rights: Vec<String> = pairs.iter().map(|p| p.right.clone()).collect();
            shuffle(&rights, seed)
        }
        QuestionKind::Categorising { items, .. } => {
            let ids: Vec<String> = items.iter().map(|i| i.id.clone()).collect();
            shuffle(&ids, seed)
        }
        QuestionKind::TrueFalse { .. } | QuestionKind::ShortText { .. } => Vec::new(),
    }
}

/// A seeded Fisher–Yates shuffle (SplitMix64 as the generator).
pub fn shuffle<T: Clone>(items: &[T], seed: u64) -> Vec<T> {
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let mut out = items.to_vec();
    for i in (1..out.len()).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        out.swap(i, j);
    }
    out
}

/// A stable 64-bit FNV-1a hash: of a question id, so that each question of
/// an attempt is shuffled differently from the same seed; and the checksum of
/// progress files.
pub fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::lesson::Accepted;

    fn ids(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| (*s).to_owned()).collect()
    }

    fn checkpoint() -> Checkpoint {
        Checkpoint {
            pass_mark: 70,
            questions: vec![
                Question {
                    id: "q1".into(),
                    kind: QuestionKind::SingleChoice {
                        options: ids(&["a", "b", "c", "d"]),
                        correct: "c".into(),
                    },
                },
                Question {
                    id: "q2".into(),
                    kind: QuestionKind::MultipleChoice {
                        options: ids(&["a", "b", "c", "d"]),
                        correct: ids(&["a", "b"]),
                    },
                },
                Question {
                    id: "q3".into(),
                    kind: QuestionKind::ShortText {
                        accept: Accepted {
                            en: ids(&["availability"]),
                            fr: ids(&["disponibilité"]),
                        },
                    },
                },
                Question {
                    id: "q4".into(),
                    kind: QuestionKind::Ordering {
                        items: ids(&["one", "two", "three"]),
                    },
                },
            ],
            draw: None,
        }
    }

    /// A pool of `size` true/false questions, `asked` per attempt.
    fn pool(size: usize, asked: usize) -> Checkpoint {
        Checkpoint {
            pass_mark: 70,
            questions: (0..size)
                .map(|n| Question {
                    id: format!("p{n}"),
                    kind: QuestionKind::TrueFalse { answer: true },
                })
                .collect(),
            draw: Some(asked),
        }
    }

    #[test]
    fn a_checkpoint_draws_from_its_pool_with_a_seed() {
        let cp = pool(16, 10);
        let first = draw(&cp, 7, &[]);
        assert_eq!(first.len(), 10);
        assert_eq!(first, draw(&cp, 7, &[]), "the same seed, the same draw");
        let mut unique = first.clone();
        unique.dedup();
        assert_eq!(unique.len(), 10, "no question twice");
        let in_pool_order: Vec<String> = cp
            .questions
            .iter()
            .map(|q| q.id.clone())
            .filter(|id| first.contains(id))
            .collect();
        assert_eq!(first, in_pool_order, "asked in the pool's order");
        assert_ne!(first, draw(&cp, 8, &[]), "another seed, another draw");
        let distinct: std::collections::BTreeSet<Vec<String>> =
            (0..50).map(|seed| draw(&cp, seed, &[])).collect();
        assert!(
            distinct.len() > 40,
            "seeds spread: {} distinct draws of 50",
            distinct.len()
        );
    }

    #[test]
    fn a_retry_asks_first_what_the_previous_attempt_did_not() {
        let cp = pool(15, 10);
        let first = Attempt::start("m", &cp, 1, 10, None);
        assert_eq!(first.questions.len(), 10);
        for seed in 0..20 {
            let retry = Attempt::start("m", &cp, seed, 20, Some(&first));
            let new: Vec<&String> = retry
                .questions
                .iter()
                .filter(|q| !first.questions.contains(q))
                .collect();
            assert_eq!(new.len(), 5, "all five left out before are asked now");
        }
        // The draw is kept: dating the attempt keeps it, and scoring and
        // counting use only the questions asked.
        let mut dated = first.dated(99);
        assert_eq!(
            (dated.id.as_str(), &dated.questions),
            ("m-99", &first.questions)
        );
        for q in &first.questions {
            dated.answer(q, Answer::TrueFalse(true), Lang::En);
        }
        dated.answer("never-asked", Answer::TrueFalse(true), Lang::En);
        let score = dated.score(&cp);
        assert_eq!((score.questions, score.percent), (10, 100));
        assert_eq!(dated.answered(&cp), 10);
    }

    #[test]
    fn an_attempt_without_a_stored_draw_draws_from_its_seed_and_drops_removed_questions() {
        let mut cp = pool(15, 10);
        let old = Attempt::new("m", 3, 1);
        assert_eq!(old.asked_ids(&cp), draw(&cp, 3, &[]));
        let started = Attempt::start("m", &cp, 3, 1, None);
        let gone = started.questions[0].clone();
        cp.questions.retain(|q| q.id != gone);
        assert_eq!(
            started.asked(&cp).len(),
            9,
            "a question removed from the course drops out"
        );
        let everything = Checkpoint {
            draw: None,
            ..pool(4, 4)
        };
        assert_eq!(draw(&everything, 5, &[]), ids(&["p0", "p1", "p2", "p3"]));
    }

    #[test]
    fn the_same_seed_gives_the_same_order_and_every_item_once() {
        let items = ids(&["a", "b", "c", "d", "e", "f"]);
        for seed in [0, 1, 42, u64::MAX] {
            let first = shuffle(&items, seed);
            assert_eq!(first, shuffle(&items, seed));
            let mut sorted = first.clone();
            sorted.sort();
            assert_eq!(sorted, items, "a permutation");
        }
        let orders: std::collections::BTreeSet<Vec<String>> =
            (0..20).map(|seed| shuffle(&items, seed)).collect();
        assert!(orders.len() > 10, "seeds give different orders");
    }

    #[test]
    fn questions_of_one_attempt_are_shuffled_differently_and_ordering_starts_wrong() {
        let cp = checkpoint();
        let (q1, q2) = (&cp.questions[0], &cp.questions[1]);
        let differs = (0..20).any(|seed| display_order(q1, seed) != display_order(q2, seed));
        assert!(differs);
        for seed in 0..50 {
            assert_ne!(
                display_order(&cp.questions[3], seed),
                ids(&["one", "two", "three"])
            );
            assert_eq!(display_order(&cp.questions[2], seed), Vec::<String>::new());
        }
    }

    #[test]
    fn an_attempt_scores_passes_and_lists_what_to_review() {
        let cp = checkpoint();
        let mut attempt = Attempt::new("m", 7, 1000);
        assert_eq!(attempt.id, "m-1000");
        attempt.answer("q1", Answer::Single("c".into()), Lang::En);
        assert_eq!(attempt.answered(&cp), 1);
        // A French answer while the interface is English, then French.
        attempt.answer("q3", Answer::Text("Disponibilité".into()), Lang::En);
        attempt.answer("q2", Answer::Multiple(ids(&["a"])), Lang::Fr);
        attempt.answer(
            "q4",
            Answer::Ordering(ids(&["one", "two", "three"])),
            Lang::Fr,
        );
        assert_eq!(attempt.languages, vec![Lang::En, Lang::Fr]);
        let score = attempt.score(&cp);
        assert_eq!(score.points, 3.5);
        assert_eq!(score.percent, 87);
        assert!(score.passed);
        let review: Vec<&str> = attempt
            .to_review(&cp)
            .iter()
            .map(|q| q.id.as_str())
            .collect();
        assert_eq!(review, ["q2"]);

        attempt.answer("q1", Answer::Single("a".into()), Lang::Fr);
        let score = attempt.score(&cp);
        assert_eq!(score.percent, 62);
        assert!(!score.passed, "62 % is below the 70 % mark");
        assert_eq!(Attempt::new("m", 0, 0).score(&cp).percent, 0);
    }

    #[test]
    fn best_and_last_count_finished_attempts_only() {
        let cp = checkpoint();
        let mut low = Attempt::new("m", 1, 1);
        low.answer("q1", Answer::Single("c".into()), Lang::En);
        assert_eq!(low.finish(&cp, 10).percent, 25);
        let mut high = Attempt::new("m", 2, 2);
        high.answer("q1", Answer::Single("c".into()), Lang::En);
        high.answer("q3", Answer::Text("availability".into()), Lang::En);
        high.finish(&cp, 20);
        assert_eq!((high.finished, high.percent), (Some(20), Some(50)));
        let mut later_low = low.clone();
        later_low.id = "m-3".into();
        later_low.finished = Some(30);
        let mut unfinished = high.clone();
        unfinished.answer("q2", Answer::Multiple(ids(&["a", "b"])), Lang::En);
        unfinished.finished = None;
        unfinished.percent = None;
        let attempts = [later_low, high, low, unfinished];
        let (best, last) = best_and_last(&attempts);
        assert_eq!(best.map(|a| a.id.as_str()), Some("m-2"));
        assert_eq!(last.map(|a| a.id.as_str()), Some("m-3"));
        assert_eq!(best_and_last(&[]), (None, None));
    }
}
