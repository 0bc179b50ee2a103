//! Categorising questions: at least two categories, and at least two items,
//! each `{ id, category }` with a category of the question.

use super::Site;
use crate::authoring::raw::{RawItem, RawQuestion};
use crate::domain::content::lesson::{Categorised, QuestionKind};
use toml::Spanned;

pub(super) fn check(site: &mut Site, q: &RawQuestion) -> Option<QuestionKind> {
    let id = site.id;
    let categories = q.categories.as_deref().unwrap_or_default();
    if categories.len() < 2 {
        site.here(format!(
            "categorising question `{id}` needs at least two `categories`"
        ));
    }
    let category_ids = site.ids(categories, "category");
    let mut items = Vec::new();
    let mut item_ids = Vec::new();
    for item in q.items.as_deref().unwrap_or_default() {
        match item.get_ref() {
            RawItem::Categorised { id: item_id, category } => {
                if !category_ids.contains(category) {
                    site.on(
                        item.span(),
                        format!("item `{item_id}` of question `{id}` is in category `{category}`, which is not one of its categories"),
                    );
                }
                item_ids.push(Spanned::new(item.span(), item_id.clone()));
                items.push(Categorised {
                    id: item_id.clone(),
                    category: category.clone(),
                });
            }
            RawItem::Plain(item_id) => site.on(
                item.span(),
                format!("item `{item_id}` of categorising question `{id}` needs a category: `{{ id = \"{item_id}\", category = \"...\" }}`"),
            ),
        }
    }
    if items.len() < 2 {
        site.here(format!(
            "categorising question `{id}` needs at least two `items`"
        ));
    }
    site.ids(&item_ids, "item");
    Some(QuestionKind::Categorising {
        categories: category_ids,
        items,
    })
}
