# Interface text of the app shell, in English.
# Message ids must match locales/fr/app.ftl; the host tests check it.

app-name = Savoir
app-tagline = Bilingual training
skip-to-content = Skip to main content
# This language's own name, as the switcher offers it whatever the page's language.
language-name = English
language-switcher-label = Language
language-switched = The page is now in English.
storage-unavailable = This browser is not letting Savoir save anything, so your choices last only until you close this tab.

home-modules-heading = Modules
home-empty-title = No modules published yet
home-empty-body = The modules of this course are being written. When they are published they will be listed here, with their level and duration.

module-duration = { $minutes } min
module-lessons =
    { $count ->
        [one] { $count } lesson
       *[other] { $count } lessons
    }
level-introductory = Introductory
level-intermediate = Intermediate
level-advanced = Advanced

not-found-heading = Page not found
not-found-body = There is nothing at this address. The link may be mistyped or out of date.
not-found-home = Go to the course list

lesson-loading = Loading the lesson…
lesson-error-missing = This lesson is not on the server. It may have been moved or withdrawn.
lesson-error-network = The lesson could not be downloaded. Check your connection, then try again.
lesson-error-broken = This lesson’s file is damaged and cannot be shown. Please report it to the course team.
page-loading = Loading the page…
page-error-network = This page could not be downloaded. Check your connection, then try again.
lesson-retry = Try again
lesson-back-home = Back to the course
lesson-meta-duration = { $minutes } min
lesson-explanation-heading = Professional explanation
lesson-practical-heading = Practical example
lesson-examples-heading = Examples and callouts
lesson-prompt-heading = Your reflection
lesson-exercise-heading = Practice exercise
callout-tip = Tip
callout-warning = Warning
callout-key-point = Key point
module-lessons-list = Lessons in this module

reading-bilingual = Show both languages
bilingual-on = Lessons now show both languages.
bilingual-off = Lessons now show one language.
breadcrumbs-label = Breadcrumb
breadcrumbs-home = All modules
progress-lessons = { $done } of { $total } lessons completed
continue-heading = Continue where you left off
status-not-started = Not started
status-in-progress = In progress
status-completed = Completed
checkpoint-heading = Module checkpoint
checkpoint-summary =
    { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } · pass mark { $mark }%
checkpoint-not-attempted = Not attempted yet.
reflection-label = Your answer
reflection-saved = Saved on this device.
reflection-skipped = You skipped this reflection. You can still write one.
reflection-skip = Skip this reflection
reflection-guidance = Compare with the guidance
reflection-guidance-locked = Write your answer or skip the reflection to compare with the guidance.
completion-heading = Your progress in this lesson
completion-read = Read to the end
completion-prompt = Reflection written or skipped
checklist-done = (done)
checklist-to-do = (to do)
lesson-completed = Lesson completed.
lesson-not-completed = Not completed yet.
lesson-nav-label = Previous and next
lesson-previous = Previous
lesson-next = Next
lesson-module-overview = Module overview

## Quizzes: checkpoints, exercises and practice
quiz-question-number = Question { $number } of { $total }
quiz-hint-single = Choose one answer: it is checked at once.
quiz-hint-true-false = Choose true or false: your choice is checked at once.
quiz-hint-multiple = Choose every answer that applies, then check.
quiz-hint-text = Type your answer in English or in French, then check. Both languages are accepted.
quiz-hint-matching = Choose the match for each line, then check.
quiz-hint-ordering = Put the items in order with the move buttons, then check.
quiz-hint-categorising = Choose a category for each item, then check.
quiz-true = True
quiz-false = False
quiz-check = Check my answer
quiz-your-answer = Your answer
quiz-choose = Choose…
quiz-move-up = Move up
quiz-move-down = Move down
quiz-moved = Moved to place { $place } of { $total }.
quiz-correct = Correct.
quiz-incorrect = Incorrect.
quiz-partly = Partly right: { $percent }% of the points.
quiz-not-answered = Not answered.
quiz-mark-chosen-right = ✓ Your answer: right
quiz-mark-chosen-wrong = ✗ Your answer: wrong
quiz-mark-missed = ✓ Right answer, not chosen
quiz-mark-right = ✓ Right
quiz-mark-should-be = ✗ Right answer: { $answer }
quiz-mark-place = ✗ Belongs in place { $place }
quiz-accepted = Accepted answers include “{ $answer }”.
quiz-try-again = Try again
quiz-problem-choose = Choose at least one answer first.
quiz-problem-type = Type an answer first.
quiz-problem-every = Choose an answer for every line first.
figure-description = Text description of the figure
exercise-ungraded = For practice: not scored. You can try as often as you like.
checkpoint-open = Open the checkpoint
checkpoint-best-last = Best score { $best }% · last score { $last }%
review-link =
    { $count ->
        [one] Review: one question due
       *[other] Review: { $count } questions due
    }

certificate-link = Certificate of completion

## Your data on this device (settings)
settings-link = Your data on this device
settings-export-button = Download my progress
import-error-not-json = This is not a progress file: it could not be read.
import-error-truncated = This file is incomplete: it was cut short.
import-error-foreign = This is not a Savoir progress file.
import-error-invalid = This progress file holds values the app does not recognise.
import-error-tampered = This file was changed after it was downloaded, so it cannot be trusted. Nothing was changed.
import-error-newer = This file comes from a newer version of Savoir. Nothing was changed.
notice-unreadable = Your saved progress could not be read, so you are starting afresh. A copy of it was kept: download it and send it to your trainer if you need it back.
notice-download-unreadable = Download the unreadable copy
notice-repaired = Some of your saved progress could not be used and was left out; the rest is here. A copy of what was stored was kept.
notice-newer = Your progress was saved by a newer version of Savoir. This version will not change it: what you do now is not saved. Open the app again once it is up to date.
notice-full = This browser's storage is full: your latest progress is kept in this tab only. Download a copy so as not to lose it.
notice-mismatch = Your progress did not save correctly in this browser. Download a copy to keep it safe.
notice-write-failed = This browser refused to save your progress just now, so your latest work is kept in this tab only. Download a copy so as not to lose it; Savoir tries again with your next change.
notice-read-failed = Your saved progress could not be read just now. Nothing stored is written over: what you do is kept in this tab and added to it as soon as it can be read. Download a copy to be safe.
notice-both-kept = A reflection was changed in another tab at the same time as here. Both versions are kept, this tab's first: edit it to keep what you want.
notice-newer-parts = Another tab runs a newer version of Savoir and saved progress this one cannot read in full. So as not to write over it, this tab saves nothing more: reload it to continue with the newer version.
notice-preferences-not-saved = Your choice of language or reading mode applies here, but this browser did not let Savoir remember it for your next visit.

## Offline copy and updates
lms-unreachable = Your learning platform cannot be reached from this page. Your work is kept in this browser, but your results may not reach the platform: open this activity again from the platform to send them.
lms-finish-hint = When you are done here, finish the session: your results go to your learning platform, and you return to it.
lms-finish = Finish and return to the platform
lms-finished = Your session is finished and your results are sent. What you do here from now on stays in this browser and is not sent: to go on, open the activity again from your learning platform.
lms-return = Back to { $site }
offline-notice = You are offline. You can keep studying: everything you do is still saved on this device.
update-available = A new version of Savoir is ready. Your work stays on this device; reload when it suits you.
update-reload = Reload with the new version
update-unsaved = Some of your latest work is not saved in this browser yet (see above): download a copy first, or it is lost when the page reloads.
update-reload-anyway = Reload anyway
