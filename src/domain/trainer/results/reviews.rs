//! Answers given in spaced review, as result files carry them.

use crate::domain::learner::progress::Progress;
use serde::{Deserialize, Serialize};

/// One answer given in spaced review to a checkpoint question: practice,
/// not an attempt, so a trainer can tell the two apart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewResult {
    pub question: String,
    /// Milliseconds since 1970.
    pub at: u64,
    pub right: bool,
}

/// The answers a learner gave in review to a module's checkpoint questions,
/// oldest first.
pub(super) fn reviews_of(progress: &Progress, module: &str) -> Vec<ReviewResult> {
    use crate::domain::learner::review::{Context, Item};
    let mut out: Vec<ReviewResult> = progress
        .reviews
        .iter()
        .filter_map(|(key, log)| match Item::parse(key)? {
            Item::Checkpoint {
                module: m,
                question,
            } if m == module => Some((question, log)),
            _ => None,
        })
        .flat_map(|(question, log)| {
            log.iter()
                .filter(|r| r.context == Context::Review)
                .map(move |r| ReviewResult {
                    question: question.clone(),
                    at: r.at,
                    right: r.right,
                })
        })
        .collect();
    out.sort_by(|a, b| (a.at, &a.question).cmp(&(b.at, &b.question)));
    out
}
