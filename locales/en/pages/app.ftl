# Interface text of pages fetched when first opened (src/ui/lazy.rs): in the
# release build it comes with them (content/interface.json), not in the first load.
# Moved from ../app.ftl; see docs/ARCHITECTURE.md.

checkpoint-eyebrow = Module checkpoint
checkpoint-instructions = Each answer is checked as soon as you give it, with an explanation. Answers are accepted in English or in French, whatever the language of the page.
checkpoint-pass-mark = Pass mark: { $mark }%.
checkpoint-answered = Answered { $done }/{ $total }
checkpoint-finish = Finish and see my result
checkpoint-unanswered =
    { $count ->
        [one] One question is not answered yet: it counts as wrong if you finish now.
       *[other] { $count } questions are not answered yet: they count as wrong if you finish now.
    }
checkpoint-result-heading = Your result
checkpoint-score = Score: { $percent }% ({ $points } of { $total } points).
checkpoint-passed = Passed: the pass mark is { $mark }%.
checkpoint-failed = Not passed yet: the pass mark is { $mark }%.
checkpoint-to-review = To review
checkpoint-review-later = These questions come back on your review page from tomorrow, so that you answer them once more before you forget.
checkpoint-all-right = Every answer was right.
checkpoint-retry = Try the checkpoint again
review-title = Review
review-intro = Questions you have answered come back when you are about to forget them: soon after a wrong answer, a little later after each right one. Answer the ones due today, in any order.
review-empty = Nothing is due for review today.
review-left =
    { $count ->
        [one] One question due today.
       *[other] { $count } questions due today.
    }
review-next = Your next review falls on { $date }.
review-nothing-scheduled = Answer checkpoint questions and lesson exercises: they will come back here when it is time to review them.
review-scheduled = Next review of this question: { $date }.
review-exercise = Lesson exercise
settings-title = Your data on this device
settings-intro = Your progress is kept in this browser only, and a browser may clear it. Download a copy to keep it safe or to move it to another browser.
settings-stored-heading = What is stored
settings-stored-total = { $size } in all.
settings-nothing-stored = Nothing is stored yet.
settings-export-heading = Download a copy
settings-export-done = Your progress file has been downloaded.
settings-import-heading = Bring back a copy
settings-import-file = Progress file
settings-import-paste = Or paste the contents of the file
settings-import-read = Check this file
settings-import-preview = This file was downloaded on { $date }. It holds:
settings-import-too-large = This file is far too large to be a Savoir progress file (they stay well under 20 MB), so it was not read. Choose the file Savoir gave you.
settings-import-unreadable = This browser could not read that file. Choose it again, or paste its contents below.
settings-import-dropped = { $count ->
    [one] One part of this file does not fit this version of the course (a lesson it no longer has, say) and will be left out.
   *[other] { $count } parts of this file do not fit this version of the course (lessons it no longer has, say) and will be left out.
}
settings-import-merge = Add it to what is here
settings-import-replace = Replace what is here with it
settings-import-done = Your progress has been brought back.
settings-import-nothing = Choose a file or paste its contents first.
settings-retention-heading = Spaced review
settings-retention-label = Desired retention (%)
settings-retention-help = How many of your answers you want to still get right when a question comes back for review, from 70 to 97%. Higher means more frequent reviews; 90 suits most learners.
settings-retention-saved = Reviews are now scheduled for { $percent } retention.
settings-retention-invalid = Enter a whole number from 70 to 97.
settings-retention-save = Keep this retention
settings-reset-heading = Start again
settings-reset-button = Erase my progress on this device
settings-reset-confirm = This erases every lesson, reflection, attempt, workbook entry and accepted assignment kept in this browser. Download a copy first if you may want your progress back.
settings-reset-yes = Yes, erase everything
settings-reset-cancel = Cancel
settings-reset-done = Your progress on this device has been erased.
settings-save-failed = This could not be saved in this browser.
settings-persisted = This browser has agreed to keep your data until you clear it.
settings-not-persisted = This browser may clear your data when space runs low: download a copy now and then.
settings-count-started =
    { $count ->
        [one] One lesson started
       *[other] { $count } lessons started
    }
settings-count-completed =
    { $count ->
        [one] One lesson completed
       *[other] { $count } lessons completed
    }
settings-count-reflections =
    { $count ->
        [one] One reflection
       *[other] { $count } reflections
    }
settings-count-attempts =
    { $count ->
        [one] One finished checkpoint attempt
       *[other] { $count } finished checkpoint attempts
    }
settings-count-reviewed =
    { $count ->
        [one] One question in spaced review
       *[other] { $count } questions in spaced review
    }
settings-count-workbook =
    { $count ->
        [one] One control decided in the Statement of Applicability workbook
       *[other] { $count } controls decided in the Statement of Applicability workbook
    }
