use crate::adapters::content::ContentText;
use crate::domain::shared::language::Lang;
use crate::ui::i18n::TextFn;
use std::sync::Arc;

/// A question's own texts: its wording, options, items, feedback and
/// explanation, each under a message id made of the question's id and a
/// suffix (see lessons/README.md). Looked up in the current language when
/// drawn, so a language switch redraws them in place.
#[derive(Clone)]
pub struct QuestionText {
    text: Arc<ContentText>,
    id: String,
}

impl QuestionText {
    pub fn new(text: Arc<ContentText>, question_id: &str) -> QuestionText {
        QuestionText {
            text,
            id: question_id.to_owned(),
        }
    }

    /// The text with this suffix, in every language; the question's own
    /// wording for an empty suffix.
    pub fn get(&self, suffix: &str) -> TextFn {
        let text = Arc::clone(&self.text);
        let id = self.id_of(suffix);
        Arc::new(move |lang| text.text(lang, &id))
    }

    /// Whether an optional text (an option's feedback) is written, in every
    /// language: only then is it shown.
    pub fn exists(&self, suffix: &str) -> bool {
        let id = self.id_of(suffix);
        Lang::ALL.iter().all(|lang| self.text.has(*lang, &id))
    }

    fn id_of(&self, suffix: &str) -> String {
        if suffix.is_empty() {
            self.id.clone()
        } else {
            format!("{}-{suffix}", self.id)
        }
    }
}
