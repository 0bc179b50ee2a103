//! What the learner must be told about their saved progress and choices.

/// Something the learner must know about their saved progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Notice {
    /// The stored progress could not be read; a copy was kept aside.
    Unreadable,
    /// Some parts could not be used and were left out; a copy was kept.
    Repaired,
    /// A newer version's progress is stored: nothing is written over it.
    Newer,
    /// Storage is full: the latest changes live in this tab only.
    Full,
    /// A write read back different.
    Mismatch,
    /// Storage refused a write for another reason: the latest changes live
    /// in this tab only.
    WriteFailed,
    /// The stored progress could not be read: nothing is written over it
    /// until it can be, and what is done meanwhile is then merged with it.
    ReadFailed,
    /// The same reflection was changed in two tabs: both texts were kept.
    BothKept,
    /// A choice of language or reading mode applies, but could not be
    /// remembered.
    PreferencesNotSaved,
    /// Another tab, on a newer version of the course, stored progress this
    /// version cannot read in full: this tab writes nothing until reloaded.
    NewerParts,
}

impl Notice {
    /// The interface message that tells the learner.
    pub fn message_id(self) -> &'static str {
        match self {
            Notice::Unreadable => "notice-unreadable",
            Notice::Repaired => "notice-repaired",
            Notice::Newer => "notice-newer",
            Notice::Full => "notice-full",
            Notice::Mismatch => "notice-mismatch",
            Notice::WriteFailed => "notice-write-failed",
            Notice::ReadFailed => "notice-read-failed",
            Notice::BothKept => "notice-both-kept",
            Notice::PreferencesNotSaved => "notice-preferences-not-saved",
            Notice::NewerParts => "notice-newer-parts",
        }
    }

    /// Whether, with this notice up, progress is not known in full (so no
    /// results file may be made from it).
    pub fn hides_progress(self) -> bool {
        matches!(
            self,
            Notice::ReadFailed | Notice::Unreadable | Notice::Newer | Notice::NewerParts
        )
    }
}
