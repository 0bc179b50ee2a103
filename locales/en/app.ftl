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
