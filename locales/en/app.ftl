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
lesson-blocks-heading = In depth
lesson-examples-heading = Examples and callouts
lesson-prompt-heading = Your reflection
lesson-guidance-toggle = Compare with the guidance
lesson-exercise-heading = Practice exercise
callout-tip = Tip
callout-warning = Warning
callout-key-point = Key point
module-lessons-list = Lessons in this module
