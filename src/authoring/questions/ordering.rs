//! Ordering questions: at least two items, written in the right order as
//! plain ids.

use super::Site;
use crate::authoring::raw::{RawItem, RawQuestion};
use crate::domain::content::lesson::QuestionKind;
use toml::Spanned;

pub(super) fn check(site: &mut Site, q: &RawQuestion) -> Option<QuestionKind> {
    let id = site.id;
    let mut items = Vec::new();
    for item in q.items.as_deref().unwrap_or_default() {
        match item.get_ref() {
            RawItem::Plain(s) => items.push(Spanned::new(item.span(), s.clone())),
            RawItem::Categorised { id: item_id, .. } => site.on(
                item.span(),
                format!("item `{item_id}` of ordering question `{id}` must be a plain id, without a category"),
            ),
        }
    }
    if items.len() < 2 {
        site.here(format!(
            "ordering question `{id}` needs at least two `items`"
        ));
    }
    Some(QuestionKind::Ordering {
        items: site.ids(&items, "item"),
    })
}
