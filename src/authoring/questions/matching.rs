//! Matching questions: at least two pairs; left ids and right ids each valid
//! and never twice.

use super::Site;
use crate::authoring::raw::RawQuestion;
use crate::domain::content::lesson::{Pair, QuestionKind};
use toml::Spanned;

pub(super) fn check(site: &mut Site, q: &RawQuestion) -> Option<QuestionKind> {
    let pairs = q.pairs.as_deref().unwrap_or_default();
    if pairs.len() < 2 {
        site.here(format!(
            "matching question `{}` needs at least two `pairs`",
            site.id
        ));
    }
    let lefts: Vec<Spanned<String>> = pairs.iter().map(|p| p.get_ref().left.clone()).collect();
    let rights: Vec<Spanned<String>> = pairs.iter().map(|p| p.get_ref().right.clone()).collect();
    site.ids(&lefts, "left");
    site.ids(&rights, "right");
    Some(QuestionKind::Matching {
        pairs: pairs
            .iter()
            .map(|p| Pair {
                left: p.get_ref().left.get_ref().clone(),
                right: p.get_ref().right.get_ref().clone(),
            })
            .collect(),
    })
}
